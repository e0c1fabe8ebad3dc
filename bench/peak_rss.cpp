// peak-rss COMMAND [ARG...]: runs COMMAND and reports its peak resident set
// size on stderr as "peak-rss: N KiB". A process's peak counts what it
// inherited at fork, so measuring from a large parent (Python) overstates it;
// this small launcher keeps that share to its own few hundred KiB.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: peak-rss COMMAND [ARG...]\n");
        return 2;
    }
    const pid_t child = vfork();
    if (child == 0) {
        execvp(argv[1], argv + 1);
        _exit(127);
    }
    if (child < 0) {
        std::perror("peak-rss: fork");
        return 2;
    }
    int status = 0;
    rusage usage{};
    if (wait4(child, &status, 0, &usage) < 0) {
        std::perror("peak-rss: wait");
        return 2;
    }
    std::fprintf(stderr, "peak-rss: %ld KiB\n", usage.ru_maxrss);
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return WEXITSTATUS(status);
}
