#include "io/inputs.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <limits>
#include <system_error>

#include "io/diagnostics.hpp"
#include "io/records.hpp"
#include "text/utf8.hpp"

namespace newsutils {

InputContext::InputContext(std::string_view name, const ParagraphReader& reader, std::uint64_t file_number,
                           std::uint64_t bytes_before, std::uint64_t paragraphs_before, std::uint64_t documents_before)
    : name_(name),
      reader_(reader),
      file_number_(file_number),
      bytes_before_(bytes_before),
      paragraphs_before_(paragraphs_before),
      documents_before_(documents_before) {}

const std::string& InputContext::utf8_name() const {
    if (!utf8_name_made_) {
        utf8_name_ = utf8::to_valid(name_);
        utf8_name_made_ = true;
    }
    return utf8_name_;
}

std::string InputContext::message_name() const {
    if (!record_) return std::string(name_);
    return fmt::format("{}:{}", name_, record_->line_number);
}

std::optional<std::string> LongParagraphWarning::check(const ParagraphReader& reader, const Paragraph& paragraph,
                                                       std::size_t limit) {
    if (!paragraph.continues_previous) {
        start_ = reader.original_offset(paragraph.normalized_start);
        warned_ = false;
        return std::nullopt;
    }
    // (Pieces of a long blank line, which line mode hands out, are nothing to warn of.)
    if (warned_ || utf8::skip_spaces(paragraph.text, 0) == paragraph.text.size()) return std::nullopt;
    warned_ = true;
    return fmt::format("paragraph at byte {} is longer than {} bytes; processed in pieces", start_, limit);
}

InputSpan InputContext::input_span(const Paragraph& paragraph, std::size_t begin, std::size_t end) const {
    return {reader_.original_offset(paragraph.normalized_start + begin),
            reader_.original_offset(paragraph.normalized_start + end)};
}

namespace {

struct Totals {
    std::uint64_t files = 0;
    std::uint64_t bytes = 0;
    std::uint64_t paragraphs = 0;
    std::uint64_t documents = 0;
};

void read_one(std::string_view name, int fd, const InputOptions& options, Totals& totals, const InputEvents& events) {
    FileSource source(fd);
    ParagraphReader reader(source, ReaderOptions{options.max_paragraph, options.lines});
    InputContext context(name, reader, totals.files, totals.bytes, totals.paragraphs, totals.documents);
    struct AddToTotals {  // also when reading fails half-way
        Totals& totals;
        const ParagraphReader& reader;
        const InputContext& context;
        ~AddToTotals() {
            totals.bytes += reader.bytes_read();
            totals.paragraphs += reader.paragraph_count();
            totals.documents += context.document() + 1;
        }
    } add_to_totals{totals, reader, context};

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
    LongParagraphWarning long_paragraphs;
    bool document_open = false;
    const auto begin_document = [&] {
        document_open = true;
        if (events.begin_document) events.begin_document(context);
    };
    const auto end_document = [&](DocumentEnd how) {
        document_open = false;
        if (events.end_document) events.end_document(context, how);
    };
    // The document is open before anything is read: an empty file is an empty document.
    begin_document();
    Paragraph paragraph;
    for (;;) {
        ReadEvent event;
        try {
            event = reader.next(paragraph);
        } catch (...) {
            if (document_open) end_document(DocumentEnd::end_of_file);
            throw;
        }
        if (event == ReadEvent::end) break;
        // After a --strict failure the rest is still read, so that the offsets
        // and paragraph numbers of the files after this one stay right.
        check_invalid(reader.position());
        if (event == ReadEvent::document_break) {
            if (!strict_failure.empty()) {
                context.next_document();
                continue;
            }
            end_document(DocumentEnd::separator);
            context.next_document();
            begin_document();
            continue;
        }
        if (!strict_failure.empty()) continue;
        if (const auto warning = long_paragraphs.check(reader, paragraph, options.max_paragraph))
            report_warning(name, *warning);
        if (events.paragraph) events.paragraph(context, paragraph);
    }
    check_invalid(std::numeric_limits<std::uint64_t>::max());
    if (document_open) end_document(DocumentEnd::end_of_file);
    if (!strict_failure.empty()) report_error(name, strict_failure);
}

}  // namespace

void read_inputs(const InputOptions& options, const InputEvents& events) {
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
            if (options.records) {
                FileSource source(fd);
                read_records(name, source, totals.files, options, events);
            } else {
                read_one(name, fd, options, totals, events);
            }
        } catch (const std::system_error& e) {
            report_error(name, std::strerror(e.code().value()));
        }
        if (!is_stdin) ::close(fd);
        ++totals.files;
    }
}

}  // namespace newsutils
