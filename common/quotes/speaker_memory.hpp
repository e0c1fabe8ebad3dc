// What a document has said so far about who speaks: the people and
// organisations named, their fullest names, genders and roles, and who was
// last the subject of a sentence, so that "he", "the minister" or "Tokayev"
// can be resolved to "Kassym-Jomart Tokayev". Reset at each document.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "quotes/word_index.hpp"
#include "text/pronouns.hpp"
#include "text/word_list.hpp"

namespace newsutils {

// Whether `form` is a form of the name `name`: each of its words, in any ASCII case, is a
// word of the name ("Tokayev", "kassym-jomart tokayev" of "Kassym-Jomart Tokayev").
bool is_form_of_name(std::string_view form, std::string_view name);

enum class Gender : unsigned char { unknown, masculine, feminine };

struct Entity {
    std::string name;  // the fullest form seen
    Gender gender = Gender::unknown;
    bool organisation = false;
    bool plural = false;  // "police", "the authorities"
    bool named = true;    // false: a mention that names no one ("the interior ministry")
    bool person = false;  // known to be a person: a first name and a surname, a title, a quotation
    // How many role words were written with it, up to a bound: only the first ones are indexed,
    // so a count is all that needs keeping, not the words.
    unsigned char roles = 0;
    std::uint64_t last_subject = 0;  // when last the subject of a sentence or a speaker; 0: never
};

class SpeakerMemory {
public:
    using Id = std::size_t;

    // A person's or organisation's name as written, titles taken off
    // ("Roberta Vance", "Finance Ministry"), with the role words written with
    // it. A shorter form of a name known before is that entity.
    Id note_name(std::string_view name, bool organisation, Gender gender, const std::vector<std::string>& roles);
    // A speaker that names no one: "police", "interior ministry", "spokesman".
    // `person` says it is someone "he" or "she" may stand for ("the minister").
    Id note_unnamed(std::string_view mention, bool plural, bool organisation, bool person);
    void note_subject(Id id);
    void note_speaker(Id id) {
        note_subject(id);
        if (!entities_[id].organisation && !entities_[id].plural) entities_[id].person = true;
    }
    void set_gender(Id id, Gender gender) {
        if (entities_[id].gender == Gender::unknown) entities_[id].gender = gender;
    }

    // The entity a short name stands for ("Tokayev", "Vance"), if any.
    std::optional<Id> find_name(std::string_view name, Gender gender = Gender::unknown) const;
    // Whom a subject pronoun stands for: the last subject or speaker it fits.
    std::optional<Id> resolve_pronoun(PronounReferent pronoun);
    // The last subject or speaker who is a person, of either gender ("the 49-year-old").
    std::optional<Id> resolve_person() const;
    // Whom a role stands for ("minister", "ministry", "company"): an entity
    // with that role or with the word in its name, the latest first.
    // With `any_organisation` ("company", "ministry"), the latest
    // organisation stands for it when none fits better.
    std::optional<Id> resolve_role(std::string_view role, bool any_organisation = false) const;

    const Entity& entity(Id id) const { return entities_[id]; }

    // The speaker a quotation with no cue carries on from.
    std::optional<Id> current_speaker;

    void reset();
    // Changes at each reset: ids from before it are void.
    std::uint64_t generation() const { return generation_; }

private:
    std::uint64_t generation_ = 1;
    std::vector<Entity> entities_;
    bool same_person(const Entity& known, std::string_view name, Gender gender) const;
    // `lower`: `name` in lower case.
    void set_name(Id id, std::string_view name, std::string_view lower);
    // `text` in lower case, in key_: a key to look up with no allocation, until the next call.
    std::string_view lowered(std::string_view text) const;
    mutable std::string key_;

    WordIndex<std::vector<Id>> by_surname_;  // people, first named first
    WordIndex<Id> by_full_name_;
    WordIndex<std::vector<Id>> by_first_name_;  // people
    WordIndex<std::vector<Id>> by_role_;        // role words, and the words of organisations' names
    std::vector<Id> organisations_;
    std::vector<Id> recent_subjects_;  // the latest last
    void index_role(Id id, std::string_view role);
    std::uint64_t clock_ = 0;
};

}  // namespace newsutils
