#include "io/option_file.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <optional>
#include <system_error>

#include "io/byte_source.hpp"
#include "io/diagnostics.hpp"
#include "io/input_normalizer.hpp"
#include "text/byte_set.hpp"
#include "text/word_list.hpp"

namespace newsutils {
namespace {

// The line of the first byte that no text file holds, if any.
std::optional<std::size_t> binary_line(std::string_view raw) {
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const auto b = static_cast<unsigned char>(raw[i]);
        if (b >= 0x20 || b == '\t' || b == '\n' || b == '\r' || b == '\f') continue;
        return count_byte(raw.substr(0, i), '\n') + 1;
    }
    return std::nullopt;
}

std::string read_all(int fd) {
    FileSource source(fd);
    std::string raw;
    std::string chunk(64 * 1024, '\0');
    for (;;) {
        const std::size_t got = source.read(chunk);
        if (got == 0) return raw;
        if (raw.size() + got > kLargestOptionFile)
            throw std::runtime_error(fmt::format("larger than {} MiB; not a word list", kLargestOptionFile >> 20));
        raw.append(chunk, 0, got);
    }
}

}  // namespace

bool load_option_file(const std::string& name, const std::function<void(std::string_view text)>& use) {
    const bool is_stdin = name == "-";
    const int fd = is_stdin ? STDIN_FILENO : ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        report_error(name, std::strerror(errno));
        return false;
    }
    struct CloseAtEnd {
        int fd;
        bool is_stdin;
        ~CloseAtEnd() {
            if (!is_stdin) ::close(fd);
        }
    } close_at_end{fd, is_stdin};
    std::string raw;
    try {
        raw = read_all(fd);
    } catch (const std::system_error& e) {
        report_error(name, std::strerror(e.code().value()));
        return false;
    } catch (const std::runtime_error& e) {
        report_error(name, e.what());
        return false;
    }
    if (const auto line = binary_line(raw)) {
        report_error(name, fmt::format("line {}: binary data (a control character); not a word list", *line));
        return false;
    }
    InputNormalizer normalizer;
    std::string text;
    normalizer.feed(raw, text, true);
    if (const auto& bad = normalizer.first_invalid()) {
        const auto line = count_byte(std::string_view(raw).substr(0, bad->original_offset), '\n') + 1;
        report_warning(
            name, fmt::format("invalid UTF-8 at line {}, byte {}; replaced by U+FFFD", line, bad->original_offset));
    }
    try {
        use(text);
    } catch (const WordListError& e) {
        report_error(name, e.what());
        return false;
    }
    return true;
}

}  // namespace newsutils
