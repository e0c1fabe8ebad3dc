#!/usr/bin/env bash
# Runs one end-to-end case from the case's directory: BINARY with the
# arguments in CASE.args (one a line; @CASE@ stands for CASE.txt, which is
# otherwise appended), reading CASE.stdin when it exists, and compares
# standard output with CASE.expected and the exit status with CASE.status
# (default 0).
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
[ $placed = no ] && [ ! -f "$case.stdin" ] && args+=("$case.txt")
actual=$(mktemp) && trap 'rm -f "$actual"' EXIT
if [ -f "$case.stdin" ]; then
  "$binary" "${args[@]}" < "$case.stdin" > "$actual"
else
  "$binary" "${args[@]}" > "$actual"
fi
status=$?
want_status=$(cat "$case.status" 2>/dev/null || echo 0)
if ! diff -u "$case.expected" "$actual"; then
  echo "FAIL: $case: output differs from $case.expected (- expected, + actual)"
  exit 1
fi
if [ "$status" != "$want_status" ]; then
  echo "FAIL: $case: exit status $status, expected $want_status"
  exit 1
fi
echo "ok: $case"
