// The pipeline contract's soft wrap: a single newline inside a paragraph is
// a space. Text that leaves a tool on one line (a sentence, a quotation, a
// figure) is written with each soft wrap made one space.
#pragma once

#include <string>
#include <string_view>

namespace newsutils {

// Appends `text` with each newline, and the blanks around it, made one space.
void append_unwrapped(std::string& out, std::string_view text);

}  // namespace newsutils
