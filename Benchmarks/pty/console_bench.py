#!/usr/bin/env python3
"""Concord's console against neomutt, measured through a pseudo-terminal, in one run.

    console_bench.py --concord BIN --store STORE --store-now TIME --neomuttrc RC --maildir-count N
                     [--big-store STORE --big-now TIME] [--sizes 160x45,80x24] [--starts 5]
                     [--keys 200] [--quiet-ms 50] [--home DIR] [--json FILE]

Run through Benchmarks/console.sh, which builds concord, generates and ingests the inputs and
writes neomutt's configuration. For every program and terminal size: one untimed start (warms
neomutt's header cache and the page cache), `--starts` timed starts to the first settled frame
that shows the program's content, then one session of `--keys` presses of j and as many of k,
each timed from the key to the last byte before the screen went quiet, with the bytes written
and the rows pyte saw written (dirty) and changed. Prints Markdown tables with the ratios.
"""
import argparse
import json
import os
import platform
import statistics
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ptyharness import PtySession, percentile  # noqa: E402


class Program:
    """How to start one program, how to recognise its first real screen, and how to quit it."""

    def __init__(self, name, data, argv, marker, quit_keys):
        self.name = name
        self.data = data
        self.argv = argv
        self.marker = marker
        self.quit_keys = quit_keys


def measure(program, columns, rows, environment, starts, keys, quiet):
    """First-frame times, per-key figures and memory of one program at one size."""
    def start():
        return PtySession(program.argv, columns, rows, environment, quiet=quiet)

    warm = start()
    warm.wait_for(program.marker, timeout=300)
    warm.close(program.quit_keys)

    first_frames = []
    frame_bytes = []
    for _ in range(starts):
        session = start()
        first_frames.append(session.wait_for(program.marker, timeout=120))
        frame_bytes.append(session.total_bytes)
        if not session.close(program.quit_keys):
            print("   warning: %s did not quit on its own" % program.name, file=sys.stderr)

    session = start()
    session.wait_for(program.marker, timeout=120)
    first_frame_rows = sum(1 for line in session.screen.display if line.strip())
    presses = []
    for key in [b"j"] * keys + [b"k"] * keys:
        latency, settled = session.press(key)
        presses.append({"key": key.decode(), "latency": latency, "bytes": settled.byte_count,
                        "dirty_rows": settled.dirty_rows, "changed_rows": settled.changed_rows,
                        "changed_cells": settled.changed_cells})
    memory = session.memory()
    screen = session.text()
    # Ctrl-L: both programs redraw the whole screen, the size a full redraw would be.
    latency, settled = session.press(b"\x0c")
    redraw = {"latency": latency, "bytes": settled.byte_count, "dirty_rows": settled.dirty_rows}
    session.close(program.quit_keys)
    return {"program": program.name, "data": program.data, "size": "%dx%d" % (columns, rows),
            "first_frames": first_frames, "first_frame_bytes": frame_bytes,
            "first_frame_rows": first_frame_rows, "presses": presses, "memory_kb": memory, "redraw": redraw,
            "last_screen": screen}


def summarise(result):
    full_redraw = result["redraw"]["dirty_rows"] >= result["first_frame_rows"]
    answered = [p for p in result["presses"] if p["latency"] is not None]
    latencies = [p["latency"] * 1000 for p in answered]
    return {
        "first_frame_ms": statistics.median(result["first_frames"]) * 1000,
        "first_frame_all_ms": [round(t * 1000, 1) for t in result["first_frames"]],
        "p50": percentile(latencies, 0.50), "p95": percentile(latencies, 0.95), "p99": percentile(latencies, 0.99),
        "unanswered": len(result["presses"]) - len(answered),
        "bytes_mean": statistics.mean(p["bytes"] for p in result["presses"]),
        "bytes_max": max(p["bytes"] for p in result["presses"]),
        "dirty_median": statistics.median(p["dirty_rows"] for p in result["presses"]),
        "dirty_mean": statistics.mean(p["dirty_rows"] for p in result["presses"]),
        "dirty_max": max(p["dirty_rows"] for p in result["presses"]),
        # A key counts as a whole-screen redraw when it wrote every row that has text on it.
        "full_redraws": sum(1 for p in result["presses"] if p["dirty_rows"] >= result["first_frame_rows"]),
        "changed_mean": statistics.mean(p["changed_rows"] for p in result["presses"]),
        "cells_mean": statistics.mean(p["changed_cells"] for p in result["presses"]),
        "frame_bytes": statistics.median(result["first_frame_bytes"]),
        # A whole-screen draw: what Ctrl-L redraws when it rewrites every row, otherwise (for
        # a program whose Ctrl-L sends only what changed, like concord's) the first frame,
        # which starts from an empty screen.
        "full_bytes": result["redraw"]["bytes"] if full_redraw else result["first_frame_bytes"][-1],
        "full_rows": result["redraw"]["dirty_rows"] if full_redraw else result["first_frame_rows"],
        "hwm_mb": result["memory_kb"].get("VmHWM", 0) / 1024, "rss_mb": result["memory_kb"].get("VmRSS", 0) / 1024,
        "anon_mb": result["memory_kb"].get("RssAnon", 0) / 1024,
    }


def machine():
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    memory = next(int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemTotal"))
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()
    neomutt = subprocess.run(["neomutt", "-v"], capture_output=True, text=True).stdout.splitlines()
    load = open("/proc/loadavg").read().split()[:3]
    return ("%d cores, %.0f GB, %s; %s; %s; %s; load average %s at the start"
            % (os.cpu_count(), memory / 1048576, cpu, platform.platform(),
               swift[0] if swift else "swift ?", neomutt[0] if neomutt else "neomutt ?", " ".join(load)))


def ratio(a, b):
    return "%.2fx" % (a / b) if b else "n/a"


def print_comparison(rows_by_size, keys, starts):
    print()
    print("| measurement | size | concord | neomutt | concord/neomutt |")
    print("|---|---|---|---|---|")
    for size, (c, n) in rows_by_size.items():
        print("| first settled frame, median of %d starts | %s | %.1f ms | %.1f ms | %s |"
              % (starts, size, c["first_frame_ms"], n["first_frame_ms"], ratio(c["first_frame_ms"], n["first_frame_ms"])))
        for name in ("p50", "p95", "p99"):
            print("| key to settled screen %s (j x %d, k x %d) | %s | %.2f ms | %.2f ms | %s |"
                  % (name, keys, keys, size, c[name], n[name], ratio(c[name], n[name])))
        print("| bytes written per key, mean (max) | %s | %.0f (%d) | %.0f (%d) | %s |"
              % (size, c["bytes_mean"], c["bytes_max"], n["bytes_mean"], n["bytes_max"], ratio(c["bytes_mean"], n["bytes_mean"])))
        print("| rows written per key, median / mean (max) | %s | %g / %.1f (%d) | %g / %.1f (%d) | %s |"
              % (size, c["dirty_median"], c["dirty_mean"], c["dirty_max"], n["dirty_median"], n["dirty_mean"],
                 n["dirty_max"], ratio(c["dirty_mean"], n["dirty_mean"])))
        print("| keys that redrew the whole screen | %s | %d of %d | %d of %d | |"
              % (size, c["full_redraws"], 2 * keys, n["full_redraws"], 2 * keys))
        print("| rows that changed per key (text or colour), mean | %s | %.1f | %.1f | %s |"
              % (size, c["changed_mean"], n["changed_mean"], ratio(c["changed_mean"], n["changed_mean"])))
        print("| cells that changed per key, mean | %s | %.0f | %.0f | %s |"
              % (size, c["cells_mean"], n["cells_mean"], ratio(c["cells_mean"], n["cells_mean"])))
        print("| a whole-screen draw for comparison: bytes, rows written (see below) | %s | %d, %d | %d, %d | %s |"
              % (size, c["full_bytes"], c["full_rows"], n["full_bytes"], n["full_rows"], ratio(c["full_bytes"], n["full_bytes"])))
        print("| resident memory after the keys, peak (now; of it anonymous, not code or data files) | %s | %.0f MB (%.0f; %.0f MB) | %.0f MB (%.0f; %.0f MB) | %s |"
              % (size, c["hwm_mb"], c["rss_mb"], c["anon_mb"], n["hwm_mb"], n["rss_mb"], n["anon_mb"], ratio(c["hwm_mb"], n["hwm_mb"])))


def redraw_verdict(c, height):
    """Whether cursor moves stayed clear of whole-screen redraws: no key rewrote every row, and
    no row was rewritten that had not changed (so what is sent is what the selection changed)."""
    if c["full_redraws"] == 0 and c["dirty_mean"] - c["changed_mean"] < 0.5:
        if c["dirty_mean"] < height / 2:
            return "yes"
        return "yes: no full redraw, and every row written had changed (%.0f of %d rows change: the panes follow the selection)" % (
            c["changed_mean"], height)
    if c["full_redraws"] > 0:
        return "**no**: %d keys redrew the whole screen" % c["full_redraws"]
    return "**no**: %.1f rows written of which %.1f changed" % (c["dirty_mean"], c["changed_mean"])


def print_big(rows_by_size, neomutt_by_size, keys, starts):
    print()
    print("| measurement | size | concord | target | met |")
    print("|---|---|---|---|---|")
    for size, c in rows_by_size.items():
        print("| first settled frame, median of %d starts | %s | %.1f ms | < 100 ms | %s |"
              % (starts, size, c["first_frame_ms"], "yes" if c["first_frame_ms"] < 100 else "**no**"))
        n = neomutt_by_size.get(size)
        for name in ("p50", "p95", "p99"):
            if name == "p95" and n:
                target, met = "< 4x neomutt's %.2f ms = %.2f ms" % (n["p95"], 4 * n["p95"]), c["p95"] < 4 * n["p95"]
                print("| key to settled screen p95 (j x %d, k x %d) | %s | %.2f ms (%s neomutt's) | %s | %s |"
                      % (keys, keys, size, c[name], ratio(c[name], n[name]), target, "yes" if met else "**no**"))
            else:
                print("| key to settled screen %s | %s | %.2f ms | | |" % (name, size, c[name]))
        print("| bytes written per key, mean (max); a whole-screen draw | %s | %.0f (%d); %d | | |"
              % (size, c["bytes_mean"], c["bytes_max"], c["full_bytes"]))
        print("| rows / cells that changed per key, mean | %s | %.1f / %.0f | | |" % (size, c["changed_mean"], c["cells_mean"]))
        print("| rows written per key, median / mean (max); whole-screen redraws | %s | %g / %.1f (%d); %d of %d | no full redraw for a cursor move | %s |"
              % (size, c["dirty_median"], c["dirty_mean"], c["dirty_max"], c["full_redraws"], 2 * keys,
                 redraw_verdict(c, int(size.split("x")[1]))))
        print("| resident memory after the keys, peak (now; of it anonymous) | %s | %.0f MB (%.0f; %.0f MB) | < 100 MB | %s |"
              % (size, c["hwm_mb"], c["rss_mb"], c["anon_mb"], "yes" if c["hwm_mb"] < 100 else "**no**"))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--concord", required=True)
    parser.add_argument("--store", required=True, help="the store ingested from the Maildir neomutt reads")
    parser.add_argument("--store-now", required=True, help="concord's frozen clock for --store")
    parser.add_argument("--neomuttrc", required=True)
    parser.add_argument("--maildir-count", type=int, required=True, help="messages in neomutt's Maildir")
    parser.add_argument("--big-store")
    parser.add_argument("--big-now")
    parser.add_argument("--sizes", default="160x45,80x24")
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--keys", type=int, default=200)
    parser.add_argument("--quiet-ms", type=float, default=50)
    parser.add_argument("--home", default=os.path.join(os.getcwd(), "Benchmarks/.data/console-home"))
    parser.add_argument("--json")
    arguments = parser.parse_args()

    home = os.path.abspath(arguments.home)
    for sub in ("config", "data"):
        os.makedirs(os.path.join(home, sub), exist_ok=True)
    # A clean, fixed environment: no user phrasebooks or neomutt files, UTC, a UTF-8 locale.
    environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home, "TERM": "xterm-256color",
                   "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TZ": "UTC",
                   "XDG_CONFIG_HOME": os.path.join(home, "config"), "XDG_DATA_HOME": os.path.join(home, "data")}
    sizes = [tuple(int(part) for part in size.split("x")) for size in arguments.sizes.split(",")]
    quiet = arguments.quiet_ms / 1000

    print("== Machine: " + machine())
    print("== Settled = no byte for %g ms; times run to the last byte before that window" % arguments.quiet_ms)
    concord = Program("concord", "store", [arguments.concord, "console", "--db", arguments.store,
                                            "--now", arguments.store_now], r"Queue 1/", b"q")
    neomutt = Program("neomutt", "maildir", ["neomutt", "-n", "-R", "-F", arguments.neomuttrc],
                      r"Msgs:%d\b" % arguments.maildir_count, b"q")
    results = []
    comparison = {}
    for columns, rows in sizes:
        size = "%dx%d" % (columns, rows)
        pair = []
        for program in (concord, neomutt):
            print("   measuring %s at %s ..." % (program.name, size), file=sys.stderr, flush=True)
            result = measure(program, columns, rows, environment, arguments.starts, arguments.keys, quiet)
            results.append(result)
            pair.append(summarise(result))
        comparison[size] = tuple(pair)
    print("== %d-message Maildir: concord console (store from concord ingest maildir) against neomutt "
          "(warm header cache, read-only)" % arguments.maildir_count)
    print_comparison(comparison, arguments.keys, arguments.starts)
    print()
    print("A whole-screen draw is Ctrl-L's redraw, or the first frame for a program whose Ctrl-L sends only")
    print("what changed (concord's); rows written count the rows with text on them.")

    if arguments.big_store:
        big = Program("concord", "big-store", [arguments.concord, "console", "--db", arguments.big_store,
                                                "--now", arguments.big_now], r"Queue 1/", b"q")
        big_rows = {}
        for columns, rows in sizes:
            size = "%dx%d" % (columns, rows)
            print("   measuring concord on %s at %s ..." % (os.path.basename(arguments.big_store), size),
                  file=sys.stderr, flush=True)
            result = measure(big, columns, rows, environment, arguments.starts, arguments.keys, quiet)
            results.append(result)
            big_rows[size] = summarise(result)
        print()
        print("== concord console on %s (neomutt's figures from the Maildir above, same run)"
              % os.path.basename(arguments.big_store))
        print_big(big_rows, {size: pair[1] for size, pair in comparison.items()}, arguments.keys, arguments.starts)

    if arguments.json:
        with open(arguments.json, "w") as handle:
            json.dump({"machine": machine(), "results": results}, handle, indent=1, ensure_ascii=False)
        print()
        print("Raw samples: " + arguments.json)


if __name__ == "__main__":
    main()
