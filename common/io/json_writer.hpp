// JSON text (RFC 8259) built into a string: strings escaped, numbers in their
// shortest round-trip form, objects and arrays nested. JSON Lines output is
// one such value a line; io/record_writer.hpp writes the lines.
#pragma once

#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsutils::json {

// Appends `text` as a quoted JSON string. Control characters are escaped,
// and U+2028 and U+2029 too (JavaScript reads them as line ends); an invalid
// UTF-8 sequence becomes U+FFFD, so the output is always valid UTF-8.
void append_string(std::string& out, std::string_view text);

// Appends a number: an integral value as an integer (10000, never 1e+04),
// any other the shortest decimal that reads back as the same double
// (0.333333, 1.5e-07); NaN and infinities, which JSON lacks, as null.
void append_number(std::string& out, double value);
void append_number(std::string& out, std::int64_t value);
void append_number(std::string& out, std::uint64_t value);

class Writer {
public:
    explicit Writer(std::string& out) : out_(out) {}

    Writer& begin_object();
    Writer& end_object();
    Writer& begin_array();
    Writer& end_array();
    Writer& key(std::string_view name);

    Writer& value(std::string_view text);
    Writer& value(const char* text) { return value(std::string_view(text)); }
    Writer& value(bool b);
    Writer& value(double number);
    Writer& value(std::signed_integral auto number) { return integer(static_cast<std::int64_t>(number)); }
    Writer& value(std::unsigned_integral auto number) { return integer(static_cast<std::uint64_t>(number)); }
    Writer& null();
    // A value already written as JSON (a record's id as its line has it), copied as it is.
    Writer& raw(std::string_view json);

    template <class T>
    Writer& field(std::string_view name, const T& v) {
        key(name);
        return value(v);
    }

    // Whether every object and array begun has been ended.
    bool complete() const { return open_.empty(); }

private:
    Writer& integer(std::int64_t number);
    Writer& integer(std::uint64_t number);
    void before_value();

    std::string& out_;
    std::vector<bool> open_;  // per open object or array: whether a member was written
    bool after_key_ = false;
};

}  // namespace newsutils::json
