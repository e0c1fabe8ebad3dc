#!/usr/bin/env python3
"""Output concatenates: a stream of documents (form-feed lines between them)
cut into pieces by GNU parallel at document boundaries, each piece run by its
own process and the outputs joined in order, gives the serial output byte for
byte. Checked three ways, as the README shows them: `parallel --pipe`,
`parallel --pipepart -a FILE` (which reads the file in place, without --pipe's
copying), and `--sshlogin` (over ssh to localhost when the machine lets root
in without a password; else through a stand-in for ssh that runs the remote
command here, which exercises what --sshlogin relies on: the pieces go to the
remote side on standard input and come back in order).

The documents are the texts of the repository's dev sets and examples: page
dumps for clean, articles for the others. Plain output and TSV only: --json
numbers the documents and -c sums them, which no piece can know.

usage: parallel_test.py TOOL DATA_DIR EXAMPLES_DIR [ARG...]
Exits 77 (skipped) when GNU parallel is not installed.
"""
import json
import os
import pathlib
import shutil
import stat
import subprocess
import sys
import tempfile


def documents(tool, data_dir, examples_dir):
    texts = []
    if os.path.basename(tool) == "clean":
        for path in sorted(pathlib.Path(data_dir).glob("clean-dev*.jsonl")):
            texts += [json.loads(line)["input"] for line in path.open(encoding="utf-8")]
        texts += [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(examples_dir, "pages").glob("*.txt"))]
    else:
        for name in ("quotes-dev.jsonl", "quotes-dev2.jsonl", "figures-dev.jsonl", "news-dev.jsonl"):
            path = pathlib.Path(data_dir, name)
            if path.exists():
                texts += [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
        texts += [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(examples_dir).glob("*.txt"))]
    # A form-feed line separates documents; a form feed inside a line is whitespace and is left alone.
    return "".join(t.rstrip("\n") + "\n\f\n" for t in texts if "\f\n" not in t).encode("utf-8")


SSH_STAND_IN = """#!/usr/bin/env bash
# ssh HOST [--] COMMAND...: runs COMMAND here, as ssh runs it on HOST (its words joined, through a shell).
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
  case $1 in -*) shift ;; *) host=$1; shift; break ;; esac
done
[ "${1:-}" = "--" ] && shift
# ssh gives the remote command the account's login shell as SHELL, which
# parallel's remote worker runs the job with: without it the job never runs.
SHELL=$(getent passwd "$(id -u)" | cut -d: -f7)
export SHELL=${SHELL:-/bin/sh}
exec bash -c "$*"
"""


def ssh_command(work):
    try:
        if subprocess.run(["ssh", "-o", "BatchMode=yes", "-o", "ConnectTimeout=3", "localhost", "true"],
                          capture_output=True, timeout=10).returncode == 0:
            return "ssh", "ssh to localhost"
    except (OSError, subprocess.TimeoutExpired):
        pass
    stand_in = pathlib.Path(work, "ssh-here")
    stand_in.write_text(SSH_STAND_IN)
    stand_in.chmod(stand_in.stat().st_mode | stat.S_IXUSR)
    return str(stand_in), "a stand-in for ssh (no passwordless ssh to localhost here)"


def main():
    tool, data_dir, examples_dir, *args = sys.argv[1:]
    if shutil.which("parallel") is None:
        print("skipped: GNU parallel is not installed")
        return 77
    with tempfile.TemporaryDirectory() as work:
        corpus = pathlib.Path(work, "corpus.txt")
        corpus.write_bytes(documents(tool, data_dir, examples_dir))
        command = " ".join([tool] + args)
        serial = subprocess.run([tool] + args, stdin=corpus.open("rb"), capture_output=True, check=True).stdout
        ssh, ssh_how = ssh_command(work)
        # Small blocks, so that the corpus is cut into many pieces.
        cut = ["-k", "--recend", "\f\n", "--block", "40k"]
        ways = {
            "parallel --pipe": ["parallel", "--pipe"] + cut + [command],
            "parallel --pipepart -a FILE": ["parallel", "--pipepart", "-a", str(corpus)] + cut + [command],
            f"parallel --pipe --sshlogin, by {ssh_how}": ["parallel", "--pipe", "--ssh", ssh, "-S", "2/localhost"] +
                                                          cut + [command],
        }
        failed = 0
        print(f"{len(serial)} bytes of serial output from {corpus.stat().st_size} bytes of documents")
        for name, argv in ways.items():
            stdin = None if "--pipepart" in argv else corpus.open("rb")
            run = subprocess.run(argv, stdin=stdin, capture_output=True, timeout=600)
            same = run.returncode == 0 and run.stdout == serial
            print(f"{'same' if same else 'DIFFERENT'}: {name} (exit {run.returncode}, {len(run.stdout)} bytes)")
            if not same:
                failed += 1
                sys.stdout.write(run.stderr.decode("utf-8", "replace")[-2000:])
                for i, (a, b) in enumerate(zip(serial.splitlines(), run.stdout.splitlines())):
                    if a != b:
                        print(f"  first difference, line {i + 1}:\n  serial:   {a[:200]!r}\n  parallel: {b[:200]!r}")
                        break
        return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
