// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_PLACEMENT_STATE_HPP
#define AWSMODEL_ECS_PLACEMENT_STATE_HPP

/// What placement knows about each container instance while it places one RunTask call's tasks:
/// what is left of its CPU, memory, ports, GPUs and ENIs, how many live tasks it runs and of
/// which groups. Built once from the cluster (`instance_states`), then updated after each
/// placement (`take`), because the next task of the call sees the instance with the previous one
/// on it.
///
/// Where the cluster is not explicit (../shared/research/placement.md section 8):
/// - remainingResources are authoritative, already net of the running tasks. A resource that
///   remainingResources does not list is registered minus what the live running tasks reserve
///   (their ports and GPU ids taken too).
/// - A live task is one whose desiredStatus is not STOPPED (without desiredStatus: whose
///   lastStatus is not STOPPED). Tasks on instances the cluster does not list are ignored.
/// - runningTasksCount is the instance's field; without it, the number of its live tasks.
/// - The ENI limit is the instance type's MaximumNetworkInterfaces minus the primary interface
///   (ec2/instance_type_catalog.hpp); trunked instances (attribute ecs.awsvpc-trunk-id) and types
///   the catalog does not know are not limited.

#include <awsmodel/ec2/instance_type.hpp>
#include <awsmodel/ecs/cluster_query_eval.hpp>
#include <awsmodel/ecs/placement_scenario.hpp>
#include <awsmodel/ecs/task_needs.hpp>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace awsmodel::ecs {

/// One container instance as placement sees it.
struct instance_state {
    const container_instance* instance = nullptr;
    std::string_view arn;
    bool active = false;
    bool connected = false;
    std::int64_t cpu = 0;    ///< CPU units left
    std::int64_t memory = 0; ///< MiB left
    std::vector<std::int32_t> tcp_ports, udp_ports; ///< host ports in use (agent's and static), sorted
    std::vector<std::string> free_gpus;             ///< GPU ids no task holds, in the instance's order
    std::int32_t enis_used = 0;
    std::int32_t eni_limit = -1; ///< -1: not limited
    std::int64_t running_tasks = 0;
    std::vector<std::string> groups; ///< the groups of its live tasks, each once
    std::int64_t group_tasks = 0;    ///< live tasks of the group being placed
    std::string_view zone;           ///< ecs.availability-zone, empty when absent

    /// The instance's attribute `name`: nullopt when it lacks it, "" when it has no value.
    std::optional<std::string_view> attribute(std::string_view name) const {
        if (instance->attributes)
            for (const auto& a : *instance->attributes)
                if (a.name == name) return a.value ? std::string_view(*a.value) : std::string_view();
        return std::nullopt;
    }

    /// The facts the cluster query language reads.
    query_facts facts() const {
        query_facts f;
        f.agent_connected = instance->agent_connected;
        if (instance->version_info && instance->version_info->agent_version)
            f.agent_version = std::string_view(*instance->version_info->agent_version);
        if (instance->ec2_instance_id) f.ec2_instance_id = std::string_view(*instance->ec2_instance_id);
        if (instance->registered_at) f.registered_at = instance->registered_at->time();
        f.running_tasks_count = running_tasks;
        f.attributes.self = this;
        f.attributes.find = [](const void* self, std::string_view name) {
            return static_cast<const instance_state*>(self)->attribute(name);
        };
        f.task_groups = &groups;
        return f;
    }
};

/// Whether a task still counts on its instance.
inline bool is_live(const task& t) {
    if (t.desired_status) return *t.desired_status != "STOPPED";
    return !t.last_status || *t.last_status != "STOPPED";
}

/// The task definition `reference` names among `tds`: by ARN, by family:revision, or by family
/// alone (the latest ACTIVE revision); nullptr when none is.
inline const task_definition* find_task_definition(const std::vector<task_definition>& tds, std::string_view reference) {
    const bool active_only = !reference.starts_with("arn:") && reference.find(':') == std::string_view::npos;
    const task_definition* best = nullptr;
    for (const auto& td : tds) {
        const bool active = !td.status || td.status->known() == task_definition_status::active;
        if (reference.starts_with("arn:")) {
            if (td.task_definition_arn && std::string_view(*td.task_definition_arn) == reference) return &td;
            continue;
        }
        if (!td.family) continue;
        std::string_view family = *td.family;
        if (active_only) {
            if (family == reference && active && (!best || td.revision.value_or(0) > best->revision.value_or(0)))
                best = &td;
        } else if (td.revision && reference == core::cat(family, ":", *td.revision)) {
            return &td;
        }
    }
    return best;
}

namespace detail {

inline const resource* find_resource(const std::optional<std::vector<resource>>& rs, std::string_view name) {
    if (rs)
        for (const auto& r : *rs)
            if (r.name && *r.name == name) return &r;
    return nullptr;
}

inline std::int64_t resource_number(const resource& r) {
    if (r.integer_value) return *r.integer_value;
    if (r.long_value) return *r.long_value;
    if (r.double_value) return static_cast<std::int64_t>(*r.double_value);
    return 0;
}

inline std::vector<std::int32_t> port_set(const resource& r) {
    std::vector<std::int32_t> out;
    if (r.string_set_value)
        for (const auto& s : *r.string_set_value) {
            std::int32_t p = 0;
            auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), p);
            if (ec == std::errc{} && end == s.data() + s.size()) out.push_back(p);
        }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

inline void add_ports(std::vector<std::int32_t>& to, const std::vector<std::int32_t>& ports) {
    for (auto p : ports) {
        auto it = std::lower_bound(to.begin(), to.end(), p);
        if (it == to.end() || *it != p) to.insert(it, p);
    }
}

inline std::int32_t as_int(const std::optional<std::string>& s) {
    std::int32_t v = 0;
    if (s) std::from_chars(s->data(), s->data() + s->size(), v);
    return v;
}

// What a running task holds on its instance, from its task definition when the cluster has it,
// else from what the task description says.
struct held {
    std::int64_t cpu = 0, memory = 0;
    std::vector<std::int32_t> tcp, udp;
    std::vector<std::string> gpu_ids;
    bool eni = false;
};

inline held held_by(const task& t, const std::vector<task_definition>& tds) {
    held h;
    const task_definition* td = t.task_definition_arn ? find_task_definition(tds, *t.task_definition_arn) : nullptr;
    if (td) {
        task_needs n = needs_of(*td, t.overrides ? &*t.overrides : nullptr);
        h.cpu = n.cpu;
        h.memory = n.memory;
        h.tcp = std::move(n.tcp_ports);
        h.udp = std::move(n.udp_ports);
        h.eni = n.awsvpc;
    } else if (t.containers) {
        for (const auto& c : *t.containers) {
            h.cpu += as_int(c.cpu);
            h.memory += c.memory_reservation ? as_int(c.memory_reservation) : as_int(c.memory);
            if (c.network_bindings)
                for (const auto& b : *c.network_bindings)
                    if (b.host_port && b.host_port->number() != 0) {
                        const bool udp = b.protocol && b.protocol->known() == transport_protocol::udp;
                        add_ports(udp ? h.udp : h.tcp, {b.host_port->number()});
                    }
        }
    }
    if (t.cpu)
        if (auto u = t.cpu->units()) h.cpu = u->count();
    if (t.memory)
        if (auto m = t.memory->mebibytes()) h.memory = m->count();
    if (t.containers)
        for (const auto& c : *t.containers)
            if (c.gpu_ids) h.gpu_ids.insert(h.gpu_ids.end(), c.gpu_ids->begin(), c.gpu_ids->end());
    if (t.attachments)
        for (const auto& a : *t.attachments)
            if (a.type && *a.type == "ElasticNetworkInterface" && (!a.status || *a.status != "DELETED")) h.eni = true;
    return h;
}

} // namespace detail

/// The state of every instance of `cluster`, in its order, before any task of the call is placed;
/// `group` is the group being placed (spread and distinctInstance count its tasks).
inline std::vector<instance_state> instance_states(const cluster_state& cluster, std::string_view group) {
    std::vector<instance_state> out(cluster.container_instances.size());
    std::unordered_map<std::string_view, std::size_t> by_arn;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const container_instance& ci = cluster.container_instances[i];
        instance_state& s = out[i];
        s.instance = &ci;
        if (ci.container_instance_arn) {
            s.arn = *ci.container_instance_arn;
            by_arn.emplace(s.arn, i);
        }
        s.active = ci.status && *ci.status == "ACTIVE";
        s.connected = ci.agent_connected.value_or(false);
        if (auto z = s.attribute("ecs.availability-zone")) s.zone = *z;
        if (!s.attribute("ecs.awsvpc-trunk-id"))
            if (auto type = s.attribute("ecs.instance-type"))
                if (const auto* info = ec2::find_instance_type(*type))
                    s.eni_limit = std::max<std::int32_t>(info->max_network_interfaces - 1, 0);
    }
    // What the live running tasks hold, per instance, for the resources remainingResources leaves out.
    std::vector<detail::held> holds(out.size());
    std::vector<std::int64_t> live(out.size(), 0);
    for (const auto& t : cluster.running_tasks) {
        if (!t.container_instance_arn || !is_live(t)) continue;
        auto it = by_arn.find(std::string_view(*t.container_instance_arn));
        if (it == by_arn.end()) continue;
        instance_state& s = out[it->second];
        ++live[it->second];
        std::string_view g = t.group ? std::string_view(*t.group) : std::string_view();
        if (!g.empty() && std::find(s.groups.begin(), s.groups.end(), g) == s.groups.end()) s.groups.emplace_back(g);
        if (!g.empty() && g == group) ++s.group_tasks;
        detail::held h = detail::held_by(t, cluster.task_definitions);
        detail::held& acc = holds[it->second];
        acc.cpu += h.cpu;
        acc.memory += h.memory;
        detail::add_ports(acc.tcp, h.tcp);
        detail::add_ports(acc.udp, h.udp);
        acc.gpu_ids.insert(acc.gpu_ids.end(), h.gpu_ids.begin(), h.gpu_ids.end());
        if (h.eni) ++s.enis_used;
    }
    for (std::size_t i = 0; i < out.size(); ++i) {
        const container_instance& ci = cluster.container_instances[i];
        instance_state& s = out[i];
        const detail::held& h = holds[i];
        auto number = [&](std::string_view name, std::int64_t held_amount) -> std::int64_t {
            if (const auto* r = detail::find_resource(ci.remaining_resources, name)) return detail::resource_number(*r);
            if (const auto* r = detail::find_resource(ci.registered_resources, name))
                return detail::resource_number(*r) - held_amount;
            return 0;
        };
        s.cpu = number("CPU", h.cpu);
        s.memory = number("MEMORY", h.memory);
        auto ports = [&](std::string_view name, const std::vector<std::int32_t>& held_ports) {
            if (const auto* r = detail::find_resource(ci.remaining_resources, name)) return detail::port_set(*r);
            std::vector<std::int32_t> p;
            if (const auto* r = detail::find_resource(ci.registered_resources, name)) p = detail::port_set(*r);
            detail::add_ports(p, held_ports);
            return p;
        };
        s.tcp_ports = ports("PORTS", h.tcp);
        s.udp_ports = ports("PORTS_UDP", h.udp);
        if (const auto* r = detail::find_resource(ci.remaining_resources, "GPU"); r && r->string_set_value) {
            s.free_gpus = *r->string_set_value;
        } else if (const auto* reg = detail::find_resource(ci.registered_resources, "GPU"); reg && reg->string_set_value) {
            for (const auto& id : *reg->string_set_value)
                if (std::find(h.gpu_ids.begin(), h.gpu_ids.end(), id) == h.gpu_ids.end()) s.free_gpus.push_back(id);
        }
        s.running_tasks = ci.running_tasks_count ? *ci.running_tasks_count : live[i];
    }
    return out;
}

/// The zone of each subnet the cluster maps, for LOCATION.
inline std::optional<std::string_view> subnet_zone(const cluster_state& cluster, std::string_view subnet_id) {
    for (const auto& s : cluster.subnets)
        if (s.subnet_id && *s.subnet_id == subnet_id && s.availability_zone) return std::string_view(*s.availability_zone);
    return std::nullopt;
}

} // namespace awsmodel::ecs

#endif
