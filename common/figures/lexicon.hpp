// The language knowledge of the figure grammar, from common/figures/data/:
// number words, currencies, units, qualifiers, the words that make a number
// a label or a name, and the words that end a counted noun phrase.
#pragma once

#include <array>
#include <bitset>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "figures/phrase_table.hpp"
#include "text/ascii_case.hpp"  // lower_ascii, for the tables
#include "text/literal.hpp"
#include "text/word_list.hpp"

namespace newsutils {

struct NumberWord {
    enum class Type : unsigned char { unit, ten, scale, ordinal, denominator, dozen, vague, multiplier } type;
    double value;
};

// The number words, in lower case. The tokenizing pass asks for each word whose shape
// a number word has (one word in twenty), and three in five of those are no number
// word: a small table chained by a hash of the length and three letters answers with a
// comparison or two, where a hash map hashed every byte and walked a bucket.
class NumberWordTable {
public:
    // Keeps the first value given for a word.
    void add(std::string word, NumberWord value) {
        if (find(word)) return;
        shapes_.add(word);
        const std::size_t bucket = bucket_of(word);
        entries_.push_back({std::move(word), heads_[bucket]});
        values_.push_back(value);
        if (entries_.size() > 0xFFFF) throw std::length_error("more number words than an id holds");
        heads_[bucket] = static_cast<std::uint16_t>(entries_.size());
    }
    // The number word `lower_word` is, or null.
    const NumberWord* find(std::string_view lower_word) const { return at(find_id(lower_word)); }
    // The same as a number a token keeps in two bytes, where a pointer would take eight:
    // 1 + the number word's index, or 0.
    std::uint16_t find_id(std::string_view lower_word) const {
        if (lower_word.empty()) return 0;
        for (std::uint16_t i = heads_[bucket_of(lower_word)]; i != 0; i = entries_[i - 1].next)
            if (equals(entries_[i - 1].word, lower_word)) return i;
        return 0;
    }
    // The number word of an id find_id gave, or null for 0.
    const NumberWord* at(std::uint16_t id) const { return id == 0 ? nullptr : &values_[id - 1]; }
    // Whether `word` in some ASCII case may be a number word: a test before lowering it.
    bool may_hold(std::string_view word) const { return shapes_.may_hold(word); }

private:
    static constexpr std::size_t kBuckets = 256;
    static std::size_t bucket_of(std::string_view word) {
        const auto byte = [&](std::size_t i) { return static_cast<std::size_t>(static_cast<unsigned char>(word[i])); };
        return (word.size() * 61 + byte(0) * 31 + byte(word.size() / 2) * 7 + byte(word.size() - 1)) % kBuckets;
    }
    struct Entry {
        std::string word;
        std::uint16_t next;  // 1 + the index of the next entry of its bucket, or 0
    };
    std::vector<Entry> entries_;      // a few hundred
    std::vector<NumberWord> values_;  // entries_' values, apart: the rules look one up at nearly every token
    std::array<std::uint16_t, kBuckets> heads_{};  // by bucket: 1 + the index of its first entry, or 0
    WordShapes shapes_;
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
    NumberWordTable number_words;
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
        return number_words.at(number_word_id(lower_word));
    }
    // The same as NumberWordTable's id: 0 for none.
    [[gnu::always_inline]] std::uint16_t number_word_id(std::string_view lower_word) const {
        if (lower_word.size() > kLongestNumberWord || !number_words.may_hold(lower_word)) return 0;
        return find_number_word_id(lower_word);
    }

    static const FigureLexicon& builtin();

private:
    [[gnu::noinline]] std::uint16_t find_number_word_id(std::string_view lower_word) const;
    static constexpr std::size_t kLongestNumberWord = 16;
};

}  // namespace newsutils
