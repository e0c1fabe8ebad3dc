// Personal pronouns and what they say about who they stand for, from
// text/data/pronouns.txt.
#pragma once

#include <optional>
#include <string_view>

namespace newsutils {

enum class PronounReferent { masculine, feminine, neuter, plural, first, second };

// The subject pronoun `word` is ("He", "she", "I"), matched without regard
// to case, or nothing.
std::optional<PronounReferent> find_subject_pronoun(std::string_view word);

}  // namespace newsutils
