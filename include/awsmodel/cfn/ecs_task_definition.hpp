// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CFN_ECS_TASK_DEFINITION_HPP
#define AWSMODEL_CFN_ECS_TASK_DEFINITION_HPP

// AWS::ECS::TaskDefinition: its Properties are a RegisterTaskDefinition request with
// CloudFormation's names.
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ecs-taskdefinition.html

#include <awsmodel/cfn/differences.hpp>
#include <awsmodel/ecs/task_definition.hpp>

#include <array>
#include <string_view>

namespace awsmodel::cfn {

struct ecs_task_definition {
    static constexpr std::string_view type = "AWS::ECS::TaskDefinition";
    using api_type = ecs::register_task_definition_request;
    static constexpr std::array<difference, 1> cfn_only{{
        detail::read_only("TaskDefinitionArn"),
    }};
    static constexpr std::array<difference, 0> api_only{};
    static constexpr std::array<scoped_differences, 1> scopes{{{"", cfn_only, api_only}}};
    /// API members (by pointer) the template may leave out because CloudFormation fills them in.
    static constexpr std::array<difference, 1> filled_in{{
        {"/family", "CloudFormation names the family after the stack and the logical id when Family is not given"},
    }};
};

template <>
struct differences<ecs::container_definition> {
    static constexpr std::array<difference, 0> cfn_only{};
    static constexpr std::array<difference, 0> api_only{};
    static constexpr std::array<difference, 2> cfn_required{{
        {"Name", "CloudFormation's schema requires a container name"},
        {"Image", "CloudFormation's schema requires a container image"},
    }};
};

template <>
struct differences<ecs::task_definition_placement_constraint> {
    static constexpr std::array<difference, 0> cfn_only{};
    static constexpr std::array<difference, 0> api_only{};
    static constexpr std::array<difference, 1> cfn_required{{
        {"Type", "CloudFormation's schema requires the constraint's type (memberOf)"},
    }};
};

} // namespace awsmodel::cfn

#endif
