// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_PLACEMENT_FILTERS_HPP
#define AWSMODEL_ECS_PLACEMENT_FILTERS_HPP

/// The filters a container instance passes to be a candidate for a task, and the reasons ECS
/// gives when it does not, in the order they are reported (an instance fails with the first):
///
/// | reason | when |
/// |---|---|
/// | AGENT | the agent is disconnected (API ContainerInstance.agentConnected) |
/// | ATTRIBUTE | an attribute of requiresAttributes is missing or has another value; awsvpc needs ecs.capability.task-eni |
/// | LOCATION | awsvpc: the instance's zone hosts none of the request's subnets (only when the cluster maps every one of them) |
/// | RESOURCE:CPU, RESOURCE:MEMORY | not enough left |
/// | RESOURCE:GPU | fewer free GPU ids than asked for (ALL: none free) |
/// | RESOURCE:PORTS, RESOURCE:PORTS_UDP | a static host port is in use, or the instance would hold more than 100 reserved ports |
/// | RESOURCE:ENI | awsvpc: every ENI attachment point is taken |
/// | MemberOf placement constraint unsatisfied. | a memberOf expression (the request's or the task definition's) is false |
/// | DistinctInstance placement constraint unsatisfied. | a live task of the same group runs there |
///
/// Instances that are not ACTIVE are never candidates and never named.
/// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement.html
/// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/api_failures_messages.html

#include <awsmodel/ecs/cluster_query_eval.hpp>
#include <awsmodel/ecs/placement_state.hpp>
#include <awsmodel/ecs/task_needs.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::ecs {

/// Why an instance cannot take the task; `none` when it can.
enum class placement_reason {
    none, agent, attribute, location, cpu, memory, gpu, ports, ports_udp, eni, member_of, distinct_instance
};

/// The reason as a Failure's `reason` says it.
constexpr std::string_view reason_text(placement_reason r) noexcept {
    constexpr std::array<std::string_view, 12> texts{
        "", "AGENT", "ATTRIBUTE", "LOCATION", "RESOURCE:CPU", "RESOURCE:MEMORY", "RESOURCE:GPU", "RESOURCE:PORTS",
        "RESOURCE:PORTS_UDP", "RESOURCE:ENI", "MemberOf placement constraint unsatisfied.",
        "DistinctInstance placement constraint unsatisfied."};
    return texts[static_cast<std::size_t>(r)];
}

/// "A container instance might have up to 100 reserved ports at a time, including the default
/// reserved ports" (task definition parameters, hostPort). TCP and UDP are counted apart.
inline constexpr std::size_t max_reserved_ports = 100;

/// The constraints of one call, compiled: the memberOf expressions of the request and of the task
/// definition, and whether distinctInstance applies. `location_zones` holds the zones of the
/// request's subnets when the cluster maps every one of them (empty: LOCATION does not apply).
struct placement_constraints {
    std::vector<compiled_cluster_query> member_of;
    bool distinct_instance = false;
    std::vector<std::string> location_zones;
    bool location = false;

    bool member_of_depends_on_tasks() const noexcept {
        return std::any_of(member_of.begin(), member_of.end(), [](const auto& q) { return q.depends_on_tasks(); });
    }
};

namespace detail {

inline bool ports_free(const std::vector<std::int32_t>& in_use, const std::vector<std::int32_t>& wanted) {
    for (auto p : wanted)
        if (std::binary_search(in_use.begin(), in_use.end(), p)) return false;
    return in_use.size() + wanted.size() <= max_reserved_ports || wanted.empty();
}

} // namespace detail

/// Whether `s` passes the filters for a task needing `n`, through the resources (AGENT .. ENI).
inline placement_reason resource_failure(const instance_state& s, const task_needs& n, const placement_constraints& c) {
    if (!s.connected) return placement_reason::agent;
    for (const auto& a : n.required_attributes) {
        auto v = s.attribute(a.name);
        if (!v || (a.value && *v != *a.value)) return placement_reason::attribute;
    }
    if (n.awsvpc && c.location &&
        std::find(c.location_zones.begin(), c.location_zones.end(), s.zone) == c.location_zones.end())
        return placement_reason::location;
    if (n.cpu > s.cpu) return placement_reason::cpu;
    if (n.memory > s.memory) return placement_reason::memory;
    const std::size_t gpus_wanted = static_cast<std::size_t>(n.gpus) + (n.all_gpus ? 1 : 0);
    if (gpus_wanted > s.free_gpus.size()) return placement_reason::gpu;
    if (n.duplicate_port || !detail::ports_free(s.tcp_ports, n.tcp_ports)) return placement_reason::ports;
    if (!detail::ports_free(s.udp_ports, n.udp_ports)) return placement_reason::ports_udp;
    if (n.awsvpc && s.eni_limit >= 0 && s.enis_used >= s.eni_limit) return placement_reason::eni;
    return placement_reason::none;
}

/// Whether every memberOf expression holds on `s`.
inline bool member_of_holds(const instance_state& s, const placement_constraints& c) {
    if (c.member_of.empty()) return true;
    const query_facts f = s.facts();
    for (const auto& q : c.member_of)
        if (!q.holds(f)) return false;
    return true;
}

/// The first filter `s` fails for a task needing `n`, or `none`. An instance that is not ACTIVE
/// is not asked: callers leave it out.
inline placement_reason first_failure(const instance_state& s, const task_needs& n, const placement_constraints& c) {
    if (auto r = resource_failure(s, n, c); r != placement_reason::none) return r;
    if (!member_of_holds(s, c)) return placement_reason::member_of;
    if (c.distinct_instance && s.group_tasks > 0) return placement_reason::distinct_instance;
    return placement_reason::none;
}

/// Places one task needing `n` on `s`: takes its resources, ports, GPUs and ENI and counts it
/// in the group and the instance's tasks. Returns the GPU ids each container of `n` is given.
inline std::vector<std::vector<std::string>> take(instance_state& s, const task_needs& n, std::string_view group) {
    s.cpu -= n.cpu;
    s.memory -= n.memory;
    detail::add_ports(s.tcp_ports, n.tcp_ports);
    detail::add_ports(s.udp_ports, n.udp_ports);
    std::vector<std::vector<std::string>> gpus(n.containers.size());
    std::size_t next = 0;
    for (std::size_t i = 0; i < n.containers.size(); ++i)
        for (std::int32_t k = 0; k < n.containers[i].gpus && next < s.free_gpus.size(); ++k)
            gpus[i].push_back(s.free_gpus[next++]);
    if (n.all_gpus)
        for (std::size_t i = 0; i < n.containers.size(); ++i)
            if (n.containers[i].all_gpus) {
                while (next < s.free_gpus.size()) gpus[i].push_back(s.free_gpus[next++]);
                break;
            }
    s.free_gpus.erase(s.free_gpus.begin(), s.free_gpus.begin() + static_cast<std::ptrdiff_t>(next));
    if (n.awsvpc) ++s.enis_used;
    ++s.running_tasks;
    ++s.group_tasks;
    if (std::find(s.groups.begin(), s.groups.end(), group) == s.groups.end()) s.groups.emplace_back(group);
    return gpus;
}

} // namespace awsmodel::ecs

#endif
