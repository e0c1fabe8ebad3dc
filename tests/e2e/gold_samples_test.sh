#!/usr/bin/env bash
# Splits every sample article and compares with its hand-made gold split
# (tests/data/gold/NAME.sentences: one sentence a line, a blank line between
# paragraphs), printing each difference.
# usage: gold_samples_test.sh BINARY EXAMPLES_DIR GOLD_DIR
set -u
binary=$1 examples=$2 gold=$3
passed=0 failed=0
for sample in "$examples"/*.txt; do
  name=$(basename "$sample" .txt)
  expected=$gold/$name.sentences
  if [ ! -f "$expected" ]; then
    echo "FAIL: $name: no gold split $expected"
    failed=$((failed + 1))
    continue
  fi
  if diff -u --label "gold/$name" --label "split-sentences" "$expected" <("$binary" "$sample"); then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
  fi
done
echo "gold samples: $passed passed, $failed failed"
[ "$failed" = 0 ] && [ "$passed" -gt 0 ]
