// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_TASK_HPP
#define AWSMODEL_ECS_TASK_HPP

/// A running (or stopped) ECS task as RunTask, StartTask, DescribeTasks and StopTask return it:
/// the Task, its Containers and their network bindings, interfaces and managed agents, and the
/// overrides it was started with (TaskOverride, which RunTask and StartTask also take: the
/// requests are in ecs/run_task.hpp).
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Task.html
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Container.html
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskOverride.html
///
/// `lastStatus` and `desiredStatus` stay strings: the model leaves them open (PROVISIONING,
/// PENDING, ACTIVATING, RUNNING, DEACTIVATING, STOPPING, DEPROVISIONING, STOPPED, DELETED) and
/// AWS adds states without a model change. A task's `cpu` and `memory` are the task definition's
/// sizes as ECS stores them (CPU units, MiB) and use its types; a container's are strings of
/// the same units in the description, numbers in an override, as the wire has them.

#include <awsmodel/core/arn.hpp>
#include <awsmodel/core/codec_fwd.hpp>
#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/quantity.hpp>
#include <awsmodel/ecs/attachment.hpp>
#include <awsmodel/ecs/container_definition.hpp>
#include <awsmodel/ecs/key_value_pair.hpp>
#include <awsmodel/ecs/launch_type.hpp>
#include <awsmodel/ecs/name.hpp>
#include <awsmodel/ecs/name_or_arn.hpp>
#include <awsmodel/ecs/port_mapping.hpp>
#include <awsmodel/ecs/tag.hpp>
#include <awsmodel/ecs/task_definition_model.hpp>
#include <awsmodel/ecs/task_size.hpp>
#include <awsmodel/shapes.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::ecs {

/// botocore ecs `HealthStatus`: a container's health check result, and a task's (the essential
/// containers' combined; UNKNOWN while no container has a health check or the first has not run).
enum class health_status { healthy, unhealthy, unknown };
constexpr auto wire_names(health_status) noexcept {
    return std::to_array<std::string_view>({"HEALTHY", "UNHEALTHY", "UNKNOWN"});
}

/// botocore ecs `Connectivity`: whether the task's agent reaches ECS.
enum class connectivity { connected, disconnected };
constexpr auto wire_names(connectivity) noexcept {
    return std::to_array<std::string_view>({"CONNECTED", "DISCONNECTED"});
}

/// botocore ecs `TaskStopCode`: why a task stopped (`stoppedReason` says it in words).
enum class task_stop_code {
    task_failed_to_start, essential_container_exited, user_initiated, service_scheduler_initiated,
    spot_interruption, termination_notice
};
constexpr auto wire_names(task_stop_code) noexcept {
    return std::to_array<std::string_view>({"TaskFailedToStart", "EssentialContainerExited", "UserInitiated",
                                            "ServiceSchedulerInitiated", "SpotInterruption", "TerminationNotice"});
}

/// botocore ecs `ManagedAgentName`: the agents ECS runs in a task beside its containers.
enum class managed_agent_name { execute_command_agent };
constexpr auto wire_names(managed_agent_name) noexcept {
    return std::to_array<std::string_view>({"ExecuteCommandAgent"});
}

/// A port of a container as it was published (bridge and host network modes): where the
/// container's port is reachable on the instance.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_NetworkBinding.html
struct network_binding : core::model {
    std::optional<std::string> bind_ip; ///< "0.0.0.0", "::"
    std::optional<core::port> container_port;
    std::optional<core::port> host_port;
    std::optional<core::open_enum<transport_protocol>> protocol;
    std::optional<std::string> container_port_range; ///< "8000-8010"
    std::optional<std::string> host_port_range;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = network_binding;
        return core::fields<core::camel_case,
                            core::field<&T::bind_ip, core::with{.name = "bindIP"}>,
                            core::field<&T::container_port>,
                            core::field<&T::host_port>,
                            core::field<&T::protocol>,
                            core::field<&T::container_port_range>,
                            core::field<&T::host_port_range>>();
    }
    friend bool operator==(const network_binding&, const network_binding&) = default;
};

/// The addresses of an awsvpc task's elastic network interface, as a container sees them.
/// `attachmentId` names the task's ElasticNetworkInterface attachment (an id, not an eni- id).
struct network_interface : core::model {
    std::optional<std::string> attachment_id;
    std::optional<std::string> private_ipv4_address;
    std::optional<std::string> ipv6_address;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = network_interface;
        return core::fields<core::camel_case,
                            core::field<&T::attachment_id>,
                            core::field<&T::private_ipv4_address>,
                            core::field<&T::ipv6_address>>();
    }
    friend bool operator==(const network_interface&, const network_interface&) = default;
};

/// An agent ECS runs in the container (today the ECS Exec agent) and its state.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ManagedAgent.html
struct managed_agent : core::model {
    std::optional<timestamp> last_started_at;
    std::optional<core::open_enum<managed_agent_name>> name;
    std::optional<std::string> reason;
    std::optional<std::string> last_status; ///< PENDING, RUNNING, STOPPED
    core::extra_members extra;

    static constexpr auto fields() {
        using T = managed_agent;
        return core::fields<core::camel_case,
                            core::field<&T::last_started_at>,
                            core::field<&T::name>,
                            core::field<&T::reason>,
                            core::field<&T::last_status>>();
    }
    friend bool operator==(const managed_agent&, const managed_agent&) = default;
};

/// A container of a task as ECS describes it.
struct container : core::model {
    std::optional<core::arn> container_arn;
    std::optional<core::arn> task_arn;
    std::optional<ecs::container_name> name;
    std::optional<std::string> image;        ///< as the task definition names it
    std::optional<std::string> image_digest; ///< "sha256:...": what the tag resolved to
    std::optional<std::string> runtime_id;   ///< the Docker container id
    std::optional<std::string> last_status;  ///< the task's states, per container
    std::optional<std::int32_t> exit_code;   ///< once stopped
    std::optional<std::string> reason;
    std::optional<std::vector<network_binding>> network_bindings;
    std::optional<std::vector<network_interface>> network_interfaces;
    std::optional<core::open_enum<ecs::health_status>> health_status;
    std::optional<std::vector<managed_agent>> managed_agents;
    std::optional<std::string> cpu;                ///< CPU units, as a string ("256")
    std::optional<std::string> memory;             ///< the hard limit in MiB, as a string
    std::optional<std::string> memory_reservation; ///< the soft limit in MiB, as a string
    std::optional<std::vector<std::string>> gpu_ids;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = container;
        return core::fields<core::camel_case,
                            core::field<&T::container_arn>,
                            core::field<&T::task_arn>,
                            core::field<&T::name>,
                            core::field<&T::image>,
                            core::field<&T::image_digest>,
                            core::field<&T::runtime_id>,
                            core::field<&T::last_status>,
                            core::field<&T::exit_code>,
                            core::field<&T::reason>,
                            core::field<&T::network_bindings>,
                            core::field<&T::network_interfaces>,
                            core::field<&T::health_status>,
                            core::field<&T::managed_agents>,
                            core::field<&T::cpu>,
                            core::field<&T::memory>,
                            core::field<&T::memory_reservation>,
                            core::field<&T::gpu_ids>>();
    }
    friend bool operator==(const container&, const container&) = default;
};

/// What RunTask or StartTask changes for one container of the task definition; `name` says which.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerOverride.html
struct container_override : core::model {
    std::optional<ecs::container_name> name;
    std::optional<std::vector<std::string>> command; ///< replaces the definition's command
    std::optional<std::vector<key_value_pair>> environment; ///< added to, or replacing by name, the definition's
    std::optional<std::vector<environment_file>> environment_files;
    std::optional<core::cpu_units> cpu;
    std::optional<core::mebibytes> memory;
    std::optional<core::mebibytes> memory_reservation;
    std::optional<std::vector<resource_requirement>> resource_requirements;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = container_override;
        return core::fields<core::camel_case,
                            core::field<&T::name>,
                            core::field<&T::command>,
                            core::field<&T::environment>,
                            core::field<&T::environment_files>,
                            core::field<&T::cpu>,
                            core::field<&T::memory>,
                            core::field<&T::memory_reservation>,
                            core::field<&T::resource_requirements>>();
    }
    friend bool operator==(const container_override&, const container_override&) = default;
};

/// Which Elastic Inference accelerator type a device of the task definition gets (deprecated).
struct inference_accelerator_override : core::model {
    std::optional<std::string> device_name; ///< a task definition's inferenceAccelerators deviceName
    std::optional<std::string> device_type;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = inference_accelerator_override;
        return core::fields<core::camel_case,
                            core::field<&T::device_name>,
                            core::field<&T::device_type>>();
    }
    friend bool operator==(const inference_accelerator_override&, const inference_accelerator_override&) = default;
};

/// The overrides of one task: its containers', its size, roles and Fargate storage.
struct task_override : core::model {
    std::optional<std::vector<container_override>> container_overrides;
    std::optional<task_cpu> cpu;
    std::optional<std::vector<inference_accelerator_override>> inference_accelerator_overrides;
    std::optional<core::arn> execution_role_arn;
    std::optional<task_memory> memory;
    std::optional<name_or_arn> task_role_arn; ///< a role name or ARN, as in the task definition
    std::optional<ecs::ephemeral_storage> ephemeral_storage; ///< Fargate only
    core::extra_members extra;

    static constexpr auto fields() {
        using T = task_override;
        return core::fields<core::camel_case,
                            core::field<&T::container_overrides>,
                            core::field<&T::cpu>,
                            core::field<&T::inference_accelerator_overrides>,
                            core::field<&T::execution_role_arn>,
                            core::field<&T::memory>,
                            core::field<&T::task_role_arn>,
                            core::field<&T::ephemeral_storage>>();
    }
    friend bool operator==(const task_override&, const task_override&) = default;
};

/// A Fargate task's ephemeral storage as the task reports it: its size and the key that encrypts
/// it (the cluster's managed storage key, or an AWS owned key when absent).
struct task_ephemeral_storage : core::model {
    std::optional<core::gibibytes> size_in_gib;
    std::optional<std::string> kms_key_id;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = task_ephemeral_storage;
        return core::fields<core::camel_case,
                            core::field<&T::size_in_gib, core::with{.name = "sizeInGiB"}>,
                            core::field<&T::kms_key_id>>();
    }
    friend bool operator==(const task_ephemeral_storage&, const task_ephemeral_storage&) = default;
};

/// botocore ecs `Task`.
struct task : core::model {
    std::optional<std::vector<attachment>> attachments; ///< the awsvpc ElasticNetworkInterface, Service Connect
    std::optional<std::vector<attribute>> attributes;    ///< ecs.cpu-architecture, ...
    std::optional<std::string> availability_zone;
    std::optional<std::string> capacity_provider_name;
    std::optional<core::arn> cluster_arn;
    std::optional<core::open_enum<ecs::connectivity>> connectivity;
    std::optional<timestamp> connectivity_at;
    std::optional<core::arn> container_instance_arn; ///< EC2 and EXTERNAL tasks
    std::optional<std::vector<container>> containers;
    std::optional<task_cpu> cpu;
    std::optional<timestamp> created_at;
    std::optional<std::string> desired_status;
    std::optional<bool> enable_execute_command;
    std::optional<timestamp> execution_stopped_at;
    std::optional<std::string> group; ///< "family:<name>" or "service:<name>" unless given
    std::optional<core::open_enum<ecs::health_status>> health_status;
    std::optional<std::vector<inference_accelerator>> inference_accelerators;
    std::optional<std::string> last_status;
    std::optional<core::open_enum<ecs::launch_type>> launch_type;
    std::optional<task_memory> memory;
    std::optional<task_override> overrides;
    std::optional<std::string> platform_version; ///< Fargate: "1.4.0", "LATEST" as resolved
    std::optional<std::string> platform_family;  ///< Fargate: "Linux", "Windows Server 2019 Full", ...
    std::optional<timestamp> pull_started_at;
    std::optional<timestamp> pull_stopped_at;
    std::optional<timestamp> started_at;
    std::optional<std::string> started_by; ///< a service's deployment id, or what RunTask was given
    std::optional<core::open_enum<task_stop_code>> stop_code;
    std::optional<timestamp> stopped_at;
    std::optional<std::string> stopped_reason;
    std::optional<timestamp> stopping_at;
    std::optional<std::vector<tag>> tags;
    std::optional<core::arn> task_arn;
    std::optional<core::arn> task_definition_arn;
    std::optional<std::int64_t> version; ///< grows with each change; orders events about the task
    std::optional<ecs::ephemeral_storage> ephemeral_storage;
    std::optional<task_ephemeral_storage> fargate_ephemeral_storage;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = task;
        return core::fields<core::camel_case,
                            core::field<&T::attachments>,
                            core::field<&T::attributes>,
                            core::field<&T::availability_zone>,
                            core::field<&T::capacity_provider_name>,
                            core::field<&T::cluster_arn>,
                            core::field<&T::connectivity>,
                            core::field<&T::connectivity_at>,
                            core::field<&T::container_instance_arn>,
                            core::field<&T::containers>,
                            core::field<&T::cpu>,
                            core::field<&T::created_at>,
                            core::field<&T::desired_status>,
                            core::field<&T::enable_execute_command>,
                            core::field<&T::execution_stopped_at>,
                            core::field<&T::group>,
                            core::field<&T::health_status>,
                            core::field<&T::inference_accelerators>,
                            core::field<&T::last_status>,
                            core::field<&T::launch_type>,
                            core::field<&T::memory>,
                            core::field<&T::overrides>,
                            core::field<&T::platform_version>,
                            core::field<&T::platform_family>,
                            core::field<&T::pull_started_at>,
                            core::field<&T::pull_stopped_at>,
                            core::field<&T::started_at>,
                            core::field<&T::started_by>,
                            core::field<&T::stop_code>,
                            core::field<&T::stopped_at>,
                            core::field<&T::stopped_reason>,
                            core::field<&T::stopping_at>,
                            core::field<&T::tags, core::with{.min = 0, .max = 50}>,
                            core::field<&T::task_arn>,
                            core::field<&T::task_definition_arn>,
                            core::field<&T::version>,
                            core::field<&T::ephemeral_storage>,
                            core::field<&T::fargate_ephemeral_storage>>();
    }
    friend bool operator==(const task&, const task&) = default;
};

} // namespace awsmodel::ecs

// The codecs of the shapes awsmodel/shapes.hpp lists for this header, extern with separate compilation.
AWSMODEL_EXTERN_CODECS(AWSMODEL_SHAPES_ECS_TASK);

#endif
