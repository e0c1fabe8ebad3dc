#include "input_files.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <limits>
#include <system_error>

#include "diagnostics.hpp"
#include "input_normalizer.hpp"

namespace newsutils {
namespace {

struct Totals {
    std::uint64_t files = 0;
    std::uint64_t bytes = 0;
    std::uint64_t paragraphs = 0;
};

void read_one(std::string_view name, int fd, const InputOptions& options, bool lines, Totals& totals,
              const ParagraphHandler& handle) {
    ParagraphReader reader(fd, ReaderOptions{options.max_paragraph, lines});
    const InputContext context{name, reader, totals.files, totals.bytes, totals.paragraphs};
    struct AddToTotals {  // also when reading fails half-way
        Totals& totals;
        const ParagraphReader& reader;
        ~AddToTotals() {
            totals.bytes += reader.bytes_read();
            totals.paragraphs += reader.paragraph_count();
        }
    } add_to_totals{totals, reader};

    std::string strict_failure;  // with --strict, the invalid byte that stopped processing
    bool warned_invalid = false;
    // Judges the first invalid byte once the text up to `processed_up_to` is known.
    const auto check_invalid = [&](std::uint64_t processed_up_to) {
        const auto& bad = reader.first_invalid();
        if (!bad || warned_invalid || !strict_failure.empty()) return;
        const auto where = fmt::format("invalid UTF-8 at line {}, byte {}", bad->line, bad->byte);
        if (!options.strict) {
            report_warning(name, where + "; replaced by U+FFFD");
            warned_invalid = true;
        } else if (bad->normalized < processed_up_to) {
            strict_failure = where;  // the paragraphs before it were processed
        }
    };
    std::uint64_t paragraph_start = 0;
    bool warned_long = false;
    Paragraph paragraph;
    while (reader.next(paragraph)) {
        check_invalid(paragraph.normalized_start + paragraph.text.size());
        // After a --strict failure the rest is still read, so that the offsets
        // and paragraph numbers of the files after this one stay right.
        if (!strict_failure.empty()) continue;
        if (!paragraph.continues_previous) {
            paragraph_start = reader.original_offset(paragraph.normalized_start);
            warned_long = false;
        } else if (!warned_long) {
            report_warning(name, fmt::format("paragraph at byte {} is longer than {} bytes; processed in pieces",
                                             paragraph_start, options.max_paragraph));
            warned_long = true;
        }
        handle(context, paragraph);
    }
    check_invalid(std::numeric_limits<std::uint64_t>::max());
    if (!strict_failure.empty()) report_error(name, strict_failure);
}

}  // namespace

std::string read_text_file(const std::string& name) {
    const int fd = ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw std::system_error(errno, std::generic_category());
    struct CloseAtEnd {
        int fd;
        ~CloseAtEnd() { ::close(fd); }
    } close_at_end{fd};
    InputNormalizer normalizer;
    std::string raw(kReadSize, '\0'), text;
    for (std::size_t got = 1; got != 0;) {
        got = read_some(fd, raw);
        normalizer.feed(std::string_view(raw.data(), got), text, got == 0);
    }
    return text;
}

void read_inputs(const InputOptions& options, bool lines, const ParagraphHandler& handle) {
    static const std::vector<std::string> kStandardInput{"-"};
    const auto& files = options.files.empty() ? kStandardInput : options.files;
    Totals totals;
    for (const auto& name : files) {
        const bool is_stdin = name == "-";
        int fd = is_stdin ? STDIN_FILENO : ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            report_error(name, std::strerror(errno));
            ++totals.files;
            continue;
        }
        try {
            read_one(name, fd, options, lines, totals, handle);
        } catch (const std::system_error& e) {
            report_error(name, std::strerror(e.code().value()));
        }
        if (!is_stdin) ::close(fd);
        ++totals.files;
    }
}

}  // namespace newsutils
