// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_IAM_POLICY_KIND_HPP
#define AWSMODEL_IAM_POLICY_KIND_HPP

/// Which kind of policy a document is: the grammar is one, but what a statement must and may hold
/// depends on where the document is attached, which the document itself does not say.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html

#include <awsmodel/core/enum.hpp>

#include <array>
#include <cstddef>
#include <string_view>

namespace awsmodel::iam {

/// Identity-based (attached to a user, group or role: no Principal), resource-based (attached to
/// a bucket, key, queue...: a Principal) or a role's trust policy (its AssumeRolePolicyDocument).
enum class policy_kind { identity, resource, trust };
constexpr auto wire_names(policy_kind) noexcept {
    return std::to_array<std::string_view>({"identity", "resource", "trust"});
}

/// The validation input that says what a policy is and which size quota applies: put it in the
/// context, `core::validate(doc, core::validation_context{iam::policy_use{iam::policy_kind::trust}})`.
/// Without it, the rules that depend on the kind are skipped, never guessed. The IAM API shapes
/// supply it for the documents they carry (a CreateRole request's AssumeRolePolicyDocument is a
/// trust policy).
struct policy_use {
    policy_kind kind = policy_kind::identity;
    /// Most characters, whitespace not counted; 0 for no quota (resource-based policies have their
    /// service's own).
    std::size_t max_characters = 0;
    /// What the quota is, for messages: "a managed policy".
    std::string_view quota_of{};
};

/// IAM's quotas, characters without whitespace.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
inline constexpr std::size_t managed_policy_max_characters = 6144;
inline constexpr std::size_t role_inline_policies_max_characters = 10240;
inline constexpr std::size_t trust_policy_max_characters = 2048; // the default; up to 4096 on request

/// The use of each kind as IAM's API meets it: a managed policy, a role's inline policy, a trust policy.
inline constexpr policy_use managed_policy{policy_kind::identity, managed_policy_max_characters, "a managed policy"};
inline constexpr policy_use role_inline_policy{policy_kind::identity, role_inline_policies_max_characters,
                                               "a role's inline policies (together)"};
inline constexpr policy_use trust_policy{policy_kind::trust, trust_policy_max_characters,
                                         "a role trust policy (the default quota)"};
inline constexpr policy_use resource_policy{policy_kind::resource, 0, {}};

} // namespace awsmodel::iam

#endif
