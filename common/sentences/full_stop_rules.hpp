// Whether a full stop ends its sentence: the word before it (an
// abbreviation of one of the kinds in data/abbreviations.txt, an initial,
// a time of day, an ordinary word) against the word after it. The rules of
// one paragraph, told where the current sentence began.
#pragma once

#include <cstddef>
#include <string_view>

#include "sentences/lexicons.hpp"
#include "sentences/next_word.hpp"

namespace newsutils {

class FullStopRules {
public:
    FullStopRules(const SplitterLexicons& lexicons, std::string_view text) : lex_(lexicons), text_(text) {}

    // The current sentence begins at `pos`; no rule looks back before it.
    void set_sentence_begin(std::size_t pos) { sentence_begin_ = pos; }

    // Whether the full stop at `dot`, followed by whitespace and `next`, ends the sentence.
    bool period_ends_sentence(std::size_t dot, const NextWord& next) const { return period_ends_at(dot, next); }
    // "Hello world.Today is Tuesday.": whether the full stop at `dot`, run
    // straight into the word at `after`, ends the sentence.
    bool glued_sentence_end(std::size_t dot, std::size_t after) const;
    // "The", "He": a capitalized word that starts a sentence even after an ambiguous abbreviation.
    bool is_sentence_starter(const NextWord& next) const;
    // The word a full stop at `dot` follows, from the last whitespace (or the
    // start of the current sentence) on, without opening quotes or brackets.
    std::string_view token_before(std::size_t dot) const;

private:
    enum class TokenClass;

    bool period_ends_at(std::size_t dot, const NextWord& next) const;
    std::size_t word_start_before(std::size_t end) const;
    bool follows_comma(std::size_t token_begin) const;
    bool follows_capitalized_city(std::size_t token_begin) const;
    bool follows_ordinal(std::size_t token_begin) const;
    bool previous_word_is_lowercase(std::size_t token_begin) const;
    TokenClass classify(std::string_view token) const;
    static bool is_dotted_acronym(std::string_view token);
    bool decide(TokenClass token_class, std::string_view token, std::size_t token_begin, const NextWord& next) const;
    bool names_a_time_zone(const NextWord& next) const;
    static bool is_time_of_day(std::string_view token);
    bool opens_with_time(std::size_t token_begin) const;

    const SplitterLexicons& lex_;
    std::string_view text_;
    std::size_t sentence_begin_ = 0;
};

}  // namespace newsutils
