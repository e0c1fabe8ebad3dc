// The figure grammar of one paragraph, for figure_finder.cpp (the
// quantities: numbers with their currency, unit, qualifier and range),
// labels.cpp (years, dates, times, phones, versions, scores, and the names
// and codes that hold a number but are no figure) and counted_noun.cpp.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "figures/figure.hpp"
#include "figures/figure_finder.hpp"
#include "figures/lexicon.hpp"
#include "figures/numerals.hpp"
#include "figures/tokenizer.hpp"

namespace newsutils {

// A plural noun, for telling counts from codes and scales: "5m people", "2000 jobs".
bool looks_plural(std::string_view lower_word);

class ParagraphFigures {
public:
    ParagraphFigures(std::string_view text, const FigureLexicon& lexicon, std::vector<Figure>& out,
                     FigureScratch& scratch);
    void run();

private:
    // A figure being built: its tokens and what is known of it.
    struct Candidate {
        std::size_t first;  // token indexes, inclusive
        std::size_t last;
        Figure figure;
        double scale = 1;      // of its number: "$8.9bn" has 1e9
        bool decimal = false;  // its number has decimals
        bool from_digits = false;
        bool grouped = false;  // its digits are grouped: "8,000", "10 000"
        // How its qualifier (figure.approx) bounds it, as attach_before matched it.
        std::optional<FigureLexicon::Qualifier> qualifier = std::nullopt;
    };

    // ---- figure_finder.cpp
    std::optional<std::size_t> figure_at(std::size_t i);
    std::optional<Candidate> quantity(const Numeral& n);
    std::optional<Candidate> article_figure(std::size_t i);
    std::optional<Candidate> point_fraction(std::size_t i) const;
    bool attach_after(Candidate& c, const Numeral& n, bool allow_letter_scale);
    bool reads_as_metres(const Numeral& n) const;
    void attach_before(Candidate& c);
    std::optional<PhraseTable<Currency>::Match> money_before(const Candidate& c, std::size_t start) const;
    void attach_range(Candidate& c);
    bool attach_unit(Candidate& c, std::size_t k, double value);
    void add_minor_units(Candidate& c);
    const Currency* exchange_rate_currency(const Candidate& c) const;
    std::size_t and_a_half_end(std::size_t k) const;
    void index_tokens();
    void mark_addresses();
    bool in_address(std::size_t byte);
    void emit(Candidate c);
    void share_units();
    void read_from_context();

    // ---- labels.cpp
    bool is_name_or_code(const Numeral& n) const;
    bool is_unit_at(std::size_t pos) const;
    bool street_after(std::size_t k) const;
    std::optional<Candidate> label(const Numeral& n);
    std::optional<Candidate> time_at(const Numeral& n) const;
    std::optional<Candidate> date_at(const Numeral& n) const;
    std::optional<Candidate> phone_at(const Numeral& n) const;
    std::optional<Candidate> version_at(const Numeral& n) const;
    std::optional<Candidate> score_at(const Numeral& n) const;
    std::optional<Candidate> year_at(const Numeral& n) const;
    std::optional<Candidate> apposition_age(const Numeral& n) const;
    std::size_t meridiem_end(std::size_t k) const;  // token after "a.m."/"pm" at k, or 0
    std::optional<int> month_at(std::size_t k) const;

    // ---- counted_noun.cpp
    TextSpan counted_noun(const Candidate& c) const;
    std::size_t modifier_end(std::size_t k) const;

    // ---- helpers (figure_finder.cpp)
    [[gnu::always_inline]] std::string_view word(std::size_t k) const { return reader_.token_text(k); }
    // Token k's text in ASCII lower case, for the lower-case tables.
    [[gnu::always_inline]] std::string_view lowered(std::size_t k) const { return reader_.lowered_text(k); }
    [[gnu::always_inline]] bool is_word(std::size_t k, std::string_view lower) const {
        return reader_.is_word(k, lower);
    }
    [[gnu::always_inline]] bool is_symbol(std::size_t k, std::string_view s) const { return reader_.is_symbol(k, s); }
    [[gnu::always_inline]] bool glued(std::size_t k) const { return reader_.glued(k); }
    bool capitalized(std::size_t k) const;
    bool sentence_start(std::size_t k) const;
    std::size_t token_at_or_after(std::size_t byte) const;
    // A span lies inside the text: no bounds test, which substr() would make.
    std::string_view text_of(TextSpan span) const { return {text_.data() + span.begin, span.end - span.begin}; }
    std::string_view lowered_text_of(TextSpan span) const {
        return {lowered_.data() + span.begin, span.end - span.begin};
    }
    Candidate from_numeral(const Numeral& n, FigureKind kind) const;

    std::string_view text_;
    std::string_view lowered_;  // text_ in ASCII lower case
    const FigureLexicon& lex_;
    std::vector<Figure>& out_;
    std::vector<Token>& token_storage_;
    TokenList tokens_;  // token_storage_ once the paragraph is tokenized
    std::vector<std::size_t>& starts_;
    std::vector<std::size_t>& address_marks_;
    NumeralReader reader_;
    std::vector<TextSpan>& addresses_;  // URLs and e-mail addresses
    std::size_t address_cursor_ = 0;    // the first of them not wholly before the token being read
    std::size_t next_ = 0;              // tokens before this belong to a figure found already
    std::size_t paragraph_first_ = 0;   // out_ before this is from earlier paragraphs
};

}  // namespace newsutils
