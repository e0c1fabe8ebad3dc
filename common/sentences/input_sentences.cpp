#include "sentences/input_sentences.hpp"

namespace newsutils {

void split_input_sentences(const SentenceSplitter& splitter, const InputContext& input, const Paragraph& paragraph,
                           std::vector<InputSpan>& sentences) {
    thread_local std::vector<SentenceSpan> spans;
    spans.clear();
    splitter.split(paragraph.text, spans);
    for (const SentenceSpan span : spans) sentences.push_back(input.input_span(paragraph, span.begin, span.end));
}

}  // namespace newsutils
