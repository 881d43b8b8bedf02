// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_AGENT_TASK_LIMITS_HPP
#define AWSMODEL_ECS_AGENT_TASK_LIMITS_HPP

/// What a consumer of the task metadata most often wants from it, in the units the rest of
/// awsmodel uses (core::cpu_units, 1,024 a vCPU, and core::mebibytes, as a task definition has
/// them): the task's and each container's limits, the task's addresses and its port bindings.
/// The metadata's own units differ by level: a task's `Limits.CPU` is in vCPUs (`0.25`), a
/// container's in CPU units.

#include <awsmodel/core/quantity.hpp>
#include <awsmodel/ecs_agent/task_metadata.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace awsmodel::ecs_agent {

/// CPU and memory limits; nothing where the task or container has none.
struct resource_limits {
    std::optional<core::cpu_units> cpu;
    std::optional<core::mebibytes> memory;
    friend bool operator==(const resource_limits&, const resource_limits&) = default;
};

namespace detail {
inline std::optional<core::mebibytes> memory_of(const limits& l) {
    // 0 is the agent's "none" (EC2 writes Memory 0 for a container without a limit).
    if (!l.memory || *l.memory <= 0 || *l.memory > std::numeric_limits<std::int32_t>::max()) return std::nullopt;
    return core::mebibytes(static_cast<std::int32_t>(*l.memory));
}
inline std::optional<core::cpu_units> cpu_units_of(double units) {
    if (!std::isfinite(units) || units <= 0 || units > std::numeric_limits<std::int32_t>::max()) return std::nullopt;
    return core::cpu_units(static_cast<std::int32_t>(std::llround(units)));
}
} // namespace detail

/// The task's limits: `Limits.CPU` vCPUs × 1,024 (rounded to a whole CPU unit), `Limits.Memory`
/// MiB. A task without task-level sizes (EC2 task definitions may leave them out) has none;
/// Managed Instances write CPU 0 for none.
inline resource_limits task_limits(const task& t) {
    resource_limits r;
    if (!t.limits) return r;
    if (t.limits->cpu) r.cpu = detail::cpu_units_of(*t.limits->cpu * 1024.0);
    r.memory = detail::memory_of(*t.limits);
    return r;
}

/// A container's limits: `Limits.CPU` CPU units as written (EC2 agents since 1.50.0 write 2 for a
/// container that reserves none, the share Docker gets), `Limits.Memory` MiB (0: none).
inline resource_limits container_limits(const container& k) {
    resource_limits r;
    if (k.limits.cpu) r.cpu = detail::cpu_units_of(*k.limits.cpu);
    r.memory = detail::memory_of(k.limits);
    return r;
}

/// The task's IPv4 or IPv6 addresses: every container network's, each once, in order, without
/// the empty strings the agent writes for a bridge container that has none yet.
inline std::vector<std::string> task_addresses(const task& t, bool ipv6 = false) {
    std::vector<std::string> out;
    if (!t.containers) return out;
    for (const container& k : *t.containers) {
        if (!k.networks) continue;
        for (const network& n : *k.networks) {
            const auto& list = ipv6 ? n.ipv6_addresses : n.ipv4_addresses;
            if (!list) continue;
            for (const std::string& a : *list)
                if (!a.empty() && std::find(out.begin(), out.end(), a) == out.end()) out.push_back(a);
        }
    }
    return out;
}

/// A port a task publishes: which container, and where it is reachable.
struct published_port {
    std::string container_name;
    std::uint16_t container_port = 0;
    /// For awsvpc, the container port; on the host's address for bridge and host networking.
    std::uint16_t host_port = 0;
    std::string protocol; ///< tcp or udp (tcp when the agent leaves it out)
    std::string host_ip;  ///< 0.0.0.0 or :: on EC2; empty for awsvpc
    friend bool operator==(const published_port&, const published_port&) = default;
};

/// The task's port bindings (EC2 writes them; Fargate does not, its ports are the awsvpc ENI's).
inline std::vector<published_port> port_bindings(const task& t) {
    std::vector<published_port> out;
    if (!t.containers) return out;
    for (const container& k : *t.containers) {
        if (!k.ports) continue;
        for (const port_binding& p : *k.ports)
            out.push_back({k.name, p.container_port.value_or(0), p.host_port.value_or(p.container_port.value_or(0)),
                           p.protocol ? p.protocol->wire() : std::string("tcp"), p.host_ip.value_or("")});
    }
    return out;
}

} // namespace awsmodel::ecs_agent

#endif
