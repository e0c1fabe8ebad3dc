#include "clean/paragraphs.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "clean/block_features.hpp"
#include "text/ascii_case.hpp"
#include "text/utf8.hpp"

namespace newsutils {
namespace {

constexpr std::size_t kNarrowestWrap = 25;  // a mobile page's column
constexpr std::size_t kShortestWrapped = 20;
constexpr std::size_t kFewestWrapped = 8;  // lines that tell a wrapped page
constexpr std::size_t kFewestWrappedOfShortPage = 4;
// (A short page is told only at a terminal's width, as lynx, mail and PDFs wrap: pieces of
// paragraphs cut at links come close to any narrower one by chance.)
constexpr std::size_t kNarrowestWrapOfShortPage = 60;
constexpr std::size_t kWidestWrap = 100;
// How much shorter than the width a wrapped line may be: the next word did not fit.
constexpr std::size_t kWrapSlack = 8;
// Most lines of a wrapped page are within this many characters under its width.
constexpr std::size_t kRaggedMargin = 15;

// The characters of `text`: its bytes less the continuation bytes (10xxxxxx) of UTF-8,
// counted eight at a time: every line of a page is measured. (A wide character of
// Chinese counts as one, as lynx wraps it.)
std::size_t characters(std::string_view text) {
    std::size_t continuation = 0, at = 0;
    for (; at + 8 <= text.size(); at += 8) {
        std::uint64_t bytes;
        std::memcpy(&bytes, text.data() + at, 8);
        const std::uint64_t marks = (bytes & ~(bytes << 1) & 0x8080808080808080ULL) >> 7;  // one bit a byte
        continuation += static_cast<std::size_t>((marks * 0x0101010101010101ULL) >> 56);   // their sum
    }
    for (; at < text.size(); ++at) continuation += (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80;
    return text.size() - continuation;
}

std::string_view first_word(std::string_view text) {
    const std::size_t space = text.find(' ');
    return space == std::string_view::npos ? text : text.substr(0, space);
}

// Whether a line may go on from the one before: it starts in lower case, or in a script
// without case ("卡即可入馆", "。记者从"), where nothing tells a new sentence.
bool may_carry_on(std::string_view text) {
    if (text.empty()) return false;
    const char32_t first = utf8::decode_at(text, 0).code_point;
    return utf8::is_lower(first) || utf8::is_uncased_letter(first) || utf8::is_unspaced_script(first);
}

bool is_lower_start(std::string_view text) {
    return !text.empty() && utf8::is_lower(utf8::decode_at(text, 0).code_point);
}

// The letters before a final hyphen of `line` ("govern" of "of govern-"), or empty.
std::string_view hyphenated_part(std::string_view line) {
    if (line.size() < 3 || line.back() != '-' || line[line.size() - 2] == '-') return {};
    std::size_t start = line.size() - 1;
    while (start > 0 && line[start - 1] != ' ' && line[start - 1] != '-') --start;
    const std::string_view part = line.substr(start, line.size() - 1 - start);
    if (part.empty() || !utf8::is_letter(utf8::decode_before(part, part.size()).code_point)) return {};
    return part;
}

std::string_view leading_letters(std::string_view text) {
    std::size_t end = 0;
    while (end < text.size()) {
        const auto [c, length] = utf8::decode_at(text, end);
        if (!utf8::is_letter(c)) break;
        end += length;
    }
    return text.substr(0, end);
}

constexpr std::size_t kShortestDanglingLine = 4;  // words

// The words a sentence does not end on: articles, prepositions and conjunctions of the
// languages of data/function_words.txt. A line that ends in one was cut from its
// sentence, as a scraper writes each piece of a paragraph between links on its own line.
constexpr std::string_view kDanglingWords[] = {
    "the", "a",    "an",   "of",   "to",  "in",  "on",  "at",  "by",  "for",  "from", "with", "and", "or",  "but",
    "as",  "into", "than", "via",  "per", "le",  "la",  "les", "des", "du",   "de",   "et",   "au",  "aux", "pour",
    "par", "sur",  "dans", "avec", "der", "die", "das", "den", "dem", "ein",  "eine", "und",  "von", "zu",  "mit",
    "für", "auf",  "el",   "los",  "las", "del", "y",   "con", "por", "para", "il",   "di",   "da",  "nel", "della",
    "os",  "do",   "dos",  "em",   "no",  "na",  "com", "het", "een", "van",  "en",   "met",  "op",  "voor"};

// The characters that do not begin a piece of text: what follows a link ends its clause.
bool starts_as_continuation(std::string_view line) {
    constexpr std::string_view kClosing = ",.;:)]!?%";
    if (kClosing.find(line.front()) != std::string_view::npos) return !line.starts_with("...");
    return line.starts_with("’") || line.starts_with("”") || line.starts_with("»") || line.starts_with("…");
}

// Whether `text` has at least `least` words, counted back from its end: a paragraph
// joined from a million pieces is not counted again at each.
bool has_words(std::string_view text, std::size_t least) {
    std::size_t words = 1;
    for (std::size_t at = text.size(); words < least && at-- > 0;)
        if (text[at] == ' ') ++words;
    return words >= least;
}

// "… according to" (of four words or more: "Sign in" is a menu item), "The chancellor,".
bool ends_dangling(std::string_view text) {
    const char last = text.back();
    if (last == ',' || last == '(' || text.ends_with("“") || text.ends_with("‘") || text.ends_with("«")) return true;
    const std::size_t space = text.rfind(' ');
    if (space == std::string_view::npos || !has_words(text, kShortestDanglingLine)) return false;
    const std::string_view word = text.substr(space + 1);
    for (const std::string_view dangling : kDanglingWords)
        if (word.size() == dangling.size() && std::equal(word.begin(), word.end(), dangling.begin(),
                                                         [](char a, char b) { return to_lower_ascii(a) == b; }))
            return true;
    return false;
}

// Whether `line`, with no blank line before it, is the next piece of the paragraph
// `block` ends: "The chancellor," ⏎ "Marian Harrow," ⏎ "has promised …", as a scraper
// that writes every text node on its own line leaves a paragraph with links in it.
bool continues_fragment(std::string_view block, std::string_view line) {
    // (A list item ends in ";"; a lead-in to a list or a quotation in ":".)
    if (ends_with_sentence_mark(block) || block.back() == ':' || block.back() == ';') return false;
    if (starts_as_continuation(line)) return true;
    if (features_of(line).byline) return false;  // "di Davide Locatelli" under a standfirst
    const char32_t first = utf8::decode_at(line, 0).code_point;
    const bool dangling = ends_dangling(block);
    // (One word in lower case after a short line is a user name or a menu item: "Like", "swimmum_78".)
    if (utf8::is_lower(first)) return dangling || has_words(line, 2);
    return dangling &&
           (utf8::is_letter(first) || utf8::is_digit(first) || line.front() == '"' || line.starts_with("“"));
}

}  // namespace

std::size_t wrap_width(const std::vector<PageLine>& lines) {
    // The lengths of the lines followed by another of their paragraph, but for short ones:
    // the menus of a page run one item a line whatever the wrapping of its article.
    // A wrapped paragraph's next line mostly goes on in lower case; a list of menu items or
    // headlines, one a line, never does.
    std::vector<std::size_t> lengths;
    std::size_t carried_on = 0;
    for (std::size_t i = 0; i + 1 < lines.size(); ++i)
        if (!lines[i].text.empty() && !lines[i + 1].text.empty()) {
            const std::size_t length = characters(lines[i].text);
            if (length < kShortestWrapped) continue;
            lengths.push_back(length);
            if (may_carry_on(lines[i + 1].text)) ++carried_on;
        }
    if (carried_on * 10 < lengths.size() * 3) return 0;
    // A short page (a brief under a video) has few wrapped lines: they must almost all go
    // on in lower case, and almost all come close to one width.
    const bool few = lengths.size() < kFewestWrapped;
    if (few && (lengths.size() < kFewestWrappedOfShortPage || carried_on * 2 < lengths.size())) return 0;
    std::sort(lengths.begin(), lengths.end());
    // The width that the most lines come close to, as a wrapper leaves them; a few longer
    // lines (a URL, a footer) do not make it.
    std::size_t width = 0, most = 0;
    for (std::size_t i = 0, low = 0; i < lengths.size(); ++i) {
        while (lengths[low] + kRaggedMargin < lengths[i]) ++low;
        if (i + 1 - low >= most) {
            most = i + 1 - low;
            width = lengths[i];
        }
    }
    if (width < (few ? kNarrowestWrapOfShortPage : kNarrowestWrap) || width > kWidestWrap) return 0;
    return most * 10 >= lengths.size() * (few ? 7 : 6) ? width : 0;
}

std::vector<Block> build_blocks(std::vector<PageLine>&& lines, std::size_t width, const HyphenJudge& hyphens) {
    std::vector<Block> blocks;
    bool joinable = false;      // the last block's last line was wrapped
    bool follows_line = false;  // no blank line since the last block
    std::size_t last_length = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string& text = lines[i].text;
        if (text.empty()) {
            joinable = follows_line = false;
            continue;
        }
        const std::size_t length = characters(text);
        // A short line ends a paragraph when a blank line (or the end) follows it; one with
        // more lines after it is an item of a menu or a list: "Saltar al contenido".
        const bool ends_paragraph = i + 1 == lines.size() || lines[i + 1].text.empty();
        const bool wrapped = joinable && last_length <= width + kWrapSlack &&
                             last_length + 1 + characters(first_word(text)) + kWrapSlack > width &&
                             (length * 2 >= width || ends_paragraph);
        // A word hyphenated at the line's end carries on whatever the room left: wrappers
        // break "Neth-" ⏎ "erlands" where the whole word would not fit.
        const std::string_view part = joinable ? hyphenated_part(blocks.back().text) : std::string_view{};
        const std::string_view rest = leading_letters(text);
        if (!part.empty() && !rest.empty()) {
            Block& block = blocks.back();
            if (is_lower_start(text) && !hyphens.keeps_hyphen(part, rest)) block.text.pop_back();
            block.text += text;
            ++block.line_count;
        } else if (width == 0 && follows_line && continues_fragment(blocks.back().text, text)) {
            Block& block = blocks.back();
            const bool glued = starts_as_continuation(text) || block.text.back() == '(' || block.text.ends_with("“") ||
                               block.text.ends_with("‘") || block.text.ends_with("«");
            if (!glued) block.text += ' ';
            block.text += text;
            ++block.line_count;
        } else if (wrapped) {
            Block& block = blocks.back();
            // (Chinese and Japanese wrap between any two characters, with no space to restore.)
            if (!(utf8::is_unspaced_script(utf8::decode_before(block.text, block.text.size()).code_point) &&
                  utf8::is_unspaced_script(utf8::decode_at(text, 0).code_point)))
                block.text += ' ';
            block.text += text;
            ++block.line_count;
        } else {
            blocks.push_back({std::move(text), lines[i].number, 1});
        }
        joinable = width > 0;
        follows_line = true;
        last_length = length;
    }
    return blocks;
}

}  // namespace newsutils
