// Runs a fuzz target without libFuzzer, so that every build tests it: each
// FILE given is one input (as libFuzzer replays a crash), and --random N
// makes N inputs from fragments of news text and bad bytes, from a fixed
// seed so a failure repeats. With -DNEWSUTILS_FUZZ=ON and clang, the same
// targets link with libFuzzer instead and search for inputs themselves.
// usage: TARGET [--random N] [--seed S] [FILE...]
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

// Pieces of real-looking text and of what breaks text tools.
const std::vector<std::string_view> kFragments = {
    "The minister said on Tuesday that almost 10,000 people were detained. ",
    "\"We won. It was hard,\" he said. ",
    "\xE2\x80\x9C"
    "Armed bandits"
    "\xE2\x80\x9D"
    " stormed 5 buildings, ",
    "Gen. J. R. Smith (R-Ky.) arrived at 10 a.m. in the U.S. ",
    "Dozens were hurt; prices rose 3.5% to $8.9bn from PS2.7m. ",
    "1) First item 2) Second item ",
    "\xE2\x80\xA2 bullet ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\f\n",
    "\n\f\n",
    "\v",
    "\t",
    " ",
    "\xC2\xA0",
    "\xE2\x80\xAF",
    "\xC2\x85",
    "\xE2\x80\xA8",
    "\xE2\x80\xA9",
    "\xEF\xBB\xBF",
    "\xE2\x80\x8B",
    "\xFF",
    "\xC3",
    "\xE2\x80",
    "\xED\xA0\x80",
    "\xF4\x90\x80\x80",
    std::string_view("\0", 1),
    "...",
    ". . .",
    "?!",
    "\xE2\x80\xA6",
    "\xE3\x80\x82",
    "\xE0\xA5\xA4",
    "\xD8\x9F",
    "'",
    "\"",
    "\xE2\x80\x98",
    "\xE2\x80\x99",
    "\xC2\xAB",
    "\xC2\xBB",
    "\xE2\x80\x9E",
    "\xE3\x80\x8C",
    "\xE3\x80\x8D",
    "Photo: AFP ",
    "( Daily Star file photo ) ",
    "Image: ESA. ",
    "2022-01-05 ",
    "10:30 ",
    "+1 555 0100 ",
    "iOS 17.2 ",
    "twenty-five ",
    "two-thirds ",
    "\\",
    "{\"a\":1}",
};

// The input being run, written out when a check aborts so the failure can be replayed.
std::string current;

extern "C" void save_input(int) {
    if (std::FILE* f = std::fopen("fuzz-failure.bin", "wb")) {
        std::fwrite(current.data(), 1, current.size(), f);
        std::fclose(f);
    }
    std::fputs("fuzz: a check failed; the input is in fuzz-failure.bin\n", stderr);
    std::signal(SIGABRT, SIG_DFL);
    std::abort();
}

void run(const std::string& data) {
    current = data;
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(data.data()), data.size());
}

}  // namespace

int main(int argc, char** argv) {
    std::signal(SIGABRT, save_input);
    std::size_t random_inputs = 0;
    unsigned seed = 1;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--random" && i + 1 < argc) {
            random_inputs = std::strtoul(argv[++i], nullptr, 10);
        } else if (arg == "--seed" && i + 1 < argc) {
            seed = static_cast<unsigned>(std::strtoul(argv[++i], nullptr, 10));
        } else {
            files.push_back(arg);
        }
    }
    for (const auto& file : files) {
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "%s: cannot read\n", file.c_str());
            return 2;
        }
        run(std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()));
    }
    std::mt19937 random(seed);
    std::string data;
    for (std::size_t n = 0; n < random_inputs; ++n) {
        data.clear();
        const std::size_t pieces = random() % 200;
        for (std::size_t p = 0; p < pieces; ++p) {
            if (random() % 8 == 0)
                data += static_cast<char>(random() % 256);
            else
                data += kFragments[random() % kFragments.size()];
        }
        run(data);
    }
    std::printf("%zu inputs from files and %zu random ones passed\n", files.size(), random_inputs);
    return 0;
}
