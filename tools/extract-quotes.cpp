// extract-quotes: every direct quotation of the input with its speaker, and
// the partial (and, when asked, scare) quotations, one a line.
#include <fmt/format.h>

#include <bitset>
#include <optional>
#include <string>
#include <vector>

#include "cli/tool.hpp"
#include "cli/value_list.hpp"
#include "io/inputs.hpp"
#include "io/record_writer.hpp"
#include "quotes/quote_finder.hpp"

namespace {

using newsutils::Quotation;
using newsutils::QuoteKind;
using newsutils::cli::Option;
using newsutils::cli::UsageError;

using KindSet = std::bitset<newsutils::kQuoteKinds>;

struct Options {
    KindSet kinds =
        KindSet().set(static_cast<std::size_t>(QuoteKind::direct)).set(static_cast<std::size_t>(QuoteKind::partial));
    std::optional<std::string> speaker;
};

KindSet parse_kinds(std::string_view list) {
    KindSet kinds;
    newsutils::cli::for_each_listed("--kinds", list, [&](std::string_view name) {
        const auto kind = newsutils::quote_kind_named(name);
        if (!kind) throw UsageError(fmt::format("--kinds: '{}' is no kind (direct, partial, scare)", name));
        kinds.set(static_cast<std::size_t>(*kind));
    });
    return kinds;
}

std::vector<Option> own_options(Options& options) {
    return {
        {
            .short_name = 'k',
            .long_name = "kinds",
            .value_name = "LIST",
            .completion = newsutils::cli::ValueCompletion::choice,
            .choices = {"direct", "partial", "scare"},
            .help = "Report only the kinds in LIST, comma-separated (default: direct,partial)",
            .manual = "Report only the quotations of the kinds in\n"
                      ".IR LIST ,\n"
                      "separated by commas:\n"
                      ".BR direct ,\n"
                      ".B partial\n"
                      "and\n"
                      ".BR scare .\n"
                      "The default is\n"
                      ".BR direct,partial :\n"
                      "scare quotes are nobody's words.\n"
                      "Given twice, the last list wins.\n",
            .apply = [&options](std::string_view list) { options.kinds = parse_kinds(list); },
        },
        {
            .short_name = 's',
            .long_name = "speaker",
            .value_name = "NAME",
            .help = "Report only the quotations of the speaker NAME, by any form of the name",
            .manual = "Report only the quotations whose speaker is\n"
                      ".IR NAME ,\n"
                      "matched without regard to case on any form of the name: each word of\n"
                      ".I NAME\n"
                      "must be a word of the speaker's name, so\n"
                      ".B Vance\n"
                      "and\n"
                      ".B \"roberta vance\"\n"
                      "both find Roberta Vance.\n"
                      "Given twice, the last name wins.\n",
            .apply =
                [&options](std::string_view name) {
                    if (name.find_first_not_of(' ') == std::string_view::npos)
                        throw UsageError("--speaker: the name is empty");
                    options.speaker = std::string(name);
                },
        },
    };
}

// Writes the quotations; holds back one still open at the end of its
// paragraph, since the next paragraph may carry it on.
class QuoteOutput {
public:
    QuoteOutput(newsutils::OutputWriter& out, newsutils::OutputFormat format, const Options& options)
        : options_(options), records_(out, format) {}

    void write(const newsutils::InputContext& input, const newsutils::Paragraph& paragraph,
               std::vector<Quotation>& quotations) {
        if (quotations.empty() || !quotations.front().continues_previous) flush(input);
        for (Quotation& q : quotations) {
            const newsutils::InputSpan span = input.input_span(paragraph, q.span.begin, q.span.end);
            if (pending_ && q.continues_previous && pending_->quotation.text.size() < kLongestQuotation) {
                Quotation& whole = pending_->quotation;
                whole.text += ' ';
                whole.text += q.text;
                whole.open_at_end = q.open_at_end;
                if (!whole.speaker) {  // `“…` ⏎⏎ `“…,” he said.`: the cue at its end
                    whole.speaker = std::move(q.speaker);
                    whole.speaker_mention = std::move(q.speaker_mention);
                    whole.cue = std::move(q.cue);
                }
                pending_->span.end = span.end;
            } else {
                flush(input);
                pending_ = Pending{std::move(q), span, paragraph};
            }
            if (!pending_->quotation.open_at_end) flush(input);
        }
    }

    void end_document(const newsutils::InputContext& input, newsutils::DocumentEnd how) {
        flush(input);
        records_.end_document(how);
    }

private:
    // A quotation running over paragraphs is reported in parts beyond this.
    static constexpr std::size_t kLongestQuotation = newsutils::kDefaultMaxParagraph;

    struct Pending {
        Quotation quotation;
        newsutils::InputSpan span;
        newsutils::Paragraph paragraph;  // where it began: its index, not its text
    };

    void flush(const newsutils::InputContext& input) {
        if (!pending_) return;
        const Quotation& q = pending_->quotation;
        if (options_.kinds.test(static_cast<std::size_t>(q.kind)) &&
            (!options_.speaker || (q.speaker && newsutils::is_form_of_name(*options_.speaker, *q.speaker)))) {
            records_.begin(input)
                .nullable_text("speaker", as_view(q.speaker))
                .text("kind", newsutils::kind_name(q.kind))
                .text("quote", q.text)
                .location(input, pending_->span)
                .json_text("speaker_mention", as_view(q.speaker_mention))
                .json_text("cue", as_view(q.cue))
                .paragraph(input, pending_->paragraph)
                .document(input)
                .end();
        }
        pending_.reset();
    }

    static std::optional<std::string_view> as_view(const std::optional<std::string>& value) {
        if (!value) return std::nullopt;
        return std::string_view(*value);
    }

    const Options& options_;
    newsutils::RecordWriter records_;
    std::optional<Pending> pending_;
};

}  // namespace

int main(int argc, char** argv) {
    Options options;
    newsutils::cli::Tool tool({
        .name = "extract-quotes",
        .summary = "Write every quotation of the input with its speaker and kind.",
    });
    tool.add_options(own_options(options));
    return tool.run(argc, argv, [&](newsutils::OutputWriter& out) {
        newsutils::QuoteFinder finder(newsutils::QuoteLexicon::builtin());
        QuoteOutput output(out, tool.format(), options);
        std::vector<Quotation> quotations;
        newsutils::read_inputs(
            tool.inputs(), {
                               .paragraph =
                                   [&](const newsutils::InputContext& input, const newsutils::Paragraph& paragraph) {
                                       quotations.clear();
                                       finder.find(paragraph.text, quotations);
                                       output.write(input, paragraph, quotations);
                                   },
                               .end_document =
                                   [&](const newsutils::InputContext& input, newsutils::DocumentEnd how) {
                                       output.end_document(input, how);
                                       finder.end_document();
                                   },
                           });
    });
}
