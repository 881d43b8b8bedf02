// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_PLACEMENT_REQUEST_HPP
#define AWSMODEL_ECS_PLACEMENT_REQUEST_HPP

/// A RunTask request made ready for placement: checked (ECS would refuse it with an
/// InvalidParameterException; placement reports diagnostics instead of guessing), its task
/// definition found, what each task needs, its group, its constraints compiled and its strategy
/// chain read. `ecs::place` and `ecs::capacity` share it.
///
/// Diagnostics name members of the scenario document (ecs/placement_scenario.hpp): the request's
/// findings are under /runTask, a task definition's under /taskDefinitions/<i>, an instance's
/// under /containerInstances/<i>. The request's own rules are ecs/run_task_rules.hpp's
/// (ECS-RT-002 count 1-10, ECS-RT-010 constraints and their expressions, at most 10 with the task
/// definition's, ECS-RT-011 at most 5 strategies, ...), run with the task definition as context;
/// placement adds ECS-PL-001..005.

#include <awsmodel/core/checker.hpp>
#include <awsmodel/core/validate.hpp>
#include <awsmodel/ecs/cluster_query_eval.hpp>
#include <awsmodel/ecs/placement_filters.hpp>
#include <awsmodel/ecs/placement_scenario.hpp>
#include <awsmodel/ecs/run_task.hpp>
#include <awsmodel/ecs/task_definition.hpp>
#include <awsmodel/ecs/task_needs.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace awsmodel::ecs {

/// One strategy of the chain.
struct chain_step {
    enum class kind { binpack_cpu, binpack_memory, spread_instance, spread_attribute, random };
    kind what = kind::random;
    std::string attribute; ///< spread_attribute: the attribute's name
    std::string label;     ///< "binpack:memory", "spread:attribute:ecs.availability-zone"
};

/// What placing the request's tasks needs to know.
struct placement_request {
    const task_definition* td = nullptr;
    task_needs needs;
    std::string group;
    placement_constraints constraints;
    std::vector<chain_step> chain;
    std::int64_t count = 1;
};

/// The most tasks a benchmarkOnly call places (ECS-PL-005).
inline constexpr std::int64_t max_benchmark_count = 1000000;

namespace detail {

inline std::optional<chain_step> read_step(const placement_strategy& s) {
    chain_step step;
    const std::string_view field = s.field ? std::string_view(*s.field) : std::string_view();
    if (!s.type || !s.type->known()) return std::nullopt;
    switch (*s.type->known()) {
    case placement_strategy_type::random:
        step.what = chain_step::kind::random;
        step.label = "random";
        return step;
    case placement_strategy_type::binpack:
        if (unit_equals_ignoring_case(field, "cpu")) step.what = chain_step::kind::binpack_cpu, step.label = "binpack:cpu";
        else if (unit_equals_ignoring_case(field, "memory")) step.what = chain_step::kind::binpack_memory, step.label = "binpack:memory";
        else return std::nullopt;
        return step;
    case placement_strategy_type::spread:
        if (unit_equals_ignoring_case(field, "instanceId") || unit_equals_ignoring_case(field, "host")) {
            step.what = chain_step::kind::spread_instance;
            step.label = core::cat("spread:", field);
        } else if (field.starts_with("attribute:") && field.size() > 10) {
            step.what = chain_step::kind::spread_attribute;
            step.attribute = std::string(field.substr(10));
            step.label = core::cat("spread:", field);
        } else {
            return std::nullopt;
        }
        return step;
    }
    return std::nullopt;
}

inline std::string cluster_of_request(const run_task_request& r) {
    if (!r.cluster) return "default";
    std::string_view c = r.cluster->view();
    if (auto slash = c.find(":cluster/"); c.starts_with("arn:") && slash != std::string_view::npos)
        return std::string(c.substr(slash + 9));
    return std::string(c);
}

} // namespace detail

/// Checks `request` against `cluster` and prepares it. `benchmark_only` lifts the count limit of
/// 10 (to max_benchmark_count). The result is engaged when `out` gained no error.
inline std::optional<placement_request> prepare_placement(const cluster_state& cluster, const run_task_request& request,
                                                          bool benchmark_only, core::diagnostics& out) {
    using S = placement_scenario;
    using R = run_task_request;
    const std::size_t errors_before = out.size();
    core::checker c(out);
    const std::string at_request = core::pointer(core::member<&S::run_task>);
    placement_request p;

    // ECS-PL-004: instances are named by their ARN in tasks and failures.
    std::unordered_set<std::string_view> arns;
    for (std::size_t i = 0; i < cluster.container_instances.size(); ++i) {
        const auto& ci = cluster.container_instances[i];
        const std::string at = core::pointer(core::member<&S::container_instances>, i,
                                             core::member<&container_instance::container_instance_arn>);
        if (!ci.container_instance_arn)
            c.error("ECS-PL-004", at, "the container instance has no containerInstanceArn; placement names instances by it");
        else if (!arns.insert(std::string_view(*ci.container_instance_arn)).second)
            c.error("ECS-PL-004", at,
                    core::cat("the containerInstanceArn ", std::string_view(*ci.container_instance_arn),
                              " is another instance's too; each instance is listed once"));
    }

    // ECS-PL-001: the task definition.
    p.td = find_task_definition(cluster.task_definitions, request.task_definition.view());
    const std::string at_td = core::pointer(core::member<&S::run_task>, core::member<&R::task_definition>);
    if (!p.td) {
        c.error("ECS-PL-001", at_td,
                core::cat("the task definition \"", request.task_definition.view(),
                          "\" is not among the scenario's taskDefinitions (a family names its latest ACTIVE revision): "
                          "add its description or name one of them"));
    } else if (p.td->status && !(p.td->status->known() == task_definition_status::active)) {
        c.error("ECS-PL-001", at_td,
                core::cat("the task definition \"", request.task_definition.view(), "\" is ", p.td->status->wire_view(),
                          "; RunTask starts tasks of ACTIVE revisions only"));
    }

    // The request's own rules, with the task definition as context.
    core::diagnostics own = p.td ? core::validate(request, core::validation_context{*p.td}) : core::validate(request);
    const std::int64_t count = request.count.value_or(1);
    for (auto& d : own) {
        if (benchmark_only && d.rule == std::string_view("ECS-RT-002") && count > 10) continue;
        d.pointer = at_request + d.pointer;
        out.push_back(std::move(d));
    }
    if (benchmark_only && count > max_benchmark_count)
        c.error("ECS-PL-005", core::pointer(core::member<&S::run_task>, core::member<&R::count>),
                core::cat("count is ", count, "; a benchmarkOnly scenario places at most ", max_benchmark_count, " tasks"));
    p.count = count;

    // ECS-PL-002: the EC2 launch type.
    if (request.launch_type && !(*request.launch_type == launch_type::ec2))
        c.error("ECS-PL-002", core::pointer(core::member<&S::run_task>, core::member<&R::launch_type>),
                core::cat("launchType is ", request.launch_type->wire_view(),
                          "; placement models the EC2 launch type (Fargate takes no placement)"));
    if (request.capacity_provider_strategy)
        c.error("ECS-PL-002", core::pointer(core::member<&S::run_task>, core::member<&R::capacity_provider_strategy>),
                "placement models launchType EC2, not capacity providers: give launchType EC2 instead");

    // ECS-PL-003: the expressions, compiled; a request expression that does not parse is already
    // ECS-RT-010's finding.
    if (request.placement_constraints)
        for (std::size_t i = 0; i < request.placement_constraints->size(); ++i) {
            const auto& pc = (*request.placement_constraints)[i];
            if (!pc.type) continue;
            if (*pc.type == placement_constraint_type::distinct_instance) p.constraints.distinct_instance = true;
            if (!(*pc.type == placement_constraint_type::member_of) || !pc.expression) continue;
            auto q = compile_cluster_query(*pc.expression);
            if (q) p.constraints.member_of.push_back(std::move(*q.query));
            else if (parse_cluster_query(*pc.expression))
                c.error("ECS-PL-003",
                        core::pointer(core::member<&S::run_task>, core::member<&R::placement_constraints>, i,
                                      core::member<&placement_constraint::expression>),
                        core::cat("the expression cannot be evaluated: ", q.error->message));
        }
    if (p.td && p.td->placement_constraints) {
        const std::size_t td_index = static_cast<std::size_t>(p.td - cluster.task_definitions.data());
        for (std::size_t i = 0; i < p.td->placement_constraints->size(); ++i) {
            const auto& pc = (*p.td->placement_constraints)[i];
            if (!pc.expression) continue;
            auto q = compile_cluster_query(*pc.expression);
            if (q) p.constraints.member_of.push_back(std::move(*q.query));
            else
                c.error("ECS-PL-003",
                        core::pointer(core::member<&S::task_definitions>, td_index,
                                      core::member<&task_definition::placement_constraints>, i,
                                      core::member<&task_definition_placement_constraint::expression>),
                        core::cat("the task definition's memberOf expression cannot be evaluated: ",
                                  q.error ? q.error->message : std::string("it does not parse")));
        }
    }

    if (request.placement_strategy)
        for (const auto& s : *request.placement_strategy)
            if (auto step = detail::read_step(s)) p.chain.push_back(std::move(*step));

    if (out.size() != errors_before) {
        bool error = false;
        for (std::size_t i = errors_before; i < out.size(); ++i) error = error || out[i].level == core::severity::error;
        if (error) return std::nullopt;
    }

    p.needs = needs_of(*p.td, request.overrides ? &*request.overrides : nullptr);
    p.group = request.group ? *request.group : core::cat("family:", p.td->family ? std::string_view(*p.td->family) : "");

    // LOCATION applies when the cluster maps every subnet of the request to its zone.
    if (p.needs.awsvpc && request.network_configuration && request.network_configuration->awsvpc_configuration) {
        const auto& subnets = request.network_configuration->awsvpc_configuration->subnets;
        bool all = !subnets.empty();
        for (const auto& s : subnets) {
            auto z = subnet_zone(cluster, s.wire());
            if (!z) all = false;
            else p.constraints.location_zones.emplace_back(*z);
        }
        p.constraints.location = all;
    }
    return p;
}

} // namespace awsmodel::ecs

#endif
