// ICU's sentence break iterator (through Boost.Locale) behind the same
// input reader and span writer as split-sentences, so that the bench times
// the two splitters and nothing else differently.
#include <boost/locale.hpp>
#include <vector>

#include "cli/tool.hpp"
#include "io/span_writer.hpp"
#include "text/utf8.hpp"

int main(int argc, char** argv) {
    newsutils::cli::Tool tool(
        {.name = "icu-sentences", .summary = "Split sentences with ICU's break iterator (bench baseline)."});
    return tool.run(argc, argv, [&](newsutils::OutputWriter& out) {
        namespace ba = boost::locale::boundary;
        boost::locale::generator generator;
        const std::locale locale = generator("en_US.UTF-8");
        newsutils::SpanWriter writer(out, tool.format());
        std::vector<newsutils::TextSpan> spans;
        newsutils::read_inputs(tool.inputs(),
                               {.paragraph =
                                    [&](const newsutils::InputContext& input, const newsutils::Paragraph& paragraph) {
                                        const std::string_view text = paragraph.text;
                                        ba::boundary_point_index<const char*> index(ba::sentence, text.data(),
                                                                                    text.data() + text.size(), locale);
                                        // Only terminators: a newline inside a paragraph is a soft wrap, as for
                                        // split-sentences.
                                        index.rule(ba::sentence_term);
                                        spans.clear();
                                        std::size_t begin = newsutils::utf8::skip_spaces(text, 0);
                                        for (const auto& point : index) {
                                            const auto at = static_cast<std::size_t>(point.iterator() - text.data());
                                            const std::size_t end = newsutils::utf8::trim_spaces_back(text, begin, at);
                                            if (end > begin) spans.push_back({begin, end});
                                            begin = std::max(begin, newsutils::utf8::skip_spaces(text, at));
                                        }
                                        writer.write(input, paragraph, spans);
                                    },
                                .end_document = [&](const newsutils::InputContext& input,
                                                    newsutils::DocumentEnd how) { writer.end_document(input, how); }});
    });
}
