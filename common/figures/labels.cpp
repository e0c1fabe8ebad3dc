// The numbers that are labels, not amounts (years, dates, times, phone
// numbers, versions, scores), the ages given in apposition, and the numbers
// inside names and codes that are no figure at all (shared/spec: "G20,
// Covid-19, Boeing 737, M4, 5G, Article 5").
#include <algorithm>
#include <cmath>

#include "figures/paragraph_figures.hpp"
#include "text/utf8.hpp"

namespace newsutils {

using Role = Numeral::Role;

namespace {

bool integer(const Numeral& n) {
    return n.from_digits && !n.has_decimal && !n.grouped && n.scale == 1 && n.role == Role::plain;
}

bool is_dash(std::string_view s) {
    return equals(s, "-") || equals(s, "\xE2\x80\x93");  // - –
}

}  // namespace

std::optional<int> ParagraphFigures::month_at(std::size_t k) const {
    if (k >= tokens_.size() || tokens_[k].type != TokenType::word || !capitalized(k)) return std::nullopt;
    if (!lex_.months.may_hold(word(k))) return std::nullopt;
    const int* month = lex_.months.find(lowered(k));
    if (!month) return std::nullopt;
    return *month;
}

// The token after "a.m.", "p.m.", "am" or "PM" starting at token k; 0 when none is there.
std::size_t ParagraphFigures::meridiem_end(std::size_t k) const {
    if (k >= tokens_.size()) return 0;
    if (is_word(k, "am") || is_word(k, "pm")) return k + 1;
    if ((is_word(k, "a") || is_word(k, "p")) && is_symbol(k + 1, ".") && glued(k + 1) && is_word(k + 2, "m") &&
        glued(k + 2))
        return is_symbol(k + 3, ".") && glued(k + 3) ? k + 4 : k + 3;
    return 0;
}

// A unit, not a counted noun listed with them ("points", "shares"), starts at `pos`.
bool ParagraphFigures::is_unit_at(std::size_t pos) const {
    const auto u = lex_.units.match_at(text_, pos);
    return u && u->payload->kind != UnitKind::counted;
}

// A street name and its type from token `k`: "Main St.", "Youville Dr.", "Harbour Road".
bool ParagraphFigures::street_after(std::size_t k) const {
    static const WordSet kStreets = word_set_of({"st", "street", "rd", "road", "ave", "avenue", "dr", "drive", "blvd",
                                                 "lane", "ln", "way", "crescent", "place"});
    for (std::size_t words = 0; words < 3 && k < tokens_.size(); ++k) {
        // "W." and "N." before the name are directions.
        if (is_symbol(k, ".") && glued(k) && k > 0 && word(k - 1).size() == 1) continue;
        if (!capitalized(k)) return false;
        if (words > 0 && tokens_[k].type == TokenType::word && kStreets.contains(lowered(k))) return true;
        ++words;
    }
    return false;
}

bool ParagraphFigures::is_name_or_code(const Numeral& n) const {
    const std::size_t f = n.first, l = n.last;
    // "third parties", "a third-party app": an adjective, not a position.
    if (n.role == Role::ordinal && n.value == 3) {
        const std::size_t next = is_symbol(l + 1, "-") && glued(l + 1) ? l + 2 : l + 1;
        if (is_word(next, "party") || is_word(next, "parties")) return true;
    }
    if (n.from_digits) {
        // Most rules below ask it: computed once, since the calls between them keep the compiler
        // from reusing the first answer.
        const bool whole = integer(n);
        // "v5.12.3" is a version, read by version_at.
        if (f > 0 && glued(f) && (is_word(f - 1, "v")) && is_symbol(l + 1, ".") && glued(l + 1)) return false;
        if (f > 0 && glued(f) && is_word(f - 1, "v") && n.has_decimal) return false;
        // A user name or a file name: "Jordan_1987", "IMG_0412".
        if (f > 0 && glued(f) && is_symbol(f - 1, "_")) return true;
        // A kind named by its number: "type 2 diabetes", "tier 1 capital", "stage 4 cancer".
        if (whole && word(f).size() <= 2 && f >= 1 && tokens_[f].space_before &&
            (is_word(f - 1, "type") || is_word(f - 1, "tier") || is_word(f - 1, "stage") ||
             is_word(f - 1, "category") || is_word(f - 1, "level") || is_word(f - 1, "grade")) &&
            !is_symbol(l + 1, "%") && !(l + 1 < tokens_.size() && is_unit_at(tokens_[l + 1].begin)))
            return true;
        // A product after a name in camel case: "iPhone 16", "eBay 2".
        if (whole && f >= 1 && tokens_[f].space_before && tokens_[f - 1].type == TokenType::word &&
            word(f - 1).size() > 2 && utf8::is_lower(utf8::decode_at(text_, tokens_[f - 1].begin).code_point) &&
            std::any_of(word(f - 1).begin() + 1, word(f - 1).end(), utf8::is_ascii_upper))
            return true;
        // A picture standard: "4K video", "8K televisions" (not "50K people").
        if (n.letter_scale && equals(word(l), "K"))
            for (std::string_view w :
                 {"video",      "videos",    "tv",      "tvs",     "television", "televisions", "display", "displays",
                  "resolution", "screen",    "screens", "monitor", "monitors",   "streaming",   "content", "clips",
                  "footage",    "recording", "memory",  "chip",    "chips",      "ram"})
                if (is_word(l + 1, w)) return true;
        // A street number: "220 Main St.", "1490 Youville Dr.", "210 W. Lake St.".
        if (whole && street_after(l + 1)) return true;
        // A ZIP code after a state: "CO 81299", "IL 61999-1234".
        if (whole && word(f).size() == 5 && f >= 1 && tokens_[f].space_before && word(f - 1).size() == 2 &&
            tokens_[f - 1].type == TokenType::word &&
            std::all_of(word(f - 1).begin(), word(f - 1).end(), utf8::is_ascii_upper))
            return true;
        // A numbered place or thing: "exit 431", "route 9", "gate 12", "projet de loi 117".
        if (f >= 1 && tokens_[f].space_before && tokens_[f - 1].type == TokenType::word &&
            text_[tokens_[f - 1].begin] >= 'a' && text_[tokens_[f - 1].begin] <= 'z' && whole &&
            lex_.number_cues.contains(word(f - 1)) && !is_symbol(l + 1, "%") &&
            !(l + 1 < tokens_.size() && is_unit_at(tokens_[l + 1].begin)))
            return true;
        // A Senate bill: "S. 2147".
        if (whole && word(f).size() >= 3 && f >= 2 && tokens_[f].space_before && is_symbol(f - 1, ".") &&
            glued(f - 1) && is_word(f - 2, "s") && capitalized(f - 2) && (f < 3 || tokens_[f - 2].space_before))
            return true;
        // A bill: "H.R. 3318", "S. 1024".
        if (f >= 2 && tokens_[f].space_before && is_symbol(f - 1, ".") && glued(f - 1) && word(f - 2).size() == 1 &&
            capitalized(f - 2) && f >= 4 && is_symbol(f - 3, ".") && glued(f - 3) && glued(f - 2) &&
            word(f - 4).size() == 1 && capitalized(f - 4))
            return true;
        // Letters glued before it: "G20", "MH17", "COP28" (but "Rs500", "PS2.7m" are money).
        if (f > 0 && glued(f) && tokens_[f - 1].type == TokenType::word) {
            const std::size_t from = tokens_[f - 1].begin;
            const auto money = lex_.currency_before.match_before(text_, tokens_[f].begin, from >= 4 ? from - 4 : 0);
            if (!money) return true;
            // One letter is money only with a scale, decimals or groups: "N8,000"; "N95" is a code.
            const bool one_letter =
                money->end - money->begin == 1 && utf8::is_letter(static_cast<unsigned char>(text_[money->begin]));
            if (one_letter && !(n.grouped || n.has_decimal || n.scale > 1)) return true;
        }
        // After a code's letters and a slash or a full stop: "CR/0456/25", "BA.2.86", "XBB.1.5".
        if (f >= 2 && glued(f) && glued(f - 1) && (is_symbol(f - 1, "/") || is_symbol(f - 1, ".")) &&
            tokens_[f - 2].type == TokenType::word && word(f - 2).size() >= 2 &&
            std::all_of(word(f - 2).begin(), word(f - 2).end(), utf8::is_ascii_upper))
            return true;
        // "open 24/7": always, not a fraction.
        if (equals(word(f), "24") && is_symbol(f + 1, "/") && glued(f + 1) && glued(f + 2) && f + 2 < tokens_.size() &&
            equals(word(f + 2), "7") &&
            !(f + 3 < tokens_.size() && glued(f + 3) && tokens_[f + 3].type != TokenType::symbol))
            return true;
        // A stock's code on its exchange: "(4417.T)", "<6723.T>", "0700.HK".
        if (l + 2 < tokens_.size() && is_symbol(l + 1, ".") && glued(l + 1) && glued(l + 2) &&
            tokens_[l + 2].type == TokenType::word && word(l + 2).size() <= 2 &&
            std::all_of(word(l + 2).begin(), word(l + 2).end(), utf8::is_ascii_upper) &&
            !(l + 3 < tokens_.size() && glued(l + 3) && tokens_[l + 3].type != TokenType::symbol))
            return true;
        // Digits that start with a zero are a reference, not an amount: "0456/25", "007".
        if (tokens_[f].type == TokenType::digits && word(f).size() > 1 && word(f)[0] == '0' && !n.has_decimal &&
            is_symbol(l + 1, "/") && glued(l + 1) && !date_at(n))  // "09/03/2026" is a date
            return true;
        // A capitalized word glued after it that is no unit: "3Point Payments", "7Eleven".
        if (l + 1 < tokens_.size() && glued(l + 1) && tokens_[l + 1].type == TokenType::word &&
            word(l + 1).size() >= 4 && capitalized(l + 1) &&
            utf8::is_lower(utf8::decode_at(text_, tokens_[l + 1].begin + 1).code_point) &&
            !is_unit_at(tokens_[l + 1].begin))
            return true;
        // Letters glued after it that are no unit: "5G", "4K", "3D" (ordinals, decades and scales are read).
        if (l + 1 < tokens_.size() && glued(l + 1) && tokens_[l + 1].type == TokenType::word) {
            const std::size_t pos = tokens_[l + 1].begin;
            // A capital letter is a unit only as "C" or "F" (degrees) or "M" (million): "5G", "4K", "3D" are names.
            const std::string_view letters = word(l + 1);
            if (letters.size() == 1 && letters[0] >= 'A' && letters[0] <= 'Z')
                return !(equals(letters, "C") || equals(letters, "F") || equals(letters, "M") || equals(letters, "W") ||
                         equals(letters, "V"));
            const bool known = lex_.units.match_at(text_, pos) || lex_.percents.match_at(text_, pos) ||
                               lex_.currency_after.match_at(text_, pos) || lex_.subunits.match_at(text_, pos) ||
                               meridiem_end(l + 1) || is_word(l + 1, "x") ||
                               (is_word(l + 1, "in") && f >= 1 &&
                                (is_word(f - 1, "ft") || is_word(f - 1, "feet") || is_word(f - 1, "foot"))) ||
                               lex_.timezones.contains(lowered(l + 1));
            if (!known) return true;
        }
        // A hyphen after a capitalized word or a letter: "Covid-19", "F-16", "Atlas-5", "CVE-2024-38063".
        if (f >= 2 && is_symbol(f - 1, "-") && glued(f) && glued(f - 1) && tokens_[f - 2].type == TokenType::word &&
            capitalized(f - 2))
            return true;
        // A capitalized word before it: "Boeing 737", "Article 5", "Windows 11", "FTSE 100", "S&P 500";
        // not a month, a weekday, money, "No.", a function word or a qualifier ("In 2022", "About 500"),
        // and not when a unit, a percent or money follows ("Nvidia 5%").
        // Not a score, a time, an ordinal or a number with groups or decimals: "beat Strathmore 2-1",
        // "Updated 10:42 a.m.", "Ranked 112th", "TSX 24,810.55".
        if (f > 0 && f > next_ && tokens_[f].space_before && tokens_[f - 1].type == TokenType::word &&
            capitalized(f - 1) && !n.grouped && !n.has_decimal && n.role == Role::plain && !score_at(n) &&
            !time_at(n) && !date_at(n)) {
            const std::string_view before = lowered(f - 1);
            const bool ordinary =
                lex_.months.contains(before) || lex_.weekdays.contains(before) || lex_.count_words.contains(before) ||
                lex_.noun_stops.contains(before) || lex_.qualifiers.match_at(text_, tokens_[f - 1].begin) ||
                lex_.currency_before.match_before(text_, tokens_[f - 1].end) || lex_.change_verbs.contains(before) ||
                lex_.score_cues.contains(before) || lex_.phone_cues.contains(before) ||
                lex_.version_cues.contains(before) || equals(before, "aged") || equals(before, "age") ||
                equals(before, "between") || equals(before, "from");
            // "Windows 11", "iOS 18": a version cue before a whole number names a generation.
            if (lex_.version_cues.contains(before) && whole &&
                !(is_symbol(l + 1, ".") && glued(l + 1) && l + 2 < tokens_.size() &&
                  tokens_[l + 2].type == TokenType::digits && glued(l + 2)))
                return true;
            // "OrchardOS 18.2": a capitalized name ending in "OS" is a version cue too.
            const bool os_name = before.size() > 2 && has_suffix(before, "os") && has_suffix(word(f - 1), "OS");
            if (!ordinary && !os_name) {
                std::size_t k = l + 1;
                if (is_symbol(k, "-") && glued(k)) ++k;
                const bool amount_after =
                    k < tokens_.size() && (word(k).size() > 1 || is_symbol(k, "%")) &&
                    (lex_.units.match_at(text_, tokens_[k].begin) || lex_.percents.match_at(text_, tokens_[k].begin) ||
                     lex_.currency_after.match_at(text_, tokens_[k].begin) ||
                     lex_.subunits.match_at(text_, tokens_[k].begin));
                // "Vantor 20%, Orchard 17%" lists amounts; "a similar measure, SB 309," is still a name.
                const bool acronym =
                    before.size() >= 2 && std::all_of(word(f - 1).begin(), word(f - 1).end(), utf8::is_ascii_upper);
                if (!amount_after && (acronym || !(f >= 2 && is_symbol(f - 2, ",")))) return true;
            }
        }
        return false;
    }
    // A kind named by its number, in words: "tier one capital", "type two diabetes".
    if (f > 0 && n.role == Role::plain && !capitalized(f) &&
        (is_word(f - 1, "tier") || is_word(f - 1, "type") || is_word(f - 1, "stage") || is_word(f - 1, "category") ||
         is_word(f - 1, "level") || is_word(f - 1, "grade") || is_word(f - 1, "phase")))
        return true;
    // An adjective, not a multiple: "in double overtime", "a triple jump"; "double the price",
    // "nearly double its 2014 level" and "will double" are multiples.
    if (n.role == Role::multiplier && (is_word(f, "double") || is_word(f, "triple") || is_word(f, "quadruple")) &&
        l + 1 < tokens_.size() && tokens_[l + 1].type == TokenType::word && tokens_[l + 1].space_before &&
        !lex_.noun_stops.contains(lowered(l + 1)) && !reader_.number_word(l + 1) &&
        !(f > 0 && (is_word(f - 1, "to") || is_word(f - 1, "will") || is_word(f - 1, "could") ||
                    is_word(f - 1, "would") || is_word(f - 1, "may") || is_word(f - 1, "might"))))
        return true;
    // A period, not a half of something: "the half year to September 30", "in the half to June".
    if (is_word(f, "half") && f > 0 && (is_word(f - 1, "the") || is_word(f - 1, "this") || is_word(f - 1, "that")) &&
        !is_word(l + 1, "of") && !is_word(l + 1, "a") && !is_word(l + 1, "an"))
        return true;
    // A number word inside a name: "the Magnificent Seven", "Nine Rivers Capital", "the Group of Seven";
    // an ordinal in a title is still one: "Scotland's First Minister" (spec).
    static const WordSet kTitles =
        word_set_of({"minister", "lady", "secretary", "deputy", "vice", "officer", "amendment"});
    const bool title = n.role == Role::ordinal && l + 1 < tokens_.size() && tokens_[l + 1].type == TokenType::word &&
                       kTitles.contains(lowered(l + 1));
    if (capitalized(f) && !sentence_start(f) && !title) {
        if ((f > 0 && capitalized(f - 1)) || capitalized(l + 1) ||
            (f >= 2 && is_word(f - 1, "of") && capitalized(f - 2)))
            return true;
    }
    return false;
}

std::optional<ParagraphFigures::Candidate> ParagraphFigures::label(const Numeral& n) {
    if (auto c = time_at(n)) return c;
    if (auto c = date_at(n)) return c;
    if (auto c = phone_at(n)) return c;
    if (auto c = version_at(n)) return c;
    if (auto c = score_at(n)) return c;
    if (auto c = year_at(n)) {
        attach_before(*c);
        return c;
    }
    if (auto c = apposition_age(n)) return c;
    return std::nullopt;
}

// "10:30", "10 p.m.", "10.30pm", "0630 GMT", "9:30 a.m. ET"; "2:17:04" and "1:58.32" are durations.
std::optional<ParagraphFigures::Candidate> ParagraphFigures::time_at(const Numeral& n) const {
    if (!n.from_digits || n.grouped || n.role != Role::plain) return std::nullopt;
    const std::size_t f = n.first;
    if (tokens_[f].type != TokenType::digits) return std::nullopt;
    const std::string_view hours = word(f);
    std::size_t last = f;
    bool clock = false;
    double seconds = 0;
    int parts = 1;
    if (hours.size() <= 2 && is_symbol(f + 1, ":") && glued(f + 1) && glued(f + 2) && f + 2 < tokens_.size() &&
        tokens_[f + 2].type == TokenType::digits && word(f + 2).size() == 2) {
        const int h = std::stoi(std::string(hours)), m = std::stoi(std::string(word(f + 2)));
        if (m >= 60) return std::nullopt;
        last = f + 2;
        seconds = h * 60.0 + m;
        parts = 2;
        if (is_symbol(last + 1, ":") && glued(last + 1) && glued(last + 2) && last + 2 < tokens_.size() &&
            tokens_[last + 2].type == TokenType::digits && word(last + 2).size() == 2) {
            seconds = seconds * 60 + std::stoi(std::string(word(last + 2)));
            last += 2;
            parts = 3;
        }
        if (is_symbol(last + 1, ".") && glued(last + 1) && glued(last + 2) && last + 2 < tokens_.size() &&
            tokens_[last + 2].type == TokenType::digits) {
            // "1:58.32": minutes, seconds and hundredths of a race.
            const std::string_view fraction = word(last + 2);
            seconds += std::stod("0." + std::string(fraction));
            last += 2;
            parts = 4;
        }
        clock = h <= 24;
    }
    std::size_t after = meridiem_end(last + 1);
    // "4–7 p.m.", "10-11 a.m.": a compact range of times is one label.
    if (!clock && !after && !n.has_decimal && hours.size() <= 2 && f + 3 < tokens_.size() &&
        (is_symbol(f + 1, "-") || is_symbol(f + 1, "\xE2\x80\x93")) && glued(f + 1) && glued(f + 2) &&
        tokens_[f + 2].type == TokenType::digits && word(f + 2).size() <= 2)
        if (const std::size_t range_end = meridiem_end(f + 3)) {
            last = f + 2;
            after = range_end;
        }
    // "10.30pm": the numeral read 10.30 as a decimal.
    if (!clock && n.has_decimal && hours.size() <= 2) {
        after = meridiem_end(n.last + 1);
        if (after) last = n.last;
    }
    if (!clock && !after && !n.has_decimal && hours.size() <= 2 && n.value <= 12) after = meridiem_end(f + 1);
    Candidate c{n.first, last, {}, 1, false, true};
    c.figure.kind = FigureKind::time;
    if (after) {
        last = after - 1;
    } else if (parts >= 3 || (parts == 2 && f >= 2 && tokens_[f - 1].type == TokenType::symbol &&
                              (is_word(f - 2, "watch") || is_word(f - 2, "listen") || is_word(f - 2, "duration")))) {
        // "2:17:04", "1:58.32", "29:48.15": a race's time; "Watch: 2:47", "Listen · 6:14": a clip's length.
        c.figure.kind = FigureKind::duration;
        c.figure.value = parts == 3 ? seconds : seconds;
        c.figure.unit = "second";
    } else if (!clock) {
        // "0630 GMT", "at 1300 local time": four digits and a time zone.
        const bool zone = f + 1 < tokens_.size() && tokens_[f + 1].type == TokenType::word &&
                          ((lex_.timezones.contains(lowered(f + 1)) && word(f + 1).size() >= 2 &&
                            std::all_of(word(f + 1).begin(), word(f + 1).end(), utf8::is_ascii_upper)) ||
                           (is_word(f + 1, "local") && is_word(f + 2, "time")));
        if (!(hours.size() == 4 && f + 1 < tokens_.size() && tokens_[f + 1].space_before && zone)) return std::nullopt;
        const int hhmm = std::stoi(std::string(hours));
        if (hhmm / 100 > 24 || hhmm % 100 >= 60) return std::nullopt;
    }
    if (c.figure.kind == FigureKind::time) {
        // A time zone after it: "9:30 a.m. ET", "14:05 UTC".
        const std::size_t z = last + 1;
        if (z < tokens_.size() && tokens_[z].type == TokenType::word && lex_.timezones.contains(lowered(z)) &&
            std::all_of(word(z).begin(), word(z).end(), utf8::is_ascii_upper))
            last = z;
    }
    c.last = last;
    c.figure.span = {tokens_[f].begin, tokens_[last].end};
    return c;
}

// "January 2", "Dec. 31, 2026", "14 March", "the 1st of May", "March 2025", "2022-01-05", "5/12/2024".
std::optional<ParagraphFigures::Candidate> ParagraphFigures::date_at(const Numeral& n) const {
    if (!n.from_digits || n.grouped || n.has_decimal || n.scale != 1) return std::nullopt;
    const std::size_t f = n.first;
    if (tokens_[f].type != TokenType::digits) return std::nullopt;
    const bool day =
        (n.role == Role::plain || n.role == Role::ordinal) && n.value >= 1 && n.value <= 31 && word(f).size() <= 2;
    const bool year_like = n.role == Role::plain && word(f).size() == 4;
    Candidate c{f, n.last, {}, 1, false, true};
    c.figure.kind = FigureKind::date;
    // A year after the day: ", 2026" or " 2026".
    const auto take_year = [&](std::size_t after) {
        std::size_t k = after + 1;
        if (is_symbol(k, ",")) ++k;
        if (k < tokens_.size() && tokens_[k].type == TokenType::digits && word(k).size() == 4 &&
            tokens_[k].space_before &&
            !(k + 1 < tokens_.size() && is_symbol(k + 1, ",") && glued(k + 1) && k + 2 < tokens_.size() &&
              glued(k + 2) && tokens_[k + 2].type == TokenType::digits))
            return k;
        return after;
    };
    // The month before: "January 2", "Jan. 2", "March 2025".
    std::size_t m = f;
    if (f >= 1 && tokens_[f].space_before) {
        m = f - 1;
        if (m >= 1 && is_symbol(m, ".") && glued(m)) --m;
    }
    if (m < f && m >= next_ && month_at(m) && (day || year_like)) {
        c.first = m;
        c.last = n.last;
        if (day) {
            // "July 30-31"
            if (is_symbol(c.last + 1, "-") && glued(c.last + 1) && glued(c.last + 2) && c.last + 2 < tokens_.size() &&
                tokens_[c.last + 2].type == TokenType::digits && word(c.last + 2).size() <= 2)
                c.last += 2;
            c.last = take_year(c.last);
        }
        c.figure.span = {tokens_[c.first].begin, tokens_[c.last].end};
        return c;
    }
    // The month after: "14 March", "14 March 2024", "1st of May", "14-16 March".
    if (day) {
        std::size_t k = n.last + 1;
        if (is_symbol(k, "-") && glued(k) && k + 1 < tokens_.size() && tokens_[k + 1].type == TokenType::digits &&
            word(k + 1).size() <= 2)
            k += 2;
        const std::size_t day_end = k - 1;
        if (is_word(k, "of")) ++k;
        if (k < tokens_.size() && tokens_[k].space_before && month_at(k) &&
            (k == day_end + 1 || is_word(day_end + 1, "of"))) {
            std::size_t last = k;
            if (is_symbol(last + 1, ".") && glued(last + 1)) last += 1;
            last = take_year(last);
            c.last = last;
            c.figure.span = {tokens_[f].begin, tokens_[last].end};
            return c;
        }
    }
    // "1995-01": a year and a month, written with its zero (where "2024-25" is a fiscal year).
    if (word(f).size() == 4 && is_symbol(f + 1, "-") && glued(f + 1) && glued(f + 2) && f + 2 < tokens_.size() &&
        tokens_[f + 2].type == TokenType::digits && word(f + 2).size() == 2 && word(f + 2)[0] == '0' &&
        word(f + 2)[1] != '0' && !(is_symbol(f + 3, "-") && glued(f + 3))) {
        c.last = f + 2;
        c.figure.span = {tokens_[f].begin, tokens_[c.last].end};
        return c;
    }
    // "2022-01-05", "2022/01/05", "5/12/2024", "05.12.2024".
    const auto numeric_part = [&](std::size_t k, std::size_t max_digits) {
        return k < tokens_.size() && tokens_[k].type == TokenType::digits && word(k).size() <= max_digits && glued(k);
    };
    static constexpr std::string_view kSeparators[] = {"-", "/", "."};
    for (const std::string_view sep : kSeparators) {
        if (!(is_symbol(f + 1, sep) && glued(f + 1) && numeric_part(f + 2, 2) && is_symbol(f + 3, sep) &&
              glued(f + 3) && numeric_part(f + 4, 4)))
            continue;
        const bool iso = word(f).size() == 4 && word(f + 4).size() == 2;
        const bool day_first = word(f).size() <= 2 && (word(f + 4).size() == 4 || word(f + 4).size() == 2);
        if (!iso && !day_first) continue;
        if (equals(sep, "-") && !iso) continue;
        c.last = f + 4;
        c.figure.span = {tokens_[f].begin, tokens_[c.last].end};
        return c;
    }
    return std::nullopt;
}

// "+1 202 555 0100", "(555) 123-4567", "0800 123 456", "555-0100", "text 55222".
std::optional<ParagraphFigures::Candidate> ParagraphFigures::phone_at(const Numeral& n) const {
    if (!n.from_digits || n.grouped || n.has_decimal || n.role != Role::plain) return std::nullopt;
    std::size_t f = n.first;
    if (tokens_[f].type != TokenType::digits) return std::nullopt;
    // The short numbers: "a 999 call", "Call 101", "dialled 911".
    if (const std::string_view d = word(f);
        n.first == n.last &&
        (equals(d, "999") || equals(d, "911") || equals(d, "112") || equals(d, "101") || equals(d, "111") ||
         equals(d, "000") || equals(d, "311") || equals(d, "211") || equals(d, "411") || equals(d, "811"))) {
        const bool cued = is_word(f + 1, "call") || is_word(f + 1, "calls") ||
                          (f >= 1 && (is_word(f - 1, "call") || is_word(f - 1, "called") || is_word(f - 1, "dial") ||
                                      is_word(f - 1, "dialled") || is_word(f - 1, "dialed") || is_word(f - 1, "ring") ||
                                      is_word(f - 1, "phone") || is_word(f - 1, "phoned")));
        if (cued) {
            Candidate c{f, f, {}, 1, false, true};
            c.figure.kind = FigureKind::phone;
            c.figure.span = {tokens_[f].begin, tokens_[f].end};
            return c;
        }
    }
    std::size_t begin = f;
    bool plus = false, area = false;
    if (f >= 1 && is_symbol(f - 1, "+") && glued(f) && f - 1 >= next_) {
        plus = true;
        begin = f - 1;
    }
    if (f >= 1 && is_symbol(f - 1, "(") && glued(f) && is_symbol(f + 1, ")") && glued(f + 1) && word(f).size() == 3 &&
        f - 1 >= next_) {
        area = true;
        begin = f - 1;
    }
    std::size_t digits = 0, groups = 0, last = f, k = f;
    bool hyphens = false;
    std::size_t last_group = 0, first_group = word(f).size();
    for (;;) {
        if (k >= tokens_.size() || tokens_[k].type != TokenType::digits || digits > 15) break;
        digits += word(k).size();
        ++groups;
        last_group = word(k).size();
        last = k;
        std::size_t next = k + 1;
        if (is_symbol(next, ")") && glued(next) && area && groups == 1) ++next;
        if (next < tokens_.size() && (is_symbol(next, "-") || is_symbol(next, ".")) && glued(next) &&
            next + 1 < tokens_.size() && glued(next + 1) && tokens_[next + 1].type == TokenType::digits) {
            hyphens = hyphens || is_symbol(next, "-");
            k = next + 1;
            continue;
        }
        if (next < tokens_.size() && tokens_[next].type == TokenType::digits && tokens_[next].space_before &&
            text_.substr(tokens_[next - 1].end, tokens_[next].begin - tokens_[next - 1].end) == " " &&
            word(next).size() >= 2 && word(next).size() <= 4 &&
            (plus || area || word(f).front() == '0' || groups > 1 || word(f).size() >= 3)) {
            k = next;
            continue;
        }
        break;
    }
    std::size_t cue = begin;
    bool cued = false;
    for (int back = 0; back < 3 && cue > next_ && cue > 0; ++back) {
        --cue;
        if (tokens_[cue].type == TokenType::word && lex_.phone_cues.contains(lowered(cue))) cued = true;
    }
    // "555-0182", "202-555-0182", and with the country code, "1-800-555-0182".
    const bool us_style = hyphens && groups >= 2 && last_group == 4 &&
                          (first_group == 3 || (equals(word(f), "1") && groups == 4 && digits == 11));
    const bool long_enough = digits >= 7 && digits <= 15 && groups >= 2;
    const bool short_code = cued && groups == 1 && digits >= 4 && digits <= 6 && word(f).front() != '0';
    if (!(short_code || (long_enough && (plus || area || cued || us_style || (word(f).front() == '0' && groups >= 3)))))
        return std::nullopt;
    Candidate c{begin, last, {}, 1, false, true};
    c.figure.kind = FigureKind::phone;
    c.figure.span = {tokens_[begin].begin, tokens_[last].end};
    return c;
}

// "iOS 17.2", "version 3.1", "firmware 2.0.1", "v2.1", "OrchardOS 18.2".
std::optional<ParagraphFigures::Candidate> ParagraphFigures::version_at(const Numeral& n) const {
    if (!n.from_digits || n.grouped || n.scale != 1) return std::nullopt;
    const std::size_t f = n.first;
    if (tokens_[f].type != TokenType::digits) return std::nullopt;
    // Dotted groups after it: "2.0.1" (the numeral stopped at "2"), or "17.2" read as a decimal.
    std::size_t last = f;
    int dots = 0;
    while (dots < 6 && is_symbol(last + 1, ".") && glued(last + 1) && glued(last + 2) && last + 2 < tokens_.size() &&
           (tokens_[last + 2].type == TokenType::digits || is_word(last + 2, "x"))) {
        last += 2;
        ++dots;
    }
    bool cued = false;
    if (f >= 1) {
        const std::size_t b = f - 1;
        if (tokens_[b].type == TokenType::word && b >= next_) {
            const std::string_view w = lowered(b);
            cued = lex_.version_cues.contains(w) || (w.size() > 2 && has_suffix(w, "os") && capitalized(b));
            if (equals(w, "v") && !glued(f)) cued = false;
            if (equals(w, "v") && glued(f)) cued = true;
        }
    }
    if (dots == 0 || (!cued && dots < 2)) return std::nullopt;
    Candidate c{f, last, {}, 1, false, true};
    c.figure.kind = FigureKind::version;
    c.figure.span = {tokens_[f].begin, tokens_[last].end};
    return c;
}

// "won 2-1", "a 3-1 lead", "the court ruled 6-3", "voted 61-38".
std::optional<ParagraphFigures::Candidate> ParagraphFigures::score_at(const Numeral& n) const {
    if (!integer(n)) return std::nullopt;
    const std::size_t f = n.first;
    if (word(f).size() > 3) return std::nullopt;
    std::size_t k = f + 1;
    if (!(k + 1 < tokens_.size() && tokens_[k].type == TokenType::symbol && is_dash(word(k)) &&
          ((glued(k) && glued(k + 1)) || (!glued(k) && !glued(k + 1) && !equals(word(k), "-"))) &&
          tokens_[k + 1].type == TokenType::digits && word(k + 1).size() <= 3))
        return std::nullopt;
    const std::size_t y = k + 1;
    // Not a range with a unit: "10-15%", "40-50 km".
    if (y + 1 < tokens_.size()) {
        const std::size_t pos = tokens_[y + 1].begin;
        if (lex_.percents.match_at(text_, pos) || lex_.units.match_at(text_, pos) ||
            lex_.currency_after.match_at(text_, pos))
            return std::nullopt;
        if (glued(y + 1) && (is_symbol(y + 1, ".") || is_symbol(y + 1, ",")) && y + 2 < tokens_.size() &&
            tokens_[y + 2].type == TokenType::digits && glued(y + 2))
            return std::nullopt;
    }
    bool cued = false;
    for (std::size_t b = f, steps = 0; b > next_ && b > 0 && steps < 4; ++steps) {
        --b;
        if (tokens_[b].type == TokenType::word && lex_.score_cues.contains(lowered(b))) cued = true;
    }
    for (std::size_t a = y + 1; a < tokens_.size() && a <= y + 2; ++a)
        if (tokens_[a].type == TokenType::word && lex_.score_cues.contains(lowered(a))) cued = true;
    // "6-3, 6-4": a set after a set.
    if (!cued && out_.size() > paragraph_first_ && out_.back().kind == FigureKind::score &&
        tokens_[f].begin >= out_.back().span.end) {
        const std::string_view between = text_.substr(out_.back().span.end, tokens_[f].begin - out_.back().span.end);
        cued = equals(between, ", ") || equals(between, " and ") || equals(between, ", and ") || equals(between, " ");
    }
    const double a = n.value, b = std::stod(std::string(word(y)));
    // Falling pairs are never ranges: "beat them 3-1", a cricket total "368-5", a record "24-0",
    // a vote "219-206".
    if (!cued && !(a > b && glued(k))) return std::nullopt;
    Candidate c{f, y, {}, 1, false, true};
    c.figure.kind = FigureKind::score;
    c.figure.span = {tokens_[f].begin, tokens_[y].end};
    return c;
}

// "in 2022", "the 1990s", "'90s", "2024-25"; "in his 40s" is an age.
std::optional<ParagraphFigures::Candidate> ParagraphFigures::year_at(const Numeral& n) const {
    const std::size_t f = n.first;
    if (!n.from_digits || n.grouped || n.has_decimal || n.scale != 1) return std::nullopt;
    if (tokens_[f].type != TokenType::digits) return std::nullopt;
    const std::size_t digits = word(f).size();
    if (n.role == Role::decade) {
        Candidate c{f, n.last, {}, 1, false, true};
        double year = n.value;
        if (digits == 2) {
            // "in his 40s": an age.
            if (f >= 1 && (is_word(f - 1, "his") || is_word(f - 1, "her") || is_word(f - 1, "their") ||
                           is_word(f - 1, "mid") || is_word(f - 1, "late") || is_word(f - 1, "early"))) {
                if (is_word(f - 1, "his") || is_word(f - 1, "her") || is_word(f - 1, "their")) {
                    c.figure.kind = FigureKind::age;
                    c.figure.value = year;
                    c.figure.unit = "year";
                    c.figure.span = {tokens_[f].begin, tokens_[n.last].end};
                    return c;
                }
            }
            year += year >= 20 ? 1900 : 2000;
            if (f >= 1 && (is_symbol(f - 1, "'") || is_symbol(f - 1, "\xE2\x80\x99")) && glued(f) && f - 1 >= next_)
                c.first = f - 1;
        }
        c.figure.kind = FigureKind::year;
        c.figure.value = year;
        c.figure.span = {tokens_[c.first].begin, tokens_[n.last].end};
        return c;
    }
    if (n.role != Role::plain || digits != 4) return std::nullopt;
    const double v = n.value;
    if (v < 1000 || v > 2199) return std::nullopt;
    // An amount, not a year: "2000 people", "$2000", "1500 km".
    std::size_t k = n.last + 1;
    if (k < tokens_.size()) {
        const std::size_t pos = tokens_[k].begin;
        if (lex_.percents.match_at(text_, pos) || lex_.units.match_at(text_, pos) ||
            lex_.currency_after.match_at(text_, pos) || lex_.subunits.match_at(text_, pos))
            return std::nullopt;
        if (const NumberWord* w = reader_.number_word(k); w && w->type == NumberWord::Type::scale) return std::nullopt;
    }
    if (f >= 1 && lex_.currency_before.match_before(text_, utf8::trim_spaces_back(text_, 0, tokens_[f].begin),
                                                    tokens_[f].begin >= 6 ? tokens_[f].begin - 6 : 0))
        return std::nullopt;
    const bool plausible = v >= 1900 && v <= 2100;
    bool year_context = false;
    if (f >= 1 && tokens_[f - 1].type == TokenType::word) {
        static constexpr std::string_view kBefore[] = {
            "in",  "since",  "by",    "until", "till", "from", "of", "during",  "before", "after", "through",
            "the", "fiscal", "circa", "year",  "to",   "and",  "or", "between", "early",  "mid",   "late"};
        for (std::string_view w : kBefore) year_context = year_context || is_word(f - 1, w);
    }
    if (!plausible && !year_context) return std::nullopt;
    // A count of things is plural: "2000 people", "1500 jobs" (but "the 2024 elections").
    if (!year_context && k < tokens_.size() && tokens_[k].type == TokenType::word && !capitalized(k)) {
        const std::string_view w = lowered(k);
        if (looks_plural(w) && !lex_.noun_stops.contains(w) && !lex_.months.contains(w)) return std::nullopt;
    }
    Candidate c{f, n.last, {}, 1, false, true};
    c.figure.kind = FigureKind::year;
    c.figure.value = v;
    c.figure.span = {tokens_[f].begin, tokens_[n.last].end};
    // "2024-25", "2017-2021", "1850–1900": one figure with its end.
    if (k + 1 < tokens_.size() && tokens_[k].type == TokenType::symbol && is_dash(word(k)) && glued(k) &&
        glued(k + 1) && tokens_[k + 1].type == TokenType::digits &&
        (word(k + 1).size() == 2 || word(k + 1).size() == 4)) {
        double high = std::stod(std::string(word(k + 1)));
        if (word(k + 1).size() == 2) high += std::floor(v / 100) * 100;
        if (high > v) {
            c.figure.high = high;
            c.last = k + 1;
            c.figure.span.end = tokens_[k + 1].end;
        }
    }
    return c;
}

// "Adaeze Okafor, 44, said" and "Okafor (44)": an age in apposition.
std::optional<ParagraphFigures::Candidate> ParagraphFigures::apposition_age(const Numeral& n) const {
    if (!integer(n) || n.value < 1 || n.value > 119) return std::nullopt;
    const std::size_t f = n.first;
    if (f < 2) return std::nullopt;
    // "Kwame Boateng, 61,", "The driver, 41,", "Sunita Rao (34)"; not "Comments (48)".
    const bool person = capitalized(f - 2) || lex_.person_words.contains(lowered(f - 2));
    const bool comma = is_symbol(f - 1, ",") && person;
    const bool bracket = is_symbol(f - 1, "(") && glued(f) && capitalized(f - 2) && is_symbol(f + 1, ")") &&
                         !looks_plural(lowered(f - 2));
    if (!comma && !bracket) return std::nullopt;
    if (month_at(f - 2) || lex_.weekdays.contains(lowered(f - 2))) return std::nullopt;
    const std::size_t after = n.last + 1;
    if (comma && after < tokens_.size() &&
        !(is_symbol(after, ",") || is_symbol(after, ")") || is_symbol(after, ";") || is_symbol(after, ".")))
        return std::nullopt;
    Candidate c{f, n.last, {}, 1, false, true};
    c.figure.kind = FigureKind::age;
    c.figure.value = n.value;
    c.figure.unit = "year";
    c.figure.span = {tokens_[f].begin, tokens_[n.last].end};
    return c;
}

}  // namespace newsutils
