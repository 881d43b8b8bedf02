// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_NETWORK_CONFIGURATION_HPP
#define AWSMODEL_ECS_NETWORK_CONFIGURATION_HPP

/// The network of a task whose task definition uses the awsvpc network mode, as RunTask,
/// StartTask, CreateService and UpdateService give it: the subnets and security groups of the
/// task's elastic network interface.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_NetworkConfiguration.html

#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/ec2/resource_ids.hpp>

#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace awsmodel::ecs {

/// Whether the task's network interface gets a public IP address (botocore `AssignPublicIp`).
enum class assign_public_ip { enabled, disabled };
constexpr auto wire_names(assign_public_ip) noexcept {
    return std::to_array<std::string_view>({"ENABLED", "DISABLED"});
}

/// botocore `AwsVpcConfiguration`: up to 16 subnets and 5 security groups of one VPC (ECS-RT-006,
/// -007 for RunTask); without security groups the VPC's default group applies.
struct aws_vpc_configuration : core::model {
    std::vector<ec2::subnet_id> subnets;
    std::optional<std::vector<ec2::security_group_id>> security_groups;
    std::optional<core::open_enum<ecs::assign_public_ip>> assign_public_ip;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = aws_vpc_configuration;
        return core::fields<core::camel_case,
                            core::field<&T::subnets>,
                            core::field<&T::security_groups>,
                            core::field<&T::assign_public_ip, core::with{.aws_default = "DISABLED"}>>();
    }
    friend bool operator==(const aws_vpc_configuration&, const aws_vpc_configuration&) = default;
};

/// botocore `NetworkConfiguration`.
struct network_configuration : core::model {
    std::optional<aws_vpc_configuration> awsvpc_configuration;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = network_configuration;
        return core::fields<core::camel_case, core::field<&T::awsvpc_configuration>>();
    }
    friend bool operator==(const network_configuration&, const network_configuration&) = default;
};

} // namespace awsmodel::ecs

#endif
