#include "io/offset_map.hpp"

#include <algorithm>

namespace newsutils {

void OffsetMap::shift(std::uint64_t edited, std::int64_t change) {
    delta_ += change;
    if (shifts_.size() > first_ && shifts_.back().edited == edited)
        shifts_.back().delta = delta_;
    else
        shifts_.push_back({edited, delta_});
}

std::uint64_t OffsetMap::source_offset(std::uint64_t edited) const {
    const auto begin = shifts_.begin() + static_cast<std::ptrdiff_t>(first_);
    const auto after =
        std::upper_bound(begin, shifts_.end(), edited, [](std::uint64_t n, const Shift& s) { return n < s.edited; });
    if (after == begin) return edited;
    return static_cast<std::uint64_t>(static_cast<std::int64_t>(edited) + std::prev(after)->delta);
}

void OffsetMap::forget_before(std::uint64_t edited) {
    // Keep the last shift at or before `edited`: it carries the running delta.
    while (shifts_.size() - first_ >= 2 && shifts_[first_ + 1].edited <= edited) ++first_;
    // Drop the forgotten ones once they are the larger part, so memory stays
    // bounded and the cost per shift stays constant.
    if (first_ > 1024 && first_ * 2 > shifts_.size()) {
        shifts_.erase(shifts_.begin(), shifts_.begin() + static_cast<std::ptrdiff_t>(first_));
        first_ = 0;
    }
}

}  // namespace newsutils
