#!/usr/bin/env python3
"""clean on the hand-made page dumps (tests/data/clean-dev*.jsonl, the format
of SHARED_DIR/eval/score-clean.py): the held-out sets' metric by that script,
with floors a little under where each set stands, and two properties of every
page that need no scorer:
- clean | clean is clean: cleaning the output again changes nothing;
- the gold body's words survive: each page keeps at least --min-page-recall of
  its gold words (as bags of lower-cased \\w+ words).
Exits 1 on a failure; the score part is skipped (and said so) when shared/ is
not beside the checkout.

usage: clean_dev_test.py BINARY SHARED_DIR DATA [--min-f1 F] [--min-word-recall R]
                         [--min-paragraphs-exact E] [--min-page-recall P]
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

WORD = re.compile(r"\w+", re.U)


def clean(binary, text):
    p = subprocess.run([binary], input=text.encode("utf-8"), capture_output=True, timeout=60)
    if p.returncode != 0:
        raise SystemExit(f"FAIL: {binary} exited {p.returncode}: {p.stderr.decode(errors='replace')[-300:]}")
    return p.stdout.decode("utf-8")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("shared")
    ap.add_argument("data")
    ap.add_argument("--min-f1", type=float, default=0.0)
    ap.add_argument("--min-word-recall", type=float, default=0.0)
    ap.add_argument("--min-paragraphs-exact", type=float, default=0.0)
    ap.add_argument("--min-page-recall", type=float, default=0.0)
    a = ap.parse_args()
    failed = []
    pages = [json.loads(line) for line in open(a.data, encoding="utf-8") if line.strip()]
    for page in pages:
        out = clean(a.binary, page["input"])
        if clean(a.binary, out) != out:
            failed.append(f"{page['id']}: clean | clean differs from clean")
        gold = collections.Counter(w.lower() for w in WORD.findall(" ".join(page["gold"])))
        kept = collections.Counter(w.lower() for w in WORD.findall(out))
        recall = sum((gold & kept).values()) / max(1, sum(gold.values()))
        if recall < a.min_page_recall:
            failed.append(f"{page['id']}: {recall:.3f} of the gold words kept, under {a.min_page_recall}")
    scorer = os.path.join(a.shared, "eval", "score-clean.py")
    if os.path.isfile(scorer):
        with tempfile.TemporaryDirectory() as tmp:
            summary = os.path.join(tmp, "summary.json")
            run = subprocess.run([sys.executable, scorer, "--data", a.data, "--summary-json", summary, "--", a.binary],
                                 capture_output=True, text=True)
            sys.stdout.write(run.stdout)
            sys.stderr.write(run.stderr)
            if run.returncode != 0 or not os.path.isfile(summary):
                failed.append(f"{scorer} exited {run.returncode}")
            else:
                with open(summary, encoding="utf-8") as f:
                    result = json.loads(f.readline())
                for key, floor in (("f1", a.min_f1), ("word_recall", a.min_word_recall),
                                   ("exact_paragraphs", a.min_paragraphs_exact)):
                    if (result[key] or 0.0) < floor:
                        failed.append(f"{key} {result[key]:.4f} is under {floor}")
    else:
        print(f"skipped the score: {scorer} not found")
    for f in failed:
        print("FAIL:", f)
    print(f"{len(pages)} pages, {len(failed)} failures")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
