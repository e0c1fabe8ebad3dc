# extract-quotes' part of the bad-input test (sourced by
# tests/e2e/bad_input_test.sh). Its locations are byte offsets, which differ
# between two encodings of the same text, so the shared comparisons look at
# the other columns (speaker, kind, quotation); then its own options, and the
# quotations that carry over pieces, paragraphs and documents.
comparable() { cut -f1-3; }
shared_checks

run invalid.txt
check "invalid UTF-8: the quotation still found, its speaker resolved" grep -q $'^minister\tdirect\tWe will not give in,\t' out.txt

# --- --kinds
printf 'Critics called the plan "a tax on shift workers". The "night tariff" ends. "It is fair," Agnes Holm said.\n' > kinds.txt
run kinds.txt
check "default kinds: direct and partial" [ "$(cut -f2 out.txt | paste -sd, -)" = "partial,direct" ]
run --kinds direct --kinds partial kinds.txt
check "--kinds twice: the last wins" [ "$(cut -f2 out.txt | paste -sd, -)" = partial ]
run -k scare kinds.txt
check "-k scare: only the scare quote" [ "$status" = 0 -a "$out" = "$(printf '\tscare\tnight tariff\t54-68')" ]
run --kinds=direct,partial,scare kinds.txt
check "--kinds with all three: all, in text order" [ "$(cut -f2 out.txt | paste -sd, -)" = "partial,scare,direct" ]
run --kinds= kinds.txt
check "--kinds with an empty list: usage error" [ "$status" = 2 -a -z "$out" ] && check "... message" grep -q -- "--kinds: the list is empty" err.txt
run --kinds direct,bogus kinds.txt
check "--kinds with an unknown kind: usage error naming it" [ "$status" = 2 -a -z "$out" ] && check "... message" grep -q "'bogus' is no kind" err.txt
run -q -k scare good.txt
check "-q with nothing of the kinds asked for: exit 1" [ "$status" = 1 -a -z "$out" ]

# --- --speaker
printf 'Mayor Helena Brandt spoke on Friday.\n\n"We have the money," she said.\n\n"It is late," said Tomas Varga.\n' > speakers.txt
run --speaker Brandt speakers.txt
check "--speaker by the last name: that speaker's quotations only, a pronoun resolved" \
  [ "$out" = "$(printf 'Helena Brandt\tdirect\tWe have the money,\t38-58')" ]
run --speaker 'hELENA brandt' speakers.txt
check "--speaker: the whole name, any case" [ "$(cut -f1 out.txt)" = "Helena Brandt" ]
run -s VARGA speakers.txt
check "-s: case aside" [ "$(cut -f1 out.txt)" = "Tomas Varga" ]
run --speaker Brand speakers.txt
check "--speaker: part of a word is no match" [ "$status" = 0 -a -z "$out" ]
run --speaker Brandt --speaker Varga speakers.txt
check "--speaker twice: the last wins" [ "$(cut -f1 out.txt)" = "Tomas Varga" ]
run --speaker '' speakers.txt
check "--speaker with an empty name: usage error" [ "$status" = 2 -a -z "$out" ] && check "... message" grep -q -- "--speaker: the name is empty" err.txt
run -q --speaker Nobody speakers.txt
check "-q with no quotation by that speaker: exit 1" [ "$status" = 1 -a -z "$out" ]
run -q --speaker varga speakers.txt
check "-q with a quotation by that speaker: exit 0" [ "$status" = 0 -a -z "$out" ]
printf 'No one is quoted in this paragraph.\n' > none.txt
run -q none.txt
check "-q with no quotation at all: exit 1" [ "$status" = 1 -a -z "$out" -a -z "$err" ]
run none.txt
check "no quotation at all: exit 0, no output" [ "$status" = 0 -a -z "$out" -a -z "$err" ]

# --- --json: every field, with byte offsets past a multi-byte character
printf 'Zo\xc3\xab Marchetti, the caf\xc3\xa9 owner, said: \xe2\x80\x9cPrices will fall.\xe2\x80\x9d\n\nThe \xe2\x80\x9cnight tariff\xe2\x80\x9d ends.\n' > json.txt
run --json -k direct,partial,scare json.txt
check "--json: every field of the spec, byte offsets" python3 -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
data = open(sys.argv[2], "rb").read()
assert len(rows) == 2, rows
d, s = rows
assert d == {"speaker": "Zo\u00eb Marchetti", "kind": "direct", "quote": "Prices will fall.", "start": 39, "end": 62,
             "speaker_mention": "Zo\u00eb Marchetti", "cue": "said", "paragraph": 0, "document": 0}, d
assert data[d["start"]:d["end"]] == "\u201cPrices will fall.\u201d".encode(), data[d["start"]:d["end"]]
assert s == {"speaker": None, "kind": "scare", "quote": "night tariff", "start": 68, "end": 86,
             "speaker_mention": None, "cue": None, "paragraph": 1, "document": 0}, s
assert data[s["start"]:s["end"]] == "\u201cnight tariff\u201d".encode(), data[s["start"]:s["end"]]' out.txt json.txt
run json.txt
check "TSV: speaker, kind, quotation, START-END" [ "$out" = "$(printf 'Zo\xc3\xab Marchetti\tdirect\tPrices will fall.\t39-62')" ]

# --- one quotation in two pieces, one over two paragraphs: reported once
printf 'Dr. Anna Ruiz spoke at noon.\n\n"We tried everything," she said, "and nothing worked."\n' > split.txt
run --json split.txt
check "a split quotation: one record, pieces joined, from the first mark to the last" python3 -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert len(rows) == 1, rows
r = rows[0]
assert r["quote"] == "We tried everything, and nothing worked." and r["speaker"] == "Anna Ruiz", r
assert (r["start"], r["end"]) == (30, 84) and r["cue"] == "said" and r["speaker_mention"] == "she", r' out.txt
printf 'Kofi Mensah, the union leader, said: "We will strike on Monday.\n\n"We will not stop until the offer is fair."\n\nThe talks resume in May.\n' > two-paragraphs.txt
run --json two-paragraphs.txt
check "a quotation over two paragraphs: one record, from its first mark to its last" python3 -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert len(rows) == 1, rows
r = rows[0]
assert r["quote"] == "We will strike on Monday. We will not stop until the offer is fair.", r
assert (r["start"], r["end"], r["paragraph"]) == (37, 108, 0) and r["speaker"] == "Kofi Mensah", r' out.txt

# --- documents: the speakers start afresh
printf 'Mayor Helena Brandt spoke on Friday.\n\n"We have the money," she said.\n\f\nThe storm closed two schools.\n\n"It was frightening," she said.\n' > speaker-documents.txt
run --json speaker-documents.txt
check "documents: a pronoun in the second does not resolve to a name of the first" python3 -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert [r["document"] for r in rows] == [0, 1], rows
assert rows[0]["speaker"] == "Helena Brandt" and rows[1]["speaker"] != "Helena Brandt", rows' out.txt
printf 'Tomas Varga said the port was shut.\n\n"Nobody goes out today."\n\f\n"The boats stay in."\n' > carry-documents.txt
run carry-documents.txt
check "documents: a quotation with no cue does not carry on from the document before" \
  [ "$(cut -f1 out.txt | paste -sd, -)" = "Tomas Varga,"$'\f'"," ]

# --- split-sentences output is the same text to extract-quotes
splitter=$(dirname "$bin")/split-sentences
if [ -x "$splitter" ]; then
  printf 'Halvard Moen said the search would resume. "The divers are tired. We will not send them back in the dark," he said.\n\n"We found the boat," Moen said, "but no one was on board. The jackets were still in the locker."\n' > moen.txt
  "$splitter" moen.txt > moen.split
  run moen.txt; cp out.txt moen.out
  run moen.split
  check "split-sentences output: the same quotations" same <(cut -f1-3 out.txt) <(cut -f1-3 moen.out)
  check "... two of them" [ "$(wc -l < out.txt)" = 2 ]
fi
