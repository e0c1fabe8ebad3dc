#!/usr/bin/env python3
"""Scores split-sentences on tests/data/news-dev.jsonl: 200 news paragraphs
written for the project with gold sentence boundaries judged by hand from
the spec. All paragraphs go through one run (a blank line between them);
boundaries inside a paragraph are compared by their offset in the text with
whitespace removed, as ../shared/eval/score-sentences.py does.

usage: news_dev_score.py BINARY [DATA] [--show N] [--min-precision P] [--min-f1 F]
Exits 1 when precision or F1 is under the given floor.
"""
import argparse
import json
import os
import re
import subprocess
import sys

WS = re.compile(r"\s+")
HERE = os.path.dirname(os.path.abspath(__file__))


def squeeze(s):
    return WS.sub("", s)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("data", nargs="?", default=os.path.join(HERE, "..", "data", "news-dev.jsonl"))
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--min-precision", type=float, default=0.0)
    ap.add_argument("--min-f1", type=float, default=0.0)
    a = ap.parse_args()
    cases = [json.loads(line) for line in open(a.data, encoding="utf-8") if line.strip()]
    text = "\n\n".join(c["text"] for c in cases) + "\n"
    out = subprocess.run([a.binary], input=text.encode(), stdout=subprocess.PIPE, check=True).stdout.decode()

    gold, spans, pos = set(), [], 0
    for c in cases:
        start = pos
        for s in c["sentences"]:
            pos += len(squeeze(s))
            gold.add(pos)
        spans.append((start, pos))
    paragraph_ends = {end for _, end in spans}
    gold -= paragraph_ends
    predicted, pos = set(), 0
    for line in out.split("\n"):
        if line.strip():
            pos += len(squeeze(line))
            predicted.add(pos)
    predicted -= paragraph_ends
    if pos != len(squeeze(text)):
        print("FAIL: the output is not the input up to whitespace")
        return 1

    tp, fp, fn = len(gold & predicted), len(predicted - gold), len(gold - predicted)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    wrong = [c for c, (s, e) in zip(cases, spans) if {b for b in gold if s < b < e} != {b for b in predicted if s < b < e}]
    print(f"news-dev: {len(cases) - len(wrong)}/{len(cases)} paragraphs right, {len(gold)} boundaries: "
          f"P {precision:.4f} R {recall:.4f} F1 {f1:.4f} (false {fp}, missed {fn})")
    squeezed = squeeze(text)
    for c in wrong[: a.show]:
        s, e = spans[cases.index(c)]
        cuts = sorted(b for b in predicted if s < b < e)
        got, last = [], s
        for b in cuts + [e]:
            got.append(squeezed[last:b])
            last = b
        print(f"  #{c['id']} [{c.get('genre', '?')}]\n    want: " + " | ".join(c["sentences"]) +
              "\n    got:  " + " | ".join(got))
    return 0 if precision >= a.min_precision and f1 >= a.min_f1 else 1


if __name__ == "__main__":
    sys.exit(main())
