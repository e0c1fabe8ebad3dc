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
        // Below U+0300 (two-byte sequences up to 0xCB) nothing composes; nor does the
        // punctuation and currency of U+2002-U+20BF (E2 80 82 to E2 82 BF), quotation
        // marks and dashes above all, but for U+2000 and U+2001, which decompose.
        if (b < 0xCC) {
            pos += 2;
            continue;
        }
        if (b == 0xE2 && pos + 2 < text.size()) {
            const auto second = static_cast<unsigned char>(text[pos + 1]);
            const auto third = static_cast<unsigned char>(text[pos + 2]);
            if ((second == 0x81 || second == 0x82) || (second == 0x80 && third >= 0x82)) {
                pos += 3;
                continue;
            }
        }
        return false;
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
