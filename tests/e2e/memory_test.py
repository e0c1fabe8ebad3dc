#!/usr/bin/env python3
"""Peak memory stays bounded whatever the input: streams SIZE megabytes of
news-like text with no newline at all (one paragraph, one line) into the tool
and checks its peak resident set size (ru_maxrss) against a limit.

usage: memory_test.py BINARY [SIZE_MB] [LIMIT_MB] [ARG...]   (defaults 1024 and 32)
"""
import resource
import subprocess
import sys
import time


def main():
    binary = sys.argv[1]
    size_mb = int(sys.argv[2]) if len(sys.argv) > 2 else 1024
    limit_mb = int(sys.argv[3]) if len(sys.argv) > 3 else 32
    extra = sys.argv[4:]
    sentence = "The minister said on Tuesday that almost 10,000 people, e.g. Mr. Smith, were detained in the U.S. "
    block = (sentence * (1024 * 1024 // len(sentence) + 1))[: 1024 * 1024].encode()
    start = time.perf_counter()
    p = subprocess.Popen([binary, *extra], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        for _ in range(size_mb):
            p.stdin.write(block)
        p.stdin.close()
    except BrokenPipeError:
        pass
    err = p.stderr.read().decode(errors="replace")
    status = p.wait()
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{binary} {' '.join(extra)}: {size_mb} MB without a newline in {seconds:.1f} s, "
          f"exit {status}, peak RSS {peak_mb:.1f} MB (limit {limit_mb} MB)")
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
