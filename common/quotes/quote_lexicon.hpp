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
    WordSet abbreviations;                    // the titles written with a full stop: "Mr.", "Sen."
    WordSet organisation_words;               // Ministry, Police, Party
    WordSet plural_speakers;                  // police, officials
    WordSet name_particles;                   // de, van, bin: inside a name
    WordSet organisation_roles;               // company, ministry: "the company said" is the one named before
    WordSet statement_words;                  // statement, report: "the statement said" is whoever issued it
    WordSet masculine_names, feminine_names;  // given names that tell a gender

    // Every word the cue reader asks about (verbs of saying, function words,
    // adverbs, determiners, pronouns, sentence starters, titles), with its
    // classes (the TokenClass bits of quotes/words.hpp, and these two): one
    // lookup a word.
    static constexpr unsigned char kStarter = 64;  // a sentence starter: "The", "But"
    static constexpr unsigned char kTitle = 128;   // "Mr", "Minister"
    WordClassTable word_classes;

    // Mr, Minister, Coun: a title before a name.
    bool is_title(std::string_view word) const { return word_classes.classes_of(word) & kTitle; }

    static const QuoteLexicon& builtin();
};

}  // namespace newsutils
