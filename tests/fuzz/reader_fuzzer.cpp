// Fuzz target for the input side: arbitrary bytes through the paragraph
// reader, delivered in pieces of random size, with a small paragraph limit
// or line mode as the input's last bytes say. What must hold for any input:
// the same paragraphs and breaks whatever the read sizes; paragraphs of
// valid UTF-8 without CR, VT, NEL, U+2028 or U+2029 and with no form feed,
// never over the limit; offsets that map every plain ASCII character back
// to the same byte of the input; and every byte counted as read.
#include <random>
#include <string>
#include <vector>

#include "fuzz_checks.hpp"
#include "io/paragraph_reader.hpp"

namespace {

struct Event {
    bool is_break;
    std::string text;
    std::uint64_t index;
    bool continues;
    bool operator==(const Event&) const = default;
};

std::vector<Event> read(std::string_view input, newsutils::ReaderOptions options, unsigned seed) {
    std::mt19937 random(seed);
    newsutils::MemorySource source(
        input, seed == 0 ? std::function<std::size_t()>() : [&] { return 1 + random() % 300; });
    newsutils::ParagraphReader reader(source, options);
    std::vector<Event> events;
    newsutils::Paragraph p;
    std::uint64_t last_start = 0;
    for (newsutils::ReadEvent e; (e = reader.next(p)) != newsutils::ReadEvent::end;) {
        if (e == newsutils::ReadEvent::document_break) {
            fuzz::require(reader.document_start() <= input.size());
            events.push_back({true, "", 0, false});
            continue;
        }
        const std::string_view text = p.text;
        fuzz::require_valid_utf8(text);
        fuzz::require(text.size() <= options.max_paragraph);
        for (std::string_view bad : {"\r", "\v", "\f", "\xC2\x85", "\xE2\x80\xA8", "\xE2\x80\xA9"})
            fuzz::require(text.find(bad) == std::string_view::npos);
        for (std::size_t i = 0; i < text.size(); ++i) {
            const auto b = static_cast<unsigned char>(text[i]);
            if ((b & 0xC0) == 0x80) continue;  // offsets are of characters
            const std::uint64_t original = reader.original_offset(p.normalized_start + i);
            fuzz::require(original <= input.size());
            if (i == 0) {
                fuzz::require(original >= last_start);
                last_start = original;
            }
            // A plain ASCII character is the input's own byte; a space may stand for a form feed.
            if (b >= 0x21 && b < 0x7F) fuzz::require(input[original] == text[i]);
        }
        events.push_back({false, std::string(text), p.index, p.continues_previous});
    }
    fuzz::require(reader.bytes_read() == input.size());
    return events;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::Input input(data, size);
    newsutils::ReaderOptions options;
    if (input.parameter(2)) options.max_paragraph = newsutils::kSmallestMaxParagraph + input.parameter(200);
    options.lines = input.parameter(4) == 0;
    const unsigned seed = static_cast<unsigned>(1 + input.parameter(256));
    const auto whole = read(input.text(), options, 0);
    fuzz::require(read(input.text(), options, seed) == whole);
    return 0;
}
