// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_TASK_CONTEXT_HPP
#define AWSMODEL_ECS_TASK_CONTEXT_HPP

/// What the rules of a task definition need to know about the task as a whole: where it may run
/// (requiresCompatibilities, with ECS's defaults), its network mode, its operating system, and its
/// task-level size. Task-level and container-level rules read the same facts from here, so that
/// they agree on every default.

#include <awsmodel/core/quantity.hpp>
#include <awsmodel/ecs/task_definition_model.hpp>

#include <optional>
#include <string_view>

namespace awsmodel::ecs {

/// The facts of a task definition that decide which rules apply, with the API's defaults filled in.
struct task_context {
    /// requiresCompatibilities names at least one launch type.
    bool compatibilities_given = false;
    /// Where the task may run. Without requiresCompatibilities ECS validates for EC2 only.
    bool ec2 = true, fargate = false, external = false, managed_instances = false;

    /// networkMode was written.
    bool network_mode_given = false;
    /// The network mode in effect: as written, else bridge (ECS's Linux default). Nothing when
    /// the document names a mode this library does not know (ECS-TD-007 reports it); rules that
    /// depend on the mode then stay silent rather than guess.
    std::optional<ecs::network_mode> network = ecs::network_mode::bridge;

    /// runtimePlatform.operatingSystemFamily names a Windows Server release.
    bool windows = false;

    /// Task-level cpu in CPU units and memory in MiB, when given and well-formed (ECS-TD-009/010).
    std::optional<core::cpu_units> cpu;
    std::optional<core::mebibytes> memory;

    /// The network mode in effect is `m` (false when it is unknown).
    bool network_is(ecs::network_mode m) const noexcept { return network && *network == m; }
};

namespace detail {
constexpr bool windows_family(std::string_view wire) noexcept { return wire.starts_with("WINDOWS_"); }
} // namespace detail

/// The context of a RegisterTaskDefinition request.
inline task_context context_of(const register_task_definition_request& td) {
    task_context t;
    // An empty list asks for nothing in particular, like an absent one: ECS then validates for EC2.
    if (td.requires_compatibilities && !td.requires_compatibilities->empty()) {
        t.compatibilities_given = true;
        t.ec2 = false;
        for (const auto& c : *td.requires_compatibilities) {
            if (c == compatibility::ec2) t.ec2 = true;
            if (c == compatibility::fargate) t.fargate = true;
            if (c == compatibility::external) t.external = true;
            if (c == compatibility::managed_instances) t.managed_instances = true;
        }
    }
    if (td.network_mode) {
        t.network_mode_given = true;
        t.network = td.network_mode->known();
    }
    if (td.runtime_platform && td.runtime_platform->operating_system_family)
        t.windows = detail::windows_family(td.runtime_platform->operating_system_family->wire_view());
    if (td.cpu) t.cpu = td.cpu->units();
    if (td.memory) t.memory = td.memory->mebibytes();
    return t;
}

} // namespace awsmodel::ecs

#endif
