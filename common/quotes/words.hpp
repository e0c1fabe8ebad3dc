// The words and punctuation around quotations, as extract-quotes reads them
// to find a cue and its speaker ("…,” Vance told lawmakers, “…").
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "text/word_list.hpp"

namespace newsutils {

// What the cue reader asks of a word, looked up once a paragraph (classify_tokens).
enum TokenClass : unsigned char {
    kSpeechVerb = 1,    // said, told, called
    kFunctionWord = 2,  // and, of, the, who
    kNameWord = 4,      // capitalised and no sentence starter: "Vance", "Minister"
    kDeterminer = 8,    // the, a, his
    kAdverb = 16,       // "later", "on Monday": between a speaker and the verb
    kPronoun = 32,      // he, she, they
};

struct ContextToken {
    std::size_t begin;
    std::size_t end;
    bool word;         // letters or digits; else one punctuation character
    bool capitalized;  // a word whose first character is upper case
    unsigned char classes = 0;
};

// Appends the tokens of text[begin, end) to `tokens`: words (letters and
// digits, with the apostrophes, hyphens and full stops inside them, as in
// "don't", "Kassym-Jomart", "U.S"), a full stop after a word of
// `abbreviations` ("Mr.", "Coun.") or an initial ("J."), and each other
// non-space character as a token of its own. Quotation marks are no tokens.
void tokenize(std::string_view text, std::size_t begin, std::size_t end, const WordSet& abbreviations,
              std::vector<ContextToken>& tokens);

// (A token lies inside its text: no bounds test, as substr's, at each of the cue reader's words.)
inline std::string_view token_text(std::string_view text, const ContextToken& token) {
    return {text.data() + token.begin, token.end - token.begin};
}

// Whether `word` ends with `ending`, as string_view's ends_with tells; a byte loop, inline,
// where that measures a literal and calls memcmp, for the endings ("'s", "ing") the cue
// reader asks of nearly every word near a cue.
constexpr bool ends_with_bytes(std::string_view word, std::string_view ending) {
    if (word.size() < ending.size()) return false;
    const std::size_t from = word.size() - ending.size();
    for (std::size_t i = 0; i < ending.size(); ++i)
        if (word[from + i] != ending[i]) return false;
    return true;
}

// The word without a full stop at its end, and without a possessive "'s"
// ("Tokayev's" -> "Tokayev").
std::string_view bare_word(std::string_view word);

// "Smailov's", "Jones’": a possessive, which ends a name ("Kethari's Ministry of Fisheries").
bool ends_with_possessive(std::string_view word);

// Whether `word` is `lower` in lower case or with a capital first letter.
bool is_word_in_any_case(std::string_view word, std::string_view lower);

}  // namespace newsutils
