#!/usr/bin/env python3
"""Scores count-figures with the shared evaluation script on the shared
Recognizers-Text English cases, when the shared/ folder is beside the
checkout (exit 77, skipped, when it is not); fails when relaxed detection F1
is under the floor.

usage: shared_figures_test.py BINARY SHARED_DIR [--min-f1 F]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("shared")
    ap.add_argument("--min-f1", type=float, default=0.95)
    a = ap.parse_args()
    scorer = os.path.join(a.shared, "eval", "score-figures.py")
    data = os.path.join(a.shared, "data", "figures-recognizers-en.jsonl")
    if not (os.path.isfile(scorer) and os.path.isfile(data)):
        print(f"skipped: {scorer} or {data} not found")
        return 77
    with tempfile.TemporaryDirectory() as tmp:
        summary = os.path.join(tmp, "summary.json")
        run = subprocess.run([sys.executable, scorer, "--batch", "--data", data,
                              "--summary-json", summary, "--", a.binary],
                             capture_output=True, text=True)
        sys.stdout.write(run.stdout)
        sys.stderr.write(run.stderr)
        if run.returncode != 0:
            return 1
        with open(summary, encoding="utf-8") as f:
            result = json.loads(f.readline())
    problems = {k: v for k, v in result["problems"].items() if v}
    f1 = result["all"]["relaxed"]["F1"]
    print(f"relaxed F1 {f1:.4f} (floor {a.min_f1}); problems: {problems or 'none'}")
    return 0 if f1 >= a.min_f1 and not problems else 1


if __name__ == "__main__":
    sys.exit(main())
