#!/usr/bin/env python3
"""Instructions a command executes on the head of the bench corpus.

Wall-clock timings on a shared 2-core machine vary by 20 % from run to run,
more than most single changes to a hot path; the count of instructions
executed (valgrind's cachegrind, without its cache simulation) is the same
on every run, so a change is judged by it first and by bench.py after.

Runs each COMMAND (a tool and its options, read from a file argument) on
the first SIZE megabytes of the corpus bench.py builds, and prints the
instructions executed, per byte of input, and the ratio to the first
command.

usage: bench/instructions.py [--build DIR] [--size-mb N] COMMAND [COMMAND...]
e.g.   bench/instructions.py "/tmp/old/count-figures" "build/bin/count-figures"
"""
import argparse
import os
import re
import shlex
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402  (the corpus is bench.py's)


def instructions(command, path):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "cachegrind.out")
        p = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={out}",
                            *command, path], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if p.returncode != 0:
            raise SystemExit(f"instructions: {' '.join(command)} failed:\n{p.stderr.decode(errors='replace')}")
        m = re.search(rb"I\s+refs:\s+([\d,]+)", p.stderr)
        if not m:
            raise SystemExit("instructions: valgrind printed no instruction count")
        return int(m.group(1).replace(b",", b""))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(bench.ROOT, "build"))
    ap.add_argument("--size-mb", type=int, default=5)
    ap.add_argument("commands", nargs="+", metavar="COMMAND")
    args = ap.parse_args()
    corpus = bench.make_corpus(args.build, 100)
    with tempfile.NamedTemporaryFile(suffix=".txt") as head:
        with open(corpus, "rb") as f:
            head.write(f.read(args.size_mb * 1_000_000))
        head.flush()
        size = args.size_mb * 1_000_000
        print(f"input: the first {args.size_mb} MB of {corpus}")
        print(f"{'command':50} {'instructions':>14} {'per byte':>9} {'ratio':>6}")
        first = None
        for text in args.commands:
            count = instructions(shlex.split(text), head.name)
            first = first or count
            print(f"{text:50} {count:>14,} {count / size:>9.1f} {count / first:>6.3f}")


if __name__ == "__main__":
    main()
