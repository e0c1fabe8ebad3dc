// Finds the quotations of a document, paragraph by paragraph, with their
// kind and speaker (spec: shared/spec/extract-quotes.md). The finder keeps
// what the document has said so far (who was named, who spoke last), so a
// pronoun, a role or a quotation with no cue is resolved from it; call
// end_document() between documents.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "quotes/cues.hpp"
#include "quotes/quotation_scanner.hpp"
#include "quotes/quote_lexicon.hpp"
#include "quotes/speaker_memory.hpp"
#include "quotes/word_index.hpp"
#include "sentences/sentence_splitter.hpp"
#include "text/text_span.hpp"

namespace newsutils {

enum class QuoteKind : unsigned char { direct, partial, scare };
inline constexpr std::size_t kQuoteKinds = 3;

std::string_view kind_name(QuoteKind kind);
std::optional<QuoteKind> quote_kind_named(std::string_view name);

struct Quotation {
    TextSpan span;     // from the first opening mark to just past the last closing mark
    std::string text;  // inside the marks; pieces joined by a space, soft wraps made spaces
    QuoteKind kind = QuoteKind::direct;
    std::optional<std::string> speaker;          // resolved: "Kassym-Jomart Tokayev", "interior ministry"
    std::optional<std::string> speaker_mention;  // as written at the cue: "he", "the ministry"
    std::optional<std::string> cue;              // "said", "according to"
    bool open_at_end = false;                    // still open when its paragraph ends: may go on in the next
    bool continues_previous = false;             // goes on from the open quotation that ended the previous paragraph
};

class QuoteFinder {
public:
    explicit QuoteFinder(const QuoteLexicon& lexicon);

    // Appends the quotations of the next paragraph of the document.
    void find(std::string_view paragraph, std::vector<Quotation>& quotations);
    void end_document();

private:
    struct Group {
        std::size_t first_piece;
        std::size_t last_piece;
    };
    struct Attribution {
        std::optional<SpeakerMemory::Id> speaker;
        std::optional<std::string> unresolved;  // a mention that names no one and fits no one
        std::optional<std::string> mention;
        std::optional<std::string> cue;
    };

    void put_off(std::string_view paragraph);
    void read_put_off();
    void read_paragraph(std::string_view paragraph, std::vector<Quotation>& quotations);
    void group_pieces(std::string_view paragraph);
    void split_at_heading_lines(std::string_view paragraph);
    void split_at_full_stops(std::string_view paragraph);
    void read_sentence(std::string_view paragraph, TextSpan sentence, std::vector<Quotation>& quotations);
    void note_names(std::string_view paragraph, std::size_t first, std::size_t last);
    std::vector<std::string> role_words(const CueReader& reader, std::size_t first, std::size_t last) const;
    void note_apposition_roles(std::string_view paragraph, const Mention& name, SpeakerMemory::Id id, std::size_t first,
                               std::size_t last);
    Quotation make_quotation(std::string_view paragraph, const Group& group, TextSpan sentence,
                             std::size_t sentence_first, std::size_t sentence_last, const CueReader& reader);
    QuoteKind fragment_kind(const CueReader& reader, std::size_t first, std::size_t left_end, std::size_t words,
                            const std::optional<Cue>& left_cue, bool right_cue) const;
    std::optional<SpeakerMemory::Id> resolve(std::string_view paragraph, const Mention& mention,
                                             std::string& unresolved);
    std::optional<SpeakerMemory::Id> resolve_uncached(std::string_view paragraph, const Mention& mention,
                                                      std::string& unresolved);
    Attribution attribute(std::string_view paragraph, const std::optional<Cue>& cue);
    void set_speaker(Quotation& quotation, const Attribution& attribution, bool carried);
    std::size_t token_at_or_after(std::size_t offset) const;

    const QuoteLexicon& lexicon_;
    SentenceSplitter splitter_;
    SpeakerMemory memory_;
    std::vector<QuotedPiece> pieces_;
    // A paragraph with no quotation mark is read only for who it names and who speaks, which
    // matters only to a quotation after it: such paragraphs are kept, end to end, and read
    // when a quotation comes, or dropped unread when the document ends first (most stories
    // close on paragraphs that quote no one).
    std::string put_off_text_;
    std::vector<TextSpan> put_off_;
    std::vector<QuotedPiece> held_pieces_;  // the pieces of the paragraph waiting for them
    std::vector<Group> groups_;
    std::vector<SentenceSpan> sentences_;
    // split_at_heading_lines' output, swapped with sentences_: no allocation a paragraph.
    std::vector<SentenceSpan> refined_sentences_;
    std::vector<ContextToken> tokens_;
    std::size_t next_group_ = 0;
    // The open quotation that ended the previous paragraph, to carry on.
    std::optional<Quotation> open_quotation_;
    // The speaker named by a sentence ending in a colon, for the quotation after it.
    std::optional<Attribution> colon_attribution_;
    // The speaker a quotation with no cue carries on from, when it was a mention that fits no one.
    std::optional<std::string> carried_unresolved_;
    // The person the sentence before introduced as its subject, when it quoted no one.
    std::optional<SpeakerMemory::Id> introduced_, introduced_before_;
    // The entity each name written in this document stands for, while the memory holds it.
    WordIndex<SpeakerMemory::Id> name_cache_;
    std::uint64_t cached_generation_ = 0;
};

}  // namespace newsutils
