// ICU's sentence break iterator (through Boost.Locale) behind the same
// paragraph reader and writer as split-sentences: the peer the bench compares with.
#include <boost/locale.hpp>

#include "command_line.hpp"
#include "input_files.hpp"
#include "sentence_writer.hpp"

int main(int argc, char** argv) {
    newsutils::Tool tool("icu-sentences", "Split sentences with ICU's break iterator (bench baseline).");
    return tool.run(argc, argv, [&](newsutils::OutputWriter& out) {
        boost::locale::generator generator;
        const std::locale locale = generator("en_US.UTF-8");
        std::string line;
        bool first = true;
        newsutils::read_inputs(
            tool.inputs(), false, [&](const newsutils::InputContext&, const newsutils::Paragraph& paragraph) {
                namespace ba = boost::locale::boundary;
                const std::string text(paragraph.text);
                ba::sboundary_point_index index(ba::sentence, text.begin(), text.end(), locale);
                index.rule(ba::sentence_term | ba::sentence_sep);
                if (!first) out.put('\n');
                first = false;
                auto previous = text.begin();
                for (const auto& point : index) {
                    auto at = point.iterator();
                    if (at == previous) continue;
                    std::string_view sentence(&*previous, static_cast<std::size_t>(at - previous));
                    while (!sentence.empty() && std::isspace(static_cast<unsigned char>(sentence.back())))
                        sentence.remove_suffix(1);
                    line.clear();
                    newsutils::append_unwrapped(line, sentence);
                    if (!line.empty()) {
                        line += '\n';
                        out.write(line);
                    }
                    previous = at;
                }
            });
    });
}
