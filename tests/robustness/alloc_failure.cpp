// core::decode is noexcept: when memory runs out it must return a finding, not throw or crash.
// This executable replaces the global operator new so that allocations fail from the Nth on (or
// only the Nth), and decodes documents of every command-line kind for each N up to the number
// of allocations a successful decode makes.
#define BOOST_TEST_MODULE awsmodel allocation failure
#include "kind.hpp"
#include "robustness_probe.hpp"
#include "../support/corpus.hpp"

#include <awsmodel/core/json.hpp>
#include <awsmodel/core/validate.hpp>

#include <boost/json/parse.hpp>
#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <new>
#include <sstream>
#include <string>
#include <vector>

namespace fault {

// Armed only around the call under test: Boost.Test allocates too.
bool armed = false;
bool only_once = false;
std::size_t fail_at = 0; // the index of the first allocation that fails
std::size_t count = 0;   // allocations since arming

void* allocate(std::size_t n) {
    if (armed) {
        std::size_t i = count++;
        if (i == fail_at || (!only_once && i > fail_at)) throw std::bad_alloc();
    }
    if (void* p = std::malloc(n ? n : 1)) return p;
    throw std::bad_alloc();
}

void* allocate_aligned(std::size_t n, std::align_val_t a) {
    if (armed) {
        std::size_t i = count++;
        if (i == fail_at || (!only_once && i > fail_at)) throw std::bad_alloc();
    }
    std::size_t align = static_cast<std::size_t>(a);
    if (void* p = std::aligned_alloc(align, (n + align - 1) / align * align)) return p;
    throw std::bad_alloc();
}

// Runs f with allocations failing from the `at`th on (or only at it); returns how many it asked for.
template <class F>
std::size_t run(F&& f, std::size_t at, bool once) {
    count = 0;
    fail_at = at;
    only_once = once;
    armed = true;
    try {
        f();
    } catch (...) {
        armed = false;
        throw;
    }
    armed = false;
    return count;
}

constexpr std::size_t never = static_cast<std::size_t>(-1);

} // namespace fault

void* operator new(std::size_t n) { return fault::allocate(n); }
void* operator new[](std::size_t n) { return fault::allocate(n); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
    try {
        return fault::allocate(n);
    } catch (...) {
        return nullptr;
    }
}
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept {
    try {
        return fault::allocate(n);
    } catch (...) {
        return nullptr;
    }
}
void* operator new(std::size_t n, std::align_val_t a) { return fault::allocate_aligned(n, a); }
void* operator new[](std::size_t n, std::align_val_t a) { return fault::allocate_aligned(n, a); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }

using namespace awsmodel;

namespace {

std::string read(const std::filesystem::path& path) {
    std::ifstream f(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(f), {});
}

struct document {
    std::string name;
    std::string text;
};

// Per kind: the example documents named after it, its malformed inputs, and two made-up ones.
std::vector<document> documents_of(const cli::kind& k) {
    std::vector<document> docs;
    namespace fs = std::filesystem;
    if (fs::is_directory(AWSMODEL_EXAMPLES))
        for (const auto& e : fs::directory_iterator(AWSMODEL_EXAMPLES))
            if (e.path().filename().string().rfind(std::string(k.name), 0) == 0)
                docs.push_back({e.path().string(), read(e.path())});
    std::ifstream invalid(AWSMODEL_TEST_DATA "/invalid/MANIFEST.tsv");
    std::string line;
    while (std::getline(invalid, line)) {
        std::istringstream row(line);
        std::string file, kind;
        std::getline(row, file, '\t');
        std::getline(row, kind, '\t');
        if (kind == k.name) docs.push_back({file, read(AWSMODEL_TEST_DATA "/invalid/" + file)});
    }
    // Every kind, with or without documents: an empty object, and members it does not have (kept).
    docs.push_back({"{}", "{}"});
    docs.push_back({"unknown members", R"({"unknownMember":[1,{"a":"a string longer than sixteen bytes"}],"x":null})"});
    return docs;
}

// Per kind, from the shared corpus: the first accepted, the largest accepted and the first
// rejected document of its shape.
std::vector<document> corpus_documents_of(const cli::kind& k) {
    std::vector<document> docs;
    namespace fs = std::filesystem;
    std::ifstream manifest(AWSMODEL_CORPUS "/MANIFEST.tsv");
    BOOST_TEST_REQUIRE(manifest.good(), "cannot read " AWSMODEL_CORPUS "/MANIFEST.tsv");
    std::string line, accepted, largest, rejected;
    std::uintmax_t largest_size = 0;
    while (std::getline(manifest, line)) {
        std::istringstream row(line);
        std::string file, service, shape, expect;
        std::getline(row, file, '\t');
        std::getline(row, service, '\t');
        std::getline(row, shape, '\t');
        std::getline(row, expect, '\t');
        if (service != k.service || shape != k.shape) continue;
        std::string path = AWSMODEL_CORPUS "/" + file;
        if (expect == "accept") {
            if (accepted.empty()) accepted = path;
            if (auto size = fs::file_size(path); size > largest_size) {
                largest_size = size;
                largest = path;
            }
        } else if (rejected.empty()) {
            rejected = path;
        }
    }
    for (const std::string& p : {accepted, largest, rejected})
        if (!p.empty() && (docs.empty() || docs.back().name != p)) docs.push_back({p, read(p)});
    return docs;
}

// Out of memory is the finding AWSMODEL-LIMIT for the whole document, unless not even that fits.
bool reported_out_of_memory(const core::diagnostics& ds, std::size_t at) {
    if (ds.empty()) return at == 0; // the first allocation reserves the room for findings
    return ds.back().rule == core::rules::limit && ds.back().pointer.empty() && ds.back().message == "out of memory";
}

template <class T>
std::size_t check_decode(const std::string& text, const core::decode_options& opt = {}) {
    bool ok = false;
    std::size_t total = fault::run([&] { ok = core::decode<T>(text, opt).has_value(); }, fault::never, false);
    for (bool once : {false, true}) {
        for (std::size_t at = 0; at < total; ++at) {
            core::result<T> r;
            fault::run([&] { r = core::decode<T>(text, opt); }, at, once);
            BOOST_TEST(!r.has_value(), "allocation " << at << " of " << total << " failed, yet a value came back");
            BOOST_TEST(reported_out_of_memory(r.diagnostics(), at),
                       "allocation " << at << " of " << total << (once ? " (only)" : " (and on)")
                                     << " failed without an out-of-memory finding");
        }
    }
    core::result<T> r;
    fault::run([&] { r = core::decode<T>(text, opt); }, total, false);
    BOOST_TEST(r.has_value() == ok, "enough memory: the same result as without the limit");
    return total;
}

// Each document of each kind, through the command line's fmt, with each allocation failing in
// turn (and from then on, or only that one): adds to the documents and the decodes counted.
void check_fmt_under_exhaustion(const cli::kind& k, const std::vector<document>& docs, std::size_t& documents,
                                std::size_t& calls) {
    BOOST_TEST_MESSAGE(k.name << ": " << docs.size() << " documents");
    for (const document& d : docs) {
        BOOST_TEST_CONTEXT(k.name << " " << d.name) {
            core::decode_options opt;
            opt.unknown = core::unknown_members::keep; // captures allocate too
            std::string out;
            core::diagnostics ds;
            std::size_t total = fault::run([&] { k.fmt(d.text, opt, out, ds); }, fault::never, false);
            for (bool once : {false, true}) {
                for (std::size_t at = 0; at < total; ++at, ++calls) {
                    bool ok = false, threw = false;
                    out.clear();
                    ds.clear();
                    try {
                        // Decoding is noexcept; only encoding, after a successful decode, may throw.
                        fault::run([&] { ok = k.fmt(d.text, opt, out, ds); }, at, once);
                    } catch (const std::bad_alloc&) {
                        threw = true;
                    }
                    if (!threw) {
                        BOOST_TEST(!ok, "allocation " << at << " of " << total << " failed, yet fmt succeeded");
                        BOOST_TEST(reported_out_of_memory(ds, at), "allocation " << at << " of " << total
                                                                                  << " failed without a finding");
                    }
                }
            }
            ++documents;
        }
    }
}

} // namespace

BOOST_AUTO_TEST_CASE(every_kind_decodes_to_a_finding_when_memory_runs_out) {
    BOOST_TEST_REQUIRE(!cli::registry().empty());
    std::size_t documents = 0, calls = 0;
    for (const cli::kind& k : cli::registry()) check_fmt_under_exhaustion(k, documents_of(k), documents, calls);
    BOOST_TEST_MESSAGE(documents << " documents, " << calls << " decodes with a failing allocation");
    BOOST_TEST(documents >= 2 * cli::registry().size());
}

// The same for documents of the shared corpus (skipped without ../shared/corpus, failed so with CI=true).
BOOST_AUTO_TEST_CASE(corpus_documents_decode_to_a_finding_when_memory_runs_out, test_support::needs_corpus()) {
    BOOST_TEST_REQUIRE(!cli::registry().empty());
    std::size_t documents = 0, calls = 0;
    for (const cli::kind& k : cli::registry()) check_fmt_under_exhaustion(k, corpus_documents_of(k), documents, calls);
    BOOST_TEST_MESSAGE(documents << " corpus documents, " << calls << " decodes with a failing allocation");
    BOOST_TEST(documents > 0u);
}

BOOST_AUTO_TEST_CASE(every_member_kind_and_every_finding_under_memory_exhaustion) {
    using robustness::probe;
    const std::string valid = R"({"count":1,"total":2,"ratio":0.5,"label":"a\u0000b","flag":true,"shade":"dark",)"
                              R"("at":1565286137.413,"when":"2024-01-02T03:04:05Z","numbers":[1,2,3],)"
                              R"("leaves":[{"name":"a","count":1},{"name":"b"}],"labels":{"k":"v","l":"w"},)"
                              R"("one":{"name":"x"}})";
    BOOST_TEST(check_decode<probe>(valid) > 5u);
    const std::string broken = R"({"total":"x","ratio":1e400,"label":7,"leaves":[{"count":1.5}],"labels":{"k":1,"k":2},)"
                               R"("Count":1,"one":{"name":""},"when":"yesterday"})";
    BOOST_TEST(check_decode<probe>(broken) > 5u);
    core::decode_options keep;
    keep.unknown = core::unknown_members::keep;
    BOOST_TEST(check_decode<probe>(R"({"count":1,"x":[1,{"y":null}],"one":{"name":"a","z":"long string value here"}})",
                                   keep) > 5u);
    BOOST_TEST(check_decode<probe>(std::string(R"({"count":1,"deep":)") + std::string(200, '['), keep) > 1u);
    BOOST_TEST(check_decode<probe>("\xEF\xBB\xBF{}") >= 1u);
}

BOOST_AUTO_TEST_CASE(decoding_a_dom_under_memory_exhaustion) {
    auto v = boost::json::parse(R"({"count":1,"leaves":[{"name":"a"},{"nam":"b"}],"labels":{"k":"v"}})");
    std::size_t total = fault::run([&] { (void)core::decode<robustness::probe>(v); }, fault::never, false);
    for (std::size_t at = 0; at < total; ++at) {
        core::result<robustness::probe> r;
        fault::run([&] { r = core::decode<robustness::probe>(v); }, at, false);
        BOOST_TEST(reported_out_of_memory(r.diagnostics(), at));
    }
}

// validate() and encode() may throw std::bad_alloc (documented), and nothing else, and leak nothing
// (LeakSanitizer checks that in the sanitize build).
BOOST_AUTO_TEST_CASE(validate_and_encode_throw_only_bad_alloc) {
    auto r = core::decode<robustness::probe>(
        R"({"count":1,"label":"l","leaves":[{"name":"a"},{"name":"b"}],"labels":{"k":"v"},"shade":"grey"})");
    BOOST_TEST_REQUIRE(r.has_value());
    std::size_t total = fault::run([&] { (void)core::validate(*r), (void)core::encode(*r); }, fault::never, false);
    for (std::size_t at = 0; at < total; ++at) {
        bool threw = false;
        try {
            fault::run([&] { (void)core::validate(*r), (void)core::encode(*r); }, at, false);
        } catch (const std::bad_alloc&) {
            threw = true;
        }
        BOOST_TEST(threw);
    }
}
