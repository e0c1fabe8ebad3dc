#include "io/record_writer.hpp"

#include <charconv>
#include <limits>

#include "io/tsv.hpp"

namespace newsutils {

std::uint64_t numbered_offset(const InputContext& input, const OutputFormat& format, std::uint64_t file_offset) {
    return format.show_filenames ? file_offset : input.bytes_before() + file_offset;
}

std::uint64_t numbered_paragraph(const InputContext& input, const OutputFormat& format, const Paragraph& paragraph) {
    return format.show_filenames ? paragraph.index : input.paragraphs_before() + paragraph.index;
}

std::uint64_t numbered_document(const InputContext& input, const OutputFormat& format) {
    return format.show_filenames ? input.document() : input.documents_before() + input.document();
}

void append_name_prefix(std::string& line, const InputContext& input) {
    append_tsv_field(line, input.name());
    line += '\t';
}

void write_document_member(json::Writer& json, const InputContext& input, const OutputFormat& format) {
    if (const Record* record = input.record())
        json.key("id").raw(record->id);
    else
        json.field("document", numbered_document(input, format));
}

RecordWriter& RecordWriter::begin(const InputContext& input) {
    line_.clear();
    first_field_ = true;
    if (format_.json) {
        json_.begin_object();
        if (format_.show_filenames) json_.field("file", std::string_view(input.utf8_name()));
        if (const Record* record = input.record()) json_.key("id").raw(record->id);
    } else if (format_.show_filenames) {
        append_name_prefix(line_, input);
    }
    return *this;
}

void RecordWriter::tsv_separator() {
    if (!first_field_) line_ += '\t';
    first_field_ = false;
}

RecordWriter& RecordWriter::text(std::string_view key, std::string_view value) {
    if (format_.json) {
        json_.field(key, value);
    } else {
        tsv_separator();
        append_tsv_field(line_, value);
    }
    return *this;
}

RecordWriter& RecordWriter::nullable_text(std::string_view key, std::optional<std::string_view> value) {
    if (format_.json && !value) {
        json_.key(key).null();
        return *this;
    }
    return optional_text(key, value);
}

RecordWriter& RecordWriter::json_text(std::string_view key, std::optional<std::string_view> value) {
    if (!format_.json) return *this;
    if (value)
        json_.field(key, *value);
    else
        json_.key(key).null();
    return *this;
}

RecordWriter& RecordWriter::optional_text(std::string_view key, std::optional<std::string_view> value) {
    if (format_.json) {
        if (value) json_.field(key, *value);
    } else {
        tsv_separator();
        if (value) append_tsv_field(line_, *value);
    }
    return *this;
}

template <class Number>
RecordWriter& RecordWriter::any_number(std::string_view key, Number value) {
    if (format_.json) {
        json_.field(key, value);
    } else {
        tsv_separator();
        json::append_number(line_, value);
    }
    return *this;
}

RecordWriter& RecordWriter::number(std::string_view key, double value) {
    return any_number(key, value);
}

RecordWriter& RecordWriter::number(std::string_view key, std::optional<double> value, Absent absent) {
    if (value) return number(key, *value);
    if (!format_.json)
        tsv_separator();
    else if (absent == Absent::null)
        json_.key(key).null();
    return *this;
}

RecordWriter& RecordWriter::count(std::string_view key, std::uint64_t value) {
    return any_number(key, value);
}

RecordWriter& RecordWriter::location(const InputContext& input, InputSpan span) {
    if (format_.json) {
        json_.field("start", numbered_offset(input, format_, span.start));
        json_.field("end", numbered_offset(input, format_, span.end));
    } else {
        tsv_separator();
        // Both offsets formatted in place and appended once: asked for every finding.
        const std::uint64_t document_start = input.document_start();
        constexpr std::size_t kDigits = std::numeric_limits<std::uint64_t>::digits10 + 1;
        char buffer[2 * kDigits + 1];  // "START-END"
        auto written = std::to_chars(buffer, buffer + kDigits, span.start - document_start);
        *written.ptr++ = '-';
        written = std::to_chars(written.ptr, buffer + sizeof buffer, span.end - document_start);
        // A pointer and a length, not append(first, last): see append_chars in json_writer.cpp.
        line_.append(buffer, static_cast<std::size_t>(written.ptr - buffer));
    }
    return *this;
}

RecordWriter& RecordWriter::paragraph(const InputContext& input, const Paragraph& paragraph) {
    if (format_.json) json_.field("paragraph", numbered_paragraph(input, format_, paragraph));
    return *this;
}

RecordWriter& RecordWriter::document(const InputContext& input) {
    // In records mode the id, written first, says it.
    if (format_.json && !input.record()) json_.field("document", numbered_document(input, format_));
    return *this;
}

void RecordWriter::end() {
    if (format_.json) json_.end_object();
    line_ += '\n';
    out_.write(line_);
    out_.found();
}

void RecordWriter::end_document(DocumentEnd how) {
    if (how == DocumentEnd::separator && !format_.json) out_.write("\f\n");
}

}  // namespace newsutils
