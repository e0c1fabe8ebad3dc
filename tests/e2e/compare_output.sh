#!/usr/bin/env bash
# Runs one end-to-end case from the case's directory: BINARY with the
# arguments in CASE.args (one a line; @CASE@ stands for CASE.txt, which is
# otherwise appended), reading CASE.stdin when it exists, and compares
# standard output with CASE.expected, standard error with CASE.stderr
# (empty when there is none) and the exit status with CASE.status (default
# 0). CASE may hold dots ("json.per-file").
# usage: compare_output.sh BINARY CASE_PATH_WITHOUT_EXTENSION
set -u
binary=$(realpath "$1") case=$(basename "$2")
cd "$(dirname "$2")" || exit 1
args=() placed=no
if [ -f "$case.args" ]; then
  while IFS= read -r line || [ -n "$line" ]; do
    [ -z "$line" ] && continue
    [ "$line" = "@CASE@" ] && { line="$case.txt"; placed=yes; }
    args+=("$line")
  done < "$case.args"
fi
[ $placed = no ] && [ ! -f "$case.stdin" ] && [ -f "$case.txt" ] && args+=("$case.txt")
actual=$(mktemp) && errors=$(mktemp) && trap 'rm -f "$actual" "$errors"' EXIT
if [ -f "$case.stdin" ]; then
  "$binary" "${args[@]}" < "$case.stdin" > "$actual" 2> "$errors"
else
  "$binary" "${args[@]}" < /dev/null > "$actual" 2> "$errors"
fi
status=$?
want_status=$(cat "$case.status" 2>/dev/null || echo 0)
failed=0
if ! diff -u --label "$case.expected" --label "standard output" "$case.expected" "$actual"; then
  echo "FAIL: $case: output differs from $case.expected (- expected, + actual)"
  failed=1
fi
want_errors=/dev/null
[ -f "$case.stderr" ] && want_errors=$case.stderr
if ! diff -u --label "$case.stderr" --label "standard error" "$want_errors" "$errors"; then
  echo "FAIL: $case: standard error differs from ${want_errors##*/} (- expected, + actual)"
  failed=1
fi
if [ "$status" != "$want_status" ]; then
  echo "FAIL: $case: exit status $status, expected $want_status"
  failed=1
fi
[ $failed = 0 ] && echo "ok: $case"
exit $failed
