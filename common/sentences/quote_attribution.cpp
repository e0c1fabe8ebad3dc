#include "sentences/quote_attribution.hpp"

#include <cstring>

#include "text/pronouns.hpp"
#include "text/utf8.hpp"

namespace newsutils {

bool is_attribution(std::string_view text, std::size_t pos, const WordSet& sentence_starters,
                    const WordSet& reporting_verbs, bool any_continuation) {
    int names = 0;
    bool pronoun = false, in_appositive = false;
    for (int tokens = 0; pos < text.size() && tokens < 24; ++tokens) {
        const std::size_t end = utf8::skip_non_spaces(text, pos, text.size());
        const std::string_view word = text.substr(pos, end - pos);
        pos = utf8::skip_spaces(text, end);
        std::size_t letters = word.size();
        while (letters > 0 && std::strchr(".,;:!?", word[letters - 1])) --letters;
        const std::string_view bare = word.substr(0, letters), punctuation = word.substr(letters);
        if (in_appositive) {  // "Smith, D-Vt., asked": runs to the next comma
            if (!punctuation.empty() && punctuation.back() == ',')
                in_appositive = false;
            else if (punctuation.find_first_not_of('.') != std::string_view::npos)
                return false;
            continue;
        }
        if (letters == 0) return false;
        if (utf8::is_upper(utf8::decode_at(word, 0).code_point)) {
            if (sentence_starters.contains(bare)) {
                // "He said" attributes; "And I said" starts a new sentence.
                if (names > 0 || !find_subject_pronoun(bare)) return false;
                pronoun = true;
            } else if (pronoun) {
                return false;
            }
            if (++names > 4) return false;
            if (punctuation == "," && !pronoun)
                in_appositive = true;
            else if (!punctuation.empty() && punctuation != ".")
                return false;
            continue;
        }
        if (names == 0 || !reporting_verbs.contains(bare)) return false;
        return any_continuation || !punctuation.empty() || end >= text.size();
    }
    return false;
}

}  // namespace newsutils
