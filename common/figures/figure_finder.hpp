// Finds every numeric figure of a paragraph (shared/spec/count-figures.md):
// pure, a paragraph's text in, figures with byte spans out, in text order.
#pragma once

#include <string_view>
#include <vector>

#include "figures/figure.hpp"
#include "figures/lexicon.hpp"

namespace newsutils {

void find_figures(std::string_view paragraph, const FigureLexicon& lexicon, std::vector<Figure>& figures);

}  // namespace newsutils
