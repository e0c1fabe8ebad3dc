// The link numbers a text browser's dump puts before each link ("lynx -dump":
// "said the [12]minister"), with the numbered list of addresses at its end.
#pragma once

#include <string>
#include <vector>

#include "clean/page_lines.hpp"

namespace newsutils {

// Whether the page is such a dump: it has link numbers in three lines or more.
bool has_link_markers(const std::vector<PageLine>& lines);

// `line` without its link numbers: "[12]" before a word, at the start of the line
// or after a space or an opening bracket or quotation mark.
void strip_link_markers(std::string& line);

}  // namespace newsutils
