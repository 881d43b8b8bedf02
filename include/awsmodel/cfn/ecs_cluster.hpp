// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CFN_ECS_CLUSTER_HPP
#define AWSMODEL_CFN_ECS_CLUSTER_HPP

// AWS::ECS::Cluster: its Properties are a CreateCluster request with CloudFormation's names.
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ecs-cluster.html

#include <awsmodel/cfn/differences.hpp>
#include <awsmodel/ecs/cluster.hpp>

#include <array>
#include <string_view>

namespace awsmodel::cfn {

struct ecs_cluster {
    static constexpr std::string_view type = "AWS::ECS::Cluster";
    using api_type = ecs::create_cluster_request;
    static constexpr std::array<difference, 1> cfn_only{{
        detail::read_only("Arn"),
    }};
    static constexpr std::array<difference, 0> api_only{};
    static constexpr std::array<scoped_differences, 1> scopes{{{"", cfn_only, api_only}}};
};

} // namespace awsmodel::cfn

#endif
