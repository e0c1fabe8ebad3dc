// The article of a scraped page: which blocks are its headline and body,
// which are page furniture, and why.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "clean/boilerplate_lexicon.hpp"
#include "clean/page_lines.hpp"

namespace newsutils {

struct CleanOptions {
    bool drop_byline = false;  // remove bylines and datelines too
    bool ascii_punct = false;  // typographic punctuation to ASCII
};

struct RemovedBlock {
    std::string text;
    std::string_view reason;  // the rule's name: "breadcrumb", "caption", "after the article"...
    std::size_t line;         // 1-based, of its first line, within the document
};

struct CleanedPage {
    std::string title;                    // the headline; empty when the page has none
    std::vector<std::string> paragraphs;  // the headline first, then the body
    std::vector<RemovedBlock> removed;    // in page order
};

// Cleans one page given as its normalized lines (blank ones empty), which it
// takes: a page of 16 MiB is moved through, not copied.
// What a line of a page costs while the page is cleaned, besides its bytes: its PageLine,
// its Block, its features and the rules' state for it (about 180 bytes, measured on a page of
// a million one-character lines). Counted toward the document limit, so that the limit bounds
// the memory of a page of many short lines as it does that of a page of long ones.
constexpr std::size_t kHeldBytesPerLine = 192;

CleanedPage clean_page(std::vector<PageLine>&& lines, const BoilerplateLexicon& lexicon, const CleanOptions& options);

}  // namespace newsutils
