#include "sentences/credits.hpp"

#include <algorithm>

#include "sentences/embedded_lexicons.hpp"
#include "sentences/terminal_punctuation.hpp"
#include "text/ascii_case.hpp"
#include "text/utf8.hpp"

namespace newsutils {
namespace {

// Bounds on every look, so that no input costs more than linear time.
constexpr std::size_t kLongestLabel = 24;
constexpr std::size_t kLongestBracket = 160;
constexpr std::size_t kCreditLookahead = 200;
constexpr std::size_t kTailWindow = 200;
constexpr int kCreditWords = 12;

bool is_ascii_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace

CreditLexicon CreditLexicon::builtin() {
    CreditLexicon lexicon;
    namespace data = lexicons::sentences;
    for_each_entry(data::credit_labels,
                   [&](std::size_t, std::string_view label) { lexicon.labels.push_back(lower_ascii(label) + ":"); });
    for_each_entry(data::credit_words,
                   [&](std::size_t, std::string_view word) { lexicon.bracket_words.insert(lower_ascii(word)); });
    bool phrase = false;
    for_each_entry(
        data::credit_lines,
        [&](std::size_t, std::string_view line) { (phrase ? lexicon.phrases : lexicon.lines).emplace_back(line); },
        [&](std::size_t line, std::string_view section) {
            if (section != "phrase") throw WordListError(line, "unknown section [" + std::string(section) + "]");
            phrase = true;
        });
    return lexicon;
}

// Whether `pos`, where a credit would start, follows a word of the caption:
// whitespace before it, and before that a letter, a digit, a closing quote or
// bracket, or a full stop; not a comma, colon or dash, which go on.
bool CreditRules::follows_caption_word(std::size_t pos, std::size_t sentence_begin) const {
    if (pos <= sentence_begin || !utf8::is_space_at(text_, pos - 1)) return false;
    const std::size_t end = utf8::trim_spaces_back(text_, sentence_begin, pos);
    if (end <= sentence_begin) return false;
    const char32_t last = utf8::decode_before(text_, end).code_point;
    return utf8::is_letter(last) || utf8::is_digit(last) || last == '.' || (is_closer(last) && last != '\'');
}

std::size_t CreditRules::label_before(std::size_t mark, std::size_t sentence_begin) const {
    if (mark + 1 < text_.size() && !utf8::is_space_at(text_, mark + 1)) return std::string_view::npos;
    const auto word_start = [&](std::size_t end) {
        std::size_t start = end;
        while (start > 0 && mark - start < kLongestLabel && is_ascii_letter(text_[start - 1])) --start;
        return start;
    };
    const std::size_t last = word_start(mark);
    if (last == mark) return std::string_view::npos;
    // The label may be the last two words ("Image credit:") or the last one.
    std::size_t candidates[2] = {std::string_view::npos, last};
    if (last >= 2 && text_[last - 1] == ' ' && is_ascii_letter(text_[last - 2])) candidates[0] = word_start(last - 1);
    for (const std::size_t start : candidates) {
        if (start == std::string_view::npos || text_[start] < 'A' || text_[start] > 'Z') continue;
        const std::string label = lower_ascii(text_.substr(start, mark + 1 - start));
        if (std::find(lex_.labels.begin(), lex_.labels.end(), label) == lex_.labels.end()) continue;
        // The label starts the sentence, or follows a word of the caption; "FILE PHOTO:" is one label.
        if (start == sentence_begin || follows_caption_word(start, sentence_begin)) return start;
        return std::string_view::npos;
    }
    return std::string_view::npos;
}

// "Jonah Reyes/Bloomberg": capitalized words (names, "The", "Inc.") on both sides of a slash.
bool CreditRules::names_around_slash(std::string_view content) {
    const std::size_t slash = content.find('/');
    if (slash == std::string_view::npos || slash == 0 || slash + 1 >= content.size()) return false;
    for (std::size_t pos = utf8::skip_spaces(content, 0); pos < content.size();) {
        const char c = content[pos];
        if (c < 'A' || c > 'Z') return false;
        std::size_t end = utf8::skip_non_spaces(content, pos, content.size());
        // Words joined by the slash: each side is capitalized.
        const std::size_t joint = content.substr(pos, end - pos).find('/');
        if (joint != std::string_view::npos) {
            const std::size_t after = pos + joint + 1;
            if (after < end && (content[after] < 'A' || content[after] > 'Z')) return false;
        }
        pos = utf8::skip_spaces(content, end);
    }
    return true;
}

// "The vessel had...": a sentence starter ("The", "A", "He") with a word in
// lower case after it; "for The Baltic Herald" goes on.
bool CreditRules::looks_like_sentence_at(std::size_t pos) const {
    const std::size_t end = utf8::skip_non_spaces(text_, pos, std::min(text_.size(), pos + 32));
    if (end >= text_.size() || !utf8::is_space_at(text_, end)) return false;
    if (!starters_.contains(text_.substr(pos, end - pos))) return false;
    const std::size_t next = utf8::skip_spaces(text_, end);
    return next < text_.size() && utf8::is_lower(utf8::decode_at(text_, next).code_point);
}

std::size_t CreditRules::sentence_after_credit(std::size_t from) const {
    const std::size_t limit = std::min(text_.size(), from + kCreditLookahead);
    std::size_t pos = utf8::skip_spaces(text_, from);
    for (int word = 0; pos < limit && word < kCreditWords; ++word) {
        if (word > 0 && looks_like_sentence_at(pos)) return pos;
        const std::size_t end = utf8::skip_non_spaces(text_, pos, limit);
        const char last = text_[end - 1];
        if (last == '.' || last == '!' || last == '?') break;  // the sentence rules take over
        pos = utf8::skip_spaces(text_, end);
    }
    return std::string_view::npos;
}

std::size_t CreditRules::bracketed_credit_before(std::size_t close, std::size_t sentence_begin) const {
    const char opener = '(';
    const std::size_t floor = close - std::min(close - sentence_begin, kLongestBracket);
    std::size_t open = close;
    while (open > floor && text_[open - 1] != opener) {
        if (text_[open - 1] == ')') return std::string_view::npos;
        --open;
    }
    if (open == floor || text_[open - 1] != opener) return std::string_view::npos;
    --open;
    // A credit word inside: "(AP Photo/Rafiq Hossain)", "( Daily Star file photo )".
    bool credit = false;
    for (std::size_t i = open + 1; i < close && !credit;) {
        if (!is_ascii_letter(text_[i])) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < close && is_ascii_letter(text_[j])) ++j;
        credit = lex_.bracket_words.contains(lower_ascii(text_.substr(i, j - i)));
        i = j;
    }
    std::size_t after = close + 1;
    if (after < text_.size() && text_[after] == '.') ++after;
    const std::size_t next = utf8::skip_spaces(text_, after);
    if (!credit) {
        // "(Jonah Reyes/Bloomberg)", "(CNW Group/Northwind Robotics Inc.)" at the paragraph's end.
        if (next < text_.size() || !names_around_slash(text_.substr(open + 1, close - open - 1)))
            return std::string_view::npos;
        return open;
    }
    // It ends the caption: the paragraph ends, or a sentence starts, after it.
    if (next < text_.size()) {
        if (next == after) return std::string_view::npos;
        const char32_t c = utf8::decode_at(text_, next).code_point;
        if (!utf8::is_upper(c) && !utf8::is_digit(c) && !utf8::is_uncased_letter(c)) return std::string_view::npos;
    }
    return open;
}

std::size_t CreditRules::trailing_credit(std::size_t sentence_begin) const {
    // A caption that runs into its credit has no full stop at its end, and
    // every credit line and name ends in a letter: most paragraphs stop here.
    const std::size_t end = utf8::trim_spaces_back(text_, sentence_begin, text_.size());
    if (end <= sentence_begin || !is_ascii_letter(text_[end - 1])) return std::string_view::npos;
    // A sentence that is a credit already ("Photograph: Mark Alvarez/Getty Images") stays whole.
    const std::string_view head = text_.substr(sentence_begin, std::min(end - sentence_begin, kLongestLabel + 2));
    if (const std::size_t colon = head.find(':');
        colon != std::string_view::npos && label_before(sentence_begin + colon, sentence_begin) == sentence_begin)
        return std::string_view::npos;
    const std::size_t window = end - std::min(end - sentence_begin, kTailWindow);
    for (const std::string& line : lex_.lines) {
        if (end - window < line.size() || line.back() != text_[end - 1] ||
            text_.substr(end - line.size(), line.size()) != line)
            continue;
        std::size_t start = end - line.size();
        // "REUTERS/Kwame Asante/File Photo": inside a longer credit, which the rules before found or not.
        if (start > 0 && !utf8::is_space_at(text_, start - 1)) continue;
        // "AFP via Getty Images": the word before "via" belongs to the credit too, unless it is
        // part of a longer one ("Mirela Costa/AFP via Getty Images").
        const std::size_t via_end = utf8::trim_spaces_back(text_, window, start);
        if (via_end >= window + 4 && text_.substr(via_end - 3, 3) == "via" && utf8::is_space_at(text_, via_end - 4)) {
            std::size_t word = utf8::trim_spaces_back(text_, window, via_end - 3);
            const std::size_t word_end = word;
            while (word > window && !utf8::is_space_at(text_, word - 1)) --word;
            if (text_.substr(word, word_end - word).find('/') != std::string_view::npos) continue;
            if (word < word_end && utf8::is_upper(utf8::decode_at(text_, word).code_point)) start = word;
        }
        if (follows_caption_word(start, sentence_begin)) return start;
    }
    // "Photo by Karolina Nowak", "— Photo courtesy of the City of Calgary".
    const std::string_view tail = text_.substr(window, end - window);
    for (const std::string& phrase : lex_.phrases) {
        const std::size_t found = tail.find(phrase);
        if (found == std::string_view::npos) continue;
        std::size_t start = window + found;
        const std::size_t before = utf8::trim_spaces_back(text_, window, start);
        if (before > window && before < start) {
            const auto dash = utf8::decode_before(text_, before);
            if (dash.code_point == U'—' || dash.code_point == U'–' || dash.code_point == '-')
                start = before - dash.length;
        }
        if (follows_caption_word(start, sentence_begin)) return start;
    }
    // "... on Tuesday, Jan. 30, 2024 THE CANADIAN PRESS/Darren Hollis": a credit in capitals
    // before a slash and a name.
    const std::size_t slash = tail.rfind('/');
    if (slash != std::string_view::npos && slash + 1 < tail.size() && tail[slash + 1] >= 'A' &&
        tail[slash + 1] <= 'Z') {
        std::size_t start = window + slash;
        for (;;) {
            std::size_t word = start;
            while (word > window && !utf8::is_space_at(text_, word - 1)) --word;
            const std::string_view token = text_.substr(word, start - word);
            const bool capitals = token.size() >= 2 && std::all_of(token.begin(), token.end(), [](char c) {
                                      return (c >= 'A' && c <= 'Z') || c == '-' || c == '&';
                                  });
            if (!capitals) break;
            start = word;
            if (start <= window) break;
            start = utf8::trim_spaces_back(text_, window, start);
            if (start == word) break;
        }
        start = utf8::skip_spaces(text_, start);
        if (start < window + slash && follows_caption_word(start, sentence_begin)) return start;
    }
    return std::string_view::npos;
}

}  // namespace newsutils
