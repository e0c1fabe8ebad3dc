# fish completion for split-sentences.
# Keep the option list in step with `split-sentences --help'.

complete -c split-sentences -s h -l help -d 'Show help and exit'
complete -c split-sentences -l version -d 'Show the version and licence and exit'
complete -c split-sentences -l strict -d 'Make invalid UTF-8 an error instead of replacing it by U+FFFD'
complete -c split-sentences -l max-paragraph -x -a '64K 256K 1M 4M 16M 1G' -d 'Process paragraphs longer than SIZE bytes in pieces (default 1M)'
complete -c split-sentences -s H -l with-filename -n 'not __fish_seen_argument -l no-filename' -d 'Prefix each sentence with its file name'
complete -c split-sentences -l no-filename -n 'not __fish_seen_argument -s H -l with-filename' -d 'Never prefix sentences with a file name'
complete -c split-sentences -l json -d 'Write JSON Lines with byte offsets'
complete -c split-sentences -l lines -d 'Treat every input line as a paragraph of its own'
complete -c split-sentences -l keep-quotes -d 'Keep a quotation of several sentences on one line'
complete -c split-sentences -l abbreviations -r -F -d 'Add the abbreviations listed in FILE, one a line'
