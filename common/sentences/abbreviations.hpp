// The abbreviation table: which words a full stop need not end, and how each
// behaves before the next word (see common/data/abbreviations.txt).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "text/word_list.hpp"

namespace newsutils {

enum class AbbreviationKind {
    title,      // before a name: never ends a sentence ("Dr. Smith")
    number,     // before a number: "No. 10"; otherwise an ordinary word
    ambiguous,  // ends only before a clear sentence start ("U.S. The")
    place,      // a state after a city: "Dorchester, Mass. Police said" ends
    street,     // after a street name: ends before a capital ("Elm Ave. Police")
    weak,       // ends before a capitalized word ("etc. The", "p.m. Police")
    never,      // never ends a sentence ("e.g.", "v.")
};

class Abbreviations {
public:
    // The built-in table.
    static Abbreviations builtin();

    // Adds the entries of a list in the abbreviations.txt format; entries
    // before any section are ambiguous. Throws WordListError for an unknown section
    // or a malformed line.
    void add_list(std::string_view text);
    void add(std::string_view entry, AbbreviationKind kind);

    // `word` is the text before the final full stop, e.g. "Mr", "U.S", "a.m".
    std::optional<AbbreviationKind> find(std::string_view word) const;

private:
    using Table = std::unordered_map<std::string, AbbreviationKind, StringHash, std::equal_to<>>;
    Table exact_;
    Table any_case_;  // keys in lower case
};

}  // namespace newsutils
