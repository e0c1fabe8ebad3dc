// Text output in the pipeline contract, for the tools whose output is text
// (split-sentences, clean): lines grouped in paragraphs with one empty line
// between them, and at a form-feed line between documents the line `\f`,
// right after the document's last line and with no empty line around it.
// With file names shown each line starts with the name and a tab.
//
// In records mode the text of a document is not written as lines: at the end
// of the record its line is written back with that text (without its final
// newline) as the text field's value, every other byte as it was, so that
// the output is records again, as the input was (no file name added).
#pragma once

#include <string>
#include <string_view>

#include "io/inputs.hpp"
#include "io/output_writer.hpp"

namespace newsutils {

class TextWriter {
public:
    TextWriter(OutputWriter& out, bool show_filenames) : out_(out), show_filenames_(show_filenames) {}

    // The next line begins a new paragraph.
    void begin_paragraph() { new_paragraph_ = true; }
    // Writes `text` (one line's worth: no newline in it) as a line of its own.
    void line(const InputContext& input, std::string_view text);
    // The same in two steps, for text made in place: append the line's text
    // (no newline) to the buffer begin_line returns, then call end_line.
    std::string& begin_line(const InputContext& input);
    void end_line();
    void end_document(const InputContext& input, DocumentEnd how);

private:
    OutputWriter& out_;
    bool show_filenames_;
    bool new_paragraph_ = false;
    bool wrote_in_document_ = false;  // files follow each other as one stream does
    bool in_record_ = false;          // the line goes to record_text_
    std::string line_;
    std::string record_text_;  // in records mode, the document's text so far
};

}  // namespace newsutils
