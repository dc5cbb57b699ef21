#!/usr/bin/env python3
"""Times concord, mu and notmuch on one Maildir in interleaved rounds.

    ingest_rounds.py ROUNDS MESSAGES NAME=PREPARE::COMMAND ...

Each round runs every tool once, in turn, after its PREPARE shell command (warming the page
cache, removing the previous index). This machine's speed drifts by tens of percent over
minutes (a shared host), so timing all runs of one tool and then all of the next can make
either look faster: the ratio of each round compares runs made within the same minute, and
the median of those ratios is the figure to quote. Prints medians, CPU and per-round ratios.
"""
import os, resource, statistics, subprocess, sys, time

rounds, messages = int(sys.argv[1]), int(sys.argv[2])
tools = []
for spec in sys.argv[3:]:
    name, rest = spec.split("=", 1)
    prepare, command = rest.split("::", 1)
    tools.append((name, prepare, command))

walls = {name: [] for name, _, _ in tools}
cpus = {name: [] for name, _, _ in tools}
for number in range(1, rounds + 1):
    line = []
    for name, prepare, command in tools:
        subprocess.run(prepare, shell=True, check=True)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, shell=True, check=True, stdout=subprocess.DEVNULL)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        walls[name].append(wall)
        cpus[name].append(cpu)
        line.append("%s %.2f s" % (name, wall))
    print("   round %d: %s" % (number, ", ".join(line)), flush=True)

first = tools[0][0]
print()
for name, _, _ in tools:
    median = statistics.median(walls[name])
    print("   %-8s median %6.2f s (min %.2f, max %.2f)  %6.0f messages/s  CPU %.2f s (%.2f cores)" % (
        name, median, min(walls[name]), max(walls[name]), messages / median,
        statistics.median(cpus[name]), statistics.median(cpus[name]) / median))
for name, _, _ in tools[1:]:
    ratios = [other / own for other, own in zip(walls[name], walls[first])]
    print("   %s is %.2fx %s: median of the rounds' ratios (range %.2f-%.2f; ratio of medians %.2f)" % (
        first, statistics.median(ratios), name, min(ratios), max(ratios),
        statistics.median(walls[name]) / statistics.median(walls[first])))
