#include "sentences/lexicons.hpp"

#include "sentences/embedded_lexicons.hpp"

namespace newsutils {

SplitterLexicons SplitterLexicons::builtin() {
    namespace data = lexicons::sentences;
    return SplitterLexicons{
        Abbreviations::builtin(),          WordSet(data::sentence_starters), WordSet(data::reporting_verbs),
        WordSet(data::time_continuations), WordSet(data::time_openers),      WordSet(data::street_continuations),
        WordSet(data::title_openers),      WordSet(data::personal_titles),   CreditLexicon::builtin()};
}

}  // namespace newsutils
