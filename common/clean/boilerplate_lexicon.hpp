// The phrases of page furniture (common/clean/data/boilerplate.txt and the
// users' --boilerplate files), by how a line must hold them.
#pragma once

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

private:
    std::unordered_set<std::string, StringHash, std::equal_to<>> lines_;
    std::vector<std::string> prefixes_, phrases_, dated_, credits_, ends_;
};

}  // namespace newsutils
