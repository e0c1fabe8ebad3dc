// Mojibake: UTF-8 text that was once read as Windows-1252 or Latin-1 and
// written out again, so that "’" reads "â€™", "é" reads "Ã©" and "日本"
// reads "æ—¥æœ¬". The repair reads such runs back as the bytes they were and
// decodes those as UTF-8; it must never change correct text, in any script.
#pragma once

#include <string>
#include <string_view>

namespace newsutils {

// Appends `text` to `out` with mojibake repaired, up to three rounds (text
// mis-decoded twice reads "Ã¢â‚¬â„¢" for "’"). Returns whether anything changed.
bool repair_mojibake(std::string_view text, std::string& out);

// Whether `text` may hold mojibake: a letter of U+00C2-U+00F4 must lead it.
bool may_hold_mojibake(std::string_view text);

}  // namespace newsutils
