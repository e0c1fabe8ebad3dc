#include "text/quotation_marks.hpp"

#include <array>

namespace newsutils {
namespace {

using enum QuoteRole;

constexpr std::array<QuotationMark, 20> kMarks{{
    {U'"', straight, true, U'"', 0},      {U'\'', straight, false, U'\'', 0},
    {U'“', opening, true, U'”', 0},  // English; also the closer of German „
    {U'”', closing, true, U'”', 0},  // also opens, as in Swedish ”…”, which the closer covers
    {U'‘', opening, false, U'’', 0},      {U'’', closing, false, U'’', 0},
    {U'„', opening, true, U'“', U'”'},    {U'‚', opening, false, U'‘', U'’'},
    {U'‟', opening, true, U'”', 0},       {U'‛', opening, false, U'’', 0},
    {U'«', opening, true, U'»', 0},       {U'»', closing, true, U'«', 0},  // Danish writes »…«
    {U'‹', opening, false, U'›', 0},      {U'›', closing, false, U'‹', 0},
    {U'「', opening, true, U'」', 0},     {U'」', closing, true, U'「', 0},
    {U'『', opening, false, U'』', 0},    {U'』', closing, false, U'『', 0},
    {U'〝', opening, true, U'〞', U'〟'}, {U'〞', closing, true, U'〝', 0},
}};

}  // namespace

const QuotationMark* find_quotation_mark_in_table(char32_t c) {
    for (const auto& entry : kMarks)
        if (entry.mark == c) return &entry;
    return nullptr;
}

bool closes_quotation(char32_t opener, char32_t mark) {
    const QuotationMark* entry = find_quotation_mark(opener);
    return entry && (entry->closer == mark || (entry->closer2 != 0 && entry->closer2 == mark));
}

}  // namespace newsutils
