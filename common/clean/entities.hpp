// HTML character references left in scraped text: "&amp;", "&nbsp;",
// "&#8217;", "&#x2019;", decoded as a browser would.
#pragma once

#include <string>
#include <string_view>

namespace newsutils {

// Appends `text` to `out` with each character reference replaced by what it
// stands for: the HTML5 named references (with their semicolon; "AT&T" stays),
// and decimal and hex numeric ones, where, as in HTML, 128-159 are the
// Windows-1252 characters ("&#146;" is ’) and a null, a surrogate or a number
// past U+10FFFF is U+FFFD. A reference escaped again is decoded whole:
// "&amp;nbsp;" is a no-break space, "&amp;amp;" is "&" ("&amp;foo;" is "&foo;").
void decode_entities(std::string_view text, std::string& out);

// Whether `text` may hold a reference at all: the test that lets most lines skip decoding.
inline bool may_hold_entity(std::string_view text) {
    return text.find('&') != std::string_view::npos;
}

}  // namespace newsutils
