// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_IAM_ROLE_HPP
#define AWSMODEL_IAM_ROLE_HPP

/// IAM roles and instance profiles as other services' requests name them: a task definition's
/// executionRoleArn and taskRoleArn, RunInstances' IamInstanceProfile, a service's role. The forms
/// are IAM's; which one a member takes, and under which rule id, is for that member's rules.
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_Role.html
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html

#include <awsmodel/core/arn.hpp>

#include <string_view>

namespace awsmodel::iam {

/// How a role ARN and an instance profile ARN read, for messages.
inline constexpr std::string_view role_arn_form = "arn:aws:iam::<account>:role/<name>";
inline constexpr std::string_view instance_profile_arn_form = "arn:aws:iam::<account>:instance-profile/<name>";
/// What a role or instance profile name may hold, for messages.
inline constexpr std::string_view name_form = "1-64 of letters, digits and + = , . @ _ -";

/// A role or instance profile name: 1-64 of letters, digits and `+=,.@_-` (IAM's `roleNameType`,
/// `instanceProfileNameType`).
constexpr bool is_name(std::string_view s) noexcept {
    if (s.empty() || s.size() > 64) return false;
    for (char ch : s)
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '+' ||
              ch == '=' || ch == ',' || ch == '.' || ch == '@' || ch == '_' || ch == '-'))
            return false;
    return true;
}

/// An ARN of an IAM role: service iam, an account, `role/` and a name (after an optional path).
constexpr bool is_role_arn(const core::arn_parts& a) noexcept {
    return a.service == "iam" && a.resource.starts_with("role/") && a.resource.size() > 5 && !a.account.empty();
}

/// An ARN of an IAM instance profile: service iam and `instance-profile/` and a name.
constexpr bool is_instance_profile_arn(const core::arn_parts& a) noexcept {
    return a.service == "iam" && a.resource.starts_with("instance-profile/") && a.resource.size() > 17;
}

} // namespace awsmodel::iam

#endif
