// libFuzzer target: decodes arbitrary bytes as every command-line kind through the one generic
// path, validates what decodes, and checks that the encoding decodes again to the same encoding.
//
// Input: byte 0 selects the kind (index into the kinds sorted by name, modulo their number),
// byte 1 the decode options (bits 0-1: unknown members reject/ignore/keep/reject; bit 2: repeated
// keys allowed, the last one winning; bit 3: strict, for the ECS agent's open members), the rest
// is the document (or an ecs.config text, for that kind).
// AWSMODEL_FUZZ_LIST_KINDS=1 prints "INDEX<TAB>KIND<TAB>SERVICE<TAB>SHAPE" and exits, so that
// fuzz/make_seeds.py can prefix seed documents with the right byte.
#include "kind.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {
using namespace awsmodel;

const std::vector<const cli::kind*>& kinds() {
    static const std::vector<const cli::kind*> sorted = [] {
        std::vector<const cli::kind*> v;
        for (const cli::kind& k : cli::registry()) v.push_back(&k);
        std::sort(v.begin(), v.end(), [](const cli::kind* a, const cli::kind* b) { return a->name < b->name; });
        return v;
    }();
    return sorted;
}

void print_escaped(std::string_view s) {
    for (unsigned char c : s.substr(0, 4096)) {
        if (c >= 0x20 && c < 0x7f)
            std::fputc(c, stderr);
        else
            std::fprintf(stderr, "\\x%02x", c);
    }
    std::fputc('\n', stderr);
}

[[noreturn]] void broken(const char* invariant, const cli::kind& k, std::string_view input, std::string_view first,
                         std::string_view second, const core::diagnostics& ds) {
    std::fprintf(stderr, "awsmodel fuzz: %s (kind %.*s)\ninput:  ", invariant, static_cast<int>(k.name.size()),
                 k.name.data());
    print_escaped(input);
    std::fputs("first:  ", stderr);
    print_escaped(first);
    std::fputs("second: ", stderr);
    print_escaped(second);
    for (const auto& d : ds)
        std::fprintf(stderr, "  %s: %.*s: %s\n", d.pointer.c_str(), static_cast<int>(d.rule.size()), d.rule.data(),
                     d.message.c_str());
    std::abort();
}

// Every finding names a rule, points into the document and says something.
void check_findings(const cli::kind& k, std::string_view input, const core::diagnostics& ds) {
    for (const auto& d : ds)
        if (d.rule.empty() || d.message.empty() || (!d.pointer.empty() && d.pointer[0] != '/'))
            broken("a finding without a rule, a message or a JSON Pointer", k, input, {}, {}, ds);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    if (std::getenv("AWSMODEL_FUZZ_LIST_KINDS")) {
        const auto& ks = kinds();
        for (std::size_t i = 0; i < ks.size(); ++i)
            std::printf("%zu\t%.*s\t%.*s\t%.*s\n", i, static_cast<int>(ks[i]->name.size()), ks[i]->name.data(),
                        static_cast<int>(ks[i]->service.size()), ks[i]->service.data(),
                        static_cast<int>(ks[i]->shape.size()), ks[i]->shape.data());
        std::exit(0);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto& ks = kinds();
    if (size < 2 || ks.empty()) return -1; // not worth keeping in the corpus
    const cli::kind& k = *ks[data[0] % ks.size()];
    core::decode_options opt;
    switch (data[1] & 3) {
    case 1: opt.unknown = core::unknown_members::ignore; break;
    case 2: opt.unknown = core::unknown_members::keep; break;
    default: opt.unknown = core::unknown_members::reject; break;
    }
    opt.reject_duplicate_keys = !(data[1] & 4);
    opt.strict = (data[1] & 8) != 0;
    std::string_view input(reinterpret_cast<const char*>(data + 2), size - 2);

    std::string first;
    core::diagnostics ds;
    bool decoded = k.fmt(input, opt, first, ds);
    check_findings(k, input, ds);
    if (!decoded) {
        if (!core::has_errors(ds)) broken("decoding failed without an error", k, input, {}, {}, ds);
        return 0;
    }
    if (core::has_errors(ds)) broken("decoding succeeded with an error", k, input, first, {}, ds);

    core::diagnostics findings;
    k.validate(input, opt, {}, findings);
    check_findings(k, input, findings);

    // The round trip: what awsmodel writes, it reads back to the same value, written the same way.
    std::string second;
    core::diagnostics again;
    if (!k.fmt(first, opt, second, again)) broken("the encoding does not decode", k, input, first, {}, again);
    if (second != first) broken("the encoding decodes to a different value", k, input, first, second, again);
    return 0;
}
