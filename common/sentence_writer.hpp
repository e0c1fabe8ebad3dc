// Writes sentences as split-sentences prints them: one a line with soft
// wraps turned into spaces and a blank line between paragraphs, optionally
// prefixed by the file name; or as JSON Lines with byte offsets.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "input_files.hpp"
#include "output_writer.hpp"
#include "sentence_splitter.hpp"

namespace newsutils {

struct SentenceWriterOptions {
    bool json = false;
    bool show_filenames = false;
};

class SentenceWriter {
public:
    SentenceWriter(OutputWriter& out, SentenceWriterOptions options) : out_(out), options_(options) {}

    void write_paragraph(const InputContext& input, const Paragraph& paragraph, const SentenceSplitter& splitter);
    // Writes sentences found some other way (the bench's ICU peer).
    void write_sentences(const InputContext& input, const Paragraph& paragraph, const std::vector<SentenceSpan>& spans);

private:
    void write_plain(const InputContext& input, std::string_view sentence);
    void write_json(const InputContext& input, const Paragraph& paragraph, SentenceSpan span);

    OutputWriter& out_;
    SentenceWriterOptions options_;
    std::vector<SentenceSpan> spans_;
    std::string line_;
    std::string text_;       // the sentence being written, unwrapped
    std::string json_name_;  // the current file's name as valid UTF-8
    std::uint64_t json_name_file_ = UINT64_MAX;
    bool wrote_sentence_ = false;
};

// `sentence` with each soft wrap (a newline and the blanks around it) made one space.
void append_unwrapped(std::string& out, std::string_view sentence);

}  // namespace newsutils
