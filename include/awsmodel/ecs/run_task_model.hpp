// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_RUN_TASK_MODEL_HPP
#define AWSMODEL_ECS_RUN_TASK_MODEL_HPP

/// Starting and finding tasks: the RunTask request (ECS places the tasks) and the StartTask
/// request (the caller names the container instances), the EBS volumes either configures for a
/// task at launch, and the responses of RunTask, StartTask (the same shape as RunTask's),
/// DescribeTasks, StopTask and ListTasks. The task they return is ecs/task.hpp's.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_StartTask.html
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskManagedEBSVolumeConfiguration.html
///
/// The values only: the rules of both requests (ECS-RT-001..027) are in ecs/run_task_rules.hpp,
/// and ecs/run_task.hpp includes both, so validating a request always has them.

#include <awsmodel/core/arn.hpp>
#include <awsmodel/core/codec_fwd.hpp>
#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/quantity.hpp>
#include <awsmodel/ec2/resource_ids.hpp>
#include <awsmodel/ecs/capacity_provider_strategy.hpp>
#include <awsmodel/ecs/failure.hpp>
#include <awsmodel/ecs/launch_type.hpp>
#include <awsmodel/ecs/managed_ebs_volume.hpp>
#include <awsmodel/ecs/name_or_arn.hpp>
#include <awsmodel/ecs/network_configuration.hpp>
#include <awsmodel/ecs/placement_strategy.hpp>
#include <awsmodel/ecs/propagate_tags.hpp>
#include <awsmodel/ecs/tag.hpp>
#include <awsmodel/ecs/task.hpp>
#include <awsmodel/shapes.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::ecs {

/// Whether the volume outlives the task.
struct task_managed_ebs_volume_termination_policy : core::model {
    bool delete_on_termination;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = task_managed_ebs_volume_termination_policy;
        return core::fields<core::camel_case,
                            core::field<&T::delete_on_termination>>();
    }
    friend bool operator==(const task_managed_ebs_volume_termination_policy&,
                           const task_managed_ebs_volume_termination_policy&) = default;
};

/// An EBS volume ECS creates and attaches to the task, for a volume the task definition marks
/// `configuredAtLaunch`. The sizes and rates are EBS's (ec2/ebs_volume.hpp); `roleArn` is the
/// infrastructure role ECS manages the volume with.
struct task_managed_ebs_volume_configuration : core::model {
    std::optional<bool> encrypted;
    std::optional<std::string> kms_key_id;  ///< a key id, alias or ARN; without it, the EBS default key
    std::optional<std::string> volume_type; ///< gp2, gp3, io1, io2, st1, sc1, standard
    std::optional<core::gibibytes> size_in_gib; ///< needed unless a snapshot gives the size
    std::optional<ec2::snapshot_id> snapshot_id;
    std::optional<std::int32_t> volume_initialization_rate; ///< MiB/s while the snapshot's blocks are fetched
    std::optional<core::iops> iops;          ///< io1, io2, gp3
    std::optional<std::int32_t> throughput; ///< MiB/s, gp3 only
    std::optional<std::vector<ebs_tag_specification>> tag_specifications;
    core::arn role_arn;
    std::optional<task_managed_ebs_volume_termination_policy> termination_policy;
    std::optional<core::open_enum<task_filesystem_type>> filesystem_type;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = task_managed_ebs_volume_configuration;
        return core::fields<core::camel_case,
                            core::field<&T::encrypted>,
                            core::field<&T::kms_key_id>,
                            core::field<&T::volume_type, core::with{.aws_default = "gp3"}>,
                            core::field<&T::size_in_gib, core::with{.name = "sizeInGiB"}>,
                            core::field<&T::snapshot_id>,
                            core::field<&T::volume_initialization_rate>,
                            core::field<&T::iops>,
                            core::field<&T::throughput>,
                            core::field<&T::tag_specifications>,
                            core::field<&T::role_arn>,
                            core::field<&T::termination_policy>,
                            core::field<&T::filesystem_type>>();
    }
    friend bool operator==(const task_managed_ebs_volume_configuration&,
                           const task_managed_ebs_volume_configuration&) = default;
};

/// The configuration of one volume of the task definition that is configured at launch.
struct task_volume_configuration : core::model {
    std::string name; ///< the task definition's volume name
    std::optional<task_managed_ebs_volume_configuration> managed_ebs_volume;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = task_volume_configuration;
        return core::fields<core::camel_case,
                            core::field<&T::name>,
                            core::field<&T::managed_ebs_volume, core::with{.name = "managedEBSVolume"}>>();
    }
    friend bool operator==(const task_volume_configuration&, const task_volume_configuration&) = default;
};

/// RunTask's input: `taskDefinition` is "family", "family:revision" or a task definition ARN,
/// `cluster` a cluster name or ARN. A launch type and a capacity provider strategy exclude each
/// other; without either the cluster's default strategy applies.
struct run_task_request : core::model {
    std::optional<ecs::capacity_provider_strategy> capacity_provider_strategy;
    std::optional<name_or_arn> cluster;
    std::optional<std::int32_t> count;  ///< 1-10
    std::optional<bool> enable_ecs_managed_tags;
    std::optional<bool> enable_execute_command;
    std::optional<std::string> group; ///< without it, "family:<the task definition's family>"
    std::optional<core::open_enum<ecs::launch_type>> launch_type;
    std::optional<ecs::network_configuration> network_configuration; ///< awsvpc task definitions only
    std::optional<task_override> overrides;
    std::optional<std::vector<placement_constraint>> placement_constraints;
    std::optional<std::vector<ecs::placement_strategy>> placement_strategy;
    std::optional<std::string> platform_version; ///< Fargate
    std::optional<core::open_enum<ecs::propagate_tags>> propagate_tags;
    std::optional<std::string> reference_id;
    std::optional<std::string> started_by;
    std::optional<std::vector<tag>> tags;
    name_or_arn task_definition;
    std::optional<std::string> client_token; ///< idempotency: up to 64 characters
    std::optional<std::vector<task_volume_configuration>> volume_configurations;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = run_task_request;
        return core::fields<core::camel_case,
                            core::field<&T::capacity_provider_strategy>,
                            core::field<&T::cluster, core::with{.aws_default = "default"}>,
                            core::field<&T::count, core::with{.aws_default = "1"}>,
                            core::field<&T::enable_ecs_managed_tags, core::with{.name = "enableECSManagedTags"}>,
                            core::field<&T::enable_execute_command>,
                            core::field<&T::group>,
                            core::field<&T::launch_type>,
                            core::field<&T::network_configuration>,
                            core::field<&T::overrides>,
                            core::field<&T::placement_constraints>,
                            core::field<&T::placement_strategy>,
                            core::field<&T::platform_version, core::with{.aws_default = "LATEST"}>,
                            core::field<&T::propagate_tags>,
                            core::field<&T::reference_id>,
                            core::field<&T::started_by>,
                            core::field<&T::tags, core::with{.min = 0, .max = 50}>,
                            core::field<&T::task_definition>,
                            core::field<&T::client_token>,
                            core::field<&T::volume_configurations>>();
    }
    friend bool operator==(const run_task_request&, const run_task_request&) = default;
};

/// StartTask's input: the task definition started on the named container instances (ids or
/// ARNs, up to 10), without placement.
struct start_task_request : core::model {
    std::optional<name_or_arn> cluster;
    std::vector<name_or_arn> container_instances;
    std::optional<bool> enable_ecs_managed_tags;
    std::optional<bool> enable_execute_command;
    std::optional<std::string> group;
    std::optional<ecs::network_configuration> network_configuration;
    std::optional<task_override> overrides;
    std::optional<core::open_enum<ecs::propagate_tags>> propagate_tags;
    std::optional<std::string> reference_id;
    std::optional<std::string> started_by;
    std::optional<std::vector<tag>> tags;
    name_or_arn task_definition;
    std::optional<std::vector<task_volume_configuration>> volume_configurations;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = start_task_request;
        return core::fields<core::camel_case,
                            core::field<&T::cluster, core::with{.aws_default = "default"}>,
                            core::field<&T::container_instances>,
                            core::field<&T::enable_ecs_managed_tags, core::with{.name = "enableECSManagedTags"}>,
                            core::field<&T::enable_execute_command>,
                            core::field<&T::group>,
                            core::field<&T::network_configuration>,
                            core::field<&T::overrides>,
                            core::field<&T::propagate_tags>,
                            core::field<&T::reference_id>,
                            core::field<&T::started_by>,
                            core::field<&T::tags, core::with{.min = 0, .max = 50}>,
                            core::field<&T::task_definition>,
                            core::field<&T::volume_configurations>>();
    }
    friend bool operator==(const start_task_request&, const start_task_request&) = default;
};

/// RunTask's output (StartTask's has the same members): the tasks started and one failure per
/// task that could not be placed (RESOURCE:MEMORY, AGENT, ...).
struct run_task_response : core::model {
    std::optional<std::vector<task>> tasks;
    std::optional<std::vector<failure>> failures;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = run_task_response;
        return core::fields<core::camel_case,
                            core::field<&T::tasks>,
                            core::field<&T::failures>>();
    }
    friend bool operator==(const run_task_response&, const run_task_response&) = default;
};

/// DescribeTasks' output: the tasks found and one failure per task that was not.
struct describe_tasks_response : core::model {
    std::optional<std::vector<task>> tasks;
    std::optional<std::vector<failure>> failures;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = describe_tasks_response;
        return core::fields<core::camel_case,
                            core::field<&T::tasks>,
                            core::field<&T::failures>>();
    }
    friend bool operator==(const describe_tasks_response&, const describe_tasks_response&) = default;
};

/// StopTask's output: the task, now with desiredStatus STOPPED.
struct stop_task_response : core::model {
    std::optional<ecs::task> task;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = stop_task_response;
        return core::fields<core::camel_case,
                            core::field<&T::task>>();
    }
    friend bool operator==(const stop_task_response&, const stop_task_response&) = default;
};

/// ListTasks' output: one page of task ARNs; `nextToken` asks for the next.
struct list_tasks_response : core::model {
    std::optional<std::vector<core::arn>> task_arns;
    std::optional<std::string> next_token;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = list_tasks_response;
        return core::fields<core::camel_case,
                            core::field<&T::task_arns>,
                            core::field<&T::next_token>>();
    }
    friend bool operator==(const list_tasks_response&, const list_tasks_response&) = default;
};

} // namespace awsmodel::ecs

#endif
