// Buffered standard output that notices failed writes. A closed pipe ends
// the program the way it ends cat (SIGPIPE); any other failure is thrown as
// WriteError so the tool can report it and exit with status 2.
//
// It also hears whether anything was found: the writers call found() for
// each finding they write. With -q (quiet) nothing is written, and the first
// finding throws FoundQuietly: as with `grep -q`, the answer is known and the
// tool stops reading there.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace newsutils {

class WriteError : public std::runtime_error {
public:
    explicit WriteError(int error_number);
};

struct FoundQuietly {};

class OutputWriter {
public:
    enum class Mode { normal, quiet };
    explicit OutputWriter(int fd = 1, Mode mode = Mode::normal, std::size_t capacity = 64 * 1024);
    OutputWriter(const OutputWriter&) = delete;
    OutputWriter& operator=(const OutputWriter&) = delete;
    ~OutputWriter();  // flushes, ignoring errors: call flush() to see them

    void write(std::string_view text) {
        if (buffer_.size() + text.size() > capacity_)
            drain(text);
        else
            buffer_.append(text);
    }
    void put(char c) {
        if (buffer_.size() + 1 > capacity_) flush();
        buffer_ += c;
    }
    void flush();

    void found() {
        if (mode_ == Mode::quiet) throw FoundQuietly{};
        found_ = true;
    }
    bool found_anything() const { return found_; }

private:
    void drain(std::string_view text);
    void write_all(std::string_view bytes);

    int fd_;
    Mode mode_;
    std::size_t capacity_;
    std::string buffer_;
    bool found_ = false;
};

}  // namespace newsutils
