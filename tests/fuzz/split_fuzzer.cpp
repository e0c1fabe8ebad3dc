// libFuzzer target: arbitrary bytes through the normalizer (fed in two
// pieces, cut where the input says) and the splitter, checking what must hold
// for any input: valid UTF-8 out, and sentence spans that are ordered,
// non-empty, on character boundaries, and cover every non-space character.
// Build: cmake -S . -B build-fuzz -DNEWSUTILS_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "input_normalizer.hpp"
#include "sentence_splitter.hpp"
#include "utf8.hpp"

namespace {

void require(bool condition) {
    if (!condition) std::abort();
}

void check_spans(std::string_view text, const std::vector<newsutils::SentenceSpan>& spans) {
    std::size_t previous_end = 0;
    for (const auto& span : spans) {
        require(span.begin >= previous_end && span.begin < span.end && span.end <= text.size());
        require(newsutils::utf8::sequence_length(static_cast<unsigned char>(text[span.begin])) != 0);
        require(span.end == text.size() ||
                newsutils::utf8::sequence_length(static_cast<unsigned char>(text[span.end])) != 0);
        // Only whitespace between sentences.
        require(newsutils::utf8::skip_spaces(text, previous_end) >= span.begin);
        previous_end = span.end;
    }
    require(newsutils::utf8::skip_spaces(text, previous_end) == text.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const auto lexicons = newsutils::SplitterLexicons::builtin();
    const std::string_view raw(reinterpret_cast<const char*>(data), size);
    const std::size_t cut = size ? data[0] % (size + 1) : 0;
    newsutils::InputNormalizer normalizer;
    std::string text;
    normalizer.feed(raw.substr(0, cut), text, false);
    normalizer.feed(raw.substr(cut), text, true);
    for (std::size_t i = 0; i < text.size();) {
        const auto length = newsutils::utf8::sequence_length(static_cast<unsigned char>(text[i]));
        require(length != 0 && i + length <= text.size());
        i += length;
    }
    for (bool keep_quotes : {false, true}) {
        const newsutils::SentenceSplitter splitter(lexicons, {keep_quotes});
        std::vector<newsutils::SentenceSpan> spans;
        splitter.split(text, spans);
        check_spans(text, spans);
    }
    return 0;
}
