# bash completion for split-sentences                      -*- shell-script -*-
# Keep the option lists in step with `split-sentences --help'.

_split_sentences()
{
    local cur prev words cword
    if declare -F _init_completion >/dev/null 2>&1; then
        _init_completion -s || return
    else
        # Without bash-completion: take the words as bash split them.
        COMPREPLY=()
        cur=${COMP_WORDS[COMP_CWORD]}
        prev=
        ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
        # --opt=value: complete the value of --opt.
        if [[ $cur == --*=* ]]; then
            prev=${cur%%=*}
            cur=${cur#*=}
        elif [[ $cur == = && $prev == --* ]]; then
            cur=
        elif [[ $prev == = ]] && ((COMP_CWORD > 1)); then
            prev=${COMP_WORDS[COMP_CWORD - 2]}
        fi
    fi

    case $prev in
        -h | --help | --version)
            return
            ;;
        --abbreviations)
            if declare -F _filedir >/dev/null 2>&1; then
                _filedir
            else
                mapfile -t COMPREPLY < <(compgen -f -- "$cur")
                compopt -o filenames 2>/dev/null
            fi
            return
            ;;
        --max-paragraph)
            mapfile -t COMPREPLY < <(compgen -W '64K 256K 1M 4M 16M 1G' -- "$cur")
            return
            ;;
    esac

    # After `--' every word is a FILE.
    local i
    for ((i = 1; i < cword; i++)); do
        [[ ${words[i]} == -- ]] && break
    done
    if ((i == cword)) && [[ $cur == -* ]]; then
        local opts='-h --help --version --strict --max-paragraph -H
            --with-filename --no-filename --json --lines --keep-quotes
            --abbreviations'
        mapfile -t COMPREPLY < <(compgen -W "$opts" -- "$cur")
        return
    fi

    if declare -F _filedir >/dev/null 2>&1; then
        _filedir
    else
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        compopt -o filenames 2>/dev/null
    fi
} &&
    complete -F _split_sentences split-sentences

# ex: filetype=sh
