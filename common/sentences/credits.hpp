// Photo and image credits run into a caption: a credit starts a sentence of
// its own, whether or not the caption ends in a full stop (item 9 of the
// "One library" issue; a third of the boundaries missed on real web pages
// were such credits). Three shapes, each with its lexicon in data/:
//  - a label and a colon after the caption's last word:
//    "... at the launch pad Image: ESA." (credit_labels.txt);
//  - a bracketed group with a credit word, ending the caption:
//    "... on June 21 (AP Photo/Rafiq Hossain)" (credit_words.txt);
//  - a known credit line at the paragraph's end, without a label or a full
//    stop: "... on Saturday night Getty Images" (credit_lines.txt).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/word_list.hpp"

namespace newsutils {

struct CreditLexicon {
    std::vector<std::string> labels;   // lower case with the colon: "image credit:"
    WordSet bracket_words;             // lower case
    std::vector<std::string> lines;    // as written
    std::vector<std::string> phrases;  // "Photo by", "Courtesy of": a credit from there on

    static CreditLexicon builtin();
};

class CreditRules {
public:
    CreditRules(const CreditLexicon& lexicon, const WordSet& sentence_starters, std::string_view text)
        : lex_(lexicon), starters_(sentence_starters), text_(text) {}

    // At the ':' at `mark`: where the credit label that ends there begins,
    // when it starts the sentence or is run in after a caption's word; npos
    // otherwise.
    std::size_t label_before(std::size_t mark, std::size_t sentence_begin) const;
    // After a credit's label ending at `from`: where a sentence that follows
    // the credit on the same paragraph begins ("Photo: Jason Reid A resident
    // carries..."), or npos.
    std::size_t sentence_after_credit(std::size_t from) const;
    // At the ')' at `close`: where the bracketed credit that ends
    // there begins (its opening bracket), or npos.
    std::size_t bracketed_credit_before(std::size_t close, std::size_t sentence_begin) const;
    // Where an unlabeled credit line that ends the paragraph begins, when it
    // follows a caption's word after `sentence_begin`; npos otherwise.
    std::size_t trailing_credit(std::size_t sentence_begin) const;

private:
    bool follows_caption_word(std::size_t pos, std::size_t sentence_begin) const;
    bool looks_like_sentence_at(std::size_t pos) const;
    static bool names_around_slash(std::string_view content);

    const CreditLexicon& lex_;
    const WordSet& starters_;
    std::string_view text_;
};

}  // namespace newsutils
