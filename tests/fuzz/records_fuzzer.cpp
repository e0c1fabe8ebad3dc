// Fuzz target for records mode's reading: the input as JSON Lines (read by
// read_records, lines cut where the first byte says, a small record limit),
// as one line for the record parser, and as the text of a record made from
// it. What must hold: nothing crashes; a record read has valid UTF-8 text
// (NUL aside) whose value lies between quotes in its line; a record written
// back with another text reads back with that text and the same id; the text
// of a record made with any bytes decodes to those bytes, invalid sequences
// replaced; every paragraph handed out is valid UTF-8.
#include <string>

#include "fuzz_checks.hpp"
#include "io/byte_source.hpp"
#include "io/diagnostics.hpp"
#include "io/json_record.hpp"
#include "io/json_writer.hpp"
#include "io/records.hpp"

namespace {

void require_valid_but_nul(std::string_view text) {
    std::string without;
    for (const char c : text)
        if (c != '\0') without += c;
    fuzz::require_valid_utf8(without);
}

// A record read: its parts in place, and written back with `other`, read again.
void check_record(newsutils::RecordParser& parser, const newsutils::Record& record, std::string_view other) {
    require_valid_but_nul(record.text);
    fuzz::require(record.text_begin < record.text_end && record.text_end <= record.line.size());
    fuzz::require(record.line[record.text_begin] == '"' && record.line[record.text_end - 1] == '"');
    fuzz::require(!record.id.empty());
    const std::string id(record.id);
    std::string back;
    newsutils::append_with_text(back, record, other);
    newsutils::Record again{};
    fuzz::require(!parser.parse(back, record.line_number, again));
    fuzz::require(again.text == other && again.id == id);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    newsutils::set_message_sink([](std::string_view) {});  // a message for each bad record
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    newsutils::RecordParser parser({}, 1 << 20);
    newsutils::Record record{};

    // The whole input as one line.
    if (!parser.parse(bytes, 1, record)) check_record(parser, record, "Replaced.\n\nTwo \"quoted\" words.");

    // Any bytes as a record's text: they decode as JSON writes them.
    std::string line = R"({"id": "x", "text": )";
    newsutils::json::append_string(line, bytes);
    line += R"(, "n": 1})";
    fuzz::require(!parser.parse(line, 1, record));
    std::string expected;
    for (std::string_view rest = bytes;;) {  // as json_fuzzer: NUL stays, invalid sequences become U+FFFD
        const auto nul = rest.find('\0');
        expected += newsutils::utf8::to_valid(rest.substr(0, nul));
        if (nul == std::string_view::npos) break;
        expected += '\0';
        rest.remove_prefix(nul + 1);
    }
    fuzz::require(record.text == expected);
    fuzz::require(record.id == R"("x")");
    check_record(parser, record, expected);

    // The input as JSON Lines, in pieces, with a limit of 64 bytes to 4 KiB a record.
    const std::size_t piece = size > 0 ? 1 + data[0] % 97 : 1;
    newsutils::MemorySource source(bytes, [piece] { return piece; });
    newsutils::InputOptions options;
    options.max_document = 64 + (size > 1 ? data[1] * 16u : 0);
    options.max_paragraph = newsutils::kSmallestMaxParagraph;
    options.lines = size > 2 && (data[2] & 1);
    newsutils::read_records("fuzz", source, 0, options,
                            {.paragraph = [](const newsutils::InputContext& input, const newsutils::Paragraph& p) {
                                fuzz::require(input.record() != nullptr);
                                fuzz::require_valid_utf8(p.text);
                            }});
    return 0;
}
