#!/usr/bin/env bash
# The bad-input cases of conventions.md, run against a built tool.
# usage: bad_input_test.sh BINARY
set -u
bin=$(realpath "$1") name=$(basename "$1")
work=$(mktemp -d) && trap 'chmod -R u+rwx "$work"; rm -rf "$work"' EXIT
cd "$work" || exit 1
passed=0 failed=0
check() {  # check DESCRIPTION CONDITION...
  local what=$1; shift
  if "$@"; then passed=$((passed + 1)); else echo "FAIL: $what"; failed=$((failed + 1)); fi
}
run() {  # run ARGS... (stdin from $input): sets out, err, status
  "$bin" "$@" < "${input:-/dev/null}" > out.txt 2> err.txt
  status=$?
  out=$(cat out.txt) err=$(cat err.txt)
}

printf 'Good line.\n\nBad \xff byte. Another \xfe one.\n' > invalid.txt
run invalid.txt
check "invalid UTF-8: exit 0" [ "$status" = 0 ]
check "invalid UTF-8: replaced by U+FFFD" grep -q $'Bad \xef\xbf\xbd byte.' out.txt
check "invalid UTF-8: one warning naming file, line and byte" \
  [ "$err" = "$name: invalid.txt: warning: invalid UTF-8 at line 3, byte 16; replaced by U+FFFD" ]
run --strict invalid.txt
check "--strict: exit 2" [ "$status" = 2 ]
check "--strict: error message" [ "$err" = "$name: invalid.txt: invalid UTF-8 at line 3, byte 16" ]
check "--strict: the paragraphs before the bad byte are written" [ "$out" = "Good line." ]

printf 'Nul\0here. Next.\n' > nul.txt
run nul.txt
check "NUL: exit 0" [ "$status" = 0 ]
check "NUL: replaced by U+FFFD" grep -q $'Nul\xef\xbf\xbdhere.' out.txt
check "NUL: warned" grep -q 'invalid UTF-8 at line 1, byte 3' err.txt

printf 'One line.\nwrapped. Two.\n\nThree.\n' > lf.txt
printf 'One line.\r\nwrapped. Two.\r\n\r\nThree.\r\n' > crlf.txt
printf 'One line.\rwrapped. Two.\r\rThree.\r' > cr.txt
run lf.txt; lf_out=$out
run crlf.txt
check "CRLF: same sentences as LF" [ "$out" = "$lf_out" ]
check "CRLF: no warning" [ -z "$err" ]
run cr.txt
check "CR: same sentences as LF" [ "$out" = "$lf_out" ]
printf '\xef\xbb\xbfOne line.\nwrapped. Two.\n\nThree.\n' > bom.txt
run bom.txt
check "BOM: skipped" [ "$out" = "$lf_out" ]

: > empty.txt
run empty.txt
check "empty input: exit 0, no output" [ "$status" = 0 -a -z "$out" -a -z "$err" ]
printf '  \n\t\n\n' > blank.txt
run blank.txt
check "blank input: exit 0, no output" [ "$status" = 0 -a -z "$out" -a -z "$err" ]
input=empty.txt run
check "empty standard input: exit 0" [ "$status" = 0 -a -z "$out" ]

run lf.txt no-such-file.txt cr.txt
check "missing file: exit 2" [ "$status" = 2 ]
check "missing file: message" [ "$err" = "$name: no-such-file.txt: No such file or directory" ]
check "missing file: the other files are read" [ "$(grep -c Three out.txt)" = 2 ]
mkdir a-directory
run a-directory lf.txt
check "directory: exit 2" [ "$status" = 2 ]
check "directory: message" [ "$err" = "$name: a-directory: Is a directory" ]
check "directory: the other files are read" grep -q Three out.txt
if [ "$(id -u)" != 0 ]; then
  cp lf.txt locked.txt && chmod 000 locked.txt
  run locked.txt
  check "unreadable file: exit 2 and message" [ "$status" = 2 -a "$err" = "$name: locked.txt: Permission denied" ]
fi

yes 'A sentence here. And another one.' | head -n 200000 > many.txt
"$bin" many.txt 2> err.txt | head -n 1 > /dev/null
statuses=("${PIPESTATUS[@]}")
check "closed pipe: quiet" [ ! -s err.txt ]
check "closed pipe: ended by SIGPIPE like cat" [ "${statuses[0]}" = 141 ]
"$bin" lf.txt > /dev/full 2> err.txt; status=$?
check "full disk: exit 2" [ "$status" = 2 ]
check "full disk: reported" [ "$(cat err.txt)" = "$name: write error: No space left on device" ]
"$bin" --help > /dev/full 2> err.txt; status=$?
check "full disk on --help: exit 2" [ "$status" = 2 ]

run --max-paragraph 64 many.txt
check "long paragraph: processed with a warning" grep -q 'processed in pieces' err.txt
check "long paragraph: one warning for it" [ "$(wc -l < err.txt)" = 1 ]
check "long paragraph: nothing lost" [ "$(tr -d ' \n' < out.txt)" = "$(tr -d ' \n' < many.txt)" ]
{ head -c 300 many.txt; printf '\n\nShort one.\n\n'; head -c 300 many.txt; } > two-long.txt
run --max-paragraph 128 two-long.txt
check "two long paragraphs: a warning for each" [ "$(grep -c 'processed in pieces' err.txt)" = 2 ]
{ printf 'Intro.\n\n'; head -c 200000 /dev/zero | tr '\0' ' '; printf '\n\nHello there.\n'; } > long-blank.txt
run --json --max-paragraph 64 long-blank.txt
check "a long blank line: no warning" [ -z "$err" ]
check "a long blank line: not a paragraph" grep -q '"text":"Hello there.".*"paragraph":1' out.txt
printf 'First ok.\n\nBad \xff here.\n\n' > strict1.txt
yes 'Filler sentence here.' | head -n 5000 | sed 's/$/\n/' >> strict1.txt
printf 'Second file.\n' > strict2.txt
run --json --strict --no-filename strict1.txt strict2.txt
check "--strict: later files keep their concatenated offsets" \
  grep -q "\"start\":$(stat -c %s strict1.txt),.*\"paragraph\":5002" out.txt
run --max-paragraph 1m lf.txt
check "size suffixes in either case" [ "$status" = 0 ]
mkdir list-dir
run --abbreviations list-dir lf.txt
check "--abbreviations with a directory: exit 2 and message" [ "$status" = 2 -a "$err" = "$name: list-dir: Is a directory" ]
printf '\xef\xbb\xbf[never]\nAcad\n' > bom-list.txt
input=/dev/stdin run --abbreviations bom-list.txt <<< 'Acad. The end.'
check "--abbreviations with a byte-order mark: section kept" [ "$out" = "Acad. The end." ]
printf 'Hello there.\n' > $'bad\xffname.txt'
run --json -H $'bad\xffname.txt'
check "JSON with an invalid file name is valid UTF-8" python3 -c 'import sys; open(sys.argv[1], "rb").read().decode("utf-8")' out.txt
run --max-paragraph=lots lf.txt
check "bad size: usage error" [ "$status" = 2 ]
check "bad size: message" grep -q "invalid size 'lots'" err.txt
run --no-such-option
check "unknown option: exit 2" [ "$status" = 2 ]
check "unknown option: points to --help" grep -q -- "--help" err.txt

echo "$name bad input: $passed passed, $failed failed"
[ "$failed" = 0 ]
