// The language knowledge extract-quotes consults, from common/quotes/data/
// and the splitter's lexicons (reporting verbs, sentence starters).
#pragma once

#include <memory>

#include "quotes/word_classes.hpp"
#include "sentences/lexicons.hpp"
#include "text/word_list.hpp"

namespace newsutils {

struct QuoteLexicon {
    std::shared_ptr<const SplitterLexicons> splitter;
    // Looked up in lower case. (The titles, organisation words, name particles and given
    // names are looked up as written: their bits are in word_classes.)
    WordSet plural_speakers;     // police, officials
    WordSet organisation_roles;  // company, ministry: "the company said" is the one named before
    WordSet statement_words;     // statement, report: "the statement said" is whoever issued it

    // Every word the cue reader asks about as written (verbs of saying, function
    // words, adverbs, determiners, pronouns, sentence starters, titles and
    // abbreviations, organisation words, name particles, given names), with its
    // classes (the TokenClass bits of quotes/words.hpp): one lookup a word, as it
    // is read.
    WordClassTable word_classes;

    // Mr, Minister, Coun: a title before a name.
    bool is_title(std::string_view word) const;

    static const QuoteLexicon& builtin();
};

}  // namespace newsutils
