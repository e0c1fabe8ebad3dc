// A table of short phrases ("per cent", "us$", "km/h", "degrees celsius")
// matched at a position of a text, longest first: letters without regard to
// case (ASCII), other bytes exactly, and a space in a phrase against any run
// of whitespace (a no-break space, a soft wrap). Used for the currencies,
// units and qualifiers around a number, so it is asked at every figure: the
// phrases are kept in two tries, one read forwards and one backwards, and a
// match costs the length of the text it reads, not the size of the table.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
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

    // A phrase added twice keeps its first payload.
    void add(std::string_view phrase, Payload payload);

    // The longest phrase that starts at `pos` and ends at a word boundary.
    std::optional<Match> match_at(std::string_view text, std::size_t pos) const;
    // The longest phrase that ends at `end` and starts at a word boundary (not before `floor`).
    std::optional<Match> match_before(std::string_view text, std::size_t end, std::size_t floor = 0) const;

    bool empty() const { return payloads_.empty(); }

private:
    static constexpr std::uint32_t kNone = UINT32_MAX;
    struct Node {
        // Its children by byte (lower case; ' ' for whitespace). Most nodes of a phrase trie have
        // one child, which is kept in the node: no allocation for it when the table is built, and
        // no indirection when it is matched.
        unsigned char first_byte = 0;
        std::uint32_t first_child = kNone;
        std::vector<std::pair<unsigned char, std::uint32_t>> more_children;
        std::uint32_t payload = kNone;  // a phrase ends here
    };
    // A trie whose root's children are found by a table, the rest by a short scan.
    struct Trie {
        std::vector<Node> nodes{1};
        std::array<std::uint32_t, 256> root_children;
        Trie() { root_children.fill(kNone); }
        std::uint32_t child(std::uint32_t node, unsigned char byte) const;
        std::uint32_t add_child(std::uint32_t node, unsigned char byte);
    };

    std::vector<Payload> payloads_;
    Trie forward_;   // the phrases as written
    Trie backward_;  // the phrases from their last byte to their first
};

}  // namespace newsutils

#include "figures/phrase_table_impl.hpp"
