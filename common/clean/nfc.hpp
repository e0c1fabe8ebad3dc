// Unicode Normalization Form C, so that "é" is one character however the page wrote it.
#pragma once

#include <string>
#include <string_view>

namespace newsutils {

// Appends the NFC form of `text` (valid UTF-8) to `out`. Text whose
// characters are all below U+0300, the first combining mark, is NFC
// already (ASCII and Latin-1 above all) and is copied as it is; the rest
// goes through ICU's normalizer.
void append_nfc(std::string_view text, std::string& out);

}  // namespace newsutils
