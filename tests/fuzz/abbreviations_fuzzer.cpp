// Fuzz target for split-sentences --abbreviations FILE: arbitrary bytes as a
// user's abbreviation list (up to the input's first NUL), read as
// load_option_file reads it and added to the built-in table, and the
// splitter with that table over the rest of the input (or over the list
// itself). What must hold for any list: it is taken, or refused with a
// WordListError naming one of its lines, and with the table taken the
// sentences lose no character of the text (fuzz_checks.hpp, require_tiling).
#include <string>
#include <vector>

#include "fuzz_checks.hpp"
#include "io/input_normalizer.hpp"
#include "sentences/sentence_splitter.hpp"
#include "text/byte_set.hpp"
#include "text/word_list.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const newsutils::SplitterLexicons builtin = newsutils::SplitterLexicons::builtin();
    const auto parts = fuzz::split_list_and_text(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!parts.list) return 0;
    std::string list, text;
    newsutils::InputNormalizer().feed(*parts.list, list, true);
    auto lexicons = builtin;
    try {
        lexicons.abbreviations.add_list(list);
    } catch (const newsutils::WordListError& e) {
        fuzz::require(e.line() >= 1 && e.line() <= newsutils::count_byte(list, '\n') + 1);
        return 0;
    }
    newsutils::InputNormalizer().feed(parts.text, text, true);
    const newsutils::SentenceSplitter splitter(std::move(lexicons), {false});
    std::vector<newsutils::SentenceSpan> spans;
    splitter.split(text, spans);
    fuzz::require_tiling(text, spans);
    return 0;
}
