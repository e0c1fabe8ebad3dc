#include "paragraph_reader.hpp"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <system_error>

#include "byte_set.hpp"
#include "utf8.hpp"

namespace newsutils {
namespace {

std::uint64_t count_newlines(const char* data, std::size_t size) {
    return count_byte(std::string_view(data, size), '\n');
}
}  // namespace

std::size_t read_some(int fd, std::string& raw) {
    for (;;) {
        const ssize_t got = ::read(fd, raw.data(), raw.size());
        if (got >= 0) return static_cast<std::size_t>(got);
        if (errno != EINTR) throw std::system_error(errno, std::generic_category());
    }
}

ParagraphReader::ParagraphReader(int fd, ReaderOptions options) : fd_(fd), options_(options) {
    options_.max_paragraph = std::max(options_.max_paragraph, kSmallestMaxParagraph);
    raw_.resize(kReadSize);
}

bool ParagraphReader::fill() {
    if (end_of_input_) return false;
    // Drop what has been handed out; the paragraph being assembled stays.
    const std::size_t keep_from = std::min(consumed_, paragraph_begin_);
    if (keep_from > 0) {
        if (!first_invalid_) newlines_consumed_ += count_newlines(buffer_.data(), keep_from);
        buffer_.erase(0, keep_from);
        buffer_start_ += keep_from;
        consumed_ -= keep_from;
        scanned_ -= keep_from;
        if (paragraph_begin_ != std::string::npos) paragraph_begin_ -= keep_from;
        normalizer_.forget_before(buffer_start_);
    }
    const std::size_t got = read_some(fd_, raw_);
    end_of_input_ = got == 0;
    const bool had_invalid = normalizer_.first_invalid().has_value();
    normalizer_.feed(std::string_view(raw_.data(), got), buffer_, end_of_input_);
    if (!had_invalid && normalizer_.first_invalid()) {
        const auto& bad = *normalizer_.first_invalid();
        const auto lines = count_newlines(buffer_.data(), bad.normalized_offset - buffer_start_);
        first_invalid_ =
            InvalidUtf8Location{newlines_consumed_ + lines + 1, bad.original_offset, bad.normalized_offset};
    }
    return true;
}

bool ParagraphReader::line_is_blank(std::size_t begin, std::size_t end) const {
    const std::string_view line(buffer_.data() + begin, end - begin);
    return utf8::skip_spaces(line, 0) == line.size();
}

// Where to cut a paragraph that has reached the limit: after the last
// whitespace in its second half, else at a character boundary.
std::size_t ParagraphReader::cut_point(std::size_t begin, std::size_t limit) const {
    const std::size_t floor = begin + (limit - begin) / 2;
    for (std::size_t i = limit; i > floor; --i) {
        const auto b = static_cast<unsigned char>(buffer_[i - 1]);
        if (b == ' ' || b == '\n' || b == '\t') return i;
    }
    std::size_t i = limit;
    while (i > begin + 1 && (static_cast<unsigned char>(buffer_[i]) & 0xC0) == 0x80) --i;
    return i;
}

void ParagraphReader::emit(Paragraph& paragraph, std::size_t begin, std::size_t end, std::size_t resume) {
    paragraph.text = std::string_view(buffer_.data() + begin, end - begin);
    paragraph.normalized_start = buffer_start_ + begin;
    paragraph.continues_previous = in_long_paragraph_;
    paragraph.index = next_index_;
    consumed_ = resume;
}

// Hands out [begin, end) as a whole paragraph, or its first piece when it is over the limit.
void ParagraphReader::emit_bounded(Paragraph& paragraph, std::size_t begin, std::size_t end, std::size_t resume) {
    paragraph_begin_ = std::string::npos;
    if (end - begin > options_.max_paragraph) {
        emit_piece(paragraph, begin);
        return;
    }
    emit(paragraph, begin, end, resume);
    in_long_paragraph_ = false;
    ++next_index_;
}

void ParagraphReader::emit_piece(Paragraph& paragraph, std::size_t begin) {
    const std::size_t cut = cut_point(begin, begin + options_.max_paragraph);
    emit(paragraph, begin, cut, cut);
    in_long_paragraph_ = true;
    resume_mid_line_ = buffer_[cut - 1] != '\n';
    paragraph_begin_ = std::string::npos;
}

bool ParagraphReader::next(Paragraph& paragraph) {
    for (;;) {
        if (paragraph_begin_ == std::string::npos) {
            paragraph_begin_ = consumed_;
            scanned_ = consumed_;
        }
        // Walk complete lines from where the last look stopped.
        while (scanned_ < buffer_.size()) {
            const char* nl =
                static_cast<const char*>(std::memchr(buffer_.data() + scanned_, '\n', buffer_.size() - scanned_));
            if (!nl) break;
            const std::size_t line_end = static_cast<std::size_t>(nl - buffer_.data());
            if (options_.lines) {
                resume_mid_line_ = false;
                emit_bounded(paragraph, paragraph_begin_, line_end, line_end + 1);
                return true;
            }
            // The rest of a line cut for length is not a line of its own.
            const bool blank = !resume_mid_line_ && line_is_blank(scanned_, line_end);
            resume_mid_line_ = false;
            if (blank && paragraph_begin_ == scanned_) {
                paragraph_begin_ = scanned_ = line_end + 1;  // blank lines before a paragraph
                consumed_ = scanned_;
                if (in_long_paragraph_) {  // the last piece of a long paragraph ended at the cut
                    in_long_paragraph_ = false;
                    ++next_index_;
                }
                continue;
            }
            if (blank) {
                emit_bounded(paragraph, paragraph_begin_, scanned_ - 1, line_end + 1);
                return true;
            }
            scanned_ = line_end + 1;
        }
        if (buffer_.size() - paragraph_begin_ > options_.max_paragraph) {
            const std::string_view pending(buffer_.data() + paragraph_begin_, buffer_.size() - paragraph_begin_);
            if (utf8::skip_spaces(pending, 0) == pending.size()) {
                // Only whitespace so far: nothing to hand out, and no paragraph yet.
                if (pending.find('\n') != std::string_view::npos) resume_mid_line_ = false;
                paragraph_begin_ = scanned_ = consumed_ = buffer_.size();
            } else {
                emit_piece(paragraph, paragraph_begin_);
                return true;
            }
        }
        if (!fill()) {
            if (paragraph_begin_ >= buffer_.size() ||
                (!options_.lines && !resume_mid_line_ && line_is_blank(paragraph_begin_, buffer_.size()))) {
                consumed_ = buffer_.size();
                paragraph_begin_ = std::string::npos;
                return false;
            }
            std::size_t end = buffer_.size();
            if (scanned_ == end && end > paragraph_begin_ && buffer_[end - 1] == '\n') --end;
            emit_bounded(paragraph, paragraph_begin_, end, buffer_.size());
            return true;
        }
    }
}

}  // namespace newsutils
