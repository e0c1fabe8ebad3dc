// count-figures: every numeric figure of the input, with its value, kind,
// unit, qualifier and counted noun; or, with -c, a tally per kind.
#include <fmt/format.h>

#include <array>
#include <bitset>
#include <string>
#include <vector>

#include "cli/tool.hpp"
#include "cli/value_list.hpp"
#include "figures/figure_finder.hpp"
#include "io/inputs.hpp"
#include "io/record_writer.hpp"
#include "text/soft_wrap.hpp"

namespace {

using newsutils::Figure;
using newsutils::FigureKind;
using newsutils::cli::Option;
using newsutils::cli::UsageError;

using KindSet = std::bitset<newsutils::kFigureKinds>;

struct Options {
    KindSet kinds = KindSet().set();  // which kinds to report
    bool count = false;
};

// "money,percent", "quantities", "labels": the kinds named in a --kinds list.
KindSet parse_kinds(std::string_view list) {
    KindSet kinds;
    newsutils::cli::for_each_listed("--kinds", list, [&](std::string_view name) {
        if (name == "quantities" || name == "labels") {
            for (std::size_t k = 0; k < newsutils::kFigureKinds; ++k)
                if (newsutils::is_label(static_cast<FigureKind>(k)) == (name == "labels")) kinds.set(k);
        } else if (const auto kind = newsutils::kind_named(name)) {
            kinds.set(static_cast<std::size_t>(*kind));
        } else {
            throw UsageError(
                fmt::format("--kinds: '{}' is no kind (cardinal, ordinal, fraction, multiplier, percent, "
                            "money, age, duration, dimension, temperature, year, date, time, phone, "
                            "version, score, or quantities or labels)",
                            name));
        }
    });
    return kinds;
}

std::vector<Option> own_options(Options& options) {
    std::vector<std::string> kinds;
    for (std::size_t k = 0; k < newsutils::kFigureKinds; ++k)
        kinds.emplace_back(newsutils::kind_name(static_cast<FigureKind>(k)));
    kinds.emplace_back("quantities");
    kinds.emplace_back("labels");
    return {
        {
            .short_name = 'c',
            .long_name = "count",
            .help = "Write a tally per kind for each document and in total, as wc does",
            .manual = "Instead of the figures, write how many of each kind each document has, and, with\n"
                      "more than one document, the totals (see\n"
                      ".BR \"INPUT AND OUTPUT\" ).\n",
            .apply = [&options](std::string_view) { options.count = true; },
        },
        {
            .short_name = 'k',
            .long_name = "kinds",
            .value_name = "LIST",
            .completion = newsutils::cli::ValueCompletion::choice,
            .choices = kinds,
            .help = "Report only the kinds in LIST, comma-separated (quantities, labels)",
            .manual = "Report (and count) only the figures of the kinds in\n"
                      ".IR LIST ,\n"
                      "separated by commas:\n"
                      ".BR cardinal ,\n"
                      ".BR ordinal ,\n"
                      ".BR fraction ,\n"
                      ".BR multiplier ,\n"
                      ".BR percent ,\n"
                      ".BR money ,\n"
                      ".BR age ,\n"
                      ".BR duration ,\n"
                      ".BR dimension ,\n"
                      ".BR temperature ,\n"
                      ".BR year ,\n"
                      ".BR date ,\n"
                      ".BR time ,\n"
                      ".BR phone ,\n"
                      ".BR version ,\n"
                      ".BR score ,\n"
                      "and the groups\n"
                      ".B quantities\n"
                      "(the first ten) and\n"
                      ".B labels\n"
                      "(the last six).\n"
                      "Given twice, the last list wins.\n",
            .apply = [&options](std::string_view list) { options.kinds = parse_kinds(list); },
        },
        {
            .long_name = "no-labels",
            .help = "Leave out years, dates, times, phone numbers, versions and scores",
            .manual = "Leave out the labels: years, dates, times, phone numbers, versions and scores,\n"
                      "which are numeric but no amounts; the same as\n"
                      ".BR \"\\-\\-kinds quantities\" .\n",
            .apply = [&options](std::string_view) { options.kinds &= parse_kinds("quantities"); },
        },
    };
}

// Tallies of one document, or of all.
struct Tally {
    std::array<std::uint64_t, newsutils::kFigureKinds> counts{};
    std::uint64_t total = 0;
    void add(FigureKind kind) {
        ++counts[static_cast<std::size_t>(kind)];
        ++total;
    }
    void add(const Tally& other) {
        for (std::size_t k = 0; k < counts.size(); ++k) counts[k] += other.counts[k];
        total += other.total;
    }
};

class FigureOutput {
public:
    FigureOutput(newsutils::OutputWriter& out, newsutils::OutputFormat format, const Options& options)
        : out_(out), format_(format), options_(options), records_(out, format) {}

    void write(const newsutils::InputContext& input, const newsutils::Paragraph& paragraph,
               const std::vector<Figure>& figures) {
        for (const Figure& f : figures) {
            if (!options_.kinds.test(static_cast<std::size_t>(f.kind))) continue;
            if (options_.count) {
                document_.add(f.kind);
                out_.found();
                continue;
            }
            write_figure(input, paragraph, f);
        }
    }

    void end_document(const newsutils::InputContext& input, newsutils::DocumentEnd how) {
        if (!options_.count) {
            records_.end_document(how);
            return;
        }
        const bool single = input.document() == 0 && how == newsutils::DocumentEnd::end_of_file;
        const std::string name =
            single ? std::string(input.name()) : fmt::format("{}#{}", input.name(), input.document() + 1);
        write_tally(&input, name, document_);
        all_.add(document_);
        document_ = {};
        ++documents_;
    }

    // In records mode no total: the output stays one object a record, and
    // concatenates like the records (jq -s sums them).
    void finish() {
        if (options_.count && documents_ > 1 && !format_.records) write_tally(nullptr, "total", all_);
    }

private:
    void write_figure(const newsutils::InputContext& input, const newsutils::Paragraph& paragraph, const Figure& f) {
        // The text as the input has it, a soft wrap included ("more than\n1,300"), so that it
        // is the bytes its offsets point at; TSV escapes the newline.
        const auto piece = [&](newsutils::TextSpan span) -> std::optional<std::string_view> {
            if (span.end <= span.begin) return std::nullopt;
            return paragraph.text.substr(span.begin, span.end - span.begin);
        };
        const std::string_view text = paragraph.text.substr(f.span.begin, f.span.end - f.span.begin);
        records_.begin(input)
            .location(input, input.input_span(paragraph, f.span.begin, f.span.end))
            .text("kind", newsutils::kind_name(f.kind))
            .number("value", f.value)
            .text("text", text)
            .number("high", f.high, newsutils::RecordWriter::Absent::omitted)
            .optional_text("unit", f.unit.empty() ? std::nullopt : std::optional<std::string_view>(f.unit))
            .optional_text("approx", piece(f.approx))
            .optional_text("noun", piece(f.noun))
            .paragraph(input, paragraph)
            .document(input)
            .end();
    }

    void write_tally(const newsutils::InputContext* input, const std::string& name, const Tally& tally) {
        line_.clear();
        if (format_.json) {
            newsutils::json::Writer json(line_);
            json.begin_object();
            if (input) {
                // A tally names its file (as wc does), but a record's only when names are shown.
                if (!input->record() || format_.show_filenames)
                    json.field("file", std::string_view(input->utf8_name()));
                newsutils::write_document_member(json, *input, format_);
            }
            json.key("counts").begin_object();
            for (std::size_t k = 0; k < tally.counts.size(); ++k)
                if (options_.kinds.test(k))
                    json.field(newsutils::kind_name(static_cast<FigureKind>(k)), tally.counts[k]);
            json.end_object();
            json.field("total", tally.total);
            json.end_object();
            line_ += '\n';
            out_.write(line_);
            return;
        }
        // As wc: the count first, then what is counted, then whose.
        for (std::size_t k = 0; k < tally.counts.size(); ++k)
            if (tally.counts[k] > 0)
                line_ += fmt::format("{}\t{}\t{}\n", tally.counts[k], newsutils::kind_name(static_cast<FigureKind>(k)),
                                     name);
        line_ += fmt::format("{}\ttotal\t{}\n", tally.total, name);
        out_.write(line_);
    }

    newsutils::OutputWriter& out_;
    newsutils::OutputFormat format_;
    const Options& options_;
    newsutils::RecordWriter records_;
    Tally document_, all_;
    std::uint64_t documents_ = 0;
    std::string line_;
};

}  // namespace

int main(int argc, char** argv) {
    Options options;
    newsutils::cli::Tool tool({
        .name = "count-figures",
        .summary = "Write every numeric figure of the input with its value, kind, unit and what it counts.",
    });
    tool.add_options(own_options(options));
    return tool.run(argc, argv, [&](newsutils::OutputWriter& out) {
        const auto& lexicon = newsutils::FigureLexicon::builtin();
        FigureOutput output(out, tool.format(), options);
        std::vector<Figure> figures;
        newsutils::FigureScratch scratch;
        newsutils::read_inputs(
            tool.inputs(), {
                               .paragraph =
                                   [&](const newsutils::InputContext& input, const newsutils::Paragraph& paragraph) {
                                       figures.clear();
                                       newsutils::find_figures(paragraph.text, lexicon, figures, scratch);
                                       output.write(input, paragraph, figures);
                                   },
                               .end_document = [&](const newsutils::InputContext& input,
                                                   newsutils::DocumentEnd how) { output.end_document(input, how); },
                           });
        output.finish();
    });
}
