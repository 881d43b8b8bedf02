// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_TASK_NEEDS_HPP
#define AWSMODEL_ECS_TASK_NEEDS_HPP

/// What one task of a task definition reserves on a container instance (EC2 launch type), after
/// the RunTask overrides: CPU units, MiB, GPUs, the static TCP and UDP host ports, an ENI, and
/// the attributes the instance must have.
/// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html
///
/// - Task-level `cpu` and `memory`, when set (by the task definition or the overrides), are what
///   the task reserves; otherwise the sum over containers of `cpu` (0 when absent) and, per
///   container, `memoryReservation` when it is set ("that value is subtracted from the available
///   memory resources"), else `memory`.
/// - Host ports: bridge (the default) reserves each non-zero hostPort (static); 0, an absent
///   hostPort and a containerPortRange are dynamic and reserve nothing up front. host reserves the
///   containerPort. awsvpc and none reserve no host port; awsvpc takes an ENI instead. `udp`
///   ports are reserved in PORTS_UDP, the others in PORTS.
/// - GPUs: the sum of the containers' GPU resourceRequirements; "ALL" takes every free GPU and
///   needs at least one.
/// - Attributes: the task definition's requiresAttributes (target container-instance), and for
///   awsvpc ecs.capability.task-eni.

#include <awsmodel/ecs/task.hpp>
#include <awsmodel/ecs/task_definition_model.hpp>

#include <algorithm>
#include <cstdint>
#include <charconv>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::ecs {

/// What one container of the task is given: its sizes after the overrides and its GPU count.
struct container_needs {
    std::string name;
    std::string image;
    std::optional<std::int32_t> cpu, memory, memory_reservation;
    std::int32_t gpus = 0;
    bool all_gpus = false;
};

/// What one task reserves on the instance it is placed on.
struct task_needs {
    std::int64_t cpu = 0;    ///< CPU units
    std::int64_t memory = 0; ///< MiB
    std::int32_t gpus = 0;   ///< GPUs by count (without the ALL containers)
    bool all_gpus = false;   ///< a container asks for ALL: every free GPU, at least one more than `gpus`
    std::vector<std::int32_t> tcp_ports, udp_ports; ///< static host ports, sorted, each once
    bool duplicate_port = false; ///< two containers of the task publish one static host port
    bool awsvpc = false;         ///< takes an ENI of the instance
    std::vector<attribute> required_attributes;
    std::vector<container_needs> containers;
};

/// The eni capability an awsvpc task needs on the instance.
inline constexpr std::string_view task_eni_attribute = "ecs.capability.task-eni";

namespace detail {

inline const container_override* override_of(const task_override* o, std::string_view name) {
    if (!o || !o->container_overrides) return nullptr;
    for (const auto& c : *o->container_overrides)
        if (c.name && std::string_view(*c.name) == name) return &c;
    return nullptr;
}

inline void add_port(std::vector<std::int32_t>& ports, std::int32_t p, bool& duplicate) {
    auto it = std::lower_bound(ports.begin(), ports.end(), p);
    if (it != ports.end() && *it == p) duplicate = true;
    else ports.insert(it, p);
}

} // namespace detail

/// What a task of `td` reserves when started with `overrides` (nullptr: none).
inline task_needs needs_of(const task_definition& td, const task_override* overrides = nullptr) {
    task_needs n;
    const network_mode mode = td.network_mode && td.network_mode->known() ? *td.network_mode->known() : network_mode::bridge;
    n.awsvpc = mode == network_mode::awsvpc;
    std::int64_t cpu_sum = 0, memory_sum = 0;
    if (td.container_definitions)
        for (const auto& c : *td.container_definitions) {
            container_needs cn;
            cn.name = c.name ? std::string(std::string_view(*c.name)) : std::string();
            cn.image = c.image ? std::string(std::string_view(*c.image)) : std::string();
            const container_override* o = detail::override_of(overrides, cn.name);
            if (o && o->cpu) cn.cpu = o->cpu->count();
            else if (c.cpu) cn.cpu = c.cpu->count();
            if (o && o->memory) cn.memory = o->memory->count();
            else if (c.memory) cn.memory = c.memory->count();
            if (o && o->memory_reservation) cn.memory_reservation = o->memory_reservation->count();
            else if (c.memory_reservation) cn.memory_reservation = c.memory_reservation->count();
            const auto& reqs = o && o->resource_requirements ? o->resource_requirements : c.resource_requirements;
            if (reqs)
                for (const auto& r : *reqs) {
                    if (!(r.type == resource_type::gpu)) continue;
                    if (r.value == "ALL") {
                        cn.all_gpus = true;
                        continue;
                    }
                    std::int32_t k = 0;
                    std::from_chars(r.value.data(), r.value.data() + r.value.size(), k);
                    cn.gpus += std::max<std::int32_t>(k, 0);
                }
            cpu_sum += cn.cpu.value_or(0);
            memory_sum += cn.memory_reservation ? *cn.memory_reservation : cn.memory.value_or(0);
            n.gpus += cn.gpus;
            n.all_gpus = n.all_gpus || cn.all_gpus;
            if (c.port_mappings && (mode == network_mode::bridge || mode == network_mode::host))
                for (const auto& pm : *c.port_mappings) {
                    if (pm.container_port_range && !pm.container_port) continue; // a range is dynamic
                    std::int32_t port = 0;
                    if (mode == network_mode::host) port = pm.container_port ? pm.container_port->number() : 0;
                    else port = pm.host_port ? pm.host_port->number() : 0;
                    if (port == 0) continue;
                    const bool udp = pm.protocol && pm.protocol->known() == transport_protocol::udp;
                    detail::add_port(udp ? n.udp_ports : n.tcp_ports, port, n.duplicate_port);
                }
            n.containers.push_back(std::move(cn));
        }
    const task_cpu* cpu = overrides && overrides->cpu ? &*overrides->cpu : td.cpu ? &*td.cpu : nullptr;
    const task_memory* memory = overrides && overrides->memory ? &*overrides->memory : td.memory ? &*td.memory : nullptr;
    auto cpu_units = cpu ? cpu->units() : std::nullopt;
    auto mib = memory ? memory->mebibytes() : std::nullopt;
    n.cpu = cpu_units ? cpu_units->count() : cpu_sum;
    n.memory = mib ? mib->count() : memory_sum;
    if (td.requires_attributes)
        for (const auto& a : *td.requires_attributes)
            if (!a.target_type || a.target_type->known() == target_type::container_instance)
                n.required_attributes.push_back(a);
    if (n.awsvpc && std::none_of(n.required_attributes.begin(), n.required_attributes.end(),
                                 [](const attribute& a) { return a.name == task_eni_attribute; })) {
        attribute eni;
        eni.name = std::string(task_eni_attribute);
        n.required_attributes.push_back(std::move(eni));
    }
    return n;
}

} // namespace awsmodel::ecs

#endif
