// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_AGENT_STATUS_HPP
#define AWSMODEL_ECS_AGENT_STATUS_HPP

/// The enumerations of the ECS container agent's documents, spelled as the agent writes them
/// (its own states, not the ECS API's: a task the API calls PENDING is NONE, MANIFEST_PULLED or
/// CREATED here). AWS promises to add members to the task metadata and never to rename them, so
/// every one is promised open (core::promised_open): a member this library does not know yet is
/// kept and written back, and reported only by a strict validation (core::strict).
/// Sources: amazon-ecs-agent `ecs-agent/api/task/status/taskstatus.go`,
/// `ecs-agent/api/container/status/containerstatus.go`, `agent/api/container/containertype.go`;
/// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-metadata-endpoint-v4-response.html

#include <awsmodel/core/enum.hpp>

#include <array>
#include <string_view>

namespace awsmodel::ecs_agent {

/// A task's KnownStatus and DesiredStatus. The agent's PULLED task state has no name of its own
/// and is written NONE.
enum class task_status { none, manifest_pulled, created, running, stopped };
constexpr auto wire_names(task_status) noexcept {
    return std::to_array<std::string_view>({"NONE", "MANIFEST_PULLED", "CREATED", "RUNNING", "STOPPED"});
}
constexpr bool promised_open_enumeration(task_status) noexcept { return true; }

/// A container's KnownStatus and DesiredStatus.
enum class container_status { none, manifest_pulled, pulled, created, running, resources_provisioned, stopped };
constexpr auto wire_names(container_status) noexcept {
    return std::to_array<std::string_view>(
        {"NONE", "MANIFEST_PULLED", "PULLED", "CREATED", "RUNNING", "RESOURCES_PROVISIONED", "STOPPED"});
}
constexpr bool promised_open_enumeration(container_status) noexcept { return true; }

/// A container's Type: NORMAL for the task definition's containers; the others are the agent's
/// own (the awsvpc pause container is CNI_PAUSE), which AWS says consumers may ignore.
enum class container_type { normal, cni_pause, namespace_pause, empty_host_volume, managed_daemon };
constexpr auto wire_names(container_type) noexcept {
    return std::to_array<std::string_view>(
        {"NORMAL", "CNI_PAUSE", "NAMESPACE_PAUSE", "EMPTY_HOST_VOLUME", "MANAGED_DAEMON"});
}
constexpr bool promised_open_enumeration(container_type) noexcept { return true; }

/// A network's NetworkMode (Windows adds default and nat).
enum class network_mode { awsvpc, bridge, host, none, default_, nat };
constexpr auto wire_names(network_mode) noexcept {
    return std::to_array<std::string_view>({"awsvpc", "bridge", "host", "none", "default", "nat"});
}
constexpr bool promised_open_enumeration(network_mode) noexcept { return true; }

/// The task's LaunchType, as the agent reports it.
enum class launch_type { ec2, fargate, external, managed_instances };
constexpr auto wire_names(launch_type) noexcept {
    return std::to_array<std::string_view>({"EC2", "FARGATE", "EXTERNAL", "MANAGED_INSTANCES"});
}
constexpr bool promised_open_enumeration(launch_type) noexcept { return true; }

/// A container health check's status (the agent leaves it out while UNKNOWN).
enum class health_status { healthy, unhealthy, unknown };
constexpr auto wire_names(health_status) noexcept {
    return std::to_array<std::string_view>({"HEALTHY", "UNHEALTHY", "UNKNOWN"});
}
constexpr bool promised_open_enumeration(health_status) noexcept { return true; }

/// ClockDrift's ClockSynchronizationStatus (Fargate and Managed Instances).
enum class clock_synchronization_status { synchronized, not_synchronized };
constexpr auto wire_names(clock_synchronization_status) noexcept {
    return std::to_array<std::string_view>({"SYNCHRONIZED", "NOT_SYNCHRONIZED"});
}
constexpr bool promised_open_enumeration(clock_synchronization_status) noexcept { return true; }

/// A port binding's Protocol.
enum class transport_protocol { tcp, udp };
constexpr auto wire_names(transport_protocol) noexcept { return std::to_array<std::string_view>({"tcp", "udp"}); }
constexpr bool promised_open_enumeration(transport_protocol) noexcept { return true; }

} // namespace awsmodel::ecs_agent

#endif
