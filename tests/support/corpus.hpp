// The test cases that read the shared real-world corpus, ../shared/corpus beside the checkout
// (AWSMODEL_CORPUS). A clone on its own has no corpus: these cases are then skipped, each on its
// own, and say why, while the other cases of the executable run as always. With CI=true the
// corpus's absence fails them instead: CI must never skip them.
//
//     BOOST_AUTO_TEST_CASE(every_corpus_document_round_trips, test_support::needs_corpus()) { ... }
//     BOOST_TEST_DECORATOR(test_support::needs_corpus())
//     BOOST_DATA_TEST_CASE(...)
//
// The decorator also labels the case "corpus": CTest runs the labelled cases as their own test,
// awsmodel.<area>.corpus (--run_test=@corpus), which reports itself skipped when it prints the
// line "skipped: ../shared/corpus ..." (tests/CMakeLists.txt), and the rest as awsmodel.<area>.
#ifndef AWSMODEL_TESTS_SUPPORT_CORPUS_HPP
#define AWSMODEL_TESTS_SUPPORT_CORPUS_HPP

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::test_support {

inline bool corpus_present() { return std::filesystem::is_directory(AWSMODEL_CORPUS); }

// CI=true, as CI services set it.
inline bool in_ci() {
    const char* ci = std::getenv("CI");
    return ci != nullptr && std::string_view(ci) == "true";
}

inline std::string corpus_absent() {
    return "../shared/corpus (" + std::filesystem::path(AWSMODEL_CORPUS).lexically_normal().string() + ") is absent";
}

// Precondition: false (skip) when the corpus is absent, unless CI=true. The reason goes to standard
// output once, whatever the log level, for CTest's SKIP_REGULAR_EXPRESSION and for the reader.
inline boost::test_tools::assertion_result corpus_or_ci(boost::unit_test::test_unit_id) {
    if (corpus_present() || in_ci()) return true;
    [[maybe_unused]] static const bool said = [] {
        std::cout << "skipped: " << corpus_absent() << "; the corpus tests need it (CI=true makes its absence a failure)"
                  << std::endl;
        return true;
    }();
    boost::test_tools::assertion_result skip(false);
    skip.message() << corpus_absent();
    return skip;
}

// Setup of each corpus case: reached without the corpus only when CI=true, and then a failure.
inline void require_corpus() {
    if (!corpus_present())
        BOOST_FAIL(corpus_absent() << " and CI=true: CI must run the corpus tests; clone the repository beside shared/");
}

inline boost::unit_test::decorator::collector_t& needs_corpus() {
    return *boost::unit_test::label("corpus") * boost::unit_test::precondition(corpus_or_ci) *
           boost::unit_test::fixture(require_corpus);
}

inline std::string read_text(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    BOOST_TEST_REQUIRE(f.good(), "cannot read " << path);
    return std::string(std::istreambuf_iterator<char>(f), {});
}

// One row of the corpus manifest: a document, its botocore shape and botocore's verdict.
struct corpus_row {
    std::string file, shape, expect, pointer;
};
inline std::ostream& operator<<(std::ostream& os, const corpus_row& r) { return os << r.file << " (" << r.shape << ")"; }

// The manifest's rows of these ECS botocore shapes; empty without the corpus, so that the data test
// cases over them, decorated needs_corpus(), skip (or fail, CI=true).
inline std::vector<corpus_row> corpus_rows(std::initializer_list<std::string_view> shapes) {
    std::vector<corpus_row> rows;
    if (!corpus_present()) return rows;
    std::istringstream manifest(read_text(AWSMODEL_CORPUS "/MANIFEST.tsv"));
    std::string line;
    std::getline(manifest, line); // header
    while (std::getline(manifest, line)) {
        std::vector<std::string> cols;
        std::size_t start = 0;
        for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
            cols.push_back(line.substr(start, tab - start));
        cols.push_back(line.substr(start));
        if (cols.size() < 5 || cols[1] != "ecs" || std::find(shapes.begin(), shapes.end(), cols[2]) == shapes.end())
            continue;
        rows.push_back({cols[0], cols[2], cols[3], cols[4]});
    }
    return rows;
}

} // namespace awsmodel::test_support

#endif
