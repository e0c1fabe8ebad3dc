// Quotation marks and dashes of a finished paragraph.
#pragma once

#include <string>
#include <string_view>

namespace newsutils {

// Makes a mismatched pair of double quotation marks consistent, the closing
// mark following the opening one: `“armed bandits."` -> `“armed bandits.”`,
// `"armed bandits.”` -> `“armed bandits.”`. Matched pairs, curly or
// straight, stay as they are.
void match_quotation_marks(std::string& paragraph);

// The ASCII forms of typographic punctuation (--ascii-punct): quotation
// marks and guillemets to " and ', apostrophes to ', en dash to -, em dash to
// --, ellipsis to ..., other dashes and minus to -.
std::string ascii_punctuation(std::string_view paragraph);

}  // namespace newsutils
