#include "io/diagnostics.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <string>

namespace newsutils {
namespace {
std::string g_program_name = "newsutils";
bool g_error_reported = false;
void (*g_sink)(std::string_view) = nullptr;

void emit(std::string_view text) {
    if (g_sink) {
        g_sink(text);
        return;
    }
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
}
}  // namespace

void set_program_name(std::string_view name) {
    g_program_name = name;
}

void report_error(std::string_view message) {
    g_error_reported = true;
    emit(fmt::format("{}: {}\n", g_program_name, message));
}

void report_error(std::string_view file, std::string_view message) {
    g_error_reported = true;
    emit(fmt::format("{}: {}: {}\n", g_program_name, file, message));
}

void report_warning(std::string_view file, std::string_view message) {
    emit(fmt::format("{}: {}: warning: {}\n", g_program_name, file, message));
}

void set_message_sink(void (*sink)(std::string_view message)) {
    g_sink = sink;
}

int error_exit_status() {
    return g_error_reported ? kExitError : kExitSuccess;
}

}  // namespace newsutils
