#include "io/records.hpp"

#include <fmt/format.h>

#include "io/diagnostics.hpp"
#include "io/line_reader.hpp"

namespace newsutils {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool is_blank(std::string_view line) {
    return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

// One record's text as one document.
void read_text(std::string_view name, const Record& record, std::uint64_t file_number, const InputOptions& options,
               const InputEvents& events) {
    MemorySource source(record.text);
    ParagraphReader reader(
        source, ReaderOptions{.max_paragraph = options.max_paragraph, .lines = options.lines, .documents = false});
    InputContext context(name, reader, file_number, 0, 0, 0);
    context.set_record(&record);
    if (events.begin_document) events.begin_document(context);
    LongParagraphWarning long_paragraphs;
    Paragraph paragraph;
    // (No document break: a form-feed line in a record's text is whitespace.)
    while (reader.next(paragraph) == ReadEvent::paragraph) {
        if (const auto warning = long_paragraphs.check(reader, paragraph, options.max_paragraph))
            report_warning(context.message_name(), *warning);
        if (events.paragraph) events.paragraph(context, paragraph);
    }
    if (events.end_document) events.end_document(context, DocumentEnd::record);
}

}  // namespace

void read_records(std::string_view name, ByteSource& source, std::uint64_t file_number, const InputOptions& options,
                  const InputEvents& events) {
    LineReader lines(source, options.max_document, kRecordPadding);
    RecordParser parser(options.record_fields, options.max_document);
    Record record{};
    Line line{};
    while (lines.next(line)) {
        const auto where = [&] { return fmt::format("{}:{}", name, line.number); };
        if (line.too_long) {
            report_error(where(), fmt::format("record longer than {} bytes (--max-document)", options.max_document));
            continue;
        }
        std::string_view text = line.text;
        std::size_t readable = line.readable;
        if (line.number == 1 && text.starts_with(kByteOrderMark)) {
            text.remove_prefix(kByteOrderMark.size());
            readable -= kByteOrderMark.size();
        }
        if (text.ends_with('\r')) text.remove_suffix(1);  // CRLF line ends
        if (is_blank(text)) continue;
        if (const auto problem = parser.parse(text, line.number, record, readable)) {
            report_error(where(), *problem);
            continue;
        }
        // The text is valid UTF-8 but for NUL (\u0000), which input treats as an invalid byte.
        if (const std::size_t nul = record.text.find('\0'); nul != std::string_view::npos) {
            if (options.strict) {
                report_error(where(), fmt::format("NUL in the text at byte {}", nul));
                continue;
            }
            report_warning(where(), fmt::format("NUL in the text at byte {}; replaced by U+FFFD", nul));
        }
        read_text(name, record, file_number, options, events);
    }
}

}  // namespace newsutils
