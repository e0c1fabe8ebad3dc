#include "sentences/abbreviations.hpp"

#include <algorithm>
#include <array>

#include "sentences/embedded_lexicons.hpp"

namespace newsutils {
namespace {

std::optional<AbbreviationKind> kind_named(std::string_view name) {
    if (name == "title") return AbbreviationKind::title;
    if (name == "number") return AbbreviationKind::number;
    if (name == "ambiguous") return AbbreviationKind::ambiguous;
    if (name == "place") return AbbreviationKind::place;
    if (name == "street") return AbbreviationKind::street;
    if (name == "weak") return AbbreviationKind::weak;
    if (name == "never") return AbbreviationKind::never;
    return std::nullopt;
}

bool has_ascii_capital(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

Abbreviations Abbreviations::builtin() {
    Abbreviations table;
    table.add_list(lexicons::sentences::abbreviations);
    return table;
}

void Abbreviations::add(std::string_view entry, AbbreviationKind kind) {
    if (!entry.empty() && entry.back() == '.') entry.remove_suffix(1);
    if (entry.empty()) return;
    if (has_ascii_capital(entry))
        exact_[std::string(entry)] = kind;
    else
        any_case_[std::string(entry)] = kind;
}

void Abbreviations::add_list(std::string_view text) {
    AbbreviationKind kind = AbbreviationKind::ambiguous;
    for_each_entry(
        text, [&](std::size_t, std::string_view entry) { add(entry, kind); },
        [&](std::size_t line, std::string_view section) {
            const auto named = kind_named(section);
            if (!named) throw WordListError(line, "unknown section [" + std::string(section) + "]");
            kind = *named;
        });
}

std::optional<AbbreviationKind> Abbreviations::find(std::string_view word) const {
    // Only entries with a capital are in exact_, and a word without one is its own lower case.
    if (!has_ascii_capital(word)) {
        const auto it = any_case_.find(word);
        return it == any_case_.end() ? std::nullopt : std::optional(it->second);
    }
    if (auto it = exact_.find(word); it != exact_.end()) return it->second;
    std::array<char, 64> buffer;
    if (word.size() > buffer.size()) return std::nullopt;  // longer than any abbreviation
    for (std::size_t i = 0; i < word.size(); ++i)
        buffer[i] = word[i] >= 'A' && word[i] <= 'Z' ? static_cast<char>(word[i] - 'A' + 'a') : word[i];
    const auto it = any_case_.find(std::string_view(buffer.data(), word.size()));
    return it == any_case_.end() ? std::nullopt : std::optional(it->second);
}

}  // namespace newsutils
