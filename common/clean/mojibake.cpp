#include "clean/mojibake.hpp"

#include <optional>
#include <vector>

#include "text/utf8.hpp"

namespace newsutils {
namespace {

// The byte Windows-1252 (or, for U+0080-U+009F, Latin-1) shows as `c`, if any.
std::optional<unsigned char> windows1252_byte(char32_t c) {
    if (c < 0x100) return static_cast<unsigned char>(c);
    switch (c) {
        case U'€': return 0x80;
        case U'‚': return 0x82;
        case U'ƒ': return 0x83;
        case U'„': return 0x84;
        case U'…': return 0x85;
        case U'†': return 0x86;
        case U'‡': return 0x87;
        case U'ˆ': return 0x88;
        case U'‰': return 0x89;
        case U'Š': return 0x8A;
        case U'‹': return 0x8B;
        case U'Œ': return 0x8C;
        case U'Ž': return 0x8E;
        case U'‘': return 0x91;
        case U'’': return 0x92;
        case U'“': return 0x93;
        case U'”': return 0x94;
        case U'•': return 0x95;
        case U'–': return 0x96;
        case U'—': return 0x97;
        case U'˜': return 0x98;
        case U'™': return 0x99;
        case U'š': return 0x9A;
        case U'›': return 0x9B;
        case U'œ': return 0x9C;
        case U'ž': return 0x9E;
        case U'Ÿ': return 0x9F;
        default: return std::nullopt;
    }
}

// Continuation bytes that read as punctuation: "É»" in «CAFÉ» and "Ã”" in
// "IRMÃ”" are correct text as often as mojibake, so these need more evidence.
bool reads_as_punctuation(unsigned char b) {
    switch (b) {
        case 0x82:
        case 0x84:
        case 0x85:
        case 0x8B:
        case 0x91:
        case 0x92:
        case 0x93:
        case 0x94:
        case 0x95:
        case 0x96:
        case 0x97:
        case 0x9B:
        case 0xA1:
        case 0xAB:
        case 0xB0:
        case 0xB7:
        case 0xBB:
        case 0xBF: return true;
        default: return false;
    }
}

// How near (in characters) a doubtful sequence must be to a sure one to be taken with it.
constexpr std::size_t kRunReach = 16;

struct Character {
    std::size_t begin;
    std::size_t end;
    char32_t code_point;
    std::optional<unsigned char> byte;  // as Windows-1252 shows it
};

// A candidate: characters [first, first + count) that, as bytes, are one
// well-formed UTF-8 sequence of `count` bytes.
struct Sequence {
    std::size_t first;
    std::size_t count;
};

std::optional<Sequence> sequence_at(const std::vector<Character>& chars, std::size_t i) {
    if (!chars[i].byte) return std::nullopt;
    const unsigned char lead = *chars[i].byte;
    const std::size_t length = utf8::sequence_length(lead);
    if (length < 2 || i + length > chars.size()) return std::nullopt;
    char bytes[4] = {static_cast<char>(lead)};
    for (std::size_t k = 1; k < length; ++k) {
        const auto& b = chars[i + k].byte;
        if (!b || *b < 0x80 || *b > 0xBF) return std::nullopt;
        bytes[k] = static_cast<char>(*b);
    }
    if (utf8::judge_sequence(std::string_view(bytes, length)) != static_cast<int>(length)) return std::nullopt;
    return Sequence{i, length};
}

bool is_word_character(const Character& c) {
    return utf8::is_letter(c.code_point) || utf8::is_digit(c.code_point);
}

// Whether a candidate is mojibake rather than correct text that happens to read as UTF-8
// bytes. Correct text in any script never has two such sequences side by side, nor a
// Windows-1252 lead "â" (E2) before "€" (80): those are taken. A lone sequence whose
// continuation reads as punctuation is taken only inside a word ("Ã“SCAR", not "IRMÃ”").
bool is_mojibake(const std::vector<Character>& chars, const Sequence& s, bool beside_another) {
    if (beside_another) return true;
    const unsigned char lead = *chars[s.first].byte;
    if (s.count == 4) return true;  // "ðŸ˜€": no correct text has these
    bool punctuation_only = true;
    for (std::size_t k = 1; k < s.count; ++k)
        punctuation_only = punctuation_only && reads_as_punctuation(*chars[s.first + k].byte);
    if (s.count == 3 && lead == 0xE2 && *chars[s.first + 1].byte == 0x80) return true;  // "â€™", "â€“"
    if (!punctuation_only) return true;
    // "Â«", "25Â°C": Â begins no word of any language.
    if (lead == 0xC2) return true;
    if (lead != 0xC3) return false;
    // Ã ends Portuguese words ("IRMÃ”", "MAÇÃ»"): before a closing mark it is taken only
    // inside a word; before other marks also at a word's end ("pedirÃ¡" for "pedirá").
    const std::size_t after = s.first + s.count;
    const bool letter_after = after < chars.size() && is_word_character(chars[after]);
    const bool letter_before = s.first > 0 && is_word_character(chars[s.first - 1]);
    const unsigned char mark = *chars[s.first + 1].byte;
    const bool closing = mark == 0x94 || mark == 0xBB || mark == 0x92 || mark == 0x9B;
    return letter_after || (!closing && letter_before);
}

bool repair_once(std::string_view text, std::string& out) {
    std::vector<Character> chars;
    for (std::size_t pos = 0; pos < text.size();) {
        const auto [c, length] = utf8::decode_at(text, pos);
        chars.push_back({pos, pos + length, c, windows1252_byte(c)});
        pos += length;
    }
    std::vector<Sequence> candidates;
    for (std::size_t i = 0; i < chars.size();) {
        if (chars[i].code_point >= 0x80)
            if (const auto s = sequence_at(chars, i)) {
                candidates.push_back(*s);
                i += s->count;
                continue;
            }
        ++i;
    }
    // Each candidate on its own evidence, then those near one taken: mojibake comes in runs
    // ("Київ Ñ– Харків", "Thành phá»‘"), so a doubtful sequence near a sure one is no
    // accident. Two sweeps, forward and back, so that the look stays linear.
    std::vector<bool> taken(candidates.size());
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        const Sequence& s = candidates[k];
        const bool beside = (k > 0 && candidates[k - 1].first + candidates[k - 1].count == s.first) ||
                            (k + 1 < candidates.size() && s.first + s.count == candidates[k + 1].first);
        taken[k] = is_mojibake(chars, candidates[k], beside);
    }
    for (std::size_t k = 1; k < candidates.size(); ++k)
        if (!taken[k] && taken[k - 1] && candidates[k].first - candidates[k - 1].first <= kRunReach) taken[k] = true;
    for (std::size_t k = candidates.size(); k-- > 1;)
        if (!taken[k - 1] && taken[k] && candidates[k].first - candidates[k - 1].first <= kRunReach)
            taken[k - 1] = true;
    bool changed = false;
    std::size_t copied = 0;
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        if (!taken[k]) continue;
        const Sequence& s = candidates[k];
        out.append(text.substr(copied, chars[s.first].begin - copied));
        for (std::size_t i = s.first; i < s.first + s.count; ++i) out += static_cast<char>(*chars[i].byte);
        copied = chars[s.first + s.count - 1].end;
        changed = true;
    }
    out.append(text.substr(copied));
    return changed;
}

}  // namespace

bool may_hold_mojibake(std::string_view text) {
    // Every lead byte of a sequence (0xC2-0xF4) reads as a letter of U+00C2-U+00F4, whose UTF-8 starts 0xC3.
    return text.find('\xC3') != std::string_view::npos;
}

bool repair_mojibake(std::string_view text, std::string& out) {
    constexpr int kRounds = 3;
    std::string current(text), next;
    bool changed = false;
    for (int round = 0; round < kRounds && may_hold_mojibake(current); ++round) {
        next.clear();
        if (!repair_once(current, next)) break;
        changed = true;
        current.swap(next);
    }
    out += current;
    return changed;
}

}  // namespace newsutils
