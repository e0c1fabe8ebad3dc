#!/usr/bin/env bash
# Installs the build as its users do and checks the copy works from where it
# lands, for any list of tools:
#   prefix   `cmake --install BUILD --prefix TMP`, then checks TMP;
#   package  the .deb packages by cpack: their contents (dpkg-deb -c) and
#            fields (dpkg-deb -f: every library the tools load comes from a
#            package of Depends), then unpacked (dpkg-deb -x), checks TMP/usr.
# In the installed tree: every tool runs from its bin/ and writes what the
# build's does, and so does a pipeline of them on PATH; `man -w` finds every
# page with MANPATH set to its share/man, and each renders without warnings;
# each completion loads in its own shell from the installed file (bash through
# bash-completion's loader, zsh through compinit, fish through
# fish_complete_path) and offers the tool's long options; examples/consumer
# configures and builds against the installed library and splits as
# split-sentences does.
# usage: install_test.sh prefix|package --build DIR --source DIR --version VERSION
#            --cmake CMAKE --cpack CPACK --cxx COMPILER [--link-flags FLAGS] TOOL...
# Exit status 77 (skipped) for `package` where dpkg-deb is missing.
set -u

fail() {
  echo "install_test: FAIL: $*" >&2
  exit 1
}
note() {
  echo "install_test: $*"
}
# Prints the file after a failed step.
show() {
  sed 's/^/  | /' "$1" >&2
}

mode=${1:-}
[ "$mode" = prefix ] || [ "$mode" = package ] || fail "usage: install_test.sh prefix|package --build DIR ... TOOL..."
shift
link_flags=
while [ $# -gt 0 ]; do
  case $1 in
    --build) build=$2 ;;
    --source) source_dir=$2 ;;
    --version) version=$2 ;;
    --cmake) cmake=$2 ;;
    --cpack) cpack=$2 ;;
    --cxx) cxx=$2 ;;
    --link-flags) link_flags=$2 ;;
    --*) fail "unknown option $1" ;;
    *) break ;;
  esac
  shift 2
done
tools=("$@")
[ ${#tools[@]} -gt 0 ] || fail "no tool named"
article=$source_dir/examples/01-port-strike.txt
page=$source_dir/examples/pages/tram-depot-fire.txt
has_tool() {
  printf '%s\n' "${tools[@]}" | grep -qx -- "$1"
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8

# --- The installed tree --------------------------------------------------------
if [ "$mode" = prefix ]; then
  "$cmake" --install "$build" --prefix "$tmp/prefix" >"$tmp/install.log" 2>&1 ||
    { show "$tmp/install.log"; fail "cmake --install $build --prefix TMP failed"; }
  root=$tmp/prefix
  bash_dir=$root/share/bash-completion/completions
else
  command -v dpkg-deb >/dev/null 2>&1 || { echo "skipped: dpkg-deb is not installed"; exit 77; }
  arch=$(dpkg --print-architecture) || fail "dpkg --print-architecture failed"
  "$cpack" --config "$build/CPackConfig.cmake" -B "$tmp/packages" >"$tmp/cpack.log" 2>&1 ||
    { show "$tmp/cpack.log"; fail "cpack failed"; }
  runtime=$tmp/packages/newsutils_${version}_$arch.deb
  development=$tmp/packages/libnewsutils-dev_${version}_$arch.deb
  for deb in "$runtime" "$development"; do
    [ -f "$deb" ] || fail "cpack wrote no $(basename "$deb"), but: $(cd "$tmp/packages" && echo *.deb)"
  done

  # Contents: the paths of each package, one a line, as installed.
  contents() {
    dpkg-deb -c "$1" | awk '{ print $1, $6 }' | sed 's| \./| /|'
  }
  contents "$runtime" >"$tmp/runtime.txt" || fail "dpkg-deb -c $runtime failed"
  contents "$development" >"$tmp/development.txt" || fail "dpkg-deb -c $development failed"
  holds() {  # LIST PATH [MODE PATTERN]
    grep -qE "^${3:-[-l]}[^ ]* $2\$" "$1"
  }
  for tool in "${tools[@]}"; do
    holds "$tmp/runtime.txt" "/usr/bin/$tool" -rwxr-xr-x || fail "newsutils.deb has no executable /usr/bin/$tool"
    for path in /usr/share/man/man1/$tool.1 /usr/share/bash-completion/completions/$tool \
      /usr/share/zsh/vendor-completions/_$tool /usr/share/fish/vendor_completions.d/$tool.fish; do
      holds "$tmp/runtime.txt" "$path" || fail "newsutils.deb has no $path"
    done
  done
  for path in /usr/share/man/man7/newsutils.7 /usr/share/doc/newsutils/copyright; do
    holds "$tmp/runtime.txt" "$path" || fail "newsutils.deb has no $path"
  done
  ! grep -qE ' /usr/include/|\.a$|/cmake/' "$tmp/runtime.txt" || fail "newsutils.deb holds the library's files"
  for path in /usr/include/newsutils/sentences/sentence_splitter.hpp /usr/include/newsutils/text/utf8.hpp \
    '/usr/lib[^ ]*/libnewsutils_sentences\.a' '/usr/lib[^ ]*/cmake/newsutils/newsutilsConfig\.cmake'; do
    holds "$tmp/development.txt" "$path" || fail "libnewsutils-dev.deb has no $path"
  done
  ! grep -q ' /usr/bin/' "$tmp/development.txt" || fail "libnewsutils-dev.deb holds tools"

  # Fields.
  field() {  # DEB NAME
    dpkg-deb -f "$1" "$2"
  }
  for pair in "Package newsutils" "Version $version" "Architecture $arch" "Section text"; do
    set -- $pair
    [ "$(field "$runtime" "$1")" = "$2" ] || fail "newsutils.deb: $1 is '$(field "$runtime" "$1")', not '$2'"
  done
  for pair in "Package libnewsutils-dev" "Version $version" "Section libdevel"; do
    set -- $pair
    [ "$(field "$development" "$1")" = "$2" ] || fail "libnewsutils-dev.deb: $1 is '$(field "$development" "$1")', not '$2'"
  done
  for deb in "$runtime" "$development"; do
    field "$deb" Maintainer | grep -qE '^[^<]+ <[^>@]+@[^>]+>$' || fail "$(basename "$deb"): no Maintainer 'Name <address>'"
    [ "$(field "$deb" Description | wc -l)" -gt 1 ] || fail "$(basename "$deb"): no long Description"
  done
  # The names of the packages a Depends field lists, one a line.
  depends_names() {
    field "$1" Depends | tr ',|' '\n\n' | sed -E 's/\(.*\)//; s/^ +//; s/ +$//' | grep -v '^$' | sort -u
  }
  depends_names "$runtime" >"$tmp/depends.txt"
  for package in libfmt-dev libicu-dev libsimdjson-dev; do
    depends_names "$development" | grep -qx "$package" || fail "libnewsutils-dev.deb does not depend on $package"
  done

  dpkg-deb -x "$runtime" "$tmp/root" && dpkg-deb -x "$development" "$tmp/root" || fail "dpkg-deb -x failed"
  root=$tmp/root/usr
  bash_dir=$root/share/bash-completion/completions
  # Every shared library a tool loads belongs to a package that newsutils depends on:
  # the package, on a bare system, brings what the tools need to start.
  if command -v ldd >/dev/null 2>&1; then
    for tool in "${tools[@]}"; do
      ldd "$root/bin/$tool" >"$tmp/ldd.txt" 2>&1 || { show "$tmp/ldd.txt"; fail "ldd $tool failed"; }
      grep -q 'not found' "$tmp/ldd.txt" && { show "$tmp/ldd.txt"; fail "$tool needs a library that is not installed"; }
      while read -r soname path; do
        # The package that holds the library where the loader found it, by its
        # multiarch folder and name (/lib and /usr/lib are one on merged systems).
        owners=$(dpkg -S "*$(basename "$(dirname "$path")")/$soname" 2>/dev/null | cut -d: -f1 | tr ',' '\n' |
          sed 's/^ *//' | sort -u)
        [ -n "$owners" ] || fail "no package holds $path, which $tool loads"
        [ -n "$(comm -12 <(printf '%s\n' $owners) "$tmp/depends.txt")" ] ||
          fail "$tool loads $path, from $(echo $owners), which newsutils.deb does not depend on (Depends: $(field "$runtime" Depends))"
      done < <(sed -nE 's/^[[:space:]]*([^ ]+) => (\/[^ ]+) .*/\1 \2/p' "$tmp/ldd.txt")
    done
  else
    note "skipped: ldd is not installed; Depends was not checked against the libraries the tools load"
  fi
  note "packages: $(basename "$runtime") (Depends: $(field "$runtime" Depends)), $(basename "$development")"
fi

# --- The tools run from the installed bin/ ---------------------------------------
for tool in "${tools[@]}"; do
  installed=$root/bin/$tool
  [ -x "$installed" ] || fail "$installed is not an executable file"
  "$installed" --version | head -n 1 | grep -qF "$version" || fail "'$installed --version' does not say $version"
  input=$article
  [ "$tool" = clean ] && input=$page
  "$installed" "$input" >"$tmp/installed.out" 2>"$tmp/installed.err" ||
    { show "$tmp/installed.err"; fail "$installed $input failed"; }
  [ -s "$tmp/installed.out" ] || fail "$installed $input wrote nothing"
  "$build/bin/$tool" "$input" >"$tmp/built.out" 2>&1
  cmp -s "$tmp/installed.out" "$tmp/built.out" || fail "$installed and the build's $tool write different output"
done
if has_tool clean && has_tool split-sentences && has_tool extract-quotes; then
  out=$(PATH=$root/bin:/usr/bin:/bin && clean "$page" | split-sentences | extract-quotes) || fail "the pipeline of the installed tools failed"
  expected=$("$build/bin/clean" "$page" | "$build/bin/split-sentences" | "$build/bin/extract-quotes")
  [ -n "$out" ] && [ "$out" = "$expected" ] || fail "clean | split-sentences | extract-quotes from $root/bin gives:
$out"
fi

# --- man finds and renders every page ----------------------------------------------
overview=$root/share/man/man7/newsutils.7
[ -f "$overview" ] || fail "$overview is missing"
for tool in "${tools[@]}"; do
  sed 's/\\-/-/g' "$overview" | grep -qx "\.BR $tool (1)" || fail "newsutils(7) has no entry for $tool(1)"
done
if command -v man >/dev/null 2>&1; then
  for page_name in "${tools[@]/%/ 1}" "newsutils 7"; do
    set -- $page_name
    expected=$root/share/man/man$2/$1.$2
    found=$(MANPATH=$root/share/man man -w "$1" 2>&1)
    [ "$found" = "$expected" ] || fail "MANPATH=$root/share/man man -w $1 gives '$found', not $expected"
    if man --help 2>&1 | grep -q -- --warnings; then
      out=$(MANPATH=$root/share/man MANWIDTH=80 man --warnings -E UTF-8 "$2" "$1" 2>&1 >/dev/null)
      [ -z "$out" ] || fail "man $2 $1 printed warnings:
$out"
    fi
  done
else
  note "skipped: man is not installed; the pages were not looked up"
fi

# --- Each completion loads in its own shell, from the installed file -----------------
# The long options a tool's --help lists, one a line.
long_options() {
  "$root/bin/$1" --help | grep -E '^[[:space:]]+-' | sed -E 's/^[[:space:]]+//; s/ {2,}.*//' |
    grep -oE -- '--[A-Za-z0-9][A-Za-z0-9-]*' | sort -u
}
offers_long_options() {  # SHELL TOOL OFFERED
  diff <(long_options "$2") <(printf '%s\n' $3 | sort -u) >"$tmp/diff.txt" ||
    { show "$tmp/diff.txt"; fail "$1: '$2 --<TAB>' does not offer the long options of '$2 --help' (< missing, > extra)"; }
}

# bash: bash-completion's loader, as at the first <TAB> after the command,
# with the installed share/ as the only data folder.
if [ -f /usr/share/bash-completion/bash_completion ]; then
  for tool in "${tools[@]}"; do
    offered=$(XDG_DATA_DIRS=$root/share BASH_COMPLETION_USER_DIR=$tmp/none PATH=$root/bin:$PATH \
      bash --norc --noprofile -c '
      . /usr/share/bash-completion/bash_completion || exit 3
      tool=$1
      _completion_loader "$tool"
      spec=$(complete -p "$tool" 2>/dev/null) || { echo "no completion for $tool" >&2; exit 4; }
      function=$(sed -nE "s/.* -F ([^ ]+) .*/\1/p" <<<"$spec")
      shopt -s extdebug
      file=$(declare -F "$function" | cut -d" " -f3-)
      [ "$file" = "$2/$tool" ] || { echo "$tool: $spec, from ${file:-nowhere}" >&2; exit 4; }
      COMP_WORDS=("$tool" --)
      COMP_CWORD=1
      COMP_LINE="$tool --"
      COMP_POINT=${#COMP_LINE}
      COMP_TYPE=9
      COMP_KEY=9
      "$function" "$tool" -- "$tool"
      printf "%s\n" "${COMPREPLY[@]}"
    ' bash "$tool" "$bash_dir" 2>"$tmp/bash.err") || { show "$tmp/bash.err"; fail "bash did not load the completion of $tool from $bash_dir"; }
    offers_long_options bash "$tool" "$offered"
  done
else
  # bash itself is always there; without bash-completion the script is sourced as it is.
  note "bash-completion is not installed: the bash completions are sourced without it"
  for tool in "${tools[@]}"; do
    bash --norc --noprofile -c '. "$1" && complete -p "$2" >/dev/null' bash "$bash_dir/$tool" "$tool" ||
      fail "bash could not load $bash_dir/$tool"
  done
fi

# zsh: compinit over fpath with the installed vendor-completions first; each
# function must be registered for its tool and load from the installed file.
if command -v zsh >/dev/null 2>&1; then
  zsh_dir=$root/share/zsh/vendor-completions
  HOME=$tmp zsh -f -c '
    zsh_dir=$1; shift
    fpath=($zsh_dir $fpath)
    autoload -Uz compinit && compinit -u -D || exit 3
    zmodload zsh/parameter
    for tool in "$@"; do
      [[ $_comps[$tool] == _$tool ]] || { print -u2 "compinit gives $tool the completion ${_comps[$tool]:-none}"; exit 4; }
      autoload +X _$tool || { print -u2 "_$tool does not load"; exit 4; }
      [[ $functions_source[_$tool] == $zsh_dir/_$tool ]] ||
        { print -u2 "_$tool loads from ${functions_source[_$tool]:-nowhere}"; exit 4; }
    done
  ' zsh "$zsh_dir" "${tools[@]}" 2>"$tmp/zsh.err" || { show "$tmp/zsh.err"; fail "zsh did not load the completions from $zsh_dir"; }
else
  note "skipped: zsh is not installed; its completions were not loaded"
fi

# fish: the installed vendor_completions.d as the only completion folder.
if command -v fish >/dev/null 2>&1; then
  fish_dir=$root/share/fish/vendor_completions.d
  for tool in "${tools[@]}"; do
    HOME=$tmp XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data PATH=$root/bin:$PATH fish --no-config -c '
      set fish_complete_path $argv[1]
      complete -C "$argv[2] --"' "$fish_dir" "$tool" >"$tmp/fish.out" 2>"$tmp/fish.err" ||
      { show "$tmp/fish.err"; fail "fish could not complete $tool from $fish_dir"; }
    offers_long_options fish "$tool" "$(cut -f1 "$tmp/fish.out")"
  done
else
  note "skipped: fish is not installed; its completions were not loaded"
fi

# --- A program of its own builds against the installed library ----------------------
config_args=(-DCMAKE_PREFIX_PATH="$root" -DCMAKE_CXX_COMPILER="$cxx")
[ -z "$link_flags" ] || config_args+=(-DCMAKE_EXE_LINKER_FLAGS="$link_flags")
"$cmake" -S "$source_dir/examples/consumer" -B "$tmp/consumer" "${config_args[@]}" >"$tmp/consumer.log" 2>&1 ||
  { show "$tmp/consumer.log"; fail "examples/consumer does not configure against $root"; }
found=$(sed -n 's/^newsutils_DIR:PATH=//p' "$tmp/consumer/CMakeCache.txt")
case $found in
  "$root"/*) ;;
  *) fail "examples/consumer found newsutils in '$found', not in $root" ;;
esac
"$cmake" --build "$tmp/consumer" >"$tmp/consumer.log" 2>&1 ||
  { show "$tmp/consumer.log"; fail "examples/consumer does not build against $root"; }
"$tmp/consumer/sentences" <"$article" >"$tmp/consumer.out" || fail "examples/consumer failed on $article"
"$root/bin/split-sentences" "$article" >"$tmp/split.out"
diff -u "$tmp/split.out" "$tmp/consumer.out" >"$tmp/diff.txt" ||
  { show "$tmp/diff.txt"; fail "examples/consumer splits $article otherwise than split-sentences"; }

note "$mode: ${#tools[@]} tools, their pages and completions, and the library work from $root"
