#!/usr/bin/env python3
"""Throughput of each tool run by GNU parallel over the cores, next to one
process, on the bench corpus (documents with form-feed lines between them).

For each tool, in each of RUNS rounds and alternating: the tool alone
(`TOOL < corpus`), `parallel --pipepart -a corpus` (parallel reads the file
in place and hands each job its own byte range), and `parallel --pipe`
(parallel reads the input and copies each block to a job), both cutting at
form-feed lines with -k so that output keeps its order. Also timed: `wc -w`
(the reference of bench.py) and `parallel --pipe cat`, the rate --pipe
itself copies at. Prints median MB/s, the speed-up over the single process,
and whether the outputs are the same bytes (checked once, by SHA-256).

usage: bench/parallel_bench.py [--build DIR] [--size-mb N] [--runs N] [--jobs N] [--block SIZE] [TOOL...]
  TOOL defaults to every tool in DIR/bin. --jobs defaults to the number of cores.
"""
import argparse
import glob
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402  (make_corpus, the corpus bench.py times)


def timed(argv, corpus, stdin_file):
    """Wall seconds of ARGV, its stdout hashed."""
    digest = hashlib.sha256()
    start = time.perf_counter()
    with open(corpus, "rb") if stdin_file else open(os.devnull, "rb") as stdin:
        p = subprocess.Popen(argv, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for chunk in iter(lambda: p.stdout.read(1 << 20), b""):
            digest.update(chunk)
        err = p.stderr.read()
        p.wait()
    seconds = time.perf_counter() - start
    if p.returncode != 0:
        raise SystemExit(f"parallel_bench: {' '.join(argv)} exited {p.returncode}: {err.decode(errors='replace')[-300:]}")
    return seconds, digest.hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(bench.ROOT, "build"))
    ap.add_argument("--size-mb", type=int, default=100)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=os.cpu_count())
    ap.add_argument("--block", default="-4", help="parallel's --block: -N is N blocks a job slot (default -4)")
    ap.add_argument("tools", nargs="*")
    a = ap.parse_args()
    if shutil.which("parallel") is None:
        raise SystemExit("parallel_bench: GNU parallel is not installed")
    corpus = bench.make_corpus(a.build, a.size_mb)
    size = os.path.getsize(corpus)
    tools = a.tools or sorted(glob.glob(os.path.join(a.build, "bin", "*")))
    cut = ["-k", "--recend", "\f\n", "-j", str(a.jobs)]
    commands = {"wc -w": (["wc", "-w"], True),
                "parallel --pipe cat": (["parallel", "--pipe", "--block", "1M"] + cut + ["cat"], True)}
    for tool in tools:
        name = os.path.basename(tool)
        commands[name] = ([tool], True)
        commands[f"{name}, --pipepart"] = (["parallel", "--pipepart", "-a", corpus, "--block", a.block] + cut + [tool],
                                           False)
        # --pipe cannot split a stream it does not know the size of into -N blocks: 1 MB pieces.
        commands[f"{name}, --pipe"] = (["parallel", "--pipe", "--block", "1M"] + cut + [tool], True)
    times = {name: [] for name in commands}
    digests = {}
    for _ in range(a.runs):
        for name, (argv, stdin_file) in commands.items():
            seconds, digest = timed(argv, corpus, stdin_file)
            times[name].append(seconds)
            digests.setdefault(name, digest)
    print(f"corpus: {size / 1e6:.1f} MB ({corpus}); {a.runs} rounds, alternating; {a.jobs} jobs; "
          f"{os.cpu_count()} cores; parallel --block {a.block} for --pipepart, 1M for --pipe")
    print(f"{'command':34s} {'median MB/s':>12s} {'x one':>6s} {'x wc -w':>8s}  output   runs (s)")
    reference = size / statistics.median(times["wc -w"]) / 1e6
    for name in commands:
        mbps = size / statistics.median(times[name]) / 1e6
        tool = name.split(",")[0]
        single = size / statistics.median(times[tool]) / 1e6 if "," in name else mbps
        same = "" if "," not in name else ("same" if digests[name] == digests[tool] else "DIFFERS")
        print(f"{name:34s} {mbps:12.1f} {mbps / single:6.2f} {mbps / reference:8.2f}  {same:7s}  "
              + " ".join(f"{t:.2f}" for t in times[name]))
    return 1 if any(digests[n] != digests[n.split(",")[0]] for n in commands if "," in n) else 0


if __name__ == "__main__":
    sys.exit(main())
