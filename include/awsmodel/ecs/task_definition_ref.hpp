// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_TASK_DEFINITION_REF_HPP
#define AWSMODEL_ECS_TASK_DEFINITION_REF_HPP

/// How a request names a task definition: `family`, `family:revision` or a task definition ARN.
/// RunTask and StartTask (ECS-RT-001) and CreateService and UpdateService (ECS-SV-006) read the
/// same forms, each reporting the problem under its own id.

#include <awsmodel/core/arn.hpp>
#include <awsmodel/core/diagnostic.hpp>
#include <awsmodel/ecs/name.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace awsmodel::ecs {

namespace task_definition_ref_detail {

/// Whether a revision's text is a positive number without leading zeros.
constexpr bool positive_number(std::string_view s) noexcept {
    if (s.empty() || s.size() > 9 || s[0] == '0') return false;
    for (char ch : s)
        if (ch < '0' || ch > '9') return false;
    return true;
}

constexpr std::int64_t number(std::string_view s) noexcept {
    std::int64_t n = 0;
    for (char ch : s) n = n * 10 + (ch - '0');
    return n;
}

} // namespace task_definition_ref_detail

/// A family and optional revision, from "family", "family:3" or a task definition ARN.
struct task_definition_ref {
    std::string_view family;
    std::optional<std::int64_t> revision;
};

/// "family" or "family:revision"; the problem as a sentence when it is neither.
inline std::optional<task_definition_ref> parse_family_revision(std::string_view s, std::string& problem) {
    task_definition_ref ref;
    const std::size_t colon = s.find(':');
    ref.family = s.substr(0, colon);
    if (int p = names::check(ref.family)) {
        problem = names::message("task definition family", p, ref.family);
        return std::nullopt;
    }
    if (colon != std::string_view::npos) {
        std::string_view rev = s.substr(colon + 1);
        if (!task_definition_ref_detail::positive_number(rev)) {
            problem = core::cat("the revision \"", rev, "\" is not a positive number; write family:3, or the family alone for "
                                                  "the latest ACTIVE revision");
            return std::nullopt;
        }
        ref.revision = task_definition_ref_detail::number(rev);
    }
    return ref;
}

/// The request's taskDefinition read as a reference; the problem when it is not one.
inline std::optional<task_definition_ref> parse_task_definition(std::string_view s, std::string& problem) {
    if (s.empty()) {
        problem = "taskDefinition is empty: name the family, family:revision or the task definition's ARN";
        return std::nullopt;
    }
    if (!s.starts_with("arn:")) return parse_family_revision(s, problem);
    auto a = core::parse_arn(s);
    constexpr std::string_view prefix = "task-definition/";
    if (!a || a->service != "ecs" || !a->resource.starts_with(prefix)) {
        problem = core::cat("\"", s, "\" is not a task definition ARN: expected "
                               "arn:<partition>:ecs:<region>:<account>:task-definition/<family>:<revision>");
        return std::nullopt;
    }
    return parse_family_revision(a->resource.substr(prefix.size()), problem);
}

} // namespace awsmodel::ecs

#endif
