#include "figures/numerals.hpp"

#include <array>
#include <cmath>

#include "text/utf8.hpp"

namespace newsutils {
namespace {

using Role = Numeral::Role;
using Type = NumberWord::Type;

// No. of groups a number may have, and bytes of digits: longer runs are codes.
constexpr std::size_t kLongestDigits = 15;

double digits_value(std::string_view digits) {
    double value = 0;
    for (char c : digits) value = value * 10 + (c - '0');
    return value;
}

// The whitespace between two tokens is one no-break or thin space: "10 000".
bool thin_space_between(std::string_view text, std::size_t from, std::size_t to) {
    const std::string_view gap = text.substr(from, to - from);
    return equals(gap, "\xC2\xA0") || equals(gap, "\xE2\x80\xAF") || equals(gap, "\xE2\x80\x89");
}

}  // namespace

std::optional<double> vulgar_fraction(char32_t c) {
    switch (c) {
        case U'½': return 0.5;
        case U'⅓': return 1.0 / 3;
        case U'⅔': return 2.0 / 3;
        case U'¼': return 0.25;
        case U'¾': return 0.75;
        case U'⅕': return 0.2;
        case U'⅖': return 0.4;
        case U'⅗': return 0.6;
        case U'⅘': return 0.8;
        case U'⅙': return 1.0 / 6;
        case U'⅚': return 5.0 / 6;
        case U'⅛': return 0.125;
        case U'⅜': return 0.375;
        case U'⅝': return 0.625;
        case U'⅞': return 0.875;
        default: return std::nullopt;
    }
}

std::optional<Numeral> NumeralReader::read(std::size_t i) const {
    if (i >= tokens_.size()) return std::nullopt;
    const Token& t = tokens_[i];
    if (t.type == TokenType::digits) return read_digits(i);
    if (t.type == TokenType::word) return read_words(i);
    // ".25"
    if (is_symbol(i, ".") && i + 1 < tokens_.size() && tokens_[i + 1].type == TokenType::digits && glued(i + 1) &&
        (i == 0 || tokens_[i].space_before || tokens_[i - 1].type != TokenType::digits)) {
        auto n = read_digits(i + 1);
        if (!n || n->has_decimal) return std::nullopt;
        const std::string_view digits = token_text(i + 1);
        n->value = digits_value(digits) / std::pow(10.0, static_cast<double>(digits.size()));
        n->first = i;
        n->has_decimal = true;
        n->integer_digits = 0;
        return n;
    }
    if (t.type == TokenType::symbol)
        if (const auto v = vulgar_fraction(utf8::decode_at(text_, t.begin).code_point)) {
            Numeral n;
            n.first = n.last = i;
            n.value = *v;
            n.role = Role::fraction;
            n.from_digits = true;
            return n;
        }
    return std::nullopt;
}

std::optional<Numeral> NumeralReader::read_digits(std::size_t i) const {
    Numeral n;
    n.first = n.last = i;
    n.from_digits = true;
    std::string_view digits = token_text(i);
    if (digits.size() > kLongestDigits) return std::nullopt;
    double value = digits_value(digits);
    n.integer_digits = digits.size();
    // Thousands groups: "10,000", "5,00,000" (Indian), "10 000" with a thin space.
    std::size_t j = i;
    // The sizes of up to five groups, in place: a vector allocated for every grouped number.
    constexpr std::size_t kMostGroups = 5;
    std::array<std::size_t, kMostGroups> groups{};
    std::size_t group_count = 0;
    std::size_t k = j;
    while (group_count < kMostGroups && k + 2 < tokens_.size() && is_symbol(k + 1, ",") && glued(k + 1) &&
           glued(k + 2) && tokens_[k + 2].type == TokenType::digits) {
        groups[group_count++] = tokens_[k + 2].end - tokens_[k + 2].begin;
        k += 2;
    }
    const auto valid_groups = [&](std::size_t count) {
        if (count == 0) return false;
        bool all_three = true, indian = digits.size() <= 2;
        for (std::size_t g = 0; g < count; ++g) {
            all_three = all_three && groups[g] == 3;
            indian = indian && (g + 1 == count ? groups[g] == 3 : groups[g] == 2);
        }
        return (all_three && digits.size() <= 3) || indian;
    };
    std::size_t count = group_count;
    while (count > 0 && !valid_groups(count)) --count;
    // A decimal comma, as French, Spanish and German copy write it: "1,2 million", "3,75 $", "9,8%";
    // only where the digits after it cannot be a thousands group and no list of numbers goes on.
    const bool decimal_comma = group_count == 1 && groups[0] <= 2 && digits.size() <= 3 &&
                               !(i > 1 && glued(i) && is_symbol(i - 1, ",")) &&
                               !(i + 3 < tokens_.size() && glued(i + 3) &&
                                 (is_symbol(i + 3, ",") || is_symbol(i + 3, ".") || is_symbol(i + 3, "-") ||
                                  tokens_[i + 3].type == TokenType::digits));
    if (decimal_comma) {
        const std::string_view decimals = token_text(i + 2);
        value += digits_value(decimals) / std::pow(10.0, static_cast<double>(decimals.size()));
        n.has_decimal = true;
        j = i + 2;
    } else if (count > 0) {
        for (std::size_t g = 0; g < count; ++g) {
            const std::string_view group = token_text(j + 2);
            value = value * std::pow(10.0, static_cast<double>(group.size())) + digits_value(group);
            n.integer_digits += group.size();
            j += 2;
        }
        n.grouped = true;
    } else {
        // A plain space groups too when every group after the first has three digits: "40 000",
        // "1 234 567"; not in "+1 202 555 0143", a phone number.
        bool spaced_groups = !(i > 0 && is_symbol(i - 1, "+") && glued(i));
        for (std::size_t g = j + 1; spaced_groups && g < tokens_.size() && tokens_[g].type == TokenType::digits &&
                                    tokens_[g].space_before && g <= j + 6;
             ++g)
            if (tokens_[g].end - tokens_[g].begin != 3) spaced_groups = false;
        while (n.integer_digits <= kLongestDigits && j + 1 < tokens_.size() &&
               tokens_[j + 1].type == TokenType::digits && tokens_[j + 1].space_before &&
               tokens_[j + 1].end - tokens_[j + 1].begin == 3 && digits.size() <= 3 &&
               (thin_space_between(text_, tokens_[j].end, tokens_[j + 1].begin) ||
                (spaced_groups && text_.substr(tokens_[j].end, tokens_[j + 1].begin - tokens_[j].end) == " " &&
                 !(j + 2 < tokens_.size() && glued(j + 2) &&
                   (tokens_[j + 2].type == TokenType::digits || is_symbol(j + 2, ":") || is_symbol(j + 2, "-")))))) {
            value = value * 1000 + digits_value(token_text(j + 1));
            n.integer_digits += 3;
            n.grouped = true;
            ++j;
        }
    }
    // A decimal part; a second one makes a dotted code ("192.168.1.2", "1.2.3"), read group by group.
    if (!n.has_decimal && j + 2 < tokens_.size() && is_symbol(j + 1, ".") && glued(j + 1) && glued(j + 2) &&
        tokens_[j + 2].type == TokenType::digits &&
        !(j + 4 < tokens_.size() && is_symbol(j + 3, ".") && glued(j + 3) && glued(j + 4) &&
          tokens_[j + 4].type == TokenType::digits)) {
        const std::string_view decimals = token_text(j + 2);
        value += digits_value(decimals) / std::pow(10.0, static_cast<double>(decimals.size()));
        n.has_decimal = true;
        j += 2;
    }
    n.last = j;
    n.value = value;
    // "1e10", "12.32e+14", "1.3x10^6": scientific notation.
    {
        std::size_t e = j + 1;
        int exponent_sign = 1;
        bool scientific = false;
        if (e < tokens_.size() && glued(e) && (equals(token_text(e), "e") || equals(token_text(e), "E"))) {
            scientific = true;
        } else if (e + 3 < tokens_.size() && glued(e) && is_word(e, "x") && glued(e + 1) &&
                   equals(token_text(e + 1), "10") && is_symbol(e + 2, "^") && glued(e + 2)) {
            scientific = true;
            e += 2;
        }
        if (scientific) {
            std::size_t d = e + 1;
            if (d < tokens_.size() && glued(d) && (is_symbol(d, "+") || is_symbol(d, "-"))) {
                if (is_symbol(d, "-")) exponent_sign = -1;
                ++d;
            }
            if (d < tokens_.size() && glued(d) && tokens_[d].type == TokenType::digits && token_text(d).size() <= 3 &&
                !(d + 1 < tokens_.size() && glued(d + 1) && tokens_[d + 1].type == TokenType::word)) {
                // "1e800" is past any double: a code, not a figure.
                const double scientific_value = value * std::pow(10.0, exponent_sign * digits_value(token_text(d)));
                if (!std::isfinite(scientific_value)) return std::nullopt;
                n.value = scientific_value;
                n.last = d;
                n.has_decimal = true;
                return n;
            }
        }
    }
    // "2½", "12-3/4", "3/4", "1 1/2".
    if (read_fraction_tail(n)) return n;
    // "21st", "1990s".
    if (n.last + 1 < tokens_.size() && glued(n.last + 1) && tokens_[n.last + 1].type == TokenType::word &&
        !n.has_decimal) {
        const std::string_view suffix = lowered_text(n.last + 1);
        const auto last_digit = digits.back();
        const bool teen = digits.size() >= 2 && digits[digits.size() - 2] == '1';
        const bool ordinal =
            (equals(suffix, "st") && last_digit == '1' && !teen) ||
            (equals(suffix, "nd") && last_digit == '2' && !teen) ||
            (equals(suffix, "rd") && last_digit == '3' && !teen) ||
            (equals(suffix, "th") && (teen || (last_digit != '1' && last_digit != '2' && last_digit != '3')));
        if (ordinal && !n.grouped) {
            n.role = Role::ordinal;
            n.last += 1;
            return n;
        }
        if (equals(suffix, "s") && !n.grouped && (n.integer_digits == 4 || n.integer_digits == 2) &&
            std::fmod(value, 10) == 0) {
            n.role = Role::decade;
            n.last += 1;
            return n;
        }
    }
    read_scale(n);
    if (!n.has_decimal) mixed_fraction(n);  // "3 million and a half"
    return n;
}

bool NumeralReader::read_fraction_tail(Numeral& n) const {
    const std::size_t j = n.last;
    if (n.has_decimal && !n.grouped && j + 3 < tokens_.size() && tokens_[j].type == TokenType::digits) {
        // A grain or bond quote's fraction of its last decimal place: "5.02-3/4 dlrs" is 5.0275.
        if (is_symbol(j + 1, "-") && glued(j + 1) && glued(j + 2) && tokens_[j + 2].type == TokenType::digits &&
            is_symbol(j + 3, "/") && glued(j + 3) && j + 4 < tokens_.size() && glued(j + 4) &&
            tokens_[j + 4].type == TokenType::digits &&
            !(j + 5 < tokens_.size() && glued(j + 5) && tokens_[j + 5].type != TokenType::symbol)) {
            const double numerator = digits_value(token_text(j + 2));
            const double denominator = digits_value(token_text(j + 4));
            if (denominator == 0 || numerator >= denominator || denominator > 64) return false;
            n.value += numerator / denominator * std::pow(10.0, -static_cast<double>(token_text(j).size()));
            n.last = j + 4;
            return true;
        }
        // A rating out of five or ten: "3.5/5", "8.2/10".
        if (is_symbol(j + 1, "/") && glued(j + 1) && glued(j + 2) && tokens_[j + 2].type == TokenType::digits &&
            !(j + 3 < tokens_.size() && glued(j + 3) && tokens_[j + 3].type != TokenType::symbol)) {
            const double denominator = digits_value(token_text(j + 2));
            if ((denominator == 5 || denominator == 10 || denominator == 100) && n.value <= denominator) {
                n.value /= denominator;
                n.role = Role::fraction;
                n.last = j + 2;
                return true;
            }
        }
    }
    if (n.has_decimal || n.grouped) return false;
    if (j + 1 < tokens_.size() && glued(j + 1) && tokens_[j + 1].type == TokenType::symbol)
        if (const auto v = vulgar_fraction(utf8::decode_at(text_, tokens_[j + 1].begin).code_point)) {
            n.value += *v;
            n.last = j + 1;
            n.has_decimal = true;
            return true;
        }
    // "3/4" (a fraction alone), "12-3/4" and "1 1/2" (a whole number and a fraction).
    const auto slash_at = [&](std::size_t k) {
        return k + 2 < tokens_.size() && tokens_[k].type == TokenType::digits && is_symbol(k + 1, "/") &&
               glued(k + 1) && glued(k + 2) && tokens_[k + 2].type == TokenType::digits &&
               !(k + 3 < tokens_.size() && is_symbol(k + 3, "/") && glued(k + 3));  // a date "5/12/2024"
    };
    if (slash_at(j)) {
        const double denominator = digits_value(token_text(j + 2));
        if (denominator == 0) return false;
        n.value = n.value / denominator;
        n.role = Role::fraction;
        n.last = j + 2;
        n.has_decimal = true;
        return true;
    }
    const bool mixed_hyphen = j + 1 < tokens_.size() && is_symbol(j + 1, "-") && glued(j + 1) && glued(j + 2);
    const bool mixed_space = j + 1 < tokens_.size() && tokens_[j + 1].space_before;
    if ((mixed_hyphen && slash_at(j + 2)) || (mixed_space && slash_at(j + 1))) {
        const std::size_t f = mixed_hyphen ? j + 2 : j + 1;
        const double numerator = digits_value(token_text(f));
        const double denominator = digits_value(token_text(f + 2));
        if (denominator == 0 || numerator >= denominator) return false;
        n.value += numerator / denominator;
        n.last = f + 2;
        n.has_decimal = true;
        return true;
    }
    return false;
}

void NumeralReader::read_scale(Numeral& n) const {
    for (int scales = 0; scales < 2; ++scales) {
        std::size_t k = n.last + 1;
        // "1.2-million"
        if (k + 1 < tokens_.size() && is_symbol(k, "-") && glued(k) && glued(k + 1)) ++k;
        if (k >= tokens_.size()) return;
        const std::string_view text = token_text(k);
        if (equals(text, "MM") && glued(k)) {  // "US$ 1MM": a million, in finance
            n.value *= 1e6;
            n.scale *= 1e6;
            n.last = k;
            return;
        }
        const NumberWord* word = number_word(k);
        if (!word || word->type != Type::scale) return;
        const bool letter = text.size() <= 2 && !equals(text, "bn") && !equals(text, "mn") && !equals(text, "tn");
        if (letter && !glued(k)) return;  // "5 m" is five metres, "5m" may be five million
        n.value *= word->value;
        n.scale *= word->value;
        n.letter_scale = text.size() == 1;
        n.last = k;
        // "4 thousand 3 hundred", "3 hundred and 21": a smaller part after a scale written out;
        // "€14bn and 52,000 employees" is two figures.
        if (word->value >= 100 && !n.has_decimal && text.size() > 3) {
            std::size_t part = k + 1;
            if (is_word(part, "and")) ++part;
            if (part < tokens_.size() && tokens_[part].type == TokenType::digits && tokens_[part].space_before) {
                Numeral rest;
                rest.first = part;
                rest.last = part;
                double v = digits_value(token_text(part));
                std::size_t rest_last = part;
                if (const NumberWord* s = number_word(part + 1); s && s->type == Type::scale &&
                                                                 s->value < word->value && s->value >= 100 &&
                                                                 token_text(part + 1).size() > 3) {
                    v *= s->value;
                    rest_last = part + 1;
                }
                // "3 hundred and 21", never "61 million and 64 million" (two figures, the second scaled).
                const NumberWord* after_rest = number_word(rest_last + 1);
                const bool and_part =
                    part == k + 2 && word->value <= 1000 && !(after_rest && after_rest->type == Type::scale);
                const bool grouped_next = rest_last + 2 < tokens_.size() && glued(rest_last + 1) &&
                                          is_symbol(rest_last + 1, ",") &&
                                          tokens_[rest_last + 2].type == TokenType::digits && glued(rest_last + 2);
                if (v < word->value && (rest_last > part || and_part) && !grouped_next &&
                    !(rest_last + 1 < tokens_.size() && glued(rest_last + 1) &&
                      tokens_[rest_last + 1].type != TokenType::symbol)) {
                    n.value += v;
                    n.last = rest_last;
                    k = rest_last;
                    if (rest_last > part) continue;
                    return;
                }
            }
        }
        // "3 hundred and one"
        if (word->value == 100 && k + 2 < tokens_.size() && is_word(k + 1, "and"))
            if (const NumberWord* rest = number_word(k + 2);
                rest && (rest->type == Type::unit || rest->type == Type::ten))
                if (auto tail = read_words(k + 2); tail && tail->value < 100) {
                    n.value += tail->value;
                    n.last = tail->last;
                }
    }
}

std::optional<double> NumeralReader::denominator(std::size_t i) const {
    if (i >= tokens_.size() || tokens_[i].type != TokenType::word) return std::nullopt;
    const std::string_view word = lowered_text(i);
    if (word.size() > 16) return std::nullopt;
    const double* value = lex_.denominators.find(word);
    if (!value) return std::nullopt;
    return *value;
}

// "fifths", "twenty-firsts", "hundredths" after a numerator: the denominator
// and its last token. A singular form after "one" or "a" ("one fifth"), a
// plural after more ("two-thirds", "three twenty-firsts").
std::optional<std::pair<double, std::size_t>> NumeralReader::read_denominator(std::size_t k, bool plural) const {
    if (k + 1 < tokens_.size() && is_symbol(k, "-") && glued(k) && glued(k + 1)) ++k;
    const auto is_plural = [&](std::size_t t) {
        const std::string_view w = token_text(t);
        return w.back() == 's' || w.back() == 'S';
    };
    if (const auto d = denominator(k)) {
        if (is_plural(k) != plural && !is_word(k, "half")) return std::nullopt;
        return std::pair{*d, k};
    }
    // "twenty-first(s)", "twenty fifths": a ten and a denominator.
    if (const NumberWord* ten = number_word(k); ten && ten->type == Type::ten) {
        std::size_t u = k + 1;
        if (u + 1 < tokens_.size() && is_symbol(u, "-") && glued(u) && glued(u + 1)) ++u;
        if (const auto d = denominator(u); d && *d < 10 && is_plural(u) == plural) return std::pair{ten->value + *d, u};
        if (u < tokens_.size()) {
            const std::string_view w = lowered_text(u);
            if ((equals(w, "firsts") || equals(w, "first")) && (equals(w, "firsts")) == plural)
                return std::pair{ten->value + 1, u};
        }
    }
    return std::nullopt;
}

std::optional<Numeral> NumeralReader::read_words(std::size_t i) const {
    const NumberWord* first = number_word(i);
    Numeral n;
    n.first = n.last = i;
    if (!first && is_word(i, "tens") && is_word(i + 1, "of")) {
        // "tens of thousands": figure_finder.cpp reads the rest.
        if (const NumberWord* w = number_word(i + 2); w && w->type == Type::vague) {
            n.value = 20;
            n.role = Role::vague;
            return n;
        }
    }
    if (!first) {
        // "half" alone is a fraction; other denominators need a number or "a" before them.
        if (!is_word(i, "half")) return std::nullopt;
        // "the first half", "second-half profit": a part of the year or the match, no amount.
        std::size_t before = i;
        if (before >= 2 && is_symbol(before - 1, "-") && glued(before) && glued(before - 1)) --before;
        if (before >= 1 && (is_word(before - 1, "first") || is_word(before - 1, "second"))) return std::nullopt;
        // "fly-half", "half-time", "half-back": positions and periods of a game, words of their own.
        if (before >= 1 && before < i) return std::nullopt;
        if (is_symbol(i + 1, "-") && glued(i + 1) && glued(i + 2))
            for (std::string_view w :
                 {"time", "back", "term", "brother", "sister", "way", "truth", "hearted", "volley"})
                if (is_word(i + 2, w)) return std::nullopt;
        n.value = 0.5;
        n.role = Role::fraction;
        read_scale(n);  // "half million"
        if (n.scale > 1) n.role = Role::plain;
        return n;
    }
    switch (first->type) {
        case Type::vague:
            // "scores" is a count only in "scores of"; "he scores" is a verb.
            if (is_word(i, "scores") && !is_word(i + 1, "of")) return std::nullopt;
            n.value = first->value;
            n.role = Role::vague;
            return n;
        case Type::multiplier:
            // "a Double-A team", "a double-double", "double-digit growth": words of their own;
            // not "a thrice-weekly service", a rate.
            if (is_symbol(i + 1, "-") && glued(i + 1) && glued(i + 2) && i + 2 < tokens_.size() &&
                tokens_[i + 2].type == TokenType::word && !is_word(i + 2, "daily") && !is_word(i + 2, "weekly") &&
                !is_word(i + 2, "monthly") && !is_word(i + 2, "yearly") && !is_word(i + 2, "annual"))
                return std::nullopt;
            if (i >= 2 && glued(i) && is_symbol(i - 1, "-") && glued(i - 1) && tokens_[i - 2].type == TokenType::word)
                return std::nullopt;
            n.value = first->value;
            n.role = Role::multiplier;
            return n;
        case Type::ordinal:
            if (i >= 1 && is_word(i - 1, "per")) return std::nullopt;  // "60 frames per second"
            n.value = first->value;
            n.role = Role::ordinal;
            return n;
        case Type::dozen:
            n.value = first->value;
            n.role = Role::dozen;
            return n;
        case Type::scale:
            if (first->value < 100 || token_text(i).size() <= 3) return std::nullopt;  // "m", "bn" alone
            if (i >= 1 && is_word(i - 1, "per")) return std::nullopt;  // "$12.40 per million British thermal units"
            break;
        default: break;
    }
    // Cardinal words: "two hundred and seventeen thousand", "twenty-five".
    // `since_and` is the part after the last "and", which a denominator
    // divides alone ("two hundred and fifty-four hundredths" is 200.54).
    double total = 0, current = 0, since_and = 0;
    enum class Last { none, unit, ten, hundred, scale } last = Last::none;
    std::size_t k = i;
    std::size_t end = i;
    for (;;) {
        const NumberWord* word = number_word(k);
        if (!word) break;
        bool taken = true;
        switch (word->type) {
            case Type::unit:
                if (last == Last::unit || (last == Last::ten && word->value >= 10)) {
                    taken = false;
                } else {
                    current += word->value;
                    since_and += word->value;
                    last = Last::unit;
                }
                break;
            case Type::ten:
                if (last == Last::unit || last == Last::ten) {
                    taken = false;
                } else {
                    current += word->value;
                    since_and += word->value;
                    last = Last::ten;
                }
                break;
            case Type::scale:
                if (word->value < 100 || token_text(k).size() <= 3) {
                    taken = false;
                } else if (word->value == 100) {
                    if (last == Last::hundred) {
                        taken = false;
                    } else {
                        current = (current == 0 ? 1 : current) * 100;
                        since_and = current;
                        last = Last::hundred;
                    }
                } else {
                    total += (current == 0 ? 1 : current) * word->value;
                    current = 0;
                    since_and = 0;
                    last = Last::scale;
                }
                break;
            case Type::ordinal:
                // "twenty-first", "one hundred and first"; "two hundredth", "three millionth".
                if (word->value >= 100 && last != Last::none && last != Last::scale) {
                    current = (current == 0 ? 1 : current) * word->value;
                    n.role = Role::ordinal;
                    end = k;
                } else if (word->value < 100 && (last == Last::ten || last == Last::hundred || last == Last::scale) &&
                           !(last == Last::ten && word->value >= 10)) {
                    current += word->value;
                    n.role = Role::ordinal;
                    end = k;
                }
                taken = false;
                break;
            default: taken = false;
        }
        if (!taken) break;
        end = k;
        // Joined by a hyphen ("twenty-five", "fifty - two") or a space; "and" after a hundred or a scale.
        if (k + 2 < tokens_.size() && is_symbol(k + 1, "-") && glued(k + 2) == glued(k + 1) && number_word(k + 2) &&
            (number_word(k + 2)->type == Type::unit || number_word(k + 2)->type == Type::ordinal) &&
            last == Last::ten) {
            k += 2;
        } else if (k + 2 < tokens_.size() && is_word(k + 1, "and") && (last == Last::hundred || last == Last::scale) &&
                   number_word(k + 2) &&
                   (number_word(k + 2)->type == Type::unit || number_word(k + 2)->type == Type::ten)) {
            since_and = 0;
            k += 2;
        } else if (k + 1 < tokens_.size() && tokens_[k + 1].space_before && tokens_[k + 1].type == TokenType::word) {
            k += 1;
        } else {
            break;
        }
    }
    n.last = end;
    n.value = total + current;
    if (n.role == Role::ordinal) return n;
    // "two hundred point zero three": decimals told digit by digit.
    if (is_word(n.last + 1, "point")) {
        std::string decimals;
        std::size_t d = n.last + 2;
        while (const NumberWord* digit = number_word(d)) {
            if (digit->type == Type::unit && digit->value < 10) {
                decimals += static_cast<char>('0' + static_cast<int>(digit->value));
            } else if (digit->type == Type::ten) {
                int v = static_cast<int>(digit->value);
                std::size_t u = d + 1;
                if (is_symbol(u, "-") && glued(u)) ++u;
                if (const NumberWord* unit = number_word(u); unit && unit->type == Type::unit && unit->value < 10) {
                    v += static_cast<int>(unit->value);
                    d = u;
                }
                decimals += std::to_string(v);
            } else {
                break;
            }
            n.last = d;
            ++d;
        }
        if (!decimals.empty()) {
            n.value += std::stod("0." + decimals);
            n.has_decimal = true;
        }
        return n;
    }
    // "two-thirds", "three quarters", "one eighth", "two hundred and fifty-four hundredths".
    if (auto d = read_denominator(n.last + 1, n.value != 1)) {
        const double whole = n.value - since_and;
        const double part = since_and / d->first;
        n.value = whole + part;
        n.role = Role::fraction;
        n.last = d->second;
        read_scale(n);  // "three quarters billion"
        // "one billion and three quarters million": the scale is the fraction's alone.
        if (whole > 0 && n.scale > 1) n.value = whole + part * n.scale;
        // "two thirds of a million"
        if (n.scale == 1 && is_word(n.last + 1, "of") && is_word(n.last + 2, "a"))
            if (const NumberWord* s = number_word(n.last + 3);
                s && s->type == Type::scale && s->value >= 1000 && token_text(n.last + 3).size() > 3) {
                n.value *= s->value;
                n.scale = s->value;
                n.last += 3;
            }
        if (n.scale > 1) n.role = Role::plain;
        return n;
    }
    // "two dozen", "three hundred and two dozens".
    if (const NumberWord* dozen = number_word(n.last + 1);
        (dozen && dozen->type == Type::dozen) || is_word(n.last + 1, "dozens")) {
        n.value = (n.value - since_and) + since_and * 12;
        n.last += 1;
        return n;
    }
    // "one and a half", "three and one fourth", "twenty and three fifths", "3 million and a half".
    mixed_fraction(n);
    return n;
}

// "and a half", "and one fourth", "and three fifths" after a whole number.
void NumeralReader::mixed_fraction(Numeral& n) const {
    if (!is_word(n.last + 1, "and")) return;
    std::size_t k = n.last + 2;
    double numerator = 1;
    std::size_t numerator_end = k;
    if (is_word(k, "a") || is_word(k, "an") || is_word(k, "one")) {
        numerator_end = k;
    } else if (const NumberWord* w = number_word(k); w && (w->type == Type::unit || w->type == Type::ten)) {
        numerator = w->value;
        numerator_end = k;
    } else {
        return;
    }
    const auto d = read_denominator(numerator_end + 1, numerator != 1);
    if (!d) return;
    // "3 million and a half" is 3.5 million; "one billion and a half million" a half million more.
    double unit = 1;
    if (n.scale > 1 && !is_word(d->second + 1, "million") && !is_word(d->second + 1, "billion")) unit = n.scale;
    std::size_t last = d->second;
    if (const NumberWord* w = number_word(last + 1); w && w->type == Type::scale && w->value >= 1000) {
        ++last;
        const NumberWord* whole_last = number_word(n.last);
        const bool whole_scaled =
            n.scale > 1 || (whole_last && whole_last->type == Type::scale && whole_last->value >= 1000);
        if (!whole_scaled) {
            // "five and a half million" is 5.5 million: the scale is the whole number's too.
            n.value = (n.value + numerator / d->first) * w->value;
            n.scale = w->value;
            n.last = last;
            n.role = Role::fraction;
            return;
        }
        unit = w->value;
    }
    n.value += numerator / d->first * unit;
    n.last = last;
    n.role = Role::fraction;
}

}  // namespace newsutils
