#!/usr/bin/env python3
"""Properties split-sentences must keep on any text, checked on the samples
and on seeded random text built from the hard parts of news:

1. the output is the input up to whitespace (no character added, lost or changed);
2. each --json record's text is the input between its offsets (soft wraps as
   one space), records are in order and do not overlap;
3. no line of plain output is empty except the one between paragraphs, and
   no line starts or ends with whitespace;
4. splitting the output again changes nothing (the pipeline contract).

usage: property_test.py BINARY [SAMPLE...]   (RANDOM_CASES=N, RANDOM_SEED=S)
"""
import json
import os
import random
import re
import subprocess
import sys

WS = re.compile(r"\s+")
VOCABULARY = (
    "the minister said on Tuesday that almost 10,000 people were detained . ! ? ... … "
    "Mr. Mrs. Dr. Gen. St. Jan. 5 No. 10 U.S. U.K. e.g. i.e. etc. a.m. p.m. Inc. Co. vs. "
    "J. R. Tolkien George W. Bush 3.5% $1.2 1.2.3 10.30 https://example.org/a.html press@example.org "
    "\" \" “ ” ‘ ’ ' ( ) [ ] « » — – - I The He It They However "
    "Smith asked stressed told don’t '90s café Émile Kraków 北京 مرحبا"
).split()
# A list marker means something only beside the next one ("(1)" at a line
# start is an item, in mid-line it needs a "(2)" after it), so re-splitting
# text strewn with markers at random may differ: property 4 is checked on
# random text without them.
LIST_MARKERS = "• 1) 2) 1. 2. a. b. (1) (2)".split()
SPACES = [" "] * 30 + ["\n"] * 4 + ["\n\n"] * 2 + ["\u00a0", "  ", "\t", " \n  "]


def random_text(rng, with_list_markers):
    vocabulary = VOCABULARY + LIST_MARKERS if with_list_markers else VOCABULARY
    parts = []
    for _ in range(rng.randint(1, 80)):
        word = rng.choice(vocabulary)
        if rng.random() < 0.15:
            word += rng.choice([".", ",", "!", "?", ".”", ".\"", "?’", ")", ":"])
        parts.append(word)
        parts.append(rng.choice(SPACES))
    return "".join(parts)


def squeeze(text):
    return WS.sub("", text)


def unwrap(text):
    return re.sub(r"[ \t]*\n[ \t]*", " ", text)


def run(binary, args, data):
    p = subprocess.run([binary, *args], input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        raise AssertionError(f"exit {p.returncode}: {p.stderr.decode(errors='replace')}")
    return p.stdout


def check(binary, text, label, idempotent=True):
    data = text.encode("utf-8")
    problems = []
    for args in ([], ["--keep-quotes"], ["--lines"]):
        out = run(binary, args, data).decode("utf-8")
        if squeeze(out) != squeeze(text):
            problems.append(f"{args}: output is not the input up to whitespace")
        lines = out.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        for i, line in enumerate(lines):
            if line == "" and (i == 0 or i == len(lines) - 1 or lines[i - 1] == ""):
                problems.append(f"{args}: stray empty line {i + 1}")
            if line != line.strip():
                problems.append(f"{args}: line {i + 1} has surrounding whitespace: {line!r}")
        if not args and idempotent:
            again = run(binary, [], out.encode("utf-8")).decode("utf-8")
            if again != out:
                problems.append("splitting the output again changed it")
    previous_end = 0
    for record in map(json.loads, run(binary, ["--json"], data).decode("utf-8").splitlines()):
        piece = data[record["start"]:record["end"]].decode("utf-8")
        if unwrap(piece) != record["text"]:
            problems.append(f"json offsets {record['start']}:{record['end']} give {piece!r}, text {record['text']!r}")
        if record["start"] < previous_end or record["end"] <= record["start"]:
            problems.append(f"json record out of order: {record}")
        previous_end = record["end"]
    if problems:
        print(f"FAIL: {label}:\n  " + "\n  ".join(problems[:5]) + f"\n  text: {text[:400]!r}")
    return not problems


def main():
    binary, samples = sys.argv[1], sys.argv[2:]
    cases = int(os.environ.get("RANDOM_CASES", "300"))
    rng = random.Random(int(os.environ.get("RANDOM_SEED", "2026")))
    passed = failed = 0
    for path in samples:
        with open(path, encoding="utf-8") as f:
            ok = check(binary, f.read(), path)
        passed, failed = passed + ok, failed + (not ok)
    for i in range(cases):
        with_markers = i % 2 == 1
        ok = check(binary, random_text(rng, with_markers), f"random case {i}", idempotent=not with_markers)
        passed, failed = passed + ok, failed + (not ok)
    print(f"property test: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
