// Fuzz target for clean: arbitrary bytes through the line reader, the line
// normalizer and the page cleaner, a document at a time, checking what must
// hold for any input: normalized lines and every output paragraph valid
// UTF-8 with no line break, no control character and no space at either
// end or doubled; the title one of the paragraphs; removed blocks in line
// order with a reason; normalizing a normalized line again changes nothing;
// and each part of the normalizer (references, mojibake, NFC) keeps UTF-8
// valid on the raw line.
#include <string>
#include <vector>

#include "clean/entities.hpp"
#include "clean/line_normalizer.hpp"
#include "clean/mojibake.hpp"
#include "clean/nfc.hpp"
#include "clean/page_cleaner.hpp"
#include "fuzz_checks.hpp"
#include "io/byte_source.hpp"
#include "io/paragraph_reader.hpp"

namespace {

void require_plain_text(std::string_view text) {
    fuzz::require_valid_utf8(text);
    for (const char c : text) fuzz::require(static_cast<unsigned char>(c) >= 0x20 && c != 0x7F);
    fuzz::require(text.empty() || (text.front() != ' ' && text.back() != ' '));
    fuzz::require(text.find("  ") == std::string_view::npos);
}

void check_page(std::vector<newsutils::PageLine>& lines, const newsutils::CleanOptions& options) {
    std::size_t last_line = lines.empty() ? 0 : lines.back().number;
    const auto page = newsutils::clean_page(std::move(lines), newsutils::BoilerplateLexicon::builtin(), options);
    bool title_found = page.title.empty();
    for (const std::string& p : page.paragraphs) {
        require_plain_text(p);
        fuzz::require(!p.empty());
        title_found = title_found || p == page.title;
    }
    fuzz::require(title_found);
    std::size_t previous = 0;
    for (const auto& removed : page.removed) {
        fuzz::require(removed.line >= previous && removed.line >= 1 && removed.line <= last_line);
        fuzz::require(!removed.reason.empty());
        previous = removed.line;
    }
    lines.clear();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::Input input(data, size);
    const std::size_t limit = input.parameter(4);
    const newsutils::CleanOptions options{.drop_byline = input.parameter(2) == 1,
                                          .ascii_punct = input.parameter(2) == 1};
    newsutils::ReaderOptions reader_options{.lines = true};
    if (limit != 0) reader_options.max_paragraph = newsutils::kSmallestMaxParagraph * limit * limit;
    newsutils::MemorySource source(input.text());
    newsutils::ParagraphReader reader(source, reader_options);
    std::vector<newsutils::PageLine> lines;
    std::string normalized, again, part;
    newsutils::Paragraph line;
    for (newsutils::ReadEvent e; (e = reader.next(line)) != newsutils::ReadEvent::end;) {
        if (e == newsutils::ReadEvent::document_break) {
            check_page(lines, options);
            continue;
        }
        part.clear();
        newsutils::decode_entities(line.text, part);
        fuzz::require_valid_utf8(part);
        part.clear();
        newsutils::repair_mojibake(line.text, part);
        fuzz::require_valid_utf8(part);
        part.clear();
        newsutils::append_nfc(line.text, part);
        fuzz::require_valid_utf8(part);
        newsutils::normalize_line(line.text, normalized);
        require_plain_text(normalized);
        newsutils::normalize_line(normalized, again);
        fuzz::require(again == normalized || newsutils::may_hold_entity(normalized) ||
                      newsutils::may_hold_mojibake(normalized));
        if (line.continues_previous && !lines.empty())
            lines.back().text += normalized;
        else
            lines.push_back({normalized, lines.size() + 1});
    }
    check_page(lines, options);
    return 0;
}
