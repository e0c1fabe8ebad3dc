#include "text/word_list.hpp"

namespace newsutils {
namespace {

std::string_view trim(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r\f\v");
    if (first == std::string_view::npos) return {};
    const auto last = s.find_last_not_of(" \t\r\f\v");
    return s.substr(first, last - first + 1);
}

}  // namespace

WordListError::WordListError(std::size_t line, const std::string& what)
    : std::runtime_error("line " + std::to_string(line) + ": " + what), line_(line) {}

void for_each_entry(std::string_view text, const std::function<void(std::size_t, std::string_view)>& entry,
                    const std::function<void(std::size_t, std::string_view)>& section) {
    for (std::size_t number = 1; !text.empty(); ++number) {
        const auto nl = text.find('\n');
        const std::string_view line = trim(text.substr(0, nl));
        text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
        if (line.empty() || line.front() == '#') continue;
        if (line.size() > kLongestWordListEntry)
            throw WordListError(number, "an entry of " + std::to_string(line.size()) + " bytes; at most " +
                                            std::to_string(kLongestWordListEntry) + " are allowed");
        if (line.front() == '[') {
            if (line.back() != ']') throw WordListError(number, "section '" + std::string(line) + "' lacks its ']'");
            if (section) section(number, line.substr(1, line.size() - 2));
            continue;
        }
        entry(number, line);
    }
}

WordSet::WordSet(std::string_view list_text) {
    for_each_entry(list_text, [this](std::size_t, std::string_view word) { insert(word); });
}

}  // namespace newsutils
