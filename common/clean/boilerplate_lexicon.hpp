// The phrases of page furniture (common/clean/data/boilerplate.txt and the
// users' --boilerplate files), by how a line must hold them.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "text/word_list.hpp"

namespace newsutils {

// Which section of the lexicon matched a line.
enum class BoilerplateMatch { line, prefix, phrase, dated, credit, end };

class BoilerplateLexicon {
public:
    // The built-in lists.
    static const BoilerplateLexicon& builtin();

    BoilerplateLexicon() = default;
    // Adds a list in the format of data/boilerplate.txt. Throws WordListError
    // for an unknown section or an entry before any section.
    void add_list(std::string_view text);

    // What matches `lowered` (the line in ASCII lower case, `words` words
    // long), given whether the line lies in the article's body.
    std::optional<BoilerplateMatch> match(std::string_view lowered, std::size_t words, bool in_body) const;
    // The same but for the [phrase] section, which looks through the whole line.
    std::optional<BoilerplateMatch> match_without_phrases(std::string_view lowered, std::size_t words) const;
    bool holds_phrase(std::string_view lowered) const;
    // Whether `lowered` holds an entry of the [notice] section: a consent or copyright
    // notice, furniture whatever its length and wherever it stands.
    bool holds_notice(std::string_view lowered) const;

    BoilerplateLexicon(const BoilerplateLexicon& other) { *this = other; }
    BoilerplateLexicon& operator=(const BoilerplateLexicon& other);

private:
    // The entries of a section by their first byte: a line is compared with those only.
    using ByFirstByte = std::array<std::vector<const std::string*>, 256>;
    static void index_by_first_byte(const std::vector<std::string>& entries, ByFirstByte& index);
    // Whether `lowered` holds an entry of `index` anywhere: one pass over it, and at each byte
    // that starts an entry, the entries of that first byte are compared.
    static bool holds_anywhere(std::string_view lowered, const ByFirstByte& index);

    std::unordered_set<std::string, StringHash, std::equal_to<>> lines_;
    std::vector<std::string> prefixes_, phrases_, dated_, credits_, ends_, notices_;
    std::size_t longest_line_ = 0;
    // (They point into the vectors above.)
    ByFirstByte ends_by_first_, dated_by_first_, prefixes_by_first_, credits_by_first_, phrases_by_first_,
        notices_by_first_;
};

}  // namespace newsutils
