// Records mode's reading: lines in bounded memory, a record's fields, the
// record written back, and each record's text read as one document.
#include "io/records.hpp"

#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "io/byte_source.hpp"
#include "io/diagnostics.hpp"
#include "io/json_record.hpp"
#include "io/line_reader.hpp"

using newsutils::Line;
using newsutils::LineReader;
using newsutils::MemorySource;
using newsutils::Record;
using newsutils::RecordParser;

namespace {

struct ReadLine {
    std::string text;
    std::uint64_t number;
    bool too_long;
    bool operator==(const ReadLine&) const = default;
};

// Every line of `input`, read `piece` bytes at a time (a random size up to it with a seed).
std::vector<ReadLine> read_lines(const std::string& input, std::size_t max_line, std::size_t piece = 0,
                                 unsigned seed = 0) {
    std::mt19937 random(seed);
    MemorySource source(
        input, piece == 0 ? std::function<std::size_t()>() : [&] { return seed ? 1 + random() % piece : piece; });
    LineReader reader(source, max_line, newsutils::kRecordPadding);
    std::vector<ReadLine> lines;
    for (Line line; reader.next(line);) {
        CHECK(line.readable >= line.text.size() + newsutils::kRecordPadding);
        lines.push_back({std::string(line.text), line.number, line.too_long});
    }
    return lines;
}

std::optional<std::string> parse(RecordParser& parser, const std::string& line, Record& record,
                                 std::uint64_t number = 1) {
    return parser.parse(line, number, record);
}

}  // namespace

TEST_CASE("lines are handed out whole, numbered, whatever the read sizes") {
    const std::string input = "{\"a\":1}\n\n{\"b\":2}\r\nlast without newline";
    const std::vector<ReadLine> want = {
        {"{\"a\":1}", 1, false}, {"", 2, false}, {"{\"b\":2}\r", 3, false}, {"last without newline", 4, false}};
    CHECK(read_lines(input, 1000) == want);
    CHECK(read_lines(input, 1000, 1) == want);
    for (unsigned seed = 1; seed <= 20; ++seed) CHECK(read_lines(input, 1000, 7, seed) == want);
}

TEST_CASE("an empty input has no line, and a final newline ends the last line") {
    CHECK(read_lines("", 100).empty());
    CHECK(read_lines("one\n", 100) == std::vector<ReadLine>{{"one", 1, false}});
}

TEST_CASE("a line over the limit is skipped to its end, and the lines after it are read") {
    const std::string huge(300000, 'x');
    const std::string input = "short\n" + huge + "\nnext\n" + huge;
    const std::vector<ReadLine> want = {{"short", 1, false}, {"", 2, true}, {"next", 3, false}, {"", 4, true}};
    CHECK(read_lines(input, 1000) == want);
    CHECK(read_lines(input, 1000, 4096, 3) == want);
    // Exactly at the limit is not over it.
    CHECK(read_lines("12345\n123456\n", 5) == std::vector<ReadLine>{{"12345", 1, false}, {"", 2, true}});
}

TEST_CASE("a record's text is decoded and its id kept as written") {
    RecordParser parser({}, 1 << 20);
    Record record{};
    const std::string line = R"({"id" : "a\u0031", "text": "Caf\u00e9 \"sign\"\nNext.", "n": 1.50})";
    REQUIRE_FALSE(parse(parser, line, record, 7));
    CHECK(record.text == "Caf\xC3\xA9 \"sign\"\nNext.");
    CHECK(record.id == R"("a\u0031")");
    CHECK(record.line_number == 7);
    CHECK(line.substr(record.text_begin, record.text_end - record.text_begin) == R"("Caf\u00e9 \"sign\"\nNext.")");
}

TEST_CASE("an id may be any JSON value, and without one it is the line number") {
    RecordParser parser({}, 1 << 20);
    Record record{};
    REQUIRE_FALSE(parse(parser, R"({"id": {"site": "x", "n": [1, 2]} , "text": "t"})", record));
    CHECK(record.id == R"({"site": "x", "n": [1, 2]})");
    REQUIRE_FALSE(parse(parser, R"({"text": "t", "id": -1.5e3})", record));
    CHECK(record.id == "-1.5e3");
    REQUIRE_FALSE(parse(parser, R"({"text": "t", "id": null})", record));
    CHECK(record.id == "null");
    REQUIRE_FALSE(parse(parser, R"({"text": "t"})", record, 42));
    CHECK(record.id == "42");
}

TEST_CASE("other field names, escaped keys, and the first of two members of a name") {
    RecordParser parser({.text = "body", .id = "url"}, 1 << 20);
    Record record{};
    REQUIRE_FALSE(
        parse(parser, R"({"text": "not this", "b\u006fdy": "this", "url": "u", "body": "nor this"})", record));
    CHECK(record.text == "this");
    CHECK(record.id == R"("u")");
    RecordParser same({.text = "text", .id = "text"}, 1 << 20);
    REQUIRE_FALSE(parse(same, R"({"text": "both"})", record));
    CHECK(record.id == R"("both")");
}

TEST_CASE("a malformed record says what is wrong") {
    RecordParser parser({}, 1 << 20);
    Record record{};
    CHECK(parse(parser, "not json", record) == "bad JSON: a word that is not true, false or null");
    CHECK(parse(parser, R"({"text": "a",})", record) ==
          "bad JSON: a comma, colon, bracket or brace missing or out of place");
    CHECK(parse(parser, R"({"text": "a"} {})", record) ==
          "bad JSON: a comma, colon, bracket or brace missing or out of place");
    CHECK(parse(parser, R"({"text": "open)", record) == "bad JSON: a string without its closing quote");
    CHECK(parse(parser, "{\"text\": \"a\tb\"}", record) == "bad JSON: a control character unescaped in a string");
    CHECK(parse(parser, R"({"text": "\ud800"})", record) == "bad JSON: a bad escape in a string");
    CHECK(parse(parser, R"({"text": "a", "n": 01})", record) == "bad JSON: a bad number, or an integer beyond 64 bits");
    CHECK(parse(parser, "{\"text\": \"caf\xE9\"}", record) == "invalid UTF-8 at byte 13");
    CHECK(parse(parser, R"(["text"])", record) == "not a JSON object");
    CHECK(parse(parser, R"("text")", record) == "not a JSON object");
    CHECK(parse(parser, R"({"id": 1})", record) == R"(no "text" field)");
    CHECK(parse(parser, R"({"text": 5})", record) == R"("text" is a number, not a string)");
    CHECK(parse(parser, R"({"text": null})", record) == R"("text" is null, not a string)");
    CHECK(parse(parser, R"({"text": ["a"]})", record) == R"("text" is an array, not a string)");
    // And the next record is read as ever.
    CHECK_FALSE(parse(parser, R"({"text": "fine"})", record));
    CHECK(record.text == "fine");
}

TEST_CASE("a line is read in place when padded, else copied") {
    RecordParser parser({}, 1 << 20);
    Record record{};
    std::string padded = R"({"text": "in place"})";
    const std::size_t length = padded.size();
    padded.append(newsutils::kRecordPadding, '\n');
    REQUIRE_FALSE(parser.parse(std::string_view(padded.data(), length), 1, record, padded.size()));
    CHECK(record.line.data() == padded.data());
    CHECK(record.text == "in place");
    const std::string bare = R"({"text": "copied"})";
    REQUIRE_FALSE(parser.parse(bare, 1, record));
    CHECK(record.line.data() != bare.data());
    CHECK(record.line == bare);
}

TEST_CASE("a record written back has its new text and every other byte as it was") {
    RecordParser parser({}, 1 << 20);
    Record record{};
    const std::string line = R"({"id": 7,  "text" : "old \"text\"" , "tags": ["a", "b"], "x": 1.50})";
    REQUIRE_FALSE(parse(parser, line, record));
    std::string out;
    newsutils::append_with_text(out, record, "New \"text\"\n\nTwo.");
    CHECK(out == R"({"id": 7,  "text" : "New \"text\"\n\nTwo." , "tags": ["a", "b"], "x": 1.50})");
}

namespace {

struct Document {
    std::string id;
    std::uint64_t line;
    std::vector<std::string> paragraphs;
};

std::vector<Document> read_documents(const std::string& input, newsutils::InputOptions options = {}) {
    MemorySource source(input, [] { return std::size_t{5}; });
    std::vector<Document> documents;
    newsutils::read_records(
        "test.jsonl", source, 0, options,
        {
            .begin_document =
                [&](const newsutils::InputContext& input_context) {
                    REQUIRE(input_context.record());
                    documents.push_back(
                        {std::string(input_context.record()->id), input_context.record()->line_number, {}});
                },
            .paragraph =
                [&](const newsutils::InputContext&, const newsutils::Paragraph& paragraph) {
                    documents.back().paragraphs.emplace_back(paragraph.text);
                },
            .end_document = [&](const newsutils::InputContext&,
                                newsutils::DocumentEnd how) { CHECK(how == newsutils::DocumentEnd::record); },
        });
    return documents;
}

}  // namespace

TEST_CASE("each record's text is one document of paragraphs, and bad records are skipped") {
    newsutils::set_program_name("records_test");
    const std::string input =
        "\xEF\xBB\xBF{\"id\": \"a\", \"text\": \"One.\\n\\nTwo.\\n\\f\\nThree.\"}\r\n"
        "\n"
        "{bad}\n"
        "{\"text\": \"Carriage\\r\\nreturn.\"}\n"
        "{\"text\": \"" +
        std::string(300, 'x') + "\"}\n";
    newsutils::InputOptions options;
    options.max_document = 200;
    const auto documents = read_documents(input, options);
    REQUIRE(documents.size() == 2);
    CHECK(documents[0].id == "\"a\"");
    CHECK(documents[0].line == 1);
    // A form-feed line inside a record separates nothing: it is a blank line.
    CHECK(documents[0].paragraphs == std::vector<std::string>{"One.", "Two.", "Three."});
    CHECK(documents[1].id == "4");
    CHECK(documents[1].paragraphs == std::vector<std::string>{"Carriage\nreturn."});
    CHECK(newsutils::error_exit_status() == newsutils::kExitError);
}
