#!/usr/bin/env bash
# The 52 English Golden Rules, scored by the shared evaluation script when the
# shared/ folder is beside the checkout; skipped (77) when it is not.
# usage: golden_rules_test.sh BINARY SHARED_DIR
set -u
binary=$1 shared=$2
scorer=$shared/eval/score-sentences.py
if [ ! -f "$scorer" ]; then
  echo "skipped: $scorer not found"
  exit 77
fi
result=$(python3 "$scorer" --show 52 -- "$binary") || { echo "$result"; exit 1; }
echo "$result"
grep -q 'golden: 52/52 cases correct' <<< "$result"
