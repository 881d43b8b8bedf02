// What decoded documents take in memory, against the bytes of their JSON text: every heap
// allocation is counted (its usable size, as malloc rounds it up) while all the documents of a set
// are decoded and held, awsmodel's typed values beside Boost.JSON's DOM and the nlohmann mapping's
// plain structs. Each measurement runs in a child process, whose peak RSS is reported too.
#include "suite.hpp"

#include <malloc.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <new>

namespace {
std::size_t live_bytes = 0;
std::size_t live_blocks = 0;

void* counted(std::size_t n) {
    void* p = std::malloc(n ? n : 1);
    if (!p) throw std::bad_alloc();
    live_bytes += malloc_usable_size(p);
    ++live_blocks;
    return p;
}
void uncounted(void* p) noexcept {
    if (!p) return;
    live_bytes -= malloc_usable_size(p);
    --live_blocks;
    std::free(p);
}

long resident_kib() {
    long pages = 0, resident = 0;
    if (FILE* f = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
        std::fclose(f);
    }
    return resident * (sysconf(_SC_PAGESIZE) / 1024);
}
} // namespace

void* operator new(std::size_t n) { return counted(n); }
void* operator new[](std::size_t n) { return counted(n); }
void operator delete(void* p) noexcept { uncounted(p); }
void operator delete[](void* p) noexcept { uncounted(p); }
void operator delete(void* p, std::size_t) noexcept { uncounted(p); }
void operator delete[](void* p, std::size_t) noexcept { uncounted(p); }

int main(int argc, char** argv) {
    std::size_t counts[3] = {2000, 500, 300};
    for (int i = 0; i < 3 && i + 1 < argc; ++i) counts[i] = std::strtoul(argv[i + 1], nullptr, 10);
    auto suites = bench::make_suites(bench::default_corpus_dir(), counts[0], counts[1], counts[2], true);
    std::printf("%-26s %-16s %10s %12s %10s %7s %12s %12s\n", "set", "decoder", "json_bytes", "held_bytes", "blocks",
                "x_json", "rss_base_kib", "rss_peak_kib");
    std::fflush(stdout);
    for (auto& s : suites) {
        for (bench::op o : {bench::op::awsmodel_decode, bench::op::boost_parse, bench::op::nlohmann_decode}) {
            long base = resident_kib();
            pid_t child = fork();
            if (child == 0) {
                std::size_t before = live_bytes, blocks = live_blocks;
                auto held = s->decode_all(o);
                std::size_t bytes = live_bytes - before;
                std::printf("%-26s %-16s %10zu %12zu %10zu %7.2f %12ld", s->name().c_str(),
                            std::string(bench::name_of(o)).c_str(), s->bytes(), bytes, live_blocks - blocks,
                            static_cast<double>(bytes) / static_cast<double>(s->bytes()), base);
                std::fflush(stdout);
                _exit(0);
            }
            int status = 0;
            rusage ru{};
            wait4(child, &status, 0, &ru);
            std::printf(" %12ld\n", ru.ru_maxrss);
            std::fflush(stdout);
        }
    }
}
