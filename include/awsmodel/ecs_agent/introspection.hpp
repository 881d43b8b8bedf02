// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_AGENT_INTROSPECTION_HPP
#define AWSMODEL_ECS_AGENT_INTROSPECTION_HPP

/// The agent's introspection API on the container instance, `http://localhost:51678`:
/// `/` (the commands), `/v1/metadata` (the agent and its registration) and `/v1/tasks` (every
/// task, or one with `?taskarn=` or `?dockerid=`). Its error bodies are the zero value of the
/// answer (`{"Tasks":null}`, `{"Cluster":"","ContainerInstanceArn":null,"Version":""}`), so they
/// decode as answers; the HTTP status says it failed.
/// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-agent-introspection.html
/// amazon-ecs-agent `ecs-agent/introspection/v1/response.go`.

#include <awsmodel/core/codec_fwd.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/nullable.hpp>
#include <awsmodel/core/one_of.hpp>
#include <awsmodel/core/rfc3339_time.hpp>
#include <awsmodel/ecs_agent/task_metadata.hpp>
#include <awsmodel/shapes.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace awsmodel::ecs_agent::introspection {

/// `GET /`: the paths it serves (`/v1/metadata`, `/v1/tasks`, `/license`, and the pprof paths
/// with ECS_ENABLE_RUNTIME_STATS).
struct root : core::model {
    std::vector<std::string> available_commands;
    core::extra_members extra;
    core::member_order order;
    static constexpr bool open_members = true;
    static constexpr auto fields() {
        using T = root;
        return core::fields<core::pascal_case, core::field<&T::available_commands>>();
    }
    friend bool operator==(const root&, const root&) = default;
};

/// `GET /v1/metadata`.
struct metadata : core::model {
    /// The cluster the agent was configured with, name or ARN.
    std::string cluster;
    /// null until the instance has registered.
    core::nullable<std::string> container_instance_arn;
    /// `Amazon ECS Agent - v1.30.0 (02ff320c)`; a `*` before the commit marks a modified build.
    std::optional<std::string> version;
    core::extra_members extra;
    core::member_order order;
    static constexpr bool open_members = true;
    static constexpr auto fields() {
        using T = metadata;
        return core::fields<core::pascal_case, core::field<&T::cluster>, core::field<&T::container_instance_arn>,
                            core::field<&T::version>>();
    }
    friend bool operator==(const metadata&, const metadata&) = default;
};

/// A container of `/v1/tasks`. Agents before 1.74.1 wrote the first three members only.
struct container : core::model {
    std::string docker_id;
    std::string docker_name;
    std::string name;
    std::optional<std::string> image;
    std::optional<std::string> image_id;
    std::optional<core::rfc3339_time> created_at;
    std::optional<core::rfc3339_time> started_at;
    std::optional<std::vector<port_binding>> ports;
    std::optional<std::vector<network_v3>> networks;
    std::optional<std::vector<volume>> volumes;
    std::optional<std::int64_t> restart_count;
    core::extra_members extra;
    core::member_order order;
    static constexpr bool open_members = true;
    static constexpr auto fields() {
        using T = container;
        return core::fields<core::pascal_case, core::field<&T::docker_id>, core::field<&T::docker_name>,
                            core::field<&T::name>, core::field<&T::image>,
                            core::field<&T::image_id, core::with{.name = "ImageID"}>, core::field<&T::created_at>,
                            core::field<&T::started_at>, core::field<&T::ports>, core::field<&T::networks>,
                            core::field<&T::volumes>, core::field<&T::restart_count>>();
    }
    friend bool operator==(const container&, const container&) = default;
};

/// A task of `/v1/tasks`: `Arn` (not TaskARN) and `Version`, the task definition's revision.
struct task : core::model {
    std::string arn;
    std::optional<core::open_enum<task_status>> desired_status;
    core::open_enum<task_status> known_status;
    std::string family;
    std::string version;
    core::nullable<std::vector<container>> containers;
    core::extra_members extra;
    core::member_order order;
    static constexpr bool open_members = true;
    static constexpr auto fields() {
        using T = task;
        return core::fields<core::pascal_case, core::field<&T::arn>, core::field<&T::desired_status>,
                            core::field<&T::known_status>, core::field<&T::family>, core::field<&T::version>,
                            core::field<&T::containers>>();
    }
    friend bool operator==(const task&, const task&) = default;
};

/// `GET /v1/tasks`: every task the agent manages.
struct task_list : core::model {
    core::nullable<std::vector<task>> tasks;
    core::extra_members extra;
    core::member_order order;
    static constexpr bool open_members = true;
    static constexpr auto fields() {
        using T = task_list;
        return core::fields<core::pascal_case, core::field<&T::tasks>>();
    }
    friend bool operator==(const task_list&, const task_list&) = default;
};

/// What `/v1/tasks` answers: the list, or with `?taskarn=` or `?dockerid=` one task (the
/// object's first member tells them apart: `Tasks`, or a task's).
using tasks_response = core::one_of<task_list, task>;

} // namespace awsmodel::ecs_agent::introspection

template <>
inline constexpr bool awsmodel::core::is_top_level_document<awsmodel::ecs_agent::introspection::tasks_response> = true;

AWSMODEL_EXTERN_CODECS(AWSMODEL_SHAPES_ECS_AGENT_INTROSPECTION);

#endif
