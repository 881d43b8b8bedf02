// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CFN_ECS_SERVICE_HPP
#define AWSMODEL_CFN_ECS_SERVICE_HPP

// AWS::ECS::Service: its Properties are a CreateService request with CloudFormation's names.
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ecs-service.html

#include <awsmodel/cfn/differences.hpp>
#include <awsmodel/ecs/service.hpp>

#include <array>
#include <string_view>

namespace awsmodel::cfn {

struct ecs_service {
    static constexpr std::string_view type = "AWS::ECS::Service";
    using api_type = ecs::create_service_request;
    static constexpr std::array<difference, 3> cfn_only{{
        detail::read_only("ServiceArn"),
        detail::read_only("Name"),
        {"ForceNewDeployment", "CloudFormation's way to redeploy on an update (UpdateService's forceNewDeployment); "
                               "CreateService has no such member"},
    }};
    static constexpr std::array<difference, 1> api_only{{
        {"clientToken", "CloudFormation makes the request idempotent itself"},
    }};
    static constexpr std::array<scoped_differences, 1> scopes{{{"", cfn_only, api_only}}};
    /// API members (by pointer) the template may leave out because CloudFormation fills them in.
    static constexpr std::array<difference, 1> filled_in{{
        {"/serviceName", "CloudFormation names the service after the stack and the logical id when ServiceName is not given"},
    }};
};

template <>
struct differences<ecs::deployment_lifecycle_hook> {
    static constexpr std::array<difference, 0> cfn_only{};
    static constexpr std::array<difference, 2> api_only{{
        {"targetType", "newer than CloudFormation's schema of AWS::ECS::Service"},
        {"timeoutConfiguration", "newer than CloudFormation's schema of AWS::ECS::Service"},
    }};
    static constexpr std::array<difference, 3> cfn_required{{
        {"HookTargetArn", "CloudFormation's schema requires the hook's Lambda function"},
        {"LifecycleStages", "CloudFormation's schema requires the stages the hook runs at"},
        {"RoleArn", "CloudFormation's schema requires the role that calls the hook"},
    }};
};

template <>
struct differences<ecs::advanced_configuration> {
    static constexpr std::array<difference, 0> cfn_only{};
    static constexpr std::array<difference, 0> api_only{};
    static constexpr std::array<difference, 1> cfn_required{{
        {"AlternateTargetGroupArn", "CloudFormation's schema requires the blue/green deployment's second target group"},
    }};
};

template <>
struct differences<ecs::placement_constraint> {
    static constexpr std::array<difference, 0> cfn_only{};
    static constexpr std::array<difference, 0> api_only{};
    static constexpr std::array<difference, 1> cfn_required{{
        {"Type", "CloudFormation's schema requires the constraint's type"},
    }};
};

template <>
struct differences<ecs::placement_strategy> {
    static constexpr std::array<difference, 0> cfn_only{};
    static constexpr std::array<difference, 0> api_only{};
    static constexpr std::array<difference, 1> cfn_required{{
        {"Type", "CloudFormation's schema requires the strategy's type"},
    }};
};

} // namespace awsmodel::cfn

#endif
