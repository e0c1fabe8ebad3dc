#!/usr/bin/env python3
"""Scores extract-quotes with the shared evaluation script
(SHARED_DIR/eval/score-quotes.py) on a hand-judged dev set
(tests/data/quotes-dev*.jsonl, the format that script reads): the held-out
metric, direct quotations of four words or more found by span overlap, and
speakers right by their last word. Exits 77 (skipped) when the shared/
folder is not beside the checkout, 1 when F1 or speaker accuracy is under
its floor.

usage: quotes_dev_score.py BINARY SHARED_DIR DATA [--min-f1 F] [--min-speaker S]
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
    ap.add_argument("data")
    ap.add_argument("--min-f1", type=float, default=0.0)
    ap.add_argument("--min-speaker", type=float, default=0.0)
    a = ap.parse_args()
    scorer = os.path.join(a.shared, "eval", "score-quotes.py")
    if not os.path.isfile(scorer):
        print(f"skipped: {scorer} not found")
        return 77
    with tempfile.TemporaryDirectory() as tmp:
        summary = os.path.join(tmp, "summary.json")
        run = subprocess.run([sys.executable, scorer, "--data", a.data, "--summary-json", summary, "--", a.binary],
                             capture_output=True, text=True)
        sys.stdout.write(run.stdout)
        sys.stderr.write(run.stderr)
        if run.returncode != 0 or not os.path.isfile(summary):
            print(f"FAIL: {scorer} exited {run.returncode}")
            return 1
        with open(summary, encoding="utf-8") as f:
            result = json.loads(f.readline())
    # The scorer reports a run of the tool that failed (an exit status other
    # than 0 or 1) on stderr and goes on; that is a failure here.
    failed = [line for line in run.stderr.splitlines() if ": exit " in line]
    floors = {"f1": (result["f1"], a.min_f1), "speaker accuracy": (result["speaker_acc"], a.min_speaker)}
    for name, (value, floor) in floors.items():
        if value < floor:
            failed.append(f"{name} {value:.4f} is under {floor}")
    for f in failed:
        print(f"FAIL: {f}")
    print(f"F1 {result['f1']:.4f} (floor {a.min_f1}), speaker accuracy {result['speaker_acc']:.4f} "
          f"(floor {a.min_speaker})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
