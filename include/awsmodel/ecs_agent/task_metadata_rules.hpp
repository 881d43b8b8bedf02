// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_AGENT_TASK_METADATA_RULES_HPP
#define AWSMODEL_ECS_AGENT_TASK_METADATA_RULES_HPP

/// The rules of the task metadata (ECS-AG-018): the ARNs the agent writes are the ECS API's,
/// `arn:<partition>:ecs:<region>:<12-digit account>:<resource>`
/// (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-account-settings.html#ecs-resource-ids).
/// A published example with a documentation build's entity left in (`&ExampleAWSAccountNo1;`)
/// is no document the agent writes.

#include <awsmodel/core/checker.hpp>
#include <awsmodel/core/diagnostic.hpp>
#include <awsmodel/core/pointer.hpp>
#include <awsmodel/ecs_agent/task_metadata.hpp>

#include <algorithm>
#include <string>
#include <string_view>

namespace awsmodel::ecs_agent {

namespace detail {

// What is wrong with an ECS ARN, or nothing.
inline std::string ecs_arn_problem(std::string_view arn) {
    std::string_view parts[6];
    std::string_view rest = arn;
    for (int i = 0; i < 5; ++i) {
        std::size_t colon = rest.find(':');
        if (colon == std::string_view::npos) return "does not have the six parts of an ARN (arn:partition:ecs:region:account:resource)";
        parts[i] = rest.substr(0, colon);
        rest.remove_prefix(colon + 1);
    }
    parts[5] = rest;
    if (std::size_t amp = arn.find('&'); amp != std::string_view::npos) {
        std::size_t semi = arn.find(';', amp);
        if (semi != std::string_view::npos)
            return core::cat("holds ", arn.substr(amp, semi - amp + 1),
                             ", a documentation entity left unexpanded, where the ARN has its account id");
    }
    if (parts[0] != "arn" || parts[2] != "ecs") return "is not an ECS ARN (arn:partition:ecs:...)";
    if (parts[4].size() != 12 || !std::all_of(parts[4].begin(), parts[4].end(), [](char c) { return c >= '0' && c <= '9'; }))
        return core::cat("has the account \"", parts[4], "\", where an account id is 12 digits");
    if (parts[3].empty() || parts[5].empty()) return "has an empty region or resource";
    return {};
}

template <class C>
void check_arn(C& c, std::string_view relative, std::string_view arn, std::string_view what) {
    if (std::string problem = ecs_arn_problem(arn); !problem.empty())
        c.error("ECS-AG-018", relative, core::cat(what, " \"", arn.substr(0, 120), "\" ", problem));
}

} // namespace detail

template <core::checker_like C>
void validate_rules(const task& t, C& c) {
    detail::check_arn(c, core::pointer(core::member<&task::task_arn>), t.task_arn, "TaskARN");
    if (t.cluster.substr(0, 4) == "arn:")
        detail::check_arn(c, core::pointer(core::member<&task::cluster>), t.cluster, "The cluster ARN");
}

template <core::checker_like C>
void validate_rules(const container& k, C& c) {
    if (k.container_arn) detail::check_arn(c, core::pointer(core::member<&container::container_arn>), *k.container_arn, "ContainerARN");
    // The agent labels each container with its task's ARN and cluster.
    if (k.labels)
        for (std::string_view label : {"com.amazonaws.ecs.task-arn", "com.amazonaws.ecs.cluster"})
            if (const std::string* arn = k.labels->find(label); arn && arn->substr(0, 4) == "arn:")
                detail::check_arn(c, core::pointer(core::member<&container::labels>, core::key{label}), *arn,
                                  core::cat("The label ", label));
}

template <core::checker_like C>
void validate_rules(const task_v3& t, C& c) {
    detail::check_arn(c, core::pointer(core::member<&task_v3::task_arn>), t.task_arn, "TaskARN");
}

} // namespace awsmodel::ecs_agent

#endif
