// One operation over one set, for valgrind --tool=callgrind: instruction counts do not depend on
// the load of a shared machine, so they are the second measure of every ratio. Only the operation
// itself is collected (start callgrind with --collect-atstart=no); loading, generating and
// preparing the documents are not.
//   awsmodel-bench-ops SET OP [task_definitions volume_pages instance_pages]
#include "suite.hpp"

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_TOGGLE_COLLECT // without valgrind's headers: runs, but callgrind collects everything
#endif

#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s SET OP [task_definitions volume_pages instance_pages]\n", argv[0]);
        return 2;
    }
    std::size_t counts[3] = {2000, 500, 300};
    for (int i = 0; i < 3 && i + 3 < argc; ++i) counts[i] = std::strtoul(argv[i + 3], nullptr, 10);
    auto suites = bench::make_suites(bench::default_corpus_dir(), counts[0], counts[1], counts[2], true);
    for (auto& s : suites) {
        if (s->name() != argv[1]) continue;
        for (bench::op o : bench::all_ops) {
            if (bench::name_of(o) != argv[2]) continue;
            s->prepare();
            CALLGRIND_TOGGLE_COLLECT;
            std::size_t n = s->run(o);
            CALLGRIND_TOGGLE_COLLECT;
            std::printf("%s %s %zu documents %zu bytes checksum %zu\n", argv[1], argv[2], s->set().documents.size(),
                        s->bytes(), n);
            return 0;
        }
    }
    std::fprintf(stderr, "no set %s with operation %s\n", argv[1], argv[2]);
    return 2;
}
