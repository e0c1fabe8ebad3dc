#!/usr/bin/env python3
"""The inputs at the edge of what a tool is built for, each streamed in whole:
a million one-character paragraphs, 100 MB of straight quotation marks, 100 MB
of curly ones, and 100 MB of digits (one line each but the first; the memory
test has one line of a gigabyte of prose). Each must end with exit status 0,
in bounded memory (the peak RSS under LIMIT_MB, measured by the peak-rss
launcher) and within MAX_SECONDS (default 60; each takes a few seconds, a
quadratic path hours, on a busy machine as on a quiet one).

Once, clean held a page of a million short lines at about 180 bytes a line
(363 MB), and extract-quotes held an empty quotation for each pair of marks
(142 MB for a megabyte of them).

usage: extremes_test.py PEAK_RSS BINARY LIMIT_MB [MAX_SECONDS] [ARG...]
"""
import subprocess
import sys
import time

MB = 1 << 20


def shapes():
    yield "a million one-character paragraphs", lambda: iter([b"a\n\n" * 1_000_000])
    yield "100 MB of straight quotation marks", lambda: (b'"' * MB for _ in range(100))
    curly = ("\u201c\u201d" * (MB // 6)).encode()
    yield "100 MB of curly quotation marks", lambda: (curly for _ in range(100 * MB // len(curly)))
    yield "100 MB of digits", lambda: (b"7" * MB for _ in range(100))


def main():
    launcher, binary, limit_mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
    max_seconds = float(sys.argv[4]) if len(sys.argv) > 4 else 60.0
    extra = sys.argv[5:]
    failed = 0
    for name, blocks in shapes():
        size = 0
        start = time.perf_counter()
        p = subprocess.Popen([launcher, binary, *extra], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
        try:
            for block in blocks():
                p.stdin.write(block)
                size += len(block)
            p.stdin.close()
        except BrokenPipeError:
            pass
        err = p.stderr.read().decode(errors="replace")
        status = p.wait()
        seconds = time.perf_counter() - start
        peak_mb = int(err.rstrip().rsplit("peak-rss: ", 1)[1].split()[0]) / 1024 if "peak-rss: " in err else -1
        mbps = size / MB / seconds
        verdict = "ok"
        if status != 0:
            verdict = f"FAIL: exit status {status}: {err[-300:]}"
        elif peak_mb > limit_mb:
            verdict = f"FAIL: peak RSS over {limit_mb:.0f} MB"
        elif seconds > max_seconds:
            verdict = f"FAIL: longer than {max_seconds:.0f} s"
        print(f"{name}: {size / MB:.0f} MB in {seconds:.1f} s ({mbps:.1f} MB/s), peak RSS {peak_mb:.1f} MB: {verdict}")
        failed += verdict != "ok"
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
