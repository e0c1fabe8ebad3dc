#include "figures/figure_finder.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <string>
#include <vector>

using newsutils::Figure;
using newsutils::FigureKind;

namespace {

struct Found {
    std::string text;
    FigureKind kind;
    std::optional<double> value;
    std::optional<double> high;
    std::string unit;
    std::string approx;
    std::string noun;
};

std::vector<Found> figures(std::string_view text) {
    std::vector<Figure> out;
    newsutils::find_figures(text, newsutils::FigureLexicon::builtin(), out);
    std::vector<Found> found;
    const auto piece = [&](newsutils::TextSpan s) { return std::string(text.substr(s.begin, s.end - s.begin)); };
    for (const auto& f : out)
        found.push_back({piece(f.span), f.kind, f.value, f.high, std::string(f.unit), piece(f.approx), piece(f.noun)});
    return found;
}

// The one figure of `text`, which must have exactly one.
Found one(std::string_view text) {
    const auto all = figures(text);
    INFO(text);
    REQUIRE(all.size() == 1);
    return all[0];
}

bool near(std::optional<double> value, double expected) {
    return value && std::abs(*value - expected) <= 1e-9 * std::max(1.0, std::abs(expected));
}

}  // namespace

TEST_CASE("digits with groups, decimals, signs and scale words") {
    CHECK(near(one("about 10,000 people").value, 10000));
    CHECK(near(one("a loss of 1,234.5 units").value, 1234.5));
    CHECK(near(one("Rs 5,00,000 was paid").value, 500000));
    CHECK(near(one("some 10\xE2\x80\xAF"
                   "000 people")
                   .value,
               10000));  // a thin space groups
    CHECK(near(one("exactly 2.3 million viewers").value, 2300000));
    CHECK(near(one("3 hundred boxes").value, 300));
    CHECK(near(one("fell to -12 points").value, -12));
    CHECK(near(one("a 1.2-million rise").value, 1200000));
    CHECK(near(one("half a million homes").value, 500000));
}

TEST_CASE("number words of any size") {
    CHECK(near(one("two hundred and seventeen thousand people").value, 217000));
    CHECK(near(one("twenty-five cars").value, 25));
    CHECK(near(one("a dozen eggs").value, 12));
    CHECK(near(one("two dozen eggs").value, 24));
    CHECK(near(one("one and a half years").value, 1.5));
    CHECK(one("one and a half years").kind == FigureKind::duration);
    CHECK(near(one("one and a half million people").value, 1.5e6));
    CHECK(near(one("one billion and a half million").value, 1000500000));
    CHECK(near(one("one billion and three quarters million").value, 1000750000));
    CHECK(near(one("five-and-a-half per cent").value, 5.5));
    CHECK(near(one("a three-and-a-half-year term").value, 3.5));
}

TEST_CASE("fractions") {
    CHECK(near(one("a third of voters").value, 0.333333));
    CHECK(one("a third of voters").noun == "voters");
    CHECK(near(one("two-thirds of the board").value, 0.666667));
    CHECK(near(one("3/4 of it").value, 0.75));
    CHECK(near(one("\xC2\xBD").value, 0.5));
    CHECK(near(one("1 in 5 adults").value, 0.2));
    CHECK(one("1 in 5 adults").text == "1 in 5");
    CHECK(near(one("two out of three").value, 0.666667));
    CHECK(near(one("half of all adults").value, 0.5));
    CHECK(near(one("odds of 1 in 1,000").value, 0.001));
    CHECK(near(one("a 1-in-83 chance").value, 0.012048));  // fractions to six places, as the spec writes them
    // The first half is a period, not a fraction; five quarters a time.
    CHECK(figures("revenue in the first half").size() == 1);
    CHECK(figures("second-half profit").size() == 1);
    const auto quarters = one("over five quarters");
    CHECK(quarters.kind == FigureKind::duration);
    CHECK(quarters.unit == "quarter");
    CHECK(one("a fourth-generation model").kind == FigureKind::ordinal);
}

TEST_CASE("vulgar fractions, alone and after a whole number, among other multi-byte symbols") {
    CHECK(near(one("About \xC2\xBE of voters").value, 0.75));        // ¾
    CHECK(near(one("\xE2\x85\x93 of the budget").value, 0.333333));  // ⅓
    CHECK(near(one("a \xE2\x85\x9E inch bolt").value, 0.875));       // ⅞
    CHECK(near(one("It rose 2\xC2\xBD times").value, 2.5));          // 2½
    CHECK(one("It\xE2\x80\x99s \xE2\x80\x9C"
              "fine\xE2\x80\x9D \xE2\x80\x94 3\xC2\xBC miles")
              .text == "3\xC2\xBC miles");  // It’s “fine” — 3¼ miles
    // ⅐ and ⅟ share the fractions' first bytes but are none of those the grammar reads.
    CHECK(figures("\xE2\x85\x90 of it").empty());
    CHECK(figures("\xE2\x85\x9F of it").empty());
}

TEST_CASE("multipliers") {
    CHECK(one("costs roughly doubled").kind == FigureKind::multiplier);
    CHECK(one("costs roughly doubled").approx == "roughly");
    CHECK(near(one("output tripled").value, 3));
    CHECK(near(one("a threefold rise").value, 3));
    CHECK(near(one("profits halved").value, 0.5));
    CHECK(near(one("three times as many").value, 3));
    CHECK(one("downloaded 50 times").kind == FigureKind::cardinal);
}

TEST_CASE("vague plurals take the least value they imply") {
    CHECK(near(one("Dozens of people").value, 24));
    CHECK(one("Dozens of people").noun == "people");
    CHECK(near(one("hundreds of homes").value, 200));
    CHECK(near(one("tens of thousands of protesters").value, 20000));
    CHECK(one("tens of thousands of protesters").noun == "protesters");
    CHECK(near(one("hundreds of thousands of jobs").value, 200000));
    CHECK(figures("He scores twice").size() == 1);  // "scores" is a verb there
}

TEST_CASE("ordinals, an ordinal in a title included") {
    CHECK(near(one("the first deputy prime minister").value, 1));
    CHECK(one("the first deputy prime minister").kind == FigureKind::ordinal);
    CHECK(near(one("the 21st century").value, 21));
    CHECK(one("the No. 5 seed").text == "No. 5");
    CHECK(near(one("the twenty-first time").value, 21));
    CHECK(figures("the second to last").empty());
}

TEST_CASE("ranges are one figure, changes two") {
    const auto between = one("between 150 and 200 people");
    CHECK(between.text == "between 150 and 200");
    CHECK(near(between.value, 150));
    CHECK(near(between.high, 200));
    CHECK(near(one("10-15 cars").high, 15));
    CHECK(near(one("three or four days").high, 4));
    const auto billions = one("$5-6 billion");
    CHECK(near(billions.value, 5e9));
    CHECK(near(billions.high, 6e9));
    const auto change = figures("rose from 60 to 120 tenge");
    REQUIRE(change.size() == 2);
    CHECK(change[0].unit == "KZT");
    CHECK(change[1].unit == "KZT");
    const auto back = figures("fell to 34 from 36 per cent");
    REQUIRE(back.size() == 2);
    CHECK(back[0].kind == FigureKind::percent);
    CHECK(figures("218 votes to 212").size() == 2);
    // A second number of another unit or currency is a level, not the range's end.
    CHECK(figures("Silver added 2.8% to $29.74").size() == 2);
    CHECK(figures("yields climbed 7 basis points to 4.38%").size() == 2);
    CHECK(figures("it cost $5 to \xE2\x82\xAC"
                  "6")
              .size() == 2);
    CHECK(near(one("prices will rise by 4% to 6%").high, 6));
    CHECK(near(one("sales to grow 2% to 3%").high, 3));
    CHECK(figures("raised the rate by 0.5% to 4.5%").size() == 2);
    // A bare number in a subunit's range or change is scaled as the subunit is.
    const auto bp = one("a cut of 25 to 50 basis points");
    CHECK(near(bp.value, 0.25));
    CHECK(near(bp.high, 0.5));
    CHECK(near(one("closed 6-1/2 to 9 cents higher").value, 0.065));
    CHECK(near(one("corn was 1/2 to 3/4 cent lower").high, 0.0075));
    CHECK(near(one("March at 5.02-3/4 dlrs a bushel").value, 5.0275));
    CHECK(near(figures("rose from 5 to 120 cents").at(0).value, 0.05));
    CHECK(near(figures("fell to 34 from 36 per cent").at(0).value, 34));
    const auto scaled = figures("between 61 million and 64 million tonnes, from 66 million previously");
    REQUIRE(scaled.size() == 2);
    CHECK(near(scaled[0].value, 61e6));
    CHECK(near(scaled[0].high, 64e6));
    CHECK(scaled[1].unit == "t");
}

TEST_CASE("qualifiers are in the span and reported") {
    for (std::string_view q : {"nearly", "almost", "more than", "at least", "up to", "about", "roughly"}) {
        const auto f = one(std::string(q) + " 3,000 people");
        CHECK(f.approx == q);
        CHECK(near(f.value, 3000));
        CHECK(f.noun == "people");
    }
}

TEST_CASE("percentages, points and basis points") {
    CHECK(near(one("rose 3.5%").value, 3.5));
    CHECK(one("fell 0.3 per cent").kind == FigureKind::percent);
    CHECK(near(one("-0.3%").value, -0.3));
    const auto bp = one("a cut of 25 basis points");
    CHECK(near(bp.value, 0.25));
    CHECK(bp.unit == "point");
    CHECK(one("1.5 percentage points").unit == "point");
    CHECK(one("3% of voters").noun == "voters");
}

TEST_CASE("money by symbol, code and name, in ISO 4217") {
    const auto check = [](std::string_view text, double value, std::string_view code) {
        const auto f = one(text);
        INFO(text);
        CHECK(f.kind == FigureKind::money);
        CHECK(near(f.value, value));
        CHECK(f.unit == code);
    };
    check("$1.2 billion", 1.2e9, "USD");
    check("the rupee weakened to 83.42 per dollar", 83.42, "INR");
    check("tens of thousands of dollars", 20000, "USD");
    check("a fee of N8,000", 8000, "NGN");
    // The old wire feeds' abbreviations, capitalized only.
    check("DM 4.5 mln", 4.5e6, "DEM");
    check("2.5 mln stg", 2.5e6, "GBP");
    check("10 mln dlrs", 1e7, "USD");
    check("Lit 500 billion", 5e11, "ITL");
    CHECK(one("he lit 5 candles").kind == FigureKind::cardinal);
    CHECK(one("a 10 dm rod").kind != FigureKind::money);
    check("US$20 billion", 2e10, "USD");
    check(
        "\xE2\x82\xAC"
        "3bn",
        3e9, "EUR");
    check(
        "\xC2\xA3"
        "1.2m",
        1.2e6, "GBP");
    check("Rs 500 crore", 5e9, "INR");
    check("3 trillion yen", 3e12, "JPY");
    check("120 tenge", 120, "KZT");
    check("164p", 1.64, "GBP");
    check("PS2.7m", 2.7e6, "GBP");
    check("Y=590 billion", 5.9e11, "JPY");
    check("$A30 million", 3e7, "AUD");
    check("C$ 12 million", 1.2e7, "CAD");
    check("USD 5 million", 5e6, "USD");
    CHECK(one("$1.2 billion in aid").noun == "aid");
    CHECK(figures("his pen 7 times").at(0).kind == FigureKind::cardinal);  // "pen" is no PEN
}

TEST_CASE("units, ages and durations") {
    CHECK(one("a 1,200 km road").unit == "km");
    const auto cold = one("-12C nights");
    CHECK(cold.kind == FigureKind::temperature);
    CHECK(near(cold.value, -12));
    CHECK(one("104 degrees Fahrenheit").unit == "F");
    CHECK(one("16 GB of memory").noun == "memory");
    const auto age = one("The 49-year-old Smailov");
    CHECK(age.kind == FigureKind::age);
    CHECK(age.unit == "year");
    CHECK(one("aged 7").kind == FigureKind::age);
    CHECK(figures("Adaeze Okafor, 44, said").at(0).kind == FigureKind::age);
    const auto emergency = one("a two-week emergency");
    CHECK(emergency.kind == FigureKind::duration);
    CHECK(emergency.unit == "week");
    CHECK(emergency.noun == "emergency");
    CHECK(one("18 months").unit == "month");
    CHECK(one("1.8m tall").unit == "m");
    CHECK(one("5m people").kind == FigureKind::cardinal);
    // "m" is million before a plural phrase and with one decimal, metres to the centimetre.
    CHECK(near(one("3.2m loyalty-card members").value, 3.2e6));
    CHECK(near(one("it added 5.1m in the quarter").value, 5.1e6));
    CHECK(one("a throw of 67.90m").unit == "m");
    CHECK(one("the 200m freestyle").unit == "m");
    const auto units = one("ship 15m to 17m units");
    CHECK(near(units.value, 15e6));
    CHECK(near(units.high, 17e6));
    // Ages by their bound, their verb and their range.
    const auto under = one("children under five");
    CHECK(under.kind == FigureKind::age);
    CHECK(under.approx == "under");
    CHECK(one("adults over 75").kind == FigureKind::age);
    CHECK(one("costs under 5 pounds").kind == FigureKind::money);
    CHECK(one("who turned 30 in May").kind == FigureKind::age);
    const auto aged = one("aged between 19 and 26");
    CHECK(aged.kind == FigureKind::age);
    CHECK(near(aged.high, 26));
    const auto olds = one("11- to 15-year-olds");
    CHECK(olds.kind == FigureKind::age);
    CHECK(near(olds.value, 11));
    CHECK(near(olds.high, 15));
    CHECK(one("a magnitude 5.8 quake").unit == "magnitude");
}

TEST_CASE("labels: years, dates, times, phones, versions, scores") {
    CHECK(one("in 2022").kind == FigureKind::year);
    CHECK(near(one("the 1990s").value, 1990));
    CHECK(one("the early 1990s").approx == "early");
    CHECK(one("on January 2").kind == FigureKind::date);
    CHECK(one("Dec. 31, 2026").text == "Dec. 31, 2026");
    CHECK(one("14 March").kind == FigureKind::date);
    CHECK(one("2022-01-05").kind == FigureKind::date);
    CHECK(one("at 10:30").kind == FigureKind::time);
    CHECK(one("at 10 p.m.").text == "10 p.m.");
    CHECK(one("9:30 a.m. ET").text == "9:30 a.m. ET");
    CHECK(one("call 0800 123 4567").kind == FigureKind::phone);
    CHECK(one("iOS 17.2").text == "17.2");
    CHECK(one("iOS 17.2").kind == FigureKind::version);
    CHECK(one("they won 2-1").kind == FigureKind::score);
    CHECK(one("a 3-1 lead").kind == FigureKind::score);
    CHECK(!one("in 2022").value.has_value() == false);
    CHECK(!one("on January 2").value);
    CHECK(one("2000 people").kind == FigureKind::cardinal);
}

TEST_CASE("numbers inside names and codes are no figures") {
    for (std::string_view text : {"The G20 met", "new Covid-19 cases", "a Boeing 737 jet", "under Article 5",
                                  "5G networks", "an F-16 crashed", "the Magnificent Seven", "the FTSE 100 index"}) {
        INFO(text);
        CHECK(figures(text).empty());
    }
    CHECK(figures("In 2022 they left").size() == 1);  // a capitalized preposition is no name
}

TEST_CASE("the pronoun one and the partitive are no figures; one person is") {
    CHECK(figures("one of the most").empty());
    CHECK(figures("the one who left").empty());
    CHECK(one("one person died").noun == "person");
    CHECK(one("one fewer than the rest").value == 1);
}

TEST_CASE("the counted noun is the head of the phrase after the figure") {
    CHECK(one("nearly 10,000 people fled").noun == "people");
    CHECK(one("3,400 dock workers walked out").noun == "workers");
    CHECK(one("20,000 \xE2\x80\x9C"
              "armed bandits.\xE2\x80\x9D")
              .noun == "bandits");
    CHECK(one("five other former Soviet states").noun == "states");
    CHECK(one("rose 3% on Tuesday").noun.empty());
    // "by X to Y" is a change and a level, two figures.
    CHECK(figures("raised the rate by 100 basis points to 15.25%").size() == 2);
    // A partitive names its whole; a compound its second word; an age its person, in a compound only.
    CHECK(figures("close 140 of its 390 stores")[0].noun == "stores");
    CHECK(figures("Half of the 2,000 respondents said")[0].noun == "respondents");
    CHECK(one("the 98-seat chamber").noun == "seat");
    CHECK(one("the 58-year-old man").noun == "man");
    CHECK(one("The 49-year-old Smailov said").noun.empty());
    CHECK(figures("Okafor, 44, said").at(0).noun.empty());
    // Modifiers between a figure and its noun, and nouns in -ing.
    CHECK(one("the third such deal this year").noun == "deal");
    CHECK(one("a 10th straight meeting, with").noun == "meeting");
    CHECK(one("15 centrally contracted players").noun == "players");
    CHECK(one("a second-quarter loss").noun == "quarter");
    CHECK(one("5,000 people living there").noun == "people");
    CHECK(one("stabbed 17 times").noun.empty());
    // Directions, times and places after a measure or money are not what it counts.
    CHECK(one("it landed 72 km west").noun.empty());
    CHECK(one("two days later").noun.empty());
    CHECK(one("$71,200 in Asian trading").noun.empty());
    CHECK(one("$142.60 in early trading").noun.empty());
    // Names and codes before the noun modify it.
    CHECK(one("412 of the S&P 500 companies").noun == "companies");
    CHECK(one("nine U.S. states").noun == "states");
    CHECK(figures("four HDMI 2.1 ports").at(0).noun == "ports");
    CHECK(one("60 A321neo narrowbody jets").noun == "jets");
    CHECK(figures("roughly three times the 10-year average").at(0).noun == "average");
    CHECK(one("41 megatonnes of CO2 a year").noun == "CO2");
    // A role before a name, a verb before a measure or an object, a comparative before its noun.
    CHECK(one("ridden by 52-year-old jockey Pat Hennigan").noun == "jockey");
    CHECK(figures("the 50 mg dose shed 8.6 kg").at(0).noun == "dose");
    CHECK(figures("trained over 54 days using 8,192 GPUs").at(0).noun.empty());
    CHECK(one("with the 23-year-old agreeing a contract").noun.empty());
    CHECK(figures("passed third reading 172-146").at(0).noun == "reading");
    CHECK(one("a 34% higher risk of diabetes").noun == "risk");
    CHECK(one("21 KOs").noun == "KOs");
    CHECK(one("world No. 37 Jana Klevec").noun.empty());
    CHECK(one("its first quarter net income").noun == "quarter");
    CHECK(figures("5 min read\nCouncil approves").at(0).noun == "read");
    CHECK(figures("the Greens more than doubled their tally").at(0).noun == "tally");
    CHECK(one("ordered 40 wide-body jets").noun == "jets");
    CHECK(one("output rose 4.2% year on year").noun.empty());
    CHECK(one("his 14th of the season").noun.empty());
    CHECK(one("it landed 40 km south-west of the town").noun.empty());
    CHECK(one("raised $5 billion in its IPO").noun.empty());
    const auto snow = figures("30 to 40 centimetres (12 to 16 inches) of snow");
    REQUIRE(snow.size() == 2);
    CHECK(snow[0].noun == "snow");
    CHECK(snow[1].noun == "snow");
    CHECK(figures("3 of 12  Volunteers sort coats").at(1).noun.empty());
    CHECK(one("and two great-grandchildren").noun == "great-grandchildren");
    CHECK(figures("The 2.1-metre (seven-foot) fence").at(0).noun == "fence");
    CHECK(figures("The C$1.6-billion agreement covers 41 communities").at(0).noun == "agreement");
    CHECK(one("rose 40% year-on-year").noun.empty());
    CHECK(one("his third Formula 1 victory").noun == "victory");
    CHECK(figures("a 77 kWh battery good for 520 km").at(0).noun == "battery");
    CHECK(one("the second highest total").noun == "total");
    CHECK(one("it was the second highest.").noun.empty());
    // An elliptical count counts what the count before it counts.
    CHECK(figures("ordered 60 jets, with options for 40 more, in a deal").at(1).noun == "jets");
    CHECK(figures("about 800 stores, double the 430 it opened").at(2).noun == "stores");
}

TEST_CASE("a number too large for a double is no figure") {
    for (const auto& f : figures("1e800 and 5")) CHECK(std::isfinite(*f.value));
}

TEST_CASE("codes are their whole run of text") {
    CHECK(figures("a flaw tracked as CVE-2024-38063 today").empty());
    CHECK(figures("quoting crime reference CR/0456/25").empty());
    CHECK(figures("the BA.2.86 variant").empty());
    CHECK(figures("staff wear N95 masks").empty());
    CHECK(figures("3Point Payments said").empty());
    CHECK(figures("PCs that run Windows 11").empty());
    CHECK(one("OrchardOS 18.2 ships").kind == FigureKind::version);
    CHECK(one("45W charging").unit == "W");
    CHECK(one("Scotland's First Minister").kind == FigureKind::ordinal);
    CHECK(figures("led at half-time").empty());
    CHECK(figures("fly-half Dan Keogh").empty());
    const auto cut = one("a half-point cut");
    CHECK(cut.kind == FigureKind::percent);
    CHECK(cut.unit == "point");
    CHECK(cut.text == "half-point");
    CHECK(near(one("quarter-point cuts").value, 0.25));
}

TEST_CASE("what the paragraph says of a figure") {
    const auto ages = figures("Three men, aged 29, 33 and 51, were charged.");
    REQUIRE(ages.size() == 4);
    CHECK(ages[3].kind == FigureKind::age);
    const auto cold = figures("It was -30C, and with the wind it felt like -52.");
    REQUIRE(cold.size() == 2);
    CHECK(cold[1].unit == "C");
    CHECK(figures("Set it at 78 degrees, as it hit 101F.").at(0).unit == "F");
    const auto poll = figures("Labour on 38%, eight points ahead of the Tories on 30%.");
    REQUIRE(poll.size() == 3);
    CHECK(poll[1].kind == FigureKind::percent);
    CHECK(poll[1].text == "eight points");
    CHECK(one("The index rose 412 points.").kind == FigureKind::cardinal);
    CHECK(figures("It cost C$5 a share, up 11 cents.").at(1).unit == "CAD");
    const auto margin = one("a margin of plus or minus 2.5 percentage points");
    CHECK(near(margin.value, 2.5));
    CHECK(margin.approx == "plus or minus");
}

TEST_CASE("markets and the wire") {
    const auto rate = figures("The yen firmed 0.5% to 153.90 per dollar.");
    REQUIRE(rate.size() == 2);
    CHECK(rate[1].unit == "JPY");
    const auto table = figures("Net 12.4 mln vs 9.8 mln     Revs 450.2 mln vs 402.1 mln     Avg shrs 10.1 mln");
    REQUIRE(table.size() == 5);
    CHECK(table[1].unit == "USD");
    CHECK(table[3].kind == FigureKind::money);
    CHECK(table[4].kind == FigureKind::cardinal);
    CHECK(table[0].noun.empty());
    const auto partner = figures("It had 1,812 stores at year-end, down from 1,904.");
    REQUIRE(partner.size() == 2);
    CHECK(partner[1].noun == "stores");
    CHECK(figures("The dollar was fixed at 1.8215 marks.").at(0).unit == "DEM");
    CHECK(one("She scored 45 marks in the exam").kind == FigureKind::cardinal);
    CHECK(figures("in its first 10 weeks").at(0).noun == "weeks");
    CHECK(figures("roughly \xE2\x82\xAC"
                  "14bn and 52,000 employees")
              .size() == 2);
    CHECK(one("a 6.7-inch display").unit == "inch");
    CHECK(one("peaks at 3,000 nits").unit == "nit");
    CHECK(one("five times longer than before").kind == FigureKind::multiplier);
    CHECK(one("its biggest one-day loss").kind == FigureKind::duration);
    CHECK(figures("decliners led by about five to one").size() == 2);
    CHECK(one("$12.40 per million British thermal units").kind == FigureKind::money);
    CHECK(one("60 frames per second").kind == FigureKind::cardinal);
    CHECK(figures("FFr 1.2 billion, or 410 francs a share").at(1).unit == "FRF");
    CHECK(figures("adults with type 2 diabetes and a tier 1 ratio").empty());
    CHECK(figures("a rival to the iPhone 16").empty());
    CHECK(figures("streams 4K video").empty());
    CHECK(one("50K people").kind == FigureKind::cardinal);
    CHECK(one("weighs 29 g and lasts").unit == "g");
    CHECK(one("2.14 billion crowns").unit == "SEK");
    CHECK(one("4.35 mln bpd").noun == "bpd");
    CHECK(one("Turkey's lira weakened to 32.41 per dollar").unit == "TRY");
    CHECK(one("MANILA - The province will receive 1.8 billion pesos").unit == "PHP");
    CHECK(one("Mexico's budget of 1.8 billion pesos").unit == "MXN");
    CHECK(one("South Korea\xE2\x80\x99s won fell to 1,392.5 per dollar").unit == "KRW");
    CHECK(figures("Arclight (4417.T) and Sonaro <6723.T> rose").empty());
    CHECK(one("above the 1.5C mark").kind == FigureKind::temperature);
    CHECK(figures("its 256K memory chip costs less").empty());
    // Other languages' typography: a decimal comma, the currency sign after the sum.
    CHECK(near(one("1,2 million d\xC3\xA9placements").value, 1.2e6));
    CHECK(near(one("9,8% de ch\xC3\xB4mage").value, 9.8));
    CHECK(figures("rounds 1,2,3").size() == 3);
    const auto euros = one("il co\xC3\xBBte 249 \xE2\x82\xAC en France");
    CHECK(euros.unit == "EUR");
    CHECK(euros.noun.empty());
    CHECK(figures("he won 5 $1 bets").size() == 2);
    CHECK(near(one("revenue of NT$860 billion to NT$890 billion").high, 890e9));
    CHECK(one("it weighs 219 g.").unit == "g");
    CHECK(one("a 460 ppi screen").unit == "ppi");
    CHECK(one("cooled to 38 nanokelvin").unit == "nK");
    CHECK(figures("Vantor 20%, Orchard 17% and Xiyun 14%").size() == 3);
    CHECK(one("issued at 1300 local time").kind == FigureKind::time);
    CHECK(figures("9 of the 11 S&P sectors").at(1).noun == "sectors");
    CHECK(one("up to 1 trillion yen of its own shares").noun == "shares");
    CHECK(figures("$ 20,000.00 $ 37,305.97 in expenses").at(1).unit == "USD");
    // A comparative after a measure is not what it counts.
    CHECK(one("1.55C warmer than").noun.empty());
    CHECK(one("0.084 seconds quicker than").noun.empty());
}

TEST_CASE("sport, courts and page furniture") {
    CHECK(one("Kelvinbrae beat Strathmore 2-1 at home").kind == FigureKind::score);
    CHECK(figures("scoring it 117-111, 116-112 and 115-113").size() == 3);
    CHECK(one("She won the 400m hurdles").unit == "m");
    CHECK(one("Ranked 112th a year ago").kind == FigureKind::ordinal);
    CHECK(one("Updated 10:42 a.m. today").kind == FigureKind::time);
    CHECK(one("made a 999 call").kind == FigureKind::phone);
    CHECK(one("The driver, 41, had").kind == FigureKind::age);
    CHECK(one("Comments (48)").kind == FigureKind::cardinal);
    CHECK(near(one("Rated 4.7 out of 5").value, 0.94));
    CHECK(near(one("19 times out of 20").value, 0.95));
    CHECK(figures("water at 1490 Youville Dr., Ottawa").empty());
    CHECK(figures("The House passed H.R. 3318 today").empty());
    CHECK(figures("Jordan_1987 wrote").empty());
    CHECK(one("Get the app (v5.12.3) now").kind == FigureKind::version);
    CHECK(one("TSX 24,810.55 today").kind == FigureKind::cardinal);
    CHECK(figures("Elk Hollow, CO 81299.").empty());
    CHECK(figures("at 210 W. Lake St., Carthage").empty());
    CHECK(figures("a Double-A team and a double-double").empty());
    CHECK(figures("four feet (1.2 m) of snow").at(1).unit == "m");
    CHECK(one("roughly 400 m thick").noun.empty());
    const auto race = one("won in a world-leading 29:48.15");
    CHECK(race.kind == FigureKind::duration);
    CHECK(near(race.value, 1788.15));
    CHECK(figures("beat her 6-3 6-7 7-5").at(1).kind == FigureKind::score);
    CHECK(one("Australia reached 368-5 at stumps").kind == FigureKind::score);
    CHECK(one("The House approved the bill 219-206 after a debate").kind == FigureKind::score);
    CHECK(one("confirmed her to the court 52-47 on Tuesday").kind == FigureKind::score);
    CHECK(one("Published 09/03/2026, online").kind == FigureKind::date);
    CHECK(one("served thrice-weekly").kind == FigureKind::multiplier);
    CHECK(one("Visitation 4\xE2\x80\x93"
              "7 p.m. Thursday")
              .text ==
          "4\xE2\x80\x93"
          "7 p.m.");
    CHECK(figures("ranked #3 in Travel").at(0).text == "#3");
    CHECK(figures("The Senate passed S. 2147 near exit 431; a similar measure, SB 309, and projet de loi 117").empty());
    CHECK(one("the exit 4 km away").unit == "km");
    CHECK(figures("profit for the half year to June").empty());
    CHECK(figures("shared with 3rd parties and third-party apps").empty());
    CHECK(one("half of them left").kind == FigureKind::fraction);
    CHECK(one("1,148 measles cases").noun == "cases");
    CHECK(one("Info: 1-800-555-0182.").kind == FigureKind::phone);
    CHECK(near(one("rated 3.5/5 by readers").value, 0.7));
    CHECK(one("about 3.4 times annual revenue").kind == FigureKind::multiplier);
    CHECK(one("7 nights in Lisbon").unit == "night");
    CHECK(figures("Specs: 8 GB RAM \xC2\xB7 187 g\nPrice").at(1).unit == "g");
    CHECK(one("up to 20 petaflops").unit == "PFLOPS");
    CHECK(one("\xE2\x96\xB6 Watch: 2:47").kind == FigureKind::duration);
    const auto minute = figures("LIVE\n67' GOAL! Okafor scores.");
    REQUIRE(minute.size() == 1);
    CHECK(minute[0].unit == "minute");
    CHECK(minute[0].text == "67'");
    CHECK(figures("TORONTO, May 3 - It paid 38 cts a share").at(1).unit == "CAD");
    CHECK(figures("open 24/7 all year").empty());
    CHECK(figures("its core tier one capital ratio").empty());
    CHECK(figures("won in double overtime").empty());
    CHECK(one("profits will double next year").kind == FigureKind::multiplier);
    CHECK(one("double its price").kind == FigureKind::multiplier);
    CHECK(one("failing by under half a percentage point").unit == "point");
    CHECK(one("half a point behind").kind == FigureKind::fraction);
    CHECK(one("lowering the voting age to 16").kind == FigureKind::age);
    CHECK(one("turnout in the 18-24 age group").kind == FigureKind::age);
    CHECK(one("ships in 1-2 business days").unit == "day");
    CHECK(one("Updated 2m ago").unit == "minute");
    CHECK(one("2m people").kind == FigureKind::cardinal);
    CHECK(one("Comments 212").kind == FigureKind::cardinal);
    CHECK(one("sa dalle de 640 m\xC3\xA8tres").unit == "m");
    CHECK(figures("TORONTO, March 3 - It earned 14.2 mln dlrs").at(1).unit == "CAD");
    CHECK(figures("TORONTO, March 3 - It earned 14.2 mln U.S. dlrs").at(1).unit == "USD");
    CHECK(one("OSLO - The 410 billion crown fund").unit == "NOK");
    CHECK(figures("approval fell 6 points in a month to 31%").at(0).unit == "point");
    CHECK(figures("Adjei (24-0, 21 KOs) won").at(0).kind == FigureKind::score);
    CHECK(one("30 frames per second").text == "30");
    CHECK(figures("she cleared 2.06 m at her third attempt").at(0).unit == "m");
    CHECK(one("raised $2.5 m in cash").kind == FigureKind::money);
}

TEST_CASE("numbers in URLs and addresses are no figures") {
    CHECK(figures("see https://example.com/2024/05/12/story-3").empty());
    CHECK(figures("write to desk2@example.org").empty());
}

TEST_CASE("a paragraph read in pieces gives the figures of the whole, at the paragraph's offsets") {
    std::string text;
    for (int i = 0; i < 40; ++i) text += "Prices rose 5% on Monday and 120 people came. ";
    const auto& lexicon = newsutils::FigureLexicon::builtin();
    std::vector<Figure> whole, pieces;
    newsutils::find_figures(text, lexicon, whole);
    newsutils::FigureScratch scratch;
    newsutils::find_figures_in_pieces(text, lexicon, pieces, scratch, 100);
    REQUIRE(whole.size() == 80);
    REQUIRE(pieces.size() == whole.size());
    for (std::size_t i = 0; i < whole.size(); ++i) {
        CHECK(pieces[i].span.begin == whole[i].span.begin);
        CHECK(pieces[i].span.end == whole[i].span.end);
        CHECK(pieces[i].kind == whole[i].kind);
        CHECK(pieces[i].value == whole[i].value);
        // A noun cut off into the next piece is lost ("120 | people"); a noun found is the same.
        if (pieces[i].noun.end > pieces[i].noun.begin) CHECK(pieces[i].noun.begin == whole[i].noun.begin);
    }
    CHECK(text.substr(pieces[79].span.begin, pieces[79].span.end - pieces[79].span.begin) == "120");
    // No space to cut after: pieces at characters' starts, never inside "é".
    const std::string letters = std::string(150, 'x') + "\xC3\xA9" + std::string(150, 'y');
    std::vector<Figure> none;
    newsutils::find_figures_in_pieces(letters, lexicon, none, scratch, 151);
    CHECK(none.empty());
}
