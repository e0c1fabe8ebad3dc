// Fuzz target for split-sentences: arbitrary bytes through the normalizer
// (fed in two pieces, cut where the input says) and the splitter, checking
// what must hold for any input: valid UTF-8 out, and sentence spans that
// are ordered, non-empty, on character boundaries, and cover every
// non-space character.
#include <string>
#include <vector>

#include "fuzz_checks.hpp"
#include "io/input_normalizer.hpp"
#include "sentences/sentence_splitter.hpp"

namespace {

void check_spans(std::string_view text, const std::vector<newsutils::SentenceSpan>& spans) {
    using newsutils::utf8::sequence_length;
    std::size_t previous_end = 0;
    for (const auto& span : spans) {
        fuzz::require(span.begin >= previous_end && span.begin < span.end && span.end <= text.size());
        fuzz::require(sequence_length(static_cast<unsigned char>(text[span.begin])) != 0);
        fuzz::require(span.end == text.size() || sequence_length(static_cast<unsigned char>(text[span.end])) != 0);
        // Only whitespace between sentences.
        fuzz::require(newsutils::utf8::skip_spaces(text, previous_end) >= span.begin);
        previous_end = span.end;
    }
    fuzz::require(newsutils::utf8::skip_spaces(text, previous_end) == text.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const auto lexicons =
        std::make_shared<const newsutils::SplitterLexicons>(newsutils::SplitterLexicons::builtin());
    static const newsutils::SentenceSplitter plain(lexicons, {false}), keeping(lexicons, {true});
    fuzz::Input input(data, size);
    const std::string_view raw = input.text();
    const std::size_t cut = input.parameter(raw.size() + 1);
    newsutils::InputNormalizer normalizer;
    std::string text;
    normalizer.feed(raw.substr(0, cut), text, false);
    normalizer.feed(raw.substr(cut), text, true);
    fuzz::require_valid_utf8(text);
    for (const auto* splitter : {&plain, &keeping}) {
        std::vector<newsutils::SentenceSpan> spans;
        splitter->split(text, spans);
        check_spans(text, spans);
    }
    return 0;
}
