#include "io/output_writer.hpp"

#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>

namespace newsutils {
namespace {

[[noreturn]] void die_of_closed_pipe() {
    // Whatever the parent did with SIGPIPE, end as `cat` does when its reader goes away.
    std::signal(SIGPIPE, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGPIPE);
    sigprocmask(SIG_UNBLOCK, &set, nullptr);
    std::raise(SIGPIPE);
    std::_Exit(128 + SIGPIPE);
}

}  // namespace

WriteError::WriteError(int error_number) : std::runtime_error(std::strerror(error_number)) {}

OutputWriter::OutputWriter(int fd, Mode mode, std::size_t capacity) : fd_(fd), mode_(mode), capacity_(capacity) {
    buffer_.reserve(capacity_);
}

OutputWriter::~OutputWriter() {
    try {
        flush();
    } catch (...) {
    }
}

void OutputWriter::flush() {
    if (buffer_.empty()) return;
    if (mode_ == Mode::quiet) {
        buffer_.clear();
        return;
    }
    try {
        write_all(buffer_);
    } catch (...) {
        buffer_.clear();  // so the destructor does not try the failed write again
        throw;
    }
    buffer_.clear();
}

void OutputWriter::drain(std::string_view text) {
    flush();
    if (mode_ == Mode::quiet) return;
    if (text.size() >= capacity_)
        write_all(text);
    else
        buffer_.append(text);
}

void OutputWriter::write_all(std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd_, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            if (errno == EPIPE) die_of_closed_pipe();
            throw WriteError(errno);
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
}

}  // namespace newsutils
