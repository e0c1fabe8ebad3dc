// What a figure counts or measures (`noun`): the head of the noun phrase
// after it, "people" in "nearly 10,000 people fled", "workers" in "3,400
// dock workers walked out", "bandits" in `20,000 “armed bandits.”`; through
// "of" for fractions, vague plurals and percentages ("a third of the
// budget", "tens of thousands of protesters", "2% of GDP"), and through "in"
// or "of" for money ("$1.2 billion in aid").
#include <algorithm>

#include "figures/paragraph_figures.hpp"
#include "text/quotation_marks.hpp"
#include "text/utf8.hpp"

namespace newsutils {
namespace {

constexpr int kLongestPhrase = 4;  // words of a noun phrase: "dock workers", "new full-time jobs"

bool ends_with(std::string_view word, std::string_view suffix) {
    return word.size() > suffix.size() + 2 && has_suffix(word, suffix);
}

// An adverb in -ly, not one of the nouns that end so ("family", "tally", "supply").
bool is_adverb(std::string_view lower) {
    static constexpr std::string_view kNouns[] = {"family",  "supply",   "assembly", "rally", "tally",
                                                  "anomaly", "monopoly", "reply",    "ally",  "belly",
                                                  "jelly",   "lily",     "folly",    "italy", "july"};
    return ends_with(lower, "ly") && std::find(std::begin(kNouns), std::end(kNouns), lower) == std::end(kNouns);
}

// Comparatives that modify the noun after them ("a 34% higher risk"), and end the phrase otherwise
// ("1.55C warmer than").
bool is_comparative(std::string_view lower) {
    static const WordSet kComparatives =
        word_set_of({"higher", "lower", "faster", "slower", "greater", "larger", "bigger", "smaller", "warmer",
                     "colder", "hotter", "quicker", "longer", "shorter", "cheaper", "heavier", "wider", "deeper",
                     "stronger", "weaker", "taller", "better", "worse",
                     // and the superlatives
                     "highest", "lowest", "largest", "biggest", "smallest", "best", "worst", "fastest", "longest",
                     "busiest", "richest", "deadliest", "strongest", "warmest", "coldest"});
    return kComparatives.contains(lower);
}

// The words that name a period, which an ordinal before them counts: "first quarter", "second half".
bool is_period(std::string_view lower) {
    static const WordSet kPeriods = word_set_of({"quarter", "half", "day", "week", "month", "year", "season", "term",
                                                 "round", "period", "innings", "session", "qtr"});
    return kPeriods.contains(lower);
}

// "year-on-year", "month-over-month", "on-year" (in lower case): an adverbial of time.
bool is_period_adverbial(std::string_view lower) {
    // Each has a hyphen: the phrase of nearly every figure, a word, is turned away by one scan,
    // where the twelve forms were each compared.
    if (lower.find('-') == std::string_view::npos) return false;
    static constexpr std::string_view kPeriods[] = {"year", "month", "quarter", "week"};
    static constexpr std::string_view kLinks[] = {"-on-", "-over-", "on-"};
    for (const std::string_view period : kPeriods)
        for (const std::string_view link : kLinks) {
            if (lower.size() == period.size() * (equals(link, "on-") ? 1 : 2) + link.size() &&
                lower.ends_with(period) && lower.substr(equals(link, "on-") ? 0 : period.size(), link.size()) == link &&
                (equals(link, "on-") || lower.starts_with(period)))
                return true;
        }
    return false;
}

}  // namespace

// The token after a name or code that modifies the noun after it, or `k` if none starts there:
// "U.S." in "9 U.S. states", "S&P 500" in "412 of the S&P 500 companies", "HDMI 2.1" in "four
// HDMI 2.1 ports", "A321neo" in "60 A321neo jets", "10-year" in "three times the 10-year average".
std::size_t ParagraphFigures::modifier_end(std::size_t k) const {
    if (k >= tokens_.size()) return k;
    const auto word_at = [&](std::size_t j) { return j < tokens_.size() && tokens_[j].type == TokenType::word; };
    const auto capital_at = [&](std::size_t j) { return word_at(j) && utf8::is_ascii_upper(text_[tokens_[j].begin]); };
    // "10-year", "1850-1900": a number compound.
    if (tokens_[k].type == TokenType::digits) {
        std::size_t j = k + 1;
        if (is_symbol(j, "-") && glued(j) && glued(j + 1) && j + 1 < tokens_.size() &&
            (tokens_[j + 1].type == TokenType::word || tokens_[j + 1].type == TokenType::digits) &&
            !(j + 2 < tokens_.size() && glued(j + 2)) && word_at(j + 2) && !lex_.noun_stops.contains(lowered(j + 2)))
            return j + 2;
        return k;
    }
    if (!capital_at(k) || lex_.months.contains(lowered(k))) return k;
    // Only before a noun: "41 megatonnes of CO2 a year" counts CO2.
    const auto noun_at = [&](std::size_t j) {
        return word_at(j) && tokens_[j].space_before && !lex_.noun_stops.contains(lowered(j));
    };
    std::size_t j = k;
    // "U.S.", "U.K.", "E.U.": single capitals each with a full stop.
    while (capital_at(j) && word(j).size() == 1 && is_symbol(j + 1, ".") && glued(j + 1) && (j == k || glued(j))) {
        j += 2;
    }
    if (j >= k + 4) return noun_at(j) ? j : k;
    j = k;
    // "S&P 500", "FTSE 100", "HDMI 2.1", "T20": a capitalized name with its number.
    if (is_symbol(j + 1, "&") && glued(j + 1) && capital_at(j + 2) && glued(j + 2)) {
        j += 2;
        if (noun_at(j + 1)) return j + 1;  // "the 11 S&P sectors"
    }
    std::size_t number = j + 1;
    if (number < tokens_.size() && tokens_[number].type == TokenType::digits) {
        std::size_t end = number + 1;
        if (is_symbol(end, ".") && glued(end) && glued(end + 1) && end + 1 < tokens_.size() &&
            tokens_[end + 1].type == TokenType::digits)
            end += 2;
        // "A321neo": letters glued after its digits.
        if (!tokens_[number].space_before && word_at(end) && glued(end)) ++end;
        const bool all_capitals = std::all_of(word(k).begin(), word(k).end(), utf8::is_ascii_upper);
        // "his third Formula 1 victory": a name with its number before a lower-case noun.
        const bool lower_noun = noun_at(end) && !capital_at(end);
        if ((all_capitals || !tokens_[number].space_before || lower_noun) && noun_at(end) &&
            !lex_.units.match_at(text_, tokens_[end].begin))
            return end;
    }
    return k;
}

TextSpan ParagraphFigures::counted_noun(const Candidate& c) const {
    std::size_t k = c.last + 1;
    const FigureKind kind = c.figure.kind;
    // "the 98-seat chamber", "a 287-run target": the count's noun is the compound's second word.
    if ((kind == FigureKind::cardinal || kind == FigureKind::ordinal) && is_symbol(k, "-") && glued(k) &&
        glued(k + 1) && k + 1 < tokens_.size() && tokens_[k + 1].type == TokenType::word &&
        !(k + 2 < tokens_.size() && glued(k + 2))) {
        const std::string_view w = lowered(k + 1);
        if (!lex_.noun_stops.contains(w) && !reader_.number_word(k + 1))
            return {tokens_[k + 1].begin, tokens_[k + 1].end};
    }
    // "its first 10 weeks", "the first two days": an ordinal counts what the number after it counts.
    if (kind == FigureKind::ordinal && k < tokens_.size() && tokens_[k].space_before)
        if (const auto n = reader_.read(k); n && n->role == Numeral::Role::plain) k = n->last + 1;
    // "30 to 40 centimetres (12 to 16 inches) of snow", "1.8 billion pesos ($31.4 million) in aid":
    // a converted figure in brackets, and after it, what both measure.
    if (is_symbol(k, "(") && k + 1 < tokens_.size() &&
        (tokens_[k + 1].type != TokenType::word || reader_.number_word(k + 1))) {
        for (std::size_t j = k + 1; j < tokens_.size() && j < k + 12; ++j)
            if (is_symbol(j, ")")) {
                // "(12 to 16 inches) of snow"; "the 2.1-metre (seven-foot) fence", a compound's noun.
                const bool compound = c.last > 0 && is_symbol(c.last - 1, "-") && glued(c.last);
                if (is_word(j + 1, "of") || is_word(j + 1, "in") ||
                    (compound && j + 1 < tokens_.size() && tokens_[j + 1].type == TokenType::word))
                    k = j + 1;
                break;
            }
    } else if (is_symbol(k, ")") && c.first > 0 && is_symbol(c.first - 1, "(") &&
               (is_word(k + 1, "of") || is_word(k + 1, "in") ||
                (c.last > 0 && is_symbol(c.last - 1, "-") && glued(c.last) && k + 1 < tokens_.size() &&
                 tokens_[k + 1].type == TokenType::word))) {
        ++k;
    }
    bool through = false;
    if (kind == FigureKind::money) {
        // "$1.2 billion in aid", not "$71,200 in Asian trading", "in the quarter" or "in its IPO":
        // a place, a time or an event.
        if (is_word(k, "of") ||
            (is_word(k, "in") && !capitalized(k + 1) && !is_word(k + 1, "the") && !is_word(k + 1, "its") &&
             !is_word(k + 1, "their") && !is_word(k + 1, "his") && !is_word(k + 1, "her"))) {
            ++k;
            through = true;
        }
    } else if (is_word(k, "of")) {
        if (kind == FigureKind::ordinal) return {0, 0};  // "his 14th of the season"
        ++k;
        through = true;
    }
    // "a third of the budget", "halved its dividend", "7% of its workforce".
    if (through || kind == FigureKind::multiplier) {
        static constexpr std::string_view kDeterminers[] = {"the",   "its",   "their", "his",  "her", "our", "all",
                                                            "these", "those", "this",  "that", "my",  "your"};
        for (bool skipped = true; skipped;) {
            skipped = false;
            for (std::string_view d : kDeterminers)
                if (is_word(k, d)) {
                    ++k;
                    skipped = true;
                }
        }
        if (is_word(k, "own")) ++k;  // "1 trillion yen of its own shares"
        // A partitive names its whole: "140 of its 390 stores", "22 of her last 24 matches",
        // "Half of the 2,000 respondents", "10 per cent of the 1.2 lakh health workers".
        if (through && kind != FigureKind::money) {
            // "29 of the state's 34 counties", "138 of the state assembly's 187 seats".
            for (std::size_t w = 0; w < 3 && k + w + 2 < tokens_.size() && tokens_[k + w].type == TokenType::word; ++w)
                if ((is_symbol(k + w + 1, "'") || is_symbol(k + w + 1, "\xE2\x80\x99")) && glued(k + w + 1) &&
                    is_word(k + w + 2, "s") && glued(k + w + 2)) {
                    k += w + 3;
                    break;
                }
            if (is_word(k, "last") || is_word(k, "first") || is_word(k, "next")) ++k;
            if (tokens_[k < tokens_.size() ? k : 0].type == TokenType::word) k = modifier_end(k);
            if (const auto whole = reader_.read(k); whole && whole->role == Numeral::Role::plain) {
                k = whole->last + 1;
                if (const NumberWord* scale = reader_.number_word(k); scale && scale->type == NumberWord::Type::scale)
                    ++k;
            }
        }
    }
    // `20,000 “armed bandits.”`
    while (k < tokens_.size() && tokens_[k].type == TokenType::symbol) {
        const char32_t mark = utf8::decode_at(text_, tokens_[k].begin).code_point;
        const QuotationMark* q = find_quotation_mark(mark);
        if (!q || q->role == QuoteRole::closing) break;
        ++k;
    }
    // "3 of 12  Volunteers sort coats": two spaces after a figure part the blocks of a page.
    if (k < tokens_.size() && k > 0) {
        const std::string_view gap = text_.substr(tokens_[k - 1].end, tokens_[k].begin - tokens_[k - 1].end);
        std::size_t spaces = 0;
        for (std::size_t g = 0; g < gap.size(); ++g)
            if (gap[g] == ' ' || gap[g] == '\t' || (gap[g] == '\xC2' && g + 1 < gap.size() && gap[g + 1] == '\xA0'))
                ++spaces;
        if (spaces >= 2) return {0, 0};
    }
    std::size_t head = tokens_.size();
    int words = 0;
    bool noun_in_ing = false;
    // "its first quarter net income": an ordinal counts the period right after it.
    if (kind == FigureKind::ordinal && k < tokens_.size() && tokens_[k].type == TokenType::word &&
        is_period(lowered(k)))
        return {tokens_[k].begin, tokens_[k].end};
    for (; k < tokens_.size() && words < kLongestPhrase; ++k) {
        // A name or code before the noun modifies it: "9 U.S. states", "60 A321neo jets".
        if (const std::size_t after = modifier_end(k);
            after != k && words < 2 && !(words > 0 && tokens_[k].type == TokenType::digits)) {
            k = after - 1;
            continue;
        }
        if (tokens_[k].type != TokenType::word) {
            // "full-time jobs": a hyphen inside a word.
            if (words > 0 && is_symbol(k, "-") && glued(k) && glued(k + 1) && k + 1 < tokens_.size() &&
                tokens_[k + 1].type == TokenType::word)
                continue;
            break;
        }
        if (words > 0 && !tokens_[k].space_before && !is_symbol(k - 1, "-")) break;
        // "the 31-year-old's lawyer": a possessive, not a noun "s".
        if (k > 0 && !tokens_[k].space_before && (is_symbol(k - 1, "'") || is_symbol(k - 1, "\xE2\x80\x99"))) break;
        const std::string_view w = lowered(k);
        const bool word_follows = k + 1 < tokens_.size() && tokens_[k + 1].type == TokenType::word;
        // Words between the figure and its noun that are not the noun: "a seventh straight meeting",
        // "the third such deal", "14 more countries", "15 centrally contracted players".
        if (words == 0 && word_follows &&
            (equals(w, "such") || equals(w, "straight") || equals(w, "consecutive") || equals(w, "successive") ||
             equals(w, "more") || is_adverb(w) || (is_comparative(w) && !lex_.noun_stops.contains(lowered(k + 1)))))
            continue;
        // "40 wide-body jets", "a second no-confidence vote": a function word inside a compound.
        const bool compound = is_symbol(k + 1, "-") && glued(k + 1) && glued(k + 2) && k + 2 < tokens_.size() &&
                              tokens_[k + 2].type == TokenType::word &&
                              !lex_.noun_stops.contains(lowered(k + 2));             // not "south-west"
        if ((lex_.noun_stops.contains(w) || is_comparative(w)) && !compound) break;  // "the second highest."
        // "4.2% year on year", "fell 4.3% year over year": an adverbial, not what is counted.
        if ((equals(w, "year") || equals(w, "month") || equals(w, "quarter") || equals(w, "week")) &&
            (is_word(k + 1, "on") || is_word(k + 1, "over")) && is_word(k + 2, w))
            break;
        // A role before a name: "the 52-year-old jockey Pat Hennigan", "winger Tiago Reis".
        if (words > 0 && head < tokens_.size() && capitalized(k) && capitalized(k + 1) && !capitalized(head)) break;
        // A capital after a line break starts the next block of a page: "5 min read\nCouncil approves",
        // "Watch: 2:47\nDrone footage shows"; a plural may still be the noun of a hard-wrapped line.
        if (capitalized(k) && (words > 0 || !looks_plural(w)) && k > 0 &&
            text_.substr(tokens_[k - 1].end, tokens_[k].begin - tokens_[k - 1].end).find('\n') !=
                std::string_view::npos)
            break;
        // A word right before a measure or a count is a verb: "the higher 50 mg dose shed 8.6 kg",
        // "the agreement covers 41 communities" (not "a package 218 to 213").
        if (words > 0 && k + 1 < tokens_.size() && tokens_[k + 1].type == TokenType::digits &&
            tokens_[k + 1].space_before)
            if (const auto next = reader_.read(k + 1); next && next->last + 1 < tokens_.size()) {
                const std::size_t after = next->last + 1;
                const std::size_t pos = tokens_[after].begin;
                if (lex_.units.match_at(text_, pos) || lex_.percents.match_at(text_, pos) ||
                    lex_.currency_after.match_at(text_, pos) ||
                    (tokens_[after].type == TokenType::word && tokens_[after].space_before &&
                     looks_plural(lowered(after))))
                    break;
            }
        // "a 10th straight meeting,", "45W charging and": a noun in -ing ends its phrase;
        // not a verb with its object, "over 54 days using 8,192 GPUs", "agreeing a contract".
        const auto count_follows = [&] {  // "8,192 GPUs", not a score "172-146"
            const auto next = reader_.read(k + 1);
            return next && next->last + 1 < tokens_.size() && tokens_[next->last + 1].type == TokenType::word &&
                   tokens_[next->last + 1].space_before;
        };
        const bool ing = has_suffix(w, "ing");  // the tests below matter only then
        const bool object_follows =
            ing && k + 1 < tokens_.size() &&
            (((tokens_[k + 1].type == TokenType::digits || reader_.number_word(k + 1)) && count_follows()) ||
             is_word(k + 1, "a") || is_word(k + 1, "an") || is_word(k + 1, "the") || is_word(k + 1, "its") ||
             is_word(k + 1, "his") || is_word(k + 1, "her") || is_word(k + 1, "their"));
        const bool ends_phrase = ing && !object_follows &&
                                 (!word_follows || is_word(k + 1, "and") || is_word(k + 1, "or") ||
                                  lex_.noun_stops.contains(lowered(k + 1)));
        if (w.size() >= 5 && has_suffix(w, "ing") && object_follows) break;
        if (ends_with(w, "ing") && ends_phrase && !(head < tokens_.size() && looks_plural(lowered(head)))) {
            head = k;
            ++words;
            noun_in_ing = true;
            break;
        }
        // "new teaching posts", "14 operating theatres": an -ing word before a plural noun modifies it.
        if (words > 0 && ends_with(w, "ing") && word_follows && looks_plural(lowered(k + 1)) &&
            !lex_.noun_stops.contains(lowered(k + 1)))
            continue;
        // A verb or an adverb after the phrase's first word: "people fled", "workers walked out".
        if (words > 0 && (ends_with(w, "ed") || is_adverb(w) || ends_with(w, "ing"))) break;
        if (reader_.number_word(k) || lex_.months.contains(w) || lex_.weekdays.contains(w)) break;
        head = k;
        ++words;
        // The first plural is the head, whatever follows: "the 120 berths stood idle".
        if (looks_plural(w)) break;
    }
    if (head == tokens_.size()) return {0, 0};
    // "$142.60 in early trading": a market session, not what the money is of.
    if (kind == FigureKind::money && through && is_word(head, "trading")) return {0, 0};
    // A capitalized head is a name or a label, not what is counted ("14 Photo", "4 min Murcia",
    // "$68.14 GOLD"), unless it is a plural ("three Republicans", "24,576 GPUs"), a title after
    // an ordinal ("First Minister"), an acronym ("3.4% of GDP", "a 1TB SSD") or a headline's word
    // in capitals ("17 PCT PROFIT FALL").
    if (utf8::is_upper(utf8::decode_at(text_, tokens_[head].begin).code_point)) {
        const std::string_view h = word(head);
        const auto no_lower = [](std::string_view t) {
            return std::none_of(t.begin(), t.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
        };
        const bool all_capitals = no_lower(h);
        const bool headline =
            all_capitals && c.first > 0 && tokens_[c.first - 1].type == TokenType::word && no_lower(word(c.first - 1));
        // "21 KOs", "24,576 GPUs": an acronym's plural.
        const bool acronym_plural = h.size() >= 3 && h.back() == 's' && no_lower(h.substr(0, h.size() - 1));
        const bool plural = !all_capitals && (looks_plural(lowered(head)) || acronym_plural);
        const bool acronym = all_capitals && h.size() <= 4 && (through || kind != FigureKind::money);
        // A ranking names a player, not what it counts: "world No. 37 Jana Klevec".
        const bool ranking = kind == FigureKind::ordinal && is_word(c.first, "no");
        if (!(plural || acronym || headline || (kind == FigureKind::ordinal && !ranking))) return {0, 0};
    }
    // A phrase that is only a verb or an adverb names nothing: "80 km/h closed two cranes".
    if (words == 1 && !noun_in_ing) {
        const std::string_view w = lowered(head);
        if (ends_with(w, "ed") || is_adverb(w) || ends_with(w, "ing")) return {0, 0};
    }
    // "great-grandchildren", "co-sponsors": the whole hyphenated word.
    std::size_t begin = head;
    while (begin >= 2 && is_symbol(begin - 1, "-") && glued(begin) && glued(begin - 1) &&
           tokens_[begin - 2].type == TokenType::word && begin - 2 > c.last)
        begin -= 2;
    // "CO2", "PM2.5": a code's digits are part of the noun.
    std::size_t end = head;
    while (end + 1 < tokens_.size() && glued(end + 1) &&
           (tokens_[end + 1].type == TokenType::digits ||
            (is_symbol(end + 1, ".") && end + 2 < tokens_.size() && glued(end + 2) &&
             tokens_[end + 2].type == TokenType::digits && tokens_[end].type == TokenType::digits)))
        end += tokens_[end + 1].type == TokenType::digits ? 1 : 2;
    // "40% year-on-year", "8.4 percent on-year": an adverbial of time.
    if (is_period_adverbial(lowered_text_of({tokens_[begin].begin, tokens_[end].end}))) return {0, 0};
    return {tokens_[begin].begin, tokens_[end].end};
}

}  // namespace newsutils
