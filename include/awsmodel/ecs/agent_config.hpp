// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_AGENT_CONFIG_HPP
#define AWSMODEL_ECS_AGENT_CONFIG_HPP

/// The ECS container agent's settings that decide what it registers: the resources it offers
/// (ecs/registered_resources.hpp) and the attributes it reports (ecs/instance_attributes.hpp).
/// Only those settings: the agent reads about a hundred ECS_ variables, most of which change
/// nothing in the registration. ecs/ecs_config.hpp reads them from an ecs.config file.
/// https://github.com/aws/amazon-ecs-agent/blob/master/README.md (the variables' table)
///
/// The defaults are what an ECS-optimized AMI runs, where ecs-init passes values of its own
/// when the file sets none (task IAM roles, task ENIs, the awslogs execution-role override and
/// five logging drivers are on there, though the agent's built-in defaults leave them off).

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace awsmodel::ecs {

/// The operating system the agent runs on, as the `ecs.os-type` attribute spells it. It is no
/// setting, but it picks the defaults of several (the reserved ports above all).
enum class os_type : std::uint8_t { linux_, windows };
constexpr auto wire_names(os_type) noexcept { return std::to_array<std::string_view>({"linux", "windows"}); }

/// The logging drivers the agent can report (`ECS_AVAILABLE_LOGGING_DRIVERS`); any other name
/// makes the agent stop at start-up ("Invalid logging drivers").
inline constexpr auto known_logging_drivers = std::to_array<std::string_view>(
    {"json-file", "syslog", "journald", "gelf", "fluentd", "awslogs", "splunk", "logentries", "sumologic", "none",
     "awsfirelens"});

/// The agent's settings that shape its registration, each named after its ECS_ variable.
struct agent_config {
    /// Not a setting: the platform, which decides the default reserved ports and the memory the
    /// operating system keeps. @default linux
    ecs::os_type os = ecs::os_type::linux_;
    /// `ECS_RESERVED_MEMORY`: MiB kept from tasks, taken off the registered MEMORY. @default 0
    std::uint16_t reserved_memory_mib = 0;
    /// `ECS_RESERVED_PORTS`: TCP ports kept from tasks. A list given replaces the platform's
    /// default (reserved_tcp_ports() in ecs/registered_resources.hpp), it does not add to it.
    /// @default the platform's list
    std::optional<std::vector<std::uint16_t>> reserved_ports;
    /// `ECS_RESERVED_PORTS_UDP`. @default none
    std::vector<std::uint16_t> reserved_ports_udp;
    /// `ECS_ENABLE_GPU_SUPPORT`: offer the instance's NVIDIA GPUs to tasks (GPU-optimized AMIs
    /// set it). @default false
    bool enable_gpu_support = false;
    /// `ECS_ENABLE_PROMETHEUS_METRICS`: the agent serves metrics, and reserves port 51680. @default false
    bool enable_prometheus_metrics = false;
    /// `ECS_ENABLE_TASK_IAM_ROLE`. @default true (ecs-init; the agent alone: false)
    bool enable_task_iam_role = true;
    /// `ECS_ENABLE_TASK_IAM_ROLE_NETWORK_HOST`. @default true (ecs-init; the agent alone: false)
    bool enable_task_iam_role_network_host = true;
    /// `ECS_ENABLE_TASK_ENI`: awsvpc tasks on EC2. @default true (ecs-init; the agent alone: false)
    bool enable_task_eni = true;
    /// `ECS_ENABLE_HIGH_DENSITY_ENI`: ENI trunking, read only with task ENIs. @default true
    bool enable_high_density_eni = true;
    /// `ECS_AWSVPC_BLOCK_IMDS`: awsvpc tasks cannot reach the instance metadata. @default false
    bool awsvpc_block_imds = false;
    /// `ECS_DISABLE_PRIVILEGED`. @default false
    bool disable_privileged = false;
    /// `ECS_SELINUX_CAPABLE`, `ECS_APPARMOR_CAPABLE`. @default false
    bool selinux_capable = false;
    bool apparmor_capable = false;
    /// `ECS_DISABLE_DOCKER_HEALTH_CHECK`. @default false
    bool disable_docker_health_check = false;
    /// `ECS_ENABLE_AWSLOGS_EXECUTIONROLE_OVERRIDE`. @default true (ecs-init; the agent alone: false)
    bool enable_awslogs_executionrole_override = true;
    /// `ECS_ENABLE_TASK_CPU_MEM_LIMIT`. @default true
    bool enable_task_cpu_mem_limit = true;
    /// `ECS_EBSTA_SUPPORTED`: tasks may attach EBS volumes. @default true
    bool ebsta_supported = true;
    /// `ECS_AVAILABLE_LOGGING_DRIVERS`, each one of `known_logging_drivers`.
    /// @default ecs-init's json-file, syslog, awslogs, fluentd, none (the agent alone: json-file, none)
    std::vector<std::string> available_logging_drivers{"json-file", "syslog", "awslogs", "fluentd", "none"};
    /// `ECS_INSTANCE_ATTRIBUTES`: custom attributes, name and value, sent at the first
    /// registration only. @default none
    std::vector<std::pair<std::string, std::string>> instance_attributes;

    friend bool operator==(const agent_config&, const agent_config&) = default;
};

} // namespace awsmodel::ecs

#endif
