// The language knowledge extract-quotes consults, from common/quotes/data/
// and the splitter's lexicons (reporting verbs, sentence starters).
#pragma once

#include <memory>

#include "sentences/lexicons.hpp"
#include "text/word_list.hpp"

namespace newsutils {

struct QuoteLexicon {
    std::shared_ptr<const SplitterLexicons> splitter;
    WordSet speech_verbs;                     // said, told, stressed, called, described...
    WordSet titles;                           // Mr, Minister, Coun: before a name
    WordSet abbreviations;                    // the titles written with a full stop: "Mr.", "Sen."
    WordSet organisation_words;               // Ministry, Police, Party
    WordSet subject_adverbs;                  // "Tokayev on Monday said"
    WordSet plural_speakers;                  // police, officials
    WordSet determiners;                      // the, a, his: open a role mention
    WordSet name_particles;                   // de, van, bin: inside a name
    WordSet organisation_roles;               // company, ministry: "the company said" is the one named before
    WordSet statement_words;                  // statement, report: "the statement said" is whoever issued it
    WordSet masculine_names, feminine_names;  // given names that tell a gender

    // Every word above that the cue reader asks about, with its classes (the
    // TokenClass bits of quotes/words.hpp, and these two), found with one lookup.
    static constexpr unsigned char kStarter = 64;  // a sentence starter: "The", "But"
    static constexpr unsigned char kTitle = 128;   // "Mr", "Minister"
    WordMap<unsigned char> word_classes;

    bool is_speech_verb(std::string_view word) const {
        return speech_verbs.contains(word) || splitter->reporting_verbs.contains(word);
    }

    static const QuoteLexicon& builtin();
};

}  // namespace newsutils
