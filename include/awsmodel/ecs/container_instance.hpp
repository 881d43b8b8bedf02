// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_CONTAINER_INSTANCE_HPP
#define AWSMODEL_ECS_CONTAINER_INSTANCE_HPP

/// ECS container instances: an EC2 instance (or an external, SSM-managed machine) whose agent
/// registered with a cluster. The ContainerInstance description with its resources, agent
/// version and health, the RegisterContainerInstance request (what the agent sends; users rarely
/// call it), and DescribeContainerInstances' and ListContainerInstances' responses. Launching
/// instances that register is ecs/container_instance_launch.hpp's recipe.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerInstance.html
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterContainerInstance.html
///
/// `ec2InstanceId` stays a string: for an external instance it is a managed instance id
/// (mi-...), not an EC2 instance id. `status` stays a string as the model has it (REGISTERING,
/// REGISTRATION_FAILED, ACTIVE, INACTIVE, DEREGISTERING, DRAINING).

#include <awsmodel/core/arn.hpp>
#include <awsmodel/core/codec_fwd.hpp>
#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/ecs/attachment.hpp>
#include <awsmodel/ecs/failure.hpp>
#include <awsmodel/ecs/name_or_arn.hpp>
#include <awsmodel/ecs/tag.hpp>
#include <awsmodel/ecs/task_definition_model.hpp>
#include <awsmodel/shapes.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::ecs {

/// botocore ecs `AgentUpdateStatus`: the progress of an UpdateContainerAgent call.
enum class agent_update_status { pending, staging, staged, updating, updated, failed };
constexpr auto wire_names(agent_update_status) noexcept {
    return std::to_array<std::string_view>({"PENDING", "STAGING", "STAGED", "UPDATING", "UPDATED", "FAILED"});
}

/// botocore ecs `InstanceHealthCheckType`: what the agent checks on the instance.
enum class instance_health_check_type { container_runtime, accelerated_compute, daemon };
constexpr auto wire_names(instance_health_check_type) noexcept {
    return std::to_array<std::string_view>({"CONTAINER_RUNTIME", "ACCELERATED_COMPUTE", "DAEMON"});
}

/// botocore ecs `InstanceHealthCheckState`.
enum class instance_health_check_state { ok, impaired, insufficient_data, initializing };
constexpr auto wire_names(instance_health_check_state) noexcept {
    return std::to_array<std::string_view>({"OK", "IMPAIRED", "INSUFFICIENT_DATA", "INITIALIZING"});
}

/// botocore ecs `PlatformDeviceType`.
enum class platform_device_type { gpu };
constexpr auto wire_names(platform_device_type) noexcept { return std::to_array<std::string_view>({"GPU"}); }

/// The versions of the ECS agent and of Docker on the instance.
struct version_info : core::model {
    std::optional<std::string> agent_version; ///< "1.85.0"
    std::optional<std::string> agent_hash;    ///< the agent's Git commit
    std::optional<std::string> docker_version; ///< "DockerVersion: 20.10.25"
    core::extra_members extra;

    static constexpr auto fields() {
        using T = version_info;
        return core::fields<core::camel_case,
                            core::field<&T::agent_version>,
                            core::field<&T::agent_hash>,
                            core::field<&T::docker_version>>();
    }
    friend bool operator==(const version_info&, const version_info&) = default;
};

/// A resource of the instance that tasks reserve: CPU (units) and MEMORY (MiB) as
/// `integerValue`, PORTS and PORTS_UDP (the ports taken) as `stringSetValue`, GPU (the GPU ids)
/// as `stringSetValue`. `type` says which value member holds it (INTEGER, LONG, DOUBLE,
/// STRINGSET); ECS also sends the others, as zeros.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Resource.html
struct resource : core::model {
    std::optional<std::string> name;
    std::optional<std::string> type;
    std::optional<double> double_value;
    std::optional<std::int64_t> long_value;
    std::optional<std::int32_t> integer_value;
    std::optional<std::vector<std::string>> string_set_value;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = resource;
        return core::fields<core::camel_case,
                            core::field<&T::name>,
                            core::field<&T::type>,
                            core::field<&T::double_value>,
                            core::field<&T::long_value>,
                            core::field<&T::integer_value>,
                            core::field<&T::string_set_value>>();
    }
    friend bool operator==(const resource&, const resource&) = default;
};

/// The result of one of the agent's health checks.
struct instance_health_check_result : core::model {
    std::optional<core::open_enum<instance_health_check_type>> type;
    std::optional<core::open_enum<instance_health_check_state>> status;
    std::optional<std::string> status_reason;
    std::optional<timestamp> last_updated;
    std::optional<timestamp> last_status_change;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = instance_health_check_result;
        return core::fields<core::camel_case,
                            core::field<&T::type>,
                            core::field<&T::status>,
                            core::field<&T::status_reason>,
                            core::field<&T::last_updated>,
                            core::field<&T::last_status_change>>();
    }
    friend bool operator==(const instance_health_check_result&, const instance_health_check_result&) = default;
};

/// The instance's health: the worst of its checks, and each check.
struct container_instance_health_status : core::model {
    std::optional<core::open_enum<instance_health_check_state>> overall_status;
    std::optional<std::vector<instance_health_check_result>> details;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = container_instance_health_status;
        return core::fields<core::camel_case,
                            core::field<&T::overall_status>,
                            core::field<&T::details>>();
    }
    friend bool operator==(const container_instance_health_status&, const container_instance_health_status&) = default;
};

/// botocore ecs `ContainerInstance`.
struct container_instance : core::model {
    std::optional<core::arn> container_instance_arn;
    std::optional<std::string> ec2_instance_id; ///< i-... or, external, mi-...
    std::optional<std::string> capacity_provider_name;
    std::optional<std::int64_t> version; ///< grows with each change; orders events about the instance
    std::optional<ecs::version_info> version_info;
    std::optional<std::vector<resource>> remaining_resources;  ///< what tasks have not reserved
    std::optional<std::vector<resource>> registered_resources; ///< what the agent registered
    std::optional<std::string> status;
    std::optional<std::string> status_reason;
    std::optional<bool> agent_connected;
    std::optional<std::int32_t> running_tasks_count;
    std::optional<std::int32_t> pending_tasks_count;
    std::optional<core::open_enum<ecs::agent_update_status>> agent_update_status;
    std::optional<std::vector<attribute>> attributes; ///< ecs.os-type, com.amazonaws.ecs.capability.*, custom
    std::optional<timestamp> registered_at;
    std::optional<std::vector<attachment>> attachments; ///< the trunk ENI of awsvpc trunking
    std::optional<std::vector<tag>> tags;
    std::optional<container_instance_health_status> health_status;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = container_instance;
        return core::fields<core::camel_case,
                            core::field<&T::container_instance_arn>,
                            core::field<&T::ec2_instance_id>,
                            core::field<&T::capacity_provider_name>,
                            core::field<&T::version>,
                            core::field<&T::version_info>,
                            core::field<&T::remaining_resources>,
                            core::field<&T::registered_resources>,
                            core::field<&T::status>,
                            core::field<&T::status_reason>,
                            core::field<&T::agent_connected>,
                            core::field<&T::running_tasks_count>,
                            core::field<&T::pending_tasks_count>,
                            core::field<&T::agent_update_status>,
                            core::field<&T::attributes>,
                            core::field<&T::registered_at>,
                            core::field<&T::attachments>,
                            core::field<&T::tags, core::with{.min = 0, .max = 50}>,
                            core::field<&T::health_status>>();
    }
    friend bool operator==(const container_instance&, const container_instance&) = default;
};

/// DescribeContainerInstances' output: the instances found and one failure per instance that was not.
struct describe_container_instances_response : core::model {
    std::optional<std::vector<ecs::container_instance>> container_instances;
    std::optional<std::vector<failure>> failures;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = describe_container_instances_response;
        return core::fields<core::camel_case,
                            core::field<&T::container_instances>,
                            core::field<&T::failures>>();
    }
    friend bool operator==(const describe_container_instances_response&,
                           const describe_container_instances_response&) = default;
};

/// A device of the instance that tasks can be given (a GPU, by its id).
struct platform_device : core::model {
    std::string id;
    core::open_enum<platform_device_type> type;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = platform_device;
        return core::fields<core::camel_case,
                            core::field<&T::id>,
                            core::field<&T::type>>();
    }
    friend bool operator==(const platform_device&, const platform_device&) = default;
};

/// RegisterContainerInstance's input, as the agent sends it: the instance's identity document
/// and its signature, the resources and devices it offers, and its attributes.
struct register_container_instance_request : core::model {
    std::optional<name_or_arn> cluster;
    std::optional<std::string> instance_identity_document; ///< the EC2 instance identity document (JSON text)
    std::optional<std::string> instance_identity_document_signature;
    std::optional<std::vector<resource>> total_resources;
    std::optional<ecs::version_info> version_info;
    std::optional<core::arn> container_instance_arn; ///< re-registering an instance ECS knows
    std::optional<std::vector<attribute>> attributes;
    std::optional<std::vector<platform_device>> platform_devices;
    std::optional<std::vector<tag>> tags;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = register_container_instance_request;
        return core::fields<core::camel_case,
                            core::field<&T::cluster, core::with{.aws_default = "default"}>,
                            core::field<&T::instance_identity_document>,
                            core::field<&T::instance_identity_document_signature>,
                            core::field<&T::total_resources>,
                            core::field<&T::version_info>,
                            core::field<&T::container_instance_arn>,
                            core::field<&T::attributes>,
                            core::field<&T::platform_devices>,
                            core::field<&T::tags, core::with{.min = 0, .max = 50}>>();
    }
    friend bool operator==(const register_container_instance_request&,
                           const register_container_instance_request&) = default;
};

/// ListContainerInstances' output: one page of container instance ARNs.
struct list_container_instances_response : core::model {
    std::optional<std::vector<core::arn>> container_instance_arns;
    std::optional<std::string> next_token;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = list_container_instances_response;
        return core::fields<core::camel_case,
                            core::field<&T::container_instance_arns>,
                            core::field<&T::next_token>>();
    }
    friend bool operator==(const list_container_instances_response&,
                           const list_container_instances_response&) = default;
};

} // namespace awsmodel::ecs

// The codecs of the shapes awsmodel/shapes.hpp lists for this header, extern with separate compilation.
AWSMODEL_EXTERN_CODECS(AWSMODEL_SHAPES_ECS_CONTAINER_INSTANCE);

#endif
