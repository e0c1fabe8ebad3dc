#!/usr/bin/env python3
"""Peak memory stays bounded whatever the input: streams SIZE megabytes of
news-like text with no newline at all (one paragraph, one line) into the tool
and checks its peak resident set size (ru_maxrss) against a limit.

usage: memory_test.py [--launcher PEAK_RSS] [--records] BINARY [SIZE_MB] [LIMIT_MB] [ARG...]   (defaults 1024 and 32)

With --records the same text is the text of one JSON Lines record, too long
for --max-document, and a short record follows it: the tool in records mode
must skip the long one (exit status 2, a message naming its line) without
holding it, and process the next.

With --launcher (bench/peak_rss.cpp) the peak is the tool's own; without it,
the children's ru_maxrss also counts the share of this Python process that
the child inherited at fork, which can only overstate it.
"""
import resource
import subprocess
import sys
import tempfile
import time


def main():
    args = sys.argv[1:]
    launcher = []
    if args[:1] == ["--launcher"]:
        launcher, args = [args[1]], args[2:]
    records = args[:1] == ["--records"]
    if records:
        args = args[1:]
    binary = args[0]
    size_mb = int(args[1]) if len(args) > 1 else 1024
    limit_mb = int(args[2]) if len(args) > 2 else 32
    extra = args[3:] + (["--records"] if records else [])
    sentence = ("The minister said on Tuesday that almost 10,000 people, e.g. Mr. Smith, were detained in the U.S. "
                "\u201cWe will not give in,\u201d he said, as prices rose 3.5% to $8.9bn. ")
    block = (sentence * (1024 * 1024 // len(sentence) + 1))[: 1024 * 1024].encode()
    after = '{"id": 2, "text": "\\"We left,\\" she said after 3 days."}\n'.encode()
    start = time.perf_counter()
    output = tempfile.TemporaryFile()
    p = subprocess.Popen([*launcher, binary, *extra], stdin=subprocess.PIPE, stdout=output, stderr=subprocess.PIPE)
    try:
        if records:
            p.stdin.write(b'{"id": 1, "text": "')
        for _ in range(size_mb):
            p.stdin.write(block)
        if records:
            p.stdin.write(b'"}\n' + after)
        p.stdin.close()
    except BrokenPipeError:
        pass
    err = p.stderr.read().decode(errors="replace")
    status = p.wait()
    seconds = time.perf_counter() - start
    if launcher:
        peak_mb = int(err.rstrip().rsplit("peak-rss: ", 1)[1].split()[0]) / 1024
    else:
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{binary} {' '.join(extra)}: {size_mb} MB without a newline in {seconds:.1f} s, "
          f"exit {status}, peak RSS {peak_mb:.1f} MB (limit {limit_mb} MB)")
    if records:
        output.seek(0)
        written = output.read().decode(errors="replace")
        name = binary.rsplit("/", 1)[-1]
        if status != 2 or f"{name}: -:1: record longer than" not in err:
            print(f"FAIL: exit status {status}, not 2 with a message on the long record: {err[-300:]}")
            return 1
        if '"id": 2' not in written and '"id":2' not in written:
            print(f"FAIL: the record after the long one is not in the output: {written[-300:]}")
            return 1
        if peak_mb > limit_mb:
            print("FAIL: peak RSS over the limit")
            return 1
        return 0
    if status != 0:
        print(f"FAIL: exit status {status}: {err[-300:]}")
        return 1
    if "processed in pieces" not in err:
        print("FAIL: no warning about the over-long paragraph")
        return 1
    if peak_mb > limit_mb:
        print("FAIL: peak RSS over the limit")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
