#include "io/byte_source.hpp"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <system_error>

namespace newsutils {

std::size_t FileSource::read(std::span<char> buffer) {
    for (;;) {
        const ssize_t got = ::read(fd_, buffer.data(), buffer.size());
        if (got >= 0) return static_cast<std::size_t>(got);
        if (errno != EINTR) throw std::system_error(errno, std::generic_category());
    }
}

std::size_t MemorySource::read(std::span<char> buffer) {
    std::size_t n = std::min(buffer.size(), bytes_.size());
    if (piece_size_ && n > 0) n = std::clamp<std::size_t>(piece_size_(), 1, n);
    std::memcpy(buffer.data(), bytes_.data(), n);
    bytes_.remove_prefix(n);
    return n;
}

}  // namespace newsutils
