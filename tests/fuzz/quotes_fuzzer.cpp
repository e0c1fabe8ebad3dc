// Fuzz target for extract-quotes: arbitrary bytes through the paragraph
// reader (with a small paragraph limit when the input's last byte says so)
// and the quote finder, a document at a time, checking what must hold for
// any input: pieces in order that do not overlap, their marks and contents
// on character boundaries inside the paragraph; quotations in order inside
// their paragraph, their text valid UTF-8 with no line break, a known kind,
// a mention only with a speaker, and a quotation carried on only first in
// its paragraph and right after one left open.
#include <string>
#include <vector>

#include "fuzz_checks.hpp"
#include "io/byte_source.hpp"
#include "io/paragraph_reader.hpp"
#include "quotes/quote_finder.hpp"

namespace {

void check_pieces(std::string_view paragraph) {
    std::vector<newsutils::QuotedPiece> pieces;
    newsutils::find_quoted_pieces(paragraph, pieces);
    std::size_t previous_end = 0;
    for (const auto& p : pieces) {
        fuzz::require(p.open >= previous_end);
        fuzz::require(p.open < p.content && p.content <= p.content_end && p.content_end <= p.end);
        fuzz::require(p.end <= paragraph.size());
        fuzz::require(p.closed ? p.end > p.content_end : p.end == p.content_end);
        for (const std::size_t pos : {p.open, p.content, p.content_end, p.end})
            fuzz::require(fuzz::on_boundary(paragraph, pos));
        previous_end = p.end;
    }
    if (!pieces.empty()) fuzz::require(pieces.size() <= paragraph.size());
}

// Whether `text` holds a line break of any kind the readers know.
bool has_line_break(std::string_view text) {
    return text.find_first_of("\n\r\v\f") != std::string_view::npos ||
           text.find("\xE2\x80\xA8") != std::string_view::npos || text.find("\xE2\x80\xA9") != std::string_view::npos ||
           text.find("\xC2\x85") != std::string_view::npos;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::Input input(data, size);
    const std::size_t limit = fuzz::paragraph_limit(input);
    newsutils::ReaderOptions options;
    if (limit != 0) options.max_paragraph = limit;
    newsutils::MemorySource source(input.text());
    newsutils::ParagraphReader reader(source, options);
    newsutils::QuoteFinder finder(newsutils::QuoteLexicon::builtin());
    std::vector<newsutils::Quotation> quotations;
    bool open = false;  // the paragraph before ended inside a quotation
    newsutils::Paragraph paragraph;
    for (newsutils::ReadEvent e; (e = reader.next(paragraph)) != newsutils::ReadEvent::end;) {
        if (e == newsutils::ReadEvent::document_break) {
            finder.end_document();
            open = false;
            continue;
        }
        const std::string_view text = paragraph.text;
        fuzz::require_valid_utf8(text);
        check_pieces(text);
        quotations.clear();
        finder.find(text, quotations);
        std::size_t previous_begin = 0;
        for (std::size_t i = 0; i < quotations.size(); ++i) {
            const auto& q = quotations[i];
            fuzz::require(q.span.begin >= previous_begin && q.span.begin < q.span.end);
            fuzz::require(q.span.end <= text.size());
            fuzz::require(fuzz::on_boundary(text, q.span.begin) && fuzz::on_boundary(text, q.span.end));
            previous_begin = q.span.begin;
            fuzz::require_valid_utf8(q.text);
            fuzz::require(!has_line_break(q.text));
            fuzz::require(static_cast<std::size_t>(q.kind) < newsutils::kQuoteKinds);
            if (q.speaker_mention) fuzz::require(q.speaker.has_value());
            if (q.speaker) fuzz::require(!q.speaker->empty() && !has_line_break(*q.speaker));
            if (q.speaker) fuzz::require_valid_utf8(*q.speaker);
            if (q.speaker_mention) fuzz::require_valid_utf8(*q.speaker_mention);
            if (q.continues_previous) fuzz::require(i == 0 && open);
            if (q.open_at_end) fuzz::require(i + 1 == quotations.size());
        }
        open = !quotations.empty() && quotations.back().open_at_end;
    }
    return 0;
}
