#!/usr/bin/env python3
"""No input may cost more than linear time. Each pattern, repeated into one
paragraph of a few megabytes, once made some look-around scan the whole
paragraph at every candidate; at the tools' speed each run takes a fraction
of a second, a quadratic one minutes. The patterns below are run for every
tool; PATTERNS (tests/data/TOOL/linear-time.txt) adds the tool's own, one
JSON object a line: {"pattern": "...", "args": [...], "prefix": [["text", times], ...]}
(the prefix, written once before the repeated pattern, is each text repeated).

A raised --max-paragraph is checked by scaling: one line of 16 and of 64 MB
with the limit at 1G must take about four times as long, not sixteen (a
reader that searched the pending paragraph again on every read did).

usage: linear_time_test.py BINARY [PATTERNS] [SECONDS_ALLOWED]
"""
import json
import os
import subprocess
import sys
import time

PATTERNS = [
    "Ab.",                      # glued sentence ends, each looking back over the token
    "x 1) ",                    # a list start whose continuation is searched for
    "\n1) x ",                  # the same at line starts
    "x\n- a ",                  # bullets looked for on later lines
    "at 5 a.m. Mr. ",           # a time phrase looked for from the sentence start
    "I. ",                      # the word before an initial
    "\"Q?\" Ab Ab ",             # attributions
    "Ab.Cd ",                   # glued ends looking for the rest of the token
    "x" * 70 + ". ",            # long tokens before a full stop
    ". " * 3,                   # spaced ellipses
    "\" ",                      # unmatched quotation marks
    "\u201c",                   # openers that never close
    "1,000 ",                   # numbers without end
    "10-15 ",                   # ranges
    "$5 ",                      # money
    "one ",                     # number words
    "two hundred and ",         # a number word phrase that never ends
    "\u00a0",                   # no-break spaces
    "\ufffd",                   # replacement characters
]


def run(binary, args, data, allowed):
    start = time.perf_counter()
    try:
        p = subprocess.run([binary, *args], input=data, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           timeout=allowed)
        return time.perf_counter() - start, p.returncode == 0
    except subprocess.TimeoutExpired:
        return allowed, False


def scaling(binary, allowed):
    """Seconds for a 16 and a 64 MB line with --max-paragraph 1G; the best of two runs each."""
    times = []
    for megabytes in (16, 64):
        data = b"word " * (megabytes * 1024 * 1024 // 5)
        best = min(run(binary, ["--max-paragraph", "1G"], data, allowed * 4)[0] for _ in range(2))
        times.append(best)
    return times


def main():
    binary = sys.argv[1]
    patterns_file = sys.argv[2] if len(sys.argv) > 2 else None
    allowed = float(sys.argv[3]) if len(sys.argv) > 3 else 10.0
    cases = [([], "", p) for p in PATTERNS]
    if patterns_file and os.path.exists(patterns_file):
        for line in open(patterns_file, encoding="utf-8"):
            if line.strip() and not line.startswith("#"):
                c = json.loads(line)
                prefix = "".join(text * times for text, times in c.get("prefix", []))
                cases.append((c.get("args", []), prefix, c["pattern"]))
    failed = 0
    for args, prefix, pattern in cases:
        data = (prefix + pattern * (3_000_000 // len(pattern.encode()))).encode()
        seconds, ok = run(binary, args, data, allowed)
        print(f"{'ok' if ok else 'FAIL'}: {' '.join(args)} {pattern!r}, {len(data) / 1e6:.1f} MB: {seconds:.2f} s")
        failed += not ok
    small, large = scaling(binary, allowed)
    ratio = large / max(small, 1e-3)
    ok = ratio < 8 and large < allowed * 4
    print(f"{'ok' if ok else 'FAIL'}: one line, --max-paragraph 1G: 16 MB {small:.2f} s, 64 MB {large:.2f} s "
          f"(x{ratio:.1f}; linear is about 4, quadratic 16)")
    failed += not ok
    print(f"linear time: {len(cases) + 1 - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
