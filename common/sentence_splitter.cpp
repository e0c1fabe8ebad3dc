#include "sentence_splitter.hpp"

#include <algorithm>
#include <array>
#include <cstring>

#include "byte_set.hpp"
#include "embedded_data.hpp"
#include "list_markers.hpp"
#include "quote_attribution.hpp"
#include "quote_tracker.hpp"
#include "terminal_punctuation.hpp"
#include "utf8.hpp"

namespace newsutils {

SplitterLexicons SplitterLexicons::builtin() {
    return SplitterLexicons{Abbreviations::builtin(),       WordSet(data::sentence_starters),
                            WordSet(data::reporting_verbs), WordSet(data::time_continuations),
                            WordSet(data::time_openers),    WordSet(data::street_continuations),
                            WordSet(data::title_openers)};
}

SentenceSplitter::SentenceSplitter(const SplitterLexicons& lexicons, SplitterOptions options)
    : lexicons_(lexicons), options_(options) {}

namespace {

enum class WordStart { lower, capital, digit, uncased, other, none };

struct NextWord {
    std::size_t begin = 0;       // first character after the whitespace
    std::size_t word_begin = 0;  // after any opening quotes and brackets
    bool opened = false;         // an opening quote or bracket comes first
    bool opened_by_quote = false;
    WordStart start = WordStart::none;
    std::string_view word;  // the letters at word_begin
    bool word_followed_by_period = false;

    bool plausible_start() const {
        return start == WordStart::capital || start == WordStart::digit || start == WordStart::uncased;
    }
};

// How the word before a full stop behaves: one of the abbreviation kinds
// (same values, so a kind converts), an initial, or an ordinary word.
enum class TokenClass { title, number, ambiguous, place, street, weak, never, normal, initial };
static_assert(static_cast<int>(TokenClass::title) == static_cast<int>(AbbreviationKind::title) &&
              static_cast<int>(TokenClass::number) == static_cast<int>(AbbreviationKind::number) &&
              static_cast<int>(TokenClass::ambiguous) == static_cast<int>(AbbreviationKind::ambiguous) &&
              static_cast<int>(TokenClass::place) == static_cast<int>(AbbreviationKind::place) &&
              static_cast<int>(TokenClass::street) == static_cast<int>(AbbreviationKind::street) &&
              static_cast<int>(TokenClass::weak) == static_cast<int>(AbbreviationKind::weak) &&
              static_cast<int>(TokenClass::never) == static_cast<int>(AbbreviationKind::never));

// Bounds on how far a look around a candidate goes, so that no input costs
// more than linear time: a token this long is no abbreviation, a list item
// is shorter than the lookahead.
constexpr std::size_t kLongToken = 64;
constexpr std::size_t kListLookahead = 1024;
constexpr std::size_t kGluedTokenScan = 256;
constexpr std::size_t kTimePhraseLength = 48;  // "Shortly before 11:30" and more

bool is_currency(char32_t c) {
    return c == '$' || c == U'£' || c == U'€' || c == U'¥' || c == U'₹';
}

// Bytes that can begin something the splitter must look at; the text
// between them is skipped without a look.
const ByteSet kTriggers{'.',  '!', '?', ')', '\n',
                        0xE2,   // … • ⁃ ‽ and the curly quotes
                        0xEF};  // fullwidth ！ ？
// With --keep-quotes every quotation mark counts too (0xC2 leads « »).
const ByteSet kTriggersWithQuotes = kTriggers.with({'"', '\'', 0xC2});

class ParagraphSplit {
public:
    ParagraphSplit(const SplitterLexicons& lexicons, SplitterOptions options, std::string_view text,
                   std::vector<SentenceSpan>& out)
        : lex_(lexicons),
          options_(options),
          t_(text),
          out_(out),
          triggers_(options.keep_quotes ? kTriggersWithQuotes : kTriggers) {}

    void run() {
        std::size_t pos = utf8::skip_spaces(t_, 0);
        sentence_begin_ = pos;
        if (auto marker = parse_list_marker(t_, pos)) {
            chain_.start(*marker);
            pos = marker->end;
        }
        while ((pos = triggers_.find_in(t_, pos)) < t_.size()) pos = handle(pos);
        end_sentence_at(t_.size(), t_.size());
    }

private:
    std::size_t handle(std::size_t pos) {
        switch (t_[pos]) {
            case '\n': return handle_line_start(pos + 1);
            case '.':
                if (auto marker = enumerator_ending_at(pos)) return take_marker(*marker);
                return handle_terminal(pos);
            case '!':
            case '?': return handle_terminal(pos);
            case ')':
                if (auto marker = enumerator_ending_at(pos)) return take_marker(*marker);
                return pos + 1;
            case '"':
            case '\'': quotes_.feed(t_, pos, 1, static_cast<char32_t>(t_[pos])); return pos + 1;
            default: break;
        }
        const auto c = utf8::decode_at(t_, pos);
        if (c.code_point == U'…' || is_exclamation(c.code_point)) return handle_terminal(pos);
        if (is_dedicated_bullet(c.code_point) && pos > 0 && utf8::is_space_at(t_, pos - 1)) {
            // A bullet goes on a list, or starts one after a colon: "Key points: • Rates held • ..."
            if (auto marker = parse_list_marker(t_, pos);
                marker && (chain_.continued_by(*marker) || (!chain_.active() && previous_char_is_colon(pos))))
                return take_marker(*marker);
        }
        if (options_.keep_quotes && is_quote_char(c.code_point)) quotes_.feed(t_, pos, c.length, c.code_point);
        return pos + c.length;
    }

    bool suppressed() const { return options_.keep_quotes && quotes_.inside(); }

    void end_sentence_at(std::size_t end, std::size_t next_begin) {
        const std::size_t trimmed = utf8::trim_spaces_back(t_, sentence_begin_, end);
        if (trimmed > sentence_begin_) out_.push_back({sentence_begin_, trimmed});
        sentence_begin_ = next_begin;
    }

    // ---- list items -------------------------------------------------------

    std::size_t take_marker(const ListMarker& marker) {
        if (!suppressed()) end_sentence_at(marker.begin, marker.begin);
        chain_.start(marker);
        return marker.end;
    }

    // A marker such as "2." or "3)" in mid-line, ending at `pos`, that
    // continues the current list or starts one that continues later on.
    std::optional<ListMarker> enumerator_ending_at(std::size_t pos) {
        std::size_t begin = pos;
        if (t_[pos] == ')' && pos > 0 && t_[pos - 1] == '.') --begin;  // "2.)"
        std::size_t digits = 0;
        while (begin > 0 && digits < 3 && utf8::is_ascii_digit(t_[begin - 1])) {
            --begin;
            ++digits;
        }
        if (digits == 0) {
            if (begin == 0 || !utf8::is_ascii_lower(t_[begin - 1])) return std::nullopt;
            --begin;
        }
        if (begin > 0 && t_[begin - 1] == '(') --begin;
        if (begin == 0 || !utf8::is_space_at(t_, begin - 1) || t_[begin - 1] == '\n') return std::nullopt;
        auto marker = parse_list_marker(t_, begin);
        if (!marker || marker->end <= pos) return std::nullopt;
        if (chain_.continued_by(*marker)) return marker;
        if (marker->value == 1 && !chain_.active() && starts_inline_list(*marker)) return marker;
        return std::nullopt;
    }

    std::size_t handle_line_start(std::size_t pos) {
        pos = utf8::skip_spaces(t_, pos);
        const auto marker = parse_list_marker(t_, pos);
        if (!marker) return pos;
        bool accept = chain_.continued_by(*marker);
        if (!accept) {
            const bool after_colon = previous_char_is_colon(pos);
            if (marker->style.bullet != 0) {
                accept = is_dedicated_bullet(marker->style.bullet) || after_colon ||
                         another_line_starts_with(marker->style.bullet, marker->end);
            } else if (marker->value == 1) {
                accept = after_colon || list_continues(*marker);
            }
        }
        return accept ? take_marker(*marker) : pos;
    }

    // Whether a first marker in mid-line starts a list. "1." does only after a
    // colon or a sentence end ("Steps: 1. Open it 2. ..."), not in "is ranked 1.
    // Michigan is ranked 2."; "(1)" and "a)" need an item of two words or more
    // before the next marker: "the city will a) hire 30 officers, b) ...", but
    // not "subsections (a) and (b)".
    bool starts_inline_list(const ListMarker& first) {
        const bool dotted = first.style.suffix == EnumeratorSuffix::dot;
        if (dotted && !follows_colon_or_sentence_end(first.begin)) return false;
        const std::size_t next = find_continuation(first);
        if (next == std::string_view::npos) return false;
        // After a colon even one-word items make a list: "Results: 1. Kenya, 2. Ethiopia".
        return dotted || count_words(t_.substr(first.end, next - first.end)) >= 2;
    }

    static std::size_t count_words(std::string_view text) {
        std::size_t words = 0;
        for (std::size_t pos = utf8::skip_spaces(text, 0); pos < text.size(); pos = utf8::skip_spaces(text, pos)) {
            ++words;
            pos = utf8::skip_non_spaces(text, pos, text.size());
        }
        return words;
    }

    bool follows_colon_or_sentence_end(std::size_t pos) const {
        const std::size_t end = utf8::trim_spaces_back(t_, 0, pos);
        if (end == 0) return true;
        const char c = t_[end - 1];
        return c == ':' || c == '.' || c == '!' || c == '?' || end <= sentence_begin_;
    }

    bool previous_char_is_colon(std::size_t pos) const {
        const std::size_t end = utf8::trim_spaces_back(t_, 0, pos);
        return end > 0 && t_[end - 1] == ':';
    }

    bool another_line_starts_with(char32_t bullet, std::size_t from) const {
        const std::size_t to = std::min(t_.size(), from + kListLookahead);
        while (from < to) {
            const void* nl = std::memchr(t_.data() + from, '\n', to - from);
            if (!nl) return false;
            const std::size_t line =
                utf8::skip_spaces(t_, static_cast<std::size_t>(static_cast<const char*>(nl) - t_.data()));
            if (auto marker = parse_list_marker(t_, line); marker && marker->style.bullet == bullet) return true;
            from = line + 1;
        }
        return false;
    }

    // Where the list `first` would start goes on, within a list item's reach,
    // or npos. Searches of the same kind resume where the last one stopped,
    // so text full of "1)" costs linear time.
    std::size_t find_continuation(const ListMarker& first) {
        const std::size_t to = std::min(t_.size(), first.end + kListLookahead);
        std::size_t from = first.end;
        if (first.style == lookahead_.style && first.value == lookahead_.value && lookahead_.checked_until > from)
            from = lookahead_.checked_until;
        const std::size_t found = find_list_continuation(t_, first, from, to);
        if (found == std::string_view::npos) lookahead_ = {first.style, first.value, to};
        return found;
    }

    bool list_continues(const ListMarker& first) { return find_continuation(first) != std::string_view::npos; }

    // ---- terminal punctuation --------------------------------------------

    std::size_t handle_terminal(std::size_t pos) {
        const TerminalRun run = read_terminal_run(t_, pos);
        // "[...]" marks an omission inside the sentence.
        if ((run.kind == RunKind::ellipsis || run.kind == RunKind::long_ellipsis) && pos > 0 && t_[pos - 1] == '[' &&
            run.end < t_.size() && t_[run.end] == ']')
            return run.end + 1;
        std::size_t after = run.end;
        bool quote_closed = false;
        while (after < t_.size()) {
            const auto c = utf8::decode_at(t_, after);
            if (!is_closer(c.code_point)) break;
            const bool apostrophe_like = c.code_point == '\'' || c.code_point == U'’' || c.code_point == '"';
            if (apostrophe_like && !closer_can_end(after + c.length)) break;  // "Jr.'s"
            if (is_quote_char(c.code_point)) {
                quote_closed = true;
                if (options_.keep_quotes) quotes_.feed(t_, after, c.length, c.code_point);
            }
            after += c.length;
        }
        if (after >= t_.size()) return after;
        if (!utf8::is_space_at(t_, after)) {
            if (run.kind == RunKind::period && glued_sentence_end(run.begin, after) && !suppressed())
                end_sentence_at(after, after);
            return after;
        }
        const std::size_t next_begin = utf8::skip_spaces(t_, after);
        if (next_begin >= t_.size()) return next_begin;
        if (ends_sentence(run, read_next_word(next_begin), quote_closed) && !suppressed())
            end_sentence_at(after, next_begin);
        return after;
    }

    bool closer_can_end(std::size_t pos) const {
        if (pos >= t_.size()) return true;
        const auto c = utf8::decode_at(t_, pos);
        return utf8::is_space(c.code_point) || is_closer(c.code_point);
    }

    NextWord read_next_word(std::size_t pos) const {
        NextWord next;
        next.begin = pos;
        while (pos < t_.size()) {
            const auto c = utf8::decode_at(t_, pos);
            if (!is_opener(c.code_point)) break;
            next.opened = true;
            next.opened_by_quote = next.opened_by_quote || is_quote_char(c.code_point);
            pos += c.length;
        }
        next.word_begin = pos;
        if (pos >= t_.size()) return next;
        const auto c = utf8::decode_at(t_, pos);
        const std::size_t second = pos + c.length;
        const char32_t following = second < t_.size() ? utf8::decode_at(t_, second).code_point : U' ';
        if (utf8::is_upper(c.code_point))
            next.start = WordStart::capital;
        else if (utf8::is_lower(c.code_point))
            next.start = utf8::is_upper(following) ? WordStart::capital : WordStart::lower;  // "iPhone"
        else if (utf8::is_digit(c.code_point))
            next.start = WordStart::digit;
        else if (c.code_point == '#' && (utf8::is_letter(following) || utf8::is_digit(following)))
            next.start = WordStart::capital;  // a hashtag
        else if (is_currency(c.code_point) && utf8::is_digit(following))
            next.start = WordStart::digit;
        else if (utf8::is_uncased_letter(c.code_point))
            next.start = WordStart::uncased;
        else
            next.start = WordStart::other;
        std::size_t end = pos;
        while (end < t_.size()) {
            const auto d = utf8::decode_at(t_, end);
            if (!utf8::is_letter(d.code_point)) break;
            end += d.length;
        }
        next.word = t_.substr(pos, end - pos);
        next.word_followed_by_period = end < t_.size() && t_[end] == '.';
        return next;
    }

    bool is_sentence_starter(const NextWord& next) const {
        if (next.start != WordStart::capital) return false;
        if (next.opened_by_quote) return true;  // `U.S. "We will...` opens a quotation
        if (next.word_followed_by_period || !lex_.sentence_starters.contains(next.word)) return false;
        // "U.S. First Lady Jill Smith": a title in title case, not a sentence start.
        return !(lex_.title_openers.contains(next.word) && capitalized_word_after(next));
    }

    // Whether the word after `next` starts with a capital letter.
    bool capitalized_word_after(const NextWord& next) const {
        const std::size_t end = next.word_begin + next.word.size();
        if (end >= t_.size() || !utf8::is_space_at(t_, end)) return false;
        const std::size_t following = utf8::skip_spaces(t_, end);
        return following < t_.size() && utf8::is_upper(utf8::decode_at(t_, following).code_point);
    }

    bool ends_sentence(const TerminalRun& run, const NextWord& next, bool quote_closed) const {
        if (run.spaced_ellipsis_follows) {
            // Judge the word after the ellipsis: "compounds. . . . The practice".
            std::size_t pos = next.begin;
            while (pos < t_.size() && (t_[pos] == '.' || t_[pos] == ' ' || t_[pos] == '\n')) ++pos;
            if (pos >= t_.size()) return false;
            const NextWord after_ellipsis = read_next_word(pos);
            return after_ellipsis.plausible_start() && period_ends_sentence(run.begin, after_ellipsis);
        }
        if (!next.plausible_start()) return false;
        if (quote_closed && next.start == WordStart::capital &&
            is_attribution(t_, next.begin, lex_.sentence_starters, lex_.reporting_verbs, run.kind != RunKind::period))
            return false;
        switch (run.kind) {
            case RunKind::spaced_ellipsis:
                // "is . . . I didn't" goes on; `harder . . .” She trailed off.` has closed the quotation.
                return quote_closed && next.start == WordStart::capital;
            case RunKind::exclamation:
                // Names written with "!" ("Yahoo! Finance") are listed as abbreviations.
                if (t_[run.begin] == '!' && run.end == run.begin + 1 && lex_.abbreviations.find(token_before(run.end)))
                    return is_sentence_starter(next);
                return true;
            case RunKind::period: return period_ends_sentence(run.begin, next);
            default: return true;
        }
    }

    // The word a full stop at `dot` follows, from the last whitespace (or the
    // start of the current sentence) on, without opening quotes or brackets.
    std::string_view token_before(std::size_t dot) const {
        const std::size_t begin = skip_openers(t_, word_start_before(dot), dot);
        return t_.substr(begin, dot - begin);
    }

    // Where the run of non-space characters ending at `end` begins, looking
    // back no further than the sentence start or kLongToken bytes.
    std::size_t word_start_before(std::size_t end) const {
        const std::size_t floor = end - std::min(end - sentence_begin_, kLongToken);
        std::size_t begin = end;
        while (begin > floor) {
            const auto c = utf8::decode_before(t_, begin);
            if (utf8::is_space(c.code_point) || begin - c.length < floor) break;
            begin -= c.length;
        }
        return begin;
    }

    // "Dorchester, Mass.": a comma right before the word at `token_begin`.
    bool follows_comma(std::size_t token_begin) const {
        const std::size_t end = utf8::trim_spaces_back(t_, sentence_begin_, token_begin);
        return end < token_begin && end > sentence_begin_ && t_[end - 1] == ',';
    }

    // "SPRINGFIELD, Ill.": the word before the comma is all capitals, as in a dateline.
    bool follows_capitalized_city(std::size_t token_begin) const {
        const std::size_t comma = utf8::trim_spaces_back(t_, sentence_begin_, token_begin) - 1;
        const std::size_t begin = word_start_before(comma);
        if (begin == comma) return false;
        for (std::size_t i = begin; i < comma;) {
            const auto c = utf8::decode_at(t_, i);
            if (utf8::is_lower(c.code_point)) return false;
            i += c.length;
        }
        return true;
    }

    // "11th St.": a street after its number, not the "St." of a saint's name.
    bool follows_ordinal(std::size_t token_begin) const {
        const std::size_t end = utf8::trim_spaces_back(t_, sentence_begin_, token_begin);
        if (end == token_begin || end < sentence_begin_ + 3) return false;
        const std::size_t begin = word_start_before(end);
        const std::string_view word = t_.substr(begin, end - begin);
        if (word.size() < 3 || !utf8::is_ascii_digit(word.front())) return false;
        const std::string_view suffix = word.substr(word.size() - 2);
        return suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th";
    }

    // The first character of the word before `token_begin` in this sentence is lower case.
    bool previous_word_is_lowercase(std::size_t token_begin) const {
        const std::size_t end = utf8::trim_spaces_back(t_, sentence_begin_, token_begin);
        if (end <= sentence_begin_ || end == token_begin) return false;
        const std::size_t begin = skip_openers(t_, word_start_before(end), end);
        return begin < end && utf8::is_lower(utf8::decode_at(t_, begin).code_point);
    }

    TokenClass classify(std::string_view token) const {
        if (token.size() >= kLongToken) return TokenClass::normal;
        // A capital alone is an initial ("John P. Morgan"), whatever "p." abbreviates.
        if (const auto first = utf8::decode_at(token, 0);
            first.length == token.size() && utf8::is_upper(first.code_point))
            return TokenClass::initial;
        if (const auto kind = lex_.abbreviations.find(token)) return static_cast<TokenClass>(*kind);
        if (const auto first = utf8::decode_at(token, 0); first.length == token.size())
            return utf8::is_lower(first.code_point) ? TokenClass::ambiguous : TokenClass::normal;
        return is_dotted_acronym(token) ? TokenClass::ambiguous : TokenClass::normal;
    }

    // "U.S", "N.Y", "Ph.D", "a.m": short runs of letters joined by full stops.
    static bool is_dotted_acronym(std::string_view token) {
        if (token.find('.') == std::string_view::npos) return false;
        std::size_t run = 0;
        for (std::size_t i = 0; i < token.size();) {
            if (token[i] == '.') {
                if (run == 0) return false;
                run = 0;
                ++i;
                continue;
            }
            const auto c = utf8::decode_at(token, i);
            if (!utf8::is_letter(c.code_point) || ++run > 3) return false;
            i += c.length;
        }
        return run > 0;
    }

    bool period_ends_sentence(std::size_t dot, const NextWord& next) const {
        std::string_view token = token_before(dot);
        // "D-Vt.", "ex-Gov.", "(AP Photo/J. Scott": the word after a hyphen or slash counts.
        if (const auto joint = token.find_last_of("-/");
            joint != std::string_view::npos && joint + 1 < token.size() && !lex_.abbreviations.find(token))
            token.remove_prefix(joint + 1);
        if (token.empty()) return next.plausible_start();
        const auto token_begin = static_cast<std::size_t>(token.data() - t_.data());
        TokenClass token_class = classify(token);
        if (token == "St" && follows_ordinal(token_begin)) token_class = TokenClass::street;
        return decide(token_class, token, token_begin, next);
    }

    bool decide(TokenClass token_class, std::string_view token, std::size_t token_begin, const NextWord& next) const {
        switch (token_class) {
            case TokenClass::never:
            case TokenClass::title: return false;
            case TokenClass::number: return next.start != WordStart::digit && next.plausible_start();
            case TokenClass::ambiguous:
                // A sentence that so far is only "U.S." does not end there ("U.S. Will Send Troops").
                return token_begin > sentence_begin_ && is_sentence_starter(next);
            case TokenClass::place:
                // After "Springfield, Ill." a capital starts a sentence ("... Ill. Police
                // said"), unless a name in title case runs on ("Miss. Mayor Robyn
                // Tannehill") or a day follows ("Ore. Tuesday"); a bracket does too, unless
                // the city is in capitals: the dateline "SPRINGFIELD, Ill. (AP) —" goes on.
                if (next.start == WordStart::capital && follows_comma(token_begin) && !capitalized_word_after(next) &&
                    !lex_.time_continuations.contains(next.word) &&
                    (!next.opened || !follows_capitalized_city(token_begin)))
                    return true;
                return is_sentence_starter(next);
            case TokenClass::street:
                // "on Elm Ave. Police said" ends; "1600 Pennsylvania Ave. NW", "the Michigan
                // Ave. Bridge" and "Fifth Ave. Presbyterian Church" go on.
                return next.start == WordStart::capital && !next.opened &&
                       !lex_.street_continuations.contains(next.word) && !capitalized_word_after(next);
            case TokenClass::weak:
                if (next.start != WordStart::capital) return false;
                if (is_time_of_day(token)) {
                    if (lex_.time_continuations.contains(next.word)) return false;
                    if (opens_with_time(token_begin)) return false;
                    if (names_a_time_zone(next)) return false;
                }
                return true;
            case TokenClass::initial:
                // "you and I. Did you" ends: "I" after a lower-case word is the pronoun.
                if (token == "I" && previous_word_is_lowercase(token_begin)) return next.plausible_start();
                // "George W. Bush" goes on; "vitamin D. It" and "Plan B. The" end: no
                // name has a function word after its initial.
                return is_sentence_starter(next);
            case TokenClass::normal: return next.plausible_start();
        }
        return false;
    }

    // "9:30 a.m. New York time": capitalized words, then "time".
    bool names_a_time_zone(const NextWord& next) const {
        std::size_t pos = next.word_begin;
        for (int words = 0; words < 4 && pos < t_.size(); ++words) {
            const std::size_t end = utf8::skip_non_spaces(t_, pos, std::min(t_.size(), pos + kLongToken));
            const std::string_view word = t_.substr(pos, end - pos);
            if (word == "time" || word == "time," || word == "time.") return words > 0;
            if (!utf8::is_upper(utf8::decode_at(word, 0).code_point)) return false;
            pos = utf8::skip_spaces(t_, end);
        }
        return false;
    }

    static bool is_time_of_day(std::string_view token) {
        if (token.size() != 3 || token[1] != '.') return false;
        const char first = static_cast<char>(token[0] | 0x20), last = static_cast<char>(token[2] | 0x20);
        return (first == 'a' || first == 'p') && last == 'm';
    }

    // "At 5 a.m.": the sentence so far is a time phrase opened by a preposition.
    bool opens_with_time(std::size_t token_begin) const {
        // Inside a quotation kept whole the sentence start stays put, so bound the look.
        if (token_begin - sentence_begin_ > kTimePhraseLength) return false;
        std::size_t words = 0;
        std::size_t pos = sentence_begin_;
        std::string_view first;
        while (pos < token_begin && words <= 3) {
            const std::size_t end = utf8::skip_non_spaces(t_, pos, token_begin);
            if (words == 0) first = t_.substr(pos, end - pos);
            ++words;
            pos = utf8::skip_spaces(t_, end);
        }
        return words >= 1 && words <= 3 && lex_.time_openers.contains(first);
    }

    // "Hello world.Today is Tuesday.": a full stop run straight into a
    // capitalized word, where the word before is no abbreviation, URL or address.
    bool glued_sentence_end(std::size_t dot, std::size_t after) const {
        const auto next = utf8::decode_at(t_, after);
        if (!utf8::is_upper(next.code_point) || after + next.length >= t_.size()) return false;
        if (!utf8::is_lower(utf8::decode_at(t_, after + next.length).code_point)) return false;
        // The word before may end in a closing quote or bracket or "%": `"Go."Then`, "4%.The".
        std::string_view before = token_before(dot);
        while (!before.empty() && (before.back() == '"' || before.back() == ')' || before.back() == '\''))
            before.remove_suffix(1);
        if (before.size() < 2) return false;
        const char last = before.back();
        if (!utf8::is_ascii_lower(last) && !utf8::is_ascii_digit(last) && last != '%') return false;
        if (before.find_first_of(".@/:") != std::string_view::npos || before == "www" || before == "WWW") return false;
        const std::size_t scan_end = std::min(t_.size(), after + kGluedTokenScan);
        const std::size_t token_end = utf8::skip_non_spaces(t_, after, scan_end);
        const std::string_view rest = t_.substr(after, token_end - after);
        // Addresses, paths and file names: "Jane.Doe@example.com", "Budget.Final.xlsx".
        if (rest.find_first_of("@/") != std::string_view::npos) return false;
        for (std::size_t i = rest.find('.'); i != std::string_view::npos; i = rest.find('.', i + 1))
            if (i + 1 < rest.size() && utf8::is_letter(utf8::decode_at(rest, i + 1).code_point)) return false;
        return !lex_.abbreviations.find(before);
    }

    const SplitterLexicons& lex_;
    SplitterOptions options_;
    std::string_view t_;
    std::vector<SentenceSpan>& out_;
    const ByteSet& triggers_;
    std::size_t sentence_begin_ = 0;
    ListChain chain_;
    QuoteTracker quotes_;
    struct Lookahead {
        MarkerStyle style;
        unsigned value = 0;
        std::size_t checked_until = 0;  // no continuation before this
    } lookahead_;
};

}  // namespace

void SentenceSplitter::split(std::string_view paragraph, std::vector<SentenceSpan>& sentences) const {
    ParagraphSplit(lexicons_, options_, paragraph, sentences).run();
}

}  // namespace newsutils
