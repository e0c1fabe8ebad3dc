#include "cli/value_list.hpp"

#include <string>

#include "cli/option.hpp"

namespace newsutils::cli {

void for_each_listed(std::string_view option, std::string_view list,
                     const std::function<void(std::string_view)>& item) {
    if (list.empty()) throw UsageError(std::string(option) + ": the list is empty");
    for (;;) {
        const auto comma = list.find(',');
        item(list.substr(0, comma));
        if (comma == std::string_view::npos) return;
        list.remove_prefix(comma + 1);
    }
}

}  // namespace newsutils::cli
