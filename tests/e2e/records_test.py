#!/usr/bin/env python3
"""Records mode (--records) for any tool, on a corpus made of the sample
articles and page dumps of examples/:

  same      each record gives what its text gives as a document of its own
            (the plain --json findings, with `id` for `document`; the text
            a text tool writes, as the record's text field; the -c tally);
  parallel  the corpus cut into pieces of 100 records by GNU parallel
            (`parallel --pipe -k -N 100`, and `--pipepart` in blocks) and
            processed apart gives the serial output byte for byte, for each
            output the tool has in records mode.

usage: records_test.py same|parallel BINARY EXAMPLES_DIR
Exits 77 (skipped) for `parallel` when GNU parallel is not installed.
"""
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

TEXT_TOOLS = {"split-sentences", "clean"}


def paragraphs(text):
    return [p for p in text.split("\n\n") if p.strip()]


def make_records(examples, count):
    """COUNT records with ids and other members; the texts vary, so that a
    record opens with a quotation whose speaker is in the record before it
    (which a speaker carried over a record's end would take)."""
    texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(examples, "*.txt")))]
    texts += [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(examples, "pages", "*.txt")))]
    records = []
    for n in range(count):
        text = texts[n % len(texts)]
        kind = (n // len(texts)) % 4
        if kind == 1:  # starting half-way: its first quotation may stand alone
            ps = paragraphs(text)
            text = "\n\n".join(ps[len(ps) // 2:] + ps[: len(ps) // 2])
        elif kind == 2:  # CRLF line ends, as some dumps have
            text = text.replace("\n", "\r\n")
        elif kind == 3:  # only the first paragraphs
            text = "\n\n".join(paragraphs(text)[:3])
        record = {"id": f"doc-{n:04d}" if n % 5 else n, "url": f"https://example.org/{n}", "text": text}
        if n % 7 == 0:
            record["meta"] = {"lang": "en", "tags": ["a", "b"]}
        records.append(record)
    return records


def run(command, stdin_bytes=None, stdin_file=None):
    p = subprocess.run(command, input=stdin_bytes, stdin=stdin_file, capture_output=True)
    return p.returncode, p.stdout, p.stderr.decode(errors="replace")


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


def same(binary, records):
    tool = os.path.basename(binary)
    corpus = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()
    checked = 0
    variants = [["--json"]] + ([[]] if tool in TEXT_TOOLS else []) + ([["-c"]] if tool == "count-figures" else [])
    for args in variants:
        status, out, err = run([binary, "--records", *args], corpus)
        if status != 0 or err:
            fail(f"{tool} --records {' '.join(args)}: exit {status}: {err[-300:]}")
        lines = out.decode().splitlines()
        if tool in TEXT_TOOLS and not args:
            # One record back for each record, its text what the tool writes for the text.
            if len(lines) != len(records):
                fail(f"{tool} --records wrote {len(lines)} records for {len(records)}")
            for record, line in zip(records[:24], lines):
                back = json.loads(line)
                want = dict(record)
                _, plain, _ = run([binary], record["text"].encode())
                want["text"] = plain.decode().removesuffix("\n")
                if back != want:
                    fail(f"{tool} --records: record {record['id']} written back as {line[:300]}, "
                         f"not with the text of `{tool}` on its text")
                if list(back) != list(record):
                    fail(f"{tool} --records: record {record['id']}: members out of order")
                checked += 1
            continue
        by_id = {}
        for line in lines:
            obj = json.loads(line)
            by_id.setdefault(json.dumps(obj.pop("id")), []).append(obj)
        for record in records[:24]:
            # Records mode writes findings as JSON with or without --json.
            _, plain, _ = run([binary, *args, "--json"], record["text"].encode())
            want = []
            for line in plain.decode().splitlines():
                obj = json.loads(line)
                if obj.pop("document", 0) != 0:
                    fail(f"{tool} {' '.join(args)}: a document index other than 0 for one text")
                obj.pop("file", None)
                want.append(obj)
            got = by_id.get(json.dumps(record["id"]), [])
            if got != want:
                fail(f"{tool} --records {' '.join(args)}: record {record['id']} gives {json.dumps(got)[:400]}\n"
                     f"but its text alone gives {json.dumps(want)[:400]}")
            checked += 1
    print(f"{tool}: {checked} records give what their texts give alone")


def parallel(binary, records):
    tool = os.path.basename(binary)
    if not shutil.which("parallel"):
        print("skipped: GNU parallel is not installed (apt-get install parallel)")
        return 77
    variants = [[]]
    if tool in TEXT_TOOLS:
        variants.append(["--json"])
    if tool == "count-figures":
        variants.append(["-c"])
    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "corpus.jsonl")
        with open(corpus, "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        for args in variants:
            command = [binary, "--records", *args]
            with open(corpus, "rb") as stdin:
                status, serial, err = run(command, stdin_file=stdin)
            if status != 0 or err:
                fail(f"{' '.join(command)}: exit {status}: {err[-300:]}")
            ways = {
                "--pipe -k -N 100": ["parallel", "--will-cite", "--pipe", "-k", "-N", "100", *command],
                "--pipepart --block 200k": ["parallel", "--will-cite", "--pipepart", "-a", corpus, "-k",
                                            "--block", "200k", *command],
            }
            for way, cut in ways.items():
                with open(corpus, "rb") as stdin:
                    status, pieces, err = run(cut, stdin_file=stdin)
                if status != 0:
                    fail(f"parallel {way} {tool}: exit {status}: {err[-300:]}")
                if pieces != serial:
                    fail(f"parallel {way} {tool} --records {' '.join(args)}: {len(pieces)} bytes, "
                         f"not the {len(serial)} of the serial run")
                print(f"ok: parallel {way} {tool} --records {' '.join(args)}: {len(serial)} bytes, as serial")
    return 0


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ("same", "parallel"):
        print(__doc__)
        return 2
    what, binary, examples = sys.argv[1:]
    if what == "same":
        same(binary, make_records(examples, 48))
        return 0
    return parallel(binary, make_records(examples, 450))


if __name__ == "__main__":
    sys.exit(main())
