#!/usr/bin/env bash
# The bad-input conventions of shared/spec/conventions.md, for any tool:
# exit statuses, the exact messages on stderr, and that no byte of the good
# input is lost. Then the tool's own part, PROFILE (tests/data/TOOL/bad-input.sh),
# sourced with the helpers below; it may set `sample` (a paragraph on which
# the tool finds something) and `comparable` (a filter that drops what must
# differ between two encodings of the same text, such as byte offsets)
# before calling shared_checks, then add checks of its own.
# usage: bad_input_test.sh BINARY [PROFILE]
set -u
bin=$(realpath "$1") name=$(basename "$1")
profile=${2:+$(realpath "$2")}
work=$(mktemp -d) && trap 'chmod -R u+rwx "$work"; rm -rf "$work"' EXIT
cd "$work" || exit 1
passed=0 failed=0
check() {  # check DESCRIPTION CONDITION...
  local what=$1; shift
  if "$@"; then passed=$((passed + 1)); else echo "FAIL: $what"; failed=$((failed + 1)); fi
}
run() {  # run ARGS... (stdin from $input): sets out, err, status; files out.txt, err.txt
  "$bin" "$@" < "${input:-/dev/null}" > out.txt 2> err.txt
  status=$?
  out=$(cat out.txt) err=$(cat err.txt)
}
same() { cmp -s "$1" "$2"; }
# What two runs must agree on; a profile may narrow it.
comparable() { cat; }
sample='The minister said on Tuesday that almost 10,000 people had left. "We will not give in," he said.'
# Enough output to fill a pipe: 20000 paragraphs. A profile may make them differ
# (clean drops a paragraph that repeats one before it).
many_paragraphs() { yes "$sample" | head -n 20000 | sed 's/$/\n/'; }

shared_checks() {
  printf '%s\n\n%s\n' "$sample" "$sample" > good.txt
  run good.txt; cp out.txt good.out
  check "a sample: exit 0, output, no message" [ "$status" = 0 -a -s good.out -a -z "$err" ]

  # --- invalid UTF-8 and NUL: replaced, one warning, nothing else changed
  printf 'Good line.\n\nBad \xff byte. Another \xfe one. %s\n' "$sample" > invalid.txt
  printf 'Good line.\n\nBad \xef\xbf\xbd byte. Another \xef\xbf\xbd one. %s\n' "$sample" > replaced.txt
  run replaced.txt; comparable < out.txt > replaced.out
  run invalid.txt
  check "invalid UTF-8: exit 0" [ "$status" = 0 ]
  check "invalid UTF-8: one warning naming file, line and byte" \
    [ "$err" = "$name: invalid.txt: warning: invalid UTF-8 at line 3, byte 16; replaced by U+FFFD" ]
  check "invalid UTF-8: the output of the text with U+FFFD in place" same <(comparable < out.txt) replaced.out
  run --strict invalid.txt
  check "--strict: exit 2" [ "$status" = 2 ]
  check "--strict: error message" [ "$err" = "$name: invalid.txt: invalid UTF-8 at line 3, byte 16" ]
  printf 'Good line.\n' > before-bad.txt
  "$bin" before-bad.txt > before-bad.out 2>/dev/null
  check "--strict: the paragraphs before the bad byte are written" same out.txt before-bad.out
  printf 'Nul\0here. %s\n' "$sample" > nul.txt
  printf 'Nul\xef\xbf\xbdhere. %s\n' "$sample" > nul-replaced.txt
  run nul-replaced.txt; comparable < out.txt > nul-replaced.out
  run nul.txt
  check "NUL: exit 0 and warned" [ "$status" = 0 -a "$err" = "$name: nul.txt: warning: invalid UTF-8 at line 1, byte 3; replaced by U+FFFD" ]
  check "NUL: as U+FFFD" same <(comparable < out.txt) nul-replaced.out

  # --- line ends, byte-order mark, line separators: the same text
  printf '%s\nwrapped.\n\n%s\n' "$sample" "$sample" > lf.txt
  sed 's/$/\r/' lf.txt > crlf.txt
  tr '\n' '\r' < lf.txt > cr.txt
  { printf '\xef\xbb\xbf'; cat lf.txt; } > bom.txt
  printf '%s\xc2\x85wrapped.\xe2\x80\xa9%s\xe2\x80\xa8' "$sample" "$sample" > separators.txt
  run lf.txt; comparable < out.txt > lf.out
  for variant in crlf cr bom separators; do
    run $variant.txt
    check "$variant: exit 0, no message" [ "$status" = 0 -a -z "$err" ]
    check "$variant: the same as LF" same <(comparable < out.txt) lf.out
  done
  printf 'Start of it. \xef\xbb\xbfMiddle. \xe2\x80\x8bEnd.\n\n\xef\xbb\xbf\n' > invisible.txt
  run invisible.txt
  check "a mid-text BOM or zero-width space: exit 0" [ "$status" = 0 -a -z "$err" ]
  check "no output line is only invisible characters" [ -z "$(grep -xE $'(\xef\xbb\xbf|\xe2\x80\x8b)+' out.txt)" ]

  # --- empty input
  : > empty.txt
  run empty.txt
  check "empty input: exit 0, no output" [ "$status" = 0 -a -z "$out" -a -z "$err" ]
  printf '  \n\t\n\n' > blank.txt
  run blank.txt
  check "blank input: exit 0, no output" [ "$status" = 0 -a -z "$out" -a -z "$err" ]
  input=empty.txt run
  check "empty standard input: exit 0" [ "$status" = 0 -a -z "$out" ]
  input=good.txt run -
  check "'-' is standard input" same out.txt good.out

  # --- files that cannot be read, among good ones
  "$bin" --no-filename good.txt lf.txt > two.out 2>/dev/null
  run --no-filename good.txt no-such-file.txt lf.txt
  check "missing file: exit 2" [ "$status" = 2 ]
  check "missing file: message" [ "$err" = "$name: no-such-file.txt: No such file or directory" ]
  check "missing file: the other files are read, nothing lost" same out.txt two.out
  mkdir a-directory
  run --no-filename good.txt a-directory lf.txt
  check "directory: exit 2 and message" [ "$status" = 2 -a "$err" = "$name: a-directory: Is a directory" ]
  check "directory: the other files are read, nothing lost" same out.txt two.out
  if [ "$(id -u)" != 0 ]; then
    cp lf.txt locked.txt && chmod 000 locked.txt
    run locked.txt
    check "unreadable file: exit 2 and message" [ "$status" = 2 -a "$err" = "$name: locked.txt: Permission denied" ]
  fi

  # --- documents: a form-feed line is passed through, and output concatenates
  { cat good.txt; printf '\f\n'; cat lf.txt; } > documents.txt
  "$bin" lf.txt > lf.plain
  run documents.txt
  check "documents: exit 0" [ "$status" = 0 -a -z "$err" ]
  check "documents: the output of each document, a \\f line between" same out.txt <(cat good.out; printf '\f\n'; cat lf.plain)
  { printf '\f\n'; cat good.txt; printf '\f\n'; } > edges.txt
  run edges.txt
  check "documents: separators at the start and end pass through" same out.txt <(printf '\f\n'; cat good.out; printf '\f\n')

  # --- output that cannot be written
  many_paragraphs > many.txt
  "$bin" many.txt 2> err.txt | head -n 1 > /dev/null
  statuses=("${PIPESTATUS[@]}")
  check "closed pipe: quiet" [ ! -s err.txt ]
  check "closed pipe: ended by SIGPIPE like cat" [ "${statuses[0]}" = 141 ]
  "$bin" good.txt > /dev/full 2> err.txt; status=$?
  check "full disk: exit 2 and reported" [ "$status" = 2 -a "$(cat err.txt)" = "$name: write error: No space left on device" ]
  "$bin" --help > /dev/full 2> err.txt; status=$?
  check "full disk on --help: exit 2" [ "$status" = 2 ]

  # --- over-long paragraphs
  run --max-paragraph 64 many.txt
  check "long paragraphs: processed, no error" [ "$status" = 0 ]
  tr -d '\n\n' < many.txt | head -c 20000 > one-long.txt
  run --max-paragraph 256 one-long.txt
  check "a long paragraph: one warning" [ "$(grep -c 'processed in pieces' err.txt)" = 1 -a "$(wc -l < err.txt)" = 1 ]
  { head -c 300 one-long.txt; printf '\n\nShort one.\n\n'; head -c 300 one-long.txt; } > two-long.txt
  run --max-paragraph 128 two-long.txt
  check "two long paragraphs: a warning for each" [ "$(grep -c 'processed in pieces' err.txt)" = 2 ]
  { printf 'Intro.\n\n'; head -c 200000 /dev/zero | tr '\0' ' '; printf '\n\n%s\n' "$sample"; } > long-blank.txt
  run --max-paragraph 1K long-blank.txt
  check "a long blank line: no warning" [ -z "$err" ]

  # --- random bytes
  head -c 200000 /dev/urandom > random.bin
  run random.bin
  check "random bytes: exit 0" [ "$status" = 0 ]
  check "random bytes: output is valid UTF-8" python3 -c 'import sys; open(sys.argv[1], "rb").read().decode("utf-8")' out.txt
  run --json random.bin
  check "random bytes, --json: one JSON object a line" python3 -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    assert isinstance(json.loads(line), dict)' out.txt

  # --- records mode: a bad record is reported with its line and skipped, the others processed
  python3 -c 'import json, sys; s = sys.argv[1]
print(json.dumps({"id": 1, "text": s})); print("not json"); print(json.dumps({"id": 3, "text": s}))' "$sample" > records.jsonl
  run --records records.jsonl
  check "a bad record: exit 2" [ "$status" = 2 ]
  check "a bad record: its file and line named" [ "$err" = "$name: records.jsonl:2: bad JSON: a word that is not true, false or null" ]
  check "a bad record: the records around it processed" \
    [ "$(python3 -c 'import json, sys; print(sorted({json.loads(l)["id"] for l in open(sys.argv[1])}))' out.txt)" = "[1, 3]" ]
  run --records random.bin
  check "--records on random bytes: exit 2" [ "$status" = 2 ]
  check "--records on random bytes: every message names the file and a line" \
    [ -z "$(grep -av "^$name: random.bin:[0-9]*: " err.txt)" ]
  if "$bin" --help | grep -q -- '--quiet'; then
    run -q --records records.jsonl
    check "-q --records with something found: exit 0" [ "$status" = 0 -a -z "$out" ]
  fi

  # --- names and options
  printf '%s\n' "$sample" > $'bad\xffname.txt'
  run --json -H $'bad\xffname.txt'
  check "JSON with an invalid file name is valid UTF-8" python3 -c 'import sys; open(sys.argv[1], "rb").read().decode("utf-8")' out.txt
  cp good.txt $'tab\tname.txt'
  run -H $'tab\tname.txt'
  check "a tab in a file name is escaped in the name field" [ "$(grep -v $'^\f\\?$' out.txt | grep . | cut -f1 | sort -u)" = 'tab\tname.txt' ]
  run --max-paragraph=lots good.txt
  check "bad size: usage error naming it" [ "$status" = 2 ] && check "bad size: message" grep -q "invalid size 'lots'" err.txt
  run --max-paragraph= good.txt
  check "empty size: usage error" [ "$status" = 2 ]
  run --max-paragraph 1m --max-paragraph 2M good.txt
  check "a single-valued option given twice: the last wins" [ "$status" = 0 ] && check "... same output" same out.txt good.out
  run --no-such-option
  check "unknown option: exit 2, pointing to --help" [ "$status" = 2 ] && check "... message" grep -q -- "Try '$name --help'" err.txt
  run --no-such-option --help
  check "--bogus --help: the bad option wins, as in ls" [ "$status" = 2 -a -z "$out" ]
  run --help --no-such-option
  check "--help --bogus: help, as in ls" [ "$status" = 0 -a -n "$out" ]
  run --json=yes good.txt
  check "a value to a flag: usage error" [ "$status" = 2 ]
  run --version
  check "--version: exit 0, name and licence" [ "$status" = 0 ] && check "... text" grep -q "^$name (newsutils)" out.txt
  if "$bin" --help | grep -q -- '--quiet'; then
    run -q good.txt
    check "-q with something found: exit 0, no output" [ "$status" = 0 -a -z "$out" ]
    run -q empty.txt
    check "-q with nothing found: exit 1" [ "$status" = 1 -a -z "$out" ]
    run -q no-such-file.txt
    check "-q with nothing found and an error: exit 2" [ "$status" = 2 ]
    run -q good.txt no-such-file.txt
    check "-q stops at the first thing found, as grep -q" [ "$status" = 0 -a -z "$err" ]
  fi
}

if [ -n "$profile" ]; then
  # shellcheck source=/dev/null
  . "$profile"
else
  shared_checks
fi
echo "$name bad input: $passed passed, $failed failed"
[ "$failed" = 0 ]
