#include "figures/figure.hpp"

namespace newsutils {
namespace {

constexpr std::array<std::string_view, kFigureKinds> kNames = {
    "cardinal",  "ordinal",     "fraction", "multiplier", "percent", "money", "age",     "duration",
    "dimension", "temperature", "year",     "date",       "time",    "phone", "version", "score",
};

}  // namespace

std::string_view kind_name(FigureKind kind) {
    return kNames[static_cast<std::size_t>(kind)];
}

std::optional<FigureKind> kind_named(std::string_view name) {
    for (std::size_t i = 0; i < kNames.size(); ++i)
        if (kNames[i] == name) return static_cast<FigureKind>(i);
    return std::nullopt;
}

}  // namespace newsutils
