"""A pseudo-terminal harness for measuring terminal programs the way a person sees them.

A program is started in a pty of a fixed size, every byte it writes is fed to a pyte screen,
and the screen counts as *settled* when no byte has arrived for a quiet window (50 ms by
default). Times are taken to the LAST byte before the quiet window, never including the
window itself, so a key's latency is "key sent" to "last byte of the answer".

Bytes are collected while the program writes and fed to pyte only once it is quiet: pyte is
pure Python, and parsing a full frame while the program is still writing would delay the
reads and inflate the times being measured.
"""
import fcntl
import os
import re
import select
import signal
import struct
import termios
import time

import pyte
from wcwidth import wcwidth


class ProgramExited(Exception):
    """The program closed its terminal before the screen showed what was expected."""


class NeverSettled(Exception):
    """The expected screen did not appear within the time allowed."""


class Settled:
    """One settled screen: when its last byte arrived and what it took to draw it."""

    def __init__(self, last_byte, byte_count, dirty_rows, changed_rows, changed_cells):
        self.last_byte = last_byte
        self.byte_count = byte_count
        self.dirty_rows = dirty_rows
        self.changed_rows = changed_rows
        self.changed_cells = changed_cells


class ScrollRegionScreen(pyte.Screen):
    """A pyte screen whose dirty set counts only the rows a scroll actually moved.

    pyte marks every row dirty when a scroll region of a few rows scrolls (ncurses scrolls a
    pane that way); a terminal repaints only the region, so only its rows count as written."""

    def _within_margins(self, operation, *arguments):
        top, bottom = self.margins or pyte.screens.Margins(0, self.lines - 1)
        before = set(self.dirty)
        operation(*arguments)
        added = self.dirty - before
        self.dirty.clear()
        self.dirty.update(before | {y for y in added if top <= y <= bottom})

    @property
    def display(self):
        """The rows as text. pyte keeps an empty stub after a wide character; a stub left
        behind when a program overwrites the wide character's first half shows as a blank,
        as on a real terminal (pyte's own `display` fails on it)."""
        rows = []
        for y in range(self.lines):
            line = self.buffer[y]
            cells = []
            skip = False
            for x in range(self.columns):
                data = line[x].data
                if skip:
                    skip = False
                    if data == "":
                        continue
                cells.append(data or " ")
                skip = bool(data) and wcwidth(data[0]) == 2
            rows.append("".join(cells))
        return rows

    def index(self):
        self._within_margins(super().index)

    def reverse_index(self):
        self._within_margins(super().reverse_index)

    def insert_lines(self, count=None):
        self._within_margins(super().insert_lines, count)

    def delete_lines(self, count=None):
        self._within_margins(super().delete_lines, count)


class PtySession:
    """One program in a pty of `columns` x `rows`, with a pyte screen of the same size."""

    def __init__(self, argv, columns, rows, environment, quiet=0.05):
        self.columns = columns
        self.rows = rows
        self.quiet = quiet
        self.screen = ScrollRegionScreen(columns, rows)
        self.stream = pyte.ByteStream(self.screen)
        # Answers to the terminal's queries (device attributes, cursor position) go back to
        # the program, as a real terminal would send them.
        self.screen.write_process_input = self._answer
        self.started = time.perf_counter()
        pid, fd = os.forkpty()
        if pid == 0:
            try:
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
                os.execvpe(argv[0], argv, environment)
            finally:
                os._exit(127)
        self.pid = pid
        self.fd = fd
        self.exited = False
        self.exit_status = None
        self.total_bytes = 0

    def _answer(self, data):
        try:
            os.write(self.fd, data.encode("utf-8"))
        except OSError:
            pass

    def _read_until_quiet(self, deadline, first_byte_wait):
        """Reads until the program has been quiet for the window after its last byte.

        Before the first byte it waits up to `first_byte_wait` seconds, so a slow answer is
        not mistaken for no answer. Returns (time of the last byte or None, the bytes)."""
        chunks = []
        last = None
        first_deadline = time.perf_counter() + max(first_byte_wait, self.quiet)
        while True:
            now = time.perf_counter()
            if now >= deadline:
                raise NeverSettled("no quiet screen before the deadline:\n" + self.text())
            if last is None:
                if now >= first_deadline:
                    return None, b""
                wait = min(first_deadline, deadline) - now
            else:
                wait = min(self.quiet, deadline - now)
            ready, _, _ = select.select([self.fd], [], [], wait)
            if not ready:
                if last is not None and time.perf_counter() - last >= self.quiet:
                    return last, b"".join(chunks)
                continue
            try:
                data = os.read(self.fd, 65536)
            except OSError:
                data = b""
            if not data:
                self.exited = True
                return last, b"".join(chunks)
            last = time.perf_counter()
            chunks.append(data)

    def settle(self, timeout=30.0, first_byte_wait=None):
        """Waits for the screen to settle; returns a Settled (last_byte None when nothing came)."""
        before = self._cells()
        self.screen.dirty.clear()
        last, data = self._read_until_quiet(time.perf_counter() + timeout,
                                            self.quiet if first_byte_wait is None else first_byte_wait)
        if data:
            self.stream.feed(data)
        after = self._cells()
        changed = [(old, new) for old, new in zip(before, after) if old != new]
        cells = sum(1 for old, new in changed for a, b in zip(old, new) if a != b)
        self.total_bytes += len(data)
        return Settled(last, len(data), len(self.screen.dirty), len(changed), cells)

    def wait_for(self, marker, timeout=60.0):
        """Time from spawn to the last byte of the first settled screen that matches `marker`.

        Settled screens that do not show the marker yet (a progress line, a half-drawn frame
        followed by a pause) are read past; the time is the last byte before the quiet window
        of the first matching one.
        """
        pattern = re.compile(marker)
        deadline = time.perf_counter() + timeout
        last_byte = None
        while True:
            if time.perf_counter() > deadline:
                raise NeverSettled("the screen never showed %r:\n%s" % (marker, self.text()))
            remaining = max(0.1, deadline - time.perf_counter())
            settled = self.settle(timeout=remaining + 1, first_byte_wait=remaining)
            if settled.last_byte is not None:
                last_byte = settled.last_byte
            if pattern.search(self.text()) and last_byte is not None:
                return last_byte - self.started
            if self.exited:
                raise ProgramExited("the program exited before showing %r:\n%s" % (marker, self.text()))

    def press(self, key, first_byte_wait=2.0, timeout=20.0):
        """Sends one key and waits for the screen to settle.

        Returns (latency in seconds, or None when nothing was written within
        `first_byte_wait`, and the Settled screen)."""
        sent = time.perf_counter()
        os.write(self.fd, key)
        settled = self.settle(timeout=timeout, first_byte_wait=first_byte_wait)
        latency = None if settled.last_byte is None else settled.last_byte - sent
        return latency, settled

    def _cells(self):
        """Every row as its characters with their colours and attributes, so a row whose only
        change is the selection's highlight counts as changed."""
        buffer = self.screen.buffer
        return [tuple(buffer[y][x] for x in range(self.columns)) for y in range(self.rows)]

    def text(self):
        return "\n".join(line.rstrip() for line in self.screen.display)

    def memory(self):
        """VmHWM, VmRSS and its parts (RssAnon, RssFile, RssShmem) of the program in kB, from /proc/PID/status."""
        figures = {}
        with open("/proc/%d/status" % self.pid) as status:
            for line in status:
                name, _, value = line.partition(":")
                if name in ("VmHWM", "VmRSS", "RssAnon", "RssFile", "RssShmem"):
                    figures[name] = int(value.split()[0])
        return figures

    def close(self, quit_keys=b"q", timeout=5.0):
        """Quits with `quit_keys`; a program that does not exit is terminated, then killed."""
        if not self.exited:
            try:
                os.write(self.fd, quit_keys)
            except OSError:
                pass
        deadline = time.perf_counter() + timeout
        for sig in (None, signal.SIGTERM, signal.SIGKILL):
            if sig is not None:
                try:
                    os.kill(self.pid, sig)
                except ProcessLookupError:
                    pass
                deadline = time.perf_counter() + timeout
            while time.perf_counter() < deadline:
                # Drain, so a program blocked writing its goodbye can exit.
                ready, _, _ = select.select([self.fd], [], [], 0.05)
                if ready:
                    try:
                        os.read(self.fd, 65536)
                    except OSError:
                        pass
                pid, status = os.waitpid(self.pid, os.WNOHANG)
                if pid == self.pid:
                    self.exit_status = status
                    os.close(self.fd)
                    return sig is None
        os.close(self.fd)
        return False


def percentile(values, fraction):
    """The nearest-rank percentile of `values` (fraction in 0..1)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, int(-(-fraction * len(ordered) // 1)))
    return ordered[min(rank, len(ordered)) - 1]
