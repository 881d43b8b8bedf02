// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_AGENT_TASK_METADATA_HPP
#define AWSMODEL_ECS_AGENT_TASK_METADATA_HPP

/// The task metadata endpoint's task and container responses, version 4
/// (`${ECS_CONTAINER_METADATA_URI_V4}`, `/task`, `/taskWithTags`) and version 3
/// (`${ECS_CONTAINER_METADATA_URI}`), as the ECS agent writes them: Go's encoding/json of the
/// agent's response structs, member names as the agent spells them (PascalCase with the agent's
/// own capitals, `TaskARN`, `ImageID`, `IPv4Addresses`, and the lower camel case of `Health`).
/// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-metadata-endpoint-v4-response.html
/// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-metadata-endpoint-v3.html
/// Sources of the members: amazon-ecs-agent `ecs-agent/tmds/handlers/v2/response.go`,
/// `ecs-agent/tmds/handlers/v4/state/response.go`.
///
/// AWS promises to add members and never to remove or rename one, so every structure here keeps
/// members it does not know (core::has_open_members) and writes them back; a strict decoding
/// (decode_options::strict) reports them. Each structure also keeps the order it was written in
/// (core::member_order): the EC2 agent and Fargate write the same members in different orders.
///
/// What differs by launch type (the members are optional where one of them leaves it out):
/// - EC2: `Cluster` is the name or ARN the agent was configured with; DockerId is 64 hex digits;
///   awsvpc tasks list the `~internal~ecs~pause` container (Type CNI_PAUSE); `VPCID`, `Ports`,
///   `Volumes` and `/taskWithTags` (`TaskTags`, `ContainerInstanceTags`, `Errors`) are EC2's.
/// - Fargate: `Cluster` is an ARN; DockerId is `<32 hex>-<digits>`; `ClockDrift`,
///   `EphemeralStorageMetrics`, `Snapshotter`; no pause container, no ports, no volumes.
/// - Managed Instances: as Fargate without `EphemeralStorageMetrics`, with `ServiceName`,
///   `Group`, `AvailabilityZoneID`; task `Limits.CPU` may be 0.
/// Version 3 has the members of version 2: no network interface properties, launch type, ARNs of
/// containers, log driver or clock drift.

#include <awsmodel/core/checker.hpp>
#include <awsmodel/core/codec_fwd.hpp>
#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/nullable.hpp>
#include <awsmodel/core/rfc3339_time.hpp>
#include <awsmodel/core/string_map.hpp>
#include <awsmodel/ecs_agent/status.hpp>
#include <awsmodel/shapes.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace awsmodel::ecs_agent {

/// A port binding of a container (`Ports[]`): on EC2 one entry per host address, IPv4 and IPv6
/// bindings of one port being two entries (HostIp `0.0.0.0` and `::`).
struct port_binding : core::model {
    std::optional<std::uint16_t> container_port;
    std::optional<core::open_enum<transport_protocol>> protocol;
    /// For awsvpc, the container port.
    std::optional<std::uint16_t> host_port;
    std::optional<std::string> host_ip;
    core::extra_members extra;
    core::member_order order;
    static constexpr bool open_members = true;

    static constexpr auto fields() {
        using T = port_binding;
        return core::fields<core::pascal_case, core::field<&T::container_port>, core::field<&T::protocol>,
                            core::field<&T::host_port>, core::field<&T::host_ip>>();
    }
    friend bool operator==(const port_binding&, const port_binding&) = default;
};

/// A network of a container (`Networks[]`), version 4: the interface properties are awsvpc's.
struct network : core::model {
    std::optional<core::open_enum<ecs_agent::network_mode>> network_mode;
    /// May hold an empty string (an EC2 bridge container before it has an address).
    std::optional<std::vector<std::string>> ipv4_addresses;
    std::optional<std::vector<std::string>> ipv6_addresses;
    std::optional<std::int64_t> attachment_index;
    std::optional<std::string> mac_address;
    std::optional<std::string> ipv4_subnet_cidr_block;
    std::optional<std::string> ipv6_subnet_cidr_block;
    std::optional<std::vector<std::string>> domain_name_servers;
    std::optional<std::vector<std::string>> domain_name_search_list;
    std::optional<std::string> private_dns_name;
    /// The gateway's address with the subnet's prefix length (`10.0.2.1/24`), not a bare address.
    std::optional<std::string> subnet_gateway_ipv4_address;
    std::optional<std::string> subnet_gateway_ipv6_address;
    core::extra_members extra;
    core::member_order order;
    static constexpr bool open_members = true;

    static constexpr auto fields() {
        using T = network;
        return core::fields<core::pascal_case, core::field<&T::network_mode>,
                            core::field<&T::ipv4_addresses, core::with{.name = "IPv4Addresses"}>,
                            core::field<&T::ipv6_addresses, core::with{.name = "IPv6Addresses"}>,
                            core::field<&T::attachment_index>, core::field<&T::mac_address, core::with{.name = "MACAddress"}>,
                            core::field<&T::ipv4_subnet_cidr_block, core::with{.name = "IPv4SubnetCIDRBlock"}>,
                            core::field<&T::ipv6_subnet_cidr_block, core::with{.name = "IPv6SubnetCIDRBlock"}>,
                            core::field<&T::domain_name_servers>, core::field<&T::domain_name_search_list>,
                            core::field<&T::private_dns_name, core::with{.name = "PrivateDNSName"}>,
                            core::field<&T::subnet_gateway_ipv4_address>, core::field<&T::subnet_gateway_ipv6_address>>();
    }
    friend bool operator==(const network&, const network&) = default;
};

/// A network of version 3, of the container metadata file and of introspection: mode and addresses.
struct network_v3 : core::model {
    std::optional<core::open_enum<ecs_agent::network_mode>> network_mode;
    std::optional<std::vector<std::string>> ipv4_addresses;
    std::optional<std::vector<std::string>> ipv6_addresses;
    core::extra_members extra;
    core::member_order order;
    static constexpr bool open_members = true;

    static constexpr auto fields() {
        using T = network_v3;
        return core::fields<core::pascal_case, core::field<&T::network_mode>,
                            core::field<&T::ipv4_addresses, core::with{.name = "IPv4Addresses"}>,
                            core::field<&T::ipv6_addresses, core::with{.name = "IPv6Addresses"}>>();
    }
    friend bool operator==(const network_v3&, const network_v3&) = default;
};

/// `Limits` of a task or a container. The units differ: a task's CPU is in vCPUs (`0.25`), a
/// container's in CPU units (1,024 a vCPU); Memory is MiB in both. ecs_agent/task_limits.hpp
/// turns both into awsmodel's units.
struct limits : core::model {
    std::optional<double> cpu;
    std::optional<std::int64_t> memory;
    core::extra_members extra;
    core::member_order order;
    static constexpr bool open_members = true;

    static constexpr auto fields() {
        using T = limits;
        return core::fields<core::pascal_case, core::field<&T::cpu, core::with{.name = "CPU"}>, core::field<&T::memory>>();
    }
    friend bool operator==(const limits&, const limits&) = default;
};

/// A container's `Health`, present when its task definition has a health check; lower camel
/// case, unlike the rest.
struct health : core::model {
    std::optional<core::open_enum<health_status>> status;
    std::optional<core::rfc3339_time> status_since;
    std::optional<std::int64_t> exit_code;
    std::optional<std::string> output;
    core::extra_members extra;
    core::member_order order;
    static constexpr bool open_members = true;

    static constexpr auto fields() {
        using T = health;
        return core::fields<core::camel_case, core::field<&T::status>, core::field<&T::status_since>,
                            core::field<&T::exit_code>, core::field<&T::output>>();
    }
    friend bool operator==(const health&, const health&) = default;
};

/// A container's `Volumes[]` entry.
struct volume : core::model {
    std::optional<std::string> docker_name;
    std::optional<std::string> source;
    std::optional<std::string> destination;
    core::extra_members extra;
    core::member_order order;
    static constexpr bool open_members = true;

    static constexpr auto fields() {
        using T = volume;
        return core::fields<core::pascal_case, core::field<&T::docker_name>, core::field<&T::source>,
                            core::field<&T::destination>>();
    }
    friend bool operator==(const volume&, const volume&) = default;
};

/// The container response of version 4 (`${ECS_CONTAINER_METADATA_URI_V4}` and `Containers[]`).
struct container : core::model {
    /// EC2: 64 hex digits; Fargate and Managed Instances: `<32 hex digits>-<1 to 10 digits>`.
    std::string docker_id;
    std::string name;
    /// EC2: `ecs-<family>-<revision>-<name>-<hex>`; Fargate: the Name.
    std::string docker_name;
    std::string image;
    /// `sha256:<64 hex>`; empty for the pause container.
    std::string image_id;
    std::optional<std::vector<port_binding>> ports;
    std::optional<core::string_map<std::string>> labels;
    core::open_enum<container_status> desired_status;
    core::open_enum<container_status> known_status;
    std::optional<std::int64_t> exit_code;
    ecs_agent::limits limits;
    std::optional<core::rfc3339_time> created_at;
    std::optional<core::rfc3339_time> started_at;
    std::optional<core::rfc3339_time> finished_at;
    core::open_enum<container_type> type;
    std::optional<std::vector<network>> networks;
    std::optional<ecs_agent::health> health;
    std::optional<std::vector<volume>> volumes;
    std::optional<std::string> log_driver;
    std::optional<core::string_map<std::string>> log_options;
    std::optional<std::string> container_arn;
    std::optional<std::string> snapshotter;
    std::optional<std::int64_t> restart_count;
    core::extra_members extra;
    core::member_order order;
    static constexpr bool open_members = true;

    static constexpr auto fields() {
        using T = container;
        return core::fields<core::pascal_case, core::field<&T::docker_id>, core::field<&T::name>, core::field<&T::docker_name>,
                            core::field<&T::image>, core::field<&T::image_id, core::with{.name = "ImageID"}>,
                            core::field<&T::ports>, core::field<&T::labels>, core::field<&T::desired_status>,
                            core::field<&T::known_status>, core::field<&T::exit_code>, core::field<&T::limits>,
                            core::field<&T::created_at>, core::field<&T::started_at>, core::field<&T::finished_at>,
                            core::field<&T::type>, core::field<&T::networks>, core::field<&T::health>,
                            core::field<&T::volumes>, core::field<&T::log_driver>, core::field<&T::log_options>,
                            core::field<&T::container_arn, core::with{.name = "ContainerARN"}>,
                            core::field<&T::snapshotter>, core::field<&T::restart_count>>();
    }
    friend bool operator==(const container&, const container&) = default;
};

/// An entry of `/taskWithTags`'s `Errors`: a tag lookup that failed (the instance role may lack
/// ecs:ListTagsForResource).
struct tag_error : core::model {
    /// `ContainerInstanceTags` or `TaskTags`.
    std::optional<std::string> error_field;
    std::optional<std::string> error_code;
    std::optional<std::string> error_message;
    std::optional<std::int64_t> status_code;
    std::optional<std::string> request_id;
    std::optional<std::string> resource_arn;
    core::extra_members extra;
    core::member_order order;
    static constexpr bool open_members = true;

    static constexpr auto fields() {
        using T = tag_error;
        return core::fields<core::pascal_case, core::field<&T::error_field>, core::field<&T::error_code>,
                            core::field<&T::error_message>, core::field<&T::status_code>, core::field<&T::request_id>,
                            core::field<&T::resource_arn, core::with{.name = "ResourceARN"}>>();
    }
    friend bool operator==(const tag_error&, const tag_error&) = default;
};

/// `ClockDrift` (Fargate, Managed Instances).
struct clock_drift : core::model {
    /// Milliseconds.
    std::optional<double> clock_error_bound;
    std::optional<core::rfc3339_time> reference_timestamp;
    std::optional<core::open_enum<ecs_agent::clock_synchronization_status>> clock_synchronization_status;
    core::extra_members extra;
    core::member_order order;
    static constexpr bool open_members = true;

    static constexpr auto fields() {
        using T = clock_drift;
        return core::fields<core::pascal_case, core::field<&T::clock_error_bound>, core::field<&T::reference_timestamp>,
                            core::field<&T::clock_synchronization_status>>();
    }
    friend bool operator==(const clock_drift&, const clock_drift&) = default;
};

/// `EphemeralStorageMetrics` (Fargate platform 1.4.0 and later), in MiB.
struct ephemeral_storage_metrics : core::model {
    std::int64_t utilized = 0;
    std::int64_t reserved = 0;
    core::extra_members extra;
    core::member_order order;
    static constexpr bool open_members = true;

    static constexpr auto fields() {
        using T = ephemeral_storage_metrics;
        return core::fields<core::pascal_case, core::field<&T::utilized>, core::field<&T::reserved>>();
    }
    friend bool operator==(const ephemeral_storage_metrics&, const ephemeral_storage_metrics&) = default;
};

/// The task response of version 4 (`/task`; `/taskWithTags` adds the tags and `Errors`).
struct task : core::model {
    /// EC2: the name or ARN the agent was configured with; Fargate and Managed Instances: an ARN.
    std::string cluster;
    std::string task_arn;
    std::string family;
    /// The task definition's revision, decimal digits in a string.
    std::string revision;
    std::optional<core::open_enum<task_status>> desired_status;
    core::open_enum<task_status> known_status;
    std::optional<ecs_agent::limits> limits;
    std::optional<core::rfc3339_time> pull_started_at;
    std::optional<core::rfc3339_time> pull_stopped_at;
    std::optional<core::rfc3339_time> execution_stopped_at;
    std::optional<std::string> availability_zone;
    std::optional<std::string> availability_zone_id;
    std::optional<core::open_enum<ecs_agent::launch_type>> launch_type;
    std::optional<std::vector<container>> containers;
    std::optional<core::string_map<std::string>> task_tags;
    std::optional<core::string_map<std::string>> container_instance_tags;
    std::optional<std::vector<tag_error>> errors;
    std::optional<std::string> vpc_id;
    std::optional<std::string> service_name;
    std::optional<std::string> group;
    std::optional<ecs_agent::clock_drift> clock_drift;
    std::optional<ecs_agent::ephemeral_storage_metrics> ephemeral_storage_metrics;
    std::optional<bool> fault_injection_enabled;
    core::extra_members extra;
    core::member_order order;
    static constexpr bool open_members = true;

    static constexpr auto fields() {
        using T = task;
        return core::fields<core::pascal_case, core::field<&T::cluster>, core::field<&T::task_arn, core::with{.name = "TaskARN"}>,
                            core::field<&T::family>, core::field<&T::revision>, core::field<&T::desired_status>,
                            core::field<&T::known_status>, core::field<&T::limits>, core::field<&T::pull_started_at>,
                            core::field<&T::pull_stopped_at>, core::field<&T::execution_stopped_at>,
                            core::field<&T::availability_zone>,
                            core::field<&T::availability_zone_id, core::with{.name = "AvailabilityZoneID"}>,
                            core::field<&T::launch_type>, core::field<&T::containers>, core::field<&T::task_tags>,
                            core::field<&T::container_instance_tags>, core::field<&T::errors>,
                            core::field<&T::vpc_id, core::with{.name = "VPCID"}>, core::field<&T::service_name>,
                            core::field<&T::group>, core::field<&T::clock_drift>, core::field<&T::ephemeral_storage_metrics>,
                            core::field<&T::fault_injection_enabled>>();
    }
    friend bool operator==(const task&, const task&) = default;
};

/// The container response of version 3.
struct container_v3 : core::model {
    std::string docker_id;
    std::string name;
    std::string docker_name;
    std::string image;
    std::string image_id;
    std::optional<std::vector<port_binding>> ports;
    std::optional<core::string_map<std::string>> labels;
    core::open_enum<container_status> desired_status;
    core::open_enum<container_status> known_status;
    std::optional<std::int64_t> exit_code;
    std::optional<ecs_agent::limits> limits;
    std::optional<core::rfc3339_time> created_at;
    std::optional<core::rfc3339_time> started_at;
    std::optional<core::rfc3339_time> finished_at;
    core::open_enum<container_type> type;
    std::optional<std::vector<network_v3>> networks;
    std::optional<ecs_agent::health> health;
    std::optional<std::vector<volume>> volumes;
    core::extra_members extra;
    core::member_order order;
    static constexpr bool open_members = true;

    static constexpr auto fields() {
        using T = container_v3;
        return core::fields<core::pascal_case, core::field<&T::docker_id>, core::field<&T::name>, core::field<&T::docker_name>,
                            core::field<&T::image>, core::field<&T::image_id, core::with{.name = "ImageID"}>,
                            core::field<&T::ports>, core::field<&T::labels>, core::field<&T::desired_status>,
                            core::field<&T::known_status>, core::field<&T::exit_code>, core::field<&T::limits>,
                            core::field<&T::created_at>, core::field<&T::started_at>, core::field<&T::finished_at>,
                            core::field<&T::type>, core::field<&T::networks>, core::field<&T::health>,
                            core::field<&T::volumes>>();
    }
    friend bool operator==(const container_v3&, const container_v3&) = default;
};

/// The task response of version 3.
struct task_v3 : core::model {
    std::string cluster;
    std::string task_arn;
    std::string family;
    std::string revision;
    std::optional<core::open_enum<task_status>> desired_status;
    core::open_enum<task_status> known_status;
    std::optional<ecs_agent::limits> limits;
    std::optional<core::rfc3339_time> pull_started_at;
    std::optional<core::rfc3339_time> pull_stopped_at;
    std::optional<core::rfc3339_time> execution_stopped_at;
    std::optional<std::string> availability_zone;
    std::optional<std::vector<container_v3>> containers;
    std::optional<core::string_map<std::string>> task_tags;
    std::optional<core::string_map<std::string>> container_instance_tags;
    core::extra_members extra;
    core::member_order order;
    static constexpr bool open_members = true;

    static constexpr auto fields() {
        using T = task_v3;
        return core::fields<core::pascal_case, core::field<&T::cluster>, core::field<&T::task_arn, core::with{.name = "TaskARN"}>,
                            core::field<&T::family>, core::field<&T::revision>, core::field<&T::desired_status>,
                            core::field<&T::known_status>, core::field<&T::limits>, core::field<&T::pull_started_at>,
                            core::field<&T::pull_stopped_at>, core::field<&T::execution_stopped_at>,
                            core::field<&T::availability_zone>, core::field<&T::containers>, core::field<&T::task_tags>,
                            core::field<&T::container_instance_tags>>();
    }
    friend bool operator==(const task_v3&, const task_v3&) = default;
};

template <core::checker_like C>
void validate_rules(const task& t, C& c);
template <core::checker_like C>
void validate_rules(const container& k, C& c);
template <core::checker_like C>
void validate_rules(const task_v3& t, C& c);

} // namespace awsmodel::ecs_agent

#include <awsmodel/ecs_agent/task_metadata_rules.hpp>

AWSMODEL_EXTERN_CODECS(AWSMODEL_SHAPES_ECS_AGENT_TASK_METADATA);

#endif
