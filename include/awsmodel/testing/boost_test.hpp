// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_TESTING_BOOST_TEST_HPP
#define AWSMODEL_TESTING_BOOST_TEST_HPP

/// Checks for a service's own Boost.Test suite:
///
///   BOOST_TEST(awsmodel::testing::valid(my_task_definition));
///   BOOST_TEST(awsmodel::testing::valid_file<ecs::register_task_definition_request>("deploy/web.json"));
///
/// Each passes when there is no error and otherwise prints every finding with its pointer and rule.

#include <awsmodel/core/json.hpp>
#include <awsmodel/core/validate.hpp>

#include <boost/test/tools/assertion_result.hpp>

#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

namespace awsmodel::testing {

inline boost::test_tools::assertion_result verdict(const core::diagnostics& ds) {
    boost::test_tools::assertion_result r(!core::has_errors(ds));
    if (!ds.empty()) {
        r.message() << ds.size() << (ds.size() == 1 ? " finding:" : " findings:");
        for (const auto& d : ds) r.message() << "\n  " << d;
    }
    return r;
}

/// Passes when `v` breaks no rule.
template <core::reflected T>
boost::test_tools::assertion_result valid(const T& v) {
    return verdict(core::validate(v));
}

/// Passes when the JSON text decodes as `T` and breaks no rule.
template <core::reflected T>
boost::test_tools::assertion_result valid_json(std::string_view text, const core::decode_options& opt = {}) {
    auto r = core::decode<T>(text, opt);
    core::diagnostics ds = r.diagnostics();
    if (r) {
        auto more = core::validate(*r);
        ds.insert(ds.end(), more.begin(), more.end());
    }
    return verdict(ds);
}

/// Passes when the file decodes as `T` and breaks no rule.
template <core::reflected T>
boost::test_tools::assertion_result valid_file(const std::string& path, const core::decode_options& opt = {}) {
    std::ifstream f(path, std::ios::binary);
    if (!f) {
        boost::test_tools::assertion_result r(false);
        r.message() << "cannot read " << path;
        return r;
    }
    std::string text(std::istreambuf_iterator<char>(f), {});
    return valid_json<T>(text, opt);
}

/// The findings' rule ids, in order: for tests that a document breaks exactly the expected rules.
inline std::vector<std::string> rule_ids(const core::diagnostics& ds) {
    std::vector<std::string> ids;
    for (const auto& d : ds) ids.emplace_back(d.rule);
    return ids;
}

/// True when some finding has this rule id and pointer.
inline bool reports(const core::diagnostics& ds, std::string_view rule, std::string_view pointer) {
    for (const auto& d : ds)
        if (d.rule == rule && d.pointer == pointer) return true;
    return false;
}

} // namespace awsmodel::testing

#endif
