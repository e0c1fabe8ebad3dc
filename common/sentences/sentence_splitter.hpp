// Splits a paragraph into sentences (spec: shared/spec/split-sentences.md).
// Pure: a paragraph in, byte spans out; the tools do the reading and writing.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "sentences/lexicons.hpp"
#include "text/text_span.hpp"

namespace newsutils {

using SentenceSpan = TextSpan;  // trimmed of whitespace

struct SplitterOptions {
    bool keep_quotes = false;  // no break inside an open quotation
};

class SentenceSplitter {
public:
    // The splitter keeps the lexicons (shared by its copies), so none can
    // outlive them.
    SentenceSplitter(SplitterLexicons lexicons, SplitterOptions options);
    SentenceSplitter(std::shared_ptr<const SplitterLexicons> lexicons, SplitterOptions options);

    // Appends the sentences of `paragraph` to `sentences`, in order.
    void split(std::string_view paragraph, std::vector<SentenceSpan>& sentences) const;

    const SplitterLexicons& lexicons() const { return *lexicons_; }

private:
    std::shared_ptr<const SplitterLexicons> lexicons_;
    SplitterOptions options_;
};

}  // namespace newsutils
