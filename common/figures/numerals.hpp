// Numbers as written: digits with their grouping, decimals, fractions and
// scale words ("10,000", "2.3 million", "5,00,000", "3/4", "12-3/4", "$8.9bn"
// has 8.9bn), and number words of any size ("two hundred and seventeen
// thousand", "twenty-first", "two-thirds", "a dozen", "tens of thousands").
// What the number is of (money, a unit) is for figure_finder.cpp.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "figures/lexicon.hpp"
#include "figures/tokenizer.hpp"
#include "text/literal.hpp"

namespace newsutils {

struct Numeral {
    enum class Role : unsigned char { plain, ordinal, fraction, vague, dozen, multiplier, decade };

    std::size_t first = 0;  // token indexes, inclusive
    std::size_t last = 0;
    double value = 0;
    Role role = Role::plain;
    bool from_digits = false;
    bool has_decimal = false;
    bool grouped = false;            // "10,000", "10 000" with a thin space
    std::size_t integer_digits = 0;  // digits before any decimal point, separators left out
    double scale = 1;                // the scale word it was multiplied by
    bool letter_scale = false;       // a one-letter scale glued on: "5m", "50k" (million, or metres?)
};

class NumeralReader {
public:
    // `lowered` is `text` in ASCII lower case; each token knows its number word.
    NumeralReader(std::string_view text, std::string_view lowered, const TokenList& tokens,
                  const FigureLexicon& lexicon)
        : text_(text), lowered_(lowered), tokens_(tokens), lex_(lexicon) {}

    // The number that starts at token `i` (digits, a leading "." before
    // digits, a vulgar fraction, or a number word), or nothing.
    std::optional<Numeral> read(std::size_t i) const;

    [[gnu::always_inline]] std::string_view token_text(std::size_t i) const {
        // A token lies inside the text: no bounds test, which substr() would make.
        return {text_.data() + tokens_[i].begin, tokens_[i].end - tokens_[i].begin};
    }
    // The text of token `i` in ASCII lower case.
    [[gnu::always_inline]] std::string_view lowered_text(std::size_t i) const {
        return {lowered_.data() + tokens_[i].begin, tokens_[i].end - tokens_[i].begin};
    }
    // The number word at token `i` (any case), if it is one.
    const NumberWord* number_word(std::size_t i) const {
        return i < tokens_.size() ? lex_.number_words.at(tokens_[i].number_word) : nullptr;
    }
    // The fraction word at token `i` ("third", "quarters"), if it is one: its denominator.
    std::optional<double> denominator(std::size_t i) const;
    [[gnu::always_inline]] bool glued(std::size_t i) const { return i < tokens_.size() && !tokens_[i].space_before; }
    [[gnu::always_inline]] bool is_symbol(std::size_t i, std::string_view s) const {
        return i < tokens_.size() && tokens_[i].type == TokenType::symbol && equals(token_text(i), s);
    }
    [[gnu::always_inline]] bool is_word(std::size_t i, std::string_view lower) const {
        if (i >= tokens_.size() || tokens_[i].type != TokenType::word) return false;
        return equals(lowered_text(i), lower);
    }

private:
    std::optional<Numeral> read_digits(std::size_t i) const;
    std::optional<Numeral> read_words(std::size_t i) const;
    void read_scale(Numeral& n) const;
    bool read_fraction_tail(Numeral& n) const;
    std::optional<std::pair<double, std::size_t>> read_denominator(std::size_t k, bool plural) const;
    void mixed_fraction(Numeral& n) const;

    std::string_view text_;
    std::string_view lowered_;
    const TokenList& tokens_;
    const FigureLexicon& lex_;
};

// The value of a vulgar fraction character ("½" 0.5), or nothing.
std::optional<double> vulgar_fraction(char32_t c);

}  // namespace newsutils
