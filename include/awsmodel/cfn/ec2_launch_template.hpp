// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CFN_EC2_LAUNCH_TEMPLATE_HPP
#define AWSMODEL_CFN_EC2_LAUNCH_TEMPLATE_HPP

// AWS::EC2::LaunchTemplate. awsmodel does not model CreateLaunchTemplate; its
// `LaunchTemplateData` is read as the RunInstances request that launching from the template
// makes (one instance, so MinCount and MaxCount are 1), which is the usual way ECS capacity is
// launched, and checked by RunInstances' rules. The data's members that a launch template
// has and RunInstances has not, and the reverse, are listed below.
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-launchtemplate.html

#include <awsmodel/cfn/differences.hpp>
#include <awsmodel/cfn/ec2_instance.hpp>
#include <awsmodel/ec2/run_instances.hpp>
#include <awsmodel/ec2/tag.hpp>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::cfn {

/// The Properties of AWS::EC2::LaunchTemplate.
struct launch_template_properties : core::model {
    std::optional<std::string> launch_template_name; ///< @default a name CloudFormation makes up
    ec2::run_instances_request launch_template_data;
    std::optional<std::string> version_description;
    std::optional<std::vector<ec2::tag_specification>> tag_specifications; ///< the template's own tags
    core::extra_members extra;

    static constexpr auto fields() {
        using T = launch_template_properties;
        return core::fields<core::pascal_case,
                            core::field<&T::launch_template_name,
                                        core::with{.min = 3, .max = 128, .pattern = "^[a-zA-Z0-9\\(\\)\\.\\-/_]+$"}>,
                            core::field<&T::launch_template_data>,
                            core::field<&T::version_description, core::with{.min = 0, .max = 255}>,
                            core::field<&T::tag_specifications>>();
    }
    friend bool operator==(const launch_template_properties&, const launch_template_properties&) = default;
};

struct ec2_launch_template {
    static constexpr std::string_view type = "AWS::EC2::LaunchTemplate";
    using api_type = launch_template_properties;
    static constexpr std::array<difference, 3> cfn_only{{
        detail::read_only("LaunchTemplateId"),
        detail::read_only("DefaultVersionNumber"),
        detail::read_only("LatestVersionNumber"),
    }};
    static constexpr std::array<difference, 0> api_only{};
    static constexpr std::array<difference, 1> data_cfn_only{{
        {"InstanceRequirements", "attribute-based instance type selection; RunInstances names an instance type instead"},
    }};
    static constexpr std::array<difference, 14> data_api_only{{
        {"NetworkPerformanceOptions", "newer than CloudFormation's schema of AWS::EC2::LaunchTemplate"},
        {"DryRun", "not part of a launch template"},
        {"ClientToken", "not part of a launch template"},
        {"AdditionalInfo", "not part of a launch template"},
        {"LaunchTemplate", "a launch template does not name another"},
        {"SubnetId", "a launch template's data names its subnet in NetworkInterfaces"},
        {"Ipv6AddressCount", "a launch template's data states IPv6 addresses in NetworkInterfaces"},
        {"Ipv6Addresses", "a launch template's data states IPv6 addresses in NetworkInterfaces"},
        {"PrivateIpAddress", "a launch template's data states private addresses in NetworkInterfaces"},
        {"EnablePrimaryIpv6", "a launch template's data states it in NetworkInterfaces"},
        {"Operator", "set by the service that manages the instance, not by CloudFormation"},
        {"SecondaryInterfaces", "AWS::EC2::LaunchTemplate has no such property"},
        {"ElasticGpuSpecification", "Elastic Graphics is retired; AWS::EC2::LaunchTemplate has no such property"},
        {"ElasticInferenceAccelerators", "Elastic Inference is retired; AWS::EC2::LaunchTemplate has no such property"},
    }};
    static constexpr std::array<difference, 1> placement_api_only{{
        {"AvailabilityZoneId", "a launch template's placement names its zone by name"},
    }};
    static constexpr std::array<difference, 0> none{};
    /// API members (by pointer) the template may leave out because something else fills them in.
    static constexpr std::array<difference, 1> filled_in{{
        {"/LaunchTemplateData/ImageId", "a launch template may leave the image to the RunInstances call or the Auto "
                                        "Scaling group that launches from it"},
    }};
    static constexpr std::array<scoped_differences, 3> scopes{{
        {"", cfn_only, api_only},
        {"/LaunchTemplateData", data_cfn_only, data_api_only},
        {"/LaunchTemplateData/Placement", none, placement_api_only},
    }};

    static void reshape_to_api(detail::reshaper& r) {
        if (r.find_parent("/LaunchTemplateData/x") == nullptr) return;
        r.refuse("/LaunchTemplateData/MinCount", "launching from a template is one RunInstances request; it names the count");
        r.refuse("/LaunchTemplateData/MaxCount", "launching from a template is one RunInstances request; it names the count");
        r.refuse("/LaunchTemplateData/RamdiskId", "a launch template spells it RamDiskId");
        r.move("/LaunchTemplateData/RamDiskId", "/LaunchTemplateData/RamdiskId");
        r.synthesize("/LaunchTemplateData/MinCount", 1);
        r.synthesize("/LaunchTemplateData/MaxCount", 1);
    }
    static void reshape_to_cfn(boost::json::object& props, std::vector<note>&) {
        auto* data = props.if_contains("LaunchTemplateData");
        if (!data || !data->is_object()) return;
        auto& d = data->as_object();
        d.erase("MinCount");
        d.erase("MaxCount");
        if (auto* ramdisk = d.if_contains("RamdiskId")) {
            boost::json::value v = *ramdisk;
            d.erase("RamdiskId");
            d["RamDiskId"] = std::move(v);
        }
    }
    static void describe_reshaped(boost::json::object& o) {
        auto& data = o["properties"].as_object()["LaunchTemplateData"].as_object();
        detail::describe_without_counts(data);
        auto& props = data["properties"].as_object();
        props["RamDiskId"] = props["RamdiskId"];
        props.erase("RamdiskId");
    }
};

} // namespace awsmodel::cfn

#endif
