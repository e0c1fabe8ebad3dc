// The words after a closed quotation that attribute it to its speaker:
// `"Why?" Smith asked.`, `"We won!" Sen. Aaron Blackwood, D-Vt., said`.
// The splitter keeps such an attribution in the quotation's sentence;
// extract-quotes will look for speakers the same way.
#pragma once

#include <cstddef>
#include <string_view>

#include "text/word_list.hpp"

namespace newsutils {

// `"Why?" Smith asked.`: a name (or a pronoun), perhaps with an
// appositive (`Smith, the mayor, said`), then a reporting verb right after
// a quotation attribute it. After a full stop the verb must end the
// clause, since `"..." He said the talks failed.` is a new sentence.
// `pos` is the first word after the quotation; `any_continuation` allows
// words after the verb (as after "?" or "!").
bool is_attribution(std::string_view text, std::size_t pos, const WordSet& sentence_starters,
                    const WordSet& reporting_verbs, bool any_continuation);

}  // namespace newsutils
