#include "clean/boilerplate_lexicon.hpp"

#include <algorithm>

#include "clean/embedded_lexicons.hpp"
#include "text/ascii_case.hpp"
#include "text/utf8.hpp"

namespace newsutils {
namespace {

constexpr std::size_t kLongestPrefixed = 40;    // words of a line a [prefix] entry removes
constexpr std::size_t kLongestBodyPhrase = 12;  // words of a body line a [phrase] entry removes
constexpr std::size_t kLongestDated = 15;
constexpr std::size_t kLongestEndHeading = 8;
// How near its start or end a line holds a credit, in bytes: "Photo: Reuters" opens a
// caption, "(Photo by AFP)" closes one.
constexpr std::size_t kCreditReach = 60;

// "updated" starts "updated 14 March" but not "updates".
bool starts_with_entry(std::string_view line, std::string_view entry) {
    if (!line.starts_with(entry)) return false;
    return !utf8::is_ascii_lower(entry.back()) || line.size() == entry.size() ||
           !utf8::is_ascii_lower(line[entry.size()]);
}

// Whether `text` starts with one of `entries` (those of its first byte), the second byte
// compared first: most starting places fail there, without a call to memcmp.
bool starts_with_any(std::string_view text, const std::vector<const std::string*>& entries) {
    for (const std::string* entry : entries)
        if (entry->size() <= text.size() && (entry->size() < 2 || (*entry)[1] == text[1]) && text.starts_with(*entry))
            return true;
    return false;
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
            if (whole_lines) {
                longest_line_ = std::max(longest_line_, lowered.size());
                lines_.insert(lowered);
            } else if (into) {
                into->push_back(lowered);
            } else {
                throw WordListError(
                    line,
                    "an entry before any section ([line], [prefix], [phrase], [dated], [end], [credit], [notice])");
            }
        },
        [&](std::size_t line, std::string_view section) {
            whole_lines = section == "line";
            into = section == "prefix"   ? &prefixes_
                   : section == "phrase" ? &phrases_
                   : section == "dated"  ? &dated_
                   : section == "credit" ? &credits_
                   : section == "end"    ? &ends_
                   : section == "notice" ? &notices_
                                         : nullptr;
            if (!whole_lines && !into) throw WordListError(line, "unknown section [" + std::string(section) + "]");
        });
    index_by_first_byte(ends_, ends_by_first_);
    index_by_first_byte(dated_, dated_by_first_);
    index_by_first_byte(prefixes_, prefixes_by_first_);
    index_by_first_byte(credits_, credits_by_first_);
    index_by_first_byte(phrases_, phrases_by_first_);
    index_by_first_byte(notices_, notices_by_first_);
}

// A copy (the tool copies the built-in lexicon to add the user's lists) points into its own entries.
BoilerplateLexicon& BoilerplateLexicon::operator=(const BoilerplateLexicon& other) {
    if (this == &other) return *this;
    lines_ = other.lines_;
    prefixes_ = other.prefixes_;
    phrases_ = other.phrases_;
    dated_ = other.dated_;
    credits_ = other.credits_;
    ends_ = other.ends_;
    notices_ = other.notices_;
    longest_line_ = other.longest_line_;
    index_by_first_byte(ends_, ends_by_first_);
    index_by_first_byte(dated_, dated_by_first_);
    index_by_first_byte(prefixes_, prefixes_by_first_);
    index_by_first_byte(credits_, credits_by_first_);
    index_by_first_byte(phrases_, phrases_by_first_);
    index_by_first_byte(notices_, notices_by_first_);
    return *this;
}

void BoilerplateLexicon::index_by_first_byte(const std::vector<std::string>& entries, ByFirstByte& index) {
    for (auto& bucket : index) bucket.clear();
    for (const std::string& entry : entries)
        if (!entry.empty()) index[static_cast<unsigned char>(entry.front())].push_back(&entry);
}

std::optional<BoilerplateMatch> BoilerplateLexicon::match(std::string_view lowered, std::size_t words,
                                                          bool in_body) const {
    if (const auto shape = match_without_phrases(lowered, words)) return shape;
    if ((!in_body || words <= kLongestBodyPhrase) && holds_phrase(lowered)) return BoilerplateMatch::phrase;
    return std::nullopt;
}

std::optional<BoilerplateMatch> BoilerplateLexicon::match_without_phrases(std::string_view lowered,
                                                                          std::size_t words) const {
    const std::string_view bare = without_final_marks(lowered);
    if (bare.empty()) return std::nullopt;
    const auto first = static_cast<unsigned char>(bare.front());
    if (words <= kLongestEndHeading)
        for (const std::string* heading : ends_by_first_[first])
            // (A heading has no full stop: "About 300 people came." is no "About …" heading.)
            if (starts_with_entry(bare, *heading) && bare.back() != '.') return BoilerplateMatch::end;
    if (bare.size() <= longest_line_ && lines_.contains(bare)) return BoilerplateMatch::line;
    // A credit counts when it starts near the line's start or ends near its end: only
    // those starting places are tried, each against the credits of its first byte.
    const std::size_t tail_start = lowered.size() > kCreditReach ? lowered.size() - kCreditReach : 0;
    const auto credit_at = [&](std::size_t at) {
        return starts_with_any(lowered.substr(at), credits_by_first_[static_cast<unsigned char>(lowered[at])]);
    };
    for (std::size_t at = 0; at < std::min(kCreditReach / 4, tail_start); ++at)
        if (credit_at(at)) return BoilerplateMatch::credit;
    for (std::size_t at = tail_start; at < lowered.size(); ++at)
        if (credit_at(at)) return BoilerplateMatch::credit;
    const auto lead = static_cast<unsigned char>(lowered.front());
    if (words <= kLongestDated && holds_digit_or_ago(lowered))
        for (const std::string* entry : dated_by_first_[lead])
            if (starts_with_entry(lowered, *entry)) return BoilerplateMatch::dated;
    if (words <= kLongestPrefixed)
        for (const std::string* prefix : prefixes_by_first_[lead])
            if (starts_with_entry(lowered, *prefix)) return BoilerplateMatch::prefix;
    return std::nullopt;
}

bool BoilerplateLexicon::holds_anywhere(std::string_view lowered, const ByFirstByte& index) {
    for (std::size_t at = 0; at < lowered.size(); ++at) {
        const auto& bucket = index[static_cast<unsigned char>(lowered[at])];
        if (!bucket.empty() && starts_with_any(lowered.substr(at), bucket)) return true;
    }
    return false;
}

bool BoilerplateLexicon::holds_phrase(std::string_view lowered) const {
    return holds_anywhere(lowered, phrases_by_first_);
}

bool BoilerplateLexicon::holds_notice(std::string_view lowered) const {
    return holds_anywhere(lowered, notices_by_first_);
}

}  // namespace newsutils
