#include "quotes/speaker_memory.hpp"

#include <algorithm>

#include "text/ascii_case.hpp"

namespace newsutils {
namespace {

// Bounds what one document can make the memory hold, and the cost of a
// lookup: a news story names far fewer; past this, the memory starts afresh.
constexpr std::size_t kMostEntities = 512;
constexpr std::size_t kMostRoles = 16;

std::string_view last_word(std::string_view name) {
    const auto space = name.find_last_of(' ');
    return space == std::string_view::npos ? name : name.substr(space + 1);
}

std::string_view first_word(std::string_view name) {
    return name.substr(0, name.find(' '));
}

// Calls `word` with each word of `text` separated by spaces, until it returns false.
template <class Visit>
bool all_words(std::string_view text, Visit word) {
    for (std::size_t pos = 0; pos < text.size();) {
        const auto space = text.find(' ', pos);
        const auto end = space == std::string_view::npos ? text.size() : space;
        if (end > pos && !word(text.substr(pos, end - pos))) return false;
        pos = end + 1;
    }
    return true;
}

// `text` lowered between two spaces, to find as a whole word among others.
// Appended piece by piece: gcc 12 warns falsely of `" " + std::string`
// (-Wrestrict, its bug 105329) when it compiles this without LTO.
std::string spaced_lower(std::string_view text) {
    std::string spaced(1, ' ');
    spaced += lower_ascii(text);
    spaced += ' ';
    return spaced;
}

}  // namespace

bool is_form_of_name(std::string_view form, std::string_view name) {
    const std::string padded_name = spaced_lower(name);
    bool any = false;
    return all_words(form,
                     [&](std::string_view word) {
                         any = true;
                         return padded_name.find(spaced_lower(word)) != std::string::npos;
                     }) &&
           any;
}

std::string_view SpeakerMemory::lowered(std::string_view text) const {
    lower_ascii_into(text, key_);
    return key_;
}

void SpeakerMemory::set_name(Id id, std::string_view name, std::string_view lower) {
    Entity& e = entities_[id];
    e.name = std::string(name);
    if (e.organisation) {
        all_words(lower, [&](std::string_view word) {
            index_role(id, word);
            return true;
        });
    } else if (e.named && name.find(' ') != std::string_view::npos) {
        auto& ids = by_first_name_[first_word(lower)];
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
}

void SpeakerMemory::index_role(Id id, std::string_view role) {
    auto& ids = by_role_[role];
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
}

void SpeakerMemory::note_subject(Id id) {
    // A story's subject is often the one of the sentence before: already the latest.
    if (recent_subjects_.empty() || recent_subjects_.back() != id) {
        constexpr std::size_t kRecentSubjects = 64;
        // The recent subjects are in the order of their clocks, each pushed with its latest:
        // the id's place, if it is there, is found by its clock.
        const std::uint64_t clock = entities_[id].last_subject;
        const auto it =
            std::lower_bound(recent_subjects_.begin(), recent_subjects_.end(), clock,
                             [&](Id recent, std::uint64_t c) { return entities_[recent].last_subject < c; });
        if (clock != 0 && it != recent_subjects_.end() && *it == id)
            recent_subjects_.erase(it);
        else if (recent_subjects_.size() >= kRecentSubjects)
            recent_subjects_.erase(recent_subjects_.begin());
        recent_subjects_.push_back(id);
    }
    entities_[id].last_subject = ++clock_;
}

bool SpeakerMemory::same_person(const Entity& known, std::string_view name, Gender gender) const {
    if (known.organisation || !known.named) return false;
    if (gender != Gender::unknown && known.gender != Gender::unknown && gender != known.gender) return false;
    // "Tokayev" and "Kassym-Jomart Tokayev" are one; "Claire Dunne" and "Mark Dunne" are two.
    return name.find(' ') == std::string_view::npos || known.name.find(' ') == std::string::npos ||
           name.ends_with(known.name) || known.name.ends_with(name);
}

SpeakerMemory::Id SpeakerMemory::note_name(std::string_view name, bool organisation, Gender gender,
                                           const std::vector<std::string>& roles) {
    if (entities_.size() >= kMostEntities) reset();
    // (In key_: valid until the next lookup, the last one below.)
    const std::string_view full = lowered(name);
    std::optional<Id> found;
    if (const Id* known = by_full_name_.find(full)) found = *known;
    if (!found && !organisation) {
        if (const auto* ids = by_surname_.find(last_word(full)))
            for (auto id = ids->rbegin(); !found && id != ids->rend(); ++id)
                if (same_person(entities_[*id], name, gender)) found = *id;
    }
    Id id;
    if (!found) {
        id = entities_.size();
        entities_.emplace_back();
        entities_.back().organisation = organisation;
        set_name(id, name, full);
        if (organisation)
            organisations_.push_back(id);
        else
            by_surname_[last_word(full)].push_back(id);
    } else {
        id = *found;
        const bool upgrade = !entities_[id].named || name.size() > entities_[id].name.size();
        entities_[id].named = true;
        if (upgrade) set_name(id, name, full);
    }
    Entity& entity = entities_[id];
    // The entity's name is `name`, already lowered, unless it was known by a fuller one.
    by_full_name_[entity.name == name ? full : lowered(entity.name)] = id;
    set_gender(id, gender);
    if (!entity.organisation &&
        (gender != Gender::unknown || !roles.empty() || entity.name.find(' ') != std::string::npos))
        entity.person = true;
    for (const std::string& role : roles) {
        if (entity.roles == kMostRoles) break;
        index_role(id, role);
        ++entity.roles;
    }
    return id;
}

SpeakerMemory::Id SpeakerMemory::note_unnamed(std::string_view mention, bool plural, bool organisation, bool person) {
    if (entities_.size() >= kMostEntities) reset();
    // Marked apart from the names: a mention is not a name of the same words.
    lowered(mention);
    key_.insert(key_.begin(), '\x01');
    if (const Id* known = by_full_name_.find(key_)) return *known;
    const Id id = entities_.size();
    entities_.emplace_back();
    Entity& entity = entities_.back();
    entity.organisation = organisation;
    entity.plural = plural;
    entity.named = false;
    entity.person = person;
    // Its head word ("coroner" of "the coroner investigating the deaths") counts as a role
    // written with it, though it is not indexed.
    entity.roles = 1;
    set_name(id, mention, std::string_view(key_).substr(1));
    by_full_name_[key_] = id;
    return id;
}

std::optional<SpeakerMemory::Id> SpeakerMemory::find_name(std::string_view name, Gender gender) const {
    const std::string_view lower = lowered(name);
    if (const Id* known = by_full_name_.find(lower)) return *known;
    const auto* surname = by_surname_.find(last_word(lower));
    if (name.find(' ') != std::string_view::npos) {
        if (surname)
            for (auto id = surname->rbegin(); id != surname->rend(); ++id)
                if (same_person(entities_[*id], name, gender)) return *id;
        return std::nullopt;
    }
    // A surname alone is the first person the story named with it: "Solberg" is the
    // woman it is about, not the brother named later.
    if (surname)
        for (const Id id : *surname)
            if (same_person(entities_[id], name, gender)) return id;
    // "Teodora said", a first name alone: the person of that first name.
    if (const auto* ids = by_first_name_.find(lower); ids && !ids->empty()) return ids->back();
    return std::nullopt;
}

std::optional<SpeakerMemory::Id> SpeakerMemory::resolve_pronoun(PronounReferent pronoun) {
    for (auto it = recent_subjects_.rbegin(); it != recent_subjects_.rend(); ++it) {
        const Entity& e = entities_[*it];
        bool fits = false;
        switch (pronoun) {
            case PronounReferent::masculine: fits = e.person && e.gender != Gender::feminine; break;
            case PronounReferent::feminine: fits = e.person && e.gender != Gender::masculine; break;
            case PronounReferent::plural: fits = e.organisation || e.plural; break;
            case PronounReferent::neuter: fits = e.organisation && !e.plural; break;
            default: fits = false;
        }
        if (!fits) continue;
        if (pronoun == PronounReferent::masculine) set_gender(*it, Gender::masculine);
        if (pronoun == PronounReferent::feminine) set_gender(*it, Gender::feminine);
        return *it;
    }
    return std::nullopt;
}

std::optional<SpeakerMemory::Id> SpeakerMemory::resolve_person() const {
    for (auto it = recent_subjects_.rbegin(); it != recent_subjects_.rend(); ++it)
        if (entities_[*it].person) return *it;
    return std::nullopt;
}

std::optional<SpeakerMemory::Id> SpeakerMemory::resolve_role(std::string_view role, bool any_organisation) const {
    std::optional<Id> best;
    // Among the fitting ones, the one last a subject; else the first named.
    if (const auto* ids = by_role_.find(lowered(role)))
        for (const Id id : *ids)
            if (entities_[id].named && (!best || entities_[id].last_subject > entities_[*best].last_subject)) best = id;
    if (best || !any_organisation) return best;
    for (const Id id : organisations_)
        if (entities_[id].named && (!best || entities_[id].last_subject >= entities_[*best].last_subject)) best = id;
    return best;
}

void SpeakerMemory::reset() {
    entities_.clear();
    by_surname_.clear();
    by_full_name_.clear();
    by_first_name_.clear();
    by_role_.clear();
    organisations_.clear();
    recent_subjects_.clear();
    ++generation_;
    current_speaker.reset();
    clock_ = 0;
}

}  // namespace newsutils
