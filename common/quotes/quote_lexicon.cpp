#include "quotes/quote_lexicon.hpp"

#include "quotes/embedded_lexicons.hpp"

namespace newsutils {

const QuoteLexicon& QuoteLexicon::builtin() {
    static const QuoteLexicon lexicon = [] {
        namespace data = lexicons::quotes;
        QuoteLexicon l{
            .splitter = std::make_shared<const SplitterLexicons>(SplitterLexicons::builtin()),
            .speech_verbs = WordSet(data::speech_verbs),
            .titles = WordSet(data::titles),
            .abbreviations = WordSet(data::titles),
            .organisation_words = WordSet(data::organisation_words),
            .subject_adverbs = WordSet(data::subject_adverbs),
            .plural_speakers = WordSet(data::plural_speakers),
            .determiners = word_set_of({"the", "a",     "an",      "The",     "A",    "An",   "his",   "her",
                                        "its", "their", "our",     "His",     "Her",  "Its",  "Their", "Our",
                                        "one", "One",   "another", "Another", "this", "This", "that",  "That"}),
            .name_particles = WordSet(data::name_particles),
            .organisation_roles = WordSet(data::organisation_roles),
            .statement_words = WordSet(data::statement_words),
            .masculine_names = {},
            .feminine_names = {},
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
