#include "input_files.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <limits>
#include <system_error>

#include "diagnostics.hpp"

namespace newsutils {
namespace {

class InvalidInput : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Totals {
    std::uint64_t files = 0;
    std::uint64_t bytes = 0;
    std::uint64_t paragraphs = 0;
};

void read_one(std::string_view name, int fd, const InputOptions& options, bool lines, Totals& totals,
              const ParagraphHandler& handle) {
    ParagraphReader reader(fd, ReaderOptions{options.max_paragraph, lines});
    const InputContext context{name, reader, totals.files, totals.bytes, totals.paragraphs};
    struct AddToTotals {
        Totals& totals;
        const ParagraphReader& reader;
        ~AddToTotals() {
            totals.bytes += reader.bytes_read();
            totals.paragraphs += reader.paragraph_count();
        }
    } add_to_totals{totals, reader};
    bool warned_invalid = false;
    bool warned_long = false;
    std::uint64_t paragraph_start = 0;
    const auto check_invalid = [&](std::uint64_t processed_up_to) {
        const auto& bad = reader.first_invalid();
        if (!bad || warned_invalid) return;
        const auto where = fmt::format("invalid UTF-8 at line {}, byte {}", bad->line, bad->byte);
        if (options.strict) {
            // Everything before the bad byte is still processed, as far as reads fell.
            if (bad->normalized < processed_up_to) throw InvalidInput(where);
            return;
        }
        report_warning(name, where + "; replaced by U+FFFD");
        warned_invalid = true;
    };
    Paragraph paragraph;
    while (reader.next(paragraph)) {
        check_invalid(paragraph.normalized_start + paragraph.text.size());
        if (!paragraph.continues_previous) paragraph_start = reader.original_offset(paragraph.normalized_start);
        if (paragraph.continues_previous && !warned_long) {
            report_warning(name, fmt::format("paragraph at byte {} is longer than {} bytes; processed in pieces",
                                             paragraph_start, options.max_paragraph));
            warned_long = true;
        }
        handle(context, paragraph);
    }
    check_invalid(std::numeric_limits<std::uint64_t>::max());
}

}  // namespace

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
        } catch (const InvalidInput& e) {
            report_error(name, e.what());
        }
        if (!is_stdin) ::close(fd);
        ++totals.files;
    }
}

}  // namespace newsutils
