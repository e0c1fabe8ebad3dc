// Reads the words around a quotation for its cue and its speaker's mention:
// `“…,” Vance told lawmakers`, `said Maslin, whose party…`, `Roberta
// Vance, who …, said: “…”`, `what he described as “…”`, `according to the
// ministry`. Pure: token indexes in, token indexes out.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "quotes/quote_lexicon.hpp"
#include "quotes/speaker_memory.hpp"
#include "quotes/words.hpp"

namespace newsutils {

struct Mention {
    enum class Type : unsigned char { pronoun, name, group } type;
    std::size_t first;  // token indexes, [first, last)
    std::size_t last;
};

struct Cue {
    std::optional<Mention> mention;
    std::size_t verb_first;  // the cue's words: "said", "according to"
    std::size_t verb_last;
};

class CueReader {
public:
    // `known_names`, when given, tells the names a document has used: "Roussel plays qualifier
    // Hana Sato" is two names, "Opposition critic Loretta Quinlan" one.
    CueReader(std::string_view text, const std::vector<ContextToken>& tokens, const QuoteLexicon& lexicon,
              const SpeakerMemory* known_names = nullptr)
        : text_(text), tokens_(tokens), lexicon_(lexicon), known_names_(known_names) {}

    // The cue right after a quotation, in tokens [first, last): `, he said`,
    // `said Maslin`, `Vance told lawmakers`, `according to police`.
    std::optional<Cue> after(std::size_t first, std::size_t last) const;
    // The nearest cue before a quotation in tokens [first, last), at most
    // `reach` tokens before it: `Tokayev said:`, `he described as`.
    std::optional<Cue> before(std::size_t first, std::size_t last, std::size_t reach) const;
    // The subject of the sentence in tokens [first, last): its first noun
    // phrase, past an opening phrase such as "On Tuesday,".
    std::optional<Mention> subject(std::size_t first, std::size_t last) const;
    // The first speech verb in tokens [first, last) with its subject: the
    // cue of a sentence of indirect speech ("Smailov said the talks failed").
    std::optional<Cue> first_speech(std::size_t first, std::size_t last) const;

    bool is_speech_verb(std::size_t i) const;
    bool is_function_word(std::size_t i) const;
    bool is_name_word(std::size_t i) const;
    bool is_determiner(std::size_t i) const;
    bool is_adverb(std::size_t i) const;
    bool is_pronoun(std::size_t i) const;
    bool is_punctuation(std::size_t i, std::string_view which) const;
    std::string_view word(std::size_t i) const { return token_text(text_, tokens_[i]); }

    // The noun phrase that starts at token i: a pronoun, a name ("Opposition
    // leader Dario Maslin"), or a phrase such as "a spokesman for the ministry".
    std::optional<Mention> phrase_from(std::size_t i, std::size_t last) const;

private:
    std::optional<Mention> phrase_ending(std::size_t j, std::size_t first, std::size_t depth = 0) const;
    std::optional<Cue> according_to(std::size_t i, std::size_t last) const;
    bool starts_with_letter(std::size_t i) const;

    std::string_view text_;
    const std::vector<ContextToken>& tokens_;
    const QuoteLexicon& lexicon_;
    const SpeakerMemory* known_names_;
};

}  // namespace newsutils
