// The language knowledge of the figure grammar, from common/figures/data/:
// number words, currencies, units, qualifiers, the words that make a number
// a label or a name, and the words that end a counted noun phrase.
#pragma once

#include <string>
#include <unordered_map>

#include "figures/phrase_table.hpp"
#include "text/word_list.hpp"

namespace newsutils {

struct NumberWord {
    enum class Type : unsigned char { unit, ten, scale, ordinal, denominator, dozen, vague, multiplier } type;
    double value;
};

struct Currency {
    std::string code;      // ISO 4217
    double factor = 1;     // 0.01 for cents and pence
    bool is_code = false;  // written as the code itself ("usd"): matches only in capitals, "USD 5"
};

enum class UnitKind : unsigned char { dimension, temperature, duration, counted };

struct Unit {
    std::string canonical;  // "km", "C", "week"
    UnitKind kind;
};

struct FigureLexicon {
    std::unordered_map<std::string, NumberWord, StringHash, std::equal_to<>> number_words;  // lower case
    std::unordered_map<std::string, double, StringHash, std::equal_to<>> denominators;      // "thirds": 3
    PhraseTable<Currency> currency_before;                                                  // "$", "us$", "rs", "usd"
    PhraseTable<Currency> currency_after;                                                   // "dollars", "tenge", "usd"
    PhraseTable<Currency> subunits;                                                         // "cents", "pence", "p"
    PhraseTable<Unit> units;
    enum class Percent : unsigned char { percent, point, basis };
    PhraseTable<Percent> percents;  // "%", "per cent", "percentage points", "bp"
    // How a qualifier bounds its figure: "about", a lower or an upper bound, or a period of a year ("early").
    enum class Qualifier : unsigned char { approximate, lower, upper, period };
    PhraseTable<Qualifier> qualifiers;
    std::unordered_map<std::string, int, StringHash, std::equal_to<>> months;
    WordSet weekdays, timezones, version_cues, score_cues, phone_cues, change_verbs, count_words;
    WordSet noun_stops;

    static const FigureLexicon& builtin();
};

// `word` in ASCII lower case, for the tables above.
std::string lower_ascii(std::string_view word);

}  // namespace newsutils
