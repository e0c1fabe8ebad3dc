#include "text/pronouns.hpp"

#include <array>
#include <string>
#include <unordered_map>

#include "text/embedded_lexicons.hpp"
#include "text/word_list.hpp"

namespace newsutils {
namespace {

using Table = std::unordered_map<std::string, PronounReferent, StringHash, std::equal_to<>>;

Table load_table() {
    static constexpr std::array<std::pair<std::string_view, PronounReferent>, 6> kSections{{
        {"masculine", PronounReferent::masculine},
        {"feminine", PronounReferent::feminine},
        {"neuter", PronounReferent::neuter},
        {"plural", PronounReferent::plural},
        {"first", PronounReferent::first},
        {"second", PronounReferent::second},
    }};
    Table table;
    std::optional<PronounReferent> referent;
    for_each_entry(
        lexicons::text::pronouns,
        [&](std::size_t line, std::string_view word) {
            if (!referent) throw WordListError(line, "a pronoun before any section");
            table.emplace(std::string(word), *referent);
        },
        [&](std::size_t line, std::string_view section) {
            referent.reset();
            for (const auto& [name, value] : kSections)
                if (name == section) referent = value;
            if (!referent) throw WordListError(line, "unknown section [" + std::string(section) + "]");
        });
    return table;
}

}  // namespace

std::optional<PronounReferent> find_subject_pronoun(std::string_view word) {
    static const Table table = load_table();
    constexpr std::size_t kLongest = 8;
    if (word.empty() || word.size() > kLongest) return std::nullopt;
    std::array<char, kLongest> lower{};
    for (std::size_t i = 0; i < word.size(); ++i)
        lower[i] = word[i] >= 'A' && word[i] <= 'Z' ? static_cast<char>(word[i] - 'A' + 'a') : word[i];
    const auto it = table.find(std::string_view(lower.data(), word.size()));
    if (it == table.end()) return std::nullopt;
    return it->second;
}

}  // namespace newsutils
