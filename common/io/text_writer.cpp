#include "io/text_writer.hpp"

#include "io/record_writer.hpp"

namespace newsutils {

std::string& TextWriter::begin_line(const InputContext& input) {
    line_.clear();
    if (new_paragraph_ && wrote_in_document_) line_ += '\n';
    new_paragraph_ = false;
    if (show_filenames_) append_name_prefix(line_, input);
    return line_;
}

void TextWriter::end_line() {
    line_ += '\n';
    out_.write(line_);
    wrote_in_document_ = true;
    out_.found();
}

void TextWriter::line(const InputContext& input, std::string_view text) {
    // Written where it lies rather than copied into line_: clean writes paragraphs of
    // megabytes, and line_ would keep that capacity.
    out_.write(begin_line(input));
    out_.write(text);
    out_.put('\n');
    wrote_in_document_ = true;
    out_.found();
}

void TextWriter::end_document(DocumentEnd how) {
    if (how != DocumentEnd::separator) return;
    out_.write("\f\n");
    wrote_in_document_ = false;
    new_paragraph_ = false;
}

}  // namespace newsutils
