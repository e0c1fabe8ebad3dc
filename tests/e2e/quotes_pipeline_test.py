#!/usr/bin/env python3
"""The pipeline contract for extract-quotes: the quotations of a text and of
split-sentences' output of it are the same (quote, speaker and kind), on
every article of the dev sets. Prints each article that differs and what
differs; exits 1 when more articles differ than --most-differing allows.

usage: quotes_pipeline_test.py EXTRACT_QUOTES SPLIT_SENTENCES DATA... [--most-differing N]
"""
import argparse
import json
import subprocess
import sys


def quotations(binary, text):
    out = subprocess.run([binary, "--json", "--kinds", "direct,partial,scare"], input=text,
                         capture_output=True, check=True).stdout.decode("utf-8")
    return [(r["quote"], r["speaker"], r["kind"]) for r in map(json.loads, out.splitlines())]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("extract_quotes")
    ap.add_argument("split_sentences")
    ap.add_argument("data", nargs="+")
    ap.add_argument("--most-differing", type=int, default=0)
    a = ap.parse_args()
    articles = differing = 0
    for path in a.data:
        with open(path, encoding="utf-8") as f:
            for line in f:
                article = json.loads(line)
                text = article["text"].encode("utf-8")
                split = subprocess.run([a.split_sentences], input=text, capture_output=True, check=True).stdout
                direct, piped = quotations(a.extract_quotes, text), quotations(a.extract_quotes, split)
                articles += 1
                if direct != piped:
                    differing += 1
                    print(f"{article['id']}: on the text {[q for q in direct if q not in piped]}, "
                          f"on split-sentences output {[q for q in piped if q not in direct]}")
    print(f"{differing} of {articles} articles give other quotations on split-sentences output")
    return 1 if differing > a.most_differing else 0


if __name__ == "__main__":
    sys.exit(main())
