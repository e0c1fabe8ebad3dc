#include "clean/boilerplate_lexicon.hpp"

#include <algorithm>

#include "clean/embedded_lexicons.hpp"
#include "text/ascii_case.hpp"

namespace newsutils {
namespace {

constexpr std::size_t kLongestPrefixed = 40;    // words of a line a [prefix] entry removes
constexpr std::size_t kLongestBodyPhrase = 12;  // words of a body line a [phrase] entry removes
constexpr std::size_t kLongestDated = 15;
constexpr std::size_t kLongestEndHeading = 8;
// How near its start or end a line holds a credit, in bytes: "Photo: Reuters" opens a
// caption, "(Photo by AFP)" closes one.
constexpr std::size_t kCreditReach = 60;

bool is_ascii_letter(char c) {
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

// "updated" starts "updated 14 March" but not "updates".
bool starts_with_entry(std::string_view line, std::string_view entry) {
    if (!line.starts_with(entry)) return false;
    return !is_ascii_letter(entry.back()) || line.size() == entry.size() || !is_ascii_letter(line[entry.size()]);
}

std::string_view without_final_marks(std::string_view line) {
    while (!line.empty()) {
        const char last = line.back();
        if (last == ':' || last == '>' || last == ' ' || last == '|') {
            line.remove_suffix(1);
        } else if (line.ends_with("»") || line.ends_with("›") || line.ends_with("→")) {
            line.remove_suffix(line.ends_with("→") ? 3 : 2);
        } else {
            break;
        }
    }
    return line;
}

bool holds_digit_or_ago(std::string_view line) {
    return std::any_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
           line.find(" ago") != std::string_view::npos;
}

}  // namespace

const BoilerplateLexicon& BoilerplateLexicon::builtin() {
    static const BoilerplateLexicon lexicon = [] {
        BoilerplateLexicon l;
        l.add_list(lexicons::clean::boilerplate);
        return l;
    }();
    return lexicon;
}

void BoilerplateLexicon::add_list(std::string_view text) {
    std::vector<std::string>* into = nullptr;
    bool whole_lines = false;
    for_each_entry(
        text,
        [&](std::size_t line, std::string_view entry) {
            const std::string lowered = lower_ascii(entry);
            if (whole_lines)
                lines_.insert(lowered);
            else if (into)
                into->push_back(lowered);
            else
                throw WordListError(
                    line, "an entry before any section ([line], [prefix], [phrase], [dated], [end], [credit])");
        },
        [&](std::size_t line, std::string_view section) {
            whole_lines = section == "line";
            into = section == "prefix"   ? &prefixes_
                   : section == "phrase" ? &phrases_
                   : section == "dated"  ? &dated_
                   : section == "credit" ? &credits_
                   : section == "end"    ? &ends_
                                         : nullptr;
            if (!whole_lines && !into) throw WordListError(line, "unknown section [" + std::string(section) + "]");
        });
}

std::optional<BoilerplateMatch> BoilerplateLexicon::match(std::string_view lowered, std::size_t words,
                                                          bool in_body) const {
    if (words <= kLongestEndHeading)
        for (const std::string& heading : ends_)
            if (starts_with_entry(without_final_marks(lowered), heading)) return BoilerplateMatch::end;
    if (lines_.contains(without_final_marks(lowered))) return BoilerplateMatch::line;
    for (const std::string& credit : credits_) {
        const std::size_t at = lowered.find(credit);
        if (at != std::string_view::npos && (at < kCreditReach / 4 || at + kCreditReach >= lowered.size()))
            return BoilerplateMatch::credit;
    }
    if (words <= kLongestDated && holds_digit_or_ago(lowered))
        for (const std::string& entry : dated_)
            if (starts_with_entry(lowered, entry)) return BoilerplateMatch::dated;
    if (words <= kLongestPrefixed)
        for (const std::string& prefix : prefixes_)
            if (starts_with_entry(lowered, prefix)) return BoilerplateMatch::prefix;
    if (!in_body || words <= kLongestBodyPhrase)
        for (const std::string& phrase : phrases_)
            if (lowered.find(phrase) != std::string_view::npos) return BoilerplateMatch::phrase;
    return std::nullopt;
}

}  // namespace newsutils
