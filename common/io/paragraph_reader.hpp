// Reads one input as a stream of paragraphs and document breaks (the
// pipeline contract: blank lines separate paragraphs, a single newline is a
// soft wrap, a line holding only a form feed separates documents) in
// bounded memory: a paragraph longer than the limit is handed out in pieces.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "io/byte_source.hpp"
#include "io/input_normalizer.hpp"

namespace newsutils {

struct Paragraph {
    std::string_view text;           // normalized; valid until the next call to next()
    std::uint64_t normalized_start;  // offset of text[0] in the normalized input
    std::uint64_t index;             // 0-based in the input; in line mode, the input line's index
    bool continues_previous;         // a later piece of a paragraph longer than the limit
};

// The paragraph limit: its default, and the smallest a piece may be cut to
// (room for a character and some context).
constexpr std::size_t kDefaultMaxParagraph = 1 << 20;
constexpr std::size_t kSmallestMaxParagraph = 64;

struct ReaderOptions {
    std::size_t max_paragraph = kDefaultMaxParagraph;  // at least kSmallestMaxParagraph
    bool lines = false;                                // every line is a paragraph of its own
    // A form-feed line separates documents; not in a record's text, which is
    // one document whatever it holds (a form feed is then whitespace).
    bool documents = true;
};

struct InvalidUtf8Location {
    std::uint64_t line;        // 1-based
    std::uint64_t byte;        // 0-based offset in the original input
    std::uint64_t normalized;  // offset of its U+FFFD in the normalized input
};

// Bytes read from a source at a time.
constexpr std::size_t kReadSize = 64 * 1024;

enum class ReadEvent {
    paragraph,       // the Paragraph is filled in
    document_break,  // a form-feed line: the document ends, the next begins after it
    end,             // the end of the input
};

class ParagraphReader {
public:
    ParagraphReader(ByteSource& source, ReaderOptions options);

    // Reads up to the next paragraph (or piece) or document break. Throws
    // std::system_error when reading fails.
    ReadEvent next(Paragraph& paragraph);

    std::uint64_t original_offset(std::uint64_t normalized) const {
        return normalizer_.offsets().source_offset(normalized);
    }
    // The normalized offset up to which text has been handed out.
    std::uint64_t position() const { return buffer_start_ + consumed_; }
    // Where the current document begins in the original input: 0, or just
    // after the last form-feed line.
    std::uint64_t document_start() const { return document_start_; }
    // The first invalid byte met so far, once known.
    const std::optional<InvalidUtf8Location>& first_invalid() const { return first_invalid_; }
    // Paragraphs begun so far (lines, in line mode).
    std::uint64_t paragraph_count() const { return next_index_ + (in_long_paragraph_ ? 1 : 0); }
    // Bytes of the original input read so far (all of it once next() returned `end`).
    std::uint64_t bytes_read() const { return normalizer_.original_consumed(); }

private:
    bool fill();  // false at end of input
    bool line_is_blank(std::size_t begin, std::size_t end) const;
    bool line_is_separator(std::size_t begin, std::size_t end) const;
    void start_paragraph();
    std::size_t cut_point(std::size_t begin, std::size_t limit) const;
    void emit(Paragraph& paragraph, std::size_t begin, std::size_t end, std::size_t resume);
    void emit_bounded(Paragraph& paragraph, std::size_t begin, std::size_t end, std::size_t resume);
    void emit_piece(Paragraph& paragraph, std::size_t begin);
    ReadEvent document_break(std::size_t resume);
    void end_long_paragraph();

    ByteSource& source_;
    ReaderOptions options_;
    InputNormalizer normalizer_;
    std::string buffer_;
    // kReadSize bytes, never cleared: records mode makes a reader for each record.
    std::unique_ptr<char[]> raw_;
    std::uint64_t buffer_start_ = 0;                   // normalized offset of buffer_[0]
    std::size_t consumed_ = 0;                         // buffer_ before this is done with
    std::size_t paragraph_begin_ = std::string::npos;  // start of the paragraph being assembled
    std::size_t scanned_ = 0;                          // start of the next line to classify
    std::size_t search_from_ = 0;                      // no newline in [scanned_, search_from_)
    bool end_of_input_ = false;
    bool in_long_paragraph_ = false;
    bool resume_mid_line_ = false;  // the last piece was cut inside a line
    std::uint64_t next_index_ = 0;
    std::uint64_t newlines_consumed_ = 0;  // counted only until the first invalid byte is located
    std::uint64_t document_start_ = 0;
    std::optional<InvalidUtf8Location> first_invalid_;
};

}  // namespace newsutils
