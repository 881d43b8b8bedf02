// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_IAM_STATEMENT_HPP
#define AWSMODEL_IAM_STATEMENT_HPP

/// One statement of a policy: Sid, Effect, Principal/NotPrincipal, Action/NotAction,
/// Resource/NotResource, Condition. Which of them a statement must or may hold depends on the
/// policy's kind, so the members are all optional and the rules say what is missing.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_statement.html

#include <awsmodel/core/checker.hpp>
#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/iam/condition.hpp>
#include <awsmodel/iam/principal.hpp>

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace awsmodel::iam {

/// `Allow` or `Deny`, spelled so (IAM compares them case-sensitively).
enum class effect { allow, deny };
constexpr auto wire_names(effect) noexcept { return std::to_array<std::string_view>({"Allow", "Deny"}); }
constexpr core::rule_id enum_rule(effect) noexcept { return "IAM-005"; }

struct statement : core::model {
    std::optional<std::string> sid;
    std::optional<core::open_enum<iam::effect>> effect;
    std::optional<iam::principal> principal;
    std::optional<iam::principal> not_principal;
    std::optional<string_or_list> action;
    std::optional<string_or_list> not_action;
    std::optional<string_or_list> resource;
    std::optional<string_or_list> not_resource;
    std::optional<condition_block> condition;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = statement;
        return core::fields<core::pascal_case,
                            core::field<&T::sid>,
                            core::field<&T::effect>,
                            core::field<&T::principal>,
                            core::field<&T::not_principal>,
                            core::field<&T::action>,
                            core::field<&T::not_action>,
                            core::field<&T::resource>,
                            core::field<&T::not_resource>,
                            core::field<&T::condition>>();
    }
    friend bool operator==(const statement&, const statement&) = default;
};

/// The statement's rules (iam/policy_rules.hpp).
void validate_rules(const statement& s, core::checker_like auto& c);

} // namespace awsmodel::iam

#endif
