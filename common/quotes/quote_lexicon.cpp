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

// Words that open a sentence before its subject: "On Tuesday, the ministry
// said"; "But Vance said".
constexpr const char* kOpeningWords[] = {
    "In",        "On",         "At",        "After",   "Before",     "Speaking",    "Asked",     "During",
    "Since",     "When",       "While",     "As",      "Amid",       "Despite",     "Following", "Earlier",
    "Later",     "Last",       "Meanwhile", "However", "Outside",    "Inside",      "Under",     "With",
    "For",       "From",       "Over",      "Writing", "Addressing", "Interviewed", "Back",      "Today",
    "Yesterday", "Separately", "Elsewhere", "Instead", "Still",      "Now",         "Then",      "Once",
};
constexpr const char* kConjunctions[] = {"But", "And", "Yet", "Also", "So", "Or", "Nor"};
// Before the object of a preposition, which is no speaker: "… by dangerous driving told".
constexpr const char* kPrepositions[] = {"by",   "of",    "with", "from",  "in",    "on",     "at",      "for",    "to",
                                         "into", "about", "over", "under", "after", "before", "against", "without"};

// Given names from first_names.txt, each with the bit of its section.
void add_first_names(std::unordered_map<std::string, std::uint32_t>& classes) {
    std::uint32_t section = 0;
    for_each_entry(
        lexicons::quotes::first_names,
        [&](std::size_t line, std::string_view name) {
            if (section == 0) throw WordListError(line, "a name before any section");
            classes[std::string(name)] |= section;
        },
        [&](std::size_t line, std::string_view name) {
            if (name == "masculine")
                section = kMasculineName;
            else if (name == "feminine")
                section = kFeminineName;
            else
                throw WordListError(line, "unknown section [" + std::string(name) + "]");
        });
}

WordClassTable classes_of_words() {
    std::unordered_map<std::string, std::uint32_t> classes;
    const auto add = [&](std::string_view list, std::uint32_t bit) {
        for_each_entry(list, [&](std::size_t, std::string_view word) { classes[std::string(word)] |= bit; });
    };
    add(lexicons::quotes::speech_verbs, kSpeechVerb);
    add(lexicons::sentences::reporting_verbs, kSpeechVerb);
    add(lexicons::quotes::function_words, kFunctionWord);
    add(lexicons::quotes::subject_adverbs, kAdverb);
    add(lexicons::quotes::titles, kTitle | kAbbreviation);
    add(lexicons::sentences::sentence_starters, kStarter);
    add(lexicons::quotes::organisation_words, kOrganisationWord);
    add(lexicons::quotes::name_particles, kNameParticle);
    add_first_names(classes);
    for (const std::string_view determiner : kDeterminers) classes[std::string(determiner)] |= kDeterminer;
    for (const std::string_view pronoun :
         {"he", "she", "it", "they", "i", "we", "you", "He", "She", "It", "They", "I", "We", "You"})
        if (find_subject_pronoun(pronoun)) classes[std::string(pronoun)] |= kPronoun;
    // Abbreviated titles not in the list of titles: "St. Clair", "Gen. Olsen".
    for (const char* abbreviation : {"St", "Jr", "Sr", "Gen", "Lt", "Col", "Maj", "Sgt", "Cpl", "Adm"})
        classes[abbreviation] |= kAbbreviation;
    // Titles that tell a gender: "Mr Oketch" is he.
    for (const char* title : {"Mr", "Sir", "Lord", "King", "Prince"}) classes[title] |= kMasculineTitle;
    for (const char* title : {"Mrs", "Ms", "Miss", "Dame", "Lady", "Queen"}) classes[title] |= kFeminineTitle;
    for (const char* word : kOpeningWords) classes[word] |= kOpeningWord;
    for (const char* word : kConjunctions) classes[word] |= kConjunction;
    for (const char* word : kPrepositions) classes[word] |= kPreposition;
    return WordClassTable({classes.begin(), classes.end()});
}

}  // namespace

bool QuoteLexicon::is_title(std::string_view word) const {
    return word_classes.classes_of(word) & kTitle;
}

const QuoteLexicon& QuoteLexicon::builtin() {
    static const QuoteLexicon lexicon = [] {
        namespace data = lexicons::quotes;
        return QuoteLexicon{
            .splitter = std::make_shared<const SplitterLexicons>(SplitterLexicons::builtin()),
            .plural_speakers = WordSet(data::plural_speakers),
            .organisation_roles = WordSet(data::organisation_roles),
            .statement_words = WordSet(data::statement_words),
            .word_classes = classes_of_words(),
        };
    }();
    return lexicon;
}

}  // namespace newsutils
