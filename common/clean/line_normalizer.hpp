// One line of a scraped page made into clean text: references decoded,
// mojibake repaired, spaces and invisible characters fixed, Unicode NFC.
#pragma once

#include <string>
#include <string_view>

namespace newsutils {

// Replaces `out` with the normalized form of `line` (valid UTF-8, no newline).
// The steps run in this order because each needs the one before: a reference
// may spell mojibake ("&Atilde;&copy;"), mojibake may spell a no-break space
// ("Â\u00A0") or a C1 control byte, and composition needs the final characters.
void normalize_line(std::string_view line, std::string& out);

}  // namespace newsutils
