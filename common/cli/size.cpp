#include "cli/size.hpp"

#include <fmt/format.h>

#include <cctype>
#include <charconv>
#include <limits>
#include <string>

#include "cli/option.hpp"

namespace newsutils::cli {

std::size_t parse_size(std::string_view text) {
    unsigned long long value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value, 10);
    if (end == text.data() || error == std::errc::invalid_argument)
        throw UsageError(fmt::format("invalid size '{}'", text));
    std::string suffix(end, text.data() + text.size());
    for (auto& c : suffix) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    int shift = 0;
    if (suffix == "K" || suffix == "KIB") {
        shift = 10;
    } else if (suffix == "M" || suffix == "MIB") {
        shift = 20;
    } else if (suffix == "G" || suffix == "GIB") {
        shift = 30;
    } else if (!suffix.empty()) {
        throw UsageError(fmt::format("invalid size '{}'", text));
    }
    if (error == std::errc::result_out_of_range || value > (std::numeric_limits<std::size_t>::max() >> shift))
        throw UsageError(fmt::format("size '{}' is too large", text));
    return static_cast<std::size_t>(value) << shift;
}

}  // namespace newsutils::cli
