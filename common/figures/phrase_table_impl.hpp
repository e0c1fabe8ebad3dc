// The template definitions of phrase_table.hpp.
#pragma once

#include "text/utf8.hpp"

namespace newsutils {
namespace phrase_detail {

inline unsigned char lower(char c) {
    const auto b = static_cast<unsigned char>(c);
    return b >= 'A' && b <= 'Z' ? static_cast<unsigned char>(b - 'A' + 'a') : b;
}

inline bool is_word_byte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

}  // namespace phrase_detail

template <class Payload>
std::uint32_t PhraseTable<Payload>::Trie::child(std::uint32_t node, unsigned char byte) const {
    if (node == 0) return root_children[byte];
    const Node& n = nodes[node];
    if (n.first_child == kNone) return kNone;
    if (n.first_byte == byte) return n.first_child;
    for (const auto& [b, next] : n.more_children)
        if (b == byte) return next;
    return kNone;
}

template <class Payload>
std::uint32_t PhraseTable<Payload>::Trie::add_child(std::uint32_t node, unsigned char byte) {
    if (const std::uint32_t existing = child(node, byte); existing != kNone) return existing;
    const auto next = static_cast<std::uint32_t>(nodes.size());
    nodes.emplace_back();
    if (node == 0) {
        root_children[byte] = next;
    } else if (Node& parent = nodes[node]; parent.first_child == kNone) {
        parent.first_byte = byte;
        parent.first_child = next;
    } else {
        parent.more_children.emplace_back(byte, next);
    }
    return next;
}

template <class Payload>
void PhraseTable<Payload>::add(std::string_view phrase, Payload payload) {
    std::string lowered;
    for (const char c : phrase) {
        // A run of spaces in a phrase is one space: it matches a run in the text.
        if (c == ' ' && (lowered.empty() || lowered.back() == ' ')) continue;
        lowered.push_back(static_cast<char>(phrase_detail::lower(c)));
    }
    while (!lowered.empty() && lowered.back() == ' ') lowered.pop_back();
    if (lowered.empty()) return;
    std::uint32_t forward = 0, backward = 0;
    for (const char c : lowered) forward = forward_.add_child(forward, static_cast<unsigned char>(c));
    for (auto it = lowered.rbegin(); it != lowered.rend(); ++it)
        backward = backward_.add_child(backward, static_cast<unsigned char>(*it));
    if (forward_.nodes[forward].payload != kNone) return;
    const auto index = static_cast<std::uint32_t>(payloads_.size());
    payloads_.push_back(std::move(payload));
    forward_.nodes[forward].payload = index;
    backward_.nodes[backward].payload = index;
}

template <class Payload>
auto PhraseTable<Payload>::match_at(std::string_view text, std::size_t pos) const -> std::optional<Match> {
    std::optional<Match> best;
    std::uint32_t node = 0;
    unsigned char last = 0;  // the phrase byte that led to `node`
    for (std::size_t t = pos; t < text.size();) {
        std::uint32_t next = kNone;
        std::size_t after = t;
        if (node != 0 && utf8::is_space_at(text, t)) {
            next = forward_.child(node, ' ');
            after = utf8::skip_spaces(text, t);
            last = ' ';
        }
        if (next == kNone) {
            last = phrase_detail::lower(text[t]);
            next = forward_.child(node, last);
            after = t + 1;
        }
        if (next == kNone) break;
        node = next;
        t = after;
        if (forward_.nodes[node].payload == kNone || last == ' ') continue;
        // A phrase ending in a letter or digit must not run on into a word: "m" is no unit in "5 men".
        bool boundary = t >= text.size() || !phrase_detail::is_word_byte(last);
        if (!boundary) {
            const auto following = static_cast<unsigned char>(text[t]);
            boundary = !phrase_detail::is_word_byte(following) &&
                       (following < 0x80 || !utf8::is_letter(utf8::decode_at(text, t).code_point));
        }
        if (boundary) best = Match{pos, t, &payloads_[forward_.nodes[node].payload]};
    }
    return best;
}

template <class Payload>
auto PhraseTable<Payload>::match_before(std::string_view text, std::size_t end, std::size_t floor) const
    -> std::optional<Match> {
    std::optional<Match> best;
    if (end > text.size()) return best;
    std::uint32_t node = 0;
    unsigned char last = 0;  // the phrase byte that led to `node`: the phrase's first byte so far
    for (std::size_t t = end; t > floor;) {
        std::uint32_t next = kNone;
        std::size_t before = t;
        if (node != 0) {
            const std::size_t trimmed = utf8::trim_spaces_back(text, floor, t);
            if (trimmed < t) {
                next = backward_.child(node, ' ');
                if (next != kNone) before = trimmed;
            }
        }
        if (next == kNone) {
            next = backward_.child(node, phrase_detail::lower(text[t - 1]));
            before = t - 1;
            last = phrase_detail::lower(text[t - 1]);
        } else {
            last = ' ';
        }
        if (next == kNone) break;
        node = next;
        t = before;
        if (backward_.nodes[node].payload == kNone || last == ' ') continue;
        bool boundary = t == 0 || !phrase_detail::is_word_byte(last);
        if (!boundary) {
            const auto previous = static_cast<unsigned char>(text[t - 1]);
            boundary = !phrase_detail::is_word_byte(previous) &&
                       (previous < 0x80 || !utf8::is_letter(utf8::decode_before(text, t).code_point));
        }
        if (boundary) best = Match{t, end, &payloads_[backward_.nodes[node].payload]};
    }
    return best;
}

}  // namespace newsutils
