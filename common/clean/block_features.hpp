// What the boilerplate rules ask of a block of a page.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace newsutils {

struct BlockFeatures {
    std::string lowered;               // ASCII lower case
    std::size_t words = 0;             // counted up to 128: no rule asks about more
    std::size_t alphabetic_words = 0;  // of letters: not "18", "05", "2026"
    std::size_t function_words = 0;    // of data/function_words.txt
    std::size_t capitalized_words = 0;
    bool ends_sentence = false;   // ". ! ? …", perhaps inside a closing quotation mark or bracket
    bool separated_list = false;  // "Home > World > Europe", "News / More / Editor's Choice", "A | B | C"
    bool byline = false;          // "By Ana Ruiz, Health Correspondent"
    bool page_number = false;     // "Page 2 of 6", "- 3 -", "12"
    bool player_time = false;     // "0:45": a video player's clock
    bool comment_count = false;   // "47 comments": where the comments begin
    bool clock_time = false;      // "3.12am", "11:42": a live blog entry's time
    bool post_signature = false;  // "— Name (@handle) March 3, 2026", under an embedded post
    bool name_line = false;       // "Noor Haddad and Lewis Pengelly": a byline without "By"
    bool timestamp = false;       // "June 3, 2026 4:18 PM GMT", "Updated 2 hours ago"
    bool author_blurb = false;    // "Ana Ruiz is our health correspondent."

    // Whether the page is in a language of data/function_words.txt (clean_page decides).
    bool language_known = true;

    double function_share() const {
        return words == 0 ? 0.0 : static_cast<double>(function_words) / static_cast<double>(words);
    }
    // Running prose: a sentence with the words that join sentences.
    bool prose() const;
};

BlockFeatures features_of(std::string_view text);

// Whether `text` ends as a sentence does: ". ! ? …" (and 。！？), perhaps inside closing
// quotation marks or brackets.
bool ends_with_sentence_mark(std::string_view text);

}  // namespace newsutils
