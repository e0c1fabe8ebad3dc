#include "io/text_writer.hpp"

#include "io/record_writer.hpp"

namespace newsutils {

std::string& TextWriter::begin_line(const InputContext& input) {
    in_record_ = input.record() != nullptr;
    std::string& line = in_record_ ? record_text_ : line_;
    if (!in_record_) line.clear();
    if (new_paragraph_ && wrote_in_document_) line += '\n';
    new_paragraph_ = false;
    if (show_filenames_ && !in_record_) append_name_prefix(line, input);
    return line;
}

void TextWriter::end_line() {
    if (in_record_) {
        record_text_ += '\n';
    } else {
        line_ += '\n';
        out_.write(line_);
    }
    wrote_in_document_ = true;
    out_.found();
}

void TextWriter::line(const InputContext& input, std::string_view text) {
    if (input.record()) {
        begin_line(input).append(text);
        end_line();
        return;
    }
    // Written where it lies rather than copied into line_: clean writes paragraphs of
    // megabytes, and line_ would keep that capacity.
    out_.write(begin_line(input));
    out_.write(text);
    out_.put('\n');
    wrote_in_document_ = true;
    out_.found();
}

void TextWriter::end_document(const InputContext& input, DocumentEnd how) {
    if (how == DocumentEnd::record) {
        if (!record_text_.empty()) record_text_.pop_back();  // the last line's newline
        line_.clear();
        append_with_text(line_, *input.record(), record_text_);
        line_ += '\n';
        out_.write(line_);
        record_text_.clear();
        wrote_in_document_ = false;
        new_paragraph_ = false;
        return;
    }
    if (how != DocumentEnd::separator) return;
    out_.write("\f\n");
    wrote_in_document_ = false;
    new_paragraph_ = false;
}

}  // namespace newsutils
