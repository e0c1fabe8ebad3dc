// split-sentences: one sentence a line, a blank line between paragraphs.
#include <string>
#include <vector>

#include "cli/tool.hpp"
#include "io/inputs.hpp"
#include "io/option_file.hpp"
#include "io/span_writer.hpp"
#include "sentences/sentence_splitter.hpp"

namespace {

using newsutils::cli::Option;

struct Options {
    bool keep_quotes = false;
    std::vector<std::string> abbreviation_files;
};

std::vector<Option> own_options(Options& options, newsutils::InputOptions& inputs) {
    return {
        {
            .long_name = "lines",
            .help = "Treat every input line as a paragraph of its own",
            .manual = "Treat every input line as a paragraph of its own, for corpora with one\n"
                      "document a line.\n"
                      "A sentence then never runs over a newline.\n",
            .apply = [&inputs](std::string_view) { inputs.lines = true; },
        },
        {
            .long_name = "keep-quotes",
            .help = "Keep a quotation of several sentences on one line",
            .manual = "Keep a quotation of several sentences on one line, with the words around it,\n"
                      "instead of splitting it at its inner sentence ends.\n",
            .apply = [&options](std::string_view) { options.keep_quotes = true; },
        },
        {
            .long_name = "abbreviations",
            .value_name = "FILE",
            .completion = newsutils::cli::ValueCompletion::file,
            .help = "Add the abbreviations listed in FILE, one a line (repeatable)",
            .manual = "Add the abbreviations listed in\n"
                      ".I FILE\n"
                      "to the built\\-in list\n"
                      ".RB ( \\- :\n"
                      "standard input).\n"
                      "The option may be given more than once; each list adds to the others.\n"
                      ".I FILE\n"
                      "has one entry a line, written without its final full stop; full stops\n"
                      "inside an entry stay\n"
                      ".RB ( U.S ,\n"
                      ".BR a.m ).\n"
                      "Blank lines are ignored, and so is a comment: a line whose first\n"
                      "character other than a blank is\n"
                      ".B #\n"
                      "(a\n"
                      ".B #\n"
                      "after an entry is part of the entry).\n"
                      "Entries may be grouped under section lines that say how the abbreviation\n"
                      "behaves:\n"
                      ".RS\n"
                      ".TP\n"
                      ".B [title]\n"
                      "comes before a name and never ends a sentence\n"
                      ".RB ( \"Gen. Smith\" );\n"
                      ".TP\n"
                      ".B [number]\n"
                      "an ordinary word that also abbreviates before a number\n"
                      ".RB ( \"No. 10\" );\n"
                      "elsewhere it is an ordinary word;\n"
                      ".TP\n"
                      ".B [ambiguous]\n"
                      "ends a sentence only before a clear sentence start\n"
                      ".RB ( \"U.S. The\" ),\n"
                      "never before a number\n"
                      ".RB ( \"Jan. 5\" );\n"
                      ".TP\n"
                      ".B [place]\n"
                      "a state or province: as\n"
                      ".B [ambiguous]\n"
                      "alone, but after a city and a comma it ends a sentence before a\n"
                      "capitalized word that no other capitalized word follows\n"
                      ".RB ( \"Dorchester, Mass. Police said\" );\n"
                      ".TP\n"
                      ".B [street]\n"
                      "a street type after a street name: ends a sentence before a capitalized\n"
                      "word, unless a compass point, a place named after the street, or another\n"
                      "capitalized word follows\n"
                      ".RB ( \"Elm Ave. Police\" ,\n"
                      "but\n"
                      ".BR \"Pennsylvania Ave. NW\" );\n"
                      ".TP\n"
                      ".B [weak]\n"
                      "ends a sentence before a capitalized word\n"
                      ".RB ( \"etc. The\" );\n"
                      ".TP\n"
                      ".B [never]\n"
                      "never ends a sentence\n"
                      ".RB ( e.g. ).\n"
                      ".RE\n"
                      ".IP\n"
                      "Entries before any section are\n"
                      ".BR [ambiguous] .\n"
                      "An entry in lower case matches in any case\n"
                      ".RB ( co\n"
                      "matches\n"
                      ".BR co. ,\n"
                      ".B Co.\\&\n"
                      "and\n"
                      ".BR CO. );\n"
                      "an entry with a capital letter matches only as written.\n"
                      "The file is checked as input is: invalid UTF\\-8 is replaced with a warning;\n"
                      "a file with NUL or other control bytes, over 16 MiB, with an entry over 256\n"
                      "bytes, a section line without its\n"
                      ".BR ] ,\n"
                      "or an unknown section is an error (exit status 2) naming the line.\n",
            .repeatable = true,
            .apply = [&options](std::string_view file) { options.abbreviation_files.emplace_back(file); },
        },
    };
}

}  // namespace

int main(int argc, char** argv) {
    Options options;
    newsutils::cli::Tool tool({
        .name = "split-sentences",
        .summary = "Write each sentence of the input on a line of its own.",
        .writes_text = true,
    });
    tool.add_options(own_options(options, tool.inputs()));
    return tool.run(argc, argv, [&](newsutils::OutputWriter& out) {
        auto lexicons = newsutils::SplitterLexicons::builtin();
        for (const auto& file : options.abbreviation_files)
            if (!newsutils::load_option_file(file,
                                             [&](std::string_view list) { lexicons.abbreviations.add_list(list); }))
                return;
        const newsutils::SentenceSplitter splitter(std::move(lexicons), {options.keep_quotes});
        newsutils::SpanWriter writer(out, tool.format());
        std::vector<newsutils::SentenceSpan> sentences;
        newsutils::read_inputs(
            tool.inputs(), {
                               .paragraph =
                                   [&](const newsutils::InputContext& input, const newsutils::Paragraph& paragraph) {
                                       sentences.clear();
                                       splitter.split(paragraph.text, sentences);
                                       writer.write(input, paragraph, sentences);
                                   },
                               .end_document = [&](const newsutils::InputContext& input,
                                                   newsutils::DocumentEnd how) { writer.end_document(input, how); },
                           });
    });
}
