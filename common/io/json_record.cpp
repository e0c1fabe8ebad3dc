#include "io/json_record.hpp"

#include <fmt/format.h>
#include <simdjson.h>

#include <algorithm>

#include "io/json_writer.hpp"
#include "text/utf8.hpp"

namespace newsutils {

static_assert(kRecordPadding >= simdjson::SIMDJSON_PADDING);

// Two passes over each line, both at gigabytes a second: the DOM parser
// validates all of it and decodes the text; the On-Demand one, walking the
// same bytes, says where the text's value and the id lie as written, which
// the DOM does not keep.
struct RecordParser::Parsers {
    explicit Parsers(std::size_t max_size) : dom(max_size), ondemand(max_size) {}
    simdjson::dom::parser dom;
    simdjson::ondemand::parser ondemand;
};

RecordParser::RecordParser(RecordFields fields, std::size_t max_size)
    : fields_(std::move(fields)),
      parsers_(std::make_unique<Parsers>(std::min<std::size_t>(max_size, simdjson::SIMDJSON_MAXSIZE_BYTES))) {}

RecordParser::~RecordParser() = default;

namespace {

// The byte offset of the first ill-formed UTF-8 sequence in `line`.
std::size_t first_invalid_byte(std::string_view line) {
    for (std::size_t i = 0; i < line.size();) {
        if (static_cast<unsigned char>(line[i]) < 0x80) {
            ++i;
            continue;
        }
        const int length = utf8::judge_sequence(line.substr(i));
        if (length <= 0) return i;
        i += static_cast<std::size_t>(length);
    }
    return line.size();
}

std::string describe(simdjson::error_code error, std::string_view line) {
    using namespace simdjson;
    switch (error) {
        case UTF8_ERROR: return fmt::format("invalid UTF-8 at byte {}", first_invalid_byte(line));
        case UNCLOSED_STRING: return "bad JSON: a string without its closing quote";
        case UNESCAPED_CHARS: return "bad JSON: a control character unescaped in a string";
        case STRING_ERROR: return "bad JSON: a bad escape in a string";
        case NUMBER_ERROR: return "bad JSON: a bad number, or an integer beyond 64 bits";
        case T_ATOM_ERROR:
        case F_ATOM_ERROR:
        case N_ATOM_ERROR: return "bad JSON: a word that is not true, false or null";
        case DEPTH_ERROR: return "bad JSON: nested too deeply";
        case TAPE_ERROR: return "bad JSON: a comma, colon, bracket or brace missing or out of place";
        case CAPACITY: return "longer than the parser takes";
        default: return fmt::format("bad JSON: {}", error_message(error));
    }
}

const char* type_name(simdjson::dom::element_type type) {
    using simdjson::dom::element_type;
    switch (type) {
        case element_type::ARRAY: return "an array";
        case element_type::OBJECT: return "an object";
        case element_type::INT64:
        case element_type::UINT64:
        case element_type::DOUBLE: return "a number";
        case element_type::STRING: return "a string";
        case element_type::BOOL: return "a boolean";
        case element_type::NULL_VALUE: return "null";
    }
    return "not a string";
}

bool is_json_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// simdjson's raw views run on to the next token: the value alone.
std::string_view trimmed(std::string_view raw) {
    while (!raw.empty() && is_json_space(raw.back())) raw.remove_suffix(1);
    return raw;
}

// The value of a top-level member as written.
simdjson::error_code raw_value(simdjson::ondemand::value value, std::string_view& raw) {
    using simdjson::ondemand::json_type;
    json_type type;
    if (const auto error = value.type().get(type)) return error;
    if (type == json_type::object) {
        simdjson::ondemand::object object;
        if (const auto error = value.get_object().get(object)) return error;
        if (const auto error = object.raw_json().get(raw)) return error;
    } else if (type == json_type::array) {
        simdjson::ondemand::array array;
        if (const auto error = value.get_array().get(array)) return error;
        if (const auto error = array.raw_json().get(raw)) return error;
    } else {
        raw = value.raw_json_token();
    }
    raw = trimmed(raw);
    return simdjson::SUCCESS;
}

}  // namespace

std::optional<std::string> RecordParser::parse(std::string_view line, std::uint64_t line_number, Record& record,
                                               std::size_t readable) {
    if (readable < line.size() + kRecordPadding) {
        padded_.assign(line);
        padded_.append(kRecordPadding, ' ');
        line = std::string_view(padded_.data(), line.size());
    }
    record = Record{.line = line, .line_number = line_number, .text = {}, .id = {}};

    simdjson::dom::element root;
    if (const auto error = parsers_->dom.parse(line.data(), line.size(), false).get(root)) return describe(error, line);
    simdjson::dom::object object;
    if (root.get(object)) return "not a JSON object";
    // The first of two members of one name, as simdjson's lookups take it.
    bool has_text = false, has_id = false;
    for (const auto member : object) {
        if (!has_text && member.key == fields_.text) {
            has_text = true;
            if (member.value.get(record.text))
                return fmt::format("\"{}\" is {}, not a string", fields_.text, type_name(member.value.type()));
        }
        if (!has_id && member.key == fields_.id) has_id = true;
    }
    if (!has_text) return fmt::format("no \"{}\" field", fields_.text);

    // Where they are written. The line is valid JSON now: the walk cannot fail.
    simdjson::ondemand::document document;
    simdjson::ondemand::object members;
    if (parsers_->ondemand.iterate(simdjson::padded_string_view(line.data(), line.size(), line.size() + kRecordPadding))
            .get(document) ||
        document.get_object().get(members))
        return "bad JSON";
    bool text_found = false, id_found = !has_id;
    for (auto member : members) {
        std::string_view key;
        simdjson::ondemand::value value;
        if (member.unescaped_key().get(key) || member.value().get(value)) return "bad JSON";
        if (!text_found && key == fields_.text) {
            text_found = true;
            const std::string_view raw = trimmed(value.raw_json_token());
            record.text_begin = static_cast<std::size_t>(raw.data() - line.data());
            record.text_end = record.text_begin + raw.size();
            if (key == fields_.id && !id_found) {
                id_found = true;
                record.id = raw;
            }
        } else if (!id_found && key == fields_.id) {
            id_found = true;
            if (raw_value(value, record.id)) return "bad JSON";
        }
        if (text_found && id_found) break;
    }
    if (!has_id) {
        line_number_.clear();
        json::append_number(line_number_, line_number);
        record.id = line_number_;
    }
    return std::nullopt;
}

void append_with_text(std::string& out, const Record& record, std::string_view text) {
    out.append(record.line.substr(0, record.text_begin));
    json::append_string(out, text);
    out.append(record.line.substr(record.text_end));
}

}  // namespace newsutils
