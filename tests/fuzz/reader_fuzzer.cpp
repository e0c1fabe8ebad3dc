// Fuzz target for the input side: arbitrary bytes through the paragraph
// reader, delivered in pieces of random size, with a small paragraph limit
// or line mode as the input's last bytes say. What must hold for any input:
// the same paragraphs and breaks whatever the read sizes (the same text in
// each paragraph but for whitespace, and whitespace-only paragraphs left
// out: where an over-long run of it is dropped, and so where pieces are
// cut, depends on what has been read by then); paragraphs of
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
    std::string text;  // of a whole paragraph, its pieces joined, without whitespace
    std::uint64_t index;
    bool operator==(const Event&) const = default;
};

void add_text(std::vector<Event>& events, std::string_view text, std::uint64_t index) {
    if (events.empty() || events.back().is_break || events.back().index != index) events.push_back({false, "", index});
    for (std::size_t i = 0; i < text.size();) {
        const auto length = newsutils::utf8::is_space_at(text, i) ? newsutils::utf8::decode_at(text, i).length : 0;
        if (length) {
            i += length;
            continue;
        }
        events.back().text += text[i++];
    }
}

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
            events.push_back({true, "", 0});
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
        add_text(events, text, p.index);
    }
    fuzz::require(reader.bytes_read() == input.size());
    std::erase_if(events, [](const Event& e) { return !e.is_break && e.text.empty(); });
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
