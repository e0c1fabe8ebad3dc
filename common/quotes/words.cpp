#include "quotes/words.hpp"

#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/quotation_marks.hpp"
#include "text/utf8.hpp"

namespace newsutils {
namespace {

bool is_word_character(char32_t c) {
    return utf8::is_letter(c) || utf8::is_digit(c);
}

// Joins a word across: "don't", "Smailov’s", "Kassym-Jomart", "U.S", "3.5".
bool is_joiner(char32_t c) {
    return c == '\'' || c == U'’' || c == '-' || c == U'‐' || c == '.';
}

// What an ASCII byte is to the tokenizer, looked up in one table: most bytes of a text
// are ASCII letters and spaces, which need no decoding.
enum class AsciiClass : unsigned char { word, skipped, punctuation, other };

constexpr std::array<AsciiClass, 256> ascii_classes() {
    std::array<AsciiClass, 256> classes{};
    for (std::size_t b = 0; b < 256; ++b) {
        const char c = static_cast<char>(b);
        if (b >= 0x80)
            classes[b] = AsciiClass::other;
        else if (utf8::is_ascii_digit(c) || utf8::is_ascii_lower(c) || utf8::is_ascii_upper(c))
            classes[b] = AsciiClass::word;
        // Blanks, and ` " ' (quotation marks or apostrophes, which are no tokens).
        else if (c == ' ' || (c >= '\t' && c <= '\r') || c == '`' || c == '"' || c == '\'')
            classes[b] = AsciiClass::skipped;
        else
            classes[b] = AsciiClass::punctuation;
    }
    return classes;
}

constexpr std::array<AsciiClass, 256> kAsciiClasses = ascii_classes();

// The end of the run of ASCII letters and digits at `pos`, not past `end`. Most words are
// such runs: sixteen bytes are tested at once rather than one a step.
std::size_t ascii_word_end(std::string_view text, std::size_t pos, std::size_t end) {
#if defined(__SSE2__)
    const char* const data = text.data();
    while (pos + 16 <= end) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + pos));
        // (b | 0x20) - 'a' is below 26 for letters only, b - '0' below 10 for digits only;
        // bytes from 0x80 wrap above both.
        const __m128i letter = _mm_sub_epi8(_mm_or_si128(bytes, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
        const __m128i digit = _mm_sub_epi8(bytes, _mm_set1_epi8('0'));
        const __m128i is_word = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(letter, _mm_set1_epi8(25)), letter),
                                             _mm_cmpeq_epi8(_mm_min_epu8(digit, _mm_set1_epi8(9)), digit));
        const unsigned others = ~static_cast<unsigned>(_mm_movemask_epi8(is_word)) & 0xFFFFU;
        if (others != 0) return pos + static_cast<std::size_t>(__builtin_ctz(others));
        pos += 16;
    }
#endif
    while (pos < end && kAsciiClasses[static_cast<unsigned char>(text[pos])] == AsciiClass::word) ++pos;
    return pos;
}

// The end of the word whose first character ends at `pos`: past its letters and digits, and
// past each joiner that has a word character after it.
std::size_t word_end(std::string_view text, std::size_t pos, std::size_t end) {
    while ((pos = ascii_word_end(text, pos, end)) < end) {
        const auto db = static_cast<unsigned char>(text[pos]);
        // Any other ASCII byte but a joiner ends the word.
        if (db < 0x80 && db != '\'' && db != '-' && db != '.') break;
        const auto [d, d_length] = db < 0x80 ? utf8::Decoded{db, 1} : utf8::decode_at(text, pos);
        if (is_word_character(d)) {
            pos += d_length;
            continue;
        }
        if (is_joiner(d) && pos + d_length < end &&
            is_word_character(utf8::decode_at(text, pos + d_length).code_point)) {
            pos += d_length;
            continue;
        }
        break;
    }
    return pos;
}

// The classes of a word token: the lexicon's of the word and of its bare form, and, for a
// capitalised word, whether it is a name word. "Mr." is the title "Mr"; a capitalised word is
// a name unless it starts sentences, and no verb of saying or function word ("Said", "The").
void classify(std::string_view word, const WordClassTable& words, ContextToken& token) {
    std::uint32_t classes = words.classes_of(word);
    // Only a word ending in a full stop or an "s" has a bare form of its own.
    const char last = word.back();
    token.bare_classes = static_cast<std::uint16_t>(classes);
    if (last == '.' || last == 's')
        if (const std::string_view bare = bare_word(word); bare.size() != word.size())
            token.bare_classes = static_cast<std::uint16_t>(words.classes_of(bare));
    if (token.capitalized) {
        if (!(classes & kTitle) && word.back() == '.' && (token.bare_classes & kTitle)) classes |= kTitle;
        if ((classes & kTitle) || !(classes & (kStarter | kDeterminer))) classes |= kNameWord;
        classes &= ~static_cast<std::uint32_t>(kSpeechVerb | kFunctionWord);
    }
    token.classes = classes;
}

}  // namespace

void tokenize(std::string_view text, std::size_t begin, std::size_t end, const WordClassTable& words,
              std::vector<ContextToken>& tokens) {
    std::size_t pos = begin;
    while (pos < end) {
        // Most of a text is ASCII letters and spaces: those need no decoding.
        const auto b = static_cast<unsigned char>(text[pos]);
        const AsciiClass ascii = kAsciiClasses[b];
        if (ascii == AsciiClass::skipped) {
            ++pos;
            continue;
        }
        if (ascii == AsciiClass::punctuation) {
            tokens.push_back({pos, pos + 1, false, false});
            ++pos;
            continue;
        }
        const std::size_t start = pos;
        bool capitalized = utf8::is_ascii_upper(static_cast<char>(b));
        if (ascii == AsciiClass::word) {
            ++pos;
        } else {
            const auto [c, length] = utf8::decode_at(text, pos);
            pos += length;
            if (utf8::is_space(c) || (is_quotation_mark(c) && c != U'’')) continue;
            if (!is_word_character(c)) {
                // ’ on its own here is a closing mark or an apostrophe: no token either way.
                if (c != U'’') tokens.push_back({start, pos, false, false});
                continue;
            }
            capitalized = utf8::is_upper(c);
        }
        pos = word_end(text, pos, end);
        ContextToken& token = tokens.emplace_back(ContextToken{start, pos, true, capitalized});
        if (pos < end && text[pos] == '.') {
            const bool initial = pos - start == 1 && utf8::is_ascii_upper(text[start]);
            if (initial || (words.classes_of(token_text(text, token)) & kAbbreviation)) token.end = ++pos;
        }
        classify(token_text(text, token), words, token);
    }
}

std::string_view bare_word(std::string_view word) {
    if (!word.empty() && word.back() == '.') word.remove_suffix(1);
    if (word.size() > 2 && ends_with_bytes(word, "'s")) word.remove_suffix(2);
    if (word.size() > 4 && ends_with_bytes(word, "’s")) word.remove_suffix(4);
    return word;
}

bool ends_with_possessive(std::string_view word) {
    return ends_with_bytes(word, "'s") || ends_with_bytes(word, "’s") || ends_with_bytes(word, "s'") ||
           ends_with_bytes(word, "s’");
}

bool is_word_in_any_case(std::string_view word, std::string_view lower) {
    if (word.size() != lower.size() || word.empty()) return false;
    if (word.substr(1) != lower.substr(1)) return false;
    return word[0] == lower[0] || (utf8::is_ascii_upper(word[0]) && word[0] - 'A' + 'a' == lower[0]);
}

}  // namespace newsutils
