// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CFN_EC2_VOLUME_HPP
#define AWSMODEL_CFN_EC2_VOLUME_HPP

// AWS::EC2::Volume: its Properties are a CreateVolume request, with the volume's tags as
// `Tags` (the request's TagSpecifications of resource type "volume").
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-volume.html

#include <awsmodel/cfn/differences.hpp>
#include <awsmodel/cfn/tags.hpp>
#include <awsmodel/ec2/ebs_volume.hpp>

#include <array>
#include <string_view>

namespace awsmodel::cfn {

struct ec2_volume {
    static constexpr std::string_view type = "AWS::EC2::Volume";
    using api_type = ec2::create_volume_request;
    static constexpr std::array<difference, 3> cfn_only{{
        detail::read_only("VolumeId"),
        {"AutoEnableIO", "CloudFormation sets it after creating the volume (ModifyVolumeAttribute); "
                         "CreateVolume has no such member"},
        {"SourceVolumeId", "CloudFormation's schema has it; awsmodel's CreateVolume request does not model it yet"},
    }};
    static constexpr std::array<difference, 3> api_only{{
        {"DryRun", "CloudFormation never makes a dry run"},
        {"Operator", "set by the service that manages the volume, not by CloudFormation"},
        {"ClientToken", "CloudFormation makes the request idempotent itself"},
    }};
    static constexpr std::array<scoped_differences, 1> scopes{{{"", cfn_only, api_only}}};

    static void reshape_to_api(detail::reshaper& r) { tags_to_specification(r, "volume"); }
    static void reshape_to_cfn(boost::json::object& props, std::vector<note>& notes) {
        tags_from_specification(props, "volume", notes);
    }
    static void describe_reshaped(boost::json::object& o) { describe_tags_for_specification(o); }
};

} // namespace awsmodel::cfn

#endif
