#include "quotes/quote_finder.hpp"

#include <algorithm>
#include <array>

#include "text/ascii_case.hpp"
#include "text/pronouns.hpp"
#include "text/quotation_marks.hpp"
#include "text/soft_wrap.hpp"
#include "text/utf8.hpp"

namespace newsutils {
namespace {

constexpr std::array<std::string_view, kQuoteKinds> kKindNames{"direct", "partial", "scare"};

// How far before a quotation a verb of saying may stand and still govern
// it: a short fragment must follow its verb closely ("said she was
// “quietly confident”"), while "He said the order was restored, but the
// hunt for “terrorists” went on" keeps the label the writer's.
constexpr std::size_t kShortFragmentReach = 4;
constexpr std::size_t kFragmentReach = 30;
// A fragment of this many words is someone's words, not a label.
constexpr std::size_t kPartialWords = 4;
// The words between two pieces of one quotation: `, she said, `.
constexpr std::size_t kLongestSplitCue = 10;

// Words before a quotation that make it a name or a label, not speech:
// the so-called “bridge levy”, a film titled ‘The Long Road’.
const WordSet& label_words() {
    static const WordSet words =
        word_set_of({"so-called", "so‐called", "dubbed", "nicknamed", "titled", "entitled", "named", "branded",
                     "billed", "headlined", "headed", "marked", "reading"});
    return words;
}

// The role an abbreviated title names: "Sen." -> "senator", so "the senator" finds her.
std::string_view spelled_out_title(std::string_view title) {
    static constexpr std::pair<std::string_view, std::string_view> kTitles[] = {
        {"sen", "senator"},         {"rep", "representative"}, {"gov", "governor"},   {"coun", "councillor"},
        {"cllr", "councillor"},     {"dr", "doctor"},          {"prof", "professor"}, {"gen", "general"},
        {"lt", "lieutenant"},       {"capt", "captain"},       {"insp", "inspector"}, {"det", "detective"},
        {"supt", "superintendent"}, {"sgt", "sergeant"},       {"col", "colonel"},    {"maj", "major"},
    };
    for (const auto& [abbreviation, full] : kTitles)
        if (abbreviation == title) return full;
    return {};
}

// Words that begin a clause of the writer's own after a verb of saying.
const WordSet& clause_breaks() {
    static const WordSet words = word_set_of({"but", "while", "although", "though", "whereas", "yet", "because",
                                              "after", "before", "when", "as", "since", "until", "amid", "despite"});
    return words;
}

// What a character does to a count of words: a letter or digit is part of one, an apostrophe
// or a hyphen ("don't", "well-known") keeps it going, anything else ends it.
enum class WordPart : unsigned char { outside, inside, joiner };

WordPart word_part(char32_t c) {
    if (utf8::is_letter(c) || utf8::is_digit(c)) return WordPart::inside;
    if (c == '\'' || c == U'’' || c == '-') return WordPart::joiner;
    return WordPart::outside;
}

// The words of a quotation are mostly ASCII: its bytes are told by a table, with no decoding.
constexpr std::array<WordPart, 128> ascii_word_parts() {
    std::array<WordPart, 128> parts{};
    for (std::size_t b = 0; b < parts.size(); ++b) {
        const char c = static_cast<char>(b);
        if (utf8::is_ascii_lower(c) || utf8::is_ascii_upper(c) || utf8::is_ascii_digit(c))
            parts[b] = WordPart::inside;
        else if (c == '\'' || c == '-')
            parts[b] = WordPart::joiner;
    }
    return parts;
}

constexpr std::array<WordPart, 128> kAsciiWordParts = ascii_word_parts();

std::size_t count_words(std::string_view text) {
    std::size_t words = 0;
    bool in_word = false;
    for (std::size_t pos = 0; pos < text.size();) {
        const auto b = static_cast<unsigned char>(text[pos]);
        WordPart part;
        if (b < 0x80) {
            part = kAsciiWordParts[b];
            ++pos;
        } else {
            const auto [c, length] = utf8::decode_at(text, pos);
            part = word_part(c);
            pos += length;
        }
        if (part == WordPart::inside) {
            if (!in_word) ++words;
            in_word = true;
        } else if (part == WordPart::outside) {
            in_word = false;
        }
    }
    return words;
}

// Whether the first letter of `text` is a capital: a quotation that opens a statement.
bool starts_with_capital(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        const auto [c, length] = utf8::decode_at(text, pos);
        if (utf8::is_letter(c)) return utf8::is_upper(c) || utf8::is_uncased_letter(c);
        if (utf8::is_digit(c)) return true;
        pos += length;
    }
    return false;
}

// Whether `text` ends a sentence: ". ? ! …" (perhaps followed by a comma in `"Why?", she asked`).
bool ends_statement(std::string_view text) {
    std::size_t end = utf8::trim_spaces_back(text, 0, text.size());
    while (end > 0 && (text[end - 1] == ',' || text[end - 1] == ')')) --end;
    if (end == 0) return false;
    const char last = text[end - 1];
    return last == '.' || last == '?' || last == '!' || text.substr(0, end).ends_with("…") ||
           text.substr(0, end).ends_with("—");
}

std::string_view without_article(std::string_view mention) {
    for (const std::string_view article : {"the ", "The ", "a ", "A ", "an ", "An "})
        if (mention.starts_with(article)) return mention.substr(article.size());
    return mention;
}

}  // namespace

std::string_view kind_name(QuoteKind kind) {
    return kKindNames[static_cast<std::size_t>(kind)];
}

std::optional<QuoteKind> quote_kind_named(std::string_view name) {
    for (std::size_t k = 0; k < kQuoteKinds; ++k)
        if (kKindNames[k] == name) return static_cast<QuoteKind>(k);
    return std::nullopt;
}

QuoteFinder::QuoteFinder(const QuoteLexicon& lexicon)
    : lexicon_(lexicon), splitter_(lexicon.splitter, SplitterOptions{.keep_quotes = true}) {}

void QuoteFinder::end_document() {
    put_off_.clear();
    put_off_text_.clear();
    memory_.reset();
    name_cache_.clear();
    carried_unresolved_.reset();
    introduced_.reset();
    introduced_before_.reset();
    open_quotation_.reset();
    colon_attribution_.reset();
}

std::size_t QuoteFinder::token_at_or_after(std::size_t offset) const {
    // std::lower_bound with the size of the range halved whatever the comparison says, so that
    // the comparison only picks which half (a conditional move, not a branch): asked at every
    // sentence's bounds and every quotation's, it is one of the finder's commonest steps.
    std::size_t first = 0, count = tokens_.size();
    while (count > 0) {
        const std::size_t half = count / 2;
        if (tokens_[first + half].begin < offset) first += count - half;
        count = half;
    }
    return first;
}

// No more text than this waits to be read: past it, what waits is read at once.
constexpr std::size_t kMostPutOff = 1 << 20;

void QuoteFinder::find(std::string_view paragraph, std::vector<Quotation>& quotations) {
    pieces_.clear();
    find_quoted_pieces(paragraph, pieces_);
    if (pieces_.empty() && paragraph.size() <= kMostPutOff) {
        put_off(paragraph);
        return;
    }
    if (!put_off_.empty()) {
        pieces_.swap(held_pieces_);
        read_put_off();
        pieces_.swap(held_pieces_);
    }
    read_paragraph(paragraph, quotations);
}

void QuoteFinder::put_off(std::string_view paragraph) {
    if (put_off_text_.size() + paragraph.size() > kMostPutOff) read_put_off();
    put_off_.push_back({put_off_text_.size(), put_off_text_.size() + paragraph.size()});
    put_off_text_ += paragraph;
}

void QuoteFinder::read_put_off() {
    std::vector<Quotation> none;  // a paragraph with no quotation mark has no quotation
    for (const TextSpan& p : put_off_) {
        pieces_.clear();
        read_paragraph(std::string_view(put_off_text_).substr(p.begin, p.end - p.begin), none);
    }
    put_off_.clear();
    put_off_text_.clear();
}

void QuoteFinder::read_paragraph(std::string_view paragraph, std::vector<Quotation>& quotations) {
    groups_.clear();
    sentences_.clear();
    tokens_.clear();
    std::size_t pos = 0;
    for (const QuotedPiece& piece : pieces_) {
        tokenize(paragraph, pos, piece.open, lexicon_.word_classes, tokens_);
        pos = piece.end;
    }
    tokenize(paragraph, pos, paragraph.size(), lexicon_.word_classes, tokens_);
    group_pieces(paragraph);
    // A paragraph with no quotation is read only for who is named and who speaks, which
    // sentence ends found from its tokens serve as well as the splitter's.
    if (pieces_.empty())
        split_at_full_stops(paragraph);
    else
        splitter_.split(paragraph, sentences_);
    split_at_heading_lines(paragraph);
    next_group_ = 0;
    const std::size_t before = quotations.size();
    for (const SentenceSpan& sentence : sentences_) read_sentence(paragraph, sentence, quotations);
    if (next_group_ < groups_.size() && !sentences_.empty()) {
        const SentenceSpan all{sentences_.front().begin, paragraph.size()};
        read_sentence(paragraph, all, quotations);
    }
    if (quotations.size() > before && quotations.back().open_at_end)
        open_quotation_ = quotations.back();
    else
        open_quotation_.reset();
}

// A full stop, question or exclamation mark before a capitalised word ends a sentence; "Mr."
// and the other titles are one token with their stop, so they do not.
void QuoteFinder::split_at_full_stops(std::string_view paragraph) {
    std::size_t begin = tokens_.empty() ? 0 : tokens_.front().begin;
    for (std::size_t t = 0; t + 1 < tokens_.size(); ++t) {
        if (tokens_[t].word || !tokens_[t + 1].capitalized) continue;
        const char c = paragraph[tokens_[t].begin];
        if (c != '.' && c != '?' && c != '!') continue;
        sentences_.push_back({begin, tokens_[t].end});
        begin = tokens_[t + 1].begin;
    }
    if (!tokens_.empty()) sentences_.push_back({begin, tokens_.back().end});
}

// "11:58 p.m. — Ortega concedes\nIncumbent Mayor Felipe Ortega has conceded…": a short line
// with no full stop before a line that starts a sentence is a heading, not the sentence's
// start. Hard-wrapped text has long lines, so it keeps its sentences whole.
void QuoteFinder::split_at_heading_lines(std::string_view paragraph) {
    constexpr std::size_t kLongestHeading = 60;
    if (paragraph.find('\n') == std::string_view::npos) return;
    std::vector<SentenceSpan>& refined = refined_sentences_;
    refined.clear();
    for (const SentenceSpan& s : sentences_) {
        std::size_t begin = s.begin;
        // Just past the newline before `nl`: the loop meets every newline of the sentence in turn.
        std::size_t line_start = s.begin;
        for (std::size_t nl = paragraph.find('\n', begin); nl != std::string_view::npos && nl < s.end;
             nl = paragraph.find('\n', nl + 1)) {
            const std::size_t from = std::max(begin, line_start);
            line_start = nl + 1;
            // (A line ending before `from` was stepped over with the spaces before `begin`.)
            if (nl < from || nl - from > kLongestHeading) continue;
            const std::size_t end = utf8::trim_spaces_back(paragraph, from, nl);
            const std::size_t next = utf8::skip_spaces(paragraph, nl);
            if (end <= from || next >= s.end) continue;
            const char last = paragraph[end - 1];
            if (last == '.' || last == ',' || last == ';' || last == ':') continue;
            const auto [c, length] = utf8::decode_at(paragraph, next);
            if (!utf8::is_upper(c) && !is_quotation_mark(c)) continue;
            refined.push_back({begin, end});
            begin = next;
        }
        refined.push_back({begin, s.end});
    }
    sentences_.swap(refined);
}

void QuoteFinder::group_pieces(std::string_view paragraph) {
    const CueReader reader(paragraph, tokens_, lexicon_);
    for (std::size_t i = 0; i < pieces_.size(); ++i) {
        if (!groups_.empty()) {
            const QuotedPiece& previous = pieces_[groups_.back().last_piece];
            const std::size_t first = token_at_or_after(previous.end), last = token_at_or_after(pieces_[i].open);
            const std::string_view content =
                paragraph.substr(previous.content, previous.content_end - previous.content);
            const std::size_t content_end = utf8::trim_spaces_back(content, 0, content.size());
            const bool comma_first = (content_end > 0 && content[content_end - 1] == ',') ||
                                     (first < last && reader.is_punctuation(first, ","));
            bool verb = false, stop = false;
            for (std::size_t t = first; t < last; ++t) {
                verb = verb || reader.is_speech_verb(t);
                stop = stop || reader.is_punctuation(t, ".") || reader.is_punctuation(t, "?") ||
                       reader.is_punctuation(t, "!") || reader.is_punctuation(t, ";");
            }
            if (previous.closed && comma_first && verb && !stop && last > first && last - first <= kLongestSplitCue &&
                (reader.is_punctuation(last - 1, ",") || reader.is_punctuation(last - 1, "—") ||
                 reader.is_punctuation(last - 1, ":"))) {
                groups_.back().last_piece = i;
                continue;
            }
        }
        groups_.push_back({i, i});
    }
}

void QuoteFinder::note_names(std::string_view paragraph, std::size_t first, std::size_t last) {
    const CueReader reader(paragraph, tokens_, lexicon_, &memory_);
    for (std::size_t i = first; i < last; ++i) {
        if (!tokens_[i].word || !tokens_[i].capitalized) continue;
        auto mention = reader.phrase_from(i, last);
        if (mention && mention->type == Mention::Type::group && !reader.is_determiner(i)) {
            // "Walt Huebner's whistle": the name before the possessive.
            std::size_t j = i;
            while (j < mention->last && reader.is_name_word(j) && !ends_with_possessive(reader.word(j))) ++j;
            if (j < mention->last && reader.is_name_word(j)) mention = Mention{Mention::Type::name, i, j + 1};
        }
        if (!mention || mention->type != Mention::Type::name) continue;
        std::size_t names = 0;
        bool titled = false;
        for (std::size_t t = mention->first; t < mention->last; ++t) {
            if (!tokens_[t].capitalized) continue;
            if (tokens_[t].bare_classes & kTitle)
                titled = true;
            else
                ++names;
        }
        // Two words of a name, or a title: someone named ("President Tokayev"), not a place.
        // "Their daughter, Lucía, now 19,": a single name in apposition to a role is someone too.
        const bool in_apposition = names == 1 && mention->first > first + 1 &&
                                   reader.is_punctuation(mention->first - 1, ",") && mention->last < last &&
                                   reader.is_punctuation(mention->last, ",") &&
                                   !tokens_[mention->first - 2].capitalized && tokens_[mention->first - 2].word;
        if (names >= 2 || (titled && names >= 1) || in_apposition) {
            std::string unresolved;
            const auto id = resolve(paragraph, *mention, unresolved);
            if (id) note_apposition_roles(paragraph, *mention, *id, first, last);
        }
        i = mention->last - 1;
    }
}

// The role words of a phrase: "the provincial governor" -> provincial, governor; up to "of", "for".
std::vector<std::string> QuoteFinder::role_words(const CueReader& reader, std::size_t first, std::size_t last) const {
    std::vector<std::string> roles;
    for (std::size_t t = first; t < last && t < first + 6 && tokens_[t].word; ++t) {
        const std::string_view w = reader.word(t);
        if (reader.is_determiner(t)) continue;
        if (reader.is_function_word(t) || tokens_[t].capitalized) break;
        roles.push_back(lower_ascii(bare_word(w)));
    }
    return roles;
}

// The party of the US wire's tag after a name ("R-Ga.", "D-Mich.", "I-Vt.") or of "a Georgia
// Republican", "the Ohio Democrat", in lower case; empty when none is written from `first`.
template <class IsWord>
std::string_view party_after(const CueReader& reader, std::size_t first, std::size_t last, IsWord is_word) {
    static constexpr std::pair<std::string_view, std::string_view> kParties[] = {
        {"Republican", "republican"}, {"Democrat", "democrat"}, {"Independent", "independent"}};
    const std::string_view tag = reader.word(first);
    if (tag.size() >= 3 && tag[1] == '-' && utf8::is_ascii_upper(tag[2])) {
        if (tag[0] == 'R') return "republican";
        if (tag[0] == 'D') return "democrat";
        if (tag[0] == 'I') return "independent";
    }
    for (std::size_t t = first; t < last && t < first + 4 && is_word(t); ++t)
        for (const auto& [written, role] : kParties)
            if (reader.word(t) == written) return role;
    return {};
}

// "The provincial governor, Salim Haddou,", "Bride Foley, mayor of the island": the role in
// apposition, so that "the governor" finds the name later.
void QuoteFinder::note_apposition_roles(std::string_view paragraph, const Mention& name, SpeakerMemory::Id id,
                                        std::size_t first, std::size_t last) {
    const CueReader reader(paragraph, tokens_, lexicon_, &memory_);
    std::vector<std::string> roles;
    const std::size_t k = name.last;
    if (k + 1 < last && reader.is_punctuation(k, ",") && tokens_[k + 1].word && !tokens_[k + 1].capitalized)
        roles = role_words(reader, k + 1, last);
    if (roles.empty() && name.first > first + 1 && reader.is_punctuation(name.first - 1, ",")) {
        std::size_t start = name.first - 1;
        while (start > first && tokens_[start - 1].word && name.first - start < 7) --start;
        roles = role_words(reader, start, name.first - 1);
    }
    // "Dale Buckner, R-Ga.," and "Marcy Dollard, a Georgia Republican,": the party is a role,
    // so that "the Georgia Republican said" finds them.
    if (k + 1 < last && reader.is_punctuation(k, ","))
        if (const std::string_view party =
                party_after(reader, k + 1, last, [&](std::size_t t) { return tokens_[t].word; });
            !party.empty())
            roles.emplace_back(party);
    if (roles.empty()) return;
    const std::string known_name = memory_.entity(id).name;  // a copy: note_name may move the entity
    memory_.note_name(known_name, memory_.entity(id).organisation, Gender::unknown, roles);
}

std::optional<SpeakerMemory::Id> QuoteFinder::resolve(std::string_view paragraph, const Mention& mention,
                                                      std::string& unresolved) {
    if (mention.type != Mention::Type::name) return resolve_uncached(paragraph, mention, unresolved);
    // A name stands for the same entity each time it is written: most names of a story
    // are written again and again, and resolving one costs lookups and copies.
    if (cached_generation_ != memory_.generation()) {
        name_cache_.clear();
        cached_generation_ = memory_.generation();
    }
    const std::string_view written =
        paragraph.substr(tokens_[mention.first].begin, tokens_[mention.last - 1].end - tokens_[mention.first].begin);
    if (const SpeakerMemory::Id* known = name_cache_.find(written)) return *known;
    const auto id = resolve_uncached(paragraph, mention, unresolved);
    constexpr std::size_t kMostCachedNames = 1024;
    if (id && cached_generation_ == memory_.generation() && name_cache_.size() < kMostCachedNames)
        name_cache_[written] = *id;
    return id;
}

std::optional<SpeakerMemory::Id> QuoteFinder::resolve_uncached(std::string_view paragraph, const Mention& mention,
                                                               std::string& unresolved) {
    const CueReader reader(paragraph, tokens_, lexicon_, &memory_);
    const std::string_view written =
        paragraph.substr(tokens_[mention.first].begin, tokens_[mention.last - 1].end - tokens_[mention.first].begin);
    if (mention.type == Mention::Type::pronoun) {
        const auto pronoun = find_subject_pronoun(written);
        if (pronoun && *pronoun != PronounReferent::first && *pronoun != PronounReferent::second)
            if (const auto id = memory_.resolve_pronoun(*pronoun)) return id;
        std::string as_written;
        append_unwrapped(as_written, written);
        unresolved = lower_ascii(as_written);
        return std::nullopt;
    }
    std::size_t first = mention.first;
    if (reader.is_determiner(first)) ++first;
    // "the Georgia Republican", "the California Democrat": the one noted with that party.
    if (mention.type == Mention::Type::name && first > mention.first && mention.last - first <= 3) {
        const std::string_view party =
            party_after(reader, mention.last - 1, mention.last, [](std::size_t) { return true; });
        if (!party.empty() && reader.word(mention.last - 1).find('-') == std::string_view::npos)
            if (const auto id = memory_.resolve_role(party)) return id;
    }
    if (mention.type == Mention::Type::name && first < mention.last) {
        // Titles and role words before the name: "Finance Minister", "Opposition leader", "Mr.".
        // The name is the capitalised words at the end, with the words that join them
        // ("Ministry of Fisheries", "Ludwig van Beethoven"), after any title or possessor.
        std::size_t name_first = mention.last;
        for (std::size_t t = mention.last; t-- > first;) {
            const std::string_view w = reader.word(t);
            // (A possessive ends a name only at its end: "Walt Huebner's whistle".)
            if (tokens_[t].capitalized && !(tokens_[t].bare_classes & kTitle) &&
                (!ends_with_possessive(w) || t + 1 == mention.last)) {
                name_first = t;
                continue;
            }
            if (!tokens_[t].capitalized && t > first && tokens_[t - 1].capitalized && name_first == t + 1 &&
                ((tokens_[t].classes & kNameParticle) || w == "of" || w == "for" || w == "and" || w == "&"))
                continue;
            break;
        }
        if (name_first < mention.last && !tokens_[name_first].capitalized) ++name_first;
        Gender gender = Gender::unknown;
        for (std::size_t t = first; t < mention.last; ++t) {
            if (tokens_[t].bare_classes & kMasculineTitle) gender = Gender::masculine;
            if (tokens_[t].bare_classes & kFeminineTitle) gender = Gender::feminine;
        }
        std::vector<std::string> roles;
        for (std::size_t t = first; t < name_first; ++t)
            if (!reader.is_determiner(t) && !reader.is_function_word(t)) {
                std::string role = lower_ascii(bare_word(reader.word(t)));
                // "Sen. Ada Li" is "the senator" later.
                if (const std::string_view full = spelled_out_title(role); !full.empty()) roles.emplace_back(full);
                roles.push_back(std::move(role));
            }
        if (name_first + 1 < mention.last && gender == Gender::unknown) {
            if (tokens_[name_first].classes & kMasculineName)
                gender = Gender::masculine;
            else if (tokens_[name_first].classes & kFeminineName)
                gender = Gender::feminine;
        }
        // "Authorities said", "Police say": a plural at the start of a sentence names no one.
        if (name_first + 1 == mention.last && roles.empty()) {
            const std::string word = lower_ascii(reader.word(name_first));
            if (lexicon_.plural_speakers.contains(word)) return memory_.note_unnamed(word, true, false, false);
        }
        if (name_first < mention.last) {
            std::string name;
            bool organisation = false;
            for (std::size_t t = name_first; t < mention.last; ++t) {
                const bool last_word = t + 1 == mention.last;
                const std::string_view w = last_word ? bare_word(reader.word(t)) : reader.word(t);
                if (!name.empty()) name += ' ';
                name += w;
                // A bare word's own bare form is itself, but for oddities such as "X's's".
                const std::uint32_t bare_classes = !last_word || bare_word(w).size() == w.size()
                                                       ? tokens_[t].bare_classes
                                                       : lexicon_.word_classes.classes_of(bare_word(w));
                organisation = organisation || (bare_classes & kOrganisationWord);
            }
            if (name_first + 1 == mention.last && !organisation)
                if (const auto known = memory_.find_name(name, gender)) {
                    if (!roles.empty() || gender != Gender::unknown) {
                        const std::string known_name = memory_.entity(*known).name;  // note_name may move it
                        memory_.note_name(known_name, false, gender, roles);
                    }
                    return known;
                }
            return memory_.note_name(name, organisation, gender, roles);
        }
        // A title alone: "the President", "the Minister".
        if (!roles.empty())
            if (const auto id = memory_.resolve_role(roles.back())) return id;
    }
    // "the minister", "a spokesman for the ministry", "police".
    // The head noun: before "for", "of", or a participle ("the coroner investigating the deaths").
    std::size_t head_end = mention.last;
    for (std::size_t t = first; t < mention.last; ++t)
        if (reader.is_function_word(t) ||
            (t > first && (ends_with_bytes(reader.word(t), "ing") || ends_with_bytes(reader.word(t), "ed")))) {
            head_end = t;
            break;
        }
    if (head_end == first) head_end = mention.last;
    // The speaker as a phrase without its article, up to a participle: "lorry driver" of "a
    // lorry driver accused of…", but "delegate from a grain-exporting country" whole.
    const bool participle = head_end < mention.last && !reader.is_function_word(head_end);
    const std::size_t phrase_end = participle ? head_end : mention.last;
    std::string phrase;
    append_unwrapped(phrase,
                     without_article(paragraph.substr(tokens_[mention.first].begin,
                                                      tokens_[phrase_end - 1].end - tokens_[mention.first].begin)));
    const std::string head = lower_ascii(bare_word(reader.word(head_end - 1)));
    // "his office", "their lawyer": someone's, not the organisation last named.
    const std::string_view article = reader.word(mention.first);
    const bool possessive = reader.is_determiner(mention.first) && !is_word_in_any_case(article, "the") &&
                            !is_word_in_any_case(article, "a") && !is_word_in_any_case(article, "an");
    if (head_end < mention.last) {
        // A spokesman for the ministry speaks for it; a note from the office is its.
        const std::string object = lower_ascii(bare_word(reader.word(mention.last - 1)));
        if (tokens_[mention.last - 1].capitalized) {
            std::size_t t = mention.last;
            while (t > head_end && tokens_[t - 1].capitalized) --t;
            if (t < mention.last) {
                const Mention name{Mention::Type::name, t, mention.last};
                std::string ignored;
                if (const auto id = resolve(paragraph, name, ignored)) return id;
            }
        }
        if (const auto id = memory_.resolve_role(object, lexicon_.organisation_roles.contains(object))) return id;
    }
    // "the 52-year-old said": the person last a subject or a speaker.
    if (head.ends_with("-year-old"))
        if (const auto id = memory_.resolve_person()) return id;
    if (lexicon_.statement_words.contains(head)) {
        // "Ibarra's answer was short:": the answer is Ibarra's.
        std::size_t owner_end = first;
        while (owner_end < head_end && tokens_[owner_end].capitalized && !ends_with_possessive(reader.word(owner_end)))
            ++owner_end;
        if (owner_end < head_end && tokens_[owner_end].capitalized) {
            std::string ignored;
            if (const auto id = resolve(paragraph, Mention{Mention::Type::name, first, owner_end + 1}, ignored))
                return id;
        }
        // "a statement from the governor's office": the office, named or not.
        if (head_end < mention.last && !reader.is_determiner(mention.last - 1)) {
            std::size_t object = head_end + 1;
            if (object < mention.last && reader.is_determiner(object)) ++object;
            if (object < mention.last) {
                std::string ignored;
                return resolve(paragraph, Mention{Mention::Type::group, object, mention.last}, ignored);
            }
        }
        // "the statement said": whoever issued it, who spoke last.
        if (memory_.current_speaker) return memory_.current_speaker;
    }
    if (const auto id = memory_.resolve_role(head, !possessive && lexicon_.organisation_roles.contains(head)))
        return id;
    std::string capital_head = head;
    if (!capital_head.empty() && capital_head[0] >= 'a' && capital_head[0] <= 'z')
        capital_head[0] = static_cast<char>(capital_head[0] - 'a' + 'A');
    const bool plural = lexicon_.plural_speakers.contains(head);
    const bool organisation = (lexicon_.word_classes.classes_of(capital_head) & kOrganisationWord) ||
                              lexicon_.organisation_roles.contains(head);
    // "the minister", "the judge": a title's word is someone's role.
    const bool person = !plural && !organisation && lexicon_.is_title(capital_head);
    return memory_.note_unnamed(phrase, plural, organisation, person);
}

QuoteFinder::Attribution QuoteFinder::attribute(std::string_view paragraph, const std::optional<Cue>& cue) {
    Attribution a;
    if (!cue) return a;
    if (cue->verb_last > cue->verb_first)
        a.cue = std::string(paragraph.substr(tokens_[cue->verb_first].begin,
                                             tokens_[cue->verb_last - 1].end - tokens_[cue->verb_first].begin));
    if (!cue->mention) {
        a.speaker = memory_.current_speaker;
        return a;
    }
    const Mention& m = *cue->mention;
    std::string written;
    append_unwrapped(written,
                     paragraph.substr(tokens_[m.first].begin, tokens_[m.last - 1].end - tokens_[m.first].begin));
    a.mention = std::move(written);
    std::string unresolved;
    a.speaker = resolve(paragraph, m, unresolved);
    if (!a.speaker) a.unresolved = std::move(unresolved);
    return a;
}

void QuoteFinder::set_speaker(Quotation& quotation, const Attribution& attribution, bool carried) {
    quotation.cue = attribution.cue;
    quotation.speaker_mention = attribution.mention;
    if (attribution.speaker) {
        memory_.note_speaker(*attribution.speaker);
        memory_.current_speaker = attribution.speaker;
        carried_unresolved_.reset();
        quotation.speaker = memory_.entity(*attribution.speaker).name;
    } else if (attribution.unresolved) {
        // "he said" with no one to be: the next quotation with no cue is his too.
        memory_.current_speaker.reset();
        carried_unresolved_ = attribution.unresolved;
        quotation.speaker = attribution.unresolved;
    }
    if (carried) quotation.cue.reset();
}

void QuoteFinder::read_sentence(std::string_view paragraph, TextSpan sentence, std::vector<Quotation>& quotations) {
    const std::optional<Attribution> colon = std::move(colon_attribution_);
    colon_attribution_.reset();
    const std::size_t first = token_at_or_after(sentence.begin), last = token_at_or_after(sentence.end);
    const CueReader reader(paragraph, tokens_, lexicon_, &memory_);
    note_names(paragraph, first, last);
    std::size_t group_end = next_group_;
    while (group_end < groups_.size() && pieces_[groups_[group_end].first_piece].open < sentence.end) ++group_end;
    const bool has_quotes = group_end > next_group_;
    introduced_before_ = introduced_;
    introduced_.reset();
    if (const auto subject = reader.subject(first, last)) {
        const std::size_t at = tokens_[subject->first].begin;
        if (!has_quotes || at < pieces_[groups_[next_group_].first_piece].open) {
            std::string unresolved;
            if (const auto id = resolve(paragraph, *subject, unresolved)) {
                memory_.note_subject(*id);
                if (!has_quotes) introduced_ = id;
            }
        }
    }
    for (; next_group_ < group_end; ++next_group_) {
        Quotation q = make_quotation(paragraph, groups_[next_group_], sentence, first, last, reader);
        if (!q.speaker && colon && q.kind == QuoteKind::direct && !q.continues_previous &&
            token_at_or_after(q.span.begin) == first) {
            set_speaker(q, *colon, false);
        }
        quotations.push_back(std::move(q));
    }
    if (!has_quotes) {
        // "Smailov said the talks had failed.": he speaks now, for the quotations after.
        // (Only who it is: the cue's and the mention's words are for a quotation.)
        if (const auto cue = reader.first_speech(first, last); cue && cue->mention) {
            std::string unresolved;
            if (const auto id = resolve(paragraph, *cue->mention, unresolved)) memory_.current_speaker = id;
        }
    }
    const std::size_t end = utf8::trim_spaces_back(paragraph, sentence.begin, sentence.end);
    if (end > sentence.begin && paragraph[end - 1] == ':' && last > first) {
        auto cue = reader.before(first, last, last - first);
        if (!cue) {
            if (const auto subject = reader.subject(first, last)) cue = Cue{subject, last - 1, last};
        }
        if (cue) {
            Attribution a = attribute(paragraph, cue);
            if (!cue->mention || !reader.is_speech_verb(cue->verb_first)) a.cue.reset();
            colon_attribution_ = std::move(a);
        }
    }
}

// A fragment inside the writer's sentence: someone's words (partial) or a label the
// writer keeps at a distance (scare).
QuoteKind QuoteFinder::fragment_kind(const CueReader& reader, std::size_t first, std::size_t left_end,
                                     std::size_t words, const std::optional<Cue>& left_cue, bool right_cue) const {
    // "the so-called “bridge levy”", "known to her readers as “the Scalpel”": a name.
    bool labelled = left_end > first && tokens_[left_end - 1].word && label_words().contains(reader.word(left_end - 1));
    if (!labelled && left_end > first && reader.word(left_end - 1) == "as")
        for (std::size_t t = left_end - 1; t > first && left_end - t <= 5; --t)
            labelled = labelled || reader.word(t - 1) == "known";
    if (labelled) return QuoteKind::scare;
    // A short fragment is someone's words when a verb of saying governs it in the same
    // clause ("said she was “quietly confident”", "said it was “disappointed”"), not
    // across a "but" ("He said order was restored, but the hunt for “terrorists”…").
    const std::size_t distance = left_cue ? left_end - left_cue->verb_last : 0;
    bool governed = left_cue && distance <= (words < kPartialWords ? kShortFragmentReach : kFragmentReach);
    if (left_cue && !governed && distance <= kFragmentReach) {
        governed = true;
        for (std::size_t t = left_cue->verb_last; t < left_end && governed; ++t)
            governed = !clause_breaks().contains(reader.word(t)) && !reader.is_punctuation(t, ";") &&
                       !reader.is_punctuation(t, "—") && !reader.is_punctuation(t, "(");
    }
    return right_cue || governed || words >= kPartialWords ? QuoteKind::partial : QuoteKind::scare;
}

Quotation QuoteFinder::make_quotation(std::string_view paragraph, const Group& group, TextSpan sentence,
                                      std::size_t first, std::size_t last, const CueReader& reader) {
    const QuotedPiece& a = pieces_[group.first_piece];
    const QuotedPiece& b = pieces_[group.last_piece];
    Quotation q;
    q.span = {a.open, b.end};
    std::size_t words = 0;
    for (std::size_t p = group.first_piece; p <= group.last_piece; ++p) {
        const std::string_view content =
            paragraph.substr(pieces_[p].content, pieces_[p].content_end - pieces_[p].content);
        if (!q.text.empty()) q.text += ' ';
        append_unwrapped(q.text, content);
        words += count_words(content);
    }
    q.open_at_end = !b.closed;
    if (open_quotation_ && group.first_piece == 0 && a.open == utf8::skip_spaces(paragraph, 0)) {
        // The next paragraph of a quotation that runs on: its kind and speaker are the first one's.
        q.continues_previous = true;
        q.kind = open_quotation_->kind;
        if (open_quotation_->speaker) {
            q.speaker = open_quotation_->speaker;
            q.speaker_mention = open_quotation_->speaker_mention;
            q.cue = open_quotation_->cue;
            return q;
        }
    }
    const std::size_t left_end = token_at_or_after(a.open);
    // A full stop the splitter kept inside the sentence ("…," said Pollard, a machinist. “…”)
    // still ends what is before the quotation.
    // (Read back a bounded way: a sentence of a thousand quotations stays linear.)
    constexpr std::size_t kLeftReach = 64;
    // Only a stop that ends a sentence: before the quotation or a capital, not "(D-N.Y.)".
    for (std::size_t t = left_end; t > first && left_end - t < kLeftReach; --t)
        if ((reader.is_punctuation(t - 1, ".") || reader.is_punctuation(t - 1, "?") ||
             reader.is_punctuation(t - 1, "!")) &&
            (t == left_end || tokens_[t].capitalized)) {
            first = t;
            break;
        }
    std::size_t right_end = last;
    if (next_group_ + 1 < groups_.size()) {
        const std::size_t next_open = pieces_[groups_[next_group_ + 1].first_piece].open;
        if (next_open < sentence.end) right_end = std::min(right_end, token_at_or_after(next_open));
    }
    // `“…,” Vance told lawmakers, “…”`: the cue between the pieces; else after the last.
    std::optional<Cue> right_cue;
    if (group.last_piece > group.first_piece)
        right_cue = reader.after(token_at_or_after(a.end), token_at_or_after(pieces_[group.first_piece + 1].open));
    if (!right_cue && b.closed) right_cue = reader.after(token_at_or_after(b.end), right_end);
    const auto left_cue = reader.before(first, left_end, kFragmentReach);
    const std::size_t left_distance = left_cue ? left_end - left_cue->verb_last : 0;

    bool left_empty = left_end - first < kLeftReach;
    for (std::size_t t = left_end; left_empty && t > first; --t) left_empty = !tokens_[t - 1].word;
    const bool after_colon = left_end > first && reader.is_punctuation(left_end - 1, ":");
    // `He said “…”`, `He said, “…”`; not `what he described as “…”`.
    const bool after_cue =
        left_cue && (left_distance == 0 || (left_distance == 1 && reader.is_punctuation(left_end - 1, ",")));
    const std::string_view first_content = paragraph.substr(a.content, a.content_end - a.content);
    const bool capital = starts_with_capital(first_content);
    const std::string_view last_content = paragraph.substr(b.content, b.content_end - b.content);
    const bool statement = ends_statement(last_content) || (right_cue && last_content.ends_with(","));

    // A quotation going on from the paragraph before keeps the kind it began with.
    if (!q.continues_previous) {
        bool direct = false;
        if (left_empty)
            direct = capital || (words >= 2 && right_cue);
        else if (after_colon || after_cue)
            direct = capital || words >= 3;
        if (!direct && capital && words >= 3 && statement && (right_cue || (left_cue && left_distance <= 3)))
            direct = true;
        q.kind =
            direct ? QuoteKind::direct : fragment_kind(reader, first, left_end, words, left_cue, right_cue.has_value());
    }
    if (q.kind == QuoteKind::scare) return q;

    if (right_cue) {
        set_speaker(q, attribute(paragraph, right_cue), false);
    } else if (after_colon && !left_cue && q.kind == QuoteKind::direct) {
        // "Falk was gracious: “…”": the subject of the clause before the colon speaks.
        if (const auto subject = reader.subject(first, left_end)) {
            Attribution s = attribute(paragraph, Cue{subject, subject->first, subject->first});
            set_speaker(q, s, false);
        }
    } else if (left_cue) {
        set_speaker(q, attribute(paragraph, left_cue), false);
    } else if (q.kind == QuoteKind::partial) {
        if (const auto subject = reader.subject(first, left_end)) {
            set_speaker(q, attribute(paragraph, Cue{subject, subject->first, subject->first}), false);
        }
    } else if (memory_.current_speaker || carried_unresolved_ || introduced_before_) {
        // A quotation that stands alone carries on from the speaker before it.
        Attribution carried;
        carried.speaker = memory_.current_speaker;
        // "Daniel Oketch took the men's title. “…”": someone just introduced speaks.
        if (introduced_before_ && memory_.entity(*introduced_before_).named &&
            memory_.entity(*introduced_before_).person && left_empty)
            carried.speaker = introduced_before_;
        carried.unresolved = carried_unresolved_;
        set_speaker(q, carried, true);
    }
    return q;
}

}  // namespace newsutils
