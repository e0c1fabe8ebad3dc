#include "word_list.hpp"

namespace newsutils {
namespace {
std::string_view trim(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) return {};
    const auto last = s.find_last_not_of(" \t\r");
    return s.substr(first, last - first + 1);
}
}  // namespace

void for_each_entry(std::string_view text, const std::function<void(std::string_view)>& entry,
                    const std::function<void(std::string_view)>& section) {
    while (!text.empty()) {
        const auto nl = text.find('\n');
        const std::string_view line = trim(text.substr(0, nl));
        text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
        if (line.empty() || line.front() == '#') continue;
        if (line.front() == '[' && line.back() == ']') {
            if (section) section(line.substr(1, line.size() - 2));
            continue;
        }
        entry(line);
    }
}

WordSet::WordSet(std::string_view list_text) {
    for_each_entry(list_text, [this](std::string_view word) { insert(word); });
}

}  // namespace newsutils
