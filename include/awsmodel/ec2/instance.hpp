// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_EC2_INSTANCE_HPP
#define AWSMODEL_EC2_INSTANCE_HPP

/// EC2 instances as DescribeInstances and RunInstances describe them: the Instance, the
/// Reservation that launched it, and DescribeInstances' result.
/// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Instance.html

#include <awsmodel/core/codec_fwd.hpp>
#include <awsmodel/shapes.hpp>
#include <awsmodel/core/arn.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/quantity.hpp>
#include <awsmodel/ec2/ami.hpp>
#include <awsmodel/ec2/ebs_volume.hpp>
#include <awsmodel/ec2/instance_type.hpp>
#include <awsmodel/ec2/run_instances.hpp>
#include <awsmodel/ec2/tag.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::ec2 {

/// botocore ec2 `HypervisorType`.
enum class hypervisor_type { ovm, xen };
constexpr auto wire_names(hypervisor_type) noexcept { return std::to_array<std::string_view>({"ovm", "xen"}); }
/// botocore ec2 `InstanceLifecycleType`.
enum class instance_lifecycle_type { spot, scheduled, capacity_block, interruptible_capacity_reservation };
constexpr auto wire_names(instance_lifecycle_type) noexcept {
    return std::to_array<std::string_view>({"spot", "scheduled", "capacity-block", "interruptible-capacity-reservation"});
}
/// botocore ec2 `DeviceType`.
enum class device_type { ebs, instance_store };
constexpr auto wire_names(device_type) noexcept { return std::to_array<std::string_view>({"ebs", "instance-store"}); }
/// botocore ec2 `VirtualizationType`.
enum class virtualization_type { hvm, paravirtual };
constexpr auto wire_names(virtualization_type) noexcept { return std::to_array<std::string_view>({"hvm", "paravirtual"}); }
/// botocore ec2 `BootModeValues`.
enum class boot_mode_values { legacy_bios, uefi, uefi_preferred };
constexpr auto wire_names(boot_mode_values) noexcept {
    return std::to_array<std::string_view>({"legacy-bios", "uefi", "uefi-preferred"});
}
/// botocore ec2 `InstanceBootModeValues`.
enum class instance_boot_mode_values { legacy_bios, uefi };
constexpr auto wire_names(instance_boot_mode_values) noexcept { return std::to_array<std::string_view>({"legacy-bios", "uefi"}); }
/// botocore ec2 `AttachmentStatus`.
enum class attachment_status { attaching, attached, detaching, detached };
constexpr auto wire_names(attachment_status) noexcept {
    return std::to_array<std::string_view>({"attaching", "attached", "detaching", "detached"});
}
/// botocore ec2 `NetworkInterfaceStatus`.
enum class network_interface_status { available, associated, attaching, in_use, detaching };
constexpr auto wire_names(network_interface_status) noexcept {
    return std::to_array<std::string_view>({"available", "associated", "attaching", "in-use", "detaching"});
}
/// botocore ec2 `SecondaryInterfaceStatus`.
enum class secondary_interface_status { available, in_use };
constexpr auto wire_names(secondary_interface_status) noexcept { return std::to_array<std::string_view>({"available", "in-use"}); }
/// botocore ec2 `InstanceStateName`.
enum class instance_state_name { pending, running, shutting_down, terminated, stopping, stopped };
constexpr auto wire_names(instance_state_name) noexcept {
    return std::to_array<std::string_view>({"pending", "running", "shutting-down", "terminated", "stopping", "stopped"});
}
/// botocore ec2 `ProductCodeValues`.
enum class product_code_values { devpay, marketplace };
constexpr auto wire_names(product_code_values) noexcept { return std::to_array<std::string_view>({"devpay", "marketplace"}); }
/// botocore ec2 `PlatformValues`. The model spells it "Windows"; the service sends "windows",
/// so both are known.
enum class platform_values { windows, windows_as_modelled };
constexpr auto wire_names(platform_values) noexcept { return std::to_array<std::string_view>({"windows", "Windows"}); }
/// botocore ec2 `MonitoringState`.
enum class monitoring_state { disabled, disabling, enabled, pending };
constexpr auto wire_names(monitoring_state) noexcept {
    return std::to_array<std::string_view>({"disabled", "disabling", "enabled", "pending"});
}
/// botocore ec2 `InstanceMetadataOptionsState`.
enum class instance_metadata_options_state { pending, applied };
constexpr auto wire_names(instance_metadata_options_state) noexcept { return std::to_array<std::string_view>({"pending", "applied"}); }
/// botocore ec2 `InstanceRebootMigrationState`.
enum class instance_reboot_migration_state { disabled, default_ };
constexpr auto wire_names(instance_reboot_migration_state) noexcept { return std::to_array<std::string_view>({"disabled", "default"}); }

/// The EBS volume behind a block device of a running instance.
struct ebs_instance_block_device : core::model {
    std::optional<timestamp> attach_time;
    std::optional<bool> delete_on_termination;
    std::optional<core::open_enum<attachment_status>> status;
    std::optional<ec2::volume_id> volume_id;
    std::optional<core::arn> associated_resource;
    std::optional<std::string> volume_owner_id;
    std::optional<operator_response> operator_;
    std::optional<std::int32_t> ebs_card_index;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = ebs_instance_block_device;
        return core::fields<core::pascal_case,
                            core::field<&T::attach_time>,
                            core::field<&T::delete_on_termination>,
                            core::field<&T::status>,
                            core::field<&T::volume_id>,
                            core::field<&T::associated_resource>,
                            core::field<&T::volume_owner_id>,
                            core::field<&T::operator_>,
                            core::field<&T::ebs_card_index>>();
    }
    friend bool operator==(const ebs_instance_block_device&, const ebs_instance_block_device&) = default;
};

/// A block device of a running instance.
struct instance_block_device_mapping : core::model {
    std::optional<std::string> device_name;
    std::optional<ebs_instance_block_device> ebs;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = instance_block_device_mapping;
        return core::fields<core::pascal_case,
                            core::field<&T::device_name>,
                            core::field<&T::ebs>>();
    }
    friend bool operator==(const instance_block_device_mapping&, const instance_block_device_mapping&) = default;
};

/// The instance profile an instance runs with.
struct iam_instance_profile : core::model {
    std::optional<core::arn> arn;
    std::optional<std::string> id;
    core::extra_members extra;

    static constexpr auto fields() {
        return core::fields<core::pascal_case,
                            core::field<&iam_instance_profile::arn>,
                            core::field<&iam_instance_profile::id>>();
    }
    friend bool operator==(const iam_instance_profile&, const iam_instance_profile&) = default;
};

/// An Elastic Graphics accelerator (retired by AWS).
struct elastic_gpu_association : core::model {
    std::optional<std::string> elastic_gpu_id;
    std::optional<std::string> elastic_gpu_association_id;
    std::optional<std::string> elastic_gpu_association_state;
    std::optional<std::string> elastic_gpu_association_time; ///< a string in the model, not a timestamp
    core::extra_members extra;

    static constexpr auto fields() {
        using T = elastic_gpu_association;
        return core::fields<core::pascal_case,
                            core::field<&T::elastic_gpu_id>,
                            core::field<&T::elastic_gpu_association_id>,
                            core::field<&T::elastic_gpu_association_state>,
                            core::field<&T::elastic_gpu_association_time>>();
    }
    friend bool operator==(const elastic_gpu_association&, const elastic_gpu_association&) = default;
};

/// An Elastic Inference accelerator (retired by AWS).
struct elastic_inference_accelerator_association : core::model {
    std::optional<core::arn> elastic_inference_accelerator_arn;
    std::optional<std::string> elastic_inference_accelerator_association_id;
    std::optional<std::string> elastic_inference_accelerator_association_state;
    std::optional<timestamp> elastic_inference_accelerator_association_time;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = elastic_inference_accelerator_association;
        return core::fields<core::pascal_case,
                            core::field<&T::elastic_inference_accelerator_arn>,
                            core::field<&T::elastic_inference_accelerator_association_id>,
                            core::field<&T::elastic_inference_accelerator_association_state>,
                            core::field<&T::elastic_inference_accelerator_association_time>>();
    }
    friend bool operator==(const elastic_inference_accelerator_association&,
                           const elastic_inference_accelerator_association&) = default;
};

/// The public (or carrier, or customer-owned) address of an interface.
struct instance_network_interface_association : core::model {
    std::optional<std::string> carrier_ip;
    std::optional<std::string> customer_owned_ip;
    std::optional<std::string> ip_owner_id; ///< an account id, or "amazon"
    std::optional<std::string> public_dns_name;
    std::optional<std::string> public_ip;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = instance_network_interface_association;
        return core::fields<core::pascal_case,
                            core::field<&T::carrier_ip>,
                            core::field<&T::customer_owned_ip>,
                            core::field<&T::ip_owner_id>,
                            core::field<&T::public_dns_name>,
                            core::field<&T::public_ip>>();
    }
    friend bool operator==(const instance_network_interface_association&,
                           const instance_network_interface_association&) = default;
};

/// ENA Express over UDP, as attached.
struct instance_attachment_ena_srd_udp_specification : core::model {
    std::optional<bool> ena_srd_udp_enabled;
    core::extra_members extra;

    static constexpr auto fields() {
        return core::fields<core::pascal_case,
                            core::field<&instance_attachment_ena_srd_udp_specification::ena_srd_udp_enabled>>();
    }
    friend bool operator==(const instance_attachment_ena_srd_udp_specification&,
                           const instance_attachment_ena_srd_udp_specification&) = default;
};

/// ENA Express, as attached.
struct instance_attachment_ena_srd_specification : core::model {
    std::optional<bool> ena_srd_enabled;
    std::optional<instance_attachment_ena_srd_udp_specification> ena_srd_udp_specification;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = instance_attachment_ena_srd_specification;
        return core::fields<core::pascal_case,
                            core::field<&T::ena_srd_enabled>,
                            core::field<&T::ena_srd_udp_specification>>();
    }
    friend bool operator==(const instance_attachment_ena_srd_specification&,
                           const instance_attachment_ena_srd_specification&) = default;
};

/// How an interface is attached to the instance.
struct instance_network_interface_attachment : core::model {
    std::optional<timestamp> attach_time;
    std::optional<std::string> attachment_id; ///< eni-attach-...
    std::optional<bool> delete_on_termination;
    std::optional<std::int32_t> device_index;
    std::optional<core::open_enum<attachment_status>> status;
    std::optional<std::int32_t> network_card_index;
    std::optional<instance_attachment_ena_srd_specification> ena_srd_specification;
    std::optional<std::int32_t> ena_queue_count;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = instance_network_interface_attachment;
        return core::fields<core::pascal_case,
                            core::field<&T::attach_time>,
                            core::field<&T::attachment_id>,
                            core::field<&T::delete_on_termination>,
                            core::field<&T::device_index>,
                            core::field<&T::status>,
                            core::field<&T::network_card_index>,
                            core::field<&T::ena_srd_specification>,
                            core::field<&T::ena_queue_count>>();
    }
    friend bool operator==(const instance_network_interface_attachment&,
                           const instance_network_interface_attachment&) = default;
};

/// A security group as descriptions name it.
struct group_identifier : core::model {
    std::optional<security_group_id> group_id;
    std::optional<std::string> group_name;
    core::extra_members extra;

    static constexpr auto fields() {
        return core::fields<core::pascal_case,
                            core::field<&group_identifier::group_id>,
                            core::field<&group_identifier::group_name>>();
    }
    friend bool operator==(const group_identifier&, const group_identifier&) = default;
};

/// A private IPv4 address of an interface.
struct instance_private_ip_address : core::model {
    std::optional<instance_network_interface_association> association;
    std::optional<bool> primary;
    std::optional<std::string> private_dns_name;
    std::optional<std::string> private_ip_address;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = instance_private_ip_address;
        return core::fields<core::pascal_case,
                            core::field<&T::association>,
                            core::field<&T::primary>,
                            core::field<&T::private_dns_name>,
                            core::field<&T::private_ip_address>>();
    }
    friend bool operator==(const instance_private_ip_address&, const instance_private_ip_address&) = default;
};

/// An IPv4 prefix delegated to an interface.
struct instance_ipv4_prefix : core::model {
    std::optional<std::string> ipv4_prefix;
    core::extra_members extra;

    static constexpr auto fields() { return core::fields<core::pascal_case,
                                                         core::field<&instance_ipv4_prefix::ipv4_prefix>>(); }
    friend bool operator==(const instance_ipv4_prefix&, const instance_ipv4_prefix&) = default;
};

/// An IPv6 prefix delegated to an interface.
struct instance_ipv6_prefix : core::model {
    std::optional<std::string> ipv6_prefix;
    core::extra_members extra;

    static constexpr auto fields() { return core::fields<core::pascal_case,
                                                         core::field<&instance_ipv6_prefix::ipv6_prefix>>(); }
    friend bool operator==(const instance_ipv6_prefix&, const instance_ipv6_prefix&) = default;
};

/// Idle timeouts of tracked connections, as configured.
struct connection_tracking_specification_response : core::model {
    std::optional<core::seconds> tcp_established_timeout;
    std::optional<core::seconds> udp_stream_timeout;
    std::optional<core::seconds> udp_timeout;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = connection_tracking_specification_response;
        return core::fields<core::pascal_case,
                            core::field<&T::tcp_established_timeout>,
                            core::field<&T::udp_stream_timeout>,
                            core::field<&T::udp_timeout>>();
    }
    friend bool operator==(const connection_tracking_specification_response&,
                           const connection_tracking_specification_response&) = default;
};

/// A network interface of an instance.
struct instance_network_interface : core::model {
    std::optional<instance_network_interface_association> association;
    std::optional<instance_network_interface_attachment> attachment;
    std::optional<std::string> description;
    std::optional<std::vector<group_identifier>> groups;
    std::optional<std::vector<instance_ipv6_address>> ipv6_addresses;
    std::optional<std::string> mac_address;
    std::optional<ec2::network_interface_id> network_interface_id;
    std::optional<std::string> owner_id;
    std::optional<std::string> private_dns_name;
    std::optional<std::string> private_ip_address;
    std::optional<std::vector<instance_private_ip_address>> private_ip_addresses;
    std::optional<bool> source_dest_check;
    std::optional<core::open_enum<network_interface_status>> status;
    std::optional<ec2::subnet_id> subnet_id;
    std::optional<ec2::vpc_id> vpc_id;
    std::optional<std::string> interface_type;
    std::optional<std::vector<instance_ipv4_prefix>> ipv4_prefixes;
    std::optional<std::vector<instance_ipv6_prefix>> ipv6_prefixes;
    std::optional<connection_tracking_specification_response> connection_tracking_configuration;
    std::optional<operator_response> operator_;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = instance_network_interface;
        return core::fields<core::pascal_case,
                            core::field<&T::association>,
                            core::field<&T::attachment>,
                            core::field<&T::description>,
                            core::field<&T::groups>,
                            core::field<&T::ipv6_addresses>,
                            core::field<&T::mac_address>,
                            core::field<&T::network_interface_id>,
                            core::field<&T::owner_id>,
                            core::field<&T::private_dns_name>,
                            core::field<&T::private_ip_address>,
                            core::field<&T::private_ip_addresses>,
                            core::field<&T::source_dest_check>,
                            core::field<&T::status>,
                            core::field<&T::subnet_id>,
                            core::field<&T::vpc_id>,
                            core::field<&T::interface_type>,
                            core::field<&T::ipv4_prefixes>,
                            core::field<&T::ipv6_prefixes>,
                            core::field<&T::connection_tracking_configuration>,
                            core::field<&T::operator_>>();
    }
    friend bool operator==(const instance_network_interface&, const instance_network_interface&) = default;
};

/// Why the instance last changed state (`Client.UserInitiatedShutdown`, ...).
struct state_reason : core::model {
    std::optional<std::string> code;
    std::optional<std::string> message;
    core::extra_members extra;

    static constexpr auto fields() {
        return core::fields<core::pascal_case,
                            core::field<&state_reason::code>,
                            core::field<&state_reason::message>>();
    }
    friend bool operator==(const state_reason&, const state_reason&) = default;
};

/// Cores and threads the instance runs with.
struct cpu_options : core::model {
    std::optional<std::int32_t> core_count;
    std::optional<std::int32_t> threads_per_core;
    std::optional<core::open_enum<amd_sev_snp_specification>> amd_sev_snp;
    std::optional<core::open_enum<nested_virtualization_specification>> nested_virtualization;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = cpu_options;
        return core::fields<core::pascal_case,
                            core::field<&T::core_count>,
                            core::field<&T::threads_per_core>,
                            core::field<&T::amd_sev_snp>,
                            core::field<&T::nested_virtualization>>();
    }
    friend bool operator==(const cpu_options&, const cpu_options&) = default;
};

/// The capacity reservation or group an instance targets.
struct capacity_reservation_target_response : core::model {
    std::optional<ec2::capacity_reservation_id> capacity_reservation_id;
    std::optional<core::arn> capacity_reservation_resource_group_arn;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = capacity_reservation_target_response;
        return core::fields<core::pascal_case,
                            core::field<&T::capacity_reservation_id>,
                            core::field<&T::capacity_reservation_resource_group_arn>>();
    }
    friend bool operator==(const capacity_reservation_target_response&, const capacity_reservation_target_response&) = default;
};

/// Whether an instance uses capacity reservations.
struct capacity_reservation_specification_response : core::model {
    std::optional<core::open_enum<ec2::capacity_reservation_preference>> capacity_reservation_preference;
    std::optional<capacity_reservation_target_response> capacity_reservation_target;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = capacity_reservation_specification_response;
        return core::fields<core::pascal_case,
                            core::field<&T::capacity_reservation_preference>,
                            core::field<&T::capacity_reservation_target>>();
    }
    friend bool operator==(const capacity_reservation_specification_response&,
                           const capacity_reservation_specification_response&) = default;
};

/// Whether an instance is enabled for hibernation.
struct hibernation_options : core::model {
    std::optional<bool> configured;
    core::extra_members extra;

    static constexpr auto fields() { return core::fields<core::pascal_case,
                                                         core::field<&hibernation_options::configured>>(); }
    friend bool operator==(const hibernation_options&, const hibernation_options&) = default;
};

/// A License Manager configuration of an instance.
struct license_configuration : core::model {
    std::optional<core::arn> license_configuration_arn;
    core::extra_members extra;

    static constexpr auto fields() {
        return core::fields<core::pascal_case,
                            core::field<&license_configuration::license_configuration_arn>>();
    }
    friend bool operator==(const license_configuration&, const license_configuration&) = default;
};

/// The instance metadata service settings, and whether a change has been applied.
struct instance_metadata_options_response : core::model {
    std::optional<core::open_enum<instance_metadata_options_state>> state;
    std::optional<core::open_enum<http_tokens_state>> http_tokens;
    std::optional<std::int32_t> http_put_response_hop_limit;
    std::optional<core::open_enum<instance_metadata_endpoint_state>> http_endpoint;
    std::optional<core::open_enum<instance_metadata_protocol_state>> http_protocol_ipv6;
    std::optional<core::open_enum<instance_metadata_tags_state>> instance_metadata_tags;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = instance_metadata_options_response;
        return core::fields<core::pascal_case,
                            core::field<&T::state>,
                            core::field<&T::http_tokens>,
                            core::field<&T::http_put_response_hop_limit>,
                            core::field<&T::http_endpoint>,
                            core::field<&T::http_protocol_ipv6>,
                            core::field<&T::instance_metadata_tags>>();
    }
    friend bool operator==(const instance_metadata_options_response&, const instance_metadata_options_response&) = default;
};

/// Whether Nitro Enclaves are enabled.
struct enclave_options : core::model {
    std::optional<bool> enabled;
    core::extra_members extra;

    static constexpr auto fields() { return core::fields<core::pascal_case,
                                                         core::field<&enclave_options::enabled>>(); }
    friend bool operator==(const enclave_options&, const enclave_options&) = default;
};

/// The instance's private host name settings.
struct private_dns_name_options_response : core::model {
    std::optional<core::open_enum<ec2::hostname_type>> hostname_type;
    std::optional<bool> enable_resource_name_dns_a_record;
    std::optional<bool> enable_resource_name_dns_aaaa_record;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = private_dns_name_options_response;
        return core::fields<core::pascal_case,
                            core::field<&T::hostname_type>,
                            core::field<&T::enable_resource_name_dns_a_record>,
                            core::field<&T::enable_resource_name_dns_aaaa_record, core::with{.name = "EnableResourceNameDnsAAAARecord"}>>();
    }
    friend bool operator==(const private_dns_name_options_response&, const private_dns_name_options_response&) = default;
};

/// Recovery and migration settings.
struct instance_maintenance_options : core::model {
    std::optional<core::open_enum<instance_auto_recovery_state>> auto_recovery;
    std::optional<core::open_enum<instance_reboot_migration_state>> reboot_migration;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = instance_maintenance_options;
        return core::fields<core::pascal_case,
                            core::field<&T::auto_recovery>,
                            core::field<&T::reboot_migration>>();
    }
    friend bool operator==(const instance_maintenance_options&, const instance_maintenance_options&) = default;
};

/// How bandwidth is shared between VPC and EBS traffic.
struct instance_network_performance_options : core::model {
    std::optional<core::open_enum<instance_bandwidth_weighting>> bandwidth_weighting;
    core::extra_members extra;

    static constexpr auto fields() {
        return core::fields<core::pascal_case,
                            core::field<&instance_network_performance_options::bandwidth_weighting>>();
    }
    friend bool operator==(const instance_network_performance_options&, const instance_network_performance_options&) = default;
};

/// How a secondary interface is attached.
struct instance_secondary_interface_attachment : core::model {
    std::optional<timestamp> attach_time;
    std::optional<std::string> attachment_id;
    std::optional<bool> delete_on_termination;
    std::optional<std::int32_t> device_index;
    std::optional<core::open_enum<attachment_status>> status;
    std::optional<std::int32_t> network_card_index;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = instance_secondary_interface_attachment;
        return core::fields<core::pascal_case,
                            core::field<&T::attach_time>,
                            core::field<&T::attachment_id>,
                            core::field<&T::delete_on_termination>,
                            core::field<&T::device_index>,
                            core::field<&T::status>,
                            core::field<&T::network_card_index>>();
    }
    friend bool operator==(const instance_secondary_interface_attachment&,
                           const instance_secondary_interface_attachment&) = default;
};

/// A private address of a secondary interface.
struct instance_secondary_interface_private_ip_address : core::model {
    std::optional<std::string> private_ip_address;
    core::extra_members extra;

    static constexpr auto fields() {
        return core::fields<core::pascal_case,
                            core::field<&instance_secondary_interface_private_ip_address::private_ip_address>>();
    }
    friend bool operator==(const instance_secondary_interface_private_ip_address&,
                           const instance_secondary_interface_private_ip_address&) = default;
};

/// A secondary interface of an instance.
struct instance_secondary_interface : core::model {
    std::optional<instance_secondary_interface_attachment> attachment;
    std::optional<std::string> mac_address;
    std::optional<std::string> secondary_interface_id;
    std::optional<std::string> owner_id;
    std::optional<std::vector<instance_secondary_interface_private_ip_address>> private_ip_addresses;
    std::optional<bool> source_dest_check;
    std::optional<core::open_enum<secondary_interface_status>> status;
    std::optional<std::string> secondary_subnet_id;
    std::optional<std::string> secondary_network_id;
    std::optional<core::open_enum<secondary_interface_type>> interface_type;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = instance_secondary_interface;
        return core::fields<core::pascal_case,
                            core::field<&T::attachment>,
                            core::field<&T::mac_address>,
                            core::field<&T::secondary_interface_id>,
                            core::field<&T::owner_id>,
                            core::field<&T::private_ip_addresses>,
                            core::field<&T::source_dest_check>,
                            core::field<&T::status>,
                            core::field<&T::secondary_subnet_id>,
                            core::field<&T::secondary_network_id>,
                            core::field<&T::interface_type>>();
    }
    friend bool operator==(const instance_secondary_interface&, const instance_secondary_interface&) = default;
};

/// The instance's state: a code (the high byte is internal) and its name.
struct instance_state : core::model {
    std::optional<std::int32_t> code; ///< 0 pending, 16 running, 32 shutting-down, 48 terminated, 64 stopping, 80 stopped
    std::optional<core::open_enum<instance_state_name>> name;
    core::extra_members extra;

    static constexpr auto fields() {
        return core::fields<core::pascal_case,
                            core::field<&instance_state::code>,
                            core::field<&instance_state::name>>();
    }
    friend bool operator==(const instance_state&, const instance_state&) = default;
};

/// A product code of the AMI.
struct product_code : core::model {
    std::optional<std::string> product_code_id;
    std::optional<core::open_enum<product_code_values>> product_code_type;
    core::extra_members extra;

    static constexpr auto fields() {
        return core::fields<core::pascal_case,
                            core::field<&product_code::product_code_id>,
                            core::field<&product_code::product_code_type>>();
    }
    friend bool operator==(const product_code&, const product_code&) = default;
};

/// Whether detailed monitoring is on.
struct monitoring : core::model {
    std::optional<core::open_enum<monitoring_state>> state;
    core::extra_members extra;

    static constexpr auto fields() { return core::fields<core::pascal_case,
                                                         core::field<&monitoring::state>>(); }
    friend bool operator==(const monitoring&, const monitoring&) = default;
};

/// An instance as DescribeInstances and RunInstances report it.
struct instance : core::model {
    std::optional<core::open_enum<ec2::architecture>> architecture;
    std::optional<std::vector<instance_block_device_mapping>> block_device_mappings;
    std::optional<std::string> client_token;
    std::optional<bool> ebs_optimized;
    std::optional<bool> ena_support;
    std::optional<core::open_enum<hypervisor_type>> hypervisor;
    std::optional<ec2::iam_instance_profile> iam_instance_profile;
    std::optional<core::open_enum<instance_lifecycle_type>> instance_lifecycle; ///< absent for On-Demand
    std::optional<std::vector<elastic_gpu_association>> elastic_gpu_associations;
    std::optional<std::vector<elastic_inference_accelerator_association>> elastic_inference_accelerator_associations;
    std::optional<std::vector<instance_network_interface>> network_interfaces;
    std::optional<core::arn> outpost_arn;
    std::optional<std::string> root_device_name;
    std::optional<core::open_enum<device_type>> root_device_type;
    std::optional<std::vector<group_identifier>> security_groups;
    std::optional<bool> source_dest_check;
    std::optional<std::string> spot_instance_request_id;
    std::optional<std::string> sriov_net_support;
    std::optional<ec2::state_reason> state_reason;
    std::optional<std::vector<tag>> tags;
    std::optional<core::open_enum<ec2::virtualization_type>> virtualization_type;
    std::optional<ec2::cpu_options> cpu_options;
    std::optional<std::string> capacity_block_id;
    std::optional<std::string> capacity_reservation_id;
    std::optional<capacity_reservation_specification_response> capacity_reservation_specification;
    std::optional<ec2::hibernation_options> hibernation_options;
    std::optional<std::vector<license_configuration>> licenses;
    std::optional<instance_metadata_options_response> metadata_options;
    std::optional<ec2::enclave_options> enclave_options;
    std::optional<core::open_enum<boot_mode_values>> boot_mode;
    std::optional<std::string> platform_details;
    std::optional<std::string> usage_operation;
    std::optional<timestamp> usage_operation_update_time;
    std::optional<private_dns_name_options_response> private_dns_name_options;
    std::optional<std::string> ipv6_address;
    std::optional<std::string> tpm_support;
    std::optional<instance_maintenance_options> maintenance_options;
    std::optional<core::open_enum<instance_boot_mode_values>> current_instance_boot_mode;
    std::optional<instance_network_performance_options> network_performance_options;
    std::optional<operator_response> operator_;
    std::optional<std::vector<instance_secondary_interface>> secondary_interfaces;
    std::optional<ec2::instance_id> instance_id;
    std::optional<ami_id> image_id;
    std::optional<instance_state> state;
    std::optional<std::string> private_dns_name;
    std::optional<std::string> public_dns_name;
    std::optional<std::string> state_transition_reason;
    std::optional<std::string> key_name;
    std::optional<std::int32_t> ami_launch_index;
    std::optional<std::vector<product_code>> product_codes;
    std::optional<instance_type_name> instance_type;
    std::optional<timestamp> launch_time;
    std::optional<ec2::placement> placement;
    std::optional<std::string> kernel_id;
    std::optional<std::string> ramdisk_id;
    std::optional<core::open_enum<platform_values>> platform; ///< only for Windows instances
    std::optional<ec2::monitoring> monitoring;
    std::optional<ec2::subnet_id> subnet_id;
    std::optional<ec2::vpc_id> vpc_id;
    std::optional<std::string> private_ip_address;
    std::optional<std::string> public_ip_address;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = instance;
        return core::fields<core::pascal_case,
                            core::field<&T::architecture>,
                            core::field<&T::block_device_mappings>,
                            core::field<&T::client_token>,
                            core::field<&T::ebs_optimized>,
                            core::field<&T::ena_support>,
                            core::field<&T::hypervisor>,
                            core::field<&T::iam_instance_profile>,
                            core::field<&T::instance_lifecycle>,
                            core::field<&T::elastic_gpu_associations>,
                            core::field<&T::elastic_inference_accelerator_associations>,
                            core::field<&T::network_interfaces>,
                            core::field<&T::outpost_arn>,
                            core::field<&T::root_device_name>,
                            core::field<&T::root_device_type>,
                            core::field<&T::security_groups>,
                            core::field<&T::source_dest_check>,
                            core::field<&T::spot_instance_request_id>,
                            core::field<&T::sriov_net_support>,
                            core::field<&T::state_reason>,
                            core::field<&T::tags>,
                            core::field<&T::virtualization_type>,
                            core::field<&T::cpu_options>,
                            core::field<&T::capacity_block_id>,
                            core::field<&T::capacity_reservation_id>,
                            core::field<&T::capacity_reservation_specification>,
                            core::field<&T::hibernation_options>,
                            core::field<&T::licenses>,
                            core::field<&T::metadata_options>,
                            core::field<&T::enclave_options>,
                            core::field<&T::boot_mode>,
                            core::field<&T::platform_details>,
                            core::field<&T::usage_operation>,
                            core::field<&T::usage_operation_update_time>,
                            core::field<&T::private_dns_name_options>,
                            core::field<&T::ipv6_address>,
                            core::field<&T::tpm_support>,
                            core::field<&T::maintenance_options>,
                            core::field<&T::current_instance_boot_mode>,
                            core::field<&T::network_performance_options>,
                            core::field<&T::operator_>,
                            core::field<&T::secondary_interfaces>,
                            core::field<&T::instance_id>,
                            core::field<&T::image_id>,
                            core::field<&T::state>,
                            core::field<&T::private_dns_name>,
                            core::field<&T::public_dns_name>,
                            core::field<&T::state_transition_reason>,
                            core::field<&T::key_name>,
                            core::field<&T::ami_launch_index>,
                            core::field<&T::product_codes>,
                            core::field<&T::instance_type>,
                            core::field<&T::launch_time>,
                            core::field<&T::placement>,
                            core::field<&T::kernel_id>,
                            core::field<&T::ramdisk_id>,
                            core::field<&T::platform>,
                            core::field<&T::monitoring>,
                            core::field<&T::subnet_id>,
                            core::field<&T::vpc_id>,
                            core::field<&T::private_ip_address>,
                            core::field<&T::public_ip_address>>();
    }
    friend bool operator==(const instance&, const instance&) = default;
};

/// The instances one launch request started.
struct reservation : core::model {
    std::optional<ec2::reservation_id> reservation_id;
    std::optional<std::string> owner_id;     ///< the account
    std::optional<std::string> requester_id; ///< the service that launched on the owner's behalf
    std::optional<std::vector<group_identifier>> groups; ///< EC2-Classic; empty in a VPC
    std::optional<std::vector<instance>> instances;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = reservation;
        return core::fields<core::pascal_case,
                            core::field<&T::reservation_id>,
                            core::field<&T::owner_id>,
                            core::field<&T::requester_id>,
                            core::field<&T::groups>,
                            core::field<&T::instances>>();
    }
    friend bool operator==(const reservation&, const reservation&) = default;
};

/// DescribeInstances' output, one page.
struct describe_instances_result : core::model {
    std::optional<std::string> next_token;
    std::optional<std::vector<reservation>> reservations;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = describe_instances_result;
        return core::fields<core::pascal_case,
                            core::field<&T::next_token>,
                            core::field<&T::reservations>>();
    }
    friend bool operator==(const describe_instances_result&, const describe_instances_result&) = default;
};

} // namespace awsmodel::ec2

// The codecs of the shapes awsmodel/shapes.hpp lists for this header, extern with separate compilation.
AWSMODEL_EXTERN_CODECS(AWSMODEL_SHAPES_EC2_INSTANCE);

#endif
