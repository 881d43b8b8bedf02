// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CFN_EC2_INSTANCE_HPP
#define AWSMODEL_CFN_EC2_INSTANCE_HPP

// AWS::EC2::Instance: its Properties are a RunInstances request for one instance, shaped
// otherwise in places: the instance's tags are `Tags` (not TagSpecifications), the placement
// is flat (`AvailabilityZone`, `Tenancy`, `PlacementGroupName`, `HostId`, `Affinity`,
// `HostResourceGroupArn` rather than `Placement`), `Monitoring` is a boolean, `IamInstanceProfile`
// a name or ARN, and the credit option is spelt `CPUCredits`. There is no MinCount or MaxCount:
// a resource is one instance, so the API document has 1 and 1.
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-instance.html

#include <awsmodel/cfn/differences.hpp>
#include <awsmodel/cfn/tags.hpp>
#include <awsmodel/ec2/run_instances.hpp>

#include <array>
#include <string_view>

namespace awsmodel::cfn {

namespace detail {
/// MinCount and MaxCount are not properties: a resource is one instance, or a launch template
/// one instance's data.
inline void describe_without_counts(boost::json::object& o) {
    o["properties"].as_object().erase("MinCount");
    o["properties"].as_object().erase("MaxCount");
    boost::json::array kept;
    for (const boost::json::value& v : o["required"].as_array())
        if (v != "MinCount" && v != "MaxCount") kept.push_back(v);
    o["required"] = std::move(kept);
}

/// CloudFormation's flat placement members and the Placement member each is.
inline constexpr std::array<std::pair<std::string_view, std::string_view>, 6> instance_placement{{
    {"AvailabilityZone", "AvailabilityZone"},
    {"Affinity", "Affinity"},
    {"HostId", "HostId"},
    {"HostResourceGroupArn", "HostResourceGroupArn"},
    {"PlacementGroupName", "GroupName"},
    {"Tenancy", "Tenancy"},
}};
} // namespace detail

// Structures Instance and LaunchTemplate share, where both differ from the API alike.
template <>
struct differences<ec2::tag> {
    static constexpr std::array<difference, 0> cfn_only{};
    static constexpr std::array<difference, 0> api_only{};
    static constexpr std::array<difference, 2> cfn_required{{
        {"Key", "CloudFormation's schema requires a tag's key"},
        {"Value", "CloudFormation's schema requires a tag's value (\"\" for none)"},
    }};
};

template <>
struct differences<ec2::instance_ipv6_address> {
    static constexpr std::array<difference, 0> cfn_only{};
    static constexpr std::array<difference, 1> api_only{{
        {"IsPrimaryIpv6", "newer than CloudFormation's schemas of Instance and LaunchTemplate"},
    }};
};

template <>
struct differences<ec2::cpu_options_request> {
    static constexpr std::array<difference, 0> cfn_only{};
    static constexpr std::array<difference, 1> api_only{{
        {"NestedVirtualization", "newer than CloudFormation's schemas of Instance and LaunchTemplate"},
    }};
};

template <>
struct differences<ec2::ebs_block_device> {
    static constexpr std::array<difference, 0> cfn_only{};
    static constexpr std::array<difference, 3> api_only{{
        {"OutpostArn", "a volume of a block device mapping is on the instance's Outpost; CloudFormation has no such property"},
        {"AvailabilityZone", "a volume of a block device mapping is in the instance's zone; CloudFormation has no such property"},
        {"AvailabilityZoneId", "a volume of a block device mapping is in the instance's zone; CloudFormation has no such property"},
    }};
};

struct ec2_instance {
    static constexpr std::string_view type = "AWS::EC2::Instance";
    using api_type = ec2::run_instances_request;
    static constexpr std::array<difference, 11> cfn_only{{
        detail::read_only("InstanceId"),
        detail::read_only("PrivateIp"),
        detail::read_only("PublicIp"),
        detail::read_only("PrivateDnsName"),
        detail::read_only("PublicDnsName"),
        detail::read_only("VpcId"),
        detail::read_only("State"),
        {"PropagateTagsToVolumeOnCreation", "CloudFormation copies the instance's tags to its volumes; RunInstances "
                                            "tags volumes by TagSpecifications of resource type volume instead"},
        {"SourceDestCheck", "CloudFormation sets it after launch (ModifyInstanceAttribute); RunInstances has no such member"},
        {"SsmAssociations", "CloudFormation associates Systems Manager documents after launch; not an EC2 request"},
        {"Volumes", "CloudFormation attaches these volumes after launch (AttachVolume requests)"},
    }};
    static constexpr std::array<difference, 10> api_only{{
        {"DryRun", "CloudFormation never makes a dry run"},
        {"ClientToken", "CloudFormation makes the request idempotent itself"},
        {"InstanceMarketOptions", "AWS::EC2::Instance launches On-Demand instances only (Spot through a launch template)"},
        {"CapacityReservationSpecification", "AWS::EC2::Instance has no such property (a launch template has)"},
        {"MaintenanceOptions", "AWS::EC2::Instance has no such property (a launch template has)"},
        {"DisableApiStop", "AWS::EC2::Instance has no such property (a launch template has)"},
        {"EnablePrimaryIpv6", "AWS::EC2::Instance has no such property"},
        {"NetworkPerformanceOptions", "AWS::EC2::Instance has no such property (a launch template has)"},
        {"Operator", "set by the service that manages the instance, not by CloudFormation"},
        {"SecondaryInterfaces", "AWS::EC2::Instance has no such property"},
    }};
    static constexpr std::array<difference, 3> ebs_api_only{{
        {"Throughput", "AWS::EC2::Instance's block device mappings have no throughput (a launch template's have)"},
        {"VolumeInitializationRate", "AWS::EC2::Instance's block device mappings have no such property"},
        {"EbsCardIndex", "AWS::EC2::Instance's block device mappings have no such property"},
    }};
    static constexpr std::array<difference, 1> cpu_api_only{{
        {"AmdSevSnp", "AWS::EC2::Instance's CpuOptions have no such property (a launch template's have)"},
    }};
    static constexpr std::array<difference, 9> interface_api_only{{
        {"InterfaceType", "AWS::EC2::Instance's network interfaces have no such property (a launch template's have)"},
        {"NetworkCardIndex", "AWS::EC2::Instance's network interfaces have no such property (a launch template's have)"},
        {"Ipv4Prefixes", "AWS::EC2::Instance's network interfaces have no such property (a launch template's have)"},
        {"Ipv4PrefixCount", "AWS::EC2::Instance's network interfaces have no such property (a launch template's have)"},
        {"Ipv6Prefixes", "AWS::EC2::Instance's network interfaces have no such property (a launch template's have)"},
        {"Ipv6PrefixCount", "AWS::EC2::Instance's network interfaces have no such property (a launch template's have)"},
        {"PrimaryIpv6", "AWS::EC2::Instance's network interfaces have no such property (a launch template's have)"},
        {"ConnectionTrackingSpecification", "AWS::EC2::Instance's network interfaces have no such property"},
        {"EnaQueueCount", "AWS::EC2::Instance's network interfaces have no such property"},
    }};
    static constexpr std::array<difference, 1> mapping_required{{
        {"DeviceName", "CloudFormation's schema requires the device name of a mapping"},
    }};
    static constexpr std::array<difference, 1> interface_required{{
        {"DeviceIndex", "CloudFormation's schema requires the interface's position"},
    }};
    static constexpr std::array<difference, 1> license_required{{
        {"LicenseConfigurationArn", "CloudFormation's schema requires the license configuration"},
    }};
    static constexpr std::array<difference, 1> ipv6_required{{{"Ipv6Address", "CloudFormation's schema requires the address"}}};
    static constexpr std::array<difference, 2> address_required{{
        {"Primary", "CloudFormation's schema requires whether the address is the primary one"},
        {"PrivateIpAddress", "CloudFormation's schema requires the address"},
    }};
    static constexpr std::array<difference, 0> none{};
    static constexpr std::array<scoped_differences, 9> scopes{{
        {"", cfn_only, api_only},
        {"/Ipv6Addresses/*", none, none, ipv6_required},
        {"/NetworkInterfaces/*/Ipv6Addresses/*", none, none, ipv6_required},
        {"/LicenseSpecifications/*", none, none, license_required},
        {"/NetworkInterfaces/*/PrivateIpAddresses/*", none, none, address_required},
        {"/BlockDeviceMappings/*", none, none, mapping_required},
        {"/BlockDeviceMappings/*/Ebs", none, ebs_api_only},
        {"/CpuOptions", none, cpu_api_only},
        {"/NetworkInterfaces/*", none, interface_api_only, interface_required},
    }};

    static void reshape_to_api(detail::reshaper& r) {
        r.refuse("/Placement", "write AvailabilityZone, Tenancy, PlacementGroupName, HostId, Affinity or "
                               "HostResourceGroupArn");
        r.refuse("/MinCount", "an AWS::EC2::Instance is one instance");
        r.refuse("/MaxCount", "an AWS::EC2::Instance is one instance");
        const std::string placement = detail::join_pointer("", "Placement");
        for (auto [flat, placed] : detail::instance_placement) r.move(detail::join_pointer("", flat), detail::join_pointer(placement, placed));
        tags_to_specification(r, "instance");
        if (auto* m = r.props.if_contains("Monitoring"); m && !m->is_object()) {
            r.move("/Monitoring", "/Monitoring/Enabled");
        }
        if (auto* p = r.props.if_contains("IamInstanceProfile"); p && p->is_string()) {
            bool arn = std::string_view(p->as_string()).starts_with("arn:");
            r.move("/IamInstanceProfile", arn ? "/IamInstanceProfile/Arn" : "/IamInstanceProfile/Name");
        }
        if (auto* c = r.props.if_contains("CreditSpecification"); c && c->is_object()) {
            c->as_object().erase("CpuCredits"); // CloudFormation spells it CPUCredits here
            r.move("/CreditSpecification/CPUCredits", "/CreditSpecification/CpuCredits");
        }
        // CloudFormation marks a mapping without a device by an empty object, the API by ""
        r.for_each_element("/BlockDeviceMappings", [&](const std::string& m) {
            if (auto* v = r.value_at(m + "/NoDevice"); v && v->is_object() && v->as_object().empty()) *v = "";
        });
        r.for_each_element("/NetworkInterfaces", [&](const std::string& n) {
            r.refuse(n + "/Groups", "an Instance's network interface names its security groups in GroupSet");
            r.move(n + "/GroupSet", n + "/Groups");
        });
        r.synthesize("/MinCount", 1);
        r.synthesize("/MaxCount", 1);
    }

    static void reshape_to_cfn(boost::json::object& props, std::vector<note>& notes) {
        if (auto* m = props.if_contains("BlockDeviceMappings"); m && m->is_array())
            for (auto& e : m->as_array())
                if (auto* o = e.if_object())
                    if (auto* d = o->if_contains("NoDevice"); d && d->is_string()) *d = boost::json::object();
        if (auto* n = props.if_contains("NetworkInterfaces"); n && n->is_array())
            for (auto& e : n->as_array())
                if (auto* o = e.if_object()) {
                    if (auto* g = o->if_contains("Groups")) {
                        boost::json::value groups = *g;
                        o->erase("Groups");
                        (*o)["GroupSet"] = std::move(groups);
                    }
                    // CloudFormation's schema takes the index as a string
                    if (auto* i = o->if_contains("DeviceIndex"); i && i->is_int64())
                        *i = boost::json::string(std::to_string(i->as_int64()));
                }
        auto count = [&](std::string_view k) {
            auto* v = props.if_contains(k);
            return v && v->is_int64() ? v->as_int64() : 1;
        };
        if (count("MinCount") != 1 || count("MaxCount") != 1)
            notes.push_back({detail::join_pointer("", "MinCount"), core::cat("an AWS::EC2::Instance is one instance; MinCount ", count("MinCount"),
                                                    " and MaxCount ", count("MaxCount"), " do not carry over")});
        props.erase("MinCount");
        props.erase("MaxCount");
        if (auto* p = props.if_contains("Placement"); p && p->is_object()) {
            boost::json::object placement = std::move(p->as_object());
            props.erase("Placement");
            for (auto [flat, placed] : detail::instance_placement)
                if (auto* v = placement.if_contains(placed)) {
                    props[flat] = std::move(*v);
                    placement.erase(placed);
                }
            for (const auto& kv : placement)
                notes.push_back({detail::join_pointer(detail::join_pointer("", "Placement"), kv.key()),
                                 core::cat("AWS::EC2::Instance has no property for Placement's ",
                                           std::string_view(kv.key()), "; left out")});
        }
        tags_from_specification(props, "instance", notes);
        if (auto* m = props.if_contains("Monitoring"); m && m->is_object()) {
            if (auto* e = m->as_object().if_contains("Enabled")) *m = *e;
            else props.erase("Monitoring");
        }
        if (auto* p = props.if_contains("IamInstanceProfile"); p && p->is_object()) {
            auto& o = p->as_object();
            if (auto* name = o.if_contains("Name")) {
                if (o.contains("Arn")) notes.push_back({"/IamInstanceProfile/Arn", "the profile is named once: its name is kept"});
                *p = boost::json::value(*name);
            } else if (auto* arn = o.if_contains("Arn")) {
                *p = boost::json::value(*arn);
            }
        }
        if (auto* c = props.if_contains("CreditSpecification"); c && c->is_object()) {
            auto& o = c->as_object();
            if (auto* v = o.if_contains("CpuCredits")) {
                boost::json::value credits = *v;
                o.erase("CpuCredits");
                o["CPUCredits"] = std::move(credits);
            }
        }
    }

    static void describe_reshaped(boost::json::object& o) {
        auto& props = o["properties"].as_object();
        describe_tags_for_specification(o);
        boost::json::object placement = props["Placement"].as_object()["properties"].as_object();
        props.erase("Placement");
        for (auto [flat, placed] : detail::instance_placement) props[flat] = placement[placed];
        props["Monitoring"] = boost::json::object{{"type", "boolean"}};
        props["IamInstanceProfile"] = boost::json::object{{"type", "string"}};
        auto& credit = props["CreditSpecification"].as_object()["properties"].as_object();
        credit["CPUCredits"] = credit["CpuCredits"];
        credit.erase("CpuCredits");
        detail::describe_without_counts(o);
        auto& mapping = props["BlockDeviceMappings"].as_object()["items"].as_object()["properties"].as_object();
        mapping["NoDevice"] = boost::json::object{{"type", "object"}};
        auto& interface = props["NetworkInterfaces"].as_object()["items"].as_object()["properties"].as_object();
        interface["GroupSet"] = interface["Groups"];
        interface.erase("Groups");
        interface["DeviceIndex"] = boost::json::object{{"type", "string"}};
    }
};

} // namespace awsmodel::cfn

#endif
