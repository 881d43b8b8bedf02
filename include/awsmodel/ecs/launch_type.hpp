// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_LAUNCH_TYPE_HPP
#define AWSMODEL_ECS_LAUNCH_TYPE_HPP

/// Where ECS runs a task: the launch type that services, task sets and RunTask name when they
/// give no capacity provider strategy (the two exclude each other).
/// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/launch_types.html

#include <awsmodel/core/enum.hpp>

#include <array>
#include <string_view>

namespace awsmodel::ecs {

/// botocore ecs `LaunchType`. A task definition's `requiresCompatibilities` uses the same words
/// (`ecs::compatibility`), but they are another botocore enum and stay another type.
enum class launch_type { ec2, fargate, external, managed_instances };
constexpr auto wire_names(launch_type) noexcept {
    return std::to_array<std::string_view>({"EC2", "FARGATE", "EXTERNAL", "MANAGED_INSTANCES"});
}

} // namespace awsmodel::ecs

#endif
