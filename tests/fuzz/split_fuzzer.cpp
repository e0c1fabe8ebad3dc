// Fuzz target for split-sentences: arbitrary bytes through the normalizer
// (fed in two pieces, cut where the input says) and the splitter, checking
// what must hold for any input: valid UTF-8 out, and sentences that lose no
// character: in order, non-empty, on character boundaries, trimmed, with
// only whitespace around them, so that the sentences and the whitespace
// between them give back the text.
#include <string>
#include <vector>

#include "fuzz_checks.hpp"
#include "io/input_normalizer.hpp"
#include "sentences/sentence_splitter.hpp"

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
        fuzz::require_tiling(text, spans);
    }
    return 0;
}
