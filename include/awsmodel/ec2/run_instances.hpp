// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_EC2_RUN_INSTANCES_HPP
#define AWSMODEL_EC2_RUN_INSTANCES_HPP

/// The RunInstances request and the request shapes inside it.
/// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RunInstances.html

#include <awsmodel/core/rule_id.hpp>
#include <awsmodel/core/codec_fwd.hpp>
#include <awsmodel/shapes.hpp>
#include <awsmodel/core/arn.hpp>
#include <awsmodel/core/base64.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/quantity.hpp>
#include <awsmodel/core/resource_id.hpp>
#include <awsmodel/core/text.hpp>
#include <awsmodel/core/checker.hpp>
#include <awsmodel/ec2/hostname_type.hpp>
#include <awsmodel/ec2/ami.hpp>
#include <awsmodel/ec2/ebs_volume.hpp>
#include <awsmodel/ec2/instance_type.hpp>
#include <awsmodel/ec2/tag.hpp>
#include <awsmodel/ec2/tag_rules.hpp>
#include <awsmodel/iam/role.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace awsmodel::ec2 {

// --- enumerations ------------------------------------------------------------------------

/// botocore ec2 `Tenancy`.
enum class tenancy { default_, dedicated, host };
constexpr auto wire_names(tenancy) noexcept { return std::to_array<std::string_view>({"default", "dedicated", "host"}); }
constexpr core::rule_id enum_rule(tenancy) noexcept { return "EC2-RI-030"; }

/// `Placement.Affinity` (a string in botocore; the documentation lists these two).
enum class placement_affinity { default_, host };
constexpr auto wire_names(placement_affinity) noexcept { return std::to_array<std::string_view>({"default", "host"}); }
constexpr core::rule_id enum_rule(placement_affinity) noexcept { return "EC2-RI-030"; }

/// botocore ec2 `MarketType`.
enum class market_type { spot, capacity_block, interruptible_capacity_reservation };
constexpr auto wire_names(market_type) noexcept {
    return std::to_array<std::string_view>({"spot", "capacity-block", "interruptible-capacity-reservation"});
}
constexpr core::rule_id enum_rule(market_type) noexcept { return "EC2-RI-032"; }

/// botocore ec2 `SpotInstanceType`.
enum class spot_instance_type { one_time, persistent };
constexpr auto wire_names(spot_instance_type) noexcept { return std::to_array<std::string_view>({"one-time", "persistent"}); }
constexpr core::rule_id enum_rule(spot_instance_type) noexcept { return "EC2-RI-032"; }

/// botocore ec2 `InstanceInterruptionBehavior`.
enum class instance_interruption_behavior { hibernate, stop, terminate };
constexpr auto wire_names(instance_interruption_behavior) noexcept {
    return std::to_array<std::string_view>({"hibernate", "stop", "terminate"});
}
constexpr core::rule_id enum_rule(instance_interruption_behavior) noexcept { return "EC2-RI-032"; }

/// `CreditSpecificationRequest.CpuCredits` (a string in botocore; the documentation lists these two).
enum class cpu_credits { standard, unlimited };
constexpr auto wire_names(cpu_credits) noexcept { return std::to_array<std::string_view>({"standard", "unlimited"}); }
constexpr core::rule_id enum_rule(cpu_credits) noexcept { return "EC2-RI-031"; }

/// botocore ec2 `AmdSevSnpSpecification`.
enum class amd_sev_snp_specification { enabled, disabled };
constexpr auto wire_names(amd_sev_snp_specification) noexcept {
    return std::to_array<std::string_view>({"enabled", "disabled"});
}
/// botocore ec2 `NestedVirtualizationSpecification`.
enum class nested_virtualization_specification { enabled, disabled };
constexpr auto wire_names(nested_virtualization_specification) noexcept {
    return std::to_array<std::string_view>({"enabled", "disabled"});
}
/// botocore ec2 `CapacityReservationPreference`.
enum class capacity_reservation_preference { capacity_reservations_only, open, none };
constexpr auto wire_names(capacity_reservation_preference) noexcept {
    return std::to_array<std::string_view>({"capacity-reservations-only", "open", "none"});
}

/// botocore ec2 `HttpTokensState`.
enum class http_tokens_state { optional, required };
constexpr auto wire_names(http_tokens_state) noexcept { return std::to_array<std::string_view>({"optional", "required"}); }
constexpr core::rule_id enum_rule(http_tokens_state) noexcept { return "EC2-RI-029"; }
/// botocore ec2 `InstanceMetadataEndpointState`.
enum class instance_metadata_endpoint_state { disabled, enabled };
constexpr auto wire_names(instance_metadata_endpoint_state) noexcept {
    return std::to_array<std::string_view>({"disabled", "enabled"});
}
constexpr core::rule_id enum_rule(instance_metadata_endpoint_state) noexcept { return "EC2-RI-029"; }
/// botocore ec2 `InstanceMetadataProtocolState`.
enum class instance_metadata_protocol_state { disabled, enabled };
constexpr auto wire_names(instance_metadata_protocol_state) noexcept {
    return std::to_array<std::string_view>({"disabled", "enabled"});
}
constexpr core::rule_id enum_rule(instance_metadata_protocol_state) noexcept { return "EC2-RI-029"; }
/// botocore ec2 `InstanceMetadataTagsState`.
enum class instance_metadata_tags_state { disabled, enabled };
constexpr auto wire_names(instance_metadata_tags_state) noexcept {
    return std::to_array<std::string_view>({"disabled", "enabled"});
}
constexpr core::rule_id enum_rule(instance_metadata_tags_state) noexcept { return "EC2-RI-029"; }

/// botocore ec2 `InstanceAutoRecoveryState`.
enum class instance_auto_recovery_state { disabled, default_ };
constexpr auto wire_names(instance_auto_recovery_state) noexcept {
    return std::to_array<std::string_view>({"disabled", "default"});
}
/// botocore ec2 `InstanceBandwidthWeighting`.
enum class instance_bandwidth_weighting { default_, vpc_1, ebs_1 };
constexpr auto wire_names(instance_bandwidth_weighting) noexcept {
    return std::to_array<std::string_view>({"default", "vpc-1", "ebs-1"});
}
/// botocore ec2 `SecondaryInterfaceType`.
enum class secondary_interface_type { secondary };
constexpr auto wire_names(secondary_interface_type) noexcept { return std::to_array<std::string_view>({"secondary"}); }
/// botocore ec2 `ShutdownBehavior`.
enum class shutdown_behavior { stop, terminate };
constexpr auto wire_names(shutdown_behavior) noexcept { return std::to_array<std::string_view>({"stop", "terminate"}); }
constexpr core::rule_id enum_rule(shutdown_behavior) noexcept { return "EC2-RI-033"; }

// --- user data ---------------------------------------------------------------------------

/// The most user data an instance takes, before base64 (EC2 user guide, "Specify user data").
inline constexpr std::size_t max_user_data_bytes = 16384;

namespace literal_error {
void user_data_must_be_base64_of_at_most_16384_bytes();
} // namespace literal_error

/// UserData on the wire (EC2-RI-009): base64 text of at most 16 KB of data. SDKs such as boto3
/// encode for their callers; a document in the wire format carries the encoded text, which is
/// never encoded again. Messages leave the text out: user data often holds secrets.
struct user_data_policy {
    static constexpr core::rule_id rule = "EC2-RI-009";
    static constexpr int too_large = 100; ///< other problems are a core::base64_problem
    static std::size_t decoded_size(std::string_view s) noexcept {
        std::size_t pad = s.size() >= 2 && s[s.size() - 2] == '=' ? 2 : !s.empty() && s.back() == '=' ? 1 : 0;
        return s.size() / 4 * 3 - pad;
    }
    static int check(std::string_view s) {
        if (auto d = core::base64_decode(s); !d) return static_cast<int>(d.problem);
        return decoded_size(s) > max_user_data_bytes ? too_large : 0;
    }
    static void literal_failed(int problem) {
        if (problem) literal_error::user_data_must_be_base64_of_at_most_16384_bytes();
    }
    static std::string message(int problem, std::string_view s) {
        if (problem != too_large)
            return core::cat("UserData ", core::describe(static_cast<core::base64_problem>(problem)),
                             ": the wire form is the base64 of the script, encoded once (ec2::user_data_from_text does it)");
        return core::cat("UserData holds ", decoded_size(s), " bytes once decoded; an instance takes at most ",
                         max_user_data_bytes, " bytes (16 KB): keep the script short and fetch the rest, e.g. from S3");
    }
};

/// Base64 user data, as RunInstances carries it.
using user_data = core::text<user_data_policy>;

/// Encodes a script or cloud-init document for RunInstances.
inline user_data user_data_from_text(std::string_view raw) { return user_data::from_wire(core::base64_encode(raw)); }

/// The decoded user data; nothing when it is not base64.
inline std::optional<std::string> decoded(const user_data& u) {
    auto d = core::base64_decode(u.view());
    if (!d) return std::nullopt;
    return std::move(d.bytes);
}

// --- request shapes ----------------------------------------------------------------------

/// One block device of the instance: an EBS volume, an instance-store volume (`virtual_name`),
/// or the removal of a mapping the AMI has (`no_device`, the empty string).
struct block_device_mapping : core::model {
    std::optional<ebs_block_device> ebs;
    std::optional<std::string> no_device;    ///< "" suppresses the AMI's mapping of `device_name`
    std::optional<std::string> device_name;  ///< /dev/sdh, /dev/xvdh, xvdh (Windows)
    std::optional<std::string> virtual_name; ///< ephemeral0 .. ephemeral23
    core::extra_members extra;

    static constexpr auto fields() {
        using T = block_device_mapping;
        return core::fields<core::pascal_case,
                            core::field<&T::ebs>,
                            core::field<&T::no_device>,
                            core::field<&T::device_name>,
                            core::field<&T::virtual_name>>();
    }
    friend bool operator==(const block_device_mapping&, const block_device_mapping&) = default;
};

/// An IPv6 address to assign.
struct instance_ipv6_address : core::model {
    std::optional<std::string> ipv6_address;
    std::optional<bool> is_primary_ipv6;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = instance_ipv6_address;
        return core::fields<core::pascal_case,
                            core::field<&T::ipv6_address>,
                            core::field<&T::is_primary_ipv6>>();
    }
    friend bool operator==(const instance_ipv6_address&, const instance_ipv6_address&) = default;
};

/// Detailed (one-minute) CloudWatch monitoring.
struct run_instances_monitoring_enabled : core::model {
    bool enabled = false; ///< false: basic five-minute monitoring
    core::extra_members extra;

    static constexpr auto fields() {
        return core::fields<core::pascal_case,
                            core::field<&run_instances_monitoring_enabled::enabled>>();
    }
    friend bool operator==(const run_instances_monitoring_enabled&, const run_instances_monitoring_enabled&) = default;
};

/// Where the instance runs: zone, placement group, tenancy, dedicated host. Requests and
/// descriptions share this shape.
struct placement : core::model {
    std::optional<std::string> availability_zone_id;
    std::optional<core::open_enum<placement_affinity>> affinity; ///< host tenancy only
    std::optional<std::string> group_name;
    std::optional<std::int32_t> partition_number; ///< partition placement groups only
    std::optional<dedicated_host_id> host_id;
    std::optional<core::open_enum<ec2::tenancy>> tenancy; ///< @default the VPC's tenancy
    std::optional<std::string> spread_domain;
    std::optional<core::arn> host_resource_group_arn;
    std::optional<placement_group_id> group_id;
    std::optional<std::string> availability_zone; ///< @default a zone EC2 chooses
    core::extra_members extra;

    static constexpr auto fields() {
        using T = placement;
        return core::fields<core::pascal_case,
                            core::field<&T::availability_zone_id>,
                            core::field<&T::affinity>,
                            core::field<&T::group_name>,
                            core::field<&T::partition_number>,
                            core::field<&T::host_id>,
                            core::field<&T::tenancy>,
                            core::field<&T::spread_domain>,
                            core::field<&T::host_resource_group_arn>,
                            core::field<&T::group_id>,
                            core::field<&T::availability_zone>>();
    }
    friend bool operator==(const placement&, const placement&) = default;
};

/// Deprecated by AWS (Elastic Graphics ended in 2024); kept so that old documents decode.
struct elastic_gpu_specification : core::model {
    std::string type;
    core::extra_members extra;

    static constexpr auto fields() { return core::fields<core::pascal_case,
                                                         core::field<&elastic_gpu_specification::type>>(); }
    friend bool operator==(const elastic_gpu_specification&, const elastic_gpu_specification&) = default;
};

/// Deprecated by AWS (Elastic Inference ended in 2024); kept so that old documents decode.
struct elastic_inference_accelerator : core::model {
    std::string type;
    std::optional<std::int32_t> count;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = elastic_inference_accelerator;
        return core::fields<core::pascal_case,
                            core::field<&T::type>,
                            core::field<&T::count, core::with{.min = 1, .aws_default = "1"}>>();
    }
    friend bool operator==(const elastic_inference_accelerator&, const elastic_inference_accelerator&) = default;
};

/// The launch template to start from; members of the request override the template's.
struct launch_template_specification : core::model {
    std::optional<ec2::launch_template_id> launch_template_id; ///< exactly one of this and the name
    std::optional<std::string> launch_template_name;
    std::optional<std::string> version; ///< a version number, $Latest or $Default
    core::extra_members extra;

    static constexpr auto fields() {
        using T = launch_template_specification;
        return core::fields<core::pascal_case,
                            core::field<&T::launch_template_id>,
                            core::field<&T::launch_template_name>,
                            core::field<&T::version, core::with{.aws_default = "$Default"}>>();
    }
    friend bool operator==(const launch_template_specification&, const launch_template_specification&) = default;
};

/// How a Spot Instance is requested.
struct spot_market_options : core::model {
    std::optional<std::string> max_price; ///< US dollars per hour; @default the On-Demand price
    std::optional<core::open_enum<ec2::spot_instance_type>> spot_instance_type;
    std::optional<std::int32_t> block_duration_minutes; ///< no longer offered by AWS
    std::optional<timestamp> valid_until;                ///< persistent requests only
    std::optional<core::open_enum<ec2::instance_interruption_behavior>> instance_interruption_behavior;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = spot_market_options;
        return core::fields<core::pascal_case,
                            core::field<&T::max_price>,
                            core::field<&T::spot_instance_type, core::with{.aws_default = "one-time"}>,
                            core::field<&T::block_duration_minutes>,
                            core::field<&T::valid_until>,
                            core::field<&T::instance_interruption_behavior, core::with{.aws_default = "terminate"}>>();
    }
    friend bool operator==(const spot_market_options&, const spot_market_options&) = default;
};

/// Spot or Capacity Block instead of On-Demand.
struct instance_market_options_request : core::model {
    std::optional<core::open_enum<ec2::market_type>> market_type;
    std::optional<spot_market_options> spot_options; ///< with market type spot only
    core::extra_members extra;

    static constexpr auto fields() {
        using T = instance_market_options_request;
        return core::fields<core::pascal_case,
                            core::field<&T::market_type>,
                            core::field<&T::spot_options>>();
    }
    friend bool operator==(const instance_market_options_request&, const instance_market_options_request&) = default;
};

/// CPU credits of a burstable (T) instance.
struct credit_specification_request : core::model {
    core::open_enum<ec2::cpu_credits> cpu_credits;
    core::extra_members extra;

    static constexpr auto fields() {
        return core::fields<core::pascal_case,
                            core::field<&credit_specification_request::cpu_credits>>();
    }
    friend bool operator==(const credit_specification_request&, const credit_specification_request&) = default;
};

/// Cores and threads, when fewer than the instance type's defaults are wanted.
struct cpu_options_request : core::model {
    std::optional<std::int32_t> core_count;
    std::optional<std::int32_t> threads_per_core; ///< 1 turns simultaneous multithreading off
    std::optional<core::open_enum<amd_sev_snp_specification>> amd_sev_snp;
    std::optional<core::open_enum<nested_virtualization_specification>> nested_virtualization;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = cpu_options_request;
        return core::fields<core::pascal_case,
                            core::field<&T::core_count>,
                            core::field<&T::threads_per_core>,
                            core::field<&T::amd_sev_snp>,
                            core::field<&T::nested_virtualization>>();
    }
    friend bool operator==(const cpu_options_request&, const cpu_options_request&) = default;
};

/// A capacity reservation or resource group to launch into.
struct capacity_reservation_target : core::model {
    std::optional<ec2::capacity_reservation_id> capacity_reservation_id;
    std::optional<core::arn> capacity_reservation_resource_group_arn;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = capacity_reservation_target;
        return core::fields<core::pascal_case,
                            core::field<&T::capacity_reservation_id>,
                            core::field<&T::capacity_reservation_resource_group_arn>>();
    }
    friend bool operator==(const capacity_reservation_target&, const capacity_reservation_target&) = default;
};

/// Whether the instance uses capacity reservations.
struct capacity_reservation_specification : core::model {
    std::optional<core::open_enum<ec2::capacity_reservation_preference>> capacity_reservation_preference;
    std::optional<ec2::capacity_reservation_target> capacity_reservation_target;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = capacity_reservation_specification;
        return core::fields<core::pascal_case,
                            core::field<&T::capacity_reservation_preference, core::with{.aws_default = "open"}>,
                            core::field<&T::capacity_reservation_target>>();
    }
    friend bool operator==(const capacity_reservation_specification&, const capacity_reservation_specification&) = default;
};

/// Whether the instance can hibernate.
struct hibernation_options_request : core::model {
    std::optional<bool> configured;
    core::extra_members extra;

    static constexpr auto fields() { return core::fields<core::pascal_case,
                                                         core::field<&hibernation_options_request::configured, core::with{.aws_default = "false"}>>(); }
    friend bool operator==(const hibernation_options_request&, const hibernation_options_request&) = default;
};

/// A License Manager configuration.
struct license_configuration_request : core::model {
    std::optional<core::arn> license_configuration_arn;
    core::extra_members extra;

    static constexpr auto fields() {
        return core::fields<core::pascal_case,
                            core::field<&license_configuration_request::license_configuration_arn>>();
    }
    friend bool operator==(const license_configuration_request&, const license_configuration_request&) = default;
};

/// The instance metadata service (IMDS).
struct instance_metadata_options_request : core::model {
    std::optional<core::open_enum<http_tokens_state>> http_tokens; ///< "required" enforces IMDSv2; @default per AMI, usually optional
    std::optional<std::int32_t> http_put_response_hop_limit; ///< 1-64 (2 suits containers in bridge mode)
    std::optional<core::open_enum<instance_metadata_endpoint_state>> http_endpoint;
    std::optional<core::open_enum<instance_metadata_protocol_state>> http_protocol_ipv6;
    std::optional<core::open_enum<instance_metadata_tags_state>> instance_metadata_tags;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = instance_metadata_options_request;
        return core::fields<core::pascal_case,
                            core::field<&T::http_tokens>,
                            core::field<&T::http_put_response_hop_limit, core::with{.aws_default = "1"}>,
                            core::field<&T::http_endpoint, core::with{.aws_default = "enabled"}>,
                            core::field<&T::http_protocol_ipv6, core::with{.aws_default = "disabled"}>,
                            core::field<&T::instance_metadata_tags, core::with{.aws_default = "disabled"}>>();
    }
    friend bool operator==(const instance_metadata_options_request&, const instance_metadata_options_request&) = default;
};

/// Nitro Enclaves.
struct enclave_options_request : core::model {
    std::optional<bool> enabled;
    core::extra_members extra;

    static constexpr auto fields() { return core::fields<core::pascal_case,
                                                         core::field<&enclave_options_request::enabled, core::with{.aws_default = "false"}>>(); }
    friend bool operator==(const enclave_options_request&, const enclave_options_request&) = default;
};

/// The instance's private host name.
struct private_dns_name_options_request : core::model {
    std::optional<core::open_enum<ec2::hostname_type>> hostname_type; ///< @default the subnet's setting
    std::optional<bool> enable_resource_name_dns_a_record;
    std::optional<bool> enable_resource_name_dns_aaaa_record;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = private_dns_name_options_request;
        return core::fields<core::pascal_case,
                            core::field<&T::hostname_type>,
                            core::field<&T::enable_resource_name_dns_a_record>,
                            core::field<&T::enable_resource_name_dns_aaaa_record, core::with{.name = "EnableResourceNameDnsAAAARecord"}>>();
    }
    friend bool operator==(const private_dns_name_options_request&, const private_dns_name_options_request&) = default;
};

/// Automatic recovery after a hardware failure.
struct instance_maintenance_options_request : core::model {
    std::optional<core::open_enum<instance_auto_recovery_state>> auto_recovery; ///<  (on)
    core::extra_members extra;

    static constexpr auto fields() {
        return core::fields<core::pascal_case,
                            core::field<&instance_maintenance_options_request::auto_recovery, core::with{.aws_default = "default"}>>();
    }
    friend bool operator==(const instance_maintenance_options_request&, const instance_maintenance_options_request&) = default;
};

/// How network bandwidth is shared between VPC and EBS traffic.
struct instance_network_performance_options_request : core::model {
    std::optional<core::open_enum<instance_bandwidth_weighting>> bandwidth_weighting;
    core::extra_members extra;

    static constexpr auto fields() {
        return core::fields<core::pascal_case,
                            core::field<&instance_network_performance_options_request::bandwidth_weighting, core::with{.aws_default = "default"}>>();
    }
    friend bool operator==(const instance_network_performance_options_request&,
                           const instance_network_performance_options_request&) = default;
};

/// A private address of a secondary interface.
struct instance_secondary_interface_private_ip_address_request : core::model {
    std::string private_ip_address;
    core::extra_members extra;

    static constexpr auto fields() {
        return core::fields<core::pascal_case,
                            core::field<&instance_secondary_interface_private_ip_address_request::private_ip_address>>();
    }
    friend bool operator==(const instance_secondary_interface_private_ip_address_request&,
                           const instance_secondary_interface_private_ip_address_request&) = default;
};

/// A secondary interface in a secondary network.
struct instance_secondary_interface_specification_request : core::model {
    std::optional<bool> delete_on_termination;
    std::optional<std::int32_t> device_index;
    std::optional<std::vector<instance_secondary_interface_private_ip_address_request>> private_ip_addresses;
    std::optional<std::int32_t> private_ip_address_count;
    std::optional<std::string> secondary_subnet_id;
    std::optional<core::open_enum<secondary_interface_type>> interface_type;
    std::optional<std::int32_t> network_card_index;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = instance_secondary_interface_specification_request;
        return core::fields<core::pascal_case,
                            core::field<&T::delete_on_termination>,
                            core::field<&T::device_index>,
                            core::field<&T::private_ip_addresses>,
                            core::field<&T::private_ip_address_count>,
                            core::field<&T::secondary_subnet_id>,
                            core::field<&T::interface_type>,
                            core::field<&T::network_card_index>>();
    }
    friend bool operator==(const instance_secondary_interface_specification_request&,
                           const instance_secondary_interface_specification_request&) = default;
};

/// A private IPv4 address of an interface.
struct private_ip_address_specification : core::model {
    std::optional<bool> primary; ///< at most one per interface
    std::optional<std::string> private_ip_address;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = private_ip_address_specification;
        return core::fields<core::pascal_case,
                            core::field<&T::primary>,
                            core::field<&T::private_ip_address>>();
    }
    friend bool operator==(const private_ip_address_specification&, const private_ip_address_specification&) = default;
};

/// An IPv4 prefix delegated to an interface.
struct ipv4_prefix_specification_request : core::model {
    std::optional<std::string> ipv4_prefix;
    core::extra_members extra;

    static constexpr auto fields() { return core::fields<core::pascal_case,
                                                         core::field<&ipv4_prefix_specification_request::ipv4_prefix>>(); }
    friend bool operator==(const ipv4_prefix_specification_request&, const ipv4_prefix_specification_request&) = default;
};

/// An IPv6 prefix delegated to an interface.
struct ipv6_prefix_specification_request : core::model {
    std::optional<std::string> ipv6_prefix;
    core::extra_members extra;

    static constexpr auto fields() { return core::fields<core::pascal_case,
                                                         core::field<&ipv6_prefix_specification_request::ipv6_prefix>>(); }
    friend bool operator==(const ipv6_prefix_specification_request&, const ipv6_prefix_specification_request&) = default;
};

/// ENA Express over UDP.
struct ena_srd_udp_specification_request : core::model {
    std::optional<bool> ena_srd_udp_enabled;
    core::extra_members extra;

    static constexpr auto fields() {
        return core::fields<core::pascal_case,
                            core::field<&ena_srd_udp_specification_request::ena_srd_udp_enabled>>();
    }
    friend bool operator==(const ena_srd_udp_specification_request&, const ena_srd_udp_specification_request&) = default;
};

/// ENA Express.
struct ena_srd_specification_request : core::model {
    std::optional<bool> ena_srd_enabled;
    std::optional<ena_srd_udp_specification_request> ena_srd_udp_specification;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = ena_srd_specification_request;
        return core::fields<core::pascal_case,
                            core::field<&T::ena_srd_enabled>,
                            core::field<&T::ena_srd_udp_specification>>();
    }
    friend bool operator==(const ena_srd_specification_request&, const ena_srd_specification_request&) = default;
};

/// Idle timeouts of tracked connections.
struct connection_tracking_specification_request : core::model {
    std::optional<core::seconds> tcp_established_timeout; ///<  (5 days)
    std::optional<core::seconds> udp_stream_timeout;
    std::optional<core::seconds> udp_timeout;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = connection_tracking_specification_request;
        return core::fields<core::pascal_case,
                            core::field<&T::tcp_established_timeout, core::with{.aws_default = "432000"}>,
                            core::field<&T::udp_stream_timeout, core::with{.aws_default = "180"}>,
                            core::field<&T::udp_timeout, core::with{.aws_default = "30"}>>();
    }
    friend bool operator==(const connection_tracking_specification_request&,
                           const connection_tracking_specification_request&) = default;
};

/// A network interface to create, or an existing one (`network_interface_id`) to attach.
struct instance_network_interface_specification : core::model {
    std::optional<bool> associate_public_ip_address; ///< new eth0 of a lone interface only
    std::optional<bool> delete_on_termination;       ///< @default true for a new interface
    std::optional<std::string> description;
    std::optional<std::int32_t> device_index; ///< 0 is the primary interface
    std::optional<std::vector<security_group_id>> groups;
    std::optional<std::int32_t> ipv6_address_count;
    std::optional<std::vector<instance_ipv6_address>> ipv6_addresses;
    std::optional<ec2::network_interface_id> network_interface_id;
    std::optional<std::string> private_ip_address;
    std::optional<std::vector<private_ip_address_specification>> private_ip_addresses;
    std::optional<std::int32_t> secondary_private_ip_address_count;
    std::optional<ec2::subnet_id> subnet_id;
    std::optional<bool> associate_carrier_ip_address;
    std::optional<std::string> interface_type; ///< interface, efa, efa-only or trunk
    std::optional<std::int32_t> network_card_index;
    std::optional<std::vector<ipv4_prefix_specification_request>> ipv4_prefixes;
    std::optional<std::int32_t> ipv4_prefix_count;
    std::optional<std::vector<ipv6_prefix_specification_request>> ipv6_prefixes;
    std::optional<std::int32_t> ipv6_prefix_count;
    std::optional<bool> primary_ipv6;
    std::optional<ena_srd_specification_request> ena_srd_specification;
    std::optional<connection_tracking_specification_request> connection_tracking_specification;
    std::optional<std::int32_t> ena_queue_count;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = instance_network_interface_specification;
        return core::fields<core::pascal_case,
                            core::field<&T::associate_public_ip_address>,
                            core::field<&T::delete_on_termination>,
                            core::field<&T::description>,
                            core::field<&T::device_index>,
                            core::field<&T::groups>,
                            core::field<&T::ipv6_address_count>,
                            core::field<&T::ipv6_addresses>,
                            core::field<&T::network_interface_id>,
                            core::field<&T::private_ip_address>,
                            core::field<&T::private_ip_addresses>,
                            core::field<&T::secondary_private_ip_address_count>,
                            core::field<&T::subnet_id>,
                            core::field<&T::associate_carrier_ip_address>,
                            core::field<&T::interface_type, core::with{.aws_default = "interface"}>,
                            core::field<&T::network_card_index, core::with{.aws_default = "0"}>,
                            core::field<&T::ipv4_prefixes>,
                            core::field<&T::ipv4_prefix_count>,
                            core::field<&T::ipv6_prefixes>,
                            core::field<&T::ipv6_prefix_count>,
                            core::field<&T::primary_ipv6>,
                            core::field<&T::ena_srd_specification>,
                            core::field<&T::connection_tracking_specification>,
                            core::field<&T::ena_queue_count>>();
    }
    friend bool operator==(const instance_network_interface_specification&,
                           const instance_network_interface_specification&) = default;
};

/// The IAM instance profile whose role the instance's software assumes.
struct iam_instance_profile_specification : core::model {
    std::optional<core::arn> arn;     ///< arn:aws:iam::<account>:instance-profile/<name>
    std::optional<std::string> name;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = iam_instance_profile_specification;
        return core::fields<core::pascal_case,
                            core::field<&T::arn>,
                            core::field<&T::name>>();
    }
    friend bool operator==(const iam_instance_profile_specification&, const iam_instance_profile_specification&) = default;
};

/// RunInstances' input: launches `min_count` to `max_count` instances of one configuration.
struct run_instances_request : core::model {
    std::optional<std::vector<block_device_mapping>> block_device_mappings; ///< @default the AMI's
    std::optional<image_reference> image_id; ///< needed unless the launch template names one
    std::optional<instance_type_name> instance_type;
    std::optional<std::int32_t> ipv6_address_count;
    std::optional<std::vector<instance_ipv6_address>> ipv6_addresses;
    std::optional<ec2::kernel_id> kernel_id;
    std::optional<std::string> key_name; ///< @default no key: no SSH access with a key pair
    std::int32_t max_count = 1;
    std::int32_t min_count = 1;
    std::optional<run_instances_monitoring_enabled> monitoring;
    std::optional<ec2::placement> placement;
    std::optional<ec2::ramdisk_id> ramdisk_id;
    std::optional<std::vector<security_group_id>> security_group_ids; ///< @default the VPC's default group
    std::optional<std::vector<std::string>> security_groups; ///< group names (default VPC)
    std::optional<ec2::subnet_id> subnet_id; ///< @default a default subnet of the default VPC
    std::optional<ec2::user_data> user_data;
    std::optional<std::vector<ec2::elastic_gpu_specification>> elastic_gpu_specification;
    std::optional<std::vector<elastic_inference_accelerator>> elastic_inference_accelerators;
    std::optional<std::vector<tag_specification>> tag_specifications;
    std::optional<launch_template_specification> launch_template;
    std::optional<instance_market_options_request> instance_market_options; ///< @default On-Demand
    std::optional<credit_specification_request> credit_specification; ///< @default standard for T2, unlimited for T3/T3a/T4g
    std::optional<cpu_options_request> cpu_options;
    std::optional<ec2::capacity_reservation_specification> capacity_reservation_specification;
    std::optional<hibernation_options_request> hibernation_options;
    std::optional<std::vector<license_configuration_request>> license_specifications;
    std::optional<instance_metadata_options_request> metadata_options;
    std::optional<enclave_options_request> enclave_options;
    std::optional<private_dns_name_options_request> private_dns_name_options;
    std::optional<instance_maintenance_options_request> maintenance_options;
    std::optional<bool> disable_api_stop;
    std::optional<bool> enable_primary_ipv6;
    std::optional<instance_network_performance_options_request> network_performance_options;
    std::optional<operator_request> operator_;
    std::optional<std::vector<instance_secondary_interface_specification_request>> secondary_interfaces;
    std::optional<bool> dry_run;
    std::optional<bool> disable_api_termination;
    std::optional<core::open_enum<ec2::shutdown_behavior>> instance_initiated_shutdown_behavior;
    std::optional<std::string> private_ip_address;
    std::optional<std::string> client_token; ///< up to 64 ASCII characters; makes the request idempotent
    std::optional<std::string> additional_info;
    std::optional<std::vector<instance_network_interface_specification>> network_interfaces;
    std::optional<iam_instance_profile_specification> iam_instance_profile;
    std::optional<bool> ebs_optimized; ///< @default false, except on types that are EBS-optimized by default
    core::extra_members extra;

    static constexpr auto fields() {
        using T = run_instances_request;
        return core::fields<core::pascal_case,
                            core::field<&T::block_device_mappings>,
                            core::field<&T::image_id>,
                            core::field<&T::instance_type, core::with{.aws_default = "m1.small"}>,
                            core::field<&T::ipv6_address_count>,
                            core::field<&T::ipv6_addresses>,
                            core::field<&T::kernel_id>,
                            core::field<&T::key_name>,
                            core::field<&T::max_count>,
                            core::field<&T::min_count>,
                            core::field<&T::monitoring>,
                            core::field<&T::placement>,
                            core::field<&T::ramdisk_id>,
                            core::field<&T::security_group_ids>,
                            core::field<&T::security_groups>,
                            core::field<&T::subnet_id>,
                            core::field<&T::user_data>,
                            core::field<&T::elastic_gpu_specification, core::with{.cfn = "ElasticGpuSpecifications"}>,
                            core::field<&T::elastic_inference_accelerators>,
                            core::field<&T::tag_specifications>,
                            core::field<&T::launch_template>,
                            core::field<&T::instance_market_options>,
                            core::field<&T::credit_specification>,
                            core::field<&T::cpu_options>,
                            core::field<&T::capacity_reservation_specification>,
                            core::field<&T::hibernation_options>,
                            core::field<&T::license_specifications>,
                            core::field<&T::metadata_options>,
                            core::field<&T::enclave_options>,
                            core::field<&T::private_dns_name_options>,
                            core::field<&T::maintenance_options>,
                            core::field<&T::disable_api_stop>,
                            core::field<&T::enable_primary_ipv6>,
                            core::field<&T::network_performance_options>,
                            core::field<&T::operator_>,
                            core::field<&T::secondary_interfaces>,
                            core::field<&T::dry_run>,
                            core::field<&T::disable_api_termination>,
                            core::field<&T::instance_initiated_shutdown_behavior, core::with{.aws_default = "stop"}>,
                            core::field<&T::private_ip_address>,
                            core::field<&T::client_token>,
                            core::field<&T::additional_info>,
                            core::field<&T::network_interfaces>,
                            core::field<&T::iam_instance_profile>,
                            core::field<&T::ebs_optimized>>();
    }
    friend bool operator==(const run_instances_request&, const run_instances_request&) = default;
};


// --- rules -------------------------------------------------------------------------------
//
// EC2-RI-001..036 as /work/shared/rules.md states them, and the parts of EC2-RI-037 that the
// instance type catalog makes checkable (EBS optimization, the AMI's architecture when the
// image is a known ECS-optimized parameter). Ids this header adds to the catalogue:
//   EC2-RI-038  hibernation: the type supports it, the root volume is encrypted EBS holding RAM
//   EC2-RI-039  IPv6 addresses: the type supports IPv6 and takes that many per interface
//   EC2-RI-040  network interfaces: at most as many as the type takes
//   EC2-RI-041  CpuOptions: at most the type's cores and threads per core
// Rules that need the type are checked only when InstanceType is given and in the catalog.
// EC2-RI-034 (Monitoring.Enabled) is structural: decoding reports the missing member.

/// The ephemeral device a VirtualName names (ephemeral0 .. ephemeral23), or nothing.
constexpr std::optional<int> ephemeral_index(std::string_view v) noexcept {
    if (v.substr(0, 9) != "ephemeral" || v.size() < 10 || v.size() > 11) return std::nullopt;
    int n = 0;
    for (char c : v.substr(9)) {
        if (c < '0' || c > '9') return std::nullopt;
        n = n * 10 + (c - '0');
    }
    if (v.size() == 11 && v[9] == '0') return std::nullopt;
    return n <= 23 ? std::optional<int>(n) : std::nullopt;
}

/// Whether a device name is one EC2 accepts in a block device mapping (EC2-RI-015): /dev/sd[a-z],
/// /dev/xvd[a-z] or /dev/hd[a-z], optionally a second letter (xvdba) and a partition number
/// (/dev/sda1), or the Windows form xvd[a-z] without /dev/.
constexpr bool valid_device_name(std::string_view d) noexcept {
    std::string_view rest;
    if (d.substr(0, 5) == "/dev/") {
        d.remove_prefix(5);
        if (d.substr(0, 3) == "xvd")
            rest = d.substr(3);
        else if (d.substr(0, 2) == "sd" || d.substr(0, 2) == "hd")
            rest = d.substr(2);
        else
            return false;
    } else if (d.substr(0, 3) == "xvd") {
        rest = d.substr(3);
        if (rest.size() < 1 || rest.size() > 2) return false;
    } else {
        return false;
    }
    std::size_t letters = 0;
    while (letters < rest.size() && rest[letters] >= 'a' && rest[letters] <= 'z') ++letters;
    if (letters < 1 || letters > 2) return false;
    std::string_view digits = rest.substr(letters);
    if (digits.size() > 2 || (!digits.empty() && digits[0] == '0')) return false;
    for (char c : digits)
        if (c < '0' || c > '9') return false;
    return true;
}

/// The device names AMIs use for their root volume: Amazon Linux (/dev/xvda) and most others
/// and Windows (/dev/sda1). A mapping of one of them configures the root volume.
constexpr bool is_root_device_name(std::string_view d) noexcept { return d == "/dev/xvda" || d == "/dev/sda1"; }

namespace detail {

inline bool is_ascii(std::string_view s) noexcept {
    for (unsigned char c : s)
        if (c >= 0x80) return false;
    return true;
}

inline std::string_view type_name(const run_instances_request& r) noexcept {
    return r.instance_type ? r.instance_type->view() : std::string_view{};
}

inline void check_counts(const run_instances_request& r, core::checker_like auto& c) {
    using R = run_instances_request;
    using core::cat;
    if (r.min_count < 1)
        c.error("EC2-RI-001", core::member<&R::min_count>,
                cat("MinCount is ", r.min_count, "; launch at least 1 instance"));
    if (r.max_count < 1)
        c.error("EC2-RI-001", core::member<&R::max_count>,
                cat("MaxCount is ", r.max_count, "; launch at least 1 instance"));
    if (r.min_count > r.max_count)
        c.error("EC2-RI-002", core::member<&R::min_count>,
                cat("MinCount ", r.min_count, " exceeds MaxCount ", r.max_count, ": raise MaxCount or lower MinCount"));
}

inline void check_image_and_key(const run_instances_request& r, const instance_type_info* type, core::checker_like auto& c) {
    using R = run_instances_request;
    using core::cat;
    if (!r.image_id && !r.launch_template)
        c.error("EC2-RI-003", core::member<&R::image_id>,
                "the request needs an ImageId (or a LaunchTemplate that names one)");
    if (r.image_id && type) {
        if (auto p = ssm_parameter(*r.image_id)) {
            if (const ecs_ami_variant* v = find_ecs_optimized_ami(*p); v && !type->supports(v->arch))
                c.error("EC2-RI-037", core::member<&R::image_id>,
                        cat("the image is the ", core::to_wire(v->arch), " ECS-optimized AMI, but ", type_name(r),
                            " does not run ", core::to_wire(v->arch), ": pick the AMI parameter of the type's architecture"));
        }
    }
    if (r.key_name) {
        const std::string& k = *r.key_name;
        if (k.empty() || k.size() > 255 || !is_ascii(k))
            c.error("EC2-RI-005", core::member<&R::key_name>,
                    cat("a key pair name is 1-255 ASCII characters; \"", k, "\" has ", k.size(), " bytes",
                        is_ascii(k) ? "" : " and non-ASCII characters"));
        else if (k.front() == ' ' || k.back() == ' ')
            c.error("EC2-RI-005", core::member<&R::key_name>,
                    cat("the key pair name \"", k, "\" starts or ends with a space, which EC2 does not allow"));
    }
}

inline void check_network_placement(const run_instances_request& r, core::checker_like auto& c) {
    using R = run_instances_request;
    using core::cat;
    bool interfaces = r.network_interfaces && !r.network_interfaces->empty();
    if (interfaces && r.subnet_id)
        c.error("EC2-RI-006", core::member<&R::subnet_id>,
                "SubnetId cannot be combined with NetworkInterfaces: give the subnet on the interface");
    if (interfaces && r.security_group_ids)
        c.error("EC2-RI-007", core::member<&R::security_group_ids>,
                "SecurityGroupIds cannot be combined with NetworkInterfaces: give the groups in NetworkInterfaces[].Groups");
    if (r.security_groups) {
        if (interfaces)
            c.error("EC2-RI-008", core::member<&R::security_groups>,
                    "SecurityGroups cannot be combined with NetworkInterfaces: give group ids in NetworkInterfaces[].Groups");
        for (std::size_t i = 0; i < r.security_groups->size(); ++i) {
            const std::string& g = (*r.security_groups)[i];
            if (g.empty() || g.size() > 255)
                c.error("EC2-RI-008", core::pointer(core::member<&R::security_groups>, i),
                        cat("a security group name is 1-255 characters; got ", g.size()));
            else if (g.substr(0, 3) == "sg-")
                c.error("EC2-RI-008", core::pointer(core::member<&R::security_groups>, i),
                        cat("SecurityGroups takes group names; \"", g, "\" is a group id: put it in SecurityGroupIds"));
        }
    }
}

inline void check_iam_profile(const iam_instance_profile_specification& p, core::checker_like auto& c) {
    using R = run_instances_request;
    using P = iam_instance_profile_specification;
    using core::cat;
    if (!p.arn && !p.name) {
        c.error("EC2-RI-010", core::member<&R::iam_instance_profile>,
                "IamInstanceProfile needs the profile's Arn or Name");
        return;
    }
    if (p.arn) {
        auto a = core::parts(*p.arn);
        if (a && !iam::is_instance_profile_arn(*a))
            c.error("EC2-RI-010", core::pointer(core::member<&R::iam_instance_profile>, core::member<&P::arn>),
                    cat("\"", p.arn->view(), "\" is not an instance profile ARN (", iam::instance_profile_arn_form, ")",
                        a->resource.substr(0, 5) == "role/" ? "; it names a role: give the instance profile that contains the role" : ""));
    }
}

inline void check_tag_types_once(const run_instances_request& r, core::checker_like auto& c) {
    using R = run_instances_request;
    using T = tag_specification;
    if (!r.tag_specifications) return;
    std::set<std::string_view> seen;
    for (std::size_t i = 0; i < r.tag_specifications->size(); ++i) {
        const auto& t = (*r.tag_specifications)[i].resource_type;
        if (t && !seen.insert(t->wire_view()).second)
            c.error("EC2-RI-012",
                    core::pointer(core::member<&R::tag_specifications>, i, core::member<&T::resource_type>),
                    core::cat("\"", t->wire_view(), "\" is tagged by an earlier specification; merge the tags into one per resource type"));
    }
}

inline void check_block_devices(const run_instances_request& r, const instance_type_info* type, core::checker_like auto& c) {
    using R = run_instances_request;
    using B = block_device_mapping;
    using E = ebs_block_device;
    using core::cat;
    if (!r.block_device_mappings) return;
    for (std::size_t i = 0; i < r.block_device_mappings->size(); ++i) {
        const block_device_mapping& m = (*r.block_device_mappings)[i];
        std::string at = core::pointer(core::member<&R::block_device_mappings>, i);
        if (!m.device_name)
            c.error("EC2-RI-014", core::pointer(at, core::member<&B::device_name>),
                    "a block device mapping needs a DeviceName (e.g. /dev/sdh)");
        else if (!valid_device_name(*m.device_name))
            c.error("EC2-RI-015", core::pointer(at, core::member<&B::device_name>),
                    cat("\"", *m.device_name, "\" is not a device name EC2 accepts: use /dev/sd[b-z], /dev/xvd[b-z] "
                                              "(or xvd[b-z] on Windows); the root device is usually /dev/xvda or /dev/sda1"));
        int kinds = m.ebs.has_value() + m.virtual_name.has_value() + m.no_device.has_value();
        if (kinds != 1)
            c.error("EC2-RI-014", at,
                    kinds == 0 ? "a block device mapping needs one of Ebs, VirtualName (instance store) or NoDevice"
                               : "give only one of Ebs, VirtualName and NoDevice in a block device mapping");
        if (m.no_device && !m.no_device->empty())
            c.error("EC2-RI-014", core::pointer(at, core::member<&B::no_device>),
                    cat("NoDevice is the empty string on the wire (it suppresses the AMI's mapping); got \"", *m.no_device, "\""));
        if (m.virtual_name) {
            auto n = ephemeral_index(*m.virtual_name);
            if (!n)
                c.error("EC2-RI-016", core::pointer(at, core::member<&B::virtual_name>),
                        cat("\"", *m.virtual_name, "\" is not an instance store volume: use ephemeral0 to ephemeral23"));
            else if (type && *n >= type->instance_store_disks)
                c.error("EC2-RI-016", core::pointer(at, core::member<&B::virtual_name>),
                        type->instance_store_disks == 0
                            ? cat(type_name(r), " has no instance store volumes; remove the ", *m.virtual_name, " mapping")
                            : cat(type_name(r), " has ", type->instance_store_disks, " instance store volume",
                                  type->instance_store_disks == 1 ? "" : "s", " (ephemeral0 to ephemeral",
                                  type->instance_store_disks - 1, "); there is no ", *m.virtual_name));
        }
        if (m.ebs && m.ebs->volume_type && !m.ebs->volume_type->is_known())
            c.error("EC2-RI-023", core::pointer(at, core::member<&B::ebs>, core::member<&E::volume_type>),
                    cat("\"", m.ebs->volume_type->wire_view(), "\" is not an EBS volume type; use ",
                        core::allowed_values<volume_type>(), " (lower case)"));
    }
}

inline void check_interfaces(const run_instances_request& r, const instance_type_info* type, core::checker_like auto& c) {
    using R = run_instances_request;
    using N = instance_network_interface_specification;
    using core::cat;
    if (!r.network_interfaces || r.network_interfaces->empty()) return;
    const auto& nis = *r.network_interfaces;
    std::set<std::pair<std::int32_t, std::int32_t>> slots;
    bool primary = false;
    for (std::size_t i = 0; i < nis.size(); ++i) {
        const instance_network_interface_specification& n = nis[i];
        std::string at = core::pointer(core::member<&R::network_interfaces>, i);
        std::int32_t card = n.network_card_index.value_or(0);
        if (!n.device_index)
            c.error("EC2-RI-024", core::pointer(at, core::member<&N::device_index>),
                    "each network interface needs a DeviceIndex (0 is the primary interface)");
        else if (*n.device_index < 0)
            c.error("EC2-RI-024", core::pointer(at, core::member<&N::device_index>),
                    cat("DeviceIndex is ", *n.device_index, "; it starts at 0"));
        else if (!slots.insert({card, *n.device_index}).second)
            c.error("EC2-RI-024", core::pointer(at, core::member<&N::device_index>),
                    cat("DeviceIndex ", *n.device_index, " is used twice on network card ", card, "; each interface needs its own"));
        else if (*n.device_index == 0 && card == 0)
            primary = true;

        if (n.network_interface_id) {
            auto excluded = [&](bool present, core::member_token member) {
                if (present)
                    c.error("EC2-RI-025", core::pointer(at, member),
                            cat(member.name, " applies to an interface EC2 creates; this one attaches the existing ",
                                n.network_interface_id->view(), ": set it on that interface instead"));
            };
            excluded(n.associate_public_ip_address.has_value(), core::member<&N::associate_public_ip_address>);
            excluded(n.associate_carrier_ip_address.has_value(), core::member<&N::associate_carrier_ip_address>);
            excluded(n.subnet_id.has_value(), core::member<&N::subnet_id>);
            excluded(n.groups.has_value(), core::member<&N::groups>);
            excluded(n.description.has_value(), core::member<&N::description>);
            excluded(n.private_ip_address.has_value(), core::member<&N::private_ip_address>);
            excluded(n.private_ip_addresses.has_value(), core::member<&N::private_ip_addresses>);
            excluded(n.delete_on_termination.value_or(false), core::member<&N::delete_on_termination>);
        }
        if (n.associate_public_ip_address.value_or(false) && !n.network_interface_id) {
            if (n.device_index.value_or(-1) != 0)
                c.error("EC2-RI-026", core::pointer(at, core::member<&N::associate_public_ip_address>),
                        "a public IPv4 address can be requested only for the primary interface (DeviceIndex 0)");
            else if (nis.size() != 1)
                c.error("EC2-RI-026", core::pointer(at, core::member<&N::associate_public_ip_address>),
                        cat("a public IPv4 address can be requested only when the launch has one network interface; it has ",
                            nis.size(), ": allocate an Elastic IP address after launch instead"));
        }

        // EC2-RI-027: one primary private address per interface.
        if (n.private_ip_addresses) {
            constexpr core::member_token primary_member = core::member<&private_ip_address_specification::primary>;
            bool has_primary = false;
            bool explicit_secondary = false;
            for (std::size_t j = 0; j < n.private_ip_addresses->size(); ++j) {
                const auto& a = (*n.private_ip_addresses)[j];
                if (!a.primary.value_or(false)) {
                    explicit_secondary = true;
                    continue;
                }
                if (has_primary)
                    c.error("EC2-RI-027", core::pointer(at, core::member<&N::private_ip_addresses>, j, primary_member),
                            "an interface has one primary private IPv4 address; an earlier entry is already primary");
                else if (n.private_ip_address && a.private_ip_address != n.private_ip_address)
                    c.error("EC2-RI-027", core::pointer(at, core::member<&N::private_ip_addresses>, j, primary_member),
                            cat("PrivateIpAddress already makes ", *n.private_ip_address,
                                " the primary address; this entry names another"));
                has_primary = true;
            }
            if (explicit_secondary && n.secondary_private_ip_address_count)
                c.error("EC2-RI-027", core::pointer(at, core::member<&N::secondary_private_ip_address_count>),
                        "give secondary private addresses either as a count or listed in PrivateIpAddresses, not both");
        }
        if ((n.private_ip_address || n.private_ip_addresses) && r.max_count > 1)
            c.error("EC2-RI-027",
                    core::pointer(at, n.private_ip_address ? core::member<&N::private_ip_address>
                                                           : core::member<&N::private_ip_addresses>),
                    cat("an explicit private address can go to one instance only; MaxCount is ", r.max_count));

        if (n.ipv6_address_count && n.ipv6_addresses)
            c.error("EC2-RI-028", core::pointer(at, core::member<&N::ipv6_addresses>),
                    "give IPv6 addresses either as Ipv6AddressCount or listed, not both");
        if (n.ipv6_address_count && *n.ipv6_address_count < 0)
            c.error("EC2-RI-028", core::pointer(at, core::member<&N::ipv6_address_count>),
                    cat("Ipv6AddressCount is ", *n.ipv6_address_count, "; it cannot be negative"));
        if (n.ipv6_addresses && r.max_count > 1)
            c.error("EC2-RI-028", core::pointer(at, core::member<&N::ipv6_addresses>),
                    cat("explicit IPv6 addresses can go to one instance only; MaxCount is ", r.max_count));

        if (type) {
            std::int64_t v6 = n.ipv6_addresses ? std::int64_t(n.ipv6_addresses->size()) : n.ipv6_address_count.value_or(0);
            std::string member = core::pointer(at, n.ipv6_addresses ? core::member<&N::ipv6_addresses>
                                                                    : core::member<&N::ipv6_address_count>);
            if (v6 > 0 && !type->ipv6_supported)
                c.error("EC2-RI-039", member, cat(type_name(r), " does not support IPv6; remove the IPv6 addresses or pick a current type"));
            else if (v6 > type->ipv6_per_interface)
                c.error("EC2-RI-039", member,
                        cat(v6, " IPv6 addresses on one interface; ", type_name(r), " takes at most ", type->ipv6_per_interface));
        }
    }
    if (!primary)
        c.error("EC2-RI-024", core::member<&R::network_interfaces>,
                "one interface must be the primary interface: DeviceIndex 0 on network card 0");
    if (type && std::int64_t(nis.size()) > type->max_network_interfaces)
        c.error("EC2-RI-040", core::member<&R::network_interfaces>,
                cat(nis.size(), " network interfaces; ", type_name(r), " takes at most ", type->max_network_interfaces));
}

inline void check_addresses(const run_instances_request& r, const instance_type_info* type, core::checker_like auto& c) {
    using R = run_instances_request;
    using core::cat;
    bool interfaces = r.network_interfaces && !r.network_interfaces->empty();
    if (r.private_ip_address) {
        if (interfaces)
            c.error("EC2-RI-027", core::member<&R::private_ip_address>,
                    "PrivateIpAddress cannot be combined with NetworkInterfaces: set it on the primary interface");
        else if (r.max_count > 1)
            c.error("EC2-RI-027", core::member<&R::private_ip_address>,
                    cat("PrivateIpAddress can go to one instance only; MaxCount is ", r.max_count));
    }
    if (r.ipv6_address_count && r.ipv6_addresses)
        c.error("EC2-RI-028", core::member<&R::ipv6_addresses>,
                "give IPv6 addresses either as Ipv6AddressCount or listed, not both");
    if (r.ipv6_address_count && *r.ipv6_address_count < 0)
        c.error("EC2-RI-028", core::member<&R::ipv6_address_count>,
                cat("Ipv6AddressCount is ", *r.ipv6_address_count, "; it cannot be negative"));
    if (interfaces && (r.ipv6_address_count || r.ipv6_addresses))
        c.error("EC2-RI-028",
                r.ipv6_addresses ? core::member<&R::ipv6_addresses> : core::member<&R::ipv6_address_count>,
                "IPv6 addresses cannot be given with NetworkInterfaces: set them on the interface");
    if (r.ipv6_addresses && r.max_count > 1)
        c.error("EC2-RI-028", core::member<&R::ipv6_addresses>,
                cat("explicit IPv6 addresses can go to one instance only; MaxCount is ", r.max_count));
    if (type && !interfaces) {
        std::int64_t v6 = r.ipv6_addresses ? std::int64_t(r.ipv6_addresses->size()) : r.ipv6_address_count.value_or(0);
        core::member_token member =
            r.ipv6_addresses ? core::member<&R::ipv6_addresses> : core::member<&R::ipv6_address_count>;
        if (v6 > 0 && !type->ipv6_supported)
            c.error("EC2-RI-039", member, cat(type_name(r), " does not support IPv6; remove the IPv6 addresses or pick a current type"));
        else if (v6 > type->ipv6_per_interface)
            c.error("EC2-RI-039", member, cat(v6, " IPv6 addresses; ", type_name(r), " takes at most ", type->ipv6_per_interface,
                                              " per interface"));
    }
}

inline void check_metadata(const instance_metadata_options_request& m, core::checker_like auto& c) {
    using R = run_instances_request;
    if (m.http_put_response_hop_limit && (*m.http_put_response_hop_limit < 1 || *m.http_put_response_hop_limit > 64))
        c.error("EC2-RI-029",
                core::pointer(core::member<&R::metadata_options>,
                              core::member<&instance_metadata_options_request::http_put_response_hop_limit>),
                core::cat("the hop limit is 1-64; got ", *m.http_put_response_hop_limit,
                          " (2 lets containers on bridge networks reach IMDSv2)"));
}

inline void check_placement(const ec2::placement& p, core::checker_like auto& c) {
    using R = run_instances_request;
    using P = ec2::placement;
    if (p.availability_zone && p.availability_zone_id)
        c.error("EC2-RI-030", core::pointer(core::member<&R::placement>, core::member<&P::availability_zone_id>),
                "give AvailabilityZone or AvailabilityZoneId, not both");
    if (p.group_name && p.group_id)
        c.error("EC2-RI-030", core::pointer(core::member<&R::placement>, core::member<&P::group_id>),
                "give the placement group's GroupName or GroupId, not both");
    if (p.partition_number && !p.group_name && !p.group_id)
        c.error("EC2-RI-030", core::pointer(core::member<&R::placement>, core::member<&P::partition_number>),
                "PartitionNumber applies to a partition placement group: give its GroupName or GroupId");
    bool host = p.tenancy && *p.tenancy == ec2::tenancy::host;
    if (p.host_resource_group_arn && p.tenancy && !host)
        c.error("EC2-RI-030", core::pointer(core::member<&R::placement>, core::member<&P::host_resource_group_arn>),
                core::cat("a host resource group needs Tenancy \"host\" (or no Tenancy); got \"", p.tenancy->wire_view(), "\""));
}

inline void check_credits(const run_instances_request& r, const instance_type_info* type, core::checker_like auto& c) {
    using R = run_instances_request;
    using C = credit_specification_request;
    if (!r.credit_specification) return;
    if (type && !type->burstable) {
        c.error("EC2-RI-031", core::member<&R::credit_specification>,
                core::cat(type_name(r), " is not a burstable performance type; CPU credits apply to T2, T3, T3a and T4g only"));
        return;
    }
    bool t3 = type_name(r).substr(0, 2) == "t3";
    bool host = r.placement && r.placement->tenancy && *r.placement->tenancy == ec2::tenancy::host;
    if (t3 && host && r.credit_specification->cpu_credits == cpu_credits::unlimited)
        c.error("EC2-RI-031", core::pointer(core::member<&R::credit_specification>, core::member<&C::cpu_credits>),
                "T3 instances on a Dedicated Host take only \"standard\" CPU credits");
}

// A decimal number of US dollars, e.g. "0.05".
inline std::optional<double> parse_price(std::string_view s) noexcept {
    if (s.empty()) return std::nullopt;
    double v = 0, scale = 0;
    bool digits = false;
    for (char ch : s) {
        if (ch == '.') {
            if (scale) return std::nullopt;
            scale = 1;
        } else if (ch >= '0' && ch <= '9') {
            digits = true;
            if (scale) {
                scale /= 10;
                v += (ch - '0') * scale;
            } else {
                v = v * 10 + (ch - '0');
            }
        } else {
            return std::nullopt;
        }
    }
    return digits ? std::optional<double>(v) : std::nullopt;
}

inline void check_market(const run_instances_request& r, core::checker_like auto& c) {
    using R = run_instances_request;
    using M = instance_market_options_request;
    using S = spot_market_options;
    using core::cat;
    bool hibernation = r.hibernation_options && r.hibernation_options->configured.value_or(false);
    if (!r.instance_market_options) return;
    const auto& m = *r.instance_market_options;
    bool spot = m.market_type && *m.market_type == market_type::spot;
    if (!m.spot_options) return;
    const std::string at = core::pointer(core::member<&R::instance_market_options>, core::member<&M::spot_options>);
    if (!spot)
        c.error("EC2-RI-032", at,
                m.market_type ? cat("SpotOptions apply to MarketType \"spot\", not \"", m.market_type->wire_view(), "\"")
                              : std::string("SpotOptions need MarketType \"spot\""));
    const spot_market_options& s = *m.spot_options;
    bool persistent = s.spot_instance_type && *s.spot_instance_type == spot_instance_type::persistent;
    auto behaviour = s.instance_interruption_behavior ? s.instance_interruption_behavior->known() : std::nullopt;
    bool unknown_behaviour = s.instance_interruption_behavior && !behaviour; // reported as an enumeration value
    if (persistent && !unknown_behaviour && (!behaviour || *behaviour == instance_interruption_behavior::terminate))
        c.error("EC2-RI-032", core::pointer(at, core::member<&S::instance_interruption_behavior>),
                hibernation ? "a persistent Spot request of a hibernation-enabled instance needs InstanceInterruptionBehavior \"hibernate\""
                            : "a persistent Spot request through RunInstances needs InstanceInterruptionBehavior \"stop\" or \"hibernate\"");
    if (!persistent && behaviour && *behaviour != instance_interruption_behavior::terminate)
        c.error("EC2-RI-032", core::pointer(at, core::member<&S::instance_interruption_behavior>),
                cat("\"", core::to_wire(*behaviour), "\" needs SpotInstanceType \"persistent\""));
    if (s.valid_until && !persistent)
        c.error("EC2-RI-032", core::pointer(at, core::member<&S::valid_until>),
                "ValidUntil applies to persistent Spot requests only");
    if (s.max_price) {
        auto p = parse_price(*s.max_price);
        if (!p || *p <= 0.001)
            c.error("EC2-RI-032", core::pointer(at, core::member<&S::max_price>),
                    cat("MaxPrice is a decimal number of US dollars per hour above 0.001 (e.g. \"0.05\"); got \"", *s.max_price, "\""));
    }
    if (hibernation && behaviour && *behaviour != instance_interruption_behavior::hibernate)
        c.error("EC2-RI-032", core::pointer(at, core::member<&S::instance_interruption_behavior>),
                cat("hibernation is configured, so a Spot interruption hibernates the instance; set \"hibernate\", not \"",
                    core::to_wire(*behaviour), "\""));
}

inline void check_client_token_and_template(const run_instances_request& r, core::checker_like auto& c) {
    using R = run_instances_request;
    using L = launch_template_specification;
    using core::cat;
    if (r.client_token && (r.client_token->size() > 64 || !is_ascii(*r.client_token)))
        c.error("EC2-RI-035", core::member<&R::client_token>,
                cat("ClientToken is at most 64 ASCII characters; this one has ", r.client_token->size(), " bytes",
                    is_ascii(*r.client_token) ? "" : " and non-ASCII characters"));
    if (!r.launch_template) return;
    const auto& t = *r.launch_template;
    if (t.launch_template_id.has_value() == t.launch_template_name.has_value())
        c.error("EC2-RI-036", core::member<&R::launch_template>,
                t.launch_template_id ? "give LaunchTemplateId or LaunchTemplateName, not both"
                                     : "name the launch template by LaunchTemplateId or LaunchTemplateName");
    if (t.version) {
        const std::string& v = *t.version;
        bool number = !v.empty() && v[0] != '0' && v.size() <= 18 &&
                      std::all_of(v.begin(), v.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
        if (!number && v != "$Latest" && v != "$Default")
            c.error("EC2-RI-036", core::pointer(core::member<&R::launch_template>, core::member<&L::version>),
                    cat("a launch template version is a number from 1, $Latest or $Default; got \"", v, "\""));
    }
}

inline void check_type_capabilities(const run_instances_request& r, const instance_type_info* type, core::checker_like auto& c) {
    using R = run_instances_request;
    using H = hibernation_options_request;
    using B = block_device_mapping;
    using E = ebs_block_device;
    using O = cpu_options_request;
    using core::cat;
    if (!type) return;
    if (r.ebs_optimized) {
        if (*r.ebs_optimized && type->ebs_optimized == ebs_optimized_support::unsupported)
            c.error("EC2-RI-037", core::member<&R::ebs_optimized>,
                    cat(type_name(r), " cannot be EBS-optimized; remove EbsOptimized or pick another type"));
        else if (!*r.ebs_optimized && type->ebs_optimized == ebs_optimized_support::default_)
            c.warning("EC2-RI-037", core::member<&R::ebs_optimized>,
                      cat(type_name(r), " is always EBS-optimized; \"EbsOptimized\": false has no effect"));
    }
    if (r.hibernation_options && r.hibernation_options->configured.value_or(false)) {
        if (!type->hibernation_supported)
            c.error("EC2-RI-038", core::pointer(core::member<&R::hibernation_options>, core::member<&H::configured>),
                    cat(type_name(r), " does not support hibernation"));
        if (r.block_device_mappings) {
            for (std::size_t i = 0; i < r.block_device_mappings->size(); ++i) {
                const block_device_mapping& m = (*r.block_device_mappings)[i];
                if (!m.device_name || !is_root_device_name(*m.device_name)) continue;
                std::string at = core::pointer(core::member<&R::block_device_mappings>, i);
                if (!m.ebs) {
                    c.error("EC2-RI-038", at, "a hibernating instance needs an EBS root volume");
                    continue;
                }
                if (!m.ebs->encrypted.value_or(false))
                    c.error("EC2-RI-038", core::pointer(at, core::member<&B::ebs>, core::member<&E::encrypted>),
                            "hibernation writes RAM to the root volume, which must be encrypted: set \"Encrypted\": true");
                if (m.ebs->volume_size && std::int64_t(m.ebs->volume_size->count()) * 1024 <= type->memory_mib)
                    c.error("EC2-RI-038", core::pointer(at, core::member<&B::ebs>, core::member<&E::volume_size>),
                            cat("the root volume (", m.ebs->volume_size->count(), " GiB) must hold the RAM of ", type_name(r),
                                " (", type->memory_mib, " MiB) and the operating system; make it at least ",
                                type->memory_mib / 1024 + 2, " GiB"));
            }
        }
    }
    if (r.cpu_options) {
        if (r.cpu_options->core_count && *r.cpu_options->core_count > type->default_cores)
            c.error("EC2-RI-041", core::pointer(core::member<&R::cpu_options>, core::member<&O::core_count>),
                    cat(type_name(r), " has ", type->default_cores, " cores; CoreCount is ", *r.cpu_options->core_count));
        if (r.cpu_options->threads_per_core && *r.cpu_options->threads_per_core > type->default_threads_per_core)
            c.error("EC2-RI-041", core::pointer(core::member<&R::cpu_options>, core::member<&O::threads_per_core>),
                    cat(type_name(r), " runs ", type->default_threads_per_core, " thread",
                        type->default_threads_per_core == 1 ? "" : "s", " per core; ThreadsPerCore is ",
                        *r.cpu_options->threads_per_core));
    }
}

} // namespace detail

/// EC2-RI-001..041 (see the list above); the EBS limits of block devices (EC2-RI-017..022) come
/// from `ebs_block_device`, enumerations and ids from their member types.
inline void validate_rules(const run_instances_request& r, core::checker_like auto& c) {
    const instance_type_info* type = r.instance_type ? r.instance_type->info() : nullptr;
    detail::check_counts(r, c);
    detail::check_image_and_key(r, type, c);
    detail::check_network_placement(r, c);
    if (r.iam_instance_profile) detail::check_iam_profile(*r.iam_instance_profile, c);
    check_tag_specifications(r.tag_specifications, c, core::member<&run_instances_request::tag_specifications>,
                             {resource_type::instance, resource_type::volume, resource_type::spot_instances_request,
                              resource_type::network_interface},
                             "EC2-RI-011");
    detail::check_tag_types_once(r, c);
    detail::check_block_devices(r, type, c);
    detail::check_interfaces(r, type, c);
    detail::check_addresses(r, type, c);
    if (r.metadata_options) detail::check_metadata(*r.metadata_options, c);
    if (r.placement) detail::check_placement(*r.placement, c);
    detail::check_credits(r, type, c);
    detail::check_market(r, c);
    detail::check_client_token_and_template(r, c);
    detail::check_type_capabilities(r, type, c);
}

} // namespace awsmodel::ec2

// The codecs of the shapes awsmodel/shapes.hpp lists for this header, extern with separate compilation.
AWSMODEL_EXTERN_CODECS(AWSMODEL_SHAPES_EC2_RUN_INSTANCES);

#endif
