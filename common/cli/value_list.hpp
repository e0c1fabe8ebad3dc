// Option values that are comma-separated lists ("--kinds money,percent"),
// read one way for every tool.
#pragma once

#include <functional>
#include <string_view>

namespace newsutils::cli {

// Calls `item` with each comma-separated item of `list`, in order; throws
// UsageError ("OPTION: the list is empty") for an empty list.
void for_each_listed(std::string_view option, std::string_view list, const std::function<void(std::string_view)>& item);

}  // namespace newsutils::cli
