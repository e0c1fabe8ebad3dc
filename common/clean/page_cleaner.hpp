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
CleanedPage clean_page(std::vector<PageLine>&& lines, const BoilerplateLexicon& lexicon, const CleanOptions& options);

}  // namespace newsutils
