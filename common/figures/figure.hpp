// What count-figures reports (shared/spec/count-figures.md): a figure's span
// in the paragraph, its kind, value, range end, unit, qualifier and counted
// noun. Plain data; the finder fills it, the tool writes it.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "text/text_span.hpp"

namespace newsutils {

enum class FigureKind : unsigned char {
    cardinal,
    ordinal,
    fraction,
    multiplier,
    percent,
    money,
    age,
    duration,
    dimension,
    temperature,
    // Labels: numeric but not amounts.
    year,
    date,
    time,
    phone,
    version,
    score,
};

constexpr std::size_t kFigureKinds = 16;

std::string_view kind_name(FigureKind kind);
std::optional<FigureKind> kind_named(std::string_view name);
inline bool is_label(FigureKind kind) {
    return kind >= FigureKind::year;
}

struct Figure {
    TextSpan span{0, 0};  // byte offsets into the paragraph, qualifier and unit included
    FigureKind kind = FigureKind::cardinal;
    std::optional<double> value;  // none for dates, times, phones, versions and scores
    std::optional<double> high;   // the upper bound of a range
    // ISO 4217 code, "point", "km", "year"...; empty when none. It views text of
    // the lexicon or of the program, never of the paragraph: valid while the lexicon is.
    std::string_view unit;
    TextSpan approx{0, 0};  // the qualifier as written ("nearly"); empty when none
    TextSpan noun{0, 0};    // the head of what is counted ("people"); empty when none
};

}  // namespace newsutils
