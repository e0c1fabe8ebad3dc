// Sentences as spans of the original input, for tools that relate what they
// find to the sentence it is in (extract-quotes): the splitter works on a
// paragraph's normalized text, this maps its spans back to file offsets.
#pragma once

#include <vector>

#include "io/inputs.hpp"
#include "sentences/sentence_splitter.hpp"

namespace newsutils {

// Appends the sentences of `paragraph` to `sentences` as byte offsets from
// the start of its file (InputContext::input_span).
void split_input_sentences(const SentenceSplitter& splitter, const InputContext& input, const Paragraph& paragraph,
                           std::vector<InputSpan>& sentences);

}  // namespace newsutils
