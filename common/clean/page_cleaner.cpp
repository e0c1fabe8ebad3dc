#include "clean/page_cleaner.hpp"

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "clean/block_features.hpp"
#include "clean/hyphenation.hpp"
#include "clean/link_markers.hpp"
#include "clean/paragraphs.hpp"
#include "clean/punctuation.hpp"
#include "text/ascii_case.hpp"
#include "text/word_list.hpp"

namespace newsutils {
namespace {

// The rules, by the name --explain and --json give them.
namespace reason {
constexpr std::string_view kBoilerplate = "boilerplate phrase";
constexpr std::string_view kNotice = "consent or copyright notice";
constexpr std::string_view kEndHeading = "heading after the article";
constexpr std::string_view kCaption = "caption or credit";
constexpr std::string_view kDated = "timestamp or copyright";
constexpr std::string_view kBreadcrumb = "breadcrumb or link list";
constexpr std::string_view kPageNumber = "page number";
constexpr std::string_view kRunningHead = "running head";
constexpr std::string_view kPlayer = "video player";
constexpr std::string_view kTableRow = "table or widget row";
constexpr std::string_view kNoWords = "no words";
constexpr std::string_view kEmbeddedPost = "embedded post";
constexpr std::string_view kRepeated = "repeated line";
constexpr std::string_view kMenu = "menu";
constexpr std::string_view kPageTitle = "page title";
constexpr std::string_view kBeforeArticle = "before the article";
constexpr std::string_view kAfterArticle = "after the article";
constexpr std::string_view kAuthorBlurb = "author blurb";
constexpr std::string_view kByline = "byline";
constexpr std::string_view kLinkReferences = "link references";
}  // namespace reason

// A stretch worth this much is an article: two paragraphs or so.
constexpr long kShortestArticle = 300;
// What a heading like "Most read" costs the stretch that runs past it: about three paragraphs.
constexpr long kEndHeadingCost = 600;
// How many times the body is sought again once a notice is found at its edge: a page has a
// cookie banner and a copyright line, seldom more.
constexpr std::size_t kNoticeRounds = 4;
// Menu items: a run of this many short lines inside the body is a menu, not subheadings.
constexpr std::size_t kShortestMenuRun = 3;
constexpr std::size_t kMenuItemWords = 3;
constexpr std::size_t kLongestPost = 60;  // words of a post embedded in an article
// A headline's length in words, and how far before the body it is looked for.
constexpr std::size_t kShortestHeadline = 3;
constexpr std::size_t kLongestHeadline = 30;
constexpr std::size_t kHeadlineReach = 15;
constexpr std::size_t kTitleReach = 40;  // the page title names its headline from further away
constexpr std::size_t kShortestStandfirst = 8;
constexpr std::size_t kLongestLead = 4;
constexpr std::size_t kLongestHeader = 16;             // blocks between a headline and the body, share buttons and all
constexpr std::size_t kShareButtonWords = 2;           // "X", "Print", "Copy link"
constexpr std::size_t kNameLineReach = 3;              // blocks under the headline where names alone are a byline
constexpr std::size_t kShortestLeadingHeadline = 5;    // words of a headline found before a headline-shaped line  //
                                                       // blocks between a headline and the nearest headline-shaped one
constexpr std::size_t kLongestRunningHead = 100;       // bytes
constexpr std::size_t kSentencesForLanguage = 40;      // blocks that tell a page's language
constexpr std::size_t kLeastFunctionWordPercent = 15;  // prose of a listed language has 30 or more
constexpr std::size_t kLongestPageNumber = 24;         // bytes: "Page 12 of 30", "- 14 -"
// The separators of a page title's site name: "Headline - Site", "Headline | Site".
constexpr std::string_view kTitleSeparators[] = {" | ", " - ", " – ", " — ", " :: ", " · "};
constexpr std::size_t kLongestSiteName = 6;  // words
constexpr std::size_t kLongestTitle = 400;   // bytes: a longer line is no page title

struct Judged {
    Block block;
    BlockFeatures features;
    std::optional<std::string_view> rule;       // what removes it outside the body (complete_rules)
    std::optional<std::string_view> body_rule;  // what removes it inside the body: fewer phrases
};

std::optional<std::string_view> reason_of_match(BoilerplateMatch match) {
    switch (match) {
        case BoilerplateMatch::credit: return reason::kCaption;
        case BoilerplateMatch::dated: return reason::kDated;
        case BoilerplateMatch::end: return reason::kEndHeading;
        default: return reason::kBoilerplate;
    }
}

// The rules that hold wherever a block stands, the lexicon's phrases only in short lines
// (PageJudgement::complete_rules looks for them in the long lines outside the body).
std::optional<std::string_view> rule_for(const Judged& j, const BoilerplateLexicon& lexicon) {
    const BlockFeatures& f = j.features;
    if (f.page_number) return reason::kPageNumber;
    if (f.player_time) return reason::kPlayer;
    if (f.comment_count) return reason::kEndHeading;
    if (f.post_signature) return reason::kEmbeddedPost;
    if (const auto match = lexicon.match(f.lowered, f.words, true)) return reason_of_match(*match);
    if (f.timestamp) return reason::kDated;
    // "Aces 14 9", "FTSE 100 7,412.3 +0.4%": more numbers than words, and no sentence.
    const std::size_t numbers = f.words - f.alphabetic_words;
    if (!f.ends_sentence && !f.clock_time && f.words <= 10 && numbers >= 2 && numbers >= f.alphabetic_words)
        return reason::kTableRow;
    if (f.words == 0) return reason::kNoWords;
    if (f.separated_list && !f.prose()) return reason::kBreadcrumb;
    return std::nullopt;
}

// How much a block says for being part of the body: prose counts by its length, furniture
// against. The body is the stretch with the highest sum (jusText's "good" blocks, found as
// the best-scoring run rather than by its neighbours).
long body_score(const Judged& j) {
    const BlockFeatures& f = j.features;
    const auto length = static_cast<long>(j.block.text.size());
    // Furniture a phrase names ("Share", "Advertisement") comes inside articles as often as
    // around them: it counts against a little, as any short line does, so that a live blog
    // whose entries each end in "Share" stays one stretch.
    // What follows an article ("Most read", "More from …") it does not run on past lightly:
    // the teasers after such a heading read like prose.
    if (j.body_rule == reason::kEndHeading) return -kEndHeadingCost;
    if (j.body_rule) return -15 - length / 20;
    if (f.prose()) return length;
    if (f.words < 6) return -20;
    return f.ends_sentence && f.function_share() >= 0.12 ? -5 : -25;
}

struct Stretch {
    std::size_t begin;
    std::size_t end;
};

struct Scored {
    Stretch stretch;
    long score;
};

// The best-scoring stretch of blocks[begin, end).
std::optional<Scored> best_stretch_in(const std::vector<Judged>& blocks, std::size_t begin, std::size_t end) {
    long best = 0, running = 0;
    std::size_t start = begin;
    std::optional<Scored> found;
    for (std::size_t i = begin; i < end; ++i) {
        if (running <= 0) {
            running = 0;
            start = i;
        }
        running += body_score(blocks[i]);
        if (running > best) {
            best = running;
            found = Scored{{start, i + 1}, best};
        }
    }
    return found;
}

// The body: the best-scoring stretch of the page, but before the comments when the article
// is there ("47 comments", "Join the conversation"): readers' comments are prose too, and
// under a short story there may be more of them than of it.
std::optional<Stretch> best_stretch(const std::vector<Judged>& blocks) {
    const auto comments = std::find_if(blocks.begin(), blocks.end(), [](const Judged& j) {
        return j.features.comment_count || j.features.lowered == "comments" ||
               j.features.lowered.starts_with("join the conversation");
    });
    const auto before = static_cast<std::size_t>(comments - blocks.begin());
    if (before < blocks.size())
        if (const auto article = best_stretch_in(blocks, 0, before); article && article->score >= kShortestArticle)
            return article->stretch;
    const auto best = best_stretch_in(blocks, 0, blocks.size());
    return best ? std::optional(best->stretch) : std::nullopt;
}

// "The Harbour Post", "El Faro del Sur", "example.com": a few words, most of them
// capitalised, and no clause ("League Cup semi-final, second leg" is part of a headline).
bool is_site_name(std::string_view text) {
    const BlockFeatures f = features_of(text);
    if (f.words < 1 || f.words > kLongestSiteName || f.ends_sentence) return false;
    if (text.find_first_of(",:;") != std::string_view::npos) return false;
    const bool domain = text.find(' ') == std::string_view::npos && text.find('.') != std::string_view::npos;
    return domain || f.capitalized_words * 2 >= f.words;
}

// "Headline - Site Name" -> "Headline" and "Site Name"; the whole text and no site when it has none.
struct SplitTitle {
    std::string_view headline;
    std::string_view site;  // empty when the title has none
};

SplitTitle split_once(std::string_view title) {
    for (const std::string_view separator : kTitleSeparators) {
        const std::size_t at = title.rfind(separator);
        if (at == std::string_view::npos || at == 0) continue;
        const std::string_view site = title.substr(at + separator.size());
        if (is_site_name(site)) return {title.substr(0, at), site};
    }
    return {title, {}};
}

// "Headline | Section | Site Name": the section goes with the site's name, so that the
// headline made of a title is the headline alone (and clean | clean does not cut it again).
SplitTitle split_site_name(std::string_view title) {
    if (title.size() > kLongestTitle) return {title, {}};
    SplitTitle split = split_once(title);
    if (!split.site.empty())
        if (const SplitTitle section = split_once(split.headline); !section.site.empty())
            split.headline = section.headline;
    return split;
}

// The page title of a page's first block, read once: "Headline - Site Name" as the
// headline it names and the site's name.
struct PageTitle {
    std::string text;     // without the site's name
    std::string lowered;  // the same in ASCII lower case
    std::string site;     // empty when the title has none
    bool has_site_name() const { return !site.empty(); }
};

PageTitle page_title_of(const std::vector<Judged>& blocks) {
    PageTitle title;
    // (A first block longer than a title is none: a page of one line of megabytes is not copied.)
    if (blocks.empty() || blocks.front().block.text.size() > kLongestTitle) return title;
    const SplitTitle split = split_site_name(blocks.front().block.text);
    title.text = std::string(split.headline);
    title.lowered = lower_ascii(split.headline);
    title.site = std::string(split.site);
    return title;
}

bool headline_shaped(const Judged& j) {
    const BlockFeatures& f = j.features;
    if (j.rule || f.byline || f.separated_list || f.alphabetic_words < kShortestHeadline || f.words > kLongestHeadline)
        return false;
    // A headline has no full stop at its end; a question or an exclamation it may have.
    // (Nor a colon: "District Judge Ellerby:" leads in to what follows.)
    const std::string_view text = j.block.text;
    return (text.back() != '.' && text.back() != ':') || text.ends_with("...") || text.ends_with("…");
}

// The next character of `text` at `pos` as a title is compared: ASCII in lower case,
// curly quotation marks as straight ones ("'critical'" in the page title, "‘critical’"
// in the headline), anything else as its bytes.
std::string_view folded_at(std::string_view text, std::size_t& pos, char& lowered) {
    constexpr std::string_view kSingle[] = {"‘", "’", "‚", "‛"}, kDouble[] = {"“", "”", "„", "‟"};
    const std::string_view rest = text.substr(pos);
    if (static_cast<unsigned char>(rest.front()) == 0xE2) {
        for (const std::string_view mark : kSingle)
            if (rest.starts_with(mark)) {
                pos += mark.size();
                return "'";
            }
        for (const std::string_view mark : kDouble)
            if (rest.starts_with(mark)) {
                pos += mark.size();
                return "\"";
            }
    }
    lowered = to_lower_ascii(rest.front());
    ++pos;
    return {&lowered, 1};
}

// Whether two short lines say the same, case and quotation marks aside: a headline and the page title.
bool same_words(std::string_view a, std::string_view b) {
    if (a.size() > kLongestTitle || b.size() > kLongestTitle) return false;
    std::size_t i = 0, k = 0;
    char a_lowered = 0, b_lowered = 0;
    while (i < a.size() && k < b.size())
        if (folded_at(a, i, a_lowered) != folded_at(b, k, b_lowered)) return false;
    return i == a.size() && k == b.size();
}

// Whether `line` is `headline` with the site's name after or before it: "Headline | Site",
// "Site: Headline".
bool is_title_of(std::string_view line, std::string_view headline) {
    if (same_words(split_site_name(line).headline, headline)) return true;
    if (line.size() <= headline.size() || !same_words(line.substr(line.size() - headline.size()), headline))
        return false;
    std::string_view site = line.substr(0, line.size() - headline.size());
    for (const std::string_view separator : {": ", " | ", " - ", " – ", " — "})
        if (site.ends_with(separator)) {
            site.remove_suffix(separator.size());
            return is_site_name(site);
        }
    return false;
}

// Between the headline and the body: a standfirst, a byline, a dateline are kept.
bool kept_before_body(const Judged& j) {
    const BlockFeatures& f = j.features;
    return f.byline || f.prose() || f.words >= kShortestStandfirst ||
           (f.words >= 6 && f.ends_sentence && f.function_share() >= 0.1);
}

// Whether the page title (its site name taken off) names this block: the same words, or
// the block's words inside it ("Opinion | Closing branch libraries is a false economy").
bool names_title(const Judged& j, const PageTitle& title) {
    if (same_words(j.block.text, title.text)) return true;
    if (j.features.words < kShortestHeadline || title.text.size() > kLongestTitle ||
        j.block.text.size() * 2 < title.text.size())
        return false;
    return title.lowered.find(j.features.lowered) != std::string::npos;
}

// Whether a third or more of the block's words are words of the title, case aside.
bool shares_words(const Judged& j, const PageTitle& title) {
    const std::string& lowered_title = title.lowered;
    std::size_t words = 0, shared = 0;
    const std::string_view text = j.features.lowered;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t end = std::min(text.find(' ', pos), text.size());
        const std::string_view word = text.substr(pos, end - pos);
        if (word.size() >= 3) {
            ++words;
            if (lowered_title.find(word) != std::string::npos) ++shared;
        }
        pos = end + 1;
    }
    return words > 0 && shared * 3 >= words;
}

// The headline over the byline nearest before the body, with its standfirst between them
// ("Hollander & Finch returns to profit" / "Department store group restores ..." / "By Oliver
// Quist"), where a widget (a share price, a player, a row of buttons) stands between the byline
// and the body and hides the headline from the walk back from the body.
std::optional<std::size_t> headline_over_byline(const std::vector<Judged>& blocks, std::size_t body_begin) {
    const std::size_t reach_begin = body_begin > kHeadlineReach ? body_begin - kHeadlineReach : 0;
    for (std::size_t b = body_begin; b-- > reach_begin;) {
        if (blocks[b].rule || !blocks[b].features.byline) continue;
        // Over the byline, the standfirst (shaped as a headline, or a sentence), then the headline.
        std::size_t k = b;
        if (k > 0 && !blocks[k - 1].rule && !headline_shaped(blocks[k - 1]) && kept_before_body(blocks[k - 1])) --k;
        std::optional<std::size_t> headline;
        // (A headline the page writes twice is one: the lower stays the headline.)
        for (const std::size_t top = k; k > 0 && top - k < 2 && headline_shaped(blocks[k - 1]) && !blocks[k - 1].rule &&
                                        !(headline && same_words(blocks[k - 1].block.text, blocks[k].block.text));
             --k)
            headline = k - 1;
        return headline;
    }
    return std::nullopt;
}

// The block of the headline, before the body begins at `body_begin`: the block the page
// title names, else the nearest headline-shaped block, else the one over the byline.
std::optional<std::size_t> find_headline_walking_back(const std::vector<Judged>& blocks, const PageTitle& title,
                                                      std::size_t body_begin);

std::optional<std::size_t> find_headline(const std::vector<Judged>& blocks, const PageTitle& title,
                                         std::size_t body_begin) {
    const auto walked = find_headline_walking_back(blocks, title, body_begin);
    const auto over_byline = headline_over_byline(blocks, body_begin);
    // (Over a walked headline only when that one is too short to be a story's: "View full quote".)
    const bool walked_short = walked && blocks[*walked].features.words < kShortestLeadingHeadline;
    return over_byline && (!walked || (walked_short && *over_byline < *walked)) ? over_byline : walked;
}

std::optional<std::size_t> find_headline_walking_back(const std::vector<Judged>& blocks, const PageTitle& title,
                                                      std::size_t body_begin) {
    const std::size_t reach_begin = body_begin > kHeadlineReach ? body_begin - kHeadlineReach : 0;
    if (!blocks.empty()) {
        const std::size_t title_reach_begin = body_begin > kTitleReach ? body_begin - kTitleReach : 0;
        for (std::size_t i = body_begin; i-- > std::max<std::size_t>(title_reach_begin, 1);)
            if (names_title(blocks[i], title) && !blocks[i].rule) return i;
        // A title with a site name that no line repeats is the only headline the page has,
        // unless a headline-shaped line just before the body shares its words (a tabloid's
        // "PENSIONER'S PARROT RUNS UP £400 TAKEAWAY BILL" under "Pensioner's parrot 'orders
        // £400 of takeaways'"): the nearest headline-shaped line is else a widget or a section.
        // Between them may stand a standfirst (headline-shaped too), a byline, timestamps and
        // a bar of share buttons ("Share", "Facebook", "X", "Comments (48)").
        if (title.has_site_name()) {
            std::size_t standfirsts = 0;
            for (std::size_t i = body_begin, steps = 0; i-- > 1 && steps < kLongestHeader; ++steps) {
                const Judged& j = blocks[i];
                if (headline_shaped(j)) {
                    if (shares_words(j, title)) return i;
                    if (++standfirsts > 1) break;
                } else if (!j.rule && !j.features.byline && !j.features.name_line &&
                           j.features.words > kShareButtonWords && !kept_before_body(j)) {
                    break;
                }
            }
            return std::nullopt;
        }
    }
    // A page that opens with its headline, its byline under it and then the body, as clean
    // writes an article: the first line is the headline, not a title, even of two words
    // ("APPROVED JUDGMENT"), when no line after it is shaped like one (a masthead, "WIRE
    // NEWS SERVICE", stands over a headline).
    const Judged& first = blocks[0];
    const bool first_is_heading = !first.rule && first.features.alphabetic_words >= 1 &&
                                  first.features.words <= kLongestHeadline && !first.features.ends_sentence &&
                                  !first.features.separated_list;
    if (!title.has_site_name() && body_begin > 0 && body_begin <= kLongestLead + 1 && first_is_heading &&
        std::all_of(blocks.begin() + 1, blocks.begin() + static_cast<std::ptrdiff_t>(body_begin), [&](const Judged& j) {
            // (The last may be the body's first subheading: "District Judge Ellerby:".)
            const bool opens_body = &j == &blocks[body_begin - 1] && j.features.alphabetic_words >= kShortestHeadline;
            return !j.rule && !headline_shaped(j) && (kept_before_body(j) || j.features.name_line || opens_body);
        }))
        return 0;
    for (std::size_t i = body_begin; i-- > reach_begin;) {
        if (headline_shaped(blocks[i])) {
            // A standfirst, a byline and a live blog's first heading may stand between the
            // headline and the body, the first two shaped like headlines too: the headline is
            // the first headline-shaped line of the run of such lines before the body.
            for (std::size_t k = i, steps = 0; k > reach_begin && steps < kLongestLead; ++steps) {
                const Judged& before = blocks[--k];
                if (before.rule || !(headline_shaped(before) || kept_before_body(before) || before.features.name_line))
                    break;
                // (Not a masthead: "WIRE NEWS SERVICE", "The Lakeside Courier" are shaped like
                // short headlines, but every word is capitalised.)
                // (Nor a breadcrumb run into an advertisement: "Spring Sale Home » Farm & Ranch".)
                // (» and › with no « or ‹ before them: no quotation marks.)
                const std::string& text = before.block.text;
                const bool breadcrumb =
                    (text.find(" \xC2\xBB ") != std::string::npos && text.find("\xC2\xAB") == std::string::npos) ||
                    (text.find(" \xE2\x80\xBA ") != std::string::npos &&
                     text.find("\xE2\x80\xB9") == std::string::npos);
                if (headline_shaped(before) && !breadcrumb &&
                    (before.features.alphabetic_words >= kShortestLeadingHeadline ||
                     before.features.capitalized_words < before.features.words))
                    i = k;
            }
            // The page title, not at the page's top, over the headline it names with the
            // site's name: "‘The kiln decides’: … – Crafted Quarterly" over "‘The kiln decides’: …".
            if (i + 1 < body_begin && is_title_of(blocks[i].block.text, blocks[i + 1].block.text)) return i + 1;
            return i;
        }
        // Past a run of menu items the article has not begun.
        if (!blocks[i].rule && blocks[i].features.words < kShortestHeadline && i + 1 < body_begin &&
            blocks[i + 1].features.words < kShortestHeadline && !blocks[i + 1].rule)
            break;
    }
    return std::nullopt;
}

// After the body: a short closing paragraph ("He declined to comment.") is kept.
bool kept_after_body(const Judged& j) {
    const BlockFeatures& f = j.features;
    return !j.rule && !f.author_blurb && f.ends_sentence && f.words >= 3 && f.function_share() >= 0.1;
}

// "12. https://example.com/news": an entry of a text browser's list of link addresses.
bool is_numbered_address(std::string_view text) {
    std::size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
    if (digits == 0 || !text.substr(digits).starts_with(". ")) return false;
    const std::string_view address = text.substr(digits + 2);
    return address.find("://") != std::string_view::npos || address.starts_with("mailto:") ||
           address.starts_with("javascript:");
}

// The running heads and page numbers of a hard-wrapped page (a PDF's text), taken out
// before paragraphs are rebuilt so that a paragraph broken by a page break joins again:
// "Page 1 of 3", and, on a page with such numbers, a short line that is not a sentence and
// stands twice or more.
std::vector<RemovedBlock> take_running_heads(std::vector<PageLine>& lines) {
    // Judged first and moved after: the counts' keys point into the lines.
    std::vector<std::optional<std::string_view>> why(lines.size());
    bool numbered = false;  // a page with page numbers has pages, and so running heads
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string& text = lines[i].text;
        // (A page number is short and holds a digit: most lines need no features.)
        if (!text.empty() && text.size() <= kLongestPageNumber &&
            text.find_first_of("0123456789") != std::string::npos && features_of(text).page_number) {
            why[i] = reason::kPageNumber;
            numbered = true;
        }
    }
    if (!numbered) return {};
    std::unordered_map<std::string_view, std::size_t> counts;
    for (const PageLine& line : lines)
        if (!line.text.empty() && line.text.size() <= kLongestRunningHead) ++counts[line.text];
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string& text = lines[i].text;
        if (why[i] || text.empty() || text.size() > kLongestRunningHead || counts[text] < 2) continue;
        const BlockFeatures f = features_of(text);
        if (!f.ends_sentence && f.words >= 2) why[i] = reason::kRunningHead;
    }
    std::vector<RemovedBlock> taken;
    std::vector<PageLine> kept;
    kept.reserve(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (why[i])
            taken.push_back({std::move(lines[i].text), *why[i], lines[i].number});
        else
            kept.push_back(std::move(lines[i]));
    }
    lines = std::move(kept);
    return taken;
}

// The list of link addresses at the end of a text browser's dump: "References", then
// "1. https://…" a line.
std::vector<RemovedBlock> take_link_references(std::vector<PageLine>& lines) {
    std::size_t heading = lines.size();
    for (std::size_t i = lines.size(); i-- > 0;)
        if (lines[i].text == "References") {
            heading = i;
            break;
        }
    if (heading == lines.size()) return {};
    for (std::size_t i = heading + 1; i < lines.size(); ++i)
        if (!lines[i].text.empty() && !is_numbered_address(lines[i].text)) return {};
    std::vector<RemovedBlock> taken;
    for (std::size_t i = heading; i < lines.size(); ++i)
        if (!lines[i].text.empty())
            taken.push_back({std::move(lines[i].text), reason::kLinkReferences, lines[i].number});
    lines.resize(heading);
    return taken;
}

class PageJudgement {
public:
    PageJudgement(std::vector<Judged> blocks, const BoilerplateLexicon& lexicon, const CleanOptions& options)
        : blocks_(std::move(blocks)),
          lexicon_(lexicon),
          options_(options),
          decisions_(blocks_.size()),
          title_(page_title_of(blocks_)) {}

    CleanedPage run() {
        const auto stretch = body_without_notices();
        complete_rules(stretch ? *stretch : Stretch{0, 0});
        if (!stretch) {
            for (std::size_t i = 0; i < blocks_.size(); ++i) remove(i, blocks_[i].rule.value_or(reason::kMenu));
            return finish();
        }
        std::size_t end = stretch->end;
        while (end < blocks_.size() && !mark_notice(end) && kept_after_body(blocks_[end])) ++end;
        judge_before(stretch->begin);
        judge_body(stretch->begin, end);
        for (std::size_t i = end; i < blocks_.size(); ++i) {
            const Judged& j = blocks_[i];
            remove(i, j.rule ? *j.rule : j.features.author_blurb ? reason::kAuthorBlurb : reason::kAfterArticle);
        }
        return finish();
    }

private:
    struct Decision {
        bool kept = false;
        std::string_view reason;
    };

    // The best stretch, once no consent or copyright notice stands at either of its ends:
    // a cookie banner reads like prose, and may be the best stretch before a header's
    // "32 comments" link or open a short story's; a copyright notice may close one. A
    // notice is looked for only there, since the search costs a pass over the block, and
    // inside the body it would be no notice but an article about one.
    std::optional<Stretch> body_without_notices() {
        for (std::size_t round = 0;; ++round) {
            const auto stretch = best_stretch(blocks_);
            if (!stretch || round == kNoticeRounds) return stretch;
            const bool at_start = mark_notice(stretch->begin);
            if (!(mark_notice(stretch->end - 1) || at_start)) return stretch;
        }
    }

    // Whether block i is a notice of the lexicon, which then removes it wherever it stands.
    bool mark_notice(std::size_t i) {
        Judged& j = blocks_[i];
        if (j.body_rule || !lexicon_.holds_notice(j.features.lowered)) return false;
        j.body_rule = j.rule = reason::kNotice;
        return true;
    }

    // The rules of the blocks outside the body, with the phrases of the lexicon.
    void complete_rules(const Stretch& body) {
        for (std::size_t i = 0; i < blocks_.size(); ++i) {
            Judged& j = blocks_[i];
            if ((i >= body.begin && i < body.end) || j.rule) continue;
            if (lexicon_.holds_phrase(j.features.lowered))
                j.rule = reason::kBoilerplate;
            else if (lexicon_.holds_notice(j.features.lowered))
                j.rule = reason::kNotice;
        }
    }

    void keep(std::size_t i) { decisions_[i] = {true, {}}; }
    void remove(std::size_t i, std::string_view why) { decisions_[i] = {false, why}; }

    void judge_before(std::size_t body_begin) {
        auto headline = find_headline(blocks_, title_, body_begin);
        if (!headline && body_begin > 0) {
            // No headline line: the page title, without its site name, is the headline.
            if (title_.has_site_name() || headline_shaped(blocks_.front())) {
                blocks_.front().block.text = title_.text;
                headline = 0;
                headline_is_title_ = true;
            }
        }
        headline_ = headline;
        for (std::size_t i = 0; i < body_begin; ++i) {
            const Judged& j = blocks_[i];
            if (headline && i == *headline) {
                keep(i);
            } else if (headline && i > *headline && !j.rule && !is_site_name_line(j.block.text) &&
                       (!headline_is_title_ || i + kLongestLead >= body_begin) &&
                       (kept_before_body(j) || (j.features.name_line && i <= *headline + kNameLineReach) ||
                        opens_body(j, i, body_begin))) {
                // (Under a headline made of the page title lie the page's menus and teasers:
                // only the lines just before the body are its standfirst and byline.)
                // (Names alone are a byline only close under the headline; elsewhere a menu.)
                keep_or_drop_byline(i);
            } else if (i == 0 && headline && !j.rule && names_title(blocks_[*headline], title_)) {
                remove(i, reason::kPageTitle);
            } else {
                remove(i, j.rule.value_or(reason::kBeforeArticle));
            }
        }
    }

    // "The Northern Post" under the page title "… | The Northern Post": the site's name.
    // "Summary of the application" just above the body: its first subheading.
    static bool opens_body(const Judged& j, std::size_t i, std::size_t body_begin) {
        return i + 1 == body_begin && j.features.alphabetic_words >= kShortestHeadline && !j.features.separated_list;
    }

    bool is_site_name_line(std::string_view text) const {
        return title_.has_site_name() && same_words(title_.site, text);
    }

    void keep_or_drop_byline(std::size_t i) {
        if (options_.drop_byline && blocks_[i].features.byline)
            remove(i, reason::kByline);
        else
            keep(i);
    }

    void judge_body(std::size_t begin, std::size_t end) {
        std::unordered_set<std::string_view> seen;
        for (std::size_t i = 0; i < begin; ++i) seen.insert(blocks_[i].block.text);
        for (std::size_t i = begin; i < end; ++i) {
            const Judged& j = blocks_[i];
            if (j.body_rule) {
                remove(i, *j.body_rule);
            } else if (!seen.insert(j.block.text).second && j.features.words > 0) {
                remove(i, reason::kRepeated);
            } else if (j.features.byline) {
                keep_or_drop_byline(i);
            } else {
                keep(i);
            }
        }
        drop_closing_blurbs(begin, end);
        // An embedded post is its text, then its signature: the block before one goes too.
        for (std::size_t i = begin + 1; i < end; ++i)
            if (blocks_[i].features.post_signature && decisions_[i - 1].kept &&
                blocks_[i - 1].features.words <= kLongestPost && !(headline_ && *headline_ == i - 1))
                remove(i - 1, reason::kEmbeddedPost);
        // Runs of menu items inside the body: "Share", "Facebook", "Twitter", … Furniture a
        // rule removes neither counts nor ends a run ("Partager", "Facebook" by the lexicon,
        // then "X", "E-mail"): the run is what is left once it is gone, as a second clean
        // would see it.
        for (std::size_t i = begin; i < end;) {
            std::size_t run = i, items = 0;
            while (run < end && (blocks_[run].body_rule || is_menu_item(blocks_[run]))) {
                if (!blocks_[run].body_rule) ++items;
                ++run;
            }
            if (items >= kShortestMenuRun)
                for (std::size_t k = i; k < run; ++k)
                    if (decisions_[k].kept) remove(k, reason::kMenu);
            i = run > i ? run : i + 1;
        }
    }

    // "Ruth Abernathy-Kole is a former librarian and chairs …": at the end of the body, a
    // paragraph about the author, by its role words or by the byline's name.
    void drop_closing_blurbs(std::size_t begin, std::size_t end) {
        std::vector<std::string> authors;
        for (std::size_t i = 0; i < begin; ++i) {
            if (!decisions_[i].kept || !(blocks_[i].features.byline || blocks_[i].features.name_line)) continue;
            std::string_view names = blocks_[i].block.text;
            if (blocks_[i].features.byline) names.remove_prefix(std::min(names.find(' ') + 1, names.size()));
            names = names.substr(0, names.find(','));
            if (!names.empty()) authors.emplace_back(names);
        }
        for (std::size_t i = end; i-- > begin;) {
            if (!decisions_[i].kept) continue;
            const Judged& j = blocks_[i];
            const std::string_view text = j.block.text;
            const bool by_author = std::any_of(authors.begin(), authors.end(), [&](const std::string& name) {
                return text.starts_with(name) &&
                       (text.substr(name.size()).starts_with(" is ") || text.substr(name.size()).starts_with(" was "));
            });
            if (!j.features.author_blurb && !by_author) break;
            remove(i, reason::kAuthorBlurb);
        }
    }

    // (Not a live blog's entry time, nor a byline: "11:42", "Par Maëlle Guivarc’h".)
    bool is_menu_item(const Judged& j) const {
        const BlockFeatures& f = j.features;
        return f.words <= kMenuItemWords && !f.ends_sentence && !f.clock_time && !f.byline && !f.name_line;
    }

    CleanedPage finish() {
        CleanedPage page;
        for (std::size_t i = 0; i < blocks_.size(); ++i) {
            Block& block = blocks_[i].block;
            if (decisions_[i].kept) {
                page.paragraphs.push_back(finished(std::move(block.text)));
                if (headline_ && i == *headline_) page.title = page.paragraphs.back();
            } else {
                page.removed.push_back({std::move(block.text), decisions_[i].reason, block.first_line});
            }
        }
        return page;
    }

    std::string finished(std::string text) const {
        match_quotation_marks(text);
        return options_.ascii_punct ? ascii_punctuation(text) : text;
    }

    std::vector<Judged> blocks_;
    const BoilerplateLexicon& lexicon_;
    const CleanOptions& options_;
    std::vector<Decision> decisions_;
    std::optional<std::size_t> headline_;
    PageTitle title_;
    bool headline_is_title_ = false;  // the headline is the page title, its site name taken off
};

}  // namespace

// Whether the page's sentences hold the function words of data/function_words.txt: in a
// language the list lacks (Swedish, Polish, Greek…) a sentence has almost none, and prose
// is told by its length and its full stop alone.
bool in_known_language(const std::vector<Judged>& blocks) {
    std::size_t words = 0, function_words = 0, sentences = 0;
    for (const Judged& j : blocks) {
        if (sentences >= kSentencesForLanguage) break;
        const BlockFeatures& f = j.features;
        if (f.words < kShortestStandfirst || !f.ends_sentence) continue;
        words += f.words;
        function_words += f.function_words;
        ++sentences;
    }
    return sentences == 0 || function_words * 100 >= words * kLeastFunctionWordPercent;
}

CleanedPage clean_page(std::vector<PageLine>&& lines, const BoilerplateLexicon& lexicon, const CleanOptions& options) {
    std::vector<RemovedBlock> furniture;
    if (has_link_markers(lines)) {
        for (PageLine& line : lines) strip_link_markers(line.text);
        // (Taken before the wrap width is measured: its addresses are long lines too.)
        furniture = take_link_references(lines);
    }
    const HyphenJudge hyphens(lines);  // reads the page's words only if a line ends in a hyphen
    const std::size_t width = wrap_width(lines);
    if (width > 0) {
        std::vector<RemovedBlock> heads = take_running_heads(lines);
        furniture.insert(furniture.end(), std::make_move_iterator(heads.begin()), std::make_move_iterator(heads.end()));
    }
    const bool markdown = has_markdown_links(lines);
    std::vector<Judged> judged;
    for (Block& block : build_blocks(std::move(lines), width, hyphens)) {
        // (Read from the blocks, not the lines: a wrapper breaks a link's text too.)
        if (markdown) strip_markdown(block.text);
        Judged j{std::move(block), {}, {}, {}};
        j.features = features_of(j.block.text);
        judged.push_back(std::move(j));
    }
    const bool language_known = in_known_language(judged);
    for (Judged& j : judged) {
        j.features.language_known = language_known;
        // Phrases are looked for in a long block only once it is known to lie outside the
        // body (PageJudgement::complete_rules): they cost a search of the whole block.
        j.body_rule = rule_for(j, lexicon);
        j.rule = j.body_rule;
    }
    CleanedPage page = PageJudgement(std::move(judged), lexicon, options).run();
    if (!furniture.empty()) {
        page.removed.insert(page.removed.end(), std::make_move_iterator(furniture.begin()),
                            std::make_move_iterator(furniture.end()));
        std::stable_sort(page.removed.begin(), page.removed.end(),
                         [](const RemovedBlock& a, const RemovedBlock& b) { return a.line < b.line; });
    }
    return page;
}

}  // namespace newsutils
