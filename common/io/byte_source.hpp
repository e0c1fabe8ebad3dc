// Where input bytes come from: a file descriptor for the tools, memory for
// tests and fuzzers (in pieces of any size, as pipes deliver them).
#pragma once

#include <cstddef>
#include <functional>
#include <span>
#include <string_view>

namespace newsutils {

class ByteSource {
public:
    virtual ~ByteSource() = default;
    // Reads up to buffer.size() bytes into `buffer`; 0 at the end of input.
    // Throws std::system_error when reading fails.
    virtual std::size_t read(std::span<char> buffer) = 0;
};

class FileSource : public ByteSource {
public:
    explicit FileSource(int fd) : fd_(fd) {}
    std::size_t read(std::span<char> buffer) override;  // retries when interrupted

private:
    int fd_;
};

// Bytes in memory, handed out in pieces: at most `piece_size()` bytes a
// read (a pipe may deliver any amount), all that fits when it is not given.
class MemorySource : public ByteSource {
public:
    explicit MemorySource(std::string_view bytes, std::function<std::size_t()> piece_size = {})
        : bytes_(bytes), piece_size_(std::move(piece_size)) {}
    std::size_t read(std::span<char> buffer) override;

private:
    std::string_view bytes_;
    std::function<std::size_t()> piece_size_;
};

}  // namespace newsutils
