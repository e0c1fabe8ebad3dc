// split-sentences: one sentence a line, a blank line between paragraphs.
#include <cstring>
#include <system_error>

#include "command_line.hpp"
#include "diagnostics.hpp"
#include "input_files.hpp"
#include "sentence_splitter.hpp"
#include "sentence_writer.hpp"

namespace {

struct Options {
    bool json = false;
    bool lines = false;
    bool keep_quotes = false;
    std::vector<std::string> abbreviation_files;
};

// Adds the user's abbreviation lists; false (after reporting) when one cannot be used.
bool load_abbreviations(const std::vector<std::string>& files, newsutils::Abbreviations& table) {
    for (const auto& file : files) {
        try {
            table.add_list(newsutils::read_text_file(file));
        } catch (const std::system_error& e) {
            newsutils::report_error(file, std::strerror(e.code().value()));
            return false;
        } catch (const std::invalid_argument& e) {
            newsutils::report_error(file, e.what());
            return false;
        }
    }
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    newsutils::Tool tool("split-sentences", "Write each sentence of the input on a line of its own.");
    Options options;
    auto& app = tool.app();
    tool.add_findings_options(options.json, nullptr);
    app.add_flag("--lines", options.lines, "Treat every input line as a paragraph of its own");
    app.add_flag("--keep-quotes", options.keep_quotes, "Keep a quotation of several sentences on one line");
    app.add_option_function<std::string>(
           "--abbreviations", [&](const std::string& file) { options.abbreviation_files.push_back(file); },
           "Add the abbreviations listed in FILE, one a line (repeatable)")
        ->type_name("FILE")
        ->trigger_on_parse()
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);

    return tool.run(argc, argv, [&](newsutils::OutputWriter& out) {
        auto lexicons = newsutils::SplitterLexicons::builtin();
        if (!load_abbreviations(options.abbreviation_files, lexicons.abbreviations)) return;
        const newsutils::SentenceSplitter splitter(lexicons, {options.keep_quotes});
        const auto& inputs = tool.inputs();
        newsutils::SentenceWriter writer(out, {options.json, inputs.show_filenames()});
        newsutils::read_inputs(inputs, options.lines,
                               [&](const newsutils::InputContext& input, const newsutils::Paragraph& paragraph) {
                                   writer.write_paragraph(input, paragraph, splitter);
                               });
    });
}
