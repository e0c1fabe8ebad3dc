// The link markup of page dumps: the link numbers a text browser puts before each
// link ("lynx -dump": "said the [12]minister"), with the numbered list of addresses
// at its end, and the Markdown of html2text and its kind ("[the minister](/url)",
// "# Headline", "**bold**").
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

// Whether the page is Markdown: links written "[text](address)" in three lines or more.
bool has_markdown_links(const std::vector<PageLine>& lines);

// `block` without its Markdown: a link "[text](address)" becomes its text, an image
// "![alt](address)" goes, "# " before a heading, "**" and "__" around strong words and
// "_" around emphasized ones go.
void strip_markdown(std::string& block);

}  // namespace newsutils
