// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CORE_RULE_ID_HPP
#define AWSMODEL_CORE_RULE_ID_HPP

// The id a finding reports. A literal id is checked against the table of awsmodel/rules.hpp
// while compiling, so a misspelt or unlisted id in a rule is a compile error, not a finding that
// documentation, `awsmodel rules` and users' filters silently fail to match.

#include <awsmodel/rules.hpp>

#include <cstddef>
#include <ostream>
#include <string_view>

namespace awsmodel::core {

namespace detail {
// Not constexpr: reaching it while compiling is the error, and the compiler prints its name.
void rule_id_is_not_in_the_table_of_awsmodel_rules_hpp();

constexpr bool is_enforced_rule(std::string_view id) noexcept {
    for (const rule_info& r : enforced_rules)
        if (r.id == id) return true;
    return false;
}
} // namespace detail

/// A rule id: `c.error("EBS-CV-005", ...)` names an id of `awsmodel::enforced_rules`, checked
/// while compiling. Rules of one's own types, whose ids that table cannot list, name theirs with
/// `rule_id::custom(id)`.
class rule_id {
public:
    template <std::size_t N>
    consteval rule_id(const char (&id)[N]) : id_(id, N - 1) {
        if (!detail::is_enforced_rule(id_)) detail::rule_id_is_not_in_the_table_of_awsmodel_rules_hpp();
    }
    /// An id known while compiling that is not a literal (a template argument's text).
    explicit consteval rule_id(std::string_view id) : id_(id) {
        if (!detail::is_enforced_rule(id_)) detail::rule_id_is_not_in_the_table_of_awsmodel_rules_hpp();
    }
    /// An id outside awsmodel's table, for rules of types awsmodel does not define.
    static constexpr rule_id custom(std::string_view id) noexcept { return rule_id(id, 0); }

    constexpr std::string_view view() const noexcept { return id_; }
    constexpr operator std::string_view() const noexcept { return id_; }
    friend constexpr bool operator==(rule_id a, rule_id b) noexcept { return a.id_ == b.id_; }
    friend std::ostream& operator<<(std::ostream& os, rule_id r) { return os << r.id_; }

private:
    constexpr rule_id(std::string_view id, int) noexcept : id_(id) {}
    std::string_view id_;
};

} // namespace awsmodel::core

#endif
