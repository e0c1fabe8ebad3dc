#include "sentences/sentence_splitter.hpp"

#include "sentences/credits.hpp"
#include "sentences/full_stop_rules.hpp"
#include "sentences/inline_lists.hpp"
#include "sentences/next_word.hpp"
#include "sentences/quote_attribution.hpp"
#include "sentences/quote_tracker.hpp"
#include "sentences/terminal_punctuation.hpp"
#include "text/byte_set.hpp"
#include "text/quotation_marks.hpp"
#include "text/utf8.hpp"

namespace newsutils {

SentenceSplitter::SentenceSplitter(SplitterLexicons lexicons, SplitterOptions options)
    : lexicons_(std::make_shared<const SplitterLexicons>(std::move(lexicons))), options_(options) {}

SentenceSplitter::SentenceSplitter(std::shared_ptr<const SplitterLexicons> lexicons, SplitterOptions options)
    : lexicons_(std::move(lexicons)), options_(options) {}

namespace {

// Bytes that can begin something the splitter must look at; the text
// between them is skipped without a look.
// Every lead byte from 0xD6 up counts: ։ (D6), ؟ (D8), । ॥ (E0), ። (E1),
// … • ‽ and the curly quotes (E2), 。 and 「 」 (E3), fullwidth ！ ？ (EF);
// the characters of those scripts that are none of these cost a look each.
const ByteSet kTriggers({'.', '!', '?', ')', '\n', ':' /* "Image: ESA", a credit's label */}, 0xD6);
// With --keep-quotes every quotation mark counts too (0xC2 leads « »).
const ByteSet kTriggersWithQuotes = kTriggers.with({'"', '\'', 0xC2});

// One paragraph's split: a left-to-right scan that stops at the trigger
// bytes and asks the rules (terminal punctuation, list items, quotations)
// whether a sentence ends there.
class ParagraphSplit {
public:
    ParagraphSplit(const SplitterLexicons& lexicons, SplitterOptions options, std::string_view text,
                   std::vector<SentenceSpan>& out)
        : lex_(lexicons),
          options_(options),
          t_(text),
          out_(out),
          triggers_(options.keep_quotes ? kTriggersWithQuotes : kTriggers),
          rules_(lexicons, text),
          lists_(text),
          credits_(lexicons.credits, lexicons.sentence_starters, text) {}

    void run() {
        std::size_t pos = utf8::skip_spaces(t_, 0);
        begin_sentence(pos);
        if (auto marker = parse_list_marker(t_, pos)) {
            lists_.start(*marker);
            pos = marker->end;
        }
        while ((pos = triggers_.find_in(t_, pos)) < t_.size()) pos = handle(pos);
        if (!suppressed())
            if (const std::size_t credit = credits_.trailing_credit(sentence_begin_); credit != std::string_view::npos)
                end_sentence_at(credit, credit);
        end_sentence_at(t_.size(), t_.size());
    }

private:
    std::size_t handle(std::size_t pos) {
        switch (t_[pos]) {
            case '\n': return handle_line_start(utf8::skip_spaces(t_, pos + 1));
            case '.':
                if (auto marker = lists_.item_ending_at(pos)) return take_marker(*marker);
                return handle_terminal(pos);
            case '!':
            case '?': return handle_terminal(pos);
            case ')':
                if (auto marker = lists_.item_ending_at(pos)) return take_marker(*marker);
                return handle_close_bracket(pos);
            case ':': return handle_colon(pos);
            case '"':
            case '\'': quotes_.feed(t_, pos, 1, static_cast<char32_t>(t_[pos])); return pos + 1;
            default: break;
        }
        // A run of U+FFFD (invalid input, perhaps a whole binary file) holds nothing to look at.
        if (is_replacement_at(pos)) {
            while (is_replacement_at(pos)) pos += 3;
            return pos;
        }
        const auto c = utf8::decode_at(t_, pos);
        if (is_script_full_stop(c.code_point)) return handle_script_full_stop(pos);
        if (c.code_point == U'…' || is_exclamation(c.code_point)) return handle_terminal(pos);
        if (auto marker = lists_.bullet_item_at(pos)) return take_marker(*marker);
        if (options_.keep_quotes && is_quotation_mark(c.code_point)) quotes_.feed(t_, pos, c.length, c.code_point);
        return pos + c.length;
    }

    std::size_t handle_line_start(std::size_t pos) {
        if (auto marker = lists_.item_at_line_start(pos)) return take_marker(*marker);
        return pos;
    }

    bool suppressed() const { return options_.keep_quotes && quotes_.inside(); }

    bool is_replacement_at(std::size_t pos) const {
        return pos + 2 < t_.size() && t_[pos] == '\xEF' && t_[pos + 1] == '\xBF' && t_[pos + 2] == '\xBD';
    }

    void begin_sentence(std::size_t pos) {
        sentence_begin_ = pos;
        rules_.set_sentence_begin(pos);
        lists_.set_sentence_begin(pos);
    }

    void end_sentence_at(std::size_t end, std::size_t next_begin) {
        const std::size_t trimmed = utf8::trim_spaces_back(t_, sentence_begin_, end);
        if (trimmed > sentence_begin_) out_.push_back({sentence_begin_, trimmed});
        begin_sentence(next_begin);
    }

    std::size_t take_marker(const ListMarker& marker) {
        if (!suppressed()) end_sentence_at(marker.begin, marker.begin);
        lists_.start(marker);
        return marker.end;
    }

    // "… at the launch pad Image: ESA.": a credit's label after a caption's
    // word starts a sentence, and one that follows the credit starts another.
    std::size_t handle_colon(std::size_t pos) {
        if (suppressed()) return pos + 1;
        const std::size_t label = credits_.label_before(pos, sentence_begin_);
        if (label == std::string_view::npos) return pos + 1;
        if (label > sentence_begin_) end_sentence_at(label, label);
        const std::size_t next = credits_.sentence_after_credit(pos + 1);
        if (next == std::string_view::npos) return pos + 1;
        end_sentence_at(next, next);
        return next;
    }

    // "… on June 21 (AP Photo/Rafiq Hossain)": a bracketed credit ending a caption is a sentence.
    std::size_t handle_close_bracket(std::size_t pos) {
        if (suppressed()) return pos + 1;
        const std::size_t open = credits_.bracketed_credit_before(pos, sentence_begin_);
        if (open == std::string_view::npos) return pos + 1;
        if (open > sentence_begin_) end_sentence_at(open, open);
        std::size_t after = pos + 1;
        if (after < t_.size() && t_[after] == '.') ++after;
        const std::size_t next = utf8::skip_spaces(t_, after);
        if (next < t_.size()) end_sentence_at(after, next);
        return after;
    }

    // "预警。预计": the full stops of other scripts end a sentence, space or not.
    std::size_t handle_script_full_stop(std::size_t pos) {
        std::size_t after = pos;
        while (after < t_.size()) {
            const auto c = utf8::decode_at(t_, after);
            if (!is_script_full_stop(c.code_point) && c.code_point != '!' && c.code_point != '?') break;
            after += c.length;
        }
        while (after < t_.size()) {
            const auto c = utf8::decode_at(t_, after);
            if (!is_closer(c.code_point)) break;
            if (options_.keep_quotes && is_quotation_mark(c.code_point))
                quotes_.feed(t_, after, c.length, c.code_point);
            after += c.length;
        }
        if (after < t_.size() && !suppressed()) end_sentence_at(after, utf8::skip_spaces(t_, after));
        return after;
    }

    // Whether a straight double quotation mark (or '' of old wire copy) is
    // open at `pos`: an odd count of them before it. Counted lazily on from
    // the last look, as the looks come in text order.
    bool double_quote_open_at(std::size_t pos) {
        if (pos < quotes_counted_to_) quotes_counted_to_ = double_quotes_ = 0;
        for (std::size_t i = quotes_counted_to_; i < pos; ++i) {
            if (t_[i] == '"') {
                ++double_quotes_;
            } else if (t_[i] == '\'' && i + 1 < pos && t_[i + 1] == '\'') {
                ++double_quotes_;
                ++i;
            }
        }
        quotes_counted_to_ = pos;
        return double_quotes_ % 2 == 1;
    }

    // The length of a quotation mark at `pos` that stands between spaces
    // after a sentence's end and closes the sentence's quotation (`fully
    // funded. " Critics`); 0 when there is none, or it opens the next one
    // (`he said. " You guys`).
    std::size_t detached_closer_at(std::size_t pos) {
        const auto c = utf8::decode_at(t_, pos);
        std::size_t length = c.length;
        if (c.code_point == '\'' && pos + 1 < t_.size() && t_[pos + 1] == '\'') length = 2;
        if (pos + length < t_.size() && !utf8::is_space_at(t_, pos + length)) return 0;
        const QuotationMark* mark = find_quotation_mark(c.code_point);
        if (!mark) return 0;
        if (mark->role == QuoteRole::closing) return length;
        if ((c.code_point == '"' || length == 2) && double_quote_open_at(pos)) return length;
        return 0;
    }

    std::size_t handle_terminal(std::size_t pos) {
        const TerminalRun run = read_terminal_run(t_, pos);
        // "[...]" marks an omission inside the sentence.
        if ((run.kind == RunKind::ellipsis || run.kind == RunKind::long_ellipsis) && pos > 0 && t_[pos - 1] == '[' &&
            run.end < t_.size() && t_[run.end] == ']')
            return run.end + 1;
        std::size_t after = run.end;
        bool quote_closed = false;
        std::size_t closed_bracket = std::string_view::npos;
        while (after < t_.size()) {
            const auto c = utf8::decode_at(t_, after);
            if (!is_closer(c.code_point)) break;
            const bool apostrophe_like = c.code_point == '\'' || c.code_point == U'’' || c.code_point == '"';
            // "Jr.'s" goes on; `"We won."The crowd` has closed its quotation, while in
            // `analysts."Demand is` the mark opens the next.
            if (apostrophe_like && !closer_can_end(after + c.length) &&
                !(c.code_point == '"' && capital_at(after + c.length) && double_quote_open_at(after)))
                break;
            if (c.code_point == ')') closed_bracket = after;
            if (is_quotation_mark(c.code_point)) {
                quote_closed = true;
                if (options_.keep_quotes) quotes_.feed(t_, after, c.length, c.code_point);
            }
            after += c.length;
        }
        // "... on Jan. 4 (Photo courtesy of Prairie Biotech Inc.)": a credit ends here.
        if (closed_bracket != std::string_view::npos && !suppressed())
            if (const std::size_t open = credits_.bracketed_credit_before(closed_bracket, sentence_begin_);
                open != std::string_view::npos && open > sentence_begin_)
                end_sentence_at(open, open);
        if (after >= t_.size()) return after;
        if (!utf8::is_space_at(t_, after)) {
            if (run.kind == RunKind::period && rules_.glued_sentence_end(run.begin, after) && !suppressed())
                end_sentence_at(after, after);
            return after;
        }
        std::size_t next_begin = utf8::skip_spaces(t_, after);
        if (next_begin >= t_.size()) return next_begin;
        if (const std::size_t closer = detached_closer_at(next_begin)) {
            if (options_.keep_quotes) quotes_.feed(t_, next_begin, closer, utf8::decode_at(t_, next_begin).code_point);
            quote_closed = true;
            after = next_begin + closer;
            next_begin = utf8::skip_spaces(t_, after);
            if (next_begin >= t_.size()) return next_begin;
        }
        if (ends_sentence(run, read_next_word(t_, next_begin), quote_closed) && !suppressed())
            end_sentence_at(after, next_begin);
        return after;
    }

    bool capital_at(std::size_t pos) const {
        return pos < t_.size() && utf8::is_upper(utf8::decode_at(t_, pos).code_point);
    }

    bool closer_can_end(std::size_t pos) const {
        if (pos >= t_.size()) return true;
        const auto c = utf8::decode_at(t_, pos);
        return utf8::is_space(c.code_point) || is_closer(c.code_point);
    }

    bool ends_sentence(const TerminalRun& run, const NextWord& next, bool quote_closed) const {
        if (run.spaced_ellipsis_follows) {
            // Judge the word after the ellipsis: "compounds. . . . The practice".
            std::size_t pos = next.begin;
            while (pos < t_.size() && (t_[pos] == '.' || t_[pos] == ' ' || t_[pos] == '\n')) ++pos;
            if (pos >= t_.size()) return false;
            const NextWord after_ellipsis = read_next_word(t_, pos);
            return after_ellipsis.plausible_start() && rules_.period_ends_sentence(run.begin, after_ellipsis);
        }
        if (!next.plausible_start()) return false;
        if (quote_closed && next.start == WordStart::capital &&
            is_attribution(t_, next.begin, lex_.sentence_starters, lex_.reporting_verbs, run.kind != RunKind::period))
            return false;
        switch (run.kind) {
            case RunKind::spaced_ellipsis:
                // "is . . . I didn't" goes on; `harder . . .” She trailed off.` has closed the quotation.
                return quote_closed && next.start == WordStart::capital;
            case RunKind::exclamation:
                // Names written with "!" ("Yahoo! Finance") are listed as abbreviations.
                if (t_[run.begin] == '!' && run.end == run.begin + 1 &&
                    lex_.abbreviations.find(rules_.token_before(run.end)))
                    return rules_.is_sentence_starter(next);
                return true;
            case RunKind::period: return rules_.period_ends_sentence(run.begin, next);
            default: return true;
        }
    }

    const SplitterLexicons& lex_;
    SplitterOptions options_;
    std::string_view t_;
    std::vector<SentenceSpan>& out_;
    const ByteSet& triggers_;
    std::size_t sentence_begin_ = 0;
    FullStopRules rules_;
    InlineLists lists_;
    CreditRules credits_;
    QuoteTracker quotes_;
    std::size_t quotes_counted_to_ = 0;
    std::size_t double_quotes_ = 0;
};

}  // namespace

void SentenceSplitter::split(std::string_view paragraph, std::vector<SentenceSpan>& sentences) const {
    ParagraphSplit(*lexicons_, options_, paragraph, sentences).run();
}

}  // namespace newsutils
