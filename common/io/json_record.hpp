// One line of JSON Lines read as a record, for records mode (conventions.md,
// "Documents"): the text field decoded, the id as it is written, and where
// the text's value lies in the line, so that the record can be written back
// with other text in its place and every other byte as it was.
//
// simdjson parses it (Debian's libsimdjson-dev): the whole line is checked,
// its syntax and its UTF-8, before anything is taken from it, and it reads
// at over a gigabyte a second, so that records mode costs the tools little
// over plain text. Its header stays out of this one.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace newsutils {

// The fields named by --text-field and --id-field: members of the record's
// top-level object.
struct RecordFields {
    std::string text = "text";
    std::string id = "id";
};

// Bytes the parser may read past the end of a line (simdjson's padding).
constexpr std::size_t kRecordPadding = 64;

struct Record {
    std::string_view line;       // as read, without its line end
    std::uint64_t line_number;   // 1-based within its file
    std::string_view text;       // the text field's string, decoded (valid UTF-8, maybe holding NUL)
    std::string_view id;         // the id field's value as written (JSON), or the line number
    std::size_t text_begin = 0;  // [text_begin, text_end): the text field's value in `line`, quotes included
    std::size_t text_end = 0;
};

class RecordParser {
public:
    // `max_size`: the longest line it will be given (--max-document).
    RecordParser(RecordFields fields, std::size_t max_size);
    ~RecordParser();
    RecordParser(const RecordParser&) = delete;
    RecordParser& operator=(const RecordParser&) = delete;

    // Reads `line` into `record`, whose views stay valid until the next call
    // (and while the line's bytes do). `readable` is how many bytes may be read
    // from line.data() on: with kRecordPadding beyond the line the line is read
    // where it is, else it is copied first. A malformed record (not JSON, not
    // an object, without the text field or with one that is not a string,
    // invalid UTF-8) gives what is wrong with it, as a message's end.
    std::optional<std::string> parse(std::string_view line, std::uint64_t line_number, Record& record,
                                     std::size_t readable = 0);

private:
    struct Parsers;
    RecordFields fields_;
    std::unique_ptr<Parsers> parsers_;
    std::string padded_;       // a line copied with padding
    std::string line_number_;  // the id of a record without one
};

// Appends `record`'s line with `text` as its text field's value: every other
// byte is the line's own.
void append_with_text(std::string& out, const Record& record, std::string_view text);

}  // namespace newsutils
