// The lexicons in common/data/, compiled in (see cmake/embed.cmake).
#pragma once

#include <string_view>

namespace newsutils::data {
extern const std::string_view abbreviations;
extern const std::string_view sentence_starters;
extern const std::string_view reporting_verbs;
extern const std::string_view time_continuations;
extern const std::string_view time_openers;
extern const std::string_view street_continuations;
extern const std::string_view title_openers;
}  // namespace newsutils::data
