// The whitespace and invisible characters of scraped text made plain.
#pragma once

#include <string>
#include <string_view>

namespace newsutils {

// Appends `line` (no newline in it) to `out` with every space character
// (tab, no-break space, the typographic spaces, ideographic space) made a
// plain space, runs of spaces made one, none at either end; zero-width
// space, word joiner, byte-order mark, soft hyphen and control characters
// removed. Zero-width joiner and non-joiner stay: emoji and scripts need them.
void normalize_spaces(std::string_view line, std::string& out);

}  // namespace newsutils
