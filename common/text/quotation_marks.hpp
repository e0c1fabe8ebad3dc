// The quotation marks of shared/spec/extract-quotes.md, in one table: what
// each one does on its own and which marks close a quotation it opens. The
// sentence splitter (quotations closed after a full stop, --keep-quotes) and
// extract-quotes both ask it, so a mark added here is known to both.
#pragma once

namespace newsutils {

enum class QuoteRole : unsigned char {
    opening,   // “ ‘ « ‹ „ ‚ 「 『: opens wherever it stands
    closing,   // ” ’ » › 」 』: closes (’ is also the apostrophe)
    straight,  // " ': opens or closes by what stands around it
};

struct QuotationMark {
    char32_t mark;
    QuoteRole role;
    bool is_double;    // " “ ” „ « » 「 」 weigh as double marks; ' ‘ ’ ‚ ‹ › 『 』 as single
    char32_t closer;   // the mark that usually closes a quotation this one opens
    char32_t closer2;  // another one in use, or 0: „ closes with “ (German) or ” (Polish)
};

const QuotationMark* find_quotation_mark_in_table(char32_t c);

// The entry for `c`, or nullptr when `c` is no quotation mark.
inline const QuotationMark* find_quotation_mark(char32_t c) {
    // Every mark is '"', '\'' or at U+00AB and above: most characters never get past this test.
    if (c != '"' && c != '\'' && c < 0xAB) return nullptr;
    return find_quotation_mark_in_table(c);
}

inline bool is_quotation_mark(char32_t c) {
    return find_quotation_mark(c) != nullptr;
}

// Whether `mark` closes a quotation opened by `opener` (both in the table).
bool closes_quotation(char32_t opener, char32_t mark);

}  // namespace newsutils
