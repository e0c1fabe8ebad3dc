// Splits a paragraph into sentences (spec: shared/spec/split-sentences.md).
// Pure: a paragraph in, byte spans out; the tools do the reading and writing.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "abbreviations.hpp"
#include "word_list.hpp"

namespace newsutils {

struct SentenceSpan {
    std::size_t begin;  // byte offsets into the paragraph, trimmed of whitespace
    std::size_t end;
};

struct SplitterOptions {
    bool keep_quotes = false;  // no break inside an open quotation
};

// The language knowledge the splitter consults, loaded from common/data/.
struct SplitterLexicons {
    Abbreviations abbreviations;
    WordSet sentence_starters;     // "The", "He": start a sentence after "U.S."
    WordSet reporting_verbs;       // `"Why?" Smith asked.` is one sentence
    WordSet time_continuations;    // "at 10 a.m. Tuesday" goes on
    WordSet time_openers;          // "At 5 a.m. Mr. Smith went..." goes on
    WordSet street_continuations;  // "Pennsylvania Ave. NW" goes on
    WordSet title_openers;         // "U.S. First Lady" is no sentence start

    static SplitterLexicons builtin();
};

class SentenceSplitter {
public:
    SentenceSplitter(const SplitterLexicons& lexicons, SplitterOptions options);

    // Appends the sentences of `paragraph` to `sentences`, in order.
    void split(std::string_view paragraph, std::vector<SentenceSpan>& sentences) const;

private:
    const SplitterLexicons& lexicons_;
    SplitterOptions options_;
};

}  // namespace newsutils
