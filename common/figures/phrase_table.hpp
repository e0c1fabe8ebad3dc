// A table of short phrases ("per cent", "us$", "km/h", "degrees celsius")
// matched at a position of a text, longest first: letters without regard to
// case (ASCII), other bytes exactly, and a space in a phrase against any run
// of whitespace (a no-break space, a soft wrap). Used for the currencies,
// units and qualifiers around a number.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsutils {

template <class Payload>
class PhraseTable {
public:
    struct Match {
        std::size_t begin;
        std::size_t end;
        const Payload* payload;
    };

    void add(std::string_view phrase, Payload payload);

    // The longest phrase that starts at `pos` and ends at a word boundary.
    std::optional<Match> match_at(std::string_view text, std::size_t pos) const;
    // The longest phrase that ends at `end` and starts at a word boundary (not before `floor`).
    std::optional<Match> match_before(std::string_view text, std::size_t end, std::size_t floor = 0) const;

    bool empty() const { return entries_.empty(); }

private:
    struct Entry {
        std::string phrase;  // lower case
        Payload payload;
    };
    // Whether `phrase` matches text from `pos`; sets `end` just past the match.
    static bool matches(std::string_view text, std::size_t pos, std::string_view phrase, std::size_t& end);
    static bool boundary_after(std::string_view text, std::size_t end, std::string_view phrase);
    static bool boundary_before(std::string_view text, std::size_t begin, std::string_view phrase);

    std::vector<Entry> entries_;
    // Entries by their first byte (lower case), longest first.
    std::array<std::vector<std::size_t>, 256> by_first_{};
    // Entries by their last byte (lower case), longest first.
    std::array<std::vector<std::size_t>, 256> by_last_{};
};

}  // namespace newsutils

#include "figures/phrase_table_impl.hpp"
