// Records mode (--records, conventions.md "Documents"): an input is JSON
// Lines, and the text field of each record is one document, read as a file
// is (io/inputs.hpp: normalized, in paragraphs, the same events) with the
// record in the InputContext, so that writers give its id and count offsets
// and paragraphs within its text. One record is held at a time. A record
// that cannot be read (bad JSON, not an object, no text field or one that is
// not a string, invalid UTF-8, longer than --max-document) is reported as
// `tool: FILE:LINE: what is wrong` and skipped, which makes the exit status
// 2; the records after it are read. Blank lines are no records.
#pragma once

#include <cstdint>
#include <string_view>

#include "io/byte_source.hpp"
#include "io/inputs.hpp"

namespace newsutils {

// Reads the records of one input, `name` for messages. Throws
// std::system_error when reading fails.
void read_records(std::string_view name, ByteSource& source, std::uint64_t file_number, const InputOptions& options,
                  const InputEvents& events);

}  // namespace newsutils
