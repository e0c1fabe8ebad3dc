#include "figures/figure_finder.hpp"

#include <algorithm>
#include <cmath>

#include "figures/paragraph_figures.hpp"
#include "text/ascii_case.hpp"
#include "text/utf8.hpp"

namespace newsutils {

using Role = Numeral::Role;
using Type = NumberWord::Type;
using Percent = FigureLexicon::Percent;

namespace {

constexpr std::size_t kLongestPrefix = 12;  // bytes of a currency before its number ("U.S.$ ")

FigureKind kind_of(Role role) {
    switch (role) {
        case Role::ordinal: return FigureKind::ordinal;
        case Role::fraction: return FigureKind::fraction;
        case Role::multiplier: return FigureKind::multiplier;
        case Role::decade: return FigureKind::year;
        default: return FigureKind::cardinal;
    }
}

bool is_dash(std::string_view s) {
    return equals(s, "-") || equals(s, "\xE2\x80\x93") || equals(s, "\xE2\x80\x94");  // - – —
}

// An ISO code is money only in capitals: "USD 5", "5 million EUR"; "his pen 7 times" is no money.
bool written_as_code(std::string_view text) {
    return std::all_of(text.begin(), text.end(), utf8::is_ascii_upper);
}

// Whether a currency matched as `text` is written as it must be: a code in
// capitals, a wire abbreviation capitalized ("DM 4.5 mln", not "10 dm").
bool written_as_required(const Currency& currency, std::string_view text) {
    if (currency.is_code) return written_as_code(text);
    if (currency.capitalized) return !text.empty() && utf8::is_ascii_upper(text[0]);
    return true;
}

// The dollar of a dateline's city ("TORONTO, March 3 -" CAD), or empty.
std::string_view dateline_dollar(std::string_view text) {
    static constexpr std::pair<std::string_view, std::string_view> kDollarDatelines[] = {
        {"TORONTO", "CAD"},  {"MONTREAL", "CAD"},   {"VANCOUVER", "CAD"}, {"CALGARY", "CAD"},   {"OTTAWA", "CAD"},
        {"WINNIPEG", "CAD"}, {"EDMONTON", "CAD"},   {"SYDNEY", "AUD"},    {"MELBOURNE", "AUD"}, {"PERTH", "AUD"},
        {"BRISBANE", "AUD"}, {"WELLINGTON", "NZD"}, {"AUCKLAND", "NZD"},  {"HONG KONG", "HKD"}, {"SINGAPORE", "SGD"}};
    // Every city is written in capitals: a paragraph that does not open with two is turned away
    // before the fifteen comparisons, which every paragraph would otherwise make.
    if (text.size() < 2 || !utf8::is_ascii_upper(text[0]) || !utf8::is_ascii_upper(text[1])) return {};
    for (const auto& [city, code] : kDollarDatelines)
        if (text.starts_with(city) && text.size() > city.size() &&
            (text[city.size()] == ',' || text[city.size()] == ' '))
            return code;
    return {};
}

// Whether a sum is written in cents: "11 cents", "38 cts", "50 ct", "99¢" (not "36 per cent").
bool written_in_cents(std::string_view figure_text) {
    if (has_suffix(figure_text, "per cent") || has_suffix(figure_text, "percent")) return false;
    static constexpr std::string_view kCents[] = {"cents", "cent", "cts", "ct", "\xC2\xA2"};
    for (const std::string_view cents : kCents)
        if (figure_text.ends_with(cents)) return true;
    return false;
}

// What a bare partner is scaled by when it takes this figure's unit: "from 5 to 120 cents" makes
// 5 cents 0.05 USD, "from 25 to 50 basis points" 0.25 points.
double minor_factor(std::string_view figure_text) {
    if (written_in_cents(figure_text)) return 0.01;
    static constexpr std::string_view kBasisPoints[] = {"basis points", "basis point", "bps", "bp"};
    for (const std::string_view basis : kBasisPoints)
        if (figure_text.ends_with(basis)) return 0.01;
    return 1;
}

// Whether a character starting with these bytes may be a vulgar fraction: "½" (C2 BD), "¼" and "¾"
// are C2 BC to BE, "⅓" to "⅞" E2 85 93 to 9E. Most multi-byte symbols of news text are quotation
// marks and dashes (E2 80): told apart by two bytes, not by decoding them.
bool may_be_vulgar_fraction(std::string_view lead) {
    if (lead.size() < 2) return false;
    const auto first = static_cast<unsigned char>(lead[0]), second = static_cast<unsigned char>(lead[1]);
    return (first == 0xC2 && second >= 0xBC && second <= 0xBE) || (first == 0xE2 && second == 0x85);
}

bool is_minus(std::string_view s) {
    return equals(s, "-") || equals(s, "\xE2\x88\x92");  // - −
}

}  // namespace

bool looks_plural(std::string_view word) {
    if (equals(word, "people") || equals(word, "children") || equals(word, "men") || equals(word, "women") ||
        equals(word, "staff") || equals(word, "cattle") || equals(word, "livestock"))
        return true;
    // Not "-ss" ("loss"), "-is" ("cannabis", "crisis", "analysis") or "-us" ("bonus", "virus"),
    // nor the singulars in -s ("measles", "news", "series").
    if (word.size() <= 3 || word.back() != 's') return false;
    const char before = word[word.size() - 2];
    if (before == 's' || before == 'i' || before == 'u') return false;
    static const WordSet kSingulars = word_set_of(
        {"measles", "mumps", "rabies", "diabetes", "herpes", "news", "series", "species", "physics", "economics",
         "politics", "athletics", "gymnastics", "mathematics", "logistics", "electronics", "analytics"});
    return !kSingulars.contains(word);
}

void find_figures_in_pieces(std::string_view paragraph, const FigureLexicon& lexicon, std::vector<Figure>& figures,
                            FigureScratch& scratch, std::size_t longest_piece) {
    const auto read_piece = [&](std::size_t offset, std::size_t end) {
        const std::size_t first = figures.size();
        ParagraphFigures(paragraph.substr(offset, end - offset), lexicon, figures, scratch).run();
        if (offset > 0)
            for (std::size_t i = first; i < figures.size(); ++i)
                for (TextSpan* span : {&figures[i].span, &figures[i].approx, &figures[i].noun})
                    if (span->end > span->begin) {
                        span->begin += offset;
                        span->end += offset;
                    }
    };
    std::size_t offset = 0;
    while (paragraph.size() - offset > longest_piece) {
        // Cut after the last space of the piece's second half, else at a character's start.
        std::size_t cut = offset + longest_piece;
        if (const std::size_t space = paragraph.find_last_of(" \n", cut - 1);
            space != std::string_view::npos && space >= offset + longest_piece / 2)
            cut = space + 1;
        while (cut > offset + 1 && (static_cast<unsigned char>(paragraph[cut]) & 0xC0) == 0x80) --cut;
        read_piece(offset, cut);
        offset = cut;
    }
    read_piece(offset, paragraph.size());
}

void find_figures(std::string_view paragraph, const FigureLexicon& lexicon, std::vector<Figure>& figures,
                  FigureScratch& scratch) {
    // Tokens hold 32-bit offsets: a paragraph past 4 GiB (a raised --max-paragraph) is read in pieces.
    find_figures_in_pieces(paragraph, lexicon, figures, scratch, kLongestTokenizedText);
}

void find_figures(std::string_view paragraph, const FigureLexicon& lexicon, std::vector<Figure>& figures) {
    FigureScratch scratch;
    find_figures(paragraph, lexicon, figures, scratch);
}

ParagraphFigures::ParagraphFigures(std::string_view text, const FigureLexicon& lexicon, std::vector<Figure>& out,
                                   FigureScratch& scratch)
    : text_(text),
      lowered_((lower_ascii_into(text, scratch.lowered), scratch.lowered)),
      lex_(lexicon),
      out_(out),
      token_storage_(scratch.tokens),
      starts_(scratch.starts),
      address_marks_(scratch.address_marks),
      reader_(text, lowered_, tokens_, lexicon),
      addresses_(scratch.addresses),
      paragraph_first_(out.size()) {}

void ParagraphFigures::run() {
    index_tokens();
    mark_addresses();
    for (const std::size_t i : starts_) {
        if (i < next_) continue;
        if (in_address(tokens_[i].begin)) continue;
        if (const auto last = figure_at(i)) next_ = *last + 1;
    }
    share_units();
    read_from_context();
    share_units();  // again, for the sums read_from_context gave a currency
}

// Tokenizes the paragraph and, in the same pass, notes what every later
// step asks of each token: its number word, whether a figure may start at
// it, whether it marks an address.
void ParagraphFigures::index_tokens() {
    starts_.clear();
    address_marks_.clear();
    struct Indexer {
        std::string_view text;
        std::string_view lowered;
        const FigureLexicon& lexicon;
        std::vector<Token>& tokens;
        std::vector<std::size_t>& starts;
        std::vector<std::size_t>& marks;

        [[gnu::always_inline]] void digits(std::size_t i) {
            // ".25": the point may start the figure.
            const Token& t = tokens[i];
            if (i > 0 && tokens[i - 1].end == t.begin && text[tokens[i - 1].begin] == '.' &&
                tokens[i - 1].type == TokenType::symbol)
                starts.push_back(i - 1);
            starts.push_back(i);
        }
        [[gnu::always_inline]] void word(std::size_t i) {
            const Token& t = tokens[i];
            const std::string_view w(lowered.data() + t.begin, t.end - t.begin);  // a token lies in the text
            // Nineteen words in twenty are neither a number word nor one of kIndexedWords: a shape test,
            // nearly always false, turns them away before the tests below, whose branches on the word's
            // length the processor could not predict (cachegrind's branch simulation: a third of this
            // pass's mispredictions).
            if (!lexicon.indexed_word_shapes.may_hold(w)) return;
            const std::uint16_t number_word = lexicon.number_word_id(w);
            tokens[i].number_word = number_word;
            if (number_word != 0) {
                starts.push_back(i);
            } else if (w.size() <= 4) {
                // The words besides number words that may open a figure:
                // "a third", "half a million", "No. 5", "tens of thousands".
                // Compared by hand: a third of all words are this short.
                // Each must be in kIndexedWords too, or the shape test above turns it away.
                bool opens = false, mark = false;
                switch (w.size()) {
                    case 1: opens = w[0] == 'a'; break;
                    case 2: opens = equals(w, "an") || equals(w, "no"); break;
                    case 3:
                        opens = equals(w, "nos");
                        mark = equals(w, "www");
                        break;
                    default: opens = equals(w, "half") || equals(w, "tens");
                }
                if (opens) starts.push_back(i);
                if (mark) marks.push_back(i);
            } else if (equals(w, "quarter")) {
                starts.push_back(i);  // "quarter-point"
            }
        }
        void symbol(std::size_t i) {
            const Token& t = tokens[i];
            const char c = text[t.begin];
            if (c == '@' || c == ':')
                marks.push_back(i);
            else if (static_cast<unsigned char>(c) >= 0x80 && may_be_vulgar_fraction(text.substr(t.begin, 2)) &&
                     vulgar_fraction(utf8::decode_at(text, t.begin).code_point))
                starts.push_back(i);
        }
    } indexer{text_, lowered_, lex_, token_storage_, starts_, address_marks_};
    // Two statements: tokenize() may move the storage, and the order a call's arguments are read in is
    // the compiler's choice.
    const std::size_t count = tokenize(text_, token_storage_, indexer);
    tokens_.assign(token_storage_.data(), count);
}

// URLs and e-mail addresses hold numbers that are no figures: "https://x.com/2024/05", "jane2@x.org".
// Only the runs of non-space text around an "@", a ":" or a "www" are looked at, each once.
void ParagraphFigures::mark_addresses() {
    addresses_.clear();
    address_cursor_ = 0;
    std::size_t checked = 0;  // tokens before this are in a run looked at already
    for (const std::size_t i : address_marks_) {
        if (i < checked) continue;
        std::size_t first = i, last = i;
        while (first > checked && !tokens_[first].space_before) --first;
        while (last + 1 < tokens_.size() && !tokens_[last + 1].space_before) ++last;
        checked = last + 1;
        const std::size_t begin = tokens_[first].begin, end = tokens_[last].end;
        const std::string_view run = text_.substr(begin, end - begin);
        const auto at = run.find('@');
        if (run.find("://") != std::string_view::npos || has_prefix(run, "www.") ||
            (at != std::string_view::npos && at > 0 && run.find('.', at) != std::string_view::npos))
            addresses_.push_back({begin, end});
    }
}

bool ParagraphFigures::in_address(std::size_t byte) {
    // Asked in text order: the addresses wholly before `byte` are done with.
    while (address_cursor_ < addresses_.size() && addresses_[address_cursor_].end <= byte) ++address_cursor_;
    return address_cursor_ < addresses_.size() && byte >= addresses_[address_cursor_].begin;
}

bool ParagraphFigures::capitalized(std::size_t k) const {
    if (k >= tokens_.size() || tokens_[k].type != TokenType::word) return false;
    // Nearly every word starts with an ASCII letter, whose case is a comparison: the rules ask
    // this of the words around every number, and decoding is for the others.
    const char first = text_[tokens_[k].begin];
    if (static_cast<unsigned char>(first) < 0x80) return utf8::is_ascii_upper(first);
    return utf8::is_upper(utf8::decode_at(text_, tokens_[k].begin).code_point);
}

// Whether token `k` starts a sentence: the paragraph's start, or after ". ", "! ", "? ", ": " or an opening quote.
bool ParagraphFigures::sentence_start(std::size_t k) const {
    std::size_t j = k;
    while (j > 0 && tokens_[j - 1].type == TokenType::symbol) {
        const std::string_view s = word(j - 1);
        if (equals(s, ".") || equals(s, "!") || equals(s, "?") || equals(s, ":")) return true;
        if (!equals(s, "\"") && !equals(s, "\xE2\x80\x9C") && !equals(s, "(") && !equals(s, "'") &&
            !equals(s, "\xE2\x80\x98"))
            return false;
        --j;
    }
    return j == 0;
}

std::size_t ParagraphFigures::token_at_or_after(std::size_t byte) const {
    const auto it = std::lower_bound(tokens_.begin(), tokens_.end(), byte,
                                     [](const Token& t, std::size_t b) { return t.begin < b; });
    return static_cast<std::size_t>(it - tokens_.begin());
}

ParagraphFigures::Candidate ParagraphFigures::from_numeral(const Numeral& n, FigureKind kind) const {
    Candidate c{n.first, n.last, {}, n.scale, n.has_decimal, n.from_digits, n.grouped};
    c.figure.span = {tokens_[n.first].begin, tokens_[n.last].end};
    c.figure.kind = kind;
    c.figure.value = n.value;
    return c;
}

// "a half-point cut", "quarter-point moves": a fraction of a percentage point.
std::optional<ParagraphFigures::Candidate> ParagraphFigures::point_fraction(std::size_t i) const {
    const double value = is_word(i, "half") ? 0.5 : is_word(i, "quarter") ? 0.25 : 0;
    if (value == 0 || !is_symbol(i + 1, "-") || !glued(i + 1) || !glued(i + 2)) return std::nullopt;
    std::size_t last = i + 2;
    if (is_word(last, "percentage") && is_symbol(last + 1, "-") && glued(last + 1) && glued(last + 2)) last += 2;
    if (!is_word(last, "point")) return std::nullopt;
    Candidate c{i, last, {}, 1, true, false};
    c.figure.span = {tokens_[i].begin, tokens_[last].end};
    c.figure.kind = FigureKind::percent;
    c.figure.value = value;
    c.figure.unit = "point";
    return c;
}

std::optional<std::size_t> ParagraphFigures::figure_at(std::size_t i) {
    // "a"/"an" open a figure only before a number word or a denominator ("a dozen", "a third"); one word
    // in fifty is an article, so they are turned away here, before the rules.
    if ((is_word(i, "a") || is_word(i, "an")) && !reader_.number_word(i + 1) && !reader_.denominator(i + 1))
        return std::nullopt;
    if (tokens_[i].type == TokenType::word) {
        if (auto c = point_fraction(i)) {
            const std::size_t last = c->last;
            emit(std::move(*c));
            return last;
        }
        if (auto c = article_figure(i)) {
            attach_before(*c);
            attach_range(*c);
            const std::size_t last = c->last;
            emit(std::move(*c));
            return last;
        }
        // "No. 5": an ordinal (the spec).
        if ((is_word(i, "no") || is_word(i, "nos")) && capitalized(i) && is_symbol(i + 1, ".") && glued(i + 1) &&
            i + 2 < tokens_.size() && tokens_[i + 2].type == TokenType::digits) {
            if (auto n = reader_.read(i + 2); n && !n->has_decimal) {
                Candidate c = from_numeral(*n, FigureKind::ordinal);
                c.first = i;
                c.figure.span.begin = tokens_[i].begin;
                const std::size_t last = c.last;
                emit(std::move(c));
                return last;
            }
        }
    }
    auto n = reader_.read(i);
    if (!n) return std::nullopt;
    // A live blog's match minute at the start of a line: "67' GOAL!", "90+3' Yellow card".
    // (The mark is tested before the line break is looked for: every number is asked.)
    if (n->from_digits && n->first == n->last && !n->has_decimal && word(i).size() <= 3 && n->value <= 130 &&
        i + 1 < tokens_.size() && glued(i + 1) && (is_symbol(i + 1, "'") || is_symbol(i + 1, "\xE2\x80\x99")) &&
        (i + 2 >= tokens_.size() || tokens_[i + 2].space_before) &&
        (i == 0 || text_.substr(tokens_[i - 1].end, tokens_[i].begin - tokens_[i - 1].end).find('\n') !=
                       std::string_view::npos)) {
        Candidate c = from_numeral(*n, FigureKind::duration);
        c.figure.unit = "minute";
        c.last = i + 1;
        c.figure.span.end = tokens_[i + 1].end;
        out_.push_back(std::move(c.figure));  // no noun: what follows is the minute's event
        return i + 1;
    }
    // "#3 in Travel": a rank.
    if (i > 0 && is_symbol(i - 1, "#") && glued(i) && n->from_digits && n->first == n->last && !n->has_decimal &&
        word(i).size() <= 3 && i - 1 >= next_ && !(i >= 2 && glued(i - 1))) {
        Candidate c = from_numeral(*n, FigureKind::ordinal);
        c.first = i - 1;
        c.figure.span.begin = tokens_[i - 1].begin;
        const std::size_t last = c.last;
        emit(std::move(c));
        return last;
    }
    // A code is its whole run of text: "CVE-2024-38063" holds no second figure.
    if (is_name_or_code(*n)) {
        std::size_t last = n->last;
        while (last + 1 < tokens_.size() && !tokens_[last + 1].space_before) ++last;
        return last;
    }
    if (auto c = label(*n)) {
        const std::size_t last = c->last;
        emit(std::move(*c));
        return last;
    }
    if (auto c = quantity(*n)) {
        const std::size_t last = c->last;
        emit(std::move(*c));
        return last;
    }
    return n->last;
}

// Figures that begin with "a" or "an": "a third", "a dozen", "a million", "a half".
// "half a million" and "half a dozen" begin with "half".
std::optional<ParagraphFigures::Candidate> ParagraphFigures::article_figure(std::size_t i) {
    const bool article = is_word(i, "a") || is_word(i, "an");
    const bool half = is_word(i, "half");
    if (!article && !half) return std::nullopt;
    std::size_t k = i + 1;
    if (half) {
        if (!(is_word(k, "a") || is_word(k, "an"))) return std::nullopt;
        ++k;
    }
    if (k >= tokens_.size() || point_fraction(k)) return std::nullopt;
    Candidate c{i, k, {}, 1, false, false};
    c.figure.span = {tokens_[i].begin, tokens_[k].end};
    const double factor = half ? 0.5 : 1.0;
    const NumberWord* w = reader_.number_word(k);
    if (w && w->type == Type::dozen) {  // "a dozen", "half a dozen"
        c.figure.kind = FigureKind::cardinal;
        c.figure.value = factor * w->value;
        return c;
    }
    if (w && w->type == Type::scale) {
        if (w->value < 100 || word(k).size() <= 3) return std::nullopt;
        // "a million", "a hundred thousand", "half a million".
        auto rest = reader_.read(k);
        if (!rest) return std::nullopt;
        c.last = rest->last;
        c.figure.span.end = tokens_[rest->last].end;
        c.figure.kind = rest->role == Role::fraction ? FigureKind::fraction : FigureKind::cardinal;
        c.figure.value = factor * rest->value;
        Numeral as_numeral = *rest;
        as_numeral.value = *c.figure.value;
        attach_after(c, as_numeral, false);
        return c;
    }
    if (half) return std::nullopt;
    // "a third", "a fifth", "a twenty-first"; "a quarter million".
    Numeral fraction;
    fraction.first = i;
    if (const auto d = reader_.denominator(k)) {
        const std::string_view w_text = lowered(k);
        if (w_text.back() == 's' && !equals(w_text, "halves")) return std::nullopt;
        // "for a ninth day", "a second term": an ordinal before its noun; "a third of", "a third" fractions.
        if (const NumberWord* ordinal = reader_.number_word(k);
            ordinal && ordinal->type == Type::ordinal && k + 1 < tokens_.size() &&
            tokens_[k + 1].type == TokenType::word && !is_word(k + 1, "of") &&
            !lex_.noun_stops.contains(lowered(k + 1)) && !reader_.number_word(k + 1))
            return std::nullopt;
        // "a fourth-generation model", "a second-term president": the ordinal of a compound.
        if (const NumberWord* ordinal = reader_.number_word(k);
            ordinal && ordinal->type == Type::ordinal && is_symbol(k + 1, "-") && glued(k + 1) && glued(k + 2) &&
            k + 2 < tokens_.size() && tokens_[k + 2].type == TokenType::word)
            return std::nullopt;
        fraction.value = 1 / *d;
        fraction.last = k;
    } else if (w && w->type == Type::ten && is_symbol(k + 1, "-")) {
        return std::nullopt;
    } else {
        return std::nullopt;
    }
    c.figure.kind = FigureKind::fraction;
    c.figure.value = fraction.value;
    if (const NumberWord* scale = reader_.number_word(k + 1);
        scale && scale->type == Type::scale && scale->value >= 1000 && word(k + 1).size() > 3) {
        c.figure.kind = FigureKind::cardinal;
        c.figure.value = fraction.value * scale->value;
        c.last = k + 1;
        c.figure.span.end = tokens_[k + 1].end;
        fraction.value = *c.figure.value;
        fraction.scale = scale->value;
        fraction.last = k + 1;
        attach_after(c, fraction, false);
        return c;
    }
    // "a quarter of a percentage point", "a third of the budget".
    if (c.figure.kind == FigureKind::fraction && is_word(k + 1, "of") && (is_word(k + 2, "a") || is_word(k + 2, "an")))
        if (const auto p = lex_.percents.match_at(text_, tokens_[std::min(k + 3, tokens_.size() - 1)].begin);
            p && k + 3 < tokens_.size() && *p->payload != Percent::percent) {
            c.figure.kind = FigureKind::percent;
            c.figure.unit = "point";
            if (*p->payload == Percent::basis) c.figure.value = *c.figure.value / 100;
            c.last = token_at_or_after(p->end) - 1;
            c.figure.span.end = p->end;
        }
    return c;
}

std::optional<ParagraphFigures::Candidate> ParagraphFigures::quantity(const Numeral& n_in) {
    Numeral n = n_in;
    // The pronoun "one" and the partitive "one of" are no figures; "one person" is.
    if (!n.from_digits && n.first == n.last && n.role == Role::plain && n.value == 1) {
        const std::size_t k = n.last + 1;
        const bool before_word =
            k < tokens_.size() && tokens_[k].type == TokenType::word && !lex_.noun_stops.contains(lowered(k));
        const bool unit_after = k < tokens_.size() && (lex_.units.match_at(text_, tokens_[k].begin) ||
                                                       lex_.currency_after.match_at(text_, tokens_[k].begin) ||
                                                       lex_.percents.match_at(text_, tokens_[k].begin));
        const bool determiner_before = n.first > 0 && (is_word(n.first - 1, "the") || is_word(n.first - 1, "this") ||
                                                       is_word(n.first - 1, "that") || is_word(n.first - 1, "no") ||
                                                       is_word(n.first - 1, "any") || is_word(n.first - 1, "every") ||
                                                       is_word(n.first - 1, "which") || is_word(n.first - 1, "each"));
        const bool fraction_after = is_word(k, "in") || (is_word(k, "out") && is_word(k + 1, "of"));
        const bool comparison = is_word(k, "fewer") || is_word(k, "more") || is_word(k, "less");  // "one fewer than"
        // "its biggest one-day loss", "five to one".
        const bool hyphen_unit =
            is_symbol(k, "-") && glued(k) && glued(k + 1) && k + 1 < tokens_.size() && is_unit_at(tokens_[k + 1].begin);
        const bool ratio = n.first >= 2 && is_word(n.first - 1, "to") && reader_.read(n.first - 2).has_value();
        const bool and_a_half = and_a_half_end(k) != 0;
        const bool signed_one = n.first > 0 && (is_word(n.first - 1, "minus") || is_word(n.first - 1, "negative"));
        if (determiner_before || (!before_word && !unit_after && !fraction_after && !comparison && !hyphen_unit &&
                                  !ratio && !and_a_half && !signed_one))
            return std::nullopt;
    }
    // "tens of thousands", "hundreds of thousands": the least both imply.
    if (is_word(n.first, "tens") || n.role == Role::vague) {
        const double tens = is_word(n.first, "tens") ? 20 : n.value;
        if (is_word(n.last + 1, "of"))
            if (const NumberWord* w = reader_.number_word(n.last + 2);
                w && w->type == Type::vague && w->value >= 2000) {
                n.value = tens * w->value / 2;
                n.last += 2;
                n.role = Role::vague;
            }
        if (is_word(n.first, "tens") && n.role != Role::vague) return std::nullopt;
    }
    // "one and a half", "two and a half million", "five-and-a-half per cent", "three-and-a-half-year".
    if (const std::size_t half_end = and_a_half_end(n.last + 1);
        !n.from_digits && n.role == Role::plain && half_end != 0) {
        n.value += 0.5;
        n.last = half_end;
        if (const NumberWord* w = reader_.number_word(n.last + 1); w && w->type == Type::scale && w->value >= 1000) {
            n.value *= w->value;
            n.last += 1;
        }
    }
    // "second to last", "third from last": positions counted from the end are relative, no figure.
    if (n.role == Role::ordinal && !n.from_digits && (is_word(n.last + 1, "to") || is_word(n.last + 1, "from")) &&
        is_word(n.last + 2, "last"))
        return std::nullopt;
    Candidate c = from_numeral(n, kind_of(n.role));
    // "over five quarters": more quarters than a whole are a time, the financial quarter.
    const auto has_and = [&] {
        for (std::size_t k = n.first; k <= n.last; ++k)
            if (is_word(k, "and")) return true;
        return false;
    };
    if (n.role == Role::fraction && !n.from_digits && is_word(n.last, "quarters") && n.value >= 1 &&
        std::trunc(n.value * 4) == n.value * 4 && !is_word(n.last + 1, "of") && !has_and()) {
        c.figure.kind = FigureKind::duration;
        c.figure.value = n.value * 4;
        c.figure.unit = "quarter";
        attach_before(c);
        return c;
    }
    // "1 in 5", "two out of three": fractions; "rated 4.7 out of 5", "19 times out of 20" too.
    const bool out_of = is_word(n.last + 1, "out") && is_word(n.last + 2, "of");
    const bool times_out_of = is_word(n.last + 1, "times") && is_word(n.last + 2, "out") && is_word(n.last + 3, "of");
    if (n.role == Role::plain && (std::trunc(n.value) == n.value || out_of)) {
        std::size_t k = n.last + 1;
        if (times_out_of) ++k;
        // "1-in-83": the same, hyphenated.
        const bool hyphenated = is_symbol(k, "-") && glued(k) && is_word(k + 1, "in") && glued(k + 1) &&
                                is_symbol(k + 2, "-") && glued(k + 2) && glued(k + 3);
        if (hyphenated) ++k;
        std::size_t skip = is_word(k, "in")                              ? (hyphenated ? 2 : 1)
                           : (is_word(k, "out") && is_word(k + 1, "of")) ? 2
                                                                         : 0;
        // "1 in 2024" is a date's year; "1 in 1,000" a fraction.
        if (skip)
            if (auto m = reader_.read(k + skip); m && m->role == Role::plain && std::trunc(m->value) == m->value &&
                                                 m->value > n.value && m->value > 0 && m->scale == 1 &&
                                                 !(m->from_digits && m->integer_digits == 4 && !m->grouped)) {
                c.figure.kind = FigureKind::fraction;
                c.figure.value = n.value / m->value;
                c.last = m->last;
                c.figure.span.end = tokens_[m->last].end;
                attach_before(c);
                return c;
            }
    }
    // "half a percentage point", "three quarters of a point": a fraction of a percentage point.
    if (n.role == Role::fraction && !n.from_digits) {
        std::size_t k = n.last + 1;
        if (is_word(k, "of")) ++k;
        // Not a bare "half a point", which may be a game's.
        if ((is_word(k, "a") || is_word(k, "an")) && k + 1 < tokens_.size() && !is_word(k + 1, "point"))
            if (const auto p = lex_.percents.match_at(text_, tokens_[k + 1].begin);
                p && *p->payload != Percent::percent) {
                c.figure.kind = FigureKind::percent;
                c.figure.unit = "point";
                if (*p->payload == Percent::basis) c.figure.value = *c.figure.value / 100;
                c.last = token_at_or_after(p->end) - 1;
                c.figure.span.end = p->end;
                attach_before(c);
                return c;
            }
    }
    if (n.role == Role::plain || n.role == Role::vague || n.role == Role::fraction || n.role == Role::dozen) {
        attach_after(c, n, true);
        // "N times as many", "2.5 times": multipliers; "downloaded 50 million times" counts.
        if (c.figure.kind == FigureKind::cardinal && is_word(c.last + 1, "times") && n.role == Role::plain) {
            static const WordSet kComparison =
                word_set_of({"as", "the", "more", "less", "bigger", "larger", "higher", "greater", "faster", "than",
                             "that", "what", "its", "their", "his", "her", "over"});
            const std::size_t k = c.last + 2;
            // Or any comparative before "than": "five times longer than", "three times cheaper than".
            const bool comparative = k + 1 < tokens_.size() && tokens_[k].type == TokenType::word &&
                                     word(k).size() > 3 && has_suffix(word(k), "er") && is_word(k + 1, "than");
            const bool comparison = comparative || (k < tokens_.size() && tokens_[k].type == TokenType::word &&
                                                    kComparison.contains(lowered(k)));
            // "about 3.4 times annual revenue": a count of events is never a fraction.
            if (comparison || n.has_decimal) {
                c.figure.kind = FigureKind::multiplier;
                c.last += 1;
                c.figure.span.end = tokens_[c.last].end;
            }
        }
        // "threefold" is a word of its own; "3-fold", "10 fold", "2x".
        if (c.figure.kind == FigureKind::cardinal && n.role == Role::plain) {
            std::size_t k = c.last + 1;
            if (is_symbol(k, "-") && glued(k) && glued(k + 1)) ++k;
            if (is_word(k, "fold") || (is_word(k, "x") && glued(k) && k == c.last + 1)) {
                c.figure.kind = FigureKind::multiplier;
                c.last = k;
                c.figure.span.end = tokens_[k].end;
            }
        }
        // An exchange rate: "the rupee weakened to 83.42 per dollar" is money, in rupees.
        if (c.figure.kind == FigureKind::cardinal && n.role == Role::plain)
            if (const Currency* currency = exchange_rate_currency(c)) {
                c.figure.kind = FigureKind::money;
                c.figure.unit = currency->code;
            }
    }
    attach_before(c);
    if (c.figure.kind != FigureKind::multiplier) attach_range(c);
    // "the voting age to 16", "at the age of 17", "the 18-24 age group": ages.
    if (c.figure.kind == FigureKind::cardinal && c.figure.value && *c.figure.value >= 0 && *c.figure.value <= 120 &&
        std::trunc(*c.figure.value) == *c.figure.value) {
        const bool age_before =
            c.first >= 2 && is_word(c.first - 2, "age") &&
            (is_word(c.first - 1, "to") || is_word(c.first - 1, "of") || is_word(c.first - 1, "at"));
        const bool age_after =
            is_word(c.last + 1, "age") && (is_word(c.last + 2, "group") || is_word(c.last + 2, "groups") ||
                                           is_word(c.last + 2, "bracket") || is_word(c.last + 2, "range"));
        if (age_before || age_after) {
            c.figure.kind = FigureKind::age;
            c.figure.unit = "year";
        }
    }
    return c;
}

// The last token of "and a half" starting at `k`, spaced or hyphenated ("five-and-a-half"), or 0.
std::size_t ParagraphFigures::and_a_half_end(std::size_t k) const {
    if (is_word(k, "and") && is_word(k + 1, "a") && is_word(k + 2, "half")) return k + 2;
    if (is_symbol(k, "-") && glued(k) && is_word(k + 1, "and") && glued(k + 1) && is_symbol(k + 2, "-") &&
        glued(k + 2) && is_word(k + 3, "a") && glued(k + 3) && is_symbol(k + 4, "-") && glued(k + 4) &&
        is_word(k + 5, "half") && glued(k + 5))
        return k + 5;
    return 0;
}

// The currency a bare number is the price of, when a rate against another
// follows it ("83.42 per dollar", "0.9410 per euro") and the sentence named
// the first before it ("the rupee weakened to", "the Turkish lira hit").
const Currency* ParagraphFigures::exchange_rate_currency(const Candidate& c) const {
    std::size_t k = c.last + 1;
    if (!(is_word(k, "per") || is_word(k, "a") || is_word(k, "against"))) return nullptr;
    ++k;
    if (is_word(k, "the") || is_word(k, "one") || is_word(k, "each")) ++k;
    if (k >= tokens_.size()) return nullptr;
    const auto against = lex_.currency_after.match_at(text_, tokens_[k].begin);
    if (!against || against->payload->is_code) return nullptr;
    constexpr std::size_t kLookBack = 40;  // tokens: the sentence the rate is in
    for (std::size_t j = c.first; j > 1 && j + kLookBack > c.first;) {
        --j;
        if (tokens_[j].type == TokenType::symbol) {
            const std::string_view s = word(j);
            if ((equals(s, ".") || equals(s, "!") || equals(s, "?") || equals(s, ";")) && j + 1 < tokens_.size() &&
                tokens_[j + 1].space_before)
                return nullptr;
            continue;
        }
        // "the rupee", "the Indian rupee", "Turkey's lira".
        const bool possessive = j > 2 && is_word(j - 1, "s") && glued(j - 1) &&
                                (is_symbol(j - 2, "'") || is_symbol(j - 2, "\xE2\x80\x99")) && glued(j - 2);
        if (tokens_[j].type != TokenType::word ||
            !(is_word(j - 1, "the") || (j > 1 && is_word(j - 2, "the")) || possessive))
            continue;
        const auto named = lex_.currency_after.match_at(text_, tokens_[j].begin);
        if (named && !named->payload->is_code && named->payload->factor == 1 &&
            named->payload->code != against->payload->code)
            return named->payload;
    }
    return nullptr;
}

// "5m": five million, or five metres? Million before a plural noun phrase
// ("3.2m loyalty-card members", "15m to 17m units"), and with one decimal
// ("adding 5.1m in the quarter") unless a measure's word follows ("2.4m
// high"); metres otherwise, and to the centimetre ("a throw of 67.90m").
bool ParagraphFigures::reads_as_metres(const Numeral& n) const {
    std::size_t after = n.last + 1;
    if ((is_word(after, "to") || is_symbol(after, "-") || is_word(after, "or")) && after + 2 < tokens_.size() &&
        tokens_[after + 1].type == TokenType::digits && is_word(after + 2, "m") && glued(after + 2))
        after += 3;
    bool plural_after = false;
    for (std::size_t j = after, words = 0; j < tokens_.size() && words < 3; ++j) {
        if (is_symbol(j, "-") && glued(j) && glued(j + 1)) continue;
        if (tokens_[j].type != TokenType::word) break;
        const std::string_view w = lowered(j);
        if (lex_.noun_stops.contains(w) || reader_.number_word(j)) break;
        ++words;
        if (looks_plural(w)) {
            plural_after = true;
            break;
        }
    }
    const bool measure_after = is_word(after, "high") || is_word(after, "tall") || is_word(after, "long") ||
                               is_word(after, "deep") || is_word(after, "wide") || is_word(after, "thick") ||
                               is_word(after, "away") || is_word(after, "below") || is_word(after, "above");
    // A race: "the 400m hurdles", "the 200m freestyle", "a 4x100m relay".
    static const WordSet kRaces =
        word_set_of({"hurdles", "freestyle", "butterfly", "backstroke", "breaststroke", "medley", "relay", "sprint",
                     "dash", "steeplechase", "final", "race", "title", "heat", "record"});
    if (after < tokens_.size() && tokens_[after].type == TokenType::word && kRaces.contains(lowered(after)))
        return true;
    const bool one_decimal =
        n.has_decimal && n.last > 0 && tokens_[n.last - 1].type == TokenType::digits && word(n.last - 1).size() == 1;
    return !plural_after && !(one_decimal && !measure_after);
}

// Units, currencies and percentages after the number: "5 km", "3.5%", "120 tenge", "164p", "49-year-old".
bool ParagraphFigures::attach_after(Candidate& c, const Numeral& n, bool allow_letter_scale) {
    std::size_t k = c.last + 1;
    if (k >= tokens_.size()) {
        // "He is 1.8m": the paragraph's last word.
        if (!(n.letter_scale && allow_letter_scale && equals(word(n.last), "m") && reads_as_metres(n))) return false;
        c.figure.value = *c.figure.value / n.scale;
        c.figure.kind = FigureKind::dimension;
        c.figure.unit = "m";
        return true;
    }
    // "Updated 2m ago": minutes, not millions.
    if (n.letter_scale && equals(word(n.last), "m") && is_word(k, "ago")) {
        c.figure.value = *c.figure.value / n.scale;
        c.figure.kind = FigureKind::duration;
        c.figure.unit = "minute";
        return true;
    }
    const bool hyphen = is_symbol(k, "-") && glued(k) && glued(k + 1) && k + 1 < tokens_.size();
    const std::size_t at = hyphen ? k + 1 : k;
    const std::size_t pos = tokens_[at].begin;
    const double value = *c.figure.value;
    // "1-2 business days", "five working days": a kind of day is still a day.
    if (!hyphen && (is_word(at, "business") || is_word(at, "working") || is_word(at, "calendar") ||
                    is_word(at, "school") || is_word(at, "trading")))
        if (const auto u = lex_.units.match_at(text_, tokens_[at + 1 < tokens_.size() ? at + 1 : at].begin);
            u && at + 1 < tokens_.size() && u->payload->kind == UnitKind::duration && attach_unit(c, at + 1, value))
            return true;
    // Percent: "3.5%", "3.5 per cent", "25 basis points", "a half-point move".
    if (const auto p = lex_.percents.match_at(text_, pos)) {
        const bool bare_point = equals(word(at), "point") || equals(word(at), "points");
        if (!(bare_point && !hyphen)) {  // "412 points" is a count of index points
            c.figure.kind = FigureKind::percent;
            if (*p->payload != Percent::percent) c.figure.unit = "point";
            if (*p->payload == Percent::basis) c.figure.value = value / 100;
            c.last = token_at_or_after(p->end) - 1;
            c.figure.span.end = p->end;
            return true;
        }
    }
    // Money named after the number: "3 trillion yen", "120 tenge", "5 million US dollars".
    // Not the code of the next quote after a price with its symbol: "GOLD $2,611.40  EUR/USD 1.0842".
    const bool symbol_before = c.first > 0 && glued(c.first) && tokens_[c.first - 1].type == TokenType::symbol &&
                               lex_.currency_before.match_at(text_, tokens_[c.first - 1].begin);
    if (!hyphen)
        if (const auto m = lex_.currency_after.match_at(text_, pos);
            m && written_as_required(*m->payload, text_.substr(m->begin, m->end - m->begin)) &&
            !(symbol_before && m->payload->is_code)) {
            c.figure.kind = FigureKind::money;
            c.figure.unit = m->payload->code;
            c.last = token_at_or_after(m->end) - 1;
            c.figure.span.end = m->end;
            add_minor_units(c);
            return true;
        }
    // A currency sign after the number, as French and German copy write it: "3,75 $", "249 €";
    // not the sign of the next sum ("5 $1 bets", "$ 20,000.00 $ 37,305.97").
    if (!hyphen && !symbol_before)
        if (const auto m = lex_.currency_before.match_at(text_, pos);
            m && tokens_[at].type == TokenType::symbol && token_at_or_after(m->end) == at + 1 &&
            !(at + 1 < tokens_.size() && ((glued(at + 1) && tokens_[at + 1].type != TokenType::symbol) ||
                                          tokens_[at + 1].type == TokenType::digits))) {
            c.figure.kind = FigureKind::money;
            c.figure.unit = m->payload->code;
            c.last = at;
            c.figure.span.end = m->end;
            return true;
        }
    // "tens of thousands of dollars", "millions of pounds": money through "of".
    if (!hyphen && (n.role == Role::vague || c.scale > 1) && is_word(at, "of") && at + 1 < tokens_.size())
        if (const auto m = lex_.currency_after.match_at(text_, tokens_[at + 1].begin);
            m && !m->payload->is_code && m->payload->factor == 1) {
            c.figure.kind = FigureKind::money;
            c.figure.unit = m->payload->code;
            c.last = token_at_or_after(m->end) - 1;
            c.figure.span.end = m->end;
            return true;
        }
    // Cents and pence: "98 cents" is 0.98 USD, "164p" 1.64 GBP.
    if (!hyphen && n.scale == 1)
        if (const auto s = lex_.subunits.match_at(text_, pos)) {
            const bool one_letter = s->end - s->begin == 1;
            if (!one_letter || glued(at)) {
                c.figure.kind = FigureKind::money;
                c.figure.unit = s->payload->code;
                c.figure.value = value / std::round(1 / s->payload->factor);  // 164 / 100, exact as written
                c.last = token_at_or_after(s->end) - 1;
                c.figure.span.end = s->end;
                return true;
            }
        }
    if (n.letter_scale && !allow_letter_scale) return false;
    if (n.letter_scale && equals(word(n.last), "m") && reads_as_metres(n)) {
        c.figure.value = value / n.scale;
        c.figure.kind = FigureKind::dimension;
        c.figure.unit = "m";
        return true;
    }
    // "6ft 4in": inches glued after a height in feet ("in" alone is the preposition).
    if (!hyphen && is_word(at, "in") && glued(at) && c.first >= 1 &&
        (is_word(c.first - 1, "ft") || is_word(c.first - 1, "feet") || is_word(c.first - 1, "foot"))) {
        c.figure.kind = FigureKind::dimension;
        c.figure.unit = "inch";
        c.last = at;
        c.figure.span.end = tokens_[at].end;
        return true;
    }
    return attach_unit(c, at, *c.figure.value);
}

// "3 dollars 50 cents", "thirteen dollars and forty-five cents": the minor units belong to the figure.
void ParagraphFigures::add_minor_units(Candidate& c) {
    std::size_t k = c.last + 1;
    if (is_word(k, "and")) ++k;
    const auto m = reader_.read(k);
    if (!m || m->role != Role::plain || m->value >= 100 || m->scale > 1 || m->has_decimal) return;
    if (const auto s = lex_.subunits.match_at(text_, tokens_[std::min(m->last + 1, tokens_.size() - 1)].begin);
        s && m->last + 1 < tokens_.size() && s->end - s->begin > 1) {
        c.figure.value = *c.figure.value + m->value / std::round(1 / s->payload->factor);
        c.last = token_at_or_after(s->end) - 1;
        c.figure.span.end = s->end;
        return;
    }
    // "15 dollars 50.", "13 dollars forty five": the cents told bare, at the end of a clause.
    const std::size_t after = m->last + 1;
    if (after >= tokens_.size() || (tokens_[after].type == TokenType::symbol && !is_symbol(after, "-"))) {
        c.figure.value = *c.figure.value + m->value / 100;
        c.last = m->last;
        c.figure.span.end = tokens_[m->last].end;
    }
}

// A unit at token `k`: "1,200 km", "-12C", "104 degrees Fahrenheit", "18 months", "49-year-old".
bool ParagraphFigures::attach_unit(Candidate& c, std::size_t k, double value) {
    if (k >= tokens_.size()) return false;
    const auto u = lex_.units.match_at(text_, tokens_[k].begin);
    if (!u || u->payload->kind == UnitKind::counted) return false;
    const std::size_t length = u->end - u->begin;
    // One-letter units ("C", "m", "t") only glued to the number: "-12C", "1.8m"; a capital
    // one before a word is a code ("the 13F filing", "a Boeing 777F to").
    // One lower-case letter apart from the number only closing a phrase or before a measure's word:
    // "(1.2 m)", "roughly 400 m thick"; not "5 m" before a word, where it may be anything.
    if (length == 1 && !glued(k)) {
        const char letter = text_[u->begin];
        const std::size_t after = k + 1;
        const bool closes =
            after >= tokens_.size() || tokens_[after].type == TokenType::symbol ||
            (letter != 'm' && (is_word(after, "and") || is_word(after, "or") || is_word(after, "of"))) ||
            is_word(after, "thick") || is_word(after, "high") || is_word(after, "tall") || is_word(after, "long") ||
            is_word(after, "deep") || is_word(after, "wide") ||
            // "· 187 g\nPrice: €799": the end of a line of page text.
            (after < tokens_.size() && text_.substr(tokens_[k].end, tokens_[after].begin - tokens_[k].end).find('\n') !=
                                           std::string_view::npos) ||
            // "cleared 2.06 m at the third attempt": metres before a function word, unless a sum.
            (letter == 'm' && tokens_[after].type == TokenType::word && !is_word(after, "and") &&
             !is_word(after, "or") && !is_word(after, "of") && lex_.noun_stops.contains(lowered(after)) &&
             !lex_.currency_before.match_before(text_, tokens_[c.first].begin));
        // A capital one ("29 C on Saturday", "1,800 W ·") where its symbol is a capital.
        const char symbol = u->payload->canonical.empty() ? 0 : u->payload->canonical[0];
        const bool capital_unit =
            letter >= 'A' && letter <= 'Z' && symbol == letter && !glued(after) &&
            (after >= tokens_.size() || (tokens_[after].type == TokenType::symbol && !is_symbol(after, ".")) ||
             (u->payload->kind == UnitKind::temperature && tokens_[after].type == TokenType::word &&
              !capitalized(after)));
        // A full stop after it ends the sentence ("weighs 219 g."), not an abbreviation ("5 m.p.h").
        const bool full_stop =
            is_symbol(after, ".") && (after + 1 >= tokens_.size() || tokens_[after + 1].space_before);
        if (!capital_unit && !(letter >= 'a' && letter <= 'z' && closes && (!is_symbol(after, ".") || full_stop)))
            return false;
    }
    if (length == 1) {
        const char letter = text_[u->begin];
        const bool capital = letter >= 'A' && letter <= 'Z';
        // A capital letter is a unit only where its symbol is one: "C", "F", "K", "W", "V".
        const char symbol = u->payload->canonical.empty() ? 0 : u->payload->canonical[0];
        if ((symbol >= 'A' && symbol <= 'Z') != capital) return false;
        // "the 13F filing" is a code, "the 1.5C mark" a temperature: codes have no decimals.
        if (capital && !c.decimal && u->payload->kind == UnitKind::temperature && k + 1 < tokens_.size() &&
            tokens_[k + 1].type == TokenType::word && c.first > 0 &&
            (is_word(c.first - 1, "the") || is_word(c.first - 1, "a") || is_word(c.first - 1, "an") ||
             capitalized(c.first - 1)))
            return false;
    }
    if (length == 1 && k > 0 && is_symbol(k - 1, "-")) return false;
    std::size_t last = token_at_or_after(u->end) - 1;
    TextSpan span{c.figure.span.begin, u->end};
    FigureKind kind = FigureKind::dimension;
    if (u->payload->kind == UnitKind::temperature) kind = FigureKind::temperature;
    if (u->payload->kind == UnitKind::duration) kind = FigureKind::duration;
    std::string_view unit = u->payload->canonical;
    // Ages: "49-year-old", "six-month-old", "five years old", "18 months of age".
    if (kind == FigureKind::duration) {
        if (is_symbol(last + 1, "-") && glued(last + 1) && (is_word(last + 2, "old") || is_word(last + 2, "olds")) &&
            glued(last + 2)) {
            kind = FigureKind::age;
            last += 2;
        } else if (is_word(last + 1, "old")) {
            kind = FigureKind::age;
            last += 1;
        } else if (is_word(last + 1, "of") && is_word(last + 2, "age")) {
            kind = FigureKind::age;
            last += 2;
        }
        span.end = tokens_[last].end;
    }
    // "minus 5 degrees": a temperature; "a 90-degree turn" too, in news.
    if (equals(unit, "degree") || equals(unit, "°")) {
        kind = FigureKind::temperature;
        unit = "degree";
    }
    c.figure.kind = kind;
    c.figure.unit = unit;
    c.figure.value = value;
    c.last = last;
    c.figure.span = span;
    return true;
}

// A currency written before the number that starts at byte `start`.
std::optional<PhraseTable<Currency>::Match> ParagraphFigures::money_before(const Candidate& c,
                                                                           std::size_t start) const {
    const std::size_t floor = next_ < tokens_.size() ? tokens_[next_].begin : text_.size();
    const std::size_t end = utf8::trim_spaces_back(text_, floor, start);
    const std::size_t lowest = std::max(floor, start >= kLongestPrefix ? start - kLongestPrefix : 0);
    const auto m = lex_.currency_before.match_before(text_, end, lowest);
    if (!m || !written_as_required(*m->payload, text_.substr(m->begin, m->end - m->begin))) return std::nullopt;
    const std::string_view prefix = text_.substr(m->begin, m->end - m->begin);
    // One letter ("R", "N", "L") or the wire's "PS" is money only glued, with a scale,
    // decimals or grouped digits: "L2.7m", "R500 million", "N8,000"; "L2 cache" is no money.
    const bool risky = prefix.size() == 1 ? utf8::is_letter(static_cast<unsigned char>(prefix[0]))
                                          : equals(lowered_text_of({m->begin, m->end}), "ps");
    if (risky && !(end == start && (c.scale > 1 || c.decimal || c.grouped))) return std::nullopt;
    return m;
}

// What stands before the number: its currency ("$", "US$", "Rs"), its sign,
// "minus", "aged", and a qualifier ("nearly", "more than").
void ParagraphFigures::attach_before(Candidate& c) {
    const std::size_t floor_token = next_;
    const std::size_t floor = floor_token < tokens_.size() ? tokens_[floor_token].begin : text_.size();
    std::size_t start = c.figure.span.begin;
    // Sign: "-12C", "−0.3%", "+0.4%".
    if (c.first > floor_token && tokens_[c.first - 1].type == TokenType::symbol && glued(c.first) &&
        (is_minus(word(c.first - 1)) || equals(word(c.first - 1), "+")) &&
        (c.first - 1 == 0 || tokens_[c.first - 1].space_before || is_symbol(c.first - 2, "(") ||
         is_symbol(c.first - 2, "<") || is_symbol(c.first - 2, ">") || is_symbol(c.first - 2, "="))) {
        if (!equals(word(c.first - 1), "+") && c.figure.value) c.figure.value = -*c.figure.value;
        if (c.figure.high && !equals(word(c.first - 1), "+")) c.figure.high = -*c.figure.high;
        --c.first;
        start = tokens_[c.first].begin;
    }
    // Money named before the number: "$5", "US$ 20 billion", "Rs 500 crore", "PS2.7m".
    if (c.figure.kind == FigureKind::cardinal || c.figure.kind == FigureKind::fraction ||
        (c.figure.kind == FigureKind::dimension && equals(c.figure.unit, "m"))) {
        if (const auto m = money_before(c, start)) {
            if (c.figure.kind == FigureKind::dimension)
                c.figure.value = *c.figure.value * 1e6;  // "$5m" was read as metres
            c.figure.kind = FigureKind::money;
            c.figure.unit = m->payload->code;
            start = m->begin;
            c.first = token_at_or_after(start);
        }
    }
    // "minus 5 degrees", "negative ten".
    const bool plus_or_minus = c.first >= 3 && is_word(c.first - 1, "minus") && is_word(c.first - 2, "or") &&
                               is_word(c.first - 3, "plus");  // a margin, the qualifier below
    if (c.first > floor_token && (is_word(c.first - 1, "minus") || is_word(c.first - 1, "negative")) &&
        !plus_or_minus && c.figure.value && *c.figure.value > 0) {
        c.figure.value = -*c.figure.value;
        if (c.figure.high) c.figure.high = -*c.figure.high;
        --c.first;
        start = tokens_[c.first].begin;
    }
    // "aged 7", "age 30", "ages 18 to 24".
    if (c.figure.kind == FigureKind::cardinal && c.first > floor_token &&
        (is_word(c.first - 1, "aged") || is_word(c.first - 1, "age") || is_word(c.first - 1, "ages"))) {
        c.figure.kind = FigureKind::age;
        c.figure.unit = "year";
        --c.first;
        start = tokens_[c.first].begin;
    }
    // A qualifier: "almost 10,000", "more than 1,300", "roughly doubled", "mid-2026".
    const std::size_t before = utf8::trim_spaces_back(text_, floor, start);
    std::optional<PhraseTable<FigureLexicon::Qualifier>::Match> q;
    if (before < start) {
        q = lex_.qualifiers.match_before(text_, before, floor);
    } else if (before > floor && text_[before - 1] == '-') {
        q = lex_.qualifiers.match_before(text_, before - 1, floor);
        if (q && *q->payload != FigureLexicon::Qualifier::period) q.reset();  // only "mid-2026", "early-1990s"
    }
    if (q) {
        c.figure.approx = {q->begin, q->end};
        c.qualifier = *q->payload;
        start = q->begin;
        c.first = token_at_or_after(start);
        // "children under five", "adults over 75", "a baby younger than three months": an age bound.
        const std::string_view b = lowered_text_of({q->begin, q->end});
        const bool age_bound =
            equals(b, "under") || equals(b, "over") || equals(b, "younger than") || equals(b, "older than");
        if (age_bound && c.first > floor_token && c.first > 0 && tokens_[c.first - 1].type == TokenType::word &&
            lex_.person_words.contains(lowered(c.first - 1))) {
            if (c.figure.kind == FigureKind::cardinal) {
                c.figure.kind = FigureKind::age;
                c.figure.unit = "year";
            } else if (c.figure.kind == FigureKind::duration) {
                c.figure.kind = FigureKind::age;
            }
        }
    }
    // "who turned 30 in May".
    if (c.figure.kind == FigureKind::cardinal && c.first > floor_token &&
        (is_word(c.first - 1, "turned") || is_word(c.first - 1, "turns") || is_word(c.first - 1, "turning")) &&
        c.figure.value && *c.figure.value >= 1 && *c.figure.value <= 120 && c.from_digits && !c.decimal) {
        c.figure.kind = FigureKind::age;
        c.figure.unit = "year";
    }
    // "a magnitude 5.8 quake", "a magnitude-7.1 earthquake".
    if (c.figure.kind == FigureKind::cardinal && c.first > floor_token && c.first > 0) {
        std::size_t m = c.first - 1;
        if (is_symbol(m, "-") && glued(c.first) && m > floor_token) --m;
        if (is_word(m, "magnitude")) {
            c.figure.kind = FigureKind::dimension;
            c.figure.unit = "magnitude";
            c.first = m;
            start = tokens_[m].begin;
        }
    }
    c.figure.span.begin = start;
}

// A range: "between 150 and 200", "10 to 15", "40-50", "$5-6 billion", "three or four".
void ParagraphFigures::attach_range(Candidate& c) {
    if (!c.figure.value || c.figure.kind == FigureKind::multiplier || c.figure.kind == FigureKind::ordinal) return;
    std::size_t k = c.last + 1;
    if (k >= tokens_.size()) return;
    const bool between = c.first > 0 && is_word(c.first - 1, "between") && c.first - 1 >= next_;
    const bool from = c.first > 0 && is_word(c.first - 1, "from") && c.first - 1 >= next_;
    bool connector = false;
    std::size_t second = k + 1;
    if (tokens_[k].type == TokenType::symbol && is_dash(word(k))) {
        connector = true;
        // A suspended hyphen: "11- to 15-year-olds", "16- and 17-year-olds".
        if (glued(k) && (is_word(k + 1, "to") || is_word(k + 1, "and") || is_word(k + 1, "or"))) second = k + 2;
    } else if ((is_word(k, "to") || is_word(k, "through")) && !between) {
        connector = true;
    } else if (is_symbol(k, "~")) {
        connector = true;
    } else if (is_word(k, "and") && between) {
        connector = true;
    } else if (is_word(k, "or") && c.figure.kind == FigureKind::cardinal) {
        connector = true;
    }
    // "more than 10 and less than 40", "at most 100 and at least 20": two bounds of one range.
    bool bounds = false;
    using Qualifier = FigureLexicon::Qualifier;
    const std::optional<Qualifier> first_bound = c.qualifier;
    if (!connector && (first_bound == Qualifier::lower || first_bound == Qualifier::upper) &&
        (is_word(k, "and") || is_word(k, "but")) && k + 1 < tokens_.size())
        if (const auto q = lex_.qualifiers.match_at(text_, tokens_[k + 1].begin);
            q && (*q->payload == Qualifier::lower || *q->payload == Qualifier::upper) && *q->payload != *first_bound) {
            second = token_at_or_after(q->end);
            bounds = connector = true;
        }
    if (!connector || second >= tokens_.size()) return;
    // The second number, perhaps with its own currency: "$5 to $6", "NT$860 billion to NT$890 billion".
    std::size_t at = second;
    std::string_view own_currency;  // the second number's own, when it has one
    if (tokens_[at].type != TokenType::digits && !is_symbol(at, "."))
        if (const auto own = lex_.currency_before.match_at(text_, tokens_[at].begin);
            own && written_as_required(*own->payload, text_.substr(own->begin, own->end - own->begin))) {
            const std::size_t digits = token_at_or_after(own->end);
            if (digits < tokens_.size() && digits > at && glued(digits) && tokens_[digits].type == TokenType::digits) {
                at = digits;
                own_currency = own->payload->code;
            }
        }
    auto m = reader_.read(at);
    // "1/2 to 3/4 cent": a grain quote's range of fractions.
    const bool fractions =
        m && m->role == Role::fraction && m->from_digits && c.from_digits && c.figure.kind == FigureKind::fraction;
    if (!m || (m->role != Role::plain && !fractions)) return;
    if (is_word(k, "or") && (c.from_digits || m->from_digits || m->value > 20)) return;  // "three or four"
    // A change of value is two figures: "rose from 60 to 120", "fell to 34 from 36".
    if (from && c.first >= 2) {
        const std::size_t verb = c.first - 2;
        if (tokens_[verb].type == TokenType::word && lex_.change_verbs.contains(lowered(verb))) return;
    }
    bool change_then_level = false;  // "rose 5% to 120", "by 100 basis points to 15.25%"
    if (is_word(k, "to") && c.first > 0 && !from && !between) {
        const std::size_t verb = c.first - 1;
        change_then_level =
            (tokens_[verb].type == TokenType::word && lex_.change_verbs.contains(lowered(verb))) || is_word(verb, "by");
    }
    // "added 2.8% to $29.74": a second number with a currency of its own is money, a range only of money.
    if (at != second && (c.figure.kind != FigureKind::money || own_currency != c.figure.unit)) return;  // "$5 to €6"
    Candidate d = from_numeral(*m, FigureKind::cardinal);
    if (at != second) {
        d.first = second;
        d.figure.span.begin = tokens_[second].begin;
    }
    const std::size_t saved_next = next_;
    next_ = second;
    attach_after(d, *m, true);
    if (d.figure.kind == FigureKind::cardinal) attach_before(d);
    next_ = saved_next;
    // "closed 6-1/2 to 9 cents higher": a range of moves, not a move and then a level.
    bool moves = false;
    for (std::size_t j = d.last + 1; j < tokens_.size() && j <= d.last + 4 && tokens_[j].type == TokenType::word; ++j)
        moves = moves || is_word(j, "higher") || is_word(j, "lower");
    if (change_then_level && c.figure.kind != FigureKind::percent && !moves) return;
    double low = *c.figure.value;
    double high = *d.figure.value;
    // "$5-6 billion": the scale and the unit of the second are the first's too.
    if (m->scale > 1 && c.scale == 1 && std::abs(low) < m->scale) low *= m->scale;
    // "10 to 20 cents", "25 to 50 basis points": the first is in the second's unit, converted as it is.
    if (m->scale == 1 && m->value != 0 && (c.figure.kind == FigureKind::cardinal || fractions) &&
        d.figure.kind != FigureKind::cardinal && *d.figure.value != m->value)
        low *= *d.figure.value / m->value;
    if (high <= low && !bounds) return;  // "2-1" is a score or nothing; "40 - 10" no range
    // The bounds make an interval only if the lower one is the smaller: "more than 40 and less than 10" is two.
    if (bounds && (first_bound == Qualifier::lower) != (low < high)) return;
    if (bounds && high < low) std::swap(low, high);
    // "grow 2% to 3%" is a range; "rose 0.5% to 4.5%" and "by 25 basis points to 4.5%" a change, then a level.
    if (change_then_level && (d.figure.kind != FigureKind::percent || d.figure.unit != c.figure.unit || high > 3 * low))
        return;
    if (d.figure.kind != FigureKind::cardinal && (c.figure.kind == FigureKind::cardinal || fractions)) {
        c.figure.kind = d.figure.kind;
        c.figure.unit = d.figure.unit;
    } else if (d.figure.kind != c.figure.kind && d.figure.kind != FigureKind::cardinal) {
        return;  // "5% to $6 billion": two figures
    } else if (d.figure.kind != FigureKind::cardinal && d.figure.unit != c.figure.unit) {
        return;  // "climbed 7 basis points to 4.38%", "$5 to €6": two figures
    } else if (d.figure.kind == FigureKind::cardinal && c.figure.kind == FigureKind::percent && at == second &&
               is_word(k, "to") && !between && !from) {
        return;  // "firmed 1.3% to 17.82 per dollar": a change, then a level
    }
    c.figure.value = low;
    c.figure.high = high;
    c.last = d.last;
    c.figure.span.end = d.figure.span.end;
    if (between) {
        c.first -= 1;
        c.figure.span.begin = std::min<std::size_t>(c.figure.span.begin, tokens_[c.first].begin);
        // "aged between 19 and 26".
        if (c.figure.kind == FigureKind::cardinal && c.first > next_ && is_word(c.first - 1, "aged")) {
            c.figure.kind = FigureKind::age;
            c.figure.unit = "year";
            c.first -= 1;
            c.figure.span.begin = tokens_[c.first].begin;
        }
    }
}

// 4.1 million is 4100000, not 4099999.9999999995: twelve significant digits are all a text states.
double round_significant(double value) {
    if (value == 0 || !std::isfinite(value)) return value;
    // Whole numbers below 10^11 are exact already: most figures, and no pow() for them.
    if (std::abs(value) < 1e11 && std::trunc(value) == value) return value;
    const double magnitude = std::pow(10.0, 11 - std::floor(std::log10(std::abs(value))));
    return std::round(value * magnitude) / magnitude;
}

void ParagraphFigures::emit(Candidate c) {
    if (c.figure.value) c.figure.value = round_significant(*c.figure.value);
    if (c.figure.high) c.figure.high = round_significant(*c.figure.high);
    // Fractions as the spec writes them: "a third" is 0.333333.
    if (c.figure.kind == FigureKind::fraction && c.figure.value)
        c.figure.value = std::round(*c.figure.value * 1e6) / 1e6;
    // An age names its person only as an adjective: "the 58-year-old man", not "Okafor, 44,".
    const bool adjective_age =
        c.figure.kind == FigureKind::age && is_word(c.last, "old") && c.last > 0 && is_symbol(c.last - 1, "-");
    if (!is_label(c.figure.kind) && (c.figure.kind != FigureKind::age || adjective_age))
        c.figure.noun = counted_noun(c);
    // "The 49-year-old Smailov": a name is who it is, not what is counted.
    if (adjective_age && c.figure.noun.end > c.figure.noun.begin &&
        utf8::is_upper(utf8::decode_at(text_, c.figure.noun.begin).code_point))
        c.figure.noun = {};
    out_.push_back(std::move(c.figure));
}

// "rose from 60 to 120 tenge", "fell to 34 from 36 per cent": a bare number
// next to one with a currency or unit shares it.
void ParagraphFigures::share_units() {
    for (std::size_t i = paragraph_first_; i + 1 < out_.size(); ++i) {
        Figure& a = out_[i];
        const Figure& b = out_[i + 1];
        if (a.kind != FigureKind::cardinal || !a.unit.empty()) continue;
        if (b.kind != FigureKind::money && b.kind != FigureKind::percent && b.kind != FigureKind::dimension &&
            b.kind != FigureKind::temperature && b.kind != FigureKind::duration)
            continue;
        std::string_view between = text_.substr(a.span.end, b.span.begin - a.span.end);
        while (!between.empty() && (between.front() == ' ' || between.front() == '\n')) between.remove_prefix(1);
        while (!between.empty() && (between.back() == ' ' || between.back() == '\n')) between.remove_suffix(1);
        if (!equals(between, "to") && !equals(between, "from") && !equals(between, "and") && !equals(between, "or") &&
            !equals(between, "-") && !equals(between, "\xE2\x80\x93"))
            continue;
        a.kind = b.kind;
        a.unit = b.unit;
        if (a.value) *a.value = round_significant(*a.value * minor_factor(text_of(b.span)));
    }
    // "to 83.42 per dollar from 83.17", "to $5.2bn from 4.9": the older figure, bare, after "from".
    for (std::size_t i = paragraph_first_; i + 1 < out_.size(); ++i) {
        const Figure& a = out_[i];
        Figure& b = out_[i + 1];
        if (b.kind != FigureKind::cardinal || !b.unit.empty() || a.unit.empty() || b.noun.end > b.noun.begin) continue;
        if (a.kind != FigureKind::money && a.kind != FigureKind::percent && a.kind != FigureKind::dimension &&
            a.kind != FigureKind::temperature)
            continue;
        std::string_view between = text_.substr(a.span.end, b.span.begin - a.span.end);
        const auto space = [](char ch) { return ch == ' ' || ch == '\n'; };
        while (!between.empty() && space(between.back())) between.remove_suffix(1);
        while (!between.empty() && space(between.front())) between.remove_prefix(1);
        // A wire table's "Net 12.4 mln dlrs vs 9.8 mln".
        const bool versus = equals(between, "vs") || equals(between, "vs.") || equals(between, "vs profit") ||
                            equals(between, "vs loss") || equals(between, "against");
        if (!versus) {
            if (!has_suffix(between, "from")) continue;
            between.remove_suffix(4);
            while (!between.empty() && space(between.back())) between.remove_suffix(1);
            // Nothing between, the rate's "per dollar", a few words ("in January from"), ", down from".
            if (equals(between, ", down") || equals(between, ", up") || equals(between, ",")) between = {};
            const bool words = between.size() < 24 && between.find_first_of(",;.()") == std::string_view::npos &&
                               std::count(between.begin(), between.end(), ' ') < 3;
            if (!between.empty() && !words) continue;
        }
        b.kind = a.kind;
        b.unit = a.unit;
        if (b.value) *b.value = round_significant(*b.value * minor_factor(text_of(a.span)));
    }
}

// What a figure's neighbours in the paragraph say about it.
void ParagraphFigures::read_from_context() {
    const auto first = out_.begin() + static_cast<std::ptrdiff_t>(paragraph_first_);
    // An old wire story's "dlrs" are the dollars of its dateline: "TORONTO, March 3 - ... 14.2 mln dlrs".
    if (const std::string_view code = dateline_dollar(text_); !code.empty())
        for (auto it = first; it != out_.end(); ++it) {
            const std::string_view t = text_of(it->span);
            const bool wire_dollars =
                t.find("dlr") != std::string_view::npos || has_suffix(t, "cts") || has_suffix(t, " ct");
            if (it->kind == FigureKind::money && equals(it->unit, "USD") && wire_dollars &&
                t.find("U.S.") == std::string_view::npos && t.find("US") == std::string_view::npos)
                it->unit = code;
        }
    std::string_view temperature_scale;  // "C" or "F", when the paragraph writes one
    std::string_view local_cents;        // the currency of the paragraph's money when it is not USD
    bool has_percent = false, has_money = false, has_dollars = false;
    for (auto it = first; it != out_.end(); ++it) {
        if (it->kind == FigureKind::money && equals(it->unit, "USD")) has_dollars = true;
        if (it->kind == FigureKind::temperature && (equals(it->unit, "C") || equals(it->unit, "F")) &&
            temperature_scale.empty())
            temperature_scale = it->unit;
        if (it->kind == FigureKind::money && local_cents.empty() &&
            (equals(it->unit, "CAD") || equals(it->unit, "AUD") || equals(it->unit, "NZD") || equals(it->unit, "EUR") ||
             equals(it->unit, "HKD") || equals(it->unit, "SGD")))
            local_cents = it->unit;
        if (it->kind == FigureKind::percent) has_percent = true;
        if (it->kind == FigureKind::money) has_money = true;
    }
    std::size_t figure_token = 0;  // the first token of the figure looked at below
    const auto word_before = [&](std::size_t back, std::string_view w) {
        return figure_token >= back && is_word(figure_token - back, w);
    };
    // "All figures are in Canadian dollars": the dollars, cents and bare sums of the paragraph are those.
    std::string_view stated_dollar;
    for (std::size_t at = has_dollars ? find_literal(text_, " in ") : std::string_view::npos;
         at != std::string_view::npos && stated_dollar.empty(); at = find_literal(text_, " in ", at + 1))
        if (const auto m = lex_.currency_after.match_at(text_, at + 4);
            m && !equals(m->payload->code, "USD") && !m->payload->is_code &&
            text_.substr(m->begin, m->end - m->begin).find(' ') != std::string_view::npos &&
            (text_.substr(m->begin, m->end - m->begin).find("dollar") != std::string_view::npos))
            stated_dollar = m->payload->code;
    if (!stated_dollar.empty())
        for (auto it = first; it != out_.end(); ++it) {
            const std::string_view t = text_of(it->span);
            if (it->kind == FigureKind::money && equals(it->unit, "USD") && t.find('$') == std::string_view::npos &&
                t.find("U.S") == std::string_view::npos && t.find("US") == std::string_view::npos)
                it->unit = stated_dollar;
        }
    // "pesos" are Mexico's unless the paragraph is about another peso country.
    static constexpr std::pair<std::string_view, std::string_view> kPesoCountries[] = {
        {"Philippin", "PHP"},    {"Manila", "PHP"},       {"MANILA", "PHP"}, {"Argentin", "ARS"},
        {"Buenos Aires", "ARS"}, {"BUENOS AIRES", "ARS"}, {"Chile", "CLP"},  {"SANTIAGO", "CLP"},
        {"Colombia", "COP"},     {"Bogot", "COP"},        {"BOGOTA", "COP"}, {"Uruguay", "UYU"},
        {"MONTEVIDEO", "UYU"},   {"Dominican", "DOP"},    {"Cuba", "CUP"}};
    // Crowns are Sweden's unless the paragraph is about Norway, Denmark, the Czech Republic or Iceland.
    static constexpr std::pair<std::string_view, std::string_view> kCrownCountries[] = {
        {"Norw", "NOK"},   {"OSLO", "NOK"},       {"Oslo", "NOK"},       {"Denmark", "DKK"},
        {"Danish", "DKK"}, {"COPENHAGEN", "DKK"}, {"Copenhagen", "DKK"}, {"Czech", "CZK"},
        {"PRAGUE", "CZK"}, {"Prague", "CZK"},     {"Iceland", "ISK"},    {"REYKJAVIK", "ISK"}};
    const auto local_code = [&](std::string_view default_code, std::string_view written, const auto& countries) {
        for (auto it = first; it != out_.end(); ++it)
            if (it->kind == FigureKind::money && it->unit == default_code &&
                text_of(it->span).find(written) == std::string_view::npos)
                for (const auto& [country, code] : countries)
                    if (text_.find(country) != std::string_view::npos) {
                        it->unit = code;
                        break;
                    }
    };
    local_code("MXN", "MX", kPesoCountries);
    local_code("SEK", "SEK", kCrownCountries);
    // The currency a wire table's bare sums are in: the paragraph's, else the dollar.
    std::string_view table_currency = "USD";
    for (auto it = first; it != out_.end(); ++it)
        if (it->kind == FigureKind::money) {
            table_currency = it->unit;
            break;
        }
    for (auto it = first; it != out_.end(); ++it) {
        Figure& f = *it;
        figure_token = token_at_or_after(f.span.begin);
        // A wire earnings table: "Net 12.4 mln vs 9.8 mln", "Revs 450.2 mln", "Net loss 3,412,000".
        if (f.kind == FigureKind::cardinal && f.unit.empty() && f.value && std::abs(*f.value) >= 1000) {
            const bool label = word_before(1, "net") || word_before(1, "revs") || word_before(1, "sales") ||
                               word_before(1, "revenues") ||
                               ((word_before(1, "loss") || word_before(1, "profit")) && word_before(2, "net"));
            const std::size_t t = figure_token;
            const std::size_t label_token =
                t >= 2 && (is_word(t - 1, "loss") || is_word(t - 1, "profit")) ? t - 2 : t - 1;
            if (label && t >= 1 && capitalized(label_token)) {
                f.kind = FigureKind::money;
                f.unit = table_currency;
                f.noun = {};
                continue;
            }
        }
        // "98 cts     Net 12.4 mln": a noun right before another number labels that one.
        if (f.noun.end > f.noun.begin) {
            const std::size_t n = token_at_or_after(f.noun.end);
            const bool digits_next = n < tokens_.size() && tokens_[n].type == TokenType::digits;
            const bool label_next = (is_word(n, "loss") || is_word(n, "profit")) && n + 1 < tokens_.size() &&
                                    tokens_[n + 1].type == TokenType::digits;
            if (digits_next || label_next) {
                const std::size_t noun_token = token_at_or_after(f.noun.begin);
                bool table_label = false;
                static constexpr std::string_view kTableLabels[] = {"net", "revs", "sales",  "shr",      "shrs",
                                                                    "avg", "loss", "profit", "revenues", "oper"};
                for (const std::string_view w : kTableLabels) table_label = table_label || is_word(noun_token, w);
                if (table_label) f.noun = {};
            }
        }
        // "rose 2.2 million barrels to 231.4 million", "1,812 stores, down from 1,904": a change's
        // second figure counts what its partner counts.
        if (it != first && f.noun.end == f.noun.begin &&
            (f.kind == FigureKind::cardinal || f.kind == FigureKind::money)) {
            const Figure& previous = *(it - 1);
            std::string_view between =
                text_.substr(previous.noun.end, f.span.begin - std::min(f.span.begin, previous.noun.end));
            while (!between.empty() && (between.back() == ' ' || between.back() == '\n')) between.remove_suffix(1);
            const bool change = has_suffix(between, " to") || has_suffix(between, " from") ||
                                has_suffix(between, " vs") || has_suffix(between, " against") ||
                                has_suffix(between, " compared with");
            if (previous.kind == f.kind && previous.noun.end > previous.noun.begin &&
                previous.noun.end <= f.span.begin && change && between.size() < 40 &&
                between.find_first_of(";.") == std::string_view::npos)
                f.noun = previous.noun;
        }
        // "ordered 60 jets, with options for 40 more", "double the 430 it opened": an elliptical
        // count counts what the count before it in the paragraph counts.
        if (it != first && f.kind == FigureKind::cardinal && f.noun.end == f.noun.begin && f.unit.empty()) {
            const std::size_t after = token_at_or_after(f.span.end);
            const bool more =
                is_word(after, "more") && (after + 1 >= tokens_.size() || tokens_[after + 1].type == TokenType::symbol);
            const bool pronoun = is_word(after, "it") || is_word(after, "they") || is_word(after, "we") ||
                                 is_word(after, "he") || is_word(after, "she");
            auto partner = it - 1;  // the count before, past a multiplier: "double the 430 it opened"
            if (partner->kind == FigureKind::multiplier && partner != first) --partner;
            const Figure& before = *partner;
            if ((more || pronoun) && before.kind == FigureKind::cardinal && before.noun.end > before.noun.begin &&
                looks_plural(lowered_text_of(before.noun)))
                f.noun = before.noun;
        }
        // "raise its dividend to 12 marks", "the dollar was fixed at 1.8215 marks": Deutsche marks,
        // where money is the talk ("marks" alone are also a score).
        if (f.kind == FigureKind::cardinal && f.noun.end > f.noun.begin && f.noun.begin >= f.span.end) {
            const std::string_view noun = lowered_text_of(f.noun);
            const bool marks = equals(noun, "marks") || equals(noun, "mark");
            bool money_talk = marks && (has_money || has_percent);
            static constexpr std::string_view kMoneyCues[] = {"dividend", "dollar", "share", "shares"};
            for (const std::string_view w : kMoneyCues)
                for (std::size_t back = 1; back <= 6 && marks && !money_talk; ++back) money_talk = word_before(back, w);
            if (marks && money_talk && f.noun.begin - f.span.end <= 1) {
                f.kind = FigureKind::money;
                f.unit = "DEM";
                f.span.end = f.noun.end;
                f.noun = {};
                continue;
            }
        }
        // "aged 29, 33 and 51": the ages of a list.
        if (it != first && f.kind == FigureKind::cardinal && f.unit.empty() && f.value && *f.value >= 1 &&
            *f.value <= 120 && std::trunc(*f.value) == *f.value) {
            const Figure& previous = *(it - 1);
            const std::string_view between = text_.substr(previous.span.end, f.span.begin - previous.span.end);
            if (previous.kind == FigureKind::age &&
                (equals(between, ", ") || equals(between, " and ") || equals(between, ", and "))) {
                f.kind = FigureKind::age;
                f.unit = "year";
                continue;
            }
        }
        // "wind chills of -40", "it felt like -52", "the low is -41": a temperature in the paragraph's scale.
        if (f.kind == FigureKind::cardinal && f.unit.empty() && !temperature_scale.empty()) {
            bool cued = false;
            static constexpr std::string_view kTemperatureCues[] = {"chill", "chills",      "low",
                                                                    "high",  "temperature", "temperatures"};
            for (const std::string_view w : kTemperatureCues)
                for (std::size_t back = 1; back <= 4 && !cued; ++back) cued = word_before(back, w);
            cued = cued || (word_before(1, "like") && (word_before(2, "felt") || word_before(2, "feels")));
            if (cued) {
                f.kind = FigureKind::temperature;
                f.unit = temperature_scale;
                continue;
            }
        }
        // "78 degrees" in a paragraph that writes °F.
        if (f.kind == FigureKind::temperature && equals(f.unit, "degree") && !temperature_scale.empty())
            f.unit = temperature_scale;
        // "410 francs a share" beside "FFr 1.2 billion" are French francs.
        if (f.kind == FigureKind::money && equals(f.unit, "CHF") &&
            text_of(f.span).find("franc") != std::string_view::npos)
            for (auto other = first; other != out_.end(); ++other)
                if (other->kind == FigureKind::money && (equals(other->unit, "FRF") || equals(other->unit, "BEF"))) {
                    f.unit = other->unit;
                    break;
                }
        // "11 cents" among Canadian dollars is Canadian cents.
        if (f.kind == FigureKind::money && equals(f.unit, "USD") && !local_cents.empty()) {
            const std::string_view t = text_of(f.span);
            const bool us = t.find("U.S.") != std::string_view::npos || t.find("US ") != std::string_view::npos;
            if (!us && written_in_cents(t)) f.unit = local_cents;
        }
        // "eight points ahead of the Conservatives on 30%": a poll's lead is in percentage points.
        // "(margin of error ±2.5 points)" is percentage points with no "%" in the paragraph.
        bool error_margin = false;
        for (std::size_t back = 1; back <= 3 && !error_margin && f.kind == FigureKind::cardinal; ++back)
            error_margin = word_before(back, "error");
        if (f.kind == FigureKind::cardinal && (has_percent || error_margin) && f.noun.end > f.noun.begin) {
            const std::string_view noun = text_of(f.noun);
            const std::size_t after = token_at_or_after(f.noun.end);
            // "dropped 3 points to 24%", "fell 6 points in a month to 31%", "the swing was 11.5 points",
            // "a margin of ±2.5 points".
            bool to_percent = false;
            if (std::next(it) != out_.end() && std::next(it)->kind == FigureKind::percent) {
                const std::size_t next_token = token_at_or_after(std::next(it)->span.begin);
                to_percent = next_token > after && next_token <= after + 5 && is_word(next_token - 1, "to");
            }
            bool cue = error_margin;
            static constexpr std::string_view kPointCues[] = {"swing", "margin", "lead", "gap", "error"};
            for (const std::string_view w : kPointCues)
                for (std::size_t back = 1; back <= 4 && !cue; ++back) cue = word_before(back, w);
            if ((equals(noun, "points") || equals(noun, "point")) &&
                (is_word(after, "ahead") || is_word(after, "behind") || is_word(after, "clear") || to_percent || cue)) {
                f.kind = FigureKind::percent;
                f.unit = "point";
                f.span.end = f.noun.end;
                f.noun = {};
            }
        }
    }
}

}  // namespace newsutils
