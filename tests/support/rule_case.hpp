// Shared by the rule tests: one rule, the pointer its finding must name, a document that breaks
// the rule there, and its near miss, just inside the rule, which must not report it.
#ifndef AWSMODEL_TESTS_SUPPORT_RULE_CASE_HPP
#define AWSMODEL_TESTS_SUPPORT_RULE_CASE_HPP

#include <ostream>

namespace awsmodel::test_support {

struct rule_case {
    const char* rule;
    const char* pointer;
    const char* breaking;
    const char* near_miss;
};

// Boost.Test names each data-driven case by what this prints.
inline std::ostream& operator<<(std::ostream& os, const rule_case& c) { return os << c.rule << " " << c.breaking; }

} // namespace awsmodel::test_support

#endif
