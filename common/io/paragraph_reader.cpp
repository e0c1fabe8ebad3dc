#include "io/paragraph_reader.hpp"

#include <algorithm>
#include <cstring>

#include "text/byte_set.hpp"
#include "text/utf8.hpp"

namespace newsutils {

ParagraphReader::ParagraphReader(ByteSource& source, ReaderOptions options) : source_(source), options_(options) {
    options_.max_paragraph = std::max(options_.max_paragraph, kSmallestMaxParagraph);
    raw_ = std::make_unique_for_overwrite<char[]>(kReadSize);
}

bool ParagraphReader::fill() {
    if (end_of_input_) return false;
    // Drop what has been handed out; the paragraph being assembled stays.
    const std::size_t keep_from = std::min(consumed_, paragraph_begin_);
    if (keep_from > 0) {
        if (!first_invalid_) newlines_consumed_ += count_byte(std::string_view(buffer_.data(), keep_from), '\n');
        buffer_.erase(0, keep_from);
        buffer_start_ += keep_from;
        consumed_ -= keep_from;
        scanned_ -= keep_from;
        search_from_ -= keep_from;
        if (paragraph_begin_ != std::string::npos) paragraph_begin_ -= keep_from;
        normalizer_.forget_before(buffer_start_);
    }
    const std::size_t got = source_.read(std::span<char>(raw_.get(), kReadSize));
    end_of_input_ = got == 0;
    const bool had_invalid = normalizer_.first_invalid().has_value();
    normalizer_.feed(std::string_view(raw_.get(), got), buffer_, end_of_input_);
    if (!had_invalid && normalizer_.first_invalid()) {
        const auto& bad = *normalizer_.first_invalid();
        const auto lines = count_byte(std::string_view(buffer_.data(), bad.normalized_offset - buffer_start_), '\n');
        first_invalid_ =
            InvalidUtf8Location{newlines_consumed_ + lines + 1, bad.original_offset, bad.normalized_offset};
    }
    return true;
}

bool ParagraphReader::line_is_blank(std::size_t begin, std::size_t end) const {
    const std::string_view line(buffer_.data() + begin, end - begin);
    return utf8::skip_spaces(line, 0) == line.size();
}

// The normalizer keeps a form feed only when it is alone on its line.
bool ParagraphReader::line_is_separator(std::size_t begin, std::size_t end) const {
    return options_.documents && end == begin + 1 && buffer_[begin] == '\f';
}

void ParagraphReader::start_paragraph() {
    // [scanned_, search_from_) holds no newline, nor does any part of it.
    if (consumed_ < scanned_ || consumed_ > search_from_) search_from_ = consumed_;
    paragraph_begin_ = scanned_ = consumed_;
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
    std::size_t cut = cut_point(begin, begin + options_.max_paragraph);
    // Never inside a line of only blanks: cut before it, so that it is judged
    // whole (a blank line ends the paragraph), whatever the read sizes were.
    std::size_t line = cut;
    while (line > begin && (buffer_[line - 1] == ' ' || buffer_[line - 1] == '\t')) --line;
    if (line > begin && line < cut && buffer_[line - 1] == '\n') cut = line;
    emit(paragraph, begin, cut, cut);
    in_long_paragraph_ = true;
    resume_mid_line_ = buffer_[cut - 1] != '\n';
    paragraph_begin_ = std::string::npos;
}

// The last piece of a long paragraph ended at its cut.
void ParagraphReader::end_long_paragraph() {
    if (!in_long_paragraph_) return;
    in_long_paragraph_ = false;
    ++next_index_;
}

ReadEvent ParagraphReader::document_break(std::size_t resume) {
    end_long_paragraph();
    if (options_.lines) ++next_index_;  // the separator is a line too
    consumed_ = resume;
    paragraph_begin_ = std::string::npos;
    document_start_ = original_offset(buffer_start_ + resume);
    return ReadEvent::document_break;
}

ReadEvent ParagraphReader::next(Paragraph& paragraph) {
    for (;;) {
        if (paragraph_begin_ == std::string::npos) start_paragraph();
        // Walk complete lines from where the last look stopped.
        while (scanned_ < buffer_.size()) {
            const char* nl = static_cast<const char*>(
                std::memchr(buffer_.data() + search_from_, '\n', buffer_.size() - search_from_));
            if (!nl) {
                search_from_ = buffer_.size();
                break;
            }
            const std::size_t line_end = static_cast<std::size_t>(nl - buffer_.data());
            // The rest of a line cut for length is not a line of its own.
            const bool whole_line = !resume_mid_line_;
            resume_mid_line_ = false;
            if (whole_line && line_is_separator(scanned_, line_end)) {
                if (paragraph_begin_ < scanned_) {  // the paragraph before it ends first
                    emit_bounded(paragraph, paragraph_begin_, scanned_ - 1, scanned_);
                    return ReadEvent::paragraph;
                }
                return document_break(line_end + 1);
            }
            if (options_.lines) {
                emit_bounded(paragraph, paragraph_begin_, line_end, line_end + 1);
                return ReadEvent::paragraph;
            }
            const bool blank = whole_line && line_is_blank(scanned_, line_end);
            if (blank && paragraph_begin_ == scanned_) {
                paragraph_begin_ = scanned_ = search_from_ = consumed_ =
                    line_end + 1;  // blank lines before a paragraph
                end_long_paragraph();
                continue;
            }
            if (blank) {
                emit_bounded(paragraph, paragraph_begin_, scanned_ - 1, line_end + 1);
                return ReadEvent::paragraph;
            }
            scanned_ = search_from_ = line_end + 1;
        }
        if (buffer_.size() - paragraph_begin_ > options_.max_paragraph) {
            const std::string_view pending(buffer_.data() + paragraph_begin_, buffer_.size() - paragraph_begin_);
            if (utf8::skip_spaces(pending, 0) == pending.size()) {
                // Only whitespace so far: nothing to hand out, and no paragraph yet.
                if (pending.find('\n') != std::string_view::npos) resume_mid_line_ = false;
                paragraph_begin_ = scanned_ = search_from_ = consumed_ = buffer_.size();
            } else {
                emit_piece(paragraph, paragraph_begin_);
                return ReadEvent::paragraph;
            }
        }
        if (!fill()) {
            // The input ends inside its last line, [scanned_, end).
            const std::size_t end = buffer_.size();
            if (!resume_mid_line_ && scanned_ < end && line_is_separator(scanned_, end)) {
                if (paragraph_begin_ < scanned_) {
                    emit_bounded(paragraph, paragraph_begin_, scanned_ - 1, scanned_);
                    return ReadEvent::paragraph;
                }
                return document_break(end);
            }
            if (paragraph_begin_ >= end ||
                (!options_.lines && !resume_mid_line_ && line_is_blank(paragraph_begin_, end))) {
                consumed_ = end;
                paragraph_begin_ = std::string::npos;
                end_long_paragraph();
                return ReadEvent::end;
            }
            std::size_t text_end = end;
            if (scanned_ == end && end > paragraph_begin_ && buffer_[end - 1] == '\n') --text_end;
            emit_bounded(paragraph, paragraph_begin_, text_end, end);
            return ReadEvent::paragraph;
        }
    }
}

}  // namespace newsutils
