// Words hyphenated across a line break: "govern-" ⏎ "ment" is "government",
// but "well-" ⏎ "known" is "well-known".
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "clean/page_lines.hpp"
#include "text/word_list.hpp"

namespace newsutils {

// Decides whether the hyphen at a line break belongs to the word. The page's
// own words decide first: a word written whole elsewhere in it joins, one
// written with its hyphen keeps it. Then the English word list of Debian's
// wamerican package (SCOWL, embedded at build time) decides: the joined word
// in it joins. Any other keeps its hyphen: a hyphen wrongly kept costs
// less than two words wrongly joined.
class HyphenJudge {
public:
    // Reads the words of the page's lines, when one of them ends in a hyphen at all.
    explicit HyphenJudge(const std::vector<PageLine>& lines);

    // Whether `first` + "-" + `second` (the word parts either side of the
    // break, without the hyphen) is a hyphenated word rather than one word.
    bool keeps_hyphen(std::string_view first, std::string_view second) const;

private:
    std::unordered_set<std::string, StringHash, std::equal_to<>> page_words_;
};

}  // namespace newsutils
