// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_EC2_SUBNET_HPP
#define AWSMODEL_EC2_SUBNET_HPP

/// An EC2 subnet as DescribeSubnets returns it: its zone, VPC, CIDR blocks and launch settings.
/// ECS task placement reads the zone of each subnet an awsvpc task asks for (LOCATION).
/// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Subnet.html
/// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSubnets.html

#include <awsmodel/core/codec_fwd.hpp>
#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/ec2/hostname_type.hpp>
#include <awsmodel/ec2/tag.hpp>
#include <awsmodel/shapes.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::ec2 {

/// botocore ec2 `SubnetState`.
enum class subnet_state { pending, available, unavailable, failed, failed_insufficient_capacity };
constexpr auto wire_names(subnet_state) noexcept {
    return std::to_array<std::string_view>({"pending", "available", "unavailable", "failed", "failed-insufficient-capacity"});
}
/// botocore ec2 `SubnetCidrBlockStateCode`.
enum class subnet_cidr_block_state_code { associating, associated, disassociating, disassociated, failing, failed };
constexpr auto wire_names(subnet_cidr_block_state_code) noexcept {
    return std::to_array<std::string_view>({"associating", "associated", "disassociating", "disassociated", "failing", "failed"});
}
/// botocore ec2 `Ipv6AddressAttribute`.
enum class ipv6_address_attribute { public_, private_ };
constexpr auto wire_names(ipv6_address_attribute) noexcept {
    return std::to_array<std::string_view>({"public", "private"});
}
/// botocore ec2 `IpSource`.
enum class ip_source { amazon, byoip, none };
constexpr auto wire_names(ip_source) noexcept {
    return std::to_array<std::string_view>({"amazon", "byoip", "none"});
}
/// botocore ec2 `BlockPublicAccessMode`.
enum class block_public_access_mode { off, block_bidirectional, block_ingress };
constexpr auto wire_names(block_public_access_mode) noexcept {
    return std::to_array<std::string_view>({"off", "block-bidirectional", "block-ingress"});
}

/// botocore ec2 `SubnetCidrBlockState`.
struct subnet_cidr_block_state : core::model {
    std::optional<core::open_enum<subnet_cidr_block_state_code>> state;
    std::optional<std::string> status_message;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = subnet_cidr_block_state;
        return core::fields<core::pascal_case,
                            core::field<&T::state>,
                            core::field<&T::status_message>>();
    }
    friend bool operator==(const subnet_cidr_block_state&, const subnet_cidr_block_state&) = default;
};

/// botocore ec2 `SubnetIpv6CidrBlockAssociation`.
struct subnet_ipv6_cidr_block_association : core::model {
    std::optional<std::string> association_id;
    std::optional<std::string> ipv6_cidr_block;
    std::optional<subnet_cidr_block_state> ipv6_cidr_block_state;
    std::optional<core::open_enum<ec2::ipv6_address_attribute>> ipv6_address_attribute;
    std::optional<core::open_enum<ec2::ip_source>> ip_source;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = subnet_ipv6_cidr_block_association;
        return core::fields<core::pascal_case,
                            core::field<&T::association_id>,
                            core::field<&T::ipv6_cidr_block>,
                            core::field<&T::ipv6_cidr_block_state>,
                            core::field<&T::ipv6_address_attribute>,
                            core::field<&T::ip_source>>();
    }
    friend bool operator==(const subnet_ipv6_cidr_block_association&, const subnet_ipv6_cidr_block_association&) = default;
};

/// botocore ec2 `PrivateDnsNameOptionsOnLaunch`.
struct private_dns_name_options_on_launch : core::model {
    std::optional<core::open_enum<ec2::hostname_type>> hostname_type;
    std::optional<bool> enable_resource_name_dns_a_record;
    std::optional<bool> enable_resource_name_dns_aaaa_record;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = private_dns_name_options_on_launch;
        return core::fields<core::pascal_case,
                            core::field<&T::hostname_type>,
                            core::field<&T::enable_resource_name_dns_a_record>,
                            core::field<&T::enable_resource_name_dns_aaaa_record, core::with{.name = "EnableResourceNameDnsAAAARecord"}>>();
    }
    friend bool operator==(const private_dns_name_options_on_launch&, const private_dns_name_options_on_launch&) = default;
};

/// botocore ec2 `BlockPublicAccessStates`.
struct block_public_access_states : core::model {
    std::optional<core::open_enum<block_public_access_mode>> internet_gateway_block_mode;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = block_public_access_states;
        return core::fields<core::pascal_case,
                            core::field<&T::internet_gateway_block_mode>>();
    }
    friend bool operator==(const block_public_access_states&, const block_public_access_states&) = default;
};

/// botocore ec2 `Subnet`.
struct subnet : core::model {
    std::optional<std::string> availability_zone_id;
    std::optional<std::int32_t> enable_lni_at_device_index;
    std::optional<bool> map_customer_owned_ip_on_launch;
    std::optional<std::string> customer_owned_ipv4_pool;
    std::optional<std::string> owner_id;
    std::optional<bool> assign_ipv6_address_on_creation;
    std::optional<std::vector<subnet_ipv6_cidr_block_association>> ipv6_cidr_block_association_set;
    std::optional<std::vector<ec2::tag>> tags;
    std::optional<std::string> subnet_arn;
    std::optional<std::string> outpost_arn;
    std::optional<bool> enable_dns64;
    std::optional<bool> ipv6_native;
    std::optional<ec2::private_dns_name_options_on_launch> private_dns_name_options_on_launch;
    std::optional<ec2::block_public_access_states> block_public_access_states;
    std::optional<std::string> type;
    std::optional<std::string> subnet_id; ///< subnet-...
    std::optional<core::open_enum<subnet_state>> state;
    std::optional<std::string> vpc_id;
    std::optional<std::string> cidr_block;
    std::optional<std::int32_t> available_ip_address_count;
    std::optional<std::string> availability_zone; ///< us-east-1a: what placement's LOCATION filter reads
    std::optional<bool> default_for_az;
    std::optional<bool> map_public_ip_on_launch;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = subnet;
        return core::fields<core::pascal_case,
                            core::field<&T::availability_zone_id>,
                            core::field<&T::enable_lni_at_device_index>,
                            core::field<&T::map_customer_owned_ip_on_launch>,
                            core::field<&T::customer_owned_ipv4_pool>,
                            core::field<&T::owner_id>,
                            core::field<&T::assign_ipv6_address_on_creation>,
                            core::field<&T::ipv6_cidr_block_association_set>,
                            core::field<&T::tags>,
                            core::field<&T::subnet_arn>,
                            core::field<&T::outpost_arn>,
                            core::field<&T::enable_dns64>,
                            core::field<&T::ipv6_native>,
                            core::field<&T::private_dns_name_options_on_launch>,
                            core::field<&T::block_public_access_states>,
                            core::field<&T::type>,
                            core::field<&T::subnet_id>,
                            core::field<&T::state>,
                            core::field<&T::vpc_id>,
                            core::field<&T::cidr_block>,
                            core::field<&T::available_ip_address_count>,
                            core::field<&T::availability_zone>,
                            core::field<&T::default_for_az>,
                            core::field<&T::map_public_ip_on_launch>>();
    }
    friend bool operator==(const subnet&, const subnet&) = default;
};

/// DescribeSubnets' output: one page of subnets.
struct describe_subnets_result : core::model {
    std::optional<std::string> next_token;
    std::optional<std::vector<ec2::subnet>> subnets;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = describe_subnets_result;
        return core::fields<core::pascal_case,
                            core::field<&T::next_token>,
                            core::field<&T::subnets>>();
    }
    friend bool operator==(const describe_subnets_result&, const describe_subnets_result&) = default;
};

} // namespace awsmodel::ec2

// The codecs of the shapes awsmodel/shapes.hpp lists for this header, extern with separate compilation.
AWSMODEL_EXTERN_CODECS(AWSMODEL_SHAPES_EC2_SUBNET);

#endif
