// The language knowledge the sentence splitter consults, from
// common/sentences/data/ (and the user's --abbreviations lists).
#pragma once

#include "sentences/abbreviations.hpp"
#include "sentences/credits.hpp"
#include "text/word_list.hpp"

namespace newsutils {

struct SplitterLexicons {
    Abbreviations abbreviations;
    WordSet sentence_starters;     // "The", "He": start a sentence after "U.S."
    WordSet reporting_verbs;       // `"Why?" Smith asked.` is one sentence
    WordSet time_continuations;    // "at 10 a.m. Tuesday" goes on
    WordSet time_openers;          // "At 5 a.m. Mr. Smith went..." goes on
    WordSet street_continuations;  // "Pennsylvania Ave. NW" goes on
    WordSet title_openers;         // "U.S. First Lady" is no sentence start
    WordSet personal_titles;       // "... in the U.S. Dr. Haddad said" starts one
    CreditLexicon credits;         // "... at the launch pad Image: ESA." is two sentences

    static SplitterLexicons builtin();
};

}  // namespace newsutils
