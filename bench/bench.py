#!/usr/bin/env python3
"""Throughput and peak memory of every built tool, next to `wc -w`.

Builds a corpus of about SIZE megabytes from the sample articles in
examples/ (cached in the build directory), then runs, in each of RUNS
rounds and alternating so that machine noise falls on all alike:
`wc -w` (the reference: a word scan is the floor of what any tool here must
do), `cat`, each tool in BUILD/bin, and the ICU sentence-iterator peer in
BUILD/bench. Prints, per command, the median MB/s, its ratio to `wc -w`
from the same rounds, and the peak resident set size.

--also NAME=COMMAND adds a command to the same rounds (a build from before a
change, say), so that before and after are timed side by side.

--kind picks the corpus: news (default), or bad input of the same size
(latin1, nul, ff) to time the replacement path against text.

--records times records mode too: the same documents as JSON Lines records
({"id": N, "text": ...}, one an article), each tool with --records against
its plain run and, with the same output form, against --json; it prints
what records mode costs in time over plain text on the same documents.

usage: bench/bench.py [--build DIR] [--size-mb N] [--runs N] [--kind KIND] [--records] [--json FILE] [--also NAME=COMMAND]...
"""
import argparse
import glob
import json
import os
import platform
import statistics
import subprocess
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


# The corpora: the samples as they are, and bad input of the same size.
KINDS = {
    "news": "the sample articles of examples/, repeated, one document each",
    "latin1": "the samples in Latin-1 with accented vowels: about one byte in seven invalid UTF-8",
    "nul": "NUL bytes only",
    "ff": "0xFF bytes only",
}


def make_corpus(build, size_mb, kind="news"):
    path = os.path.join(build, "bench", f"corpus-{kind}-{size_mb}MB.txt" if kind != "news" else f"corpus-docs-{size_mb}MB.txt")
    if os.path.exists(path) and os.path.getsize(path) >= size_mb * 1_000_000:
        return path
    samples = [open(p, encoding="utf-8").read().strip("\n") for p in sorted(glob.glob(os.path.join(ROOT, "examples", "*.txt")))]
    if not samples:
        raise SystemExit("bench: no samples in examples/")
    # One article a document, form-feed lines between them, as a corpus of articles is fed
    # to the tools: clean decides per document (and drops a line that repeats one before
    # it in the same document), extract-quotes forgets its speakers at each.
    text = "".join(sample + "\n\f\n" for sample in samples)
    if kind == "news":
        block = text.encode("utf-8")
    elif kind == "latin1":
        block = text.replace("e", "\u00e9").replace("a", "\u00e0").encode("latin-1", "replace")
    else:
        block = (b"\0" if kind == "nul" else b"\xff") * (1 << 20)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path + ".tmp", "wb") as f:
        written = 0
        while written < size_mb * 1_000_000:
            f.write(block)
            written += len(block)
    os.replace(path + ".tmp", path)
    return path


def make_records_corpus(build, size_mb):
    """The documents of the news corpus, the same ones in the same order, as JSON Lines records."""
    path = os.path.join(build, "bench", f"corpus-records-{size_mb}MB.jsonl")
    if os.path.exists(path):
        return path
    samples = [open(p, encoding="utf-8").read().strip("\n") for p in sorted(glob.glob(os.path.join(ROOT, "examples", "*.txt")))]
    block_size = len("".join(sample + "\n\f\n" for sample in samples).encode("utf-8"))
    blocks = -(-size_mb * 1_000_000 // block_size)  # as make_corpus repeats them
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        n = 0
        for _ in range(blocks):
            for sample in samples:
                f.write(json.dumps({"id": n, "text": sample}, ensure_ascii=False) + "\n")
                n += 1
    os.replace(path + ".tmp", path)
    return path


def run_once(launcher, command, corpus):
    """Wall seconds and peak RSS (MB) of COMMAND < CORPUS > /dev/null."""
    with open(corpus, "rb") as stdin:
        start = time.perf_counter()
        p = subprocess.run([launcher, *command], stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        seconds = time.perf_counter() - start
    err = p.stderr.decode(errors="replace")
    if p.returncode != 0:
        raise SystemExit(f"bench: {' '.join(command)} exited {p.returncode}: {err[-300:]}")
    peak_kib = int(err.rstrip().rsplit("peak-rss: ", 1)[1].split()[0])
    return seconds, peak_kib / 1024


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--size-mb", type=int, default=100)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--kind", choices=sorted(KINDS), default="news", help="which corpus: " +
                    "; ".join(f"{k}: {v}" for k, v in KINDS.items()))
    ap.add_argument("--records", action="store_true", help="time records mode on the same documents too")
    ap.add_argument("--json", help="append the results as JSON Lines to FILE")
    ap.add_argument("--also", action="append", default=[], metavar="NAME=COMMAND",
                    help="another command to time in the same rounds (split on spaces)")
    a = ap.parse_args()

    launcher = os.path.join(a.build, "bench", "peak-rss")
    if not os.path.exists(launcher):
        raise SystemExit(f"bench: {launcher} not built; run cmake --build first")
    if not os.path.exists(os.path.join(a.build, "bench", "icu-sentences")):
        print("bench: the ICU peer is not built; configure with -DNEWSUTILS_BENCH=ON to time it too")
    corpus = make_corpus(a.build, a.size_mb, a.kind)
    size = os.path.getsize(corpus)
    commands = {"wc -w": ["wc", "-w"], "cat": ["cat"]}
    inputs = {}  # a command's own corpus, when not the text one
    tools = sorted(glob.glob(os.path.join(a.build, "bin", "*")))
    for tool in tools:
        commands[os.path.basename(tool)] = [tool]
    if a.records:
        if a.kind != "news":
            raise SystemExit("bench: --records times the news corpus")
        records = make_records_corpus(a.build, a.size_mb)
        for tool in tools:
            name = os.path.basename(tool)
            commands[f"{name} --json"] = [tool, "--json"]
            commands[f"{name} --records"] = [tool, "--records"]
            inputs[f"{name} --records"] = records
            if name in ("split-sentences", "clean"):  # they write records back; --json, their objects
                commands[f"{name} --records --json"] = [tool, "--records", "--json"]
                inputs[f"{name} --records --json"] = records
    peer = os.path.join(a.build, "bench", "icu-sentences")
    if os.path.exists(peer):
        commands["icu-sentences (peer)"] = [peer]
    for also in a.also:
        name, _, command = also.partition("=")
        if not command:
            raise SystemExit(f"bench: --also {also}: write NAME=COMMAND")
        commands[name] = command.split()

    times = {name: [] for name in commands}
    peaks = {name: 0.0 for name in commands}
    for _ in range(a.runs):
        for name, command in commands.items():
            seconds, peak = run_once(launcher, command, inputs.get(name, corpus))
            times[name].append(seconds)
            peaks[name] = max(peaks[name], peak)

    locale = os.environ.get("LC_ALL") or os.environ.get("LC_CTYPE") or os.environ.get("LANG") or "POSIX"
    print(f"corpus: {size / 1e6:.1f} MB, {KINDS[a.kind]} ({corpus}); {a.runs} rounds, alternating; "
          f"locale {locale}; {platform.machine()}, {os.cpu_count()} cores")
    reference = size / statistics.median(times["wc -w"]) / 1e6
    print(f"{'command':32s} {'median MB/s':>12s} {'x wc -w':>8s} {'peak RSS':>10s}   runs (s)")
    results = []
    for name in commands:
        mbps = os.path.getsize(inputs.get(name, corpus)) / statistics.median(times[name]) / 1e6
        print(f"{name:32s} {mbps:12.1f} {mbps / reference:8.2f} {peaks[name]:8.1f} MB   "
              + " ".join(f"{t:.3f}" for t in times[name]))
        results.append({"command": name, "mb_per_s": mbps, "ratio_to_wc_w": mbps / reference,
                        "peak_rss_mb": peaks[name], "seconds": times[name], "corpus_bytes": size})
    if a.records:
        # The same documents either way: time against time (the records are the larger input).
        print(f"records mode on the same documents ({os.path.getsize(records) / 1e6:.1f} MB of records), "
              "median time against plain text:")
        median = {name: statistics.median(times[name]) for name in commands}
        for tool in tools:
            name = os.path.basename(tool)
            line = (f"  {name:18s} --records {median[f'{name} --records'] / median[name] - 1:+7.1%} over plain, "
                    f"{median[f'{name} --records'] / median[f'{name} --json'] - 1:+7.1%} over --json")
            if f"{name} --records --json" in median:
                line += (f"; --records --json {median[f'{name} --records --json'] / median[f'{name} --json'] - 1:+7.1%}"
                         " over --json")
            print(line)
    if a.json:
        with open(a.json, "a", encoding="utf-8") as f:
            for r in results:
                f.write(json.dumps(r) + "\n")


if __name__ == "__main__":
    main()
