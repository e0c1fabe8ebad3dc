# clean's part of the bad-input test (sourced by tests/e2e/bad_input_test.sh).
# clean drops a paragraph that repeats one before it, so the shared checks get
# paragraphs that differ; then its own options.
many_paragraphs() { seq 20000 | sed "s/.*/Paragraph & of the story. $sample\\n/"; }
shared_checks

page() {  # a page with furniture around a three-paragraph article
  printf 'Ferry strike ends after nine days - The Harbour Post\n\nHome > Local > Transport\n\nFerry strike ends after nine days\n\nBy Ines Calder\n\n'
  printf 'Crews on the island ferries voted on Sunday to accept a new pay offer, ending a strike that had stranded hundreds of commuters for more than a week.\n\n'
  printf 'The union said the deal raised basic pay by four per cent and added a night allowance, which members had asked for since the spring.\n\n'
  printf 'Share this article\n\n'
  printf '"We are glad to be back at work," said the union'"'"'s branch secretary, who asked that services resume on Monday morning.\n\n'
  printf 'Most read\n\nCouncil votes on parking\n\nSchool roof repaired\n\n(c) 2026 The Harbour Post. All rights reserved.\n'
}
page > page.txt
run page.txt
check "a page: the headline, the byline and the three paragraphs" \
  [ "$(grep -c . out.txt)" = 5 -a "$(head -n 1 out.txt)" = "Ferry strike ends after nine days" ]
check "... in the pipeline contract: a blank line between paragraphs, none at the end" \
  [ "$(wc -l < out.txt)" = 9 -a -n "$(tail -n 1 out.txt)" ]
check "... no message" [ "$status" = 0 -a -z "$err" ]
run --explain page.txt
check "--explain: the same output" [ "$(grep -c . out.txt)" = 5 ]
check "--explain: each removed block with its line and rule" grep -qx 'page.txt:3: breadcrumb or link list: Home > Local > Transport' err.txt
check "--explain: the page title" grep -qx 'page.txt:1: page title: Ferry strike ends after nine days - The Harbour Post' err.txt
check "--explain: the share line inside the body" grep -qx 'page.txt:13: boilerplate phrase: Share this article' err.txt
check "--explain: the footer" grep -qx 'page.txt:23: timestamp or copyright: (c) 2026 The Harbour Post. All rights reserved.' err.txt
check "--explain: the teasers after the article" grep -qx 'page.txt:19: after the article: Council votes on parking' err.txt
run --drop-byline page.txt
check "--drop-byline: the byline goes" [ "$(grep -c . out.txt)" = 4 -a -z "$(grep -x 'By Ines Calder' out.txt)" ]
run --json page.txt
check "--json: one object for the page, with title, paragraphs and removed" python3 -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert len(rows) == 1, rows
r = rows[0]
assert r["title"] == "Ferry strike ends after nine days" and r["document"] == 0, r
assert len(r["paragraphs"]) == 5 and r["paragraphs"][0] == r["title"], r
assert {"text": "Share this article", "reason": "boilerplate phrase", "line": 13} in r["removed"], r
assert all(set(x) == {"text", "reason", "line"} for x in r["removed"]), r' out.txt

# --- normalization
printf 'Caf\xc3\xa9 owners \xe2\x80\x9cwelcome\xe2\x80\x9d the plan &amp; the\xc2\xa0\xc2\xa0rules, said Ren\xc3\x83\xc2\xa9e Dubois, who runs a stall on the quay.\n' > normalize.txt
run normalize.txt
check "entities, no-break spaces and mojibake repaired in one line" \
  [ "$out" = "$(printf 'Caf\xc3\xa9 owners \xe2\x80\x9cwelcome\xe2\x80\x9d the plan & the rules, said Ren\xc3\xa9e Dubois, who runs a stall on the quay.')" ]
run --ascii-punct normalize.txt
check "--ascii-punct: curly quotes as ASCII" grep -q '"welcome"' out.txt
run --ascii-punct --ascii-punct normalize.txt
check "--ascii-punct twice: the same" grep -q '"welcome"' out.txt

# --- --boilerplate
printf '[line]\nshare this article\n[prefix]\ncrews on the island\n' > extra.list
run --boilerplate extra.list page.txt
check "--boilerplate: its phrases removed too" [ -z "$(grep '^Crews on the island' out.txt)" -a "$status" = 0 ]
printf '[prefix]\nthe union said\n' > more.list
run -b extra.list -b more.list page.txt
check "--boilerplate twice: both lists" [ -z "$(grep '^The union said' out.txt)" -a -z "$(grep '^Crews' out.txt)" ]
printf 'an entry\n' > nosection.list
run --boilerplate nosection.list page.txt
check "--boilerplate: an entry before any section is an error naming the line" \
  [ "$status" = 2 -a -z "$out" ] && check "... message" grep -q 'nosection.list.*line 1' err.txt
printf '[menus]\nhome\n' > badsection.list
run --boilerplate badsection.list page.txt
check "--boilerplate: an unknown section is an error" [ "$status" = 2 -a -z "$out" ] && check "... message" grep -q 'unknown section \[menus\]' err.txt
run --boilerplate random.bin page.txt
check "--boilerplate: a binary file is refused" [ "$status" = 2 -a -z "$out" ]
run --boilerplate no-such.list page.txt
check "--boilerplate: a missing file" [ "$status" = 2 -a "$err" = "clean: no-such.list: No such file or directory" ]
run --boilerplate
check "--boilerplate without its FILE: usage error" [ "$status" = 2 -a -z "$out" ]

# --- --max-document: bounded memory, pieces with one warning
for i in 1 2 3; do page; printf '\n'; done > long-page.txt
run --max-document 1K long-page.txt
check "--max-document: exit 0, one warning" [ "$status" = 0 -a "$(grep -c 'cleaned in pieces' err.txt)" = 1 ]
check "... every body paragraph still there" [ "$(grep -c '^Crews on the island' out.txt)" -ge 1 ]
run --max-document 0 page.txt
check "--max-document 0: usage error" [ "$status" = 2 -a -z "$out" ] && check "... message" grep -q -- '--max-document must be at least' err.txt
run --max-document lots page.txt
check "--max-document with no number: usage error" [ "$status" = 2 -a -z "$out" ]
run --max-document= page.txt
check "--max-document empty: usage error" [ "$status" = 2 -a -z "$out" ]

# --- documents: the page layout starts afresh
{ page; printf '\f\n'; page; } > two-pages.txt
run two-pages.txt
check "two pages: each cleaned alone, a \\f line between" same out.txt <(cat <("$bin" page.txt); printf '\f\n'; "$bin" page.txt)
run --json two-pages.txt
check "two pages, --json: one object each, documents 0 and 1" [ "$(python3 -c '
import json, sys
print(",".join(str(json.loads(l)["document"]) for l in open(sys.argv[1])))' out.txt)" = "0,1" ]

# --- clean | clean is clean
"$bin" page.txt > once.txt
run once.txt
check "clean output cleaned again: the same" same out.txt once.txt
