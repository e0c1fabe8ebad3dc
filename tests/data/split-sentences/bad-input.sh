# split-sentences' part of the bad-input test (sourced by
# tests/e2e/bad_input_test.sh): its output is the input's own text, so no
# byte may go missing, and its --abbreviations files are checked as input is.
shared_checks

run invalid.txt
check "invalid UTF-8: U+FFFD in the sentence" grep -q $'^Bad \xef\xbf\xbd byte.$' out.txt
run --max-paragraph 64 many.txt
check "long paragraphs: nothing lost" [ "$(tr -d ' \n' < out.txt)" = "$(tr -d ' \n' < many.txt)" ]
run --max-paragraph 256 one-long.txt
check "a long paragraph: nothing lost" [ "$(tr -d ' \n' < out.txt)" = "$(tr -d ' \n' < one-long.txt)" ]
run --json --max-paragraph 1K long-blank.txt
check "a long blank line is not a paragraph" grep -q '"paragraph":1,' out.txt
printf 'First ok.\n\nBad \xff here.\n\n' > strict1.txt
yes 'Filler sentence here.' | head -n 5000 | sed 's/$/\n/' >> strict1.txt
printf 'Second file.\n' > strict2.txt
run --json --strict --no-filename strict1.txt strict2.txt
check "--strict: later files keep their concatenated offsets" \
  grep -q "\"start\":$(stat -c %s strict1.txt),.*\"paragraph\":5002" out.txt

# --- --abbreviations files
printf 'Acad. The end.\n' > acad.txt
mkdir list-dir
run --abbreviations list-dir acad.txt
check "--abbreviations with a directory: exit 2 and message" [ "$status" = 2 -a "$err" = "$name: list-dir: Is a directory" ]
run --abbreviations no-such-list acad.txt
check "--abbreviations with a missing file: exit 2 and message" \
  [ "$status" = 2 -a "$err" = "$name: no-such-list: No such file or directory" ]
run --abbreviations= acad.txt
check "--abbreviations= is an empty name, not the next argument" [ "$status" = 2 -a "$err" = "$name: : No such file or directory" ]
printf '\xef\xbb\xbf[never]\nAcad\n' > bom-list.txt
run --abbreviations bom-list.txt acad.txt
check "--abbreviations with a byte-order mark: section kept" [ "$out" = "Acad. The end." ]
input=bom-list.txt run --abbreviations - acad.txt
check "--abbreviations - reads standard input" [ "$status" = 0 -a "$out" = "Acad. The end." ]
printf '[never]\nAc\xffad\nAcad\n' > invalid-list.txt
run --abbreviations invalid-list.txt acad.txt
check "--abbreviations with invalid UTF-8: warned with line and byte, used" \
  [ "$status" = 0 -a "$out" = "Acad. The end." -a "$err" = "$name: invalid-list.txt: warning: invalid UTF-8 at line 2, byte 10; replaced by U+FFFD" ]
printf 'Mr\nDr\n\x01\x02\x03binary\n' > binary-list.txt
run --abbreviations binary-list.txt acad.txt
check "--abbreviations with binary data: refused with its line" \
  [ "$status" = 2 -a -z "$out" -a "$err" = "$name: binary-list.txt: line 3: binary data (a control character); not a word list" ]
run --abbreviations random.bin acad.txt
check "--abbreviations with random bytes: refused" [ "$status" = 2 -a -z "$out" ]
printf 'Mr\n[title\nAcad\n' > unclosed-list.txt
run --abbreviations unclosed-list.txt acad.txt
check "--abbreviations with an unclosed section: refused with its line" \
  [ "$status" = 2 -a "$err" = "$name: unclosed-list.txt: line 2: section '[title' lacks its ']'" ]
printf '[bogus]\nAcad\n' > bogus-list.txt
run --abbreviations bogus-list.txt acad.txt
check "--abbreviations with an unknown section: refused with its line" \
  [ "$status" = 2 -a "$err" = "$name: bogus-list.txt: line 1: unknown section [bogus]" ]
{ printf 'Mr\n'; head -c 10000000 /dev/zero | tr '\0' x; printf '\n'; } > long-list.txt
run --abbreviations long-list.txt acad.txt
check "--abbreviations with a 10 MB line: refused with its line" \
  [ "$status" = 2 -a "$err" = "$name: long-list.txt: line 2: an entry of 10000000 bytes; at most 256 are allowed" ]
printf '[never]\nAcad\n' > good-list.txt
run --abbreviations good-list.txt --abbreviations good-list.txt acad.txt
check "--abbreviations twice: both lists" [ "$status" = 0 -a "$out" = "Acad. The end." ]
