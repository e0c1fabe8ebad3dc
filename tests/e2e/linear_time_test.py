#!/usr/bin/env python3
"""No input may cost more than linear time: each pattern below, repeated into
a paragraph of a few megabytes, once made a look-around of the splitter scan
the whole paragraph at every candidate. At the tool's normal speed each run
takes a fraction of a second; a quadratic one would take minutes.

usage: linear_time_test.py BINARY [SECONDS_ALLOWED]
"""
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
]
# With --keep-quotes the sentence start stays put inside a quotation, so every
# look back to it must be bounded too: one long opening quotation, then the pattern.
KEEP_QUOTES_PATTERNS = [" 5 a.m. X", " Ab.Cd", " I. The", " x 1) "]


def main():
    binary = sys.argv[1]
    allowed = float(sys.argv[2]) if len(sys.argv) > 2 else 10.0
    failed = 0
    cases = [([], pattern, (pattern * (3_000_000 // len(pattern))).encode()) for pattern in PATTERNS]
    cases += [(["--keep-quotes"], pattern, ('"' + "x" * 500_000 + pattern * (1_000_000 // len(pattern))).encode())
              for pattern in KEEP_QUOTES_PATTERNS]
    for args, pattern, data in cases:
        start = time.perf_counter()
        try:
            p = subprocess.run([binary, *args], input=data, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               timeout=allowed)
            seconds = time.perf_counter() - start
            ok = p.returncode == 0
        except subprocess.TimeoutExpired:
            seconds, ok = allowed, False
        print(f"{'ok' if ok else 'FAIL'}: {' '.join(args)} {pattern!r}, {len(data) / 1e6:.1f} MB: {seconds:.2f} s")
        failed += not ok
    print(f"linear time: {len(cases) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
