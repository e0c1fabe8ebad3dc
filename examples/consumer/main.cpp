// Splits standard input into sentences with the newsutils library: one
// sentence a line, an empty line between paragraphs and a form-feed line
// between documents, as split-sentences writes them without options.
#include <iostream>
#include <string>
#include <vector>

#include "io/byte_source.hpp"
#include "io/paragraph_reader.hpp"
#include "sentences/sentence_splitter.hpp"
#include "text/soft_wrap.hpp"

int main() {
    std::ios::sync_with_stdio(false);
    const newsutils::SentenceSplitter splitter(newsutils::SplitterLexicons::builtin(), {});
    newsutils::FileSource input(0);
    newsutils::ParagraphReader reader(input, {});
    newsutils::Paragraph paragraph;
    std::vector<newsutils::SentenceSpan> sentences;
    std::string line;
    bool wrote_in_document = false;
    bool new_paragraph = false;
    for (;;) {
        const newsutils::ReadEvent event = reader.next(paragraph);
        if (event == newsutils::ReadEvent::end) break;
        if (event == newsutils::ReadEvent::document_break) {
            std::cout << "\f\n";
            wrote_in_document = false;
            new_paragraph = false;
            continue;
        }
        if (!paragraph.continues_previous) new_paragraph = true;
        sentences.clear();
        splitter.split(paragraph.text, sentences);
        for (const newsutils::SentenceSpan span : sentences) {
            if (new_paragraph && wrote_in_document) std::cout << '\n';
            new_paragraph = false;
            line.clear();
            newsutils::append_unwrapped(line, paragraph.text.substr(span.begin, span.end - span.begin));
            std::cout << line << '\n';
            wrote_in_document = true;
        }
    }
    return std::cout.flush() ? 0 : 2;
}
