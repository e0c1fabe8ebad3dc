// The input side of every tool: FILE arguments or standard input, read as
// paragraphs, with the bad-input policy of conventions.md applied in one
// place (open errors, directories, invalid UTF-8 warning or --strict error,
// over-long paragraphs).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "paragraph_reader.hpp"

namespace newsutils {

struct InputOptions {
    std::vector<std::string> files;  // empty: standard input
    bool strict = false;
    std::size_t max_paragraph = kDefaultMaxParagraph;
    enum class Filenames { automatic, always, never } filenames = Filenames::automatic;

    // As grep: names are shown when more than one file is read, unless told otherwise.
    bool show_filenames() const {
        if (filenames == Filenames::automatic) return files.size() > 1;
        return filenames == Filenames::always;
    }
};

struct InputContext {
    std::string_view name;  // as given, "-" for standard input
    const ParagraphReader& reader;
    std::uint64_t file_number;        // 0-based position among the inputs
    std::uint64_t bytes_before;       // input bytes of the files before this one
    std::uint64_t paragraphs_before;  // paragraphs of the files before this one
};

using ParagraphHandler = std::function<void(const InputContext&, const Paragraph&)>;

// Reads every input in order and hands each paragraph (or piece) to `handle`.
// Problems are reported on stderr and make error_exit_status() 2; the other
// inputs are still read. `lines` makes every line a paragraph.
void read_inputs(const InputOptions& options, bool lines, const ParagraphHandler& handle);

// The whole of a small file (a word list given with an option), normalized
// as input is. Throws std::system_error, as for an input, when it cannot be read.
std::string read_text_file(const std::string& name);

}  // namespace newsutils
