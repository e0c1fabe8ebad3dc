#include "sentences/full_stop_rules.hpp"

#include <algorithm>

#include "sentences/terminal_punctuation.hpp"
#include "text/utf8.hpp"

namespace newsutils {

// How the word before a full stop behaves: one of the abbreviation kinds
// (same values, so a kind converts), an initial, or an ordinary word.
enum class FullStopRules::TokenClass { title, number, ambiguous, place, street, weak, never, normal, initial };

namespace {

// Bounds on how far a look around a candidate goes, so that no input costs
// more than linear time: a token this long is no abbreviation.
constexpr std::size_t kLongToken = 64;
constexpr std::size_t kGluedTokenScan = 256;
constexpr std::size_t kTimePhraseLength = 48;  // "Shortly before 11:30" and more
constexpr std::size_t kLongestOpeners = 8;

}  // namespace

bool FullStopRules::is_sentence_starter(const NextWord& next) const {
    if (next.start != WordStart::capital) return false;
    if (next.opened_by_quote) return true;  // `U.S. "We will...` opens a quotation
    if (next.word_followed_by_period) return lex_.personal_titles.contains(next.word);
    if (!lex_.sentence_starters.contains(next.word)) return false;
    // "U.S. First Lady Jill Smith": a title in title case, not a sentence start.
    return !(lex_.title_openers.contains(next.word) && capitalized_word_after(text_, next));
}

// The word a full stop at `dot` follows, from the last whitespace (or the
// start of the current sentence) on, without opening quotes or brackets.
std::string_view FullStopRules::token_before(std::size_t dot) const {
    const std::size_t begin = skip_openers(text_, word_start_before(dot), dot);
    return text_.substr(begin, dot - begin);
}

// Where the run of non-space characters ending at `end` begins, looking
// back no further than the sentence start or kLongToken bytes.
std::size_t FullStopRules::word_start_before(std::size_t end) const {
    const std::size_t floor = end - std::min(end - sentence_begin_, kLongToken);
    std::size_t begin = end;
    while (begin > floor) {
        const auto c = utf8::decode_before(text_, begin);
        if (utf8::is_space(c.code_point) || begin - c.length < floor) break;
        begin -= c.length;
    }
    return begin;
}

// "Dorchester, Mass.": a comma right before the word at `token_begin`.
bool FullStopRules::follows_comma(std::size_t token_begin) const {
    const std::size_t end = utf8::trim_spaces_back(text_, sentence_begin_, token_begin);
    return end < token_begin && end > sentence_begin_ && text_[end - 1] == ',';
}

// "SPRINGFIELD, Ill.": the word before the comma is all capitals, as in a dateline.
bool FullStopRules::follows_capitalized_city(std::size_t token_begin) const {
    const std::size_t comma = utf8::trim_spaces_back(text_, sentence_begin_, token_begin) - 1;
    const std::size_t begin = word_start_before(comma);
    if (begin == comma) return false;
    for (std::size_t i = begin; i < comma;) {
        const auto c = utf8::decode_at(text_, i);
        if (utf8::is_lower(c.code_point)) return false;
        i += c.length;
    }
    return true;
}

// "11th St.": a street after its number, not the "St." of a saint's name.
bool FullStopRules::follows_ordinal(std::size_t token_begin) const {
    const std::size_t end = utf8::trim_spaces_back(text_, sentence_begin_, token_begin);
    if (end == token_begin || end < sentence_begin_ + 3) return false;
    const std::size_t begin = word_start_before(end);
    const std::string_view word = text_.substr(begin, end - begin);
    if (word.size() < 3 || !utf8::is_ascii_digit(word.front())) return false;
    const std::string_view suffix = word.substr(word.size() - 2);
    return suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th";
}

// The first character of the word before `token_begin` in this sentence is lower case.
bool FullStopRules::previous_word_is_lowercase(std::size_t token_begin) const {
    const std::size_t end = utf8::trim_spaces_back(text_, sentence_begin_, token_begin);
    if (end <= sentence_begin_ || end == token_begin) return false;
    const std::size_t begin = skip_openers(text_, word_start_before(end), end);
    return begin < end && utf8::is_lower(utf8::decode_at(text_, begin).code_point);
}

FullStopRules::TokenClass FullStopRules::classify(std::string_view token) const {
    static_assert(static_cast<int>(TokenClass::title) == static_cast<int>(AbbreviationKind::title) &&
                  static_cast<int>(TokenClass::number) == static_cast<int>(AbbreviationKind::number) &&
                  static_cast<int>(TokenClass::ambiguous) == static_cast<int>(AbbreviationKind::ambiguous) &&
                  static_cast<int>(TokenClass::place) == static_cast<int>(AbbreviationKind::place) &&
                  static_cast<int>(TokenClass::street) == static_cast<int>(AbbreviationKind::street) &&
                  static_cast<int>(TokenClass::weak) == static_cast<int>(AbbreviationKind::weak) &&
                  static_cast<int>(TokenClass::never) == static_cast<int>(AbbreviationKind::never));
    if (token.size() >= kLongToken) return TokenClass::normal;
    // A capital alone is an initial ("John P. Morgan"), whatever "p." abbreviates.
    if (const auto first = utf8::decode_at(token, 0); first.length == token.size() && utf8::is_upper(first.code_point))
        return TokenClass::initial;
    if (const auto kind = lex_.abbreviations.find(token)) return static_cast<TokenClass>(*kind);
    if (const auto first = utf8::decode_at(token, 0); first.length == token.size())
        return utf8::is_lower(first.code_point) ? TokenClass::ambiguous : TokenClass::normal;
    return is_dotted_acronym(token) ? TokenClass::ambiguous : TokenClass::normal;
}

// "U.S", "N.Y", "Ph.D", "a.m": short runs of letters joined by full stops.
bool FullStopRules::is_dotted_acronym(std::string_view token) {
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

bool FullStopRules::period_ends_at(std::size_t dot, const NextWord& next) const {
    std::string_view token = token_before(dot);
    // "D-Vt.", "ex-Gov.", "(AP Photo/J. Scott": the word after a hyphen or slash counts.
    if (const auto joint = token.find_last_of("-/");
        joint != std::string_view::npos && joint + 1 < token.size() && !lex_.abbreviations.find(token))
        token.remove_prefix(joint + 1);
    if (token.empty()) return next.plausible_start();
    const auto token_begin = static_cast<std::size_t>(token.data() - text_.data());
    TokenClass token_class = classify(token);
    if (token == "St" && follows_ordinal(token_begin)) token_class = TokenClass::street;
    return decide(token_class, token, token_begin, next);
}

bool FullStopRules::decide(TokenClass token_class, std::string_view token, std::size_t token_begin,
                           const NextWord& next) const {
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
            if (next.start == WordStart::capital && follows_comma(token_begin) &&
                !capitalized_word_after(text_, next) && !lex_.time_continuations.contains(next.word) &&
                (!next.opened || !follows_capitalized_city(token_begin)))
                return true;
            return is_sentence_starter(next);
        case TokenClass::street:
            // "on Elm Ave. Police said" ends; "1600 Pennsylvania Ave. NW", "the Michigan
            // Ave. Bridge" and "Fifth Ave. Presbyterian Church" go on.
            return next.start == WordStart::capital && !next.opened && !lex_.street_continuations.contains(next.word) &&
                   !capitalized_word_after(text_, next);
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
bool FullStopRules::names_a_time_zone(const NextWord& next) const {
    std::size_t pos = next.word_begin;
    for (int words = 0; words < 4 && pos < text_.size(); ++words) {
        const std::size_t end = utf8::skip_non_spaces(text_, pos, std::min(text_.size(), pos + kLongToken));
        const std::string_view word = text_.substr(pos, end - pos);
        if (word == "time" || word == "time," || word == "time.") return words > 0;
        if (!utf8::is_upper(utf8::decode_at(word, 0).code_point)) return false;
        pos = utf8::skip_spaces(text_, end);
    }
    return false;
}

bool FullStopRules::is_time_of_day(std::string_view token) {
    if (token.size() != 3 || token[1] != '.') return false;
    const char first = static_cast<char>(token[0] | 0x20), last = static_cast<char>(token[2] | 0x20);
    return (first == 'a' || first == 'p') && last == 'm';
}

// "At 5 a.m.": the sentence so far is a time phrase opened by a preposition.
bool FullStopRules::opens_with_time(std::size_t token_begin) const {
    // Inside a quotation kept whole the sentence start stays put, so bound the look.
    if (token_begin - sentence_begin_ > kTimePhraseLength) return false;
    std::size_t words = 0;
    std::size_t pos = sentence_begin_;
    std::string_view first;
    while (pos < token_begin && words <= 3) {
        const std::size_t end = utf8::skip_non_spaces(text_, pos, token_begin);
        if (words == 0) first = text_.substr(pos, end - pos);
        ++words;
        pos = utf8::skip_spaces(text_, end);
    }
    return words >= 1 && words <= 3 && lex_.time_openers.contains(first);
}

// "Hello world.Today is Tuesday.": a full stop run straight into a
// capitalized word, where the word before is no abbreviation, URL or address.
bool FullStopRules::glued_sentence_end(std::size_t dot, std::size_t after) const {
    // The next sentence may open with a quotation mark or bracket: `analysts."Demand`, "Sunday.(Priya".
    const std::size_t word = skip_openers(text_, after, std::min(text_.size(), after + kLongestOpeners));
    if (word >= text_.size()) return false;
    const auto next = utf8::decode_at(text_, word);
    if (!utf8::is_upper(next.code_point) || word + next.length >= text_.size()) return false;
    if (!utf8::is_lower(utf8::decode_at(text_, word + next.length).code_point)) return false;
    // The word before may end in a closing quote or bracket or "%": `"Go."Then`, "4%.The".
    std::string_view before = token_before(dot);
    while (!before.empty() && (before.back() == '"' || before.back() == ')' || before.back() == '\''))
        before.remove_suffix(1);
    if (before.size() < 2) return false;
    const char last = before.back();
    if (!utf8::is_ascii_lower(last) && !utf8::is_ascii_digit(last) && last != '%') return false;
    if (before.find_first_of(".@/:") != std::string_view::npos || before == "www" || before == "WWW") return false;
    const std::size_t scan_end = std::min(text_.size(), after + kGluedTokenScan);
    const std::size_t token_end = utf8::skip_non_spaces(text_, after, scan_end);
    const std::string_view rest = text_.substr(after, token_end - after);
    // Addresses, paths and file names: "Jane.Doe@example.com", "Budget.Final.xlsx".
    if (rest.find_first_of("@/") != std::string_view::npos) return false;
    for (std::size_t i = rest.find('.'); i != std::string_view::npos; i = rest.find('.', i + 1))
        if (i + 1 < rest.size() && utf8::is_letter(utf8::decode_at(rest, i + 1).code_point)) return false;
    return !lex_.abbreviations.find(before);
}

}  // namespace newsutils
