// The one writer of findings for every tool: a line of tab-separated fields
// by default, or a JSON Lines object with --json (conventions.md):
//  - the file name first (a TSV field, or "file") when names are shown;
//  - locations as TSV `START-END`, byte offsets within the document, so
//    outputs of documents processed apart concatenate; in JSON `start` and
//    `end`, offsets into the file (names shown) or the concatenated input,
//    with `paragraph` and `document` counted the same way;
//  - at a form-feed line between documents, TSV output has the line `\f`;
//  - in records mode, JSON only: the record's `id` after the file name, no
//    `document`, offsets and paragraphs counted within the record's text.
// A tool calls begin(), then its fields in the order of its TSV columns,
// then end(); JSON-only fields (paragraph, document, nested values) are
// skipped in TSV.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "io/inputs.hpp"
#include "io/json_writer.hpp"
#include "io/output_writer.hpp"

namespace newsutils {

struct OutputFormat {
    bool json = false;
    bool show_filenames = false;
    bool records = false;  // --records (then json is set for the tools that write findings)
};

class RecordWriter {
public:
    RecordWriter(OutputWriter& out, OutputFormat format) : out_(out), format_(format), json_(line_) {}

    const OutputFormat& format() const { return format_; }

    RecordWriter& begin(const InputContext& input);
    RecordWriter& text(std::string_view key, std::string_view value);
    // Absent: an empty TSV field, and no JSON member.
    RecordWriter& optional_text(std::string_view key, std::optional<std::string_view> value);
    // Absent: an empty TSV field, and JSON null: for a field every object has.
    RecordWriter& nullable_text(std::string_view key, std::optional<std::string_view> value);
    // A member of the JSON object only, null when absent; nothing in TSV.
    RecordWriter& json_text(std::string_view key, std::optional<std::string_view> value);
    RecordWriter& number(std::string_view key, double value);
    // Absent: an empty TSV field, and in JSON null or no member at all.
    enum class Absent { null, omitted };
    RecordWriter& number(std::string_view key, std::optional<double> value, Absent absent = Absent::null);
    RecordWriter& count(std::string_view key, std::uint64_t value);
    RecordWriter& location(const InputContext& input, InputSpan span);
    RecordWriter& paragraph(const InputContext& input, const Paragraph& paragraph);  // JSON only
    RecordWriter& document(const InputContext& input);                               // JSON only
    // For nested JSON values (arrays, objects): call key() then value()s. JSON only.
    json::Writer& json() { return json_; }
    // Ends the line; it counts as a finding (see OutputWriter::found).
    void end();

    // At the end of a document: the `\f` line in TSV after a form-feed line.
    void end_document(DocumentEnd how);

private:
    void tsv_separator();
    template <class Number>
    RecordWriter& any_number(std::string_view key, Number value);

    OutputWriter& out_;
    OutputFormat format_;
    std::string line_;
    json::Writer json_;
    bool first_field_ = true;
};

// Offsets and counts as the conventions number them: per file when file
// names are shown, over the concatenated input otherwise.
std::uint64_t numbered_offset(const InputContext& input, const OutputFormat& format, std::uint64_t file_offset);
std::uint64_t numbered_paragraph(const InputContext& input, const OutputFormat& format, const Paragraph& paragraph);
std::uint64_t numbered_document(const InputContext& input, const OutputFormat& format);

// The file-name prefix of a text or TSV line: the name as a TSV field and a tab.
void append_name_prefix(std::string& line, const InputContext& input);

// The member of a JSON object that says which document it is of: the
// record's `id` in records mode, else `document`.
void write_document_member(json::Writer& json, const InputContext& input, const OutputFormat& format);

}  // namespace newsutils
