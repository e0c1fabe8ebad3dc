// Maps offsets in a text that was edited (the normalized input; later,
// clean's repairs) back to byte offsets in the text it was made from. An
// edit that changes the length records a shift; between shifts the two texts
// run in step. Lookups are for offsets at or after the last forget_before().
#pragma once

#include <cstdint>
#include <vector>

namespace newsutils {

class OffsetMap {
public:
    // From `edited` on, the source is `change` bytes further on than before
    // (positive when source bytes were dropped or shortened, negative when
    // the edit made the text longer). Offsets are recorded in order.
    void shift(std::uint64_t edited, std::int64_t change);

    // The source offset of the character at `edited`.
    std::uint64_t source_offset(std::uint64_t edited) const;

    // Shifts before `edited` are no longer needed for lookups.
    void forget_before(std::uint64_t edited);

    std::int64_t total_shift() const { return delta_; }

private:
    struct Shift {
        std::uint64_t edited;  // from this offset on...
        std::int64_t delta;    // ...source = edited + delta
    };
    std::vector<Shift> shifts_;
    std::size_t first_ = 0;  // shifts_ before this are forgotten
    std::int64_t delta_ = 0;
};

}  // namespace newsutils
