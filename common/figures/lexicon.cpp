#include "figures/lexicon.hpp"

#include <charconv>
#include <stdexcept>
#include <vector>

#include "figures/embedded_lexicons.hpp"
#include "text/ascii_case.hpp"

namespace newsutils {
namespace {

// The tab-separated fields of an entry line.
std::vector<std::string_view> fields_of(std::string_view entry) {
    std::vector<std::string_view> fields;
    fields.reserve(4);  // an entry has one to three: one allocation, where growing made up to three
    for (;;) {
        const auto tab = entry.find('\t');
        fields.push_back(entry.substr(0, tab));
        if (tab == std::string_view::npos) return fields;
        entry.remove_prefix(tab + 1);
    }
}

double number_of(std::size_t line, std::string_view text) {
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        throw WordListError(line, "'" + std::string(text) + "' is not a number");
    return value;
}

std::vector<std::string_view> require_fields(std::size_t line, std::string_view entry, std::size_t count) {
    auto fields = fields_of(entry);
    if (fields.size() < count)
        throw WordListError(line, "'" + std::string(entry) + "' needs " + std::to_string(count) + " fields");
    return fields;
}

void load_number_words(FigureLexicon& lex) {
    using Type = NumberWord::Type;
    const std::unordered_map<std::string_view, Type> kSections = {{"unit", Type::unit},
                                                                  {"ten", Type::ten},
                                                                  {"scale", Type::scale},
                                                                  {"ordinal", Type::ordinal},
                                                                  {"denominator", Type::denominator},
                                                                  {"dozen", Type::dozen},
                                                                  {"vague", Type::vague},
                                                                  {"multiplier", Type::multiplier}};
    Type type = Type::unit;
    for_each_entry(
        lexicons::figures::number_words,
        [&](std::size_t line, std::string_view entry) {
            const auto fields = require_fields(line, entry, 2);
            // A word may be an ordinal and a denominator both: "the fifth", "a fifth".
            std::string word = lower_ascii(fields[0]);
            if (type == Type::denominator) {
                lex.denominators.emplace(std::move(word), number_of(line, fields[1]));
            } else {
                lex.indexed_word_shapes.add(word);
                lex.number_words.add(std::move(word), NumberWord{type, number_of(line, fields[1])});
            }
        },
        [&](std::size_t line, std::string_view section) {
            const auto it = kSections.find(section);
            if (it == kSections.end()) throw WordListError(line, "unknown section [" + std::string(section) + "]");
            type = it->second;
        });
}

void load_currencies(FigureLexicon& lex) {
    std::string section;
    for_each_entry(
        lexicons::figures::currencies,
        [&](std::size_t line, std::string_view entry) {
            if (section == "scale") return;  // scale words are number_words' [scale]
            const auto fields = require_fields(line, entry, section == "subunits" ? 3 : 2);
            Currency currency{std::string(fields[1]), section == "subunits" ? number_of(line, fields[2]) : 1.0};
            currency.is_code = lower_ascii(fields[0]) == lower_ascii(fields[1]);
            if (section != "subunits" && fields.size() > 2) {
                if (fields[2] != "capitalized")
                    throw WordListError(
                        line, "'" + std::string(fields[2]) + "' is not a flag; the one flag is 'capitalized'");
                currency.capitalized = true;
            }
            if (section == "before")
                lex.currency_before.add(fields[0], currency);
            else if (section == "after")
                lex.currency_after.add(fields[0], currency);
            else if (section == "subunits")
                lex.subunits.add(fields[0], currency);
            else
                throw WordListError(line, "an entry before any section");
        },
        [&](std::size_t line, std::string_view name) {
            if (name != "before" && name != "after" && name != "subunits" && name != "scale")
                throw WordListError(line, "unknown section [" + std::string(name) + "]");
            section = name;
        });
}

void load_units(FigureLexicon& lex) {
    const std::unordered_map<std::string_view, UnitKind> kSections = {{"dimension", UnitKind::dimension},
                                                                      {"temperature", UnitKind::temperature},
                                                                      {"duration", UnitKind::duration},
                                                                      {"counted", UnitKind::counted}};
    std::optional<UnitKind> kind;
    for_each_entry(
        lexicons::figures::units,
        [&](std::size_t line, std::string_view entry) {
            if (!kind) throw WordListError(line, "an entry before any section");
            const auto fields = require_fields(line, entry, 2);
            lex.units.add(fields[0], Unit{std::string(fields[1]), *kind});
        },
        [&](std::size_t line, std::string_view section) {
            const auto it = kSections.find(section);
            if (it == kSections.end()) throw WordListError(line, "unknown section [" + std::string(section) + "]");
            kind = it->second;
        });
}

void load_qualifiers(FigureLexicon& lex) {
    using Qualifier = FigureLexicon::Qualifier;
    std::optional<Qualifier> kind;
    for_each_entry(
        lexicons::figures::qualifiers,
        [&](std::size_t line, std::string_view entry) {
            if (!kind) throw WordListError(line, "an entry before any section");
            lex.qualifiers.add(entry, *kind);
        },
        [&](std::size_t line, std::string_view section) {
            if (section == "approximate")
                kind = Qualifier::approximate;
            else if (section == "lower")
                kind = Qualifier::lower;
            else if (section == "upper")
                kind = Qualifier::upper;
            else if (section == "period")
                kind = Qualifier::period;
            else
                throw WordListError(line, "unknown section [" + std::string(section) + "]");
        });
}

void load_percents(FigureLexicon& lex) {
    using Percent = FigureLexicon::Percent;
    std::optional<Percent> kind;
    for_each_entry(
        lexicons::figures::percents,
        [&](std::size_t line, std::string_view entry) {
            if (!kind) throw WordListError(line, "an entry before any section");
            lex.percents.add(entry, *kind);
        },
        [&](std::size_t line, std::string_view section) {
            if (section == "percent")
                kind = Percent::percent;
            else if (section == "point")
                kind = Percent::point;
            else if (section == "basis")
                kind = Percent::basis;
            else
                throw WordListError(line, "unknown section [" + std::string(section) + "]");
        });
}

void load_labels(FigureLexicon& lex) {
    const std::unordered_map<std::string_view, WordSet*> kSets = {
        {"weekday", &lex.weekdays},  {"timezone", &lex.timezones},  {"version", &lex.version_cues},
        {"score", &lex.score_cues},  {"phone", &lex.phone_cues},    {"change", &lex.change_verbs},
        {"count", &lex.count_words}, {"person", &lex.person_words}, {"numbered", &lex.number_cues}};
    std::string section;
    for_each_entry(
        lexicons::figures::labels,
        [&](std::size_t line, std::string_view entry) {
            const auto fields = fields_of(entry);
            if (section == "month") {
                if (fields.size() < 2) throw WordListError(line, "a month needs its number");
                lex.months.emplace(lower_ascii(fields[0]), static_cast<int>(number_of(line, fields[1])));
                return;
            }
            const auto it = kSets.find(section);
            if (it == kSets.end()) throw WordListError(line, "an entry before any section");
            it->second->insert(lower_ascii(fields[0]));
        },
        [&](std::size_t line, std::string_view name) {
            if (name != "month" && !kSets.count(name))
                throw WordListError(line, "unknown section [" + std::string(name) + "]");
            section = name;
        });
}

FigureLexicon load() {
    FigureLexicon lex;
    load_number_words(lex);
    load_currencies(lex);
    load_units(lex);
    load_qualifiers(lex);
    load_percents(lex);
    load_labels(lex);
    for (const std::string_view word : kIndexedWords) lex.indexed_word_shapes.add(word);
    for_each_entry(lexicons::figures::noun_stop_words,
                   [&](std::size_t, std::string_view word) { lex.noun_stops.insert(lower_ascii(word)); });
    return lex;
}

}  // namespace

std::uint16_t FigureLexicon::find_number_word_id(std::string_view lower_word) const {
    return number_words.find_id(lower_word);
}

const FigureLexicon& FigureLexicon::builtin() {
    // Never destroyed: freeing its thousands of nodes one by one at exit cost a 2 MB run
    // more than one instruction a byte, and the process gives the memory back at once.
    static const FigureLexicon* const lexicon = new FigureLexicon(load());
    return *lexicon;
}

}  // namespace newsutils
