// JSON Lines output: one object a line, strings escaped per RFC 8259.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace newsutils::json {

// Appends `text` (valid UTF-8) as a quoted JSON string.
void append_string(std::string& out, std::string_view text);

// Builds one JSON object; fields are appended in call order.
class ObjectBuilder {
public:
    explicit ObjectBuilder(std::string& out) : out_(out) { out_ += '{'; }
    ObjectBuilder& field(std::string_view key, std::string_view value);
    ObjectBuilder& field(std::string_view key, std::uint64_t value);
    void close() { out_ += "}\n"; }

private:
    void key(std::string_view name);
    std::string& out_;
    bool first_ = true;
};

}  // namespace newsutils::json
