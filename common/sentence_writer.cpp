#include "sentence_writer.hpp"

#include <cstring>

#include "input_normalizer.hpp"
#include "json_writer.hpp"

namespace newsutils {

void append_unwrapped(std::string& out, std::string_view sentence) {
    for (;;) {
        const void* found = std::memchr(sentence.data(), '\n', sentence.size());
        if (!found) break;
        const std::size_t nl = static_cast<std::size_t>(static_cast<const char*>(found) - sentence.data());
        std::size_t before = nl;
        while (before > 0 && (sentence[before - 1] == ' ' || sentence[before - 1] == '\t')) --before;
        std::size_t after = nl + 1;
        while (after < sentence.size() && (sentence[after] == ' ' || sentence[after] == '\t')) ++after;
        out.append(sentence.substr(0, before));
        out += ' ';
        sentence.remove_prefix(after);
    }
    out.append(sentence);
}

void SentenceWriter::write_paragraph(const InputContext& input, const Paragraph& paragraph,
                                     const SentenceSplitter& splitter) {
    spans_.clear();
    splitter.split(paragraph.text, spans_);
    write_sentences(input, paragraph, spans_);
}

void SentenceWriter::write_sentences(const InputContext& input, const Paragraph& paragraph,
                                     const std::vector<SentenceSpan>& spans) {
    if (spans.empty()) return;
    if (!options_.json && wrote_sentence_ && !paragraph.continues_previous) out_.put('\n');
    wrote_sentence_ = true;
    for (const auto span : spans) {
        if (options_.json)
            write_json(input, paragraph, span);
        else
            write_plain(input, paragraph.text.substr(span.begin, span.end - span.begin));
    }
}

void SentenceWriter::write_plain(const InputContext& input, std::string_view sentence) {
    line_.clear();
    if (options_.show_filenames) {
        line_.append(input.name);
        line_ += '\t';
    }
    append_unwrapped(line_, sentence);
    line_ += '\n';
    out_.write(line_);
}

void SentenceWriter::write_json(const InputContext& input, const Paragraph& paragraph, SentenceSpan span) {
    // Offsets count from the start of this file when names are shown, else
    // from the start of the concatenated input, like the paragraph index.
    const std::uint64_t base = options_.show_filenames ? 0 : input.bytes_before;
    const std::uint64_t paragraph_base = options_.show_filenames ? 0 : input.paragraphs_before;
    text_.clear();
    append_unwrapped(text_, paragraph.text.substr(span.begin, span.end - span.begin));
    line_.clear();
    json::ObjectBuilder object(line_);
    if (options_.show_filenames) {
        if (json_name_file_ != input.file_number) {  // JSON must be valid UTF-8, a file name need not be
            json_name_ = to_valid_utf8(input.name);
            json_name_file_ = input.file_number;
        }
        object.field("file", json_name_);
    }
    object.field("text", text_)
        .field("start", base + input.reader.original_offset(paragraph.normalized_start + span.begin))
        .field("end", base + input.reader.original_offset(paragraph.normalized_start + span.end))
        .field("paragraph", paragraph_base + paragraph.index);
    object.close();
    out_.write(line_);
}

}  // namespace newsutils
