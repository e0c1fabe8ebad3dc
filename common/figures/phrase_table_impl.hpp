// The template definitions of phrase_table.hpp.
#pragma once

#include <algorithm>

#include "text/utf8.hpp"

namespace newsutils {
namespace phrase_detail {

inline char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

inline bool is_word_byte(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

}  // namespace phrase_detail

template <class Payload>
void PhraseTable<Payload>::add(std::string_view phrase, Payload payload) {
    std::string lowered(phrase);
    for (auto& c : lowered) c = phrase_detail::lower(c);
    if (lowered.empty()) return;
    entries_.push_back({std::move(lowered), std::move(payload)});
    const std::size_t index = entries_.size() - 1;
    const auto by_length = [this](std::size_t a, std::size_t b) {
        return entries_[a].phrase.size() > entries_[b].phrase.size();
    };
    auto& first = by_first_[static_cast<unsigned char>(entries_[index].phrase.front())];
    first.insert(std::upper_bound(first.begin(), first.end(), index, by_length), index);
    auto& last = by_last_[static_cast<unsigned char>(entries_[index].phrase.back())];
    last.insert(std::upper_bound(last.begin(), last.end(), index, by_length), index);
}

template <class Payload>
bool PhraseTable<Payload>::matches(std::string_view text, std::size_t pos, std::string_view phrase, std::size_t& end) {
    std::size_t t = pos;
    for (std::size_t p = 0; p < phrase.size(); ++p) {
        if (phrase[p] == ' ') {
            if (t >= text.size() || !utf8::is_space_at(text, t)) return false;
            t = utf8::skip_spaces(text, t);
            continue;
        }
        if (t >= text.size() || phrase_detail::lower(text[t]) != phrase[p]) return false;
        ++t;
    }
    end = t;
    return true;
}

template <class Payload>
bool PhraseTable<Payload>::boundary_after(std::string_view text, std::size_t end, std::string_view phrase) {
    if (end >= text.size() || !phrase_detail::is_word_byte(phrase.back())) return true;
    const char next = text[end];
    if (phrase_detail::is_word_byte(next)) return false;
    return static_cast<unsigned char>(next) < 0x80 || !utf8::is_letter(utf8::decode_at(text, end).code_point);
}

template <class Payload>
bool PhraseTable<Payload>::boundary_before(std::string_view text, std::size_t begin, std::string_view phrase) {
    if (begin == 0 || !phrase_detail::is_word_byte(phrase.front())) return true;
    const char previous = text[begin - 1];
    if (phrase_detail::is_word_byte(previous)) return false;
    return static_cast<unsigned char>(previous) < 0x80 || !utf8::is_letter(utf8::decode_before(text, begin).code_point);
}

template <class Payload>
auto PhraseTable<Payload>::match_at(std::string_view text, std::size_t pos) const -> std::optional<Match> {
    if (pos >= text.size()) return std::nullopt;
    for (const std::size_t index : by_first_[static_cast<unsigned char>(phrase_detail::lower(text[pos]))]) {
        const Entry& entry = entries_[index];
        std::size_t end = 0;
        if (matches(text, pos, entry.phrase, end) && boundary_after(text, end, entry.phrase))
            return Match{pos, end, &entry.payload};
    }
    return std::nullopt;
}

template <class Payload>
auto PhraseTable<Payload>::match_before(std::string_view text, std::size_t end, std::size_t floor) const
    -> std::optional<Match> {
    if (end == 0 || end <= floor) return std::nullopt;
    for (const std::size_t index : by_last_[static_cast<unsigned char>(phrase_detail::lower(text[end - 1]))]) {
        const Entry& entry = entries_[index];
        // Phrases with spaces are matched from each possible start: try the
        // plain length, then walk back over extra whitespace for each space.
        for (std::size_t begin = end >= entry.phrase.size() ? end - entry.phrase.size() : 0;; --begin) {
            std::size_t match_end = 0;
            if (begin < floor) break;
            if (matches(text, begin, entry.phrase, match_end) && match_end == end &&
                boundary_before(text, begin, entry.phrase))
                return Match{begin, end, &entry.payload};
            if (begin == 0 || entry.phrase.find(' ') == std::string::npos || end - begin > entry.phrase.size() + 8)
                break;
        }
    }
    return std::nullopt;
}

}  // namespace newsutils
