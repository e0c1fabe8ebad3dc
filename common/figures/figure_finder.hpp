// Finds every numeric figure of a paragraph (shared/spec/count-figures.md):
// pure, a paragraph's text in, figures with byte spans out, in text order.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "figures/figure.hpp"
#include "figures/lexicon.hpp"
#include "figures/tokenizer.hpp"

namespace newsutils {

// What reading a paragraph needs besides its text, kept from one paragraph
// to the next so that a stream of them allocates nothing once warm.
struct FigureScratch {
    std::vector<Token> tokens;
    std::vector<std::size_t> starts;         // the tokens a figure may start at
    std::vector<std::size_t> address_marks;  // the tokens "@", ":" and "www"
    std::vector<TextSpan> addresses;         // URLs and e-mail addresses
    std::string lowered;                     // the paragraph in ASCII lower case
};

// Appends the figures of `paragraph` to `figures`.
void find_figures(std::string_view paragraph, const FigureLexicon& lexicon, std::vector<Figure>& figures,
                  FigureScratch& scratch);

// find_figures reads a paragraph in pieces of at most `longest_piece` bytes, each cut after a
// space where there is one in its second half, and gives the figures' spans in the paragraph.
// find_figures does so past kLongestTokenizedText; the tests call it with small pieces.
void find_figures_in_pieces(std::string_view paragraph, const FigureLexicon& lexicon, std::vector<Figure>& figures,
                            FigureScratch& scratch, std::size_t longest_piece);

// The same with a scratch of its own, for a single call.
void find_figures(std::string_view paragraph, const FigureLexicon& lexicon, std::vector<Figure>& figures);

}  // namespace newsutils
