#!/usr/bin/env bash
# Runs every libFuzzer target of a fuzz build for SECONDS each, one after the
# other, and exits non-zero when any of them finds a crash, a failed check,
# a leak or a hang. It builds nothing: build the targets first with
#   cmake -S . -B build-fuzz -DNEWSUTILS_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++
#   cmake --build build-fuzz -j2
# Each target starts from a seed corpus made from tests/data (the e2e inputs
# of its tool and the texts of the dev sets, each cut to 64 KB; for the list
# targets a list, a NUL and a text) and from the inputs that once failed
# (tests/fuzz/corpus/TARGET/), and adds what it finds to a corpus kept in the
# build directory, so that runs spread over sessions build on each other.
# A failing input is left in BUILD_DIR/fuzz/artifacts/TARGET/; replay it with
# `BUILD_DIR/tests/fuzz/TARGET FILE`, and keep it in tests/fuzz/corpus/TARGET/
# once fixed so that ctest replays it.
# usage: tests/fuzz/run-fuzzers.sh SECONDS [BUILD_DIR [TARGET...]]
#   BUILD_DIR defaults to build-fuzz in the checkout; TARGET to every *_fuzzer in it.
set -u
if [ $# -lt 1 ] || ! [[ $1 =~ ^[0-9]+$ ]] || [ "$1" = 0 ]; then
  echo "usage: $0 SECONDS [BUILD_DIR [TARGET...]]" >&2
  exit 2
fi
seconds=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(realpath "${2:-$root/build-fuzz}")
shift $(($# < 2 ? $# : 2))
bin_dir=$build/tests/fuzz
if [ $# -gt 0 ]; then
  targets=("$@")
else
  targets=()
  for f in "$bin_dir"/*_fuzzer; do [ -x "$f" ] && targets+=("$(basename "$f")"); done
fi
if [ ${#targets[@]} = 0 ]; then
  echo "$0: no *_fuzzer in $bin_dir: build with -DNEWSUTILS_FUZZ=ON first" >&2
  exit 2
fi
work=$build/fuzz

# make_seeds TARGET DIR: the seed corpus of TARGET from tests/data.
make_seeds() {
  rm -rf "$2" && mkdir -p "$2" || return 1
  python3 - "$root" "$1" "$2" <<'EOF'
import json, pathlib, sys

root, target, out = pathlib.Path(sys.argv[1]), sys.argv[2], pathlib.Path(sys.argv[3])
data = root / "tests" / "data"
LIMIT = 64 * 1024


def inputs(tool):
    """The e2e inputs of a tool."""
    return [p.read_bytes() for p in sorted((data / tool).iterdir()) if p.suffix in (".txt", ".stdin")]


def records(pattern, field):
    """One field of every record of the dev sets named by pattern."""
    texts = []
    for path in sorted(data.glob(pattern)):
        for line in path.open(encoding="utf-8"):
            if line.strip():
                texts.append(json.loads(line)[field].encode())
    return texts


def with_lists(lists, texts):
    """A list, a NUL and a text (the list targets' input), each list with every text in turn; and each list alone."""
    return lists + [lists[i % len(lists)] + b"\0" + text for i, text in enumerate(texts)]


every_tool = ["split-sentences", "count-figures", "extract-quotes", "clean"]
if target == "split_fuzzer":
    seeds = inputs("split-sentences") + records("news-dev*.jsonl", "text")
elif target == "abbreviations_fuzzer":
    lists = [(data / "split-sentences" / "abbreviations.list").read_bytes(),
             (root / "common" / "sentences" / "data" / "abbreviations.txt").read_bytes()]
    seeds = with_lists(lists, inputs("split-sentences") + records("news-dev.jsonl", "text")[:50])
elif target == "figures_fuzzer":
    seeds = inputs("count-figures") + records("figures-dev*.jsonl", "text")
elif target == "quotes_fuzzer":
    seeds = inputs("extract-quotes") + records("quotes-dev*.jsonl", "text")
elif target == "clean_fuzzer":
    seeds = inputs("clean") + records("clean-dev*.jsonl", "input")
elif target == "boilerplate_fuzzer":
    lists = [(root / "common" / "clean" / "data" / "boilerplate.txt").read_bytes(),
             b"[line]\nRead more\n[prefix]\nAdvertisement\n[phrase]\nall rights reserved\n"]
    seeds = with_lists(lists, inputs("clean") + records("clean-dev.jsonl", "input"))
elif target == "records_fuzzer":  # the records of the e2e cases, and lines of the dev sets
    seeds = [p.read_bytes() for tool in every_tool for p in sorted((data / tool).glob("records*"))
             if p.suffix in (".txt", ".stdin")]
    seeds += [line.encode() for path in sorted(data.glob("*-dev.jsonl")) for line in path.open(encoding="utf-8")][:200]
else:  # the input side and the writers: every tool's inputs
    seeds = [s for tool in every_tool for s in inputs(tool)]
for i, seed in enumerate(seeds):
    (out / f"{i:04d}").write_bytes(seed[:LIMIT])
failed = root / "tests" / "fuzz" / "corpus" / target
for path in sorted(failed.glob("*")) if failed.is_dir() else []:
    (out / f"failed-{path.name}").write_bytes(path.read_bytes())
EOF
}

failed=0
summary=()
for target in "${targets[@]}"; do
  bin=$bin_dir/$target
  log=$work/logs/$target.log
  mkdir -p "$work/corpus/$target" "$work/artifacts/$target" "$work/logs"
  if ! "$bin" -help=1 2>&1 | grep -q '^ *max_total_time'; then
    echo "$0: $bin is not a libFuzzer binary: build with -DNEWSUTILS_FUZZ=ON" >&2
    exit 2
  fi
  if ! make_seeds "$target" "$work/seeds/$target"; then
    echo "$0: $target: cannot make the seed corpus" >&2
    exit 2
  fi
  echo "$target: fuzzing for $seconds s ($(ls "$work/seeds/$target" | wc -l) seeds, log in $log)"
  # -timeout: an input that takes this long (sanitized) is a hang worth a look.
  "$bin" -max_total_time="$seconds" -timeout=30 -print_final_stats=1 \
    -artifact_prefix="$work/artifacts/$target/" "$work/corpus/$target" "$work/seeds/$target" > "$log" 2>&1
  status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  line="$target: ${runs:-?} runs, ${rate:-?} exec/s"
  if [ "$status" != 0 ]; then
    failed=$((failed + 1))
    line="$line, FAILED (exit $status)"
    echo "$line; the end of its log:"
    grep -E '^(==[0-9]+==|SUMMARY|.*runtime error|artifact_prefix|Test unit written)' "$log" | tail -n 20
  fi
  summary+=("$line")
done
echo "----"
printf '%s\n' "${summary[@]}"
echo "fuzzing: $((${#targets[@]} - failed)) passed, $failed failed"
[ "$failed" = 0 ]
