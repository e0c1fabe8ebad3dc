// Sentence-final punctuation and the marks around it: the run of ". ! ? …"
// (with ellipses spaced or not) at a candidate boundary, and the quotation
// marks and brackets that open or close around a sentence.
#pragma once

#include <cstddef>
#include <string_view>

namespace newsutils {

enum class RunKind {
    period,                // "."
    exclamation,           // "!", "?", "?!", "!!"
    ellipsis,              // "...", "…", ".."
    long_ellipsis,         // "....": an ellipsis and a full stop
    spaced_ellipsis,       // " . . . ": an omission inside the sentence
    spaced_long_ellipsis,  // " . . . .": an omission, then the full stop
};

struct TerminalRun {
    std::size_t begin;
    std::size_t end;
    RunKind kind;
    // "compounds. . . . The": the word's own full stop, with a spaced ellipsis
    // after it that opens the next sentence.
    bool spaced_ellipsis_follows = false;
};

// Reads the run of terminal punctuation starting at `pos` (a '.', '!', '?',
// '…' or other exclamation character).
TerminalRun read_terminal_run(std::string_view text, std::size_t pos);

// Characters that close a sentence's quotation or bracket after its full stop.
bool is_closer(char32_t c);
// Characters that open one before a sentence's first word (¿ and ¡ too).
bool is_opener(char32_t c);
bool is_exclamation(char32_t c);
// The sentence-final marks of other scripts, which end a sentence with or
// without a space after them: 。 ｡ ！ ？ (Chinese, Japanese), । ॥
// (Devanagari), ؟ (Arabic), ։ (Armenian), ። ፧ (Ethiopic).
bool is_script_full_stop(char32_t c);

// The position after any opening quotes and brackets at `pos`, not past `end`.
std::size_t skip_openers(std::string_view text, std::size_t pos, std::size_t end);

}  // namespace newsutils
