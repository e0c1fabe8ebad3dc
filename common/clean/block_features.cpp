#include "clean/block_features.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>

#include "clean/embedded_lexicons.hpp"
#include "text/ascii_case.hpp"
#include "text/utf8.hpp"
#include "text/word_list.hpp"

namespace newsutils {
namespace {

constexpr std::size_t kCountedWords = 128;

// What a byte is to the word count: a letter, a digit, what joins a word ("don't",
// "well-known"), the start of a multi-byte character, or anything else.
enum class AsciiClass : unsigned char { other, lower, upper, digit, joiner, multibyte };

constexpr std::array<AsciiClass, 256> ascii_classes() {
    std::array<AsciiClass, 256> classes{};
    for (std::size_t b = 0; b < 256; ++b) {
        if (b >= 0x80)
            classes[b] = AsciiClass::multibyte;
        else if (b >= 'a' && b <= 'z')
            classes[b] = AsciiClass::lower;
        else if (b >= 'A' && b <= 'Z')
            classes[b] = AsciiClass::upper;
        else if (b >= '0' && b <= '9')
            classes[b] = AsciiClass::digit;
        else if (b == '\'' || b == '-')
            classes[b] = AsciiClass::joiner;
    }
    return classes;
}

constexpr std::array<AsciiClass, 256> kAsciiClasses = ascii_classes();
constexpr std::size_t kLongestSeparatedList = 1000;

// The function words, packed: a word of up to eight bytes, in ASCII lower case, is one
// 64-bit key, found in an open-addressing table with no hashing of strings. Every word
// of every block is looked up.
class FunctionWords {
public:
    FunctionWords() {
        for_each_entry(lexicons::clean::function_words, [&](std::size_t, std::string_view entry) {
            if (const std::uint64_t key = pack(entry)) insert(key);
        });
    }
    // The key of `word` (ASCII case folded), or 0 when it is longer than eight bytes: its
    // bytes in order, the first the most significant.
    static std::uint64_t pack(std::string_view word) {
        if (word.empty() || word.size() > 8) return 0;
        std::uint64_t key = 0;
        for (const char c : word) key = (key << 8) | static_cast<unsigned char>(to_lower_ascii(c));
        return key;
    }
    // The same key of the word of `size` bytes at `at`, read eight bytes at a time where
    // the text holds eight: every word of every block is packed.
    static std::uint64_t pack_at(std::string_view text, std::size_t at, std::size_t size) {
        if (size == 0 || size > 8) return 0;
        if (at + 8 > text.size()) return pack(text.substr(at, size));
        std::uint64_t bytes;  // little-endian: the word's first byte the least significant
        std::memcpy(&bytes, text.data() + at, 8);
        if (size < 8) bytes &= (std::uint64_t{1} << (8 * size)) - 1;
        constexpr std::uint64_t kHigh = 0x8080808080808080ULL, kLow7 = 0x7F7F7F7F7F7F7F7FULL;
        const std::uint64_t seven = bytes & kLow7;
        const std::uint64_t at_least_a = seven + 0x3F3F3F3F3F3F3F3FULL;  // bit 7 set from 'A' (0x41)
        const std::uint64_t above_z = seven + 0x2525252525252525ULL;     // bit 7 set above 'Z' (0x5A)
        const std::uint64_t upper = at_least_a & ~above_z & ~bytes & kHigh;
        bytes |= upper >> 2;  // 0x80 >> 2 is the 0x20 of lower case
        return __builtin_bswap64(bytes) >> (8 * (8 - size));
    }
    bool contains(std::uint64_t key) const {
        if (key == 0) return false;
        for (std::size_t slot = slot_of(key);; slot = (slot + 1) & (kSlots - 1)) {
            if (slots_[slot] == key) return true;
            if (slots_[slot] == 0) return false;
        }
    }

private:
    static constexpr std::size_t kSlots = 1024;  // a power of two, over twice the entries
    static std::size_t slot_of(std::uint64_t key) {
        return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> 54);
    }
    void insert(std::uint64_t key) {
        std::size_t slot = slot_of(key);
        while (slots_[slot] != 0 && slots_[slot] != key) slot = (slot + 1) & (kSlots - 1);
        slots_[slot] = key;
    }
    std::array<std::uint64_t, kSlots> slots_{};
};

const FunctionWords& function_words() {
    static const FunctionWords words;
    return words;
}

// The words that lead a byline, in the languages of data/function_words.txt.
constexpr std::array<std::string_view, 6> kBylineOpeners = {"by ", "von ", "por ", "par ", "di ", "door "};
// A byline's label, in the languages of the pages clean sees ("Penulis: Rizky Pratama",
// "Автор: Ирина Волкова", "كتب: سامر الخطيب"); Cyrillic in both cases, which ASCII lowering leaves.
constexpr std::array<std::string_view, 20> kBylineLabels = {
    "written by ", "words by ", "author: ", "autor: ",   "autora: ",   "autorin: ", "auteur: ",
    "texto: ",     "text: ",    "tekst: ",  "penulis: ", "reporter: ", "muhabir: ", "yazar: ",
    "автор: ",     "Автор: ",   "текст: ",  "Текст: ",   "كتب: ",      "بقلم "};
// The nouns of an author's blurb: "Ana Ruiz is our health correspondent".
constexpr std::array<std::string_view, 12> kAuthorRoles = {
    "correspondent", "reporter", "editor", "writer",    "journalist", "columnist",
    "contributor",   "producer", "author", "freelance", "critic",     "analyst",
};

// Two or more separators between short items: a breadcrumb or a link bar.
bool is_separated_list(std::string_view text) {
    // Each separator by its middle (a rare character, found by memchr), then its spaces.
    constexpr std::array<std::string_view, 7> kSeparators = {"/", ">", "|", "»", "›", "·", "•"};
    // Items of up to 40 bytes: a longer text with a few slashes is prose.
    if (text.size() > kLongestSeparatedList) return false;
    for (const std::string_view mark : kSeparators) {
        std::size_t items = 1, longest = 0, start = 0;
        for (std::size_t at = text.find(mark); at != std::string_view::npos; at = text.find(mark, at + mark.size())) {
            if (at == 0 || text[at - 1] != ' ' || at + mark.size() >= text.size() || text[at + mark.size()] != ' ')
                continue;
            longest = std::max(longest, at - 1 - start);
            start = at + mark.size() + 1;
            ++items;
        }
        longest = std::max(longest, text.size() - start);
        if (items >= 3 && longest <= 40) return true;
        // "Home > World": two items are enough with an arrow.
        if (items == 2 && longest <= 25 && (mark == ">" || mark == "»" || mark == "›")) return true;
    }
    return false;
}

// "0:45", "1:02:10": what is left of a video player. ("11:42" alone is a live blog's
// clock, kept; a player's clock of a minute or more is taken for one.)
bool is_duration(std::string_view t) {
    if (t.size() > 8) return false;  // "1:02:10"; a longer block needs no count of its colons
    if (!t.starts_with("0:") && std::count(t.begin(), t.end(), ':') < 2) return false;
    std::size_t digits = 0, colons = 0;
    for (const char c : t) {
        if (c >= '0' && c <= '9')
            ++digits;
        else if (c == ':' && digits > 0)
            ++colons;
        else
            return false;
    }
    return colons >= 1 && colons <= 2 && digits >= 3 && digits <= 6 && t.back() != ':';
}

// The length of the clock time at the start of `lowered` ("3.12", "11:42"), or 0.
std::size_t clock_length(std::string_view lowered) {
    std::size_t hours = 0;
    while (hours < lowered.size() && hours < 3 && utf8::is_ascii_digit(lowered[hours])) ++hours;
    if (hours == 0 || hours > 2 || hours + 3 > lowered.size() || (lowered[hours] != ':' && lowered[hours] != '.') ||
        !utf8::is_ascii_digit(lowered[hours + 1]) || !utf8::is_ascii_digit(lowered[hours + 2]))
        return 0;
    return hours + 3;
}

// "03.41 GMT Result declared": a live blog entry's heading, its time first and then words
// that are not the calendar's ("14:32, 3 Mar 2026" is a timestamp).
bool is_entry_heading(std::string_view lowered) {
    constexpr std::array<std::string_view, 39> kCalendar = {
        "gmt", "utc", "bst", "cet",     "cest", "est", "edt", "pst", "am",   "pm",    "jan", "feb",  "mar",
        "apr", "may", "jun", "jul",     "aug",  "sep", "oct", "nov", "dec",  "mon",   "tue", "wed",  "thu",
        "fri", "sat", "sun", "updated", "ago",  "h",   "hr",  "hrs", "hour", "hours", "min", "mins", "minutes"};
    std::size_t pos = clock_length(lowered);
    if (pos == 0) return false;
    while (pos < lowered.size()) {
        while (pos < lowered.size() && !std::isalpha(static_cast<unsigned char>(lowered[pos]))) ++pos;
        std::size_t end = pos;
        while (end < lowered.size() && std::isalpha(static_cast<unsigned char>(lowered[end]))) ++end;
        if (end == pos) break;
        const std::string_view word = lowered.substr(pos, std::min<std::size_t>(end - pos, 3));
        const bool calendar =
            std::find(kCalendar.begin(), kCalendar.end(), lowered.substr(pos, end - pos)) != kCalendar.end() ||
            std::find(kCalendar.begin(), kCalendar.end(), word) != kCalendar.end();
        if (!calendar) return true;
        pos = end;
    }
    return false;
}

// "June 3, 2026 4:18 PM GMT Updated 2 hours ago": a clock time and a zone, or "ago".
bool is_timestamp(std::string_view lowered, std::size_t words, bool ends_sentence) {
    // The words after a space that mark one, looked up as each word after a space is read.
    constexpr std::array<std::string_view, 23> kMarks = {"gmt",  "utc",  "bst", "cet", "cest", "est", "edt", "pst",
                                                         "am",   "pm",   "ago", "wib", "wita", "jst", "kst", "aest",
                                                         "aedt", "sast", "msk", "hkt", "sgt",  "cdt", "pdt"};
    if (words > 14 || ends_sentence || lowered.find_first_of("0123456789") == std::string_view::npos) return false;
    if (is_entry_heading(lowered)) return false;
    if (lowered.find("a.m.") != std::string_view::npos) return true;
    for (std::size_t space = lowered.find(' '); space != std::string_view::npos; space = lowered.find(' ', space + 1)) {
        std::size_t end = space + 1;
        while (end < lowered.size() && end - space <= 4 && utf8::is_ascii_lower(lowered[end])) ++end;
        // (The mark is a word: " am" but not " among", "10 pm," but not " pmq".)
        if (end - space < 3 || (end < lowered.size() && std::isalpha(static_cast<unsigned char>(lowered[end]))))
            continue;
        const std::string_view word = lowered.substr(space + 1, end - space - 1);
        if (std::find(kMarks.begin(), kMarks.end(), word) != kMarks.end()) return true;
    }
    return false;
}

// "47 comments", "View 12 comments", "Comments (47)": the heading of the comments.
bool is_comment_count(std::string_view lowered, std::size_t words) {
    // (Cyrillic by its letters after the first, which ASCII lowering leaves in either case.)
    constexpr std::array<std::string_view, 13> kComments = {
        "comment",   "reacties",  "reactie",  "commentaires", "kommentare", "comentarios", "commenti",
        "responses", "komentarz", "komentar", "yorum",        "омментари",  "تعليق"};
    if (words > 4 || lowered.find_first_of("0123456789") == std::string_view::npos) return false;
    for (const std::string_view word : kComments)
        if (lowered.find(word) != std::string_view::npos) return true;
    return false;
}

// "3.12am", "11:42", "10.00 pm": a live blog entry's time.
bool is_clock_time(std::string_view lowered) {
    const std::size_t clock = clock_length(lowered);
    if (clock == 0) return false;
    std::string_view t = lowered.substr(clock);
    if (!t.empty() && t.front() == ' ') t.remove_prefix(1);
    return t.empty() || t == "am" || t == "pm" || t == "a.m." || t == "p.m.";
}

// "Noor Haddad and Lewis Pengelly": names alone, as a byline without its "By".
bool is_name_line(std::string_view text, std::size_t words, std::size_t capitalized, std::size_t alphabetic) {
    constexpr std::array<std::string_view, 6> kJoiners = {" and ", " und ", " y ", " et ", " e ", " & "};
    if (words < 2 || words > 6 || alphabetic != words) return false;
    std::size_t joiners = 0;
    for (const std::string_view joiner : kJoiners)
        for (std::size_t at = text.find(joiner); at != std::string_view::npos; at = text.find(joiner, at + 1))
            ++joiners;
    return capitalized + joiners == words && capitalized >= 2 &&
           text.find_first_of(".:!?|/>") == std::string_view::npos;
}

bool is_page_number(std::string_view lowered) {
    std::string_view t = lowered;
    while (!t.empty() && (t.front() == '-' || t.front() == ' ')) t.remove_prefix(1);
    while (!t.empty() && (t.back() == '-' || t.back() == ' ')) t.remove_suffix(1);
    if (t.starts_with("page ")) t.remove_prefix(5);
    std::size_t digits = 0;
    while (digits < t.size() && t[digits] >= '0' && t[digits] <= '9') ++digits;
    if (digits == 0 || digits > 4) return false;
    t.remove_prefix(digits);
    if (t.empty()) return true;
    if (!t.starts_with(" of ") && !t.starts_with("/")) return false;
    t.remove_prefix(t.front() == '/' ? 1 : 4);
    return !t.empty() && t.find_first_not_of("0123456789") == std::string_view::npos;
}

bool is_author_blurb(std::string_view lowered, std::size_t words) {
    if (words > 60) return false;
    // "X is our …": the verb within the first 40 bytes.
    const std::size_t is = lowered.substr(0, 44).find(" is ");
    if (is == std::string_view::npos) return false;
    const std::string_view head = lowered.substr(is, 80);
    for (const std::string_view role : kAuthorRoles)
        if (head.find(role) != std::string_view::npos) return true;
    return false;
}

// Phrases are matched near a block's start and end: of a long block only those parts
// are lowered, so that a paragraph of megabytes is not copied for it.
constexpr std::size_t kLoweredWhole = 4096, kLoweredHead = 2048, kLoweredTail = 256;

std::string lowered_for_matching(std::string_view text) {
    if (text.size() <= kLoweredWhole) return lower_ascii(text);
    return lower_ascii(text.substr(0, kLoweredHead)) + " … " + lower_ascii(text.substr(text.size() - kLoweredTail));
}

}  // namespace

bool ends_with_sentence_mark(std::string_view text) {
    // Closing marks after the stop: `said.”`, `(2024).`, `ended.)`, `。」`.
    while (!text.empty()) {
        if (text.ends_with("”") || text.ends_with("’") || text.ends_with("»") || text.ends_with("」") ||
            text.ends_with("』") || text.ends_with("）")) {
            text.remove_suffix(text.ends_with("»") ? 2 : 3);
        } else if (text.back() == '"' || text.back() == '\'' || text.back() == ')' || text.back() == ']' ||
                   text.back() == ' ') {
            text.remove_suffix(1);
        } else {
            break;
        }
    }
    if (text.empty()) return false;
    const char last = text.back();
    // (And the full stops of Chinese and Japanese, Arabic's question mark, the danda.)
    return last == '.' || last == '!' || last == '?' || text.ends_with("…") || text.ends_with("。") ||
           text.ends_with("！") || text.ends_with("？") || text.ends_with("．") || text.ends_with("؟") ||
           text.ends_with("।");
}

bool BlockFeatures::prose() const {
    // In a language the function-word list lacks, length and a full stop must do.
    const bool joined = !language_known || function_share() >= 0.12;
    return joined && ((words >= 10 && ends_sentence) || words >= 25);
}

BlockFeatures features_of(std::string_view text) {
    BlockFeatures f;
    f.lowered = lowered_for_matching(text);
    const FunctionWords& function = function_words();
    // Words are counted up to a bound: no rule asks about more, and a paragraph of
    // megabytes costs no more than one of a few hundred words. ASCII bytes are classed by
    // one table; only other characters are decoded.
    const std::size_t size = text.size();
    for (std::size_t pos = 0; pos < size && f.words < kCountedWords;) {
        const auto b = static_cast<unsigned char>(text[pos]);
        const AsciiClass ascii = kAsciiClasses[b];
        bool digit = ascii == AsciiClass::digit, capital = ascii == AsciiClass::upper;
        if (ascii == AsciiClass::other) {
            ++pos;
            continue;
        }
        std::size_t start = pos;
        if (ascii == AsciiClass::multibyte) {
            const auto [c, length] = utf8::decode_at(text, pos);
            pos += length;
            if (!utf8::is_letter(c) && !utf8::is_digit(c)) continue;
            digit = utf8::is_digit(c);
            capital = utf8::is_upper(c);
            if (utf8::is_unspaced_script(c)) {
                // Chinese and Japanese put no spaces between words, most of which are of two
                // characters: two characters count as a word.
                if (pos < size) {
                    const auto [d, d_length] = utf8::decode_at(text, pos);
                    if (utf8::is_unspaced_script(d)) pos += d_length;
                }
                ++f.words;
                ++f.alphabetic_words;
                continue;
            }
        } else {
            ++pos;
        }
        while (pos < size) {
            const AsciiClass next = kAsciiClasses[static_cast<unsigned char>(text[pos])];
            if (next == AsciiClass::lower || next == AsciiClass::upper || next == AsciiClass::digit ||
                next == AsciiClass::joiner) {
                ++pos;
                continue;
            }
            if (next != AsciiClass::multibyte) break;
            const auto [d, d_length] = utf8::decode_at(text, pos);
            if ((!utf8::is_letter(d) && !utf8::is_digit(d) && d != U'’') || utf8::is_unspaced_script(d)) break;
            pos += d_length;
        }
        ++f.words;
        if (capital) ++f.capitalized_words;
        if (!digit) ++f.alphabetic_words;
        if (pos - start <= 8 && function.contains(FunctionWords::pack_at(text, start, pos - start))) ++f.function_words;
    }
    f.ends_sentence = ends_with_sentence_mark(text);
    // (A sentence of ten words or more is no link list: its quotation marks and slashes
    // need no search.)
    f.separated_list = !(f.ends_sentence && f.words >= 10) && is_separated_list(text);
    f.page_number = is_page_number(f.lowered);
    f.comment_count = is_comment_count(f.lowered, f.words);
    f.clock_time = is_clock_time(f.lowered);
    // "— St Aidan's Primary (@StAidansDalby) March 3, 2026": the signature of an embedded post.
    f.post_signature = (text.starts_with("—") || text.starts_with("– ") || text.starts_with("- ")) &&
                       text.find("(@") != std::string_view::npos && f.words <= 20;
    f.name_line = is_name_line(text, f.words, f.capitalized_words, f.alphabetic_words);
    f.player_time = is_duration(f.lowered);
    f.timestamp = is_timestamp(f.lowered, f.words, f.ends_sentence);
    f.author_blurb = is_author_blurb(f.lowered, f.words);
    for (const std::string_view opener : kBylineOpeners)
        if (f.lowered.starts_with(opener) && f.words >= 2 && f.words <= 14 && f.capitalized_words >= 1 &&
            text.size() > opener.size() && utf8::is_upper(utf8::decode_at(text, opener.size()).code_point))
            f.byline = true;
    // After a label a name follows: a capital, or a letter of a script without case.
    for (const std::string_view label : kBylineLabels)
        if (f.lowered.starts_with(label) && f.words >= 2 && f.words <= 14 && text.size() > label.size()) {
            const char32_t first = utf8::decode_at(text, label.size()).code_point;
            if (utf8::is_upper(first) || (utf8::is_letter(first) && !utf8::is_lower(first))) f.byline = true;
        }
    return f;
}

}  // namespace newsutils
