// The rule tests' one harness: a rule, the pointer its finding must name, a document that breaks
// the rule there, and its near miss, just inside the rule, which must not report it.
//
//   const rule_case cases[] = {{"EBS-CV-004", "/Size", R"({...65537...})", R"({...65536...})"}, ...};
//   BOOST_DATA_TEST_CASE(breaking_document_reports_the_rule_at_its_pointer, bdata::make(cases), c) {
//       test_support::check_breaking(c, test_support::findings_of<ec2::create_volume_request>);
//   }
//   BOOST_DATA_TEST_CASE(near_miss_does_not_report_the_rule, bdata::make(cases), c) {
//       test_support::check_near_miss(c, test_support::findings_of<ec2::create_volume_request>);
//   }
//
// `findings` is anything that takes the document's text and returns the findings: findings_of<T>
// (decode, which must succeed, then validate), or a lambda that completes a fragment first. A
// table that mixes shapes names each case's shape (`shape_of<T>("create")`) and calls the
// one-argument forms; check_rule_case<T> checks both halves of one case.
#ifndef AWSMODEL_TESTS_SUPPORT_RULE_CASE_HPP
#define AWSMODEL_TESTS_SUPPORT_RULE_CASE_HPP

#include <awsmodel/core/json.hpp>
#include <awsmodel/core/validate.hpp>
#include <awsmodel/testing/boost_test.hpp>

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::test_support {

/// The findings of a document's text.
using findings_fn = core::diagnostics (*)(const std::string& text);

/// Decodes `text` as T, which must succeed (the test is about rules, not about decoding), and
/// returns every rule's findings.
template <core::reflected T>
core::diagnostics findings_of(const std::string& text) {
    auto r = core::decode<T>(text);
    BOOST_TEST_REQUIRE(r.has_value(), "the test document must decode: " << testing::verdict(r.diagnostics()).message().str()
                                                                          << "\n" << text.substr(0, 400));
    return core::validate(*r);
}

/// The shape the documents of a case are, for tables that mix shapes.
struct shape {
    std::string_view name;        ///< printed with the case: "create", "key-pair-info"
    findings_fn findings = nullptr;
};

template <core::reflected T>
shape shape_of(std::string_view name) {
    return {name, &findings_of<T>};
}

struct rule_case {
    std::string rule;
    std::string pointer;
    std::string breaking;
    std::string near_miss;
    /// When set, the breaking document reports the rule at this severity, and the near miss is only
    /// required not to report it at this severity (a near miss may still earn the other one).
    std::optional<core::severity> level{};
    /// When set, what the documents are (for the one-argument checks).
    shape of{};
};

// Boost.Test names each data-driven case by what this prints.
inline std::ostream& operator<<(std::ostream& os, const rule_case& c) {
    if (!c.of.name.empty()) os << c.of.name << " ";
    os << c.rule;
    if (c.level) os << " (" << core::to_string(*c.level) << ")";
    return os << " " << c.pointer << " " << c.breaking.substr(0, 200);
}

/// The cases, those that give no severity given `level`.
inline std::vector<rule_case> with_default_level(core::severity level, std::vector<rule_case> cases) {
    for (auto& c : cases)
        if (!c.level) c.level = level;
    return cases;
}

/// The case at no particular severity: the breaking document reports the rule at any, and the
/// near miss reports it at none.
inline rule_case at_any_level(rule_case c) {
    c.level.reset();
    return c;
}

/// The findings include `c.rule` at `c.pointer` (at `c.level`, when the case gives one).
inline bool reports(const core::diagnostics& ds, const rule_case& c) {
    return std::any_of(ds.begin(), ds.end(), [&](const core::diagnostic& d) {
        return d.rule == c.rule && d.pointer == c.pointer && (!c.level || d.level == *c.level);
    });
}

/// The breaking document reports the rule at its pointer. Returns the findings, for a test that
/// checks more of them.
template <class Findings>
core::diagnostics check_breaking(const rule_case& c, Findings&& findings) {
    core::diagnostics ds = std::invoke(findings, c.breaking);
    BOOST_TEST(reports(ds, c), "expected " << c.rule << (c.level ? " (" + std::string(core::to_string(*c.level)) + ")" : "")
                                           << " at \"" << c.pointer << "\"; got " << testing::verdict(ds).message().str());
    return ds;
}

/// The near miss does not report the rule anywhere (at `c.level`, when the case gives one).
template <class Findings>
core::diagnostics check_near_miss(const rule_case& c, Findings&& findings) {
    core::diagnostics ds = std::invoke(findings, c.near_miss);
    for (const auto& d : ds) BOOST_TEST(!(d.rule == c.rule && (!c.level || d.level == *c.level)), d);
    return ds;
}

/// The one-argument forms use the case's own shape.
inline core::diagnostics check_breaking(const rule_case& c) {
    BOOST_TEST_REQUIRE(c.of.findings != nullptr, "the case names no shape: " << c);
    return check_breaking(c, c.of.findings);
}
inline core::diagnostics check_near_miss(const rule_case& c) {
    BOOST_TEST_REQUIRE(c.of.findings != nullptr, "the case names no shape: " << c);
    return check_near_miss(c, c.of.findings);
}

/// Both halves of a case whose documents are T, each completed by `make_doc` (by default, as written).
template <core::reflected T, class MakeDoc = std::identity>
void check_rule_case(const rule_case& c, MakeDoc make_doc = {}) {
    auto findings = [&](const std::string& text) { return findings_of<T>(std::string(std::invoke(make_doc, text))); };
    check_breaking(c, findings);
    check_near_miss(c, findings);
}

} // namespace awsmodel::test_support

#endif
