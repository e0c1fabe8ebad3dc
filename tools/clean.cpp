// clean: the headline and body of each scraped page, normalized, in the
// pipeline contract; the page furniture removed, and with --explain said why.
#include <fmt/format.h>

#include <string>
#include <vector>

#include "clean/line_normalizer.hpp"
#include "clean/page_cleaner.hpp"
#include "cli/tool.hpp"
#include "io/diagnostics.hpp"
#include "io/json_writer.hpp"
#include "io/option_file.hpp"
#include "io/record_writer.hpp"
#include "io/text_writer.hpp"
#include "text/utf8.hpp"

namespace {

using newsutils::cli::Option;

struct Options {
    newsutils::CleanOptions clean;
    bool explain = false;
    std::vector<std::string> boilerplate_files;
};

std::vector<Option> own_options(Options& options) {
    return {
        {
            .long_name = "explain",
            .help = "Write each removed line and the rule that removed it to standard error",
            .manual = "Write each removed block to standard error as\n"
                      ".IB FILE : LINE : \" RULE: \" TEXT\n"
                      "(the line number counts within the document), so that what was dropped and why\n"
                      "can be checked.\n",
            .apply = [&options](std::string_view) { options.explain = true; },
        },
        {
            .long_name = "drop-byline",
            .help = "Remove bylines (\"By Ana Ruiz\") too; by default they are kept",
            .manual = "Remove bylines\n"
                      ".RB ( \"By Ana Ruiz, Health Correspondent\" )\n"
                      "too. By default they are kept with the article.\n",
            .apply = [&options](std::string_view) { options.clean.drop_byline = true; },
        },
        {
            .long_name = "ascii-punct",
            .help = "Write typographic quotes, apostrophes, dashes and ellipses as ASCII",
            .manual = "Write typographic punctuation as ASCII: curly quotation marks and guillemets as\n"
                      ".B \\(dq\n"
                      "and\n"
                      ".BR ' ,\n"
                      "an en dash as\n"
                      ".BR \\- ,\n"
                      "an em dash as\n"
                      ".BR \\-\\- ,\n"
                      "an ellipsis as\n"
                      ".BR ... .\n",
            .apply = [&options](std::string_view) { options.clean.ascii_punct = true; },
        },
        {
            .short_name = 'b',
            .long_name = "boilerplate",
            .value_name = "FILE",
            .completion = newsutils::cli::ValueCompletion::file,
            .help = "Also remove the page furniture listed in FILE (may be repeated)",
            .manual = "Also remove the page furniture listed in\n"
                      ".IR FILE ,\n"
                      "one phrase a line, matched without regard to ASCII case, in sections:\n"
                      ".B [line]\n"
                      "(the whole line),\n"
                      ".B [prefix]\n"
                      "(the line starts with it),\n"
                      ".B [phrase]\n"
                      "(the line holds it; inside the article only lines of up to 12 words),\n"
                      ".B [dated]\n"
                      "(a timestamp line starts with it),\n"
                      ".B [end]\n"
                      "(a heading that starts what follows an article),\n"
                      ".B [credit]\n"
                      "(a caption holds it near its start or end) and\n"
                      ".B [notice]\n"
                      "(a consent or copyright notice holds it, however long).\n"
                      "Lines starting with\n"
                      ".B #\n"
                      "are comments. May be given more than once; the lists add up.\n"
                      "A file that is not text, over 16 MiB, or with an entry before any section or in an\n"
                      "unknown section is an error (exit status 2) naming the line.\n",
            .repeatable = true,
            .apply = [&options](std::string_view file) { options.boilerplate_files.emplace_back(file); },
        },
    };
}

// Collects the lines of a document, cleans it at its end and writes it.
class PageOutput {
public:
    PageOutput(newsutils::OutputWriter& out, newsutils::OutputFormat format, const Options& options,
               std::size_t max_document, const newsutils::BoilerplateLexicon& lexicon)
        : out_(out),
          format_(format),
          options_(options),
          max_document_(max_document),
          lexicon_(lexicon),
          text_(out, format.show_filenames) {}

    void line(const newsutils::InputContext& input, const newsutils::Paragraph& line) {
        if (line.continues_previous && !lines_.empty()) {
            std::string& text = lines_.back().text;
            // A line of many pieces grows to the document limit at most: room for that at
            // once spares the copies of doubling, which would cost a third more memory.
            if (text.capacity() < max_document_) text.reserve(max_document_ + line.text.size());
            // Each piece is normalized on its own, its spaces at either end trimmed: the one
            // between two pieces is put back.
            const std::string& piece = normalized(line.text);
            if (piece_ended_in_space_ || starts_with_space(line.text))
                if (!text.empty() && !piece.empty()) text += ' ';
            text += piece;
        } else {
            ++line_number_;
            lines_.push_back({normalized(line.text), line_number_});
            held_ += newsutils::kHeldBytesPerLine;
        }
        held_ += line.text.size() + 1;
        piece_ended_in_space_ =
            !line.text.empty() &&
            newsutils::utf8::is_space(newsutils::utf8::decode_before(line.text, line.text.size()).code_point);
        // A document over the limit is cleaned in pieces, the limit bounding memory (a
        // page of one line of a gigabyte included): each piece on its own, as a document.
        if (held_ >= max_document_) {
            if (!warned_)
                newsutils::report_warning(input.message_name(),
                                          fmt::format("document over {} bytes at line {} (each line counting {} "
                                                      "bytes more than its text): cleaned in pieces",
                                                      max_document_, line_number_, newsutils::kHeldBytesPerLine));
            warned_ = true;
            write_page(input);
        }
    }

    void end_document(const newsutils::InputContext& input, newsutils::DocumentEnd how) {
        write_page(input);
        line_number_ = 0;
        warned_ = false;
        if (!format_.json) text_.end_document(input, how);  // JSON Lines carry the document's index instead
    }

private:
    static bool starts_with_space(std::string_view text) {
        return !text.empty() && newsutils::utf8::is_space(newsutils::utf8::decode_at(text, 0).code_point);
    }

    const std::string& normalized(std::string_view text) {
        newsutils::normalize_line(text, scratch_);
        return scratch_;
    }

    void write_page(const newsutils::InputContext& input) {
        const newsutils::CleanedPage page = newsutils::clean_page(std::move(lines_), lexicon_, options_.clean);
        lines_.clear();
        held_ = 0;
        // In records mode `FILE:LINE:N:`, the Nth line of the text of the record at LINE.
        if (options_.explain)
            for (const auto& removed : page.removed)
                fmt::print(stderr, "{}:{}: {}: {}\n", input.message_name(), removed.line, removed.reason, removed.text);
        if (format_.json)
            write_json(input, page);
        else
            write_text(input, page);
    }

    void write_text(const newsutils::InputContext& input, const newsutils::CleanedPage& page) {
        for (const std::string& paragraph : page.paragraphs) {
            text_.begin_paragraph();
            text_.line(input, paragraph);
            out_.found();
        }
    }

    void write_json(const newsutils::InputContext& input, const newsutils::CleanedPage& page) {
        json_line_.clear();
        newsutils::json::Writer json(json_line_);
        json.begin_object();
        if (format_.show_filenames) json.field("file", std::string_view(input.utf8_name()));
        newsutils::write_document_member(json, input, format_);
        json.field("title", std::string_view(page.title));
        json.key("paragraphs").begin_array();
        for (const std::string& paragraph : page.paragraphs) json.value(std::string_view(paragraph));
        json.end_array();
        json.key("removed").begin_array();
        for (const auto& removed : page.removed) {
            json.begin_object()
                .field("text", std::string_view(removed.text))
                .field("reason", removed.reason)
                .field("line", removed.line)
                .end_object();
        }
        json.end_array();
        json.end_object();
        json_line_ += '\n';
        if (!page.paragraphs.empty()) out_.found();
        out_.write(json_line_);
    }

    newsutils::OutputWriter& out_;
    newsutils::OutputFormat format_;
    const Options& options_;
    std::size_t max_document_;
    const newsutils::BoilerplateLexicon& lexicon_;
    newsutils::TextWriter text_;
    std::vector<newsutils::PageLine> lines_;
    std::size_t held_ = 0;  // bytes of the document held, with kHeldBytesPerLine for each line
    std::size_t line_number_ = 0;
    bool warned_ = false;  // about this document's size
    bool piece_ended_in_space_ = false;
    std::string scratch_;
    std::string json_line_;
};

}  // namespace

int main(int argc, char** argv) {
    Options options;
    newsutils::cli::Tool tool({
        .name = "clean",
        .summary = "Write the headline and body of each scraped article, normalized, without the page around it.",
        .writes_text = true,
        .holds_documents = true,
        .document_note = fmt::format("Each line counts {} bytes more than its text, what it costs while the page\n"
                                     "is cleaned, so that a page of many short lines is bounded too.\n",
                                     newsutils::kHeldBytesPerLine),
    });
    tool.add_options(own_options(options));
    tool.inputs().lines = true;
    return tool.run(argc, argv, [&](newsutils::OutputWriter& out) {
        newsutils::BoilerplateLexicon lexicon = newsutils::BoilerplateLexicon::builtin();
        for (const auto& file : options.boilerplate_files)
            if (!newsutils::load_option_file(file, [&](std::string_view list) { lexicon.add_list(list); })) return;
        PageOutput output(out, tool.format(), options, tool.inputs().max_document, lexicon);
        newsutils::read_inputs(tool.inputs(),
                               {
                                   .paragraph = [&](const newsutils::InputContext& input,
                                                    const newsutils::Paragraph& line) { output.line(input, line); },
                                   .end_document = [&](const newsutils::InputContext& input,
                                                       newsutils::DocumentEnd how) { output.end_document(input, how); },
                               });
    });
}
