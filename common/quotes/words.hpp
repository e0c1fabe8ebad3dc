// The words and punctuation around quotations, as extract-quotes reads them
// to find a cue and its speaker ("…,” Vance told lawmakers, “…").
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "quotes/word_classes.hpp"

namespace newsutils {

// What the cue reader asks of a word, looked up once, as the word is read (tokenize). The
// first six are a token's own (a capitalised word is a name word and neither a verb of
// saying nor a function word); the others are the lexicon's facts of the word as written.
enum TokenClass : std::uint32_t {
    kSpeechVerb = 1,          // said, told, called
    kFunctionWord = 2,        // and, of, the, who
    kNameWord = 4,            // capitalised and no sentence starter: "Vance", "Minister"
    kDeterminer = 8,          // the, a, his
    kAdverb = 16,             // "later", "on Monday": between a speaker and the verb
    kPronoun = 32,            // he, she, they
    kStarter = 64,            // a sentence starter: "The", "But"
    kTitle = 128,             // "Mr", "Minister"
    kAbbreviation = 256,      // a title written with a full stop: "Mr.", "Sen.", "Gen."
    kOrganisationWord = 512,  // Ministry, Police, Party
    kMasculineName = 1024,    // a given name that tells a gender: "Daniel"
    kFeminineName = 2048,     // "Teodora"
    kNameParticle = 4096,     // de, van, bin: inside a name
    kMasculineTitle = 8192,   // Mr, Sir, Lord, King, Prince
    kFeminineTitle = 16384,   // Mrs, Ms, Miss, Dame, Lady, Queen
    // (Only the bits above are kept of a word's bare form.)
    kOpeningWord = 1 << 16,  // opens a sentence before its subject: "On Tuesday, the ministry said"
    kConjunction = 1 << 17,  // But, And: "But Vance said"
    kPreposition = 1 << 18,  // by, of, with: "the University of Rehfeld", "killed by dangerous driving"
};

struct ContextToken {
    std::size_t begin;
    std::size_t end;
    bool word;                       // letters or digits; else one punctuation character
    bool capitalized;                // a word whose first character is upper case
    std::uint16_t bare_classes = 0;  // the lexicon's of its bare_word ("Tokayev's" -> "Tokayev")
    std::uint32_t classes = 0;       // of the word as written, the first six as told above
};

// Appends the tokens of text[begin, end) to `tokens`, with their classes in `words`:
// words (letters and digits, with the apostrophes, hyphens and full stops inside them, as in
// "don't", "Kassym-Jomart", "U.S"), a full stop after an abbreviation ("Mr.", "Coun.") or an
// initial ("J."), and each other non-space character as a token of its own. Quotation marks
// are no tokens.
void tokenize(std::string_view text, std::size_t begin, std::size_t end, const WordClassTable& words,
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
