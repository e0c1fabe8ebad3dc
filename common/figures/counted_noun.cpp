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
    return word.size() > suffix.size() + 2 && word.substr(word.size() - suffix.size()) == suffix;
}

}  // namespace

TextSpan ParagraphFigures::counted_noun(const Candidate& c) const {
    std::size_t k = c.last + 1;
    const FigureKind kind = c.figure.kind;
    // "the 98-seat chamber", "a 287-run target": the count's noun is the compound's second word.
    if ((kind == FigureKind::cardinal || kind == FigureKind::ordinal) && is_symbol(k, "-") && glued(k) &&
        glued(k + 1) && k + 1 < tokens_.size() && tokens_[k + 1].type == TokenType::word &&
        !(k + 2 < tokens_.size() && glued(k + 2))) {
        const LoweredWord w(word(k + 1));
        if (!lex_.noun_stops.contains(w.view()) && !reader_.number_word(k + 1))
            return {tokens_[k + 1].begin, tokens_[k + 1].end};
    }
    // "its first 10 weeks", "the first two days": an ordinal counts what the number after it counts.
    if (kind == FigureKind::ordinal && k < tokens_.size() && tokens_[k].space_before)
        if (const auto n = reader_.read(k); n && n->role == Numeral::Role::plain) k = n->last + 1;
    bool through = false;
    if (kind == FigureKind::money) {
        // "$1.2 billion in aid", not "$71,200 in Asian trading" or "in the quarter": a place or a time.
        if (is_word(k, "of") || (is_word(k, "in") && !capitalized(k + 1) && !is_word(k + 1, "the"))) {
            ++k;
            through = true;
        }
    } else if (is_word(k, "of")) {
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
    std::size_t head = tokens_.size();
    int words = 0;
    bool noun_in_ing = false;
    for (; k < tokens_.size() && words < kLongestPhrase; ++k) {
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
        const LoweredWord w_lowered(word(k));
        const std::string_view w = w_lowered;
        const bool word_follows = k + 1 < tokens_.size() && tokens_[k + 1].type == TokenType::word;
        // Words between the figure and its noun that are not the noun: "a seventh straight meeting",
        // "the third such deal", "14 more countries", "15 centrally contracted players".
        if (words == 0 && word_follows &&
            (w == "such" || w == "straight" || w == "consecutive" || w == "successive" || w == "more" ||
             ends_with(w, "ly")))
            continue;
        if (lex_.noun_stops.contains(w)) break;
        // "a 10th straight meeting,", "45W charging and": a noun in -ing ends its phrase.
        const bool ends_phrase = !word_follows || is_word(k + 1, "and") || is_word(k + 1, "or") ||
                                 lex_.noun_stops.contains(LoweredWord(word(k + 1)).view());
        if (ends_with(w, "ing") && ends_phrase &&
            !(head < tokens_.size() && looks_plural(LoweredWord(word(head)).view()))) {
            head = k;
            ++words;
            noun_in_ing = true;
            break;
        }
        // "new teaching posts", "14 operating theatres": an -ing word before a plural noun modifies it.
        if (words > 0 && ends_with(w, "ing") && word_follows && looks_plural(LoweredWord(word(k + 1)).view()) &&
            !lex_.noun_stops.contains(LoweredWord(word(k + 1)).view()))
            continue;
        // A verb or an adverb after the phrase's first word: "people fled", "workers walked out".
        if (words > 0 && (ends_with(w, "ed") || ends_with(w, "ly") || ends_with(w, "ing"))) break;
        if (reader_.number_word(k) || lex_.months.contains(w) || lex_.weekdays.contains(w)) break;
        head = k;
        ++words;
        // The first plural is the head, whatever follows: "the 120 berths stood idle".
        if (looks_plural(w)) break;
    }
    if (head == tokens_.size()) return {0, 0};
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
        const bool plural = !all_capitals && looks_plural(LoweredWord(h).view());
        const bool acronym = all_capitals && h.size() <= 4 && (through || kind != FigureKind::money);
        if (!(plural || acronym || headline || kind == FigureKind::ordinal)) return {0, 0};
    }
    // A phrase that is only a verb or an adverb names nothing: "80 km/h closed two cranes".
    if (words == 1 && !noun_in_ing) {
        const LoweredWord w_lowered(word(head));
        const std::string_view w = w_lowered;
        if (ends_with(w, "ed") || ends_with(w, "ly") || ends_with(w, "ing")) return {0, 0};
    }
    return {tokens_[head].begin, tokens_[head].end};
}

}  // namespace newsutils
