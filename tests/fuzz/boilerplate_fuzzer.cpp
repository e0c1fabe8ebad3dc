// Fuzz target for clean --boilerplate FILE: arbitrary bytes as a user's
// list of page furniture (up to the input's first NUL), read as
// load_option_file reads it and added to a copy of the built-in lexicon, and
// the page cleaner with that lexicon over the rest of the input (or over the
// list itself), read as clean reads a page. What must hold for any list: it
// is taken, or refused with a WordListError naming one of its lines; and a
// copy of the lexicon (whose indexes point into its own entries) cleans the
// page as the lexicon does, into paragraphs of plain text that hold the title.
#include <string>
#include <vector>

#include "clean/page_cleaner.hpp"
#include "fuzz_checks.hpp"
#include "io/input_normalizer.hpp"
#include "page_input.hpp"
#include "text/byte_set.hpp"
#include "text/word_list.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto parts = fuzz::split_list_and_text(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!parts.list) return 0;
    std::string list;
    newsutils::InputNormalizer().feed(*parts.list, list, true);
    newsutils::BoilerplateLexicon lexicon = newsutils::BoilerplateLexicon::builtin();
    try {
        lexicon.add_list(list);
    } catch (const newsutils::WordListError& e) {
        fuzz::require(e.line() >= 1 && e.line() <= newsutils::count_byte(list, '\n') + 1);
        return 0;
    }
    const auto lines = fuzz::read_page(parts.text);
    const auto page = newsutils::clean_page(std::vector(lines), lexicon, {});
    bool title_found = page.title.empty();
    for (const std::string& p : page.paragraphs) {
        fuzz::require(!p.empty());
        fuzz::require_valid_utf8(p);
        for (const char c : p) fuzz::require(static_cast<unsigned char>(c) >= 0x20 && c != 0x7F);
        title_found = title_found || p == page.title;
    }
    fuzz::require(title_found);
    // A copy of a copy that is gone: its indexes must point into its own entries.
    const auto copy = [&] {
        const newsutils::BoilerplateLexicon gone = lexicon;
        return newsutils::BoilerplateLexicon(gone);
    }();
    const auto again = newsutils::clean_page(std::vector(lines), copy, {});
    fuzz::require(again.title == page.title && again.paragraphs == page.paragraphs);
    fuzz::require(again.removed.size() == page.removed.size());
    return 0;
}
