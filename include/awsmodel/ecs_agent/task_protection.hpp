// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_AGENT_TASK_PROTECTION_HPP
#define AWSMODEL_ECS_AGENT_TASK_PROTECTION_HPP

/// The answers of the agent API's task scale-in protection endpoint,
/// `$ECS_AGENT_URI/task-protection/v1/state` (GET, and PUT with `{"ProtectionEnabled": true,
/// "ExpiresInMinutes": 60}`): the protection as set, a failure of ECS (`failure`, as the ECS
/// API's Failure), or an error calling ECS (`error`, with the request's id).
/// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-scale-in-protection-endpoint.html

#include <awsmodel/core/codec_fwd.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/nullable.hpp>
#include <awsmodel/core/rfc3339_time.hpp>
#include <awsmodel/shapes.hpp>

#include <optional>
#include <string>

namespace awsmodel::ecs_agent {

/// `protection`.
struct task_protection : core::model {
    /// null, or absent, while the task is not protected.
    std::optional<core::nullable<core::rfc3339_time>> expiration_date;
    bool protection_enabled = false;
    std::optional<std::string> task_arn;
    core::extra_members extra;
    core::member_order order;
    static constexpr bool open_members = true;
    static constexpr auto fields() {
        using T = task_protection;
        return core::fields<core::pascal_case, core::field<&T::expiration_date>, core::field<&T::protection_enabled>,
                            core::field<&T::task_arn>>();
    }
    friend bool operator==(const task_protection&, const task_protection&) = default;
};

/// `failure`: ECS answered but refused (Reason such as TASK_NOT_VALID).
struct task_protection_failure : core::model {
    std::optional<std::string> arn;
    std::optional<core::nullable<std::string>> detail;
    std::optional<std::string> reason;
    core::extra_members extra;
    core::member_order order;
    static constexpr bool open_members = true;
    static constexpr auto fields() {
        using T = task_protection_failure;
        return core::fields<core::pascal_case, core::field<&T::arn>, core::field<&T::detail>, core::field<&T::reason>>();
    }
    friend bool operator==(const task_protection_failure&, const task_protection_failure&) = default;
};

/// `error`: the call to ECS failed (Code such as AccessDeniedException, ThrottlingException).
struct task_protection_error : core::model {
    std::optional<std::string> arn;
    std::optional<std::string> code;
    std::optional<std::string> message;
    core::extra_members extra;
    core::member_order order;
    static constexpr bool open_members = true;
    static constexpr auto fields() {
        using T = task_protection_error;
        return core::fields<core::pascal_case, core::field<&T::arn>, core::field<&T::code>, core::field<&T::message>>();
    }
    friend bool operator==(const task_protection_error&, const task_protection_error&) = default;
};

/// The response: one of `protection`, `failure` or `error`, with `requestID` when ECS was called.
struct task_protection_response : core::model {
    std::optional<std::string> request_id;
    std::optional<task_protection> protection;
    std::optional<task_protection_failure> failure;
    std::optional<task_protection_error> error;
    core::extra_members extra;
    core::member_order order;
    static constexpr bool open_members = true;
    static constexpr auto fields() {
        using T = task_protection_response;
        return core::fields<core::camel_case, core::field<&T::request_id, core::with{.name = "requestID"}>,
                            core::field<&T::protection>, core::field<&T::failure>, core::field<&T::error>>();
    }
    friend bool operator==(const task_protection_response&, const task_protection_response&) = default;
};

} // namespace awsmodel::ecs_agent

AWSMODEL_EXTERN_CODECS(AWSMODEL_SHAPES_ECS_AGENT_TASK_PROTECTION);

#endif
