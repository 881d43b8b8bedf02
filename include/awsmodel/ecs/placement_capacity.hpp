// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_PLACEMENT_CAPACITY_HPP
#define AWSMODEL_ECS_PLACEMENT_CAPACITY_HPP

/// How many more copies of a task fit on a cluster, instance by instance, and which resource or
/// constraint runs out first on each: the question RunTask answers only by trying.
///
///   auto r = ecs::capacity(cluster, task_definition);
///   r.answer->total           // copies that fit in all (absent: unbounded)
///   r.answer->instances[i]    // {containerInstanceArn, fits, limitedBy: "RESOURCE:MEMORY"}
///
/// Each ACTIVE instance is filled alone with copies, with the filters of placement (including
/// memberOf, which may read runningTasksCount and task:group as copies arrive, and
/// distinctInstance) until the next copy fails; its first failing reason is what runs out. Since a
/// copy on one instance changes no other instance's filters, the sum over instances is what the
/// cluster holds. An instance that would take copies without end (a task reserving nothing it
/// counts) is unbounded.

#include <awsmodel/ecs/placement.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace awsmodel::ecs {

/// What the copies are started with, as RunTask would give it.
struct capacity_options {
    std::optional<std::string> group; ///< @default family:<family>
    std::vector<placement_constraint> placement_constraints;
    std::optional<task_override> overrides;
    std::optional<ecs::network_configuration> network_configuration; ///< awsvpc: the subnets, for LOCATION
};

/// The answer, or the diagnostics that keep it from being given.
struct capacity_result {
    core::diagnostics diagnostics;
    std::optional<capacity_answer> answer;
};

/// Copies on one instance beyond which it counts as unbounded.
inline constexpr std::int64_t capacity_unbounded_after = 1000000;

inline capacity_result capacity(const cluster_state& cluster, const task_definition& td,
                                const capacity_options& options = {}) {
    capacity_result result;
    run_task_request request;
    request.task_definition = name_or_arn(
        td.task_definition_arn ? std::string(std::string_view(*td.task_definition_arn))
                               : core::cat(td.family ? std::string_view(*td.family) : "", ":", td.revision.value_or(1)));
    request.count = 1;
    request.launch_type = launch_type::ec2;
    request.group = options.group;
    if (!options.placement_constraints.empty()) request.placement_constraints = options.placement_constraints;
    request.overrides = options.overrides;
    request.network_configuration = options.network_configuration;

    const cluster_state* c = &cluster;
    cluster_state with_td;
    if (find_task_definition(cluster.task_definitions, request.task_definition.view()) != nullptr) {
        // the cluster has it
    } else {
        with_td = cluster;
        with_td.task_definitions.push_back(td);
        c = &with_td;
    }
    auto p = prepare_placement(*c, request, false, result.diagnostics);
    if (!p) return result;

    const task_needs& n = p->needs;
    const bool reserves_nothing = n.cpu <= 0 && n.memory <= 0 && n.gpus == 0 && !n.all_gpus && n.tcp_ports.empty() &&
                                  n.udp_ports.empty() && !n.awsvpc && !p->constraints.distinct_instance &&
                                  !p->constraints.member_of_depends_on_tasks();
    capacity_answer a;
    if (p->td->task_definition_arn) a.task_definition_arn = *p->td->task_definition_arn;
    a.group = p->group;
    std::int64_t total = 0;
    bool bounded = true;
    std::vector<instance_state> states = instance_states(*c, p->group);
    for (auto& s : states) {
        if (!s.active) continue;
        instance_capacity ic;
        ic.container_instance_arn = s.instance->container_instance_arn;
        ic.ec2_instance_id = s.instance->ec2_instance_id;
        std::int64_t fits = 0;
        placement_reason stop = placement_reason::none;
        if (reserves_nothing) {
            stop = first_failure(s, n, p->constraints);
            if (stop == placement_reason::none) fits = -1;
        } else {
            for (; fits < capacity_unbounded_after; ++fits) {
                stop = first_failure(s, n, p->constraints);
                if (stop != placement_reason::none) break;
                take(s, n, p->group);
            }
            if (stop == placement_reason::none) fits = -1;
        }
        if (fits < 0) {
            bounded = false;
        } else {
            ic.fits = fits;
            total += fits;
            ic.limited_by = std::string(reason_text(stop));
            auto it = std::find_if(a.limited_by.begin(), a.limited_by.end(),
                                   [&](const limit_count& l) { return l.reason == *ic.limited_by; });
            if (it == a.limited_by.end()) a.limited_by.push_back(limit_count{{}, *ic.limited_by, 1, {}});
            else ++it->instances;
        }
        a.instances.push_back(std::move(ic));
    }
    std::stable_sort(a.limited_by.begin(), a.limited_by.end(),
                     [](const limit_count& x, const limit_count& y) { return x.instances > y.instances; });
    if (bounded) a.total = total;
    result.answer = std::move(a);
    return result;
}

} // namespace awsmodel::ecs

#endif
