// Fuzz target for count-figures: arbitrary bytes through the normalizer
// and the figure grammar, checking what must hold for any input: figures in
// text order that do not overlap, spans on character boundaries inside the
// text, a qualifier and a noun inside the text too, values that are finite,
// and a range's end never below its start.
#include <cmath>
#include <string>
#include <vector>

#include "figures/figure_finder.hpp"
#include "fuzz_checks.hpp"
#include "io/input_normalizer.hpp"

namespace {

void require_span(std::string_view text, newsutils::TextSpan span, bool may_be_empty) {
    using newsutils::utf8::sequence_length;
    if (may_be_empty && span.begin == span.end) return;
    fuzz::require(span.begin < span.end && span.end <= text.size());
    fuzz::require(sequence_length(static_cast<unsigned char>(text[span.begin])) != 0);
    fuzz::require(span.end == text.size() || sequence_length(static_cast<unsigned char>(text[span.end])) != 0);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto& lexicon = newsutils::FigureLexicon::builtin();
    newsutils::InputNormalizer normalizer;
    std::string text;
    normalizer.feed(std::string_view(reinterpret_cast<const char*>(data), size), text, true);
    std::vector<newsutils::Figure> figures;
    newsutils::find_figures(text, lexicon, figures);
    std::size_t previous_end = 0;
    for (const auto& f : figures) {
        require_span(text, f.span, false);
        fuzz::require(f.span.begin >= previous_end);
        previous_end = f.span.end;
        require_span(text, f.approx, true);
        require_span(text, f.noun, true);
        if (f.approx.end > f.approx.begin) fuzz::require(f.approx.begin >= f.span.begin && f.approx.end <= f.span.end);
        if (f.value) fuzz::require(std::isfinite(*f.value));
        if (f.high) fuzz::require(std::isfinite(*f.high) && f.value && *f.high >= *f.value);
        fuzz::require(static_cast<std::size_t>(f.kind) < newsutils::kFigureKinds);
    }
    return 0;
}
