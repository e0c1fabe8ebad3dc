#include "io/span_writer.hpp"

#include "text/soft_wrap.hpp"

namespace newsutils {

void SpanWriter::write(const InputContext& input, const Paragraph& paragraph, std::span<const TextSpan> spans) {
    // Even a piece without a sentence (only whitespace) begins its paragraph.
    if (!paragraph.continues_previous) text_.begin_paragraph();
    if (spans.empty()) return;
    for (const TextSpan span : spans) {
        const std::string_view text = paragraph.text.substr(span.begin, span.end - span.begin);
        if (!format_.json) {
            append_unwrapped(text_.begin_line(input), text);
            text_.end_line();
            continue;
        }
        unwrapped_.clear();
        append_unwrapped(unwrapped_, text);
        records_.begin(input)
            .text("text", unwrapped_)
            .location(input, input.input_span(paragraph, span.begin, span.end))
            .paragraph(input, paragraph)
            .document(input)
            .end();
    }
}

void SpanWriter::end_document(const InputContext& input, DocumentEnd how) {
    if (format_.json)
        records_.end_document(how);
    else
        text_.end_document(input, how);
}

}  // namespace newsutils
