// The input side of every tool: FILE arguments or standard input, read as
// documents made of paragraphs, with the bad-input policy of conventions.md
// applied in one place (open errors, directories, invalid UTF-8 warning or
// --strict error, over-long paragraphs); or, in records mode, as JSON Lines
// records, one document each (io/records.hpp).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "io/json_record.hpp"
#include "io/paragraph_reader.hpp"

namespace newsutils {

// The most of a document a tool holds at once (--max-document): clean holds
// a document to decide on it, and in records mode every tool holds a record.
constexpr std::size_t kDefaultMaxDocument = 16 << 20;

struct InputOptions {
    std::vector<std::string> files;  // empty: standard input
    bool strict = false;
    std::size_t max_paragraph = kDefaultMaxParagraph;
    std::size_t max_document = kDefaultMaxDocument;
    bool lines = false;    // every line is a paragraph of its own
    bool records = false;  // --records: JSON Lines in, one document a record
    RecordFields record_fields;
    enum class Filenames { automatic, always, never } filenames = Filenames::automatic;

    // As grep: names are shown when more than one file is read, unless told otherwise.
    bool show_filenames() const {
        if (filenames == Filenames::automatic) return files.size() > 1;
        return filenames == Filenames::always;
    }
};

// A span of the original input: byte offsets from the start of its file, end exclusive.
struct InputSpan {
    std::uint64_t start;
    std::uint64_t end;
};

// Where reading is: which file, which document, and the counts of what came
// before, so that a writer can number findings per file or over the
// concatenated input.
class InputContext {
public:
    InputContext(std::string_view name, const ParagraphReader& reader, std::uint64_t file_number,
                 std::uint64_t bytes_before, std::uint64_t paragraphs_before, std::uint64_t documents_before);

    std::string_view name() const { return name_; }  // as given, "-" for standard input
    // The name as valid UTF-8 (invalid bytes replaced), made once per file.
    const std::string& utf8_name() const;
    // Where the document is, for messages: the file's name, and in records
    // mode `FILE:LINE`, the record's line.
    std::string message_name() const;

    // In records mode, the record whose text is the document (offsets,
    // paragraphs and the document count within it); null otherwise.
    const Record* record() const { return record_; }
    void set_record(const Record* record) { record_ = record; }

    std::uint64_t file_number() const { return file_number_; }    // 0-based among the inputs
    std::uint64_t bytes_before() const { return bytes_before_; }  // bytes of the files before this one
    std::uint64_t paragraphs_before() const { return paragraphs_before_; }
    std::uint64_t documents_before() const { return documents_before_; }
    std::uint64_t document() const { return document_; }  // 0-based within this file

    // The original-input span of [begin, end) of `paragraph`'s text.
    InputSpan input_span(const Paragraph& paragraph, std::size_t begin, std::size_t end) const;
    // Where the current document begins, from the start of the file.
    std::uint64_t document_start() const { return reader_.document_start(); }

    void next_document() { ++document_; }

private:
    std::string_view name_;
    const ParagraphReader& reader_;
    std::uint64_t file_number_;
    std::uint64_t bytes_before_;
    std::uint64_t paragraphs_before_;
    std::uint64_t documents_before_;
    std::uint64_t document_ = 0;
    const Record* record_ = nullptr;
    mutable std::string utf8_name_;
    mutable bool utf8_name_made_ = false;
};

// How a document ended: at a form-feed line (which text output passes
// through), at the end of its file, or at the end of a record's text.
enum class DocumentEnd { separator, end_of_file, record };

// What read_inputs calls, in input order: begin_document, then each
// paragraph (or piece of an over-long one), then end_document; again for
// each document of each file. Unset callbacks are skipped.
struct InputEvents {
    std::function<void(const InputContext&)> begin_document{};
    std::function<void(const InputContext&, const Paragraph&)> paragraph{};
    std::function<void(const InputContext&, DocumentEnd)> end_document{};
};

// Reads every input in order. Problems are reported on stderr and make
// error_exit_status() 2; the other inputs are still read.
void read_inputs(const InputOptions& options, const InputEvents& events);

// The warning, once a paragraph, that one longer than the limit is handed out in pieces.
class LongParagraphWarning {
public:
    // Called with each paragraph (or piece) read: the warning to give, if any.
    std::optional<std::string> check(const ParagraphReader& reader, const Paragraph& paragraph, std::size_t limit);

private:
    std::uint64_t start_ = 0;  // the paragraph's first byte in the input
    bool warned_ = false;
};

}  // namespace newsutils
