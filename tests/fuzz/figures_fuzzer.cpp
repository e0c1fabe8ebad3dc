// Fuzz target for count-figures: arbitrary bytes through the paragraph
// reader (with a small paragraph limit when the input's last byte says so)
// and the figure grammar, one scratch kept from paragraph to paragraph as
// the tool keeps it, checking what must hold for any input: figures in
// text order that do not overlap, spans on character boundaries inside the
// paragraph, a qualifier inside its figure and a noun inside the paragraph,
// values that are finite, a range's end never below its start, and the same
// figures as a fresh scratch finds (nothing carried over from the paragraph
// before).
#include <cmath>
#include <string>
#include <vector>

#include "figures/figure_finder.hpp"
#include "fuzz_checks.hpp"
#include "io/byte_source.hpp"
#include "io/paragraph_reader.hpp"

namespace {

bool same(const newsutils::Figure& a, const newsutils::Figure& b) {
    return a.span == b.span && a.kind == b.kind && a.value == b.value && a.high == b.high && a.unit == b.unit &&
           a.approx == b.approx && a.noun == b.noun;
}

void check_figures(std::string_view text, const std::vector<newsutils::Figure>& figures) {
    std::size_t previous_end = 0;
    for (const auto& f : figures) {
        fuzz::require_span(text, f.span);
        fuzz::require(f.span.begin >= previous_end);
        previous_end = f.span.end;
        if (f.approx.begin != f.approx.end) {
            fuzz::require_span(text, f.approx);
            fuzz::require(f.approx.begin >= f.span.begin && f.approx.end <= f.span.end);
        }
        if (f.noun.begin != f.noun.end) fuzz::require_span(text, f.noun);
        if (f.value) fuzz::require(std::isfinite(*f.value));
        if (f.high) fuzz::require(std::isfinite(*f.high) && f.value && *f.high >= *f.value);
        fuzz::require(static_cast<std::size_t>(f.kind) < newsutils::kFigureKinds);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto& lexicon = newsutils::FigureLexicon::builtin();
    fuzz::Input input(data, size);
    const std::size_t limit = fuzz::paragraph_limit(input);
    newsutils::ReaderOptions options;
    if (limit != 0) options.max_paragraph = limit;
    newsutils::MemorySource source(input.text());
    newsutils::ParagraphReader reader(source, options);
    newsutils::FigureScratch scratch;
    std::vector<newsutils::Figure> figures, fresh;
    newsutils::Paragraph paragraph;
    for (newsutils::ReadEvent e; (e = reader.next(paragraph)) != newsutils::ReadEvent::end;) {
        if (e == newsutils::ReadEvent::document_break) continue;
        const std::string_view text = paragraph.text;
        figures.clear();
        newsutils::find_figures(text, lexicon, figures, scratch);
        check_figures(text, figures);
        fresh.clear();
        newsutils::find_figures(text, lexicon, fresh);
        fuzz::require(fresh.size() == figures.size());
        for (std::size_t i = 0; i < fresh.size(); ++i) fuzz::require(same(fresh[i], figures[i]));
    }
    return 0;
}
