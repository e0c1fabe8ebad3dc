#include "clean/nfc.hpp"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

#include "text/utf8.hpp"

namespace newsutils {
namespace {

bool is_nfc_by_range(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        const auto b = static_cast<unsigned char>(text[pos]);
        if (b < 0x80) {
            ++pos;
            continue;
        }
        // Two-byte sequences from 0xCC up encode U+0300 and above.
        if (b >= 0xCC) return false;
        pos += 2;
    }
    return true;
}

}  // namespace

void append_nfc(std::string_view text, std::string& out) {
    if (is_nfc_by_range(text)) {
        out.append(text);
        return;
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    const icu::StringPiece source(text.data(), static_cast<int32_t>(text.size()));
    // ICU's quick check reads the UTF-8 as it is: most text with curly quotes and dashes
    // is NFC and needs no conversion.
    if (U_FAILURE(status) || nfc->isNormalizedUTF8(source, status) || U_FAILURE(status)) {
        out.append(text);
        return;
    }
    const std::size_t start = out.size();
    icu::StringByteSink<std::string> sink(&out);
    nfc->normalizeUTF8(0, source, sink, nullptr, status);
    if (U_FAILURE(status)) {
        out.resize(start);
        out.append(text);
    }
}

}  // namespace newsutils
