#include "quotes/quote_lexicon.hpp"

#include <unordered_map>

#include "quotes/embedded_lexicons.hpp"
#include "quotes/words.hpp"
#include "sentences/embedded_lexicons.hpp"
#include "text/pronouns.hpp"

namespace newsutils {
namespace {

// The words that open a role mention: "the minister", "a spokesman", "his lawyer".
constexpr std::string_view kDeterminers[] = {"the", "a",     "an",      "The",     "A",    "An",   "his",   "her",
                                             "its", "their", "our",     "His",     "Her",  "Its",  "Their", "Our",
                                             "one", "One",   "another", "Another", "this", "This", "that",  "That"};

WordClassTable classes_of_words() {
    std::unordered_map<std::string, unsigned char> classes;
    const auto add = [&](std::string_view list, unsigned char bit) {
        for_each_entry(list, [&](std::size_t, std::string_view word) { classes[std::string(word)] |= bit; });
    };
    add(lexicons::quotes::speech_verbs, kSpeechVerb);
    add(lexicons::sentences::reporting_verbs, kSpeechVerb);
    add(lexicons::quotes::function_words, kFunctionWord);
    add(lexicons::quotes::subject_adverbs, kAdverb);
    add(lexicons::quotes::titles, QuoteLexicon::kTitle);
    add(lexicons::sentences::sentence_starters, QuoteLexicon::kStarter);
    for (const std::string_view determiner : kDeterminers) classes[std::string(determiner)] |= kDeterminer;
    for (const std::string_view pronoun :
         {"he", "she", "it", "they", "i", "we", "you", "He", "She", "It", "They", "I", "We", "You"})
        if (find_subject_pronoun(pronoun)) classes[std::string(pronoun)] |= kPronoun;
    return WordClassTable({classes.begin(), classes.end()});
}

}  // namespace

const QuoteLexicon& QuoteLexicon::builtin() {
    static const QuoteLexicon lexicon = [] {
        namespace data = lexicons::quotes;
        QuoteLexicon l{
            .splitter = std::make_shared<const SplitterLexicons>(SplitterLexicons::builtin()),
            .abbreviations = WordSet(data::titles),
            .organisation_words = WordSet(data::organisation_words),
            .plural_speakers = WordSet(data::plural_speakers),
            .name_particles = WordSet(data::name_particles),
            .organisation_roles = WordSet(data::organisation_roles),
            .statement_words = WordSet(data::statement_words),
            .masculine_names = {},
            .feminine_names = {},
            .word_classes = classes_of_words(),
        };
        WordSet* section = nullptr;
        for_each_entry(
            data::first_names,
            [&](std::size_t line, std::string_view name) {
                if (!section) throw WordListError(line, "a name before any section");
                section->insert(name);
            },
            [&](std::size_t line, std::string_view name) {
                if (name == "masculine")
                    section = &l.masculine_names;
                else if (name == "feminine")
                    section = &l.feminine_names;
                else
                    throw WordListError(line, "unknown section [" + std::string(name) + "]");
            });

        for (const char* abbreviation : {"St", "Jr", "Sr", "Gen", "Lt", "Col", "Maj", "Sgt", "Cpl", "Adm"})
            l.abbreviations.insert(abbreviation);
        return l;
    }();
    return lexicon;
}

}  // namespace newsutils
