// expect: rule_id_is_not_in_the_table_of_awsmodel_rules_hpp
// A rule reporting under an id that awsmodel/rules.hpp does not list ("EBS-CV-05" for
// "EBS-CV-005") does not compile.
#include <awsmodel/core/checker.hpp>

template <class C>
void rule(C& c) {
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    c.error("EBS-CV-05", "", "Iops is missing");
#else
    c.error("EBS-CV-005", "", "Iops is missing");
#endif
}

int main() {
    awsmodel::core::diagnostics out;
    awsmodel::core::checker c(out);
    rule(c);
    return out.size() == 1 ? 0 : 1;
}
