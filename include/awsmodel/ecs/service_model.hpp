// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_SERVICE_MODEL_HPP
#define AWSMODEL_ECS_SERVICE_MODEL_HPP

/// ECS services: the CreateService and UpdateService requests, the Service that ECS describes
/// (with its deployments, task sets and events), and the responses of CreateService,
/// UpdateService, DescribeServices and ListServices. What a service says about how it deploys is
/// in ecs/deployment.hpp, its Service Connect configuration in ecs/service_connect.hpp and its
/// volumes in ecs/service_volume.hpp; this header holds the requests, the description, the
/// responses and the pieces only they use (load balancers, registries, VPC Lattice, task sets).
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Service.html
///
/// The values only: the rules of CreateService and UpdateService (ECS-SV-NNN) are in
/// ecs/service_rules.hpp, and ecs/service.hpp includes both.

#include <awsmodel/core/codec_fwd.hpp>
#include <awsmodel/shapes.hpp>
#include <awsmodel/core/arn.hpp>
#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/port.hpp>
#include <awsmodel/core/rule_id.hpp>
#include <awsmodel/ecs/capacity_provider_strategy.hpp>
#include <awsmodel/ecs/deployment.hpp>
#include <awsmodel/ecs/failure.hpp>
#include <awsmodel/ecs/launch_type.hpp>
#include <awsmodel/ecs/name_or_arn.hpp>
#include <awsmodel/ecs/network_configuration.hpp>
#include <awsmodel/ecs/placement_strategy.hpp>
#include <awsmodel/ecs/propagate_tags.hpp>
#include <awsmodel/ecs/service_connect.hpp>
#include <awsmodel/ecs/service_volume.hpp>
#include <awsmodel/ecs/tag.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::ecs {

/// botocore ecs `SchedulingStrategy`.
enum class scheduling_strategy { replica, daemon };
constexpr auto wire_names(scheduling_strategy) noexcept {
    return std::to_array<std::string_view>({"REPLICA", "DAEMON"});
}
constexpr core::rule_id enum_rule(scheduling_strategy) noexcept { return "ECS-SV-010"; }

/// botocore ecs `AvailabilityZoneRebalancing`.
enum class availability_zone_rebalancing { enabled, disabled };
constexpr auto wire_names(availability_zone_rebalancing) noexcept {
    return std::to_array<std::string_view>({"ENABLED", "DISABLED"});
}
constexpr core::rule_id enum_rule(availability_zone_rebalancing) noexcept { return "ECS-SV-094"; }

/// botocore ecs `ResourceManagementType`: who manages a service (ECS for Express services).
enum class resource_management_type { customer, ecs };
constexpr auto wire_names(resource_management_type) noexcept {
    return std::to_array<std::string_view>({"CUSTOMER", "ECS"});
}

/// botocore ecs `DeploymentRolloutState`.
enum class deployment_rollout_state { completed, failed, in_progress };
constexpr auto wire_names(deployment_rollout_state) noexcept {
    return std::to_array<std::string_view>({"COMPLETED", "FAILED", "IN_PROGRESS"});
}

/// botocore ecs `StabilityStatus`.
enum class stability_status { steady_state, stabilizing };
constexpr auto wire_names(stability_status) noexcept {
    return std::to_array<std::string_view>({"STEADY_STATE", "STABILIZING"});
}

/// botocore ecs `ScaleUnit`.
enum class scale_unit { percent };
constexpr auto wire_names(scale_unit) noexcept { return std::to_array<std::string_view>({"PERCENT"}); }

/// The listener rules and alternate target group of a blue/green deployment behind an
/// Application or Network Load Balancer.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AdvancedConfiguration.html
struct advanced_configuration : core::model {
    std::optional<core::arn> alternate_target_group_arn;
    std::optional<core::arn> production_listener_rule; ///< a listener or listener rule ARN
    std::optional<core::arn> test_listener_rule;       ///< a listener or listener rule ARN
    std::optional<core::arn> role_arn;                 ///< the role ECS shifts traffic with
    core::extra_members extra;

    static constexpr auto fields() {
        using T = advanced_configuration;
        return core::fields<core::camel_case,
                            core::field<&T::alternate_target_group_arn>,
                            core::field<&T::production_listener_rule>,
                            core::field<&T::test_listener_rule>,
                            core::field<&T::role_arn>>();
    }
    friend bool operator==(const advanced_configuration&, const advanced_configuration&) = default;
};

/// A load balancer that sends traffic to a container port of the service's tasks: a target group
/// (Application and Network Load Balancers) or a Classic Load Balancer's name.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LoadBalancer.html
struct load_balancer : core::model {
    std::optional<core::arn> target_group_arn;
    std::optional<std::string> load_balancer_name; ///< Classic Load Balancers only
    std::optional<std::string> container_name;     ///< a container of the task definition
    std::optional<core::port> container_port;
    std::optional<ecs::advanced_configuration> advanced_configuration;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = load_balancer;
        return core::fields<core::camel_case,
                            core::field<&T::target_group_arn>,
                            core::field<&T::load_balancer_name>,
                            core::field<&T::container_name>,
                            core::field<&T::container_port>,
                            core::field<&T::advanced_configuration>>();
    }
    friend bool operator==(const load_balancer&, const load_balancer&) = default;
};

/// A Cloud Map service the tasks are registered in: `port` for SRV records of awsvpc tasks,
/// `containerName` and `containerPort` for bridge and host network modes.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceRegistry.html
struct service_registry : core::model {
    std::optional<core::arn> registry_arn;
    std::optional<core::port> port;
    std::optional<std::string> container_name;
    std::optional<core::port> container_port;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = service_registry;
        return core::fields<core::camel_case,
                            core::field<&T::registry_arn>,
                            core::field<&T::port>,
                            core::field<&T::container_name>,
                            core::field<&T::container_port>>();
    }
    friend bool operator==(const service_registry&, const service_registry&) = default;
};

/// A VPC Lattice target group the service's tasks are registered in, for a named port of the
/// task definition.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_VpcLatticeConfiguration.html
struct vpc_lattice_configuration : core::model {
    core::arn role_arn; ///< the infrastructure role ECS registers the targets with
    core::arn target_group_arn;
    std::string port_name; ///< a portMappings[].name of the task definition
    core::extra_members extra;

    static constexpr auto fields() {
        using T = vpc_lattice_configuration;
        return core::fields<core::camel_case,
                            core::field<&T::role_arn>,
                            core::field<&T::target_group_arn>,
                            core::field<&T::port_name>>();
    }
    friend bool operator==(const vpc_lattice_configuration&, const vpc_lattice_configuration&) = default;
};

/// The key that encrypts the Fargate ephemeral storage of a deployment's or task set's tasks.
struct deployment_ephemeral_storage : core::model {
    std::optional<std::string> kms_key_id;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = deployment_ephemeral_storage;
        return core::fields<core::camel_case,
                            core::field<&T::kms_key_id>>();
    }
    friend bool operator==(const deployment_ephemeral_storage&, const deployment_ephemeral_storage&) = default;
};

/// A task set's size: a percentage of the service's desired count.
struct scale : core::model {
    std::optional<double> value; ///< 0-100
    std::optional<core::open_enum<scale_unit>> unit;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = scale;
        return core::fields<core::camel_case,
                            core::field<&T::value>,
                            core::field<&T::unit>>();
    }
    friend bool operator==(const scale&, const scale&) = default;
};

/// A set of tasks of one revision within a service that uses the CODE_DEPLOY or EXTERNAL
/// deployment controller.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskSet.html
struct task_set : core::model {
    std::optional<std::string> id; ///< `ecs-svc/` and digits
    std::optional<core::arn> task_set_arn;
    std::optional<core::arn> service_arn;
    std::optional<core::arn> cluster_arn;
    std::optional<std::string> started_by; ///< a CodeDeploy deployment id, or what an external controller set
    std::optional<std::string> external_id;
    std::optional<std::string> status; ///< PRIMARY, ACTIVE or DRAINING
    std::optional<core::arn> task_definition;
    std::optional<std::int32_t> computed_desired_count;
    std::optional<std::int32_t> pending_count;
    std::optional<std::int32_t> running_count;
    std::optional<timestamp> created_at;
    std::optional<timestamp> updated_at;
    std::optional<core::open_enum<ecs::launch_type>> launch_type;
    std::optional<ecs::capacity_provider_strategy> capacity_provider_strategy;
    std::optional<std::string> platform_version;
    std::optional<std::string> platform_family;
    std::optional<ecs::network_configuration> network_configuration;
    std::optional<std::vector<load_balancer>> load_balancers;
    std::optional<std::vector<service_registry>> service_registries;
    std::optional<ecs::scale> scale;
    std::optional<core::open_enum<ecs::stability_status>> stability_status;
    std::optional<timestamp> stability_status_at;
    std::optional<std::vector<tag>> tags;
    std::optional<deployment_ephemeral_storage> fargate_ephemeral_storage;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = task_set;
        return core::fields<core::camel_case,
                            core::field<&T::id>,
                            core::field<&T::task_set_arn>,
                            core::field<&T::service_arn>,
                            core::field<&T::cluster_arn>,
                            core::field<&T::started_by>,
                            core::field<&T::external_id>,
                            core::field<&T::status>,
                            core::field<&T::task_definition>,
                            core::field<&T::computed_desired_count>,
                            core::field<&T::pending_count>,
                            core::field<&T::running_count>,
                            core::field<&T::created_at>,
                            core::field<&T::updated_at>,
                            core::field<&T::launch_type>,
                            core::field<&T::capacity_provider_strategy>,
                            core::field<&T::platform_version>,
                            core::field<&T::platform_family>,
                            core::field<&T::network_configuration>,
                            core::field<&T::load_balancers>,
                            core::field<&T::service_registries>,
                            core::field<&T::scale>,
                            core::field<&T::stability_status>,
                            core::field<&T::stability_status_at>,
                            core::field<&T::tags, core::with{.min = 0, .max = 50}>,
                            core::field<&T::fargate_ephemeral_storage>>();
    }
    friend bool operator==(const task_set&, const task_set&) = default;
};

/// One deployment of a service that uses the ECS deployment controller: the PRIMARY one, the
/// ACTIVE ones it replaces, and INACTIVE ones.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Deployment.html
struct deployment : core::model {
    std::optional<std::string> id;     ///< `ecs-svc/` and digits
    std::optional<std::string> status; ///< PRIMARY, ACTIVE or INACTIVE
    std::optional<core::arn> task_definition;
    std::optional<std::int32_t> desired_count;
    std::optional<std::int32_t> pending_count;
    std::optional<std::int32_t> running_count;
    std::optional<std::int32_t> failed_tasks;
    std::optional<timestamp> created_at;
    std::optional<timestamp> updated_at;
    std::optional<ecs::capacity_provider_strategy> capacity_provider_strategy;
    std::optional<core::open_enum<ecs::launch_type>> launch_type;
    std::optional<std::string> platform_version;
    std::optional<std::string> platform_family;
    std::optional<ecs::network_configuration> network_configuration;
    std::optional<core::open_enum<deployment_rollout_state>> rollout_state; ///< with the circuit breaker only
    std::optional<std::string> rollout_state_reason;
    std::optional<ecs::service_connect_configuration> service_connect_configuration;
    std::optional<std::vector<service_connect_service_resource>> service_connect_resources;
    std::optional<std::vector<service_volume_configuration>> volume_configurations;
    std::optional<deployment_ephemeral_storage> fargate_ephemeral_storage;
    std::optional<std::vector<vpc_lattice_configuration>> vpc_lattice_configurations;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = deployment;
        return core::fields<core::camel_case,
                            core::field<&T::id>,
                            core::field<&T::status>,
                            core::field<&T::task_definition>,
                            core::field<&T::desired_count>,
                            core::field<&T::pending_count>,
                            core::field<&T::running_count>,
                            core::field<&T::failed_tasks>,
                            core::field<&T::created_at>,
                            core::field<&T::updated_at>,
                            core::field<&T::capacity_provider_strategy>,
                            core::field<&T::launch_type>,
                            core::field<&T::platform_version>,
                            core::field<&T::platform_family>,
                            core::field<&T::network_configuration>,
                            core::field<&T::rollout_state>,
                            core::field<&T::rollout_state_reason>,
                            core::field<&T::service_connect_configuration>,
                            core::field<&T::service_connect_resources>,
                            core::field<&T::volume_configurations>,
                            core::field<&T::fargate_ephemeral_storage>,
                            core::field<&T::vpc_lattice_configurations>>();
    }
    friend bool operator==(const deployment&, const deployment&) = default;
};

/// A message of the service scheduler ("(service web) has reached a steady state.").
struct service_event : core::model {
    std::optional<std::string> id;
    std::optional<timestamp> created_at;
    std::optional<std::string> message;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = service_event;
        return core::fields<core::camel_case,
                            core::field<&T::id>,
                            core::field<&T::created_at>,
                            core::field<&T::message>>();
    }
    friend bool operator==(const service_event&, const service_event&) = default;
};

/// The task counts of one service revision of the current service deployment.
struct service_current_revision_summary : core::model {
    std::optional<core::arn> arn; ///< the service revision
    std::optional<std::int32_t> requested_task_count;
    std::optional<std::int32_t> running_task_count;
    std::optional<std::int32_t> pending_task_count;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = service_current_revision_summary;
        return core::fields<core::camel_case,
                            core::field<&T::arn>,
                            core::field<&T::requested_task_count>,
                            core::field<&T::running_task_count>,
                            core::field<&T::pending_task_count>>();
    }
    friend bool operator==(const service_current_revision_summary&, const service_current_revision_summary&) = default;
};

/// CreateService's input. `cluster` and `taskDefinition` take a name (`family:revision` or a
/// family, for its latest ACTIVE revision) or a full ARN; `role` a role name or ARN.
struct create_service_request : core::model {
    std::optional<name_or_arn> cluster;
    std::string service_name; ///< 1-255 letters, digits, hyphens and underscores, unique in the cluster
    std::optional<name_or_arn> task_definition; ///< needed unless the deployment controller is EXTERNAL
    std::optional<core::open_enum<ecs::availability_zone_rebalancing>> availability_zone_rebalancing;
    std::optional<std::vector<load_balancer>> load_balancers;
    std::optional<std::vector<service_registry>> service_registries;
    std::optional<std::int32_t> desired_count; ///< needed for REPLICA; not for DAEMON
    std::optional<std::string> client_token;   ///< up to 36 ASCII characters, for idempotency
    std::optional<core::open_enum<ecs::launch_type>> launch_type; ///< excludes capacityProviderStrategy
    std::optional<ecs::capacity_provider_strategy> capacity_provider_strategy; ///< excludes launchType
    std::optional<std::string> platform_version; ///< Fargate only
    std::optional<name_or_arn> role; ///< Classic Load Balancers without awsvpc only
    std::optional<ecs::deployment_configuration> deployment_configuration;
    std::optional<std::vector<placement_constraint>> placement_constraints;
    std::optional<std::vector<ecs::placement_strategy>> placement_strategy;
    std::optional<ecs::network_configuration> network_configuration; ///< for the awsvpc network mode
    std::optional<std::int32_t> health_check_grace_period_seconds;    ///< with load balancers or VPC Lattice
    std::optional<core::open_enum<ecs::scheduling_strategy>> scheduling_strategy;
    std::optional<ecs::deployment_controller> deployment_controller; ///< absent: the ECS controller
    std::optional<std::vector<tag>> tags;
    std::optional<bool> enable_ecs_managed_tags;
    std::optional<core::open_enum<ecs::propagate_tags>> propagate_tags; ///< absent: no tags are copied
    std::optional<bool> enable_execute_command;
    std::optional<ecs::service_connect_configuration> service_connect_configuration;
    std::optional<std::vector<service_volume_configuration>> volume_configurations;
    std::optional<std::vector<vpc_lattice_configuration>> vpc_lattice_configurations;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = create_service_request;
        return core::fields<core::camel_case,
                            core::field<&T::cluster, core::with{.aws_default = "default"}>,
                            core::field<&T::service_name>,
                            core::field<&T::task_definition>,
                            core::field<&T::availability_zone_rebalancing>,
                            core::field<&T::load_balancers>,
                            core::field<&T::service_registries>,
                            core::field<&T::desired_count>,
                            core::field<&T::client_token>,
                            core::field<&T::launch_type>,
                            core::field<&T::capacity_provider_strategy>,
                            core::field<&T::platform_version, core::with{.aws_default = "LATEST"}>,
                            core::field<&T::role>,
                            core::field<&T::deployment_configuration>,
                            core::field<&T::placement_constraints>,
                            core::field<&T::placement_strategy, core::with{.cfn = "PlacementStrategies"}>,
                            core::field<&T::network_configuration>,
                            core::field<&T::health_check_grace_period_seconds>,
                            core::field<&T::scheduling_strategy, core::with{.aws_default = "REPLICA"}>,
                            core::field<&T::deployment_controller>,
                            core::field<&T::tags, core::with{.min = 0, .max = 50}>,
                            core::field<&T::enable_ecs_managed_tags, core::with{.name = "enableECSManagedTags", .aws_default = "false"}>,
                            core::field<&T::propagate_tags, core::with{.aws_default = "NONE"}>,
                            core::field<&T::enable_execute_command, core::with{.aws_default = "false"}>,
                            core::field<&T::service_connect_configuration>,
                            core::field<&T::volume_configurations>,
                            core::field<&T::vpc_lattice_configurations>>();
    }
    friend bool operator==(const create_service_request&, const create_service_request&) = default;
};

/// UpdateService's input: what it leaves out keeps its current value. A new task definition, a
/// new network or deployment configuration, or `forceNewDeployment` starts a deployment.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_UpdateService.html
struct update_service_request : core::model {
    std::optional<name_or_arn> cluster;
    name_or_arn service; ///< the service's name or ARN
    std::optional<std::int32_t> desired_count;
    std::optional<name_or_arn> task_definition;
    std::optional<ecs::capacity_provider_strategy> capacity_provider_strategy;
    std::optional<ecs::deployment_configuration> deployment_configuration;
    std::optional<core::open_enum<ecs::availability_zone_rebalancing>> availability_zone_rebalancing;
    std::optional<ecs::network_configuration> network_configuration;
    std::optional<std::vector<placement_constraint>> placement_constraints; ///< [] removes them all
    std::optional<std::vector<ecs::placement_strategy>> placement_strategy; ///< [] removes them all
    std::optional<std::string> platform_version;
    std::optional<bool> force_new_deployment;
    std::optional<std::int32_t> health_check_grace_period_seconds;
    std::optional<ecs::deployment_controller> deployment_controller;
    std::optional<bool> enable_execute_command;
    std::optional<bool> enable_ecs_managed_tags;
    std::optional<std::vector<load_balancer>> load_balancers; ///< [] removes them all
    std::optional<core::open_enum<ecs::propagate_tags>> propagate_tags;
    std::optional<std::vector<service_registry>> service_registries; ///< [] removes them all
    std::optional<ecs::service_connect_configuration> service_connect_configuration;
    std::optional<std::vector<service_volume_configuration>> volume_configurations;
    std::optional<std::vector<vpc_lattice_configuration>> vpc_lattice_configurations;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = update_service_request;
        return core::fields<core::camel_case,
                            core::field<&T::cluster, core::with{.aws_default = "default"}>,
                            core::field<&T::service>,
                            core::field<&T::desired_count>,
                            core::field<&T::task_definition>,
                            core::field<&T::capacity_provider_strategy>,
                            core::field<&T::deployment_configuration>,
                            core::field<&T::availability_zone_rebalancing>,
                            core::field<&T::network_configuration>,
                            core::field<&T::placement_constraints>,
                            core::field<&T::placement_strategy>,
                            core::field<&T::platform_version>,
                            core::field<&T::force_new_deployment, core::with{.aws_default = "false"}>,
                            core::field<&T::health_check_grace_period_seconds>,
                            core::field<&T::deployment_controller>,
                            core::field<&T::enable_execute_command>,
                            core::field<&T::enable_ecs_managed_tags, core::with{.name = "enableECSManagedTags"}>,
                            core::field<&T::load_balancers>,
                            core::field<&T::propagate_tags>,
                            core::field<&T::service_registries>,
                            core::field<&T::service_connect_configuration>,
                            core::field<&T::volume_configurations>,
                            core::field<&T::vpc_lattice_configurations>>();
    }
    friend bool operator==(const update_service_request&, const update_service_request&) = default;
};

/// A service as CreateService, UpdateService, DescribeServices and DeleteService return it.
struct service : core::model {
    std::optional<core::arn> service_arn;
    std::optional<std::string> service_name;
    std::optional<core::arn> cluster_arn;
    std::optional<std::vector<load_balancer>> load_balancers;
    std::optional<std::vector<service_registry>> service_registries;
    std::optional<std::string> status; ///< ACTIVE, DRAINING or INACTIVE
    std::optional<std::int32_t> desired_count;
    std::optional<std::int32_t> running_count;
    std::optional<std::int32_t> pending_count;
    std::optional<core::open_enum<ecs::launch_type>> launch_type;
    std::optional<ecs::capacity_provider_strategy> capacity_provider_strategy;
    std::optional<std::string> platform_version;
    std::optional<std::string> platform_family;
    std::optional<core::arn> task_definition;
    std::optional<ecs::deployment_configuration> deployment_configuration;
    std::optional<std::vector<task_set>> task_sets; ///< CODE_DEPLOY and EXTERNAL controllers
    std::optional<std::vector<deployment>> deployments; ///< the ECS controller
    std::optional<core::arn> role_arn;
    std::optional<std::vector<service_event>> events; ///< the latest 100
    std::optional<timestamp> created_at;
    std::optional<core::arn> current_service_deployment;
    std::optional<std::vector<service_current_revision_summary>> current_service_revisions;
    std::optional<std::vector<placement_constraint>> placement_constraints;
    std::optional<std::vector<ecs::placement_strategy>> placement_strategy;
    std::optional<ecs::network_configuration> network_configuration;
    std::optional<std::int32_t> health_check_grace_period_seconds;
    std::optional<core::open_enum<ecs::scheduling_strategy>> scheduling_strategy;
    std::optional<ecs::deployment_controller> deployment_controller;
    std::optional<std::vector<tag>> tags; ///< only when DescribeServices asks for TAGS
    std::optional<core::arn> created_by; ///< the IAM principal that created the service
    std::optional<bool> enable_ecs_managed_tags;
    std::optional<core::open_enum<ecs::propagate_tags>> propagate_tags;
    std::optional<bool> enable_execute_command;
    std::optional<core::open_enum<ecs::availability_zone_rebalancing>> availability_zone_rebalancing;
    std::optional<core::open_enum<ecs::resource_management_type>> resource_management_type;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = service;
        return core::fields<core::camel_case,
                            core::field<&T::service_arn>,
                            core::field<&T::service_name>,
                            core::field<&T::cluster_arn>,
                            core::field<&T::load_balancers>,
                            core::field<&T::service_registries>,
                            core::field<&T::status>,
                            core::field<&T::desired_count>,
                            core::field<&T::running_count>,
                            core::field<&T::pending_count>,
                            core::field<&T::launch_type>,
                            core::field<&T::capacity_provider_strategy>,
                            core::field<&T::platform_version>,
                            core::field<&T::platform_family>,
                            core::field<&T::task_definition>,
                            core::field<&T::deployment_configuration>,
                            core::field<&T::task_sets>,
                            core::field<&T::deployments>,
                            core::field<&T::role_arn>,
                            core::field<&T::events>,
                            core::field<&T::created_at>,
                            core::field<&T::current_service_deployment>,
                            core::field<&T::current_service_revisions>,
                            core::field<&T::placement_constraints>,
                            core::field<&T::placement_strategy>,
                            core::field<&T::network_configuration>,
                            core::field<&T::health_check_grace_period_seconds>,
                            core::field<&T::scheduling_strategy>,
                            core::field<&T::deployment_controller>,
                            core::field<&T::tags, core::with{.min = 0, .max = 50}>,
                            core::field<&T::created_by>,
                            core::field<&T::enable_ecs_managed_tags, core::with{.name = "enableECSManagedTags"}>,
                            core::field<&T::propagate_tags>,
                            core::field<&T::enable_execute_command>,
                            core::field<&T::availability_zone_rebalancing>,
                            core::field<&T::resource_management_type>>();
    }
    friend bool operator==(const service&, const service&) = default;
};

/// CreateService's output.
struct create_service_response : core::model {
    std::optional<ecs::service> service;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = create_service_response;
        return core::fields<core::camel_case,
                            core::field<&T::service>>();
    }
    friend bool operator==(const create_service_response&, const create_service_response&) = default;
};

/// UpdateService's output: the service with the deployment the update started.
struct update_service_response : core::model {
    std::optional<ecs::service> service;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = update_service_response;
        return core::fields<core::camel_case,
                            core::field<&T::service>>();
    }
    friend bool operator==(const update_service_response&, const update_service_response&) = default;
};

/// DescribeServices' output: the services found and one failure per name that was not.
struct describe_services_response : core::model {
    std::optional<std::vector<ecs::service>> services;
    std::optional<std::vector<failure>> failures;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = describe_services_response;
        return core::fields<core::camel_case,
                            core::field<&T::services>,
                            core::field<&T::failures>>();
    }
    friend bool operator==(const describe_services_response&, const describe_services_response&) = default;
};

/// ListServices' output: one page of service ARNs, and the token of the next page.
struct list_services_response : core::model {
    std::optional<std::vector<core::arn>> service_arns;
    std::optional<std::string> next_token; ///< absent on the last page
    core::extra_members extra;

    static constexpr auto fields() {
        using T = list_services_response;
        return core::fields<core::camel_case,
                            core::field<&T::service_arns>,
                            core::field<&T::next_token>>();
    }
    friend bool operator==(const list_services_response&, const list_services_response&) = default;
};

} // namespace awsmodel::ecs

#endif
