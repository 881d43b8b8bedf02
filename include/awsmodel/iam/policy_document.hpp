// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_IAM_POLICY_DOCUMENT_HPP
#define AWSMODEL_IAM_POLICY_DOCUMENT_HPP

/// The values of a policy document: Version, Id and Statement (one statement or a list, kept as
/// written). The same grammar serves identity-based, resource-based and trust policies; which one
/// a document is comes from the validation context (iam/policy_kind.hpp).
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html

#include <awsmodel/core/checker.hpp>
#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/one_of.hpp>
#include <awsmodel/iam/statement.hpp>

#include <array>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::iam {

/// The policy language versions. 2008-10-17, also what an absent Version means, does not
/// substitute policy variables.
enum class policy_version { v2012_10_17, v2008_10_17 };
constexpr auto wire_names(policy_version) noexcept {
    return std::to_array<std::string_view>({"2012-10-17", "2008-10-17"});
}
constexpr core::rule_id enum_rule(policy_version) noexcept { return "IAM-001"; }

/// One statement or a list of them.
using statement_list = core::one_of<statement, std::vector<statement>>;

struct policy_document : core::model {
    std::optional<core::open_enum<policy_version>> version;
    std::optional<std::string> id;
    statement_list statement;
    core::extra_members extra;

    /// A policy's statements are the context of their rules (Version decides whether a `${...}`
    /// is a policy variable).
    static constexpr bool encloses_context = true;

    static constexpr auto fields() {
        using T = policy_document;
        return core::fields<core::pascal_case,
                            core::field<&T::version>,
                            core::field<&T::id>,
                            core::field<&T::statement>>();
    }
    friend bool operator==(const policy_document&, const policy_document&) = default;
};

/// Calls `f(statement, index)` for each statement, index 0 for a lone statement.
template <class F>
void for_each_statement(const policy_document& p, F&& f) {
    if (const auto* one = p.statement.get_if<statement>()) {
        std::invoke(f, *one, std::size_t{0});
        return;
    }
    std::size_t i = 0;
    for (const auto& s : *p.statement.get_if<std::vector<statement>>()) std::invoke(f, s, i++);
}

/// The statements, in order.
inline std::vector<const statement*> statements_of(const policy_document& p) {
    std::vector<const statement*> out;
    for_each_statement(p, [&](const statement& s, std::size_t) { out.push_back(&s); });
    return out;
}

/// The document's rules (iam/policy_rules.hpp).
void validate_rules(const policy_document& p, core::checker_like auto& c);

} // namespace awsmodel::iam

#endif
