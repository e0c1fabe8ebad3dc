// Fields of tab-separated output. A field never holds a raw tab or newline,
// so `cut` and `awk -F'\t'` always see one record a line: a backslash, tab,
// newline or carriage return in a field is written \\, \t, \n or \r (as in
// PostgreSQL's text format and the "linear TSV" convention). The man pages
// say so under OUTPUT.
#pragma once

#include <string>
#include <string_view>

namespace newsutils {

void append_tsv_field(std::string& out, std::string_view field);

}  // namespace newsutils
