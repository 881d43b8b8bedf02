// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_BUILDER_FACTS_HPP
#define AWSMODEL_ECS_BUILDER_FACTS_HPP

/// What the ECS builders' types know while compiling, so that one builder can refuse what another
/// makes impossible: the network mode a task definition builder was given by a call that names
/// it (`.fargate<...>()` is awsvpc, `.ec2()` bridge), and the launch type a RunTask or
/// CreateService builder was given. Anything set at run time, or through `.edit(...)`, is
/// `unknown` here and left to the rules `build()` runs.
///
/// Also `ecs::awsvpc(...)`, the network configuration of an awsvpc task from literal subnet and
/// security group ids, checked when compiled (COMMON-003).

#include <awsmodel/core/text.hpp>
#include <awsmodel/ec2/resource_ids.hpp>
#include <awsmodel/ecs/network_configuration.hpp>
#include <awsmodel/ecs/task_definition_model.hpp>

#include <initializer_list>
#include <optional>
#include <string_view>
#include <vector>

namespace awsmodel::ecs {

/// A task definition builder's network mode, as far as its type knows it.
enum class known_network_mode { unknown, bridge, host, awsvpc, none };

constexpr known_network_mode known(network_mode m) noexcept {
    switch (m) {
    case network_mode::bridge: return known_network_mode::bridge;
    case network_mode::host: return known_network_mode::host;
    case network_mode::awsvpc: return known_network_mode::awsvpc;
    case network_mode::none: return known_network_mode::none;
    }
    return known_network_mode::unknown;
}

/// Known, and not awsvpc: a request for such a task definition takes no networkConfiguration.
constexpr bool known_not_awsvpc(known_network_mode m) noexcept {
    return m != known_network_mode::unknown && m != known_network_mode::awsvpc;
}

/// Where a request's builder was told its tasks run.
enum class known_launch { unset, fargate, ec2, external, capacity_providers };

/// The type of a request builder that names its task definition at run time ("family:3"), not
/// through a task definition builder: no container handle is of it.
struct no_task_definition_builder {};

/// The network of an awsvpc task: 1-16 subnets and up to 5 security groups of one VPC, the
/// ids checked when compiled: `ecs::awsvpc({"subnet-0a1b2c3d"}, {"sg-0a1b2c3d"})`. Ids known
/// only at run time go into an `ecs::network_configuration` directly (`ec2::subnet_id::from_wire`),
/// whose ids `validate()` checks. @default no public IP (DISABLED).
inline network_configuration awsvpc(std::initializer_list<core::literal<ec2::subnet_id::policy>> subnets,
                                    std::initializer_list<core::literal<ec2::security_group_id::policy>> security_groups = {},
                                    std::optional<ecs::assign_public_ip> public_ip = std::nullopt) {
    aws_vpc_configuration a;
    for (const auto& s : subnets) a.subnets.emplace_back(s);
    if (security_groups.size() != 0) {
        a.security_groups.emplace();
        for (const auto& g : security_groups) a.security_groups->emplace_back(g);
    }
    if (public_ip) a.assign_public_ip = *public_ip;
    network_configuration n;
    n.awsvpc_configuration = std::move(a);
    return n;
}

} // namespace awsmodel::ecs

#endif
