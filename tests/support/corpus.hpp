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

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <string_view>

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

} // namespace awsmodel::test_support

#endif
