// Writes pieces of paragraphs (sentences, later clean's paragraphs) as the
// text tools print them: one a line with each soft wrap made one space, in
// paragraphs (io/text_writer.hpp; in records mode, as the record's text); or
// with --json as objects of `text`, `start`, `end`, `paragraph` and
// `document` (io/record_writer.hpp; in records mode `id` for `document`).
#pragma once

#include <span>
#include <string>

#include "io/record_writer.hpp"
#include "io/text_writer.hpp"
#include "text/text_span.hpp"

namespace newsutils {

class SpanWriter {
public:
    SpanWriter(OutputWriter& out, OutputFormat format)
        : format_(format), text_(out, format.show_filenames), records_(out, format) {}

    void write(const InputContext& input, const Paragraph& paragraph, std::span<const TextSpan> spans);
    void end_document(const InputContext& input, DocumentEnd how);

private:
    OutputFormat format_;
    TextWriter text_;
    RecordWriter records_;
    std::string unwrapped_;
};

}  // namespace newsutils
