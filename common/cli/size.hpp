// Sizes on the command line: a number of bytes with an optional suffix.
#pragma once

#include <cstddef>
#include <string_view>

namespace newsutils::cli {

// Parses "4096", "64K", "1M", "2g", "16MiB" (K, M, G in either case, alone
// or as KiB, MiB, GiB: powers of 1024). Throws UsageError naming `text`.
std::size_t parse_size(std::string_view text);

}  // namespace newsutils::cli
