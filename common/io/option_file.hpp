// Files named by options (--abbreviations, later --boilerplate): small word
// lists, checked as input is. `-` is standard input. Invalid UTF-8 is
// replaced by U+FFFD with a warning naming the line and byte; a NUL or any
// other control character but tab, CR and form feed means the file is not
// text and it is refused with its line number, as is a file over 16 MiB or a
// malformed list (text/word_list.hpp).
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace newsutils {

constexpr std::size_t kLargestOptionFile = 16 << 20;

// Reads the file `name` and hands its text to `use`, which may throw
// WordListError. Reports any problem as `tool: FILE: ...` on stderr
// (making the exit status 2) and returns false then.
bool load_option_file(const std::string& name, const std::function<void(std::string_view text)>& use);

}  // namespace newsutils
