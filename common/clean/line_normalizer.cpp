#include "clean/line_normalizer.hpp"

#include "clean/entities.hpp"
#include "clean/mojibake.hpp"
#include "clean/nfc.hpp"
#include "clean/spaces.hpp"

namespace newsutils {

void normalize_line(std::string_view line, std::string& out) {
    std::string decoded, repaired, spaced;
    std::string_view text = line;
    if (may_hold_entity(text)) {
        decode_entities(text, decoded);
        text = decoded;
    }
    if (may_hold_mojibake(text)) {
        repair_mojibake(text, repaired);
        text = repaired;
    }
    normalize_spaces(text, spaced);
    out.clear();
    append_nfc(spaced, out);
}

}  // namespace newsutils
