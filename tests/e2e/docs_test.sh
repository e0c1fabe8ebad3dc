#!/usr/bin/env bash
# Checks that a tool's documentation is in step with the tool, for any tool:
#  (a) its man page renders without warnings and has the sections of
#      conventions.md;
#  (b) its OPTIONS section is exactly what `TOOL --generate man-options`
#      prints from the option records, so an entry deleted, a value name or
#      a text changed in one place only, or an option the tool lacks fails
#      whatever macros the page uses; elsewhere the page names only options
#      the tool has;
#  (c) the completions in completions/ are what the tool generates, and
#      bash, zsh and fish, loading them, offer exactly the options that
#      --help lists, and complete a unique prefix of each.
# Nothing here names a tool's options: they all come from --help.
# usage: docs_test.sh BINARY SOURCE_DIR
set -u

if [ $# -ne 2 ]; then
  echo "usage: docs_test.sh BINARY SOURCE_DIR" >&2
  exit 2
fi
binary=$1 source_dir=$2
tool=$(basename "$binary")
man_page=$source_dir/man/$tool.1
bash_completion=$source_dir/completions/$tool.bash
zsh_completion=$source_dir/completions/_$tool
fish_completion=$source_dir/completions/$tool.fish
bash_function=_${tool//-/_}

passed=0
fail() {
  echo "docs_test: FAIL: $*" >&2
  exit 1
}
pass() {
  passed=$((passed + 1))
}
skip() {
  echo "docs_test: skipped: $*"
}
regenerate="run 'cmake --build build --target update-docs'"

# The words of $2 that are not words of $1, one a line (both sorted, unique).
missing_from() {
  comm -13 <(printf '%s\n' $1 | sort -u) <(printf '%s\n' $2 | sort -u)
}
words() {
  printf '%s\n' "$@" | sort -u | paste -sd ' ' -
}
# Fails unless OFFERED (what a completion offers, as LABEL) is exactly the options --help lists.
offers_exactly_the_options() {  # LABEL OFFERED
  local missing extra
  missing=$(missing_from "$2" "$all_options")
  [ -z "$missing" ] || fail "$1 does not offer $(words $missing)"
  extra=$(missing_from "$all_options" "$2")
  [ -z "$extra" ] || fail "$1 offers $(words $extra), which '$tool --help' does not list"
  pass
}

[ -x "$binary" ] || fail "$binary is not an executable file"
for file in "$man_page" "$bash_completion" "$zsh_completion" "$fish_completion"; do
  [ -f "$file" ] || fail "$file is missing"
done
pass

# --- The options --help prints -------------------------------------------
help=$("$binary" --help) || fail "'$binary --help' failed"
# Option lines start with blanks and a dash; the names come before the
# description (two blanks or more).
names=$(printf '%s\n' "$help" | grep -E '^[[:space:]]+-' | sed -E 's/^[[:space:]]+//; s/ {2,}.*//')
long_options=$(printf '%s\n' "$names" | grep -oE -- '--[A-Za-z0-9][A-Za-z0-9-]*' | sort -u)
short_options=$(printf '%s\n' "$names" | grep -oE -- '(^|[ ,])-[A-Za-z0-9]\b' | tr -d ' ,' | sort -u)
all_options=$(printf '%s\n' $long_options $short_options | sort -u)
[ -n "$long_options" ] || fail "found no long option in '$binary --help'"
printf '%s\n' $long_options | grep -qx -- --help || fail "'$binary --help' does not list --help"
pass

# --- (a) The man page renders without warnings -----------------------------
# man-db's man has --warnings; another man (mandoc) is left to the groff check.
if command -v man >/dev/null 2>&1 && man --help 2>&1 | grep -q -- --warnings; then
  out=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$man_page" 2>&1 >/dev/null)
  [ -z "$out" ] || fail "man --warnings -l $man_page printed warnings:
$out"
  pass
fi
if command -v groff >/dev/null 2>&1; then
  out=$(groff -man -Tutf8 -ww -z "$man_page" 2>&1)
  [ -z "$out" ] || fail "groff -man -ww -z $man_page printed warnings:
$out"
  pass
fi
if ! command -v man >/dev/null 2>&1 && ! command -v groff >/dev/null 2>&1; then
  skip "neither man nor groff is installed; the man page was not rendered"
fi
for section in NAME SYNOPSIS DESCRIPTION OPTIONS "EXIT STATUS" EXAMPLES "SEE ALSO"; do
  grep -qE "^\.SH \"?$section\"?\$" "$man_page" || fail "$man_page has no $section section"
done
pass

# --- (b) OPTIONS is the generated text, and the rest names real options ----
options_section=$(sed -n '/^\.SH OPTIONS$/,/^\.SH /p' "$man_page" | sed '$d')
generated=$("$binary" --generate man-options) || fail "'$tool --generate man-options' failed"
diff -u --label "$man_page (OPTIONS)" --label "$tool --generate man-options" <(printf '%s\n' "$options_section") \
  <(printf '%s\n' "$generated") >&2 || fail "the OPTIONS section of $man_page is not the generated one: $regenerate"
pass
# Each option of --help has its entry: a tag line after .TP naming it.
tags=$(printf '%s\n' "$generated" | grep -A1 -E '^\.TP' | grep -vE '^\.TP|^--' | sed 's/\\-/-/g' |
  grep -oE -- '(^|[^A-Za-z0-9-])--?[A-Za-z0-9][A-Za-z0-9-]*' | sed -E 's/^[^-]//' | sort -u)
missing=$(missing_from "$tags" "$all_options")
[ -z "$missing" ] || fail "the generated OPTIONS section has no entry for $(words $missing)"
pass
# Outside OPTIONS and the examples, every long option the page mentions is one the tool has.
mentioned=$(sed '/^\.SH OPTIONS$/,/^\.SH /{/^\.SH OPTIONS$/!{/^\.SH /!d}}' "$man_page" | sed '/^\.EX/,/^\.EE/d; /^\.\\"/d' |
  sed 's/\\-/-/g' | grep -oE -- '(^|[^A-Za-z0-9-])--[A-Za-z0-9][A-Za-z0-9-]*' | sed -E 's/^[^-]//' | sort -u)
extra=$(missing_from "$long_options" "$mentioned")
[ -z "$extra" ] || fail "$man_page mentions $(words $extra), which '$tool --help' does not list"
pass

# --- (c) The completions ------------------------------------------------------
for kind in bash zsh fish; do
  case $kind in
    bash) file=$bash_completion ;;
    zsh) file=$zsh_completion ;;
    fish) file=$fish_completion ;;
  esac
  "$binary" --generate "complete-$kind" | diff -u "$file" - >&2 ||
    fail "$file differs from '$tool --generate complete-$kind': $regenerate"
  pass
done

# bash: ask the completion function itself what it offers.
bash_offers() { # CURRENT_WORD [use bash-completion: yes|no]
  local with_library=$2
  bash --norc --noprofile -c '
    if [ "$2" = yes ]; then
      source /usr/share/bash-completion/bash_completion || exit 3
    fi
    source "$1" || exit 3
    declare -F "$3" >/dev/null || { echo "no function $3" >&2; exit 4; }
    complete -p "$4" 2>/dev/null | grep -q -- "-F $3" || { echo "$3 is not registered with complete -F for $4" >&2; exit 4; }
    COMP_WORDS=("$4" "$5")
    COMP_CWORD=1
    COMP_LINE="$4 $5"
    COMP_POINT=${#COMP_LINE}
    COMP_TYPE=9
    COMP_KEY=9
    "$3" "$4" "$5" "$4"
    printf "%s\n" "${COMPREPLY[@]}"
  ' docs_test "$bash_completion" "$with_library" "$bash_function" "$tool" "$1"
}
# The shortest prefix of each long option that no other long option shares.
unique_prefixes() {
  local option prefix other n
  for option in $long_options; do
    for ((n = 3; n <= ${#option}; n++)); do
      prefix=${option:0:n}
      other=$(printf '%s\n' $long_options | grep -c -- "^$prefix")
      if [ "$other" = 1 ]; then
        echo "$prefix $option"
        break
      fi
    done
  done
}
if [ -f /usr/share/bash-completion/bash_completion ]; then
  library_modes="no yes"
else
  library_modes="no"
  skip "/usr/share/bash-completion/bash_completion is missing; bash completion checked without it only"
fi
for mode in $library_modes; do
  label="bash completion ($([ "$mode" = yes ] && echo with || echo without) bash-completion)"
  offered=$(bash_offers - "$mode") || fail "$label: sourcing $bash_completion or calling $bash_function failed"
  offers_exactly_the_options "$label, after '-'," "$offered"
  while read -r prefix option; do
    offered=$(bash_offers "$prefix" "$mode") || fail "$label: calling $bash_function failed"
    [ "$offered" = "$option" ] || fail "$label: '$tool $prefix<TAB>' offers '$(words $offered)', not only $option"
  done < <(unique_prefixes)
  pass
done

# zsh: the option specs of _arguments, without exclusion lists, descriptions and actions.
grep -q "^#compdef $tool\b" "$zsh_completion" || fail "$zsh_completion does not start with '#compdef $tool'"
grep -q '_arguments' "$zsh_completion" || fail "$zsh_completion does not call _arguments"
zsh_options=$(grep -E "^[[:space:]]*['\"*({-]" "$zsh_completion" | grep -v '^[[:space:]]*#' |
  sed -E 's/\[.*//; s/\([^)]*\)//g' | grep -oE -- '(^|[^A-Za-z0-9-])--?[A-Za-z0-9][A-Za-z0-9-]*' |
  sed -E 's/^[^-]//' | sort -u)
offers_exactly_the_options "$zsh_completion" "$zsh_options"
if command -v zsh >/dev/null 2>&1; then
  out=$(zsh -n "$zsh_completion" 2>&1) || fail "zsh -n $zsh_completion: $out"
  pass
else
  skip "zsh is not installed; the syntax of $zsh_completion was not checked"
fi

# fish: the -s and -l of each `complete -c TOOL` line (quoted conditions removed).
grep -qE "^complete -c $tool " "$fish_completion" || fail "$fish_completion has no 'complete -c $tool' line"
fish_options=$(grep -E '^[[:space:]]*complete[[:space:]]' "$fish_completion" | sed -E "s/'[^']*'//g; s/\"[^\"]*\"//g" |
  grep -oE -- '(^|[[:space:]])(-s|--short-option)[= ]?[A-Za-z0-9]\b|(^|[[:space:]])(-l|--long-option)[= ]?[A-Za-z0-9][A-Za-z0-9-]*' |
  sed -E 's/^[[:space:]]*(-s|--short-option)[= ]?/-/; s/^[[:space:]]*(-l|--long-option)[= ]?/--/' | sort -u)
offers_exactly_the_options "$fish_completion" "$fish_options"
if command -v fish >/dev/null 2>&1; then
  out=$(fish -n "$fish_completion" 2>&1) || fail "fish -n $fish_completion: $out"
  fish_offered=$(fish --no-config -c 'source $argv[1]; complete -C "$argv[2] -"' "$fish_completion" "$tool" 2>&1 |
    cut -f1 | sort -u) || fail "fish could not load $fish_completion"
  missing=$(missing_from "$fish_offered" "$all_options")
  [ -z "$missing" ] || fail "fish, with $fish_completion loaded, does not offer $(words $missing) after '-'"
  pass
else
  skip "fish is not installed; $fish_completion was checked as text only"
fi

echo "docs_test: $passed checks passed"
