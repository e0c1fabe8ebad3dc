#include "quotes/cues.hpp"

#include "text/pronouns.hpp"
#include "text/utf8.hpp"

namespace newsutils {
namespace {

// No name is longer (in tokens), and no aside is read back further: the bounds that keep
// the reading of a paragraph linear however it is made.
constexpr std::size_t kLongestName = 12;
constexpr std::size_t kDeepestAside = 3;

}  // namespace

bool CueReader::is_speech_verb(std::size_t i) const {
    return tokens_[i].classes & kSpeechVerb;
}

bool CueReader::starts_with_letter(std::size_t i) const {
    // "the 49-year-old" is someone too.
    return tokens_[i].word && (utf8::is_letter(utf8::decode_at(text_, tokens_[i].begin).code_point) ||
                               ends_with_bytes(word(i), "-year-old"));
}

bool CueReader::is_punctuation(std::size_t i, std::string_view which) const {
    // A byte loop, not string_view's ==: its memcmp call costs more than the character.
    const ContextToken& t = tokens_[i];
    if (t.word || t.end - t.begin != which.size()) return false;
    for (std::size_t k = 0; k < which.size(); ++k)
        if (text_[t.begin + k] != which[k]) return false;
    return true;
}

bool CueReader::is_function_word(std::size_t i) const {
    return tokens_[i].classes & kFunctionWord;
}

bool CueReader::is_name_word(std::size_t i) const {
    return tokens_[i].classes & kNameWord;
}

bool CueReader::is_determiner(std::size_t i) const {
    return tokens_[i].classes & kDeterminer;
}

bool CueReader::is_adverb(std::size_t i) const {
    return tokens_[i].classes & kAdverb;
}

bool CueReader::is_pronoun(std::size_t i) const {
    return tokens_[i].classes & kPronoun;
}

std::optional<Mention> CueReader::phrase_from(std::size_t i, std::size_t last) const {
    if (i >= last || !tokens_[i].word) return std::nullopt;
    if (is_pronoun(i)) return Mention{Mention::Type::pronoun, i, i + 1};
    std::size_t j = i;
    const auto group_from = [&](std::size_t k) -> std::optional<Mention> {
        // "a spokesman for the ministry", "the country's interior ministry": up to the verb.
        const std::size_t start = k;
        bool object = false;  // past "for", "of": a capitalised name there is not the speaker's
        // Where a name begins; `last` while there is none (not a std::optional,
        // of which gcc 12 warns falsely that it may be used uninitialized).
        std::size_t name_start = last;
        while (k < last && k - start < 8 && tokens_[k].word && !is_speech_verb(k)) {
            if (is_function_word(k)) {
                const std::string_view f = word(k);
                if ((f != "for" && f != "of" && f != "at" && f != "from" && f != "the") || k + 1 >= last ||
                    !tokens_[k + 1].word)
                    break;
                if (f != "the") object = true;
            }
            if (is_name_word(k) && !object && name_start == last) name_start = k;
            if (!tokens_[k].capitalized) name_start = last;
            ++k;
        }
        while (k > start && is_function_word(k - 1)) --k;
        if (k == start || !starts_with_letter(k - 1)) return std::nullopt;
        // "the farmer Kamal Ousseini", "defensive coordinator Alex Moreno": a role and a name.
        if (name_start < k) return Mention{Mention::Type::name, i, k};
        return Mention{Mention::Type::group, i, k};
    };
    if (is_determiner(i)) return group_from(i + 1);
    if (is_name_word(i)) {
        while (j < last && j - i < kLongestName) {
            if (is_name_word(j)) {
                ++j;
                if (ends_with_possessive(word(j - 1))) return group_from(j);
                continue;
            }
            const bool next_is_name = j + 1 < last && is_name_word(j + 1);
            // "Luca and Teresa Ferrante": one speaker.
            const bool joins_names = word(j) == "and" && j == i + 1;
            if (next_is_name && tokens_[j].word && !tokens_[j].capitalized &&
                (joins_names || (tokens_[j].classes & kNameParticle))) {
                ++j;
                continue;
            }
            // "Opposition transportation critic Loretta Quinlan": role words before the name.
            std::size_t k = j;
            while (k < last && k - j < 3 && tokens_[k].word && !tokens_[k].capitalized && !is_function_word(k) &&
                   !is_speech_verb(k))
                ++k;
            // A name that has spoken or been a subject before is one already: "Roussel plays…".
            const auto spoke = [&] {
                const auto known = known_names_ ? known_names_->find_name(bare_word(word(j - 1))) : std::nullopt;
                return known && known_names_->entity(*known).last_subject > 0;
            };
            if (k > j && k < last && is_name_word(k) && !spoke()) {
                j = k;
                continue;
            }
            break;
        }
        return Mention{Mention::Type::name, i, j};
    }
    if (!tokens_[i].capitalized && !is_function_word(i) && !is_speech_verb(i)) return group_from(i);
    return std::nullopt;
}

std::optional<Mention> CueReader::phrase_ending(std::size_t j, std::size_t first, std::size_t depth) const {
    if (depth > kDeepestAside) return std::nullopt;
    if (!tokens_[j].word) {
        if (is_punctuation(j, ",") || is_punctuation(j, ")")) {
            // "Roberta Vance, who has held the post since 2021, said": the phrase before the aside.
            const bool bracket = is_punctuation(j, ")");
            for (std::size_t c = j; c-- > first && j - c < 30;) {
                if (bracket ? is_punctuation(c, "(") : is_punctuation(c, ",")) {
                    // "The provincial governor, Salim Haddou, said": the name in apposition.
                    if (!bracket)
                        if (const auto inner = phrase_from(c + 1, j);
                            inner && inner->type == Mention::Type::name && inner->last == j)
                            return inner;
                    if (c == first) return std::nullopt;
                    return phrase_ending(c - 1, first, depth + 1);
                }
            }
        }
        return std::nullopt;
    }
    if (is_pronoun(j)) return Mention{Mention::Type::pronoun, j, j + 1};
    if (is_name_word(j)) {
        std::size_t k = j;
        while (k > first && j - k < kLongestName) {
            if (is_name_word(k - 1) && !ends_with_possessive(word(k - 1))) {
                --k;
                continue;
            }
            // "Opposition leader Dario Maslin", "Ludwig van Beethoven".
            if (k - 1 > first && tokens_[k - 1].word && !tokens_[k - 1].capitalized && is_name_word(k - 2) &&
                ((tokens_[k - 1].classes & kNameParticle) || (!is_function_word(k - 1) && !is_speech_verb(k - 1)))) {
                k -= 2;
                continue;
            }
            break;
        }
        // "Co-author Jürgen Wendt of the University of Rehfeld said": the person, not the place.
        std::size_t p = k;
        if (p > first && is_word_in_any_case(word(p - 1), "the")) --p;
        if (p > first + 1 && tokens_[p - 1].word && (tokens_[p - 1].classes & kPreposition) && is_name_word(p - 2)) {
            if (auto before = phrase_ending(p - 2, first, depth + 1)) {
                // "the Ministry of Fisheries" is one name.
                if (before->last != p - 1 || !(tokens_[p - 2].bare_classes & kOrganisationWord)) return before;
                // …unless someone "of the University of Rehfeld" is named before it.
                std::size_t q = before->first;
                if (q > first && is_word_in_any_case(word(q - 1), "the")) --q;
                if (q > first + 1 && tokens_[q - 1].word && (tokens_[q - 1].classes & kPreposition) &&
                    is_name_word(q - 2) && !(tokens_[q - 2].bare_classes & kOrganisationWord))
                    if (auto person = phrase_ending(q - 2, first, depth + 1)) return person;
                return Mention{Mention::Type::name, before->first, j + 1};
            }
        }
        if (k > first && is_determiner(k - 1)) return Mention{Mention::Type::name, k - 1, j + 1};
        return Mention{Mention::Type::name, k, j + 1};
    }
    if (tokens_[j].capitalized || is_function_word(j) || is_speech_verb(j) || !starts_with_letter(j))
        return std::nullopt;
    // "the country's interior ministry", "a spokesman for the ministry", "police".
    std::size_t k = j;
    while (k > first && j - k < 7) {
        const std::size_t p = k - 1;
        if (!tokens_[p].word) break;
        if (is_determiner(p)) {
            // "for the ministry": the phrase goes on before "for".
            if (p > first + 1 && tokens_[p - 1].word && (word(p - 1) == "for" || word(p - 1) == "of") &&
                tokens_[p - 2].word && !is_function_word(p - 2)) {
                k = p - 2;
                continue;
            }
            k = p;
            break;
        }
        if (is_function_word(p) || is_speech_verb(p)) {
            // "... by dangerous driving told": the object of a preposition is no speaker.
            if (tokens_[p].classes & kPreposition) return std::nullopt;
            break;
        }
        k = p;
        if (tokens_[p].capitalized && !ends_with_possessive(word(p))) break;
    }
    return Mention{Mention::Type::group, k, j + 1};
}

std::optional<Cue> CueReader::according_to(std::size_t i, std::size_t last) const {
    if (i + 1 < last && is_word_in_any_case(word(i), "according") && word(i + 1) == "to")
        return Cue{phrase_from(i + 2, last), i, i + 2};
    return std::nullopt;
}

std::optional<Cue> CueReader::after(std::size_t first, std::size_t last) const {
    std::size_t i = first;
    while (i < last && (is_punctuation(i, ",") || is_punctuation(i, "—") || is_punctuation(i, "–") ||
                        is_punctuation(i, "-") || is_punctuation(i, "(")))
        ++i;
    if (i >= last || !tokens_[i].word) return std::nullopt;
    // A pull quote's attribution line: `“…” — Mayor Jo Pratt`, with no verb.
    if (i > first && !is_punctuation(i - 1, ",") && !is_punctuation(i - 1, "(")) {
        if (const auto name = phrase_from(i, last);
            name && name->type == Mention::Type::name &&
            (name->last == last || is_punctuation(name->last, ",") || is_punctuation(name->last, ".")))
            return Cue{name, i - 1, i - 1};
    }
    if (auto cue = according_to(i, last)) return cue;
    if (is_speech_verb(i)) {
        // "said Maslin", "said the minister", "added Coun. Ada Li"; "said on Tuesday the minister" is rare.
        auto mention = phrase_from(i + 1, last);
        // "said one resident, Maria Lopez.": the name in apposition.
        if (mention && mention->type == Mention::Type::group && mention->last + 1 < last &&
            is_punctuation(mention->last, ","))
            if (const auto name = phrase_from(mention->last + 1, last);
                name && name->type == Mention::Type::name && (name->last == last || !tokens_[name->last].word))
                mention = name;
        return Cue{mention, i, i + 1};
    }
    auto mention = phrase_from(i, last);
    if (!mention) return std::nullopt;
    std::size_t k = mention->last;
    // "Roussel, 22, told reporters".
    if (k + 2 < last && is_punctuation(k, ",") && tokens_[k + 1].word &&
        utf8::is_ascii_digit(text_[tokens_[k + 1].begin]) && is_punctuation(k + 2, ","))
        k += 3;
    // "Ramazanov, who took office in March, told reporters": past the relative clause.
    if (k + 1 < last && is_punctuation(k, ",") && tokens_[k + 1].word &&
        (word(k + 1) == "who" || word(k + 1) == "whose")) {
        std::size_t c = k + 1;
        while (c < last && c - k < 30 && !is_punctuation(c, ",")) ++c;
        if (c < last && is_punctuation(c, ",")) k = c + 1;
    } else if (k < last && is_punctuation(k, ",")) {
        // "Smith, the mayor, said", "the chief executive, Ana Bell, said".
        if (auto inner = phrase_from(k + 1, last); inner && inner->last < last && is_punctuation(inner->last, ",")) {
            if (inner->type == Mention::Type::name && mention->type != Mention::Type::name) mention = inner;
            k = inner->last + 1;
        }
    }
    while (k < last && tokens_[k].word && is_adverb(k)) ++k;
    if (k < last && is_speech_verb(k)) return Cue{mention, k, k + 1};
    return std::nullopt;
}

std::optional<Cue> CueReader::before(std::size_t first, std::size_t last, std::size_t reach) const {
    for (std::size_t v = last; v-- > first && last - v <= reach;) {
        if (is_punctuation(v, ";") || is_punctuation(v, ".")) return std::nullopt;
        if (v > first && word(v) == "to" && is_word_in_any_case(word(v - 1), "according"))
            return Cue{phrase_from(v + 1, last), v - 1, v + 1};
        if (!is_speech_verb(v)) continue;
        std::size_t j = v;
        while (j > first && is_adverb(j - 1)) --j;
        const std::string_view verb = word(v);
        // "…, telling parliament": a participle's subject is the sentence's.
        if (ends_with_bytes(verb, "ing") || j == first) return Cue{subject(first, v), v, v + 1};
        auto mention = phrase_ending(j - 1, first);
        if (!mention) mention = subject(first, v);
        return Cue{mention, v, v + 1};
    }
    return std::nullopt;
}

std::optional<Mention> CueReader::subject(std::size_t first, std::size_t last) const {
    std::size_t i = first;
    while (i < last && !tokens_[i].word) ++i;
    if (i >= last) return std::nullopt;
    // "MEROVY, Castrava (Wire) —", "OTTAWA —": a dateline before the subject.
    // "11:58 p.m. — Ortega concedes": a live blog's time stamp too.
    const bool stamp = tokens_[i].word &&
                       (utf8::is_ascii_digit(text_[tokens_[i].begin]) ||
                        (tokens_[i].end - tokens_[i].begin > 1 && utf8::is_ascii_upper(text_[tokens_[i].begin + 1])));
    for (std::size_t d = i; stamp && d < last && d - i < 12; ++d) {
        if (is_punctuation(d, "—") || is_punctuation(d, "–") || is_punctuation(d, "-")) {
            if (d > i) i = d + 1;
            break;
        }
        if (tokens_[d].word && !tokens_[d].capitalized && !utf8::is_ascii_digit(text_[tokens_[d].begin]) &&
            word(d) != "a.m" && word(d) != "p.m")
            break;
    }
    if (i >= last) return std::nullopt;
    if (tokens_[i].classes & kConjunction) ++i;
    const std::string_view opener = i < last ? word(i) : std::string_view();
    // "Cross-examining him, prosecutor Alison Marr showed": an opening participle clause.
    const bool participle =
        i < last && tokens_[i].capitalized && (ends_with_bytes(opener, "ing") || ends_with_bytes(opener, "ed"));
    if (i < last && (participle || (tokens_[i].classes & kOpeningWord))) {
        std::size_t c = i;
        while (c < last && c - i < 16 && !is_punctuation(c, ",")) ++c;
        // "In 1994 Huebner was suspended…": no comma after a short opening phrase; its
        // subject is the name right after it.
        constexpr std::size_t kLongestOpening = 7;
        if (!participle && c - i > kLongestOpening) {
            for (std::size_t n = i + 1; n < last && n - i <= 3; ++n)
                if (is_name_word(n)) return phrase_from(n, last);
            return std::nullopt;
        }
        if (c >= last || c - i >= 16) return std::nullopt;
        i = c + 1;
    }
    auto mention = phrase_from(i, last);
    // "His team principal, Greta Vos, said": the name in apposition.
    if (mention && mention->type != Mention::Type::pronoun && mention->last < last &&
        is_punctuation(mention->last, ",")) {
        if (const auto inner = phrase_from(mention->last + 1, last);
            inner && inner->type == Mention::Type::name && inner->last < last && is_punctuation(inner->last, ",") &&
            (mention->type == Mention::Type::group || inner->last - inner->first >= 2))
            return inner;
    }
    return mention;
}

std::optional<Cue> CueReader::first_speech(std::size_t first, std::size_t last) const {
    for (std::size_t v = first; v < last; ++v) {
        if (!is_speech_verb(v) || ends_with_bytes(word(v), "ing")) continue;
        std::size_t j = v;
        while (j > first && is_adverb(j - 1)) --j;
        if (j == first) return std::nullopt;
        auto mention = phrase_ending(j - 1, first);
        if (!mention) return std::nullopt;
        return Cue{mention, v, v + 1};
    }
    return std::nullopt;
}

}  // namespace newsutils
