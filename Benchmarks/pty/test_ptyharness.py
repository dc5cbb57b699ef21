"""The harness measured against a program whose timings are known (run: python -m unittest).

The program draws a loading line, pauses longer than the quiet window, draws its real screen,
and answers each key after a known delay with one changed row written in two bursts."""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ptyharness import PtySession, percentile  # noqa: E402

PROGRAM = r'''
import os, sys, time, tty
tty.setraw(0)
out = sys.stdout.buffer
def write(data):
    out.write(data); out.flush()
write(b"\x1b[2J\x1b[HLoading...")
time.sleep(0.3)
write(b"\x1b[2J\x1b[H" + b"".join(b"\x1b[%d;1Hrow %d" % (y + 1, y) for y in range(10)) + b"\x1b[1;1HREADY")
selected = 0
while True:
    key = os.read(0, 1)
    if key == b"q":
        break
    if key == b"x":
        continue
    if key == b"w":
        # A wide character, then a narrow one over its first half: the stub stays behind.
        write(b"\x1b[10;1H\xe7\x8e\x8b!\x1b[10;1Ha")
        continue
    if key == b"s":
        # Scroll rows 3 to 6 up by one inside a scroll region, as ncurses does for a pane.
        write(b"\x1b[3;6r\x1b[6;1H\n\x1b[r\x1b[6;1Hnew")
        continue
    time.sleep(0.02)
    write(b"\x1b[%d;1H\x1b[0mrow %d" % (selected + 2, selected + 1))
    selected = (selected + 1) % 9
    time.sleep(0.01)
    write(b"\x1b[%d;1H\x1b[7mrow %d\x1b[0m" % (selected + 2, selected + 1))
'''


class HarnessTests(unittest.TestCase):
    def start(self):
        environment = dict(os.environ, TERM="xterm-256color")
        return PtySession([sys.executable, "-c", PROGRAM], 40, 12, environment, quiet=0.05)

    def test_first_frame_waits_past_a_settled_screen_without_the_marker(self):
        session = self.start()
        try:
            first = session.wait_for(r"READY", timeout=10)
            self.assertGreaterEqual(first, 0.3, "the loading line settled first but does not count")
            self.assertLess(first, 0.3 + 0.05 + 0.5, "the quiet window is not part of the time")
            self.assertIn("row 9", session.text())
        finally:
            session.close()

    def test_key_latency_runs_to_the_last_byte_and_counts_rows_bytes_and_cells(self):
        session = self.start()
        try:
            session.wait_for(r"READY", timeout=10)
            latency, settled = session.press(b"j")
            self.assertGreaterEqual(latency, 0.03, "both bursts are part of the answer")
            self.assertLess(latency, 0.03 + 0.05, "the quiet window is not part of the latency")
            self.assertEqual(settled.dirty_rows, 2)
            self.assertEqual(settled.changed_rows, 1, "rewriting a row with the same text and colour is no change")
            self.assertEqual(settled.changed_cells, 5, "only the highlight of 'row 2' changed")
            self.assertGreater(settled.byte_count, 10)
            latency, settled = session.press(b"x", first_byte_wait=0.2)
            self.assertIsNone(latency, "a key that draws nothing has no latency")
            self.assertEqual(settled.byte_count, 0)
            self.assertGreater(session.memory()["VmRSS"], 0)
            latency, settled = session.press(b"s")
            self.assertEqual(settled.dirty_rows, 4, "a scroll region of 4 rows writes 4 rows, not the screen")
            self.assertEqual(settled.changed_rows, 4)
            session.press(b"w")
            self.assertTrue(session.text().splitlines()[9].startswith("a !"), session.text())
        finally:
            self.assertTrue(session.close(), "q quits the program")

    def test_percentile_is_nearest_rank(self):
        values = list(range(1, 101))
        self.assertEqual(percentile(values, 0.5), 50)
        self.assertEqual(percentile(values, 0.95), 95)
        self.assertEqual(percentile(values, 0.99), 99)
        self.assertEqual(percentile([7], 0.95), 7)


if __name__ == "__main__":
    unittest.main()
