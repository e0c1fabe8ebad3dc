# count-figures' part of the bad-input test (sourced by
# tests/e2e/bad_input_test.sh). Its locations are byte offsets, which differ
# between two encodings of the same text, so the shared comparisons look at
# the other columns; then its own options.
comparable() { cut -f2-; }
shared_checks

run invalid.txt
check "invalid UTF-8: the figures still found" grep -q $'^[0-9]*-[0-9]*\tcardinal\t10000\talmost 10,000' out.txt
printf 'Prices rose 3.5%% to $8.9bn.\n' > money.txt
run --kinds money money.txt
check "--kinds money: only money" [ "$(cut -f2 out.txt)" = money ]
run --kinds money --kinds percent money.txt
check "--kinds twice: the last wins" [ "$(cut -f2 out.txt)" = percent ]
run --kinds= money.txt
check "--kinds with an empty list: usage error" [ "$status" = 2 ] && check "... message" grep -q -- "--kinds: the list is empty" err.txt
run --kinds money,bogus money.txt
check "--kinds with an unknown kind: usage error naming it" [ "$status" = 2 ] && check "... message" grep -q "'bogus' is no kind" err.txt
run -k labels money.txt
check "-k labels: nothing, exit 0" [ "$status" = 0 -a -z "$out" ]
run -q -k labels money.txt
check "-q with nothing of the kinds asked for: exit 1" [ "$status" = 1 ]
printf 'In 2022, 5 people and 3%% of voters.\n' > labels.txt
run --no-labels labels.txt
check "--no-labels: no year" [ "$(cut -f2 out.txt | paste -sd, -)" = "cardinal,percent" ]
run -c labels.txt
check "-c: a tally per kind and a total" [ "$out" = "$(printf '1\tcardinal\tlabels.txt\n1\tpercent\tlabels.txt\n1\tyear\tlabels.txt\n3\ttotal\tlabels.txt')" ]
run -c labels.txt money.txt
check "-c with two files: their totals and the grand total" [ "$(grep -c $'\ttotal\t' out.txt)" = 3 ] && check "... last line" [ "$(tail -n1 out.txt)" = "$(printf '5\ttotal\ttotal')" ]
{ cat labels.txt; printf '\f\n'; cat money.txt; } > two-documents.txt
run -c two-documents.txt
check "-c counts each document of a stream" grep -q $'^3\ttotal\ttwo-documents.txt#1$' out.txt && check "... and the second" grep -q $'^2\ttotal\ttwo-documents.txt#2$' out.txt
run -c --json labels.txt
check "-c --json: an object of counts" python3 -c '
import json, sys
o = json.loads(open(sys.argv[1]).readline())
assert o["counts"]["percent"] == 1 and o["total"] == 3, o' out.txt
run --json money.txt
check "--json: every field of the spec" python3 -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
m = [r for r in rows if r["kind"] == "money"][0]
assert m["text"] == "$8.9bn" and m["value"] == 8900000000 and m["unit"] == "USD" and m["start"] == 20 and m["end"] == 26, m
p = [r for r in rows if r["kind"] == "percent"][0]
assert p["value"] == 3.5 and "unit" not in p and "high" not in p, p' out.txt
