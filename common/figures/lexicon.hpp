// The language knowledge of the figure grammar, from common/figures/data/:
// number words, currencies, units, qualifiers, the words that make a number
// a label or a name, and the words that end a counted noun phrase.
#pragma once

#include <bitset>
#include <string>
#include <string_view>
#include <unordered_map>

#include "figures/phrase_table.hpp"
#include "text/ascii_case.hpp"  // lower_ascii, for the tables
#include "text/word_list.hpp"

namespace newsutils {

struct NumberWord {
    enum class Type : unsigned char { unit, ten, scale, ordinal, denominator, dozen, vague, multiplier } type;
    double value;
};

struct Currency {
    std::string code;          // ISO 4217
    double factor = 1;         // 0.01 for cents and pence
    bool is_code = false;      // written as the code itself ("usd"): matches only in capitals, "USD 5"
    bool capitalized = false;  // matches only with a capital first: the wire's "DM 4.5 mln", not "10 dm"
};

enum class UnitKind : unsigned char { dimension, temperature, duration, counted };

struct Unit {
    std::string canonical;  // "km", "C", "week"
    UnitKind kind;
};

// The words besides number words that the figure grammar's tokenizing pass
// notes: those a figure may open with ("a third", "an eighth", "No. 5",
// "Nos. 3 and 4", "half a million", "tens of thousands", "quarter-point")
// and the address mark "www".
inline constexpr std::string_view kIndexedWords[] = {"a", "an", "no", "nos", "half", "tens", "quarter", "www"};

struct FigureLexicon {
    WordMap<NumberWord> number_words;       // lower case
    WordMap<double> denominators;           // "thirds": 3
    PhraseTable<Currency> currency_before;  // "$", "us$", "rs", "usd"
    PhraseTable<Currency> currency_after;   // "dollars", "tenge", "usd"
    PhraseTable<Currency> subunits;         // "cents", "pence", "p"
    PhraseTable<Unit> units;
    enum class Percent : unsigned char { percent, point, basis };
    PhraseTable<Percent> percents;  // "%", "per cent", "percentage points", "bp"
    // How a qualifier bounds its figure: "about", a lower or an upper bound, or a period of a year ("early").
    enum class Qualifier : unsigned char { approximate, lower, upper, period };
    PhraseTable<Qualifier> qualifiers;
    WordMap<int> months;  // lower case: "january", "jan": 1
    WordSet weekdays, timezones, version_cues, score_cues, phone_cues, change_verbs, count_words, person_words;
    WordSet number_cues;  // lower case words a number names a thing after: "exit 431", "gate 12"
    WordSet noun_stops;
    // The shapes of the number words and of kIndexedWords, in lower case: the
    // tokenizing pass asks it of every word, and nineteen in twenty are neither.
    WordShapes indexed_word_shapes;

    // The number word `lower_word` (in ASCII lower case) is, or null.
    // The shape test is inline: it turns away nineteen words in twenty, each word of the text is asked.
    [[gnu::always_inline]] const NumberWord* number_word(std::string_view lower_word) const {
        if (lower_word.size() > kLongestNumberWord || !number_words.may_hold(lower_word)) return nullptr;
        return find_number_word(lower_word);
    }

    static const FigureLexicon& builtin();

private:
    [[gnu::noinline]] const NumberWord* find_number_word(std::string_view lower_word) const;
    static constexpr std::size_t kLongestNumberWord = 16;
};

}  // namespace newsutils
