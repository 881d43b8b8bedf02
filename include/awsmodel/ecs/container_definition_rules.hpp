// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_CONTAINER_DEFINITION_RULES_HPP
#define AWSMODEL_ECS_CONTAINER_DEFINITION_RULES_HPP

/// The container-level rules of a task definition, ECS-TD-060..119 (ECS-TD-063 lives with
/// ecs::image, ECS-TD-061 with ecs::container_name). They are container_definition's own rules:
/// the walk runs them with the checker at the container, so pointers are relative to it
/// ("/portMappings/0/hostPort"). Most of them need the whole request (its network mode, launch
/// types, OS, the other containers and the volumes), which they read from the validation context:
/// validating a request puts it there for its containers (`encloses_context`).
///
/// Rules that come from member types and need no code here: the enumerations (ECS-TD-071
/// protocol, -072 appProtocol values, -088 condition, -095 type, -098 logDriver, -102 firelens
/// type, -103 ulimit name, -105 device permissions, -117 resource type, -119 versionConsistency)
/// are `core::open_enum`s whose `enum_rule` names the rule; members botocore marks required
/// (healthCheck.command, extraHosts' hostname and ipAddress, ulimits' three members, devices'
/// hostPath, tmpfs' containerPath and size, secrets' name and valueFrom, restartPolicy.enabled,
/// repositoryCredentials.credentialsParameter) are reported by decoding (AWSMODEL-REQUIRED), and
/// so are JSON types (COMMON-002, which covers ECS-TD-086 "true" for a boolean and ECS-TD-094
/// for environment names and values).
///
/// Not checked, because only the service can tell: host ports reserved by other tasks on an
/// instance (ECS-TD-068), whether secrets, parameters, S3 objects and credential specs exist
/// and are readable (ECS-TD-052), and GPUs available on the instance (ECS-TD-117).

#include <awsmodel/core/rule_id.hpp>
#include <awsmodel/core/arn.hpp>
#include <awsmodel/core/checker.hpp>
#include <awsmodel/core/diagnostic.hpp>
#include <awsmodel/ecs/container_definition.hpp>
#include <awsmodel/ecs/secret_reference.hpp>
#include <awsmodel/ecs/task_context.hpp>
#include <awsmodel/ecs/task_definition_model.hpp>

#include <boost/container/small_vector.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace awsmodel::ecs {

/// Linux capabilities that `linuxParameters.capabilities` may add or drop (ECS-TD-104), as the
/// API spells them: upper case, without Docker's `CAP_` prefix.
inline constexpr auto linux_capabilities = std::to_array<std::string_view>({
    "ALL", "AUDIT_CONTROL", "AUDIT_WRITE", "BLOCK_SUSPEND", "CHOWN", "DAC_OVERRIDE", "DAC_READ_SEARCH", "FOWNER",
    "FSETID", "IPC_LOCK", "IPC_OWNER", "KILL", "LEASE", "LINUX_IMMUTABLE", "MAC_ADMIN", "MAC_OVERRIDE", "MKNOD",
    "NET_ADMIN", "NET_BIND_SERVICE", "NET_BROADCAST", "NET_RAW", "SETFCAP", "SETGID", "SETPCAP", "SETUID",
    "SYS_ADMIN", "SYS_BOOT", "SYS_CHROOT", "SYS_MODULE", "SYS_NICE", "SYS_PACCT", "SYS_PTRACE", "SYS_RAWIO",
    "SYS_RESOURCE", "SYS_TIME", "SYS_TTY_CONFIG", "SYSLOG", "WAKE_ALARM",
});

/// tmpfs mount options (ECS-TD-108), as botocore's Tmpfs documentation lists them.
inline constexpr auto tmpfs_mount_options = std::to_array<std::string_view>({
    "defaults", "ro", "rw", "suid", "nosuid", "dev", "nodev", "exec", "noexec", "sync", "async", "dirsync",
    "remount", "mand", "nomand", "atime", "noatime", "diratime", "nodiratime", "bind", "rbind", "unbindable",
    "runbindable", "private", "rprivate", "shared", "rshared", "slave", "rslave", "relatime", "norelatime",
    "strictatime", "nostrictatime", "mode", "uid", "gid", "nr_inodes", "nr_blocks", "mpol",
});

/// The IPC-namespace kernel parameters a container may set (ECS-TD-112); `fs.mqueue.*` and
/// `net.*` are allowed as prefixes.
inline constexpr auto ipc_system_controls = std::to_array<std::string_view>({
    "kernel.msgmax", "kernel.msgmnb", "kernel.msgmni", "kernel.sem", "kernel.shmall", "kernel.shmmax",
    "kernel.shmmni", "kernel.shm_rmid_forced",
});

/// Limits of container members, from botocore's ECS documentation.
namespace container_limits {
inline constexpr std::int32_t min_memory_mib = 6; ///< what Docker 20.10+ reserves per container
inline constexpr std::int32_t min_health_interval = 5, max_health_interval = 300, default_health_interval = 30;
inline constexpr std::int32_t min_health_timeout = 2, max_health_timeout = 60, default_health_timeout = 5;
inline constexpr std::int32_t min_health_retries = 1, max_health_retries = 10;
inline constexpr std::int32_t min_health_start_period = 0, max_health_start_period = 300;
inline constexpr std::int32_t min_fargate_timeout = 2, max_fargate_timeout = 120;
inline constexpr std::size_t max_environment_files = 10;
inline constexpr std::size_t max_port_ranges = 100;
inline constexpr std::size_t max_port_mapping_name = 64;
inline constexpr std::size_t max_container_name = 255;
inline constexpr std::size_t max_ignored_exit_codes = 50;
inline constexpr std::int32_t min_restart_attempt_period = 60, max_restart_attempt_period = 1800;
inline constexpr std::size_t max_credential_specs = 1;
} // namespace container_limits

namespace detail {
// The helpers live apart from the task-level rules' helpers in `detail`, whose names they would
// otherwise meet (both headers are included together).
namespace container_checks {

/// ECS-TD-061 (the name's own type reports it): links' names and aliases follow it too.
constexpr bool valid_container_name(std::string_view s) noexcept { return container_name_policy::check(s) == 0; }

/// ECS-TD-073: up to 64 of lower-case letters, digits, _ and -, not starting with -.
constexpr bool valid_port_mapping_name(std::string_view s) noexcept {
    if (s.empty() || s.size() > container_limits::max_port_mapping_name || s.front() == '-') return false;
    for (char ch : s)
        if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_' || ch == '-')) return false;
    return true;
}

/// A path in the container: Linux paths start with /, Windows ones with a drive (C:\ or C:/).
constexpr bool absolute_container_path(std::string_view p) noexcept {
    if (p.starts_with("/")) return true;
    return p.size() >= 3 && ((p[0] >= 'a' && p[0] <= 'z') || (p[0] >= 'A' && p[0] <= 'Z')) && p[1] == ':' &&
           (p[2] == '\\' || p[2] == '/');
}

constexpr bool all_digits(std::string_view s) noexcept {
    if (s.empty()) return false;
    for (char ch : s)
        if (ch < '0' || ch > '9') return false;
    return true;
}

/// ECS-TD-113: user, user:group, uid, uid:gid, user:gid or uid:group. A numeric id is a decimal
/// integer of at most 10 digits (uids are 32-bit; 0 is root, which Docker accepts); a name uses
/// the characters of POSIX portable names and does not start with -.
constexpr bool valid_user(std::string_view s) noexcept {
    auto part = [](std::string_view p) {
        if (p.empty()) return false;
        if (all_digits(p)) return p.size() <= 10;
        if (p.front() == '-') return false;
        for (char ch : p)
            if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_' ||
                  ch == '.' || ch == '-'))
                return false;
        return true;
    };
    std::size_t colon = s.find(':');
    if (colon == std::string_view::npos) return part(s);
    return part(s.substr(0, colon)) && part(s.substr(colon + 1));
}

template <std::size_t N>
constexpr bool listed(const std::array<std::string_view, N>& list, std::string_view v) noexcept {
    return std::find(list.begin(), list.end(), v) != list.end();
}

/// A container and where it is in its task's `containerDefinitions`; its rules' pointers are
/// relative to it, since the walk positions the checker at the container.
// Pointers are built only for findings: most containers have none.
struct container_ref {
    const container_definition& def;
    std::size_t index;
    /// The pointer of `parts` (members, indices, map keys) relative to the container.
    template <class... Parts>
    std::string path(const Parts&... parts) const {
        return core::pointer(parts...);
    }
    std::string operator()(core::member_token member) const { return path(member); }
};

/// What the container rules look up across the task.
// Lookups scan the lists (a task has at most 10 containers and few volumes) rather than build
// maps of them for every validation.
struct task_view {
    const register_task_definition_request& td;
    task_context task;

    task_view(const register_task_definition_request& r, const task_context& context) : td(r), task(context) {}
    /// The index of the first container named `name`.
    std::optional<std::size_t> container_index(std::string_view name) const {
        const auto& cds = td.container_definitions;
        for (std::size_t i = 0; i < cds.size(); ++i)
            if (cds[i].name && *cds[i].name == name) return i;
        return std::nullopt;
    }
    const container_definition* container(std::string_view name) const {
        auto i = container_index(name);
        return i ? &td.container_definitions[*i] : nullptr;
    }
    bool has_volume(std::string_view name) const {
        return td.volumes && std::any_of(td.volumes->begin(), td.volumes->end(),
                                         [&](const volume& v) { return v.name && *v.name == name; });
    }
    /// The declared volume names, sorted and each once, joined with ", ".
    std::string declared_volumes() const {
        std::vector<std::string_view> names;
        if (td.volumes)
            for (const auto& v : *td.volumes)
                if (v.name) names.push_back(*v.name);
        std::sort(names.begin(), names.end());
        names.erase(std::unique(names.begin(), names.end()), names.end());
        std::string joined;
        for (std::string_view v : names) joined += core::cat(joined.empty() ? "" : ", ", v);
        return joined;
    }
    std::string_view mode_name() const {
        return td.network_mode ? td.network_mode->wire_view() : std::string_view("bridge (the default)");
    }
};

// A reference to another container (links, volumesFrom, dependsOn): it must exist and not be
// the container itself. Returns the target when the reference is good.
// `pointer()` and `what()` give the finding's pointer and subject, built only for a finding.
template <class Pointer, class What>
const container_definition* check_container_reference(const task_view& t, const container_ref& k,
                                                      std::string_view target, core::rule_id rule,
                                                      Pointer&& pointer, What&& what, core::checker_like auto& c) {
    using core::cat;
    const container_definition* other = t.container(target);
    if (!other) {
        std::string names;
        for (const auto& d : t.td.container_definitions)
            if (d.name) names += cat(names.empty() ? "" : ", ", *d.name);
        c.error(rule, pointer(),
                cat(what(), " names \"", target, "\", which is not a container of this task definition; its containers are ",
                    names.empty() ? std::string("none with a name") : names));
        return nullptr;
    }
    if (other == &k.def) {
        c.error(rule, pointer(), cat(what(), " names the container \"", target, "\" itself; name another container of the task"));
        return nullptr;
    }
    return other;
}

// ECS-TD-060, -062 (ECS-TD-061 is the name's type, ecs::container_name).
inline void check_identity(const container_ref& k, core::checker_like auto& c) {
    using core::cat;
    using T = container_definition;
    if (!k.def.name)
        c.error("ECS-TD-060", k(core::member<&T::name>),
                "the container has no name; ECS requires one (1-255 letters, digits, _ and -), which links, "
                "dependsOn and overrides refer to");
    if (!k.def.image)
        c.error("ECS-TD-062", k(core::member<&T::image>),
                "the container has no image; ECS requires one, e.g. \"public.ecr.aws/nginx/nginx:1.27\" or "
                "\"<account>.dkr.ecr.<region>.amazonaws.com/<repository>:<tag>\"");
}

// ECS-TD-064, -065, -066.
inline void check_size(const container_ref& k, core::checker_like auto& c) {
    using core::cat;
    using T = container_definition;
    auto at_least = [&](const std::optional<core::mebibytes>& m, core::member_token member) {
        if (!m) return;
        if (m->count() <= 0)
            c.error("ECS-TD-064", k(member),
                    cat(member.name, " is ", m->count(), " MiB; it is a positive number of MiB, at least ",
                        container_limits::min_memory_mib, " (omit it to set no limit)"));
        else if (m->count() < container_limits::min_memory_mib)
            c.error("ECS-TD-064", k(member),
                    cat(member.name, " is ", m->count(), " MiB; Docker 20.10 and later reserve ",
                        container_limits::min_memory_mib, " MiB per container, so give at least ",
                        container_limits::min_memory_mib));
    };
    at_least(k.def.memory, core::member<&T::memory>);
    at_least(k.def.memory_reservation, core::member<&T::memory_reservation>);
    if (k.def.memory && k.def.memory_reservation && k.def.memory_reservation->count() >= k.def.memory->count())
        c.error("ECS-TD-065", k(core::member<&T::memory_reservation>),
                cat("memoryReservation (", k.def.memory_reservation->count(), " MiB) must be less than memory (",
                    k.def.memory->count(), " MiB), the hard limit; lower the reservation or raise memory"));
    if (k.def.cpu && k.def.cpu->count() < 0)
        c.error("ECS-TD-066", k(core::member<&T::cpu>),
                cat("cpu is ", k.def.cpu->count(), " CPU units; it is 0 or more (1024 units = 1 vCPU)"));
}

// A port or port range of a mapping, for ECS-TD-074/075.
struct mapped_ports {
    std::string_view protocol;
    std::int32_t first, last;
    bool range;
    std::size_t mapping;
};

/// The port mapping names of a task, which are unique across it (ECS-TD-073). The rules of a
/// container take its named mappings in document order, and `next()` tells each whether its name
/// repeats one earlier in the task.
class port_mapping_names {
public:
    // A template only so that TUs which never validate do not compile the search.
    // `next()` then starts at the named mappings of container `container`.
    template <std::same_as<register_task_definition_request> TD>
    port_mapping_names(const TD& td, std::size_t container) {
        const auto& cds = td.container_definitions;
        for (std::size_t i = 0; i < cds.size(); ++i) {
            if (i == container) next_ = named_.size();
            if (cds[i].port_mappings)
                for (std::size_t j = 0; j < cds[i].port_mappings->size(); ++j)
                    if (const auto& n = (*cds[i].port_mappings)[j].name) named_.push_back({i, j, *n});
        }
        repeats_ = core::find_repeats(named_.size(), [&](std::size_t m) { return std::optional(named_[m].name); });
        while (repeat_ < repeats_.size() && repeats_[repeat_].index < next_) ++repeat_;
    }
    /// For the next named mapping: the pointer of the first mapping with its name when it repeats one.
    std::optional<std::string> next() {
        std::size_t m = next_++;
        if (repeat_ == repeats_.size() || repeats_[repeat_].index != m) return std::nullopt;
        const named& first = named_[repeats_[repeat_++].first];
        return core::pointer(core::member<&register_task_definition_request::container_definitions>, first.container,
                             core::member<&container_definition::port_mappings>, first.mapping,
                             core::member<&port_mapping::name>);
    }

private:
    struct named {
        std::size_t container, mapping;
        std::string_view name;
    };
    boost::container::small_vector<named, 8> named_;
    core::repeats repeats_;
    std::size_t next_ = 0, repeat_ = 0;
};

// ECS-TD-067..075 for one container; `names` follows port mapping names across the task (073).
inline void check_port_mappings(const task_view& t, const container_ref& k, port_mapping_names& names,
                                core::checker_like auto& c) {
    using core::cat;
    using T = container_definition;
    using P = port_mapping;
    if (!k.def.port_mappings) return;
    const auto& pms = *k.def.port_mappings;
    const auto& task = t.task;
    if (task.network_is(network_mode::none) && !pms.empty())
        c.error("ECS-TD-070", k(core::member<&T::port_mappings>),
                cat("the task's networkMode is none, so a container has no ports to map; remove the ", pms.size(),
                    " port mapping(s) or use another network mode"));
    boost::container::small_vector<mapped_ports, 8> seen;
    std::size_t ranges = 0;
    for (std::size_t j = 0; j < pms.size(); ++j) {
        const port_mapping& pm = pms[j];
        auto at = [&](core::member_token member) { return k.path(core::member<&T::port_mappings>, j, member); };
        std::string_view protocol = pm.protocol ? pm.protocol->wire_view() : std::string_view("tcp");
        std::optional<mapped_ports> ports;
        if (pm.container_port_range) {
            ++ranges;
            auto b = pm.container_port_range->bounds();
            if (!b || b->first < 1 || b->last > 65535 || b->first >= b->last)
                c.error("ECS-TD-074", at(core::member<&P::container_port_range>),
                        cat("containerPortRange \"", pm.container_port_range->view(),
                            "\" is not first-last with 1 <= first < last <= 65535, e.g. \"8000-8099\""));
            else
                ports = mapped_ports{protocol, b->first, b->last, true, j};
            if (task.network && !task.network_is(network_mode::bridge) && !task.network_is(network_mode::awsvpc))
                c.error("ECS-TD-074", at(core::member<&P::container_port_range>),
                        cat("containerPortRange needs networkMode bridge or awsvpc; this task uses ", t.mode_name()));
            if (pm.container_port)
                c.error("ECS-TD-074", at(core::member<&P::container_port>),
                        "a mapping with containerPortRange takes no containerPort; give one or the other");
            if (pm.host_port)
                c.error("ECS-TD-074", at(core::member<&P::host_port>),
                        "a mapping with containerPortRange takes no hostPort: ECS chooses the host ports (the same "
                        "range with awsvpc, free ephemeral ports with bridge)");
        } else if (!pm.container_port) {
            c.error("ECS-TD-067", at(core::member<&P::container_port>),
                    "the port mapping has neither containerPort nor containerPortRange; give the container's port (1-65535)");
        } else {
            std::int32_t p = pm.container_port->number();
            if (p < 1 || p > 65535)
                c.error("ECS-TD-067", at(core::member<&P::container_port>),
                        cat("containerPort ", p, " is outside 1-65535"));
            else
                ports = mapped_ports{protocol, p, p, false, j};
        }
        if (pm.host_port && !pm.container_port_range) {
            std::int32_t h = pm.host_port->number();
            if (h < 0 || h > 65535) {
                c.error("ECS-TD-068", at(core::member<&P::host_port>),
                        cat("hostPort ", h, " is outside 0-65535 (0 or no hostPort: a dynamic port in bridge mode)"));
            } else if ((task.network_is(network_mode::awsvpc) || task.network_is(network_mode::host)) &&
                       pm.container_port && h != pm.container_port->number()) {
                c.error("ECS-TD-069", at(core::member<&P::host_port>),
                        cat("with networkMode ", t.mode_name(), " the host port is the container port: hostPort ", h,
                            " differs from containerPort ", pm.container_port->number(),
                            "; omit hostPort or set it to ", pm.container_port->number()));
            } else if (task.network_is(network_mode::bridge) || task.network_is(network_mode::host)) {
                if (h == 22 || h == 2375 || h == 2376 || (h >= 51678 && h <= 51680))
                    c.warning("ECS-TD-068", at(core::member<&P::host_port>),
                              cat("hostPort ", h, " is reserved on container instances (22 SSH, 2375-2376 Docker, "
                                                  "51678-51680 the ECS agent); the task will not be placed; choose another port"));
                else if (task.network_is(network_mode::bridge) && h >= 49153)
                    c.warning("ECS-TD-068", at(core::member<&P::host_port>),
                              cat("hostPort ", h, " is in Docker's ephemeral range (49153-65535 by default), which is "
                                                  "kept for dynamic ports; choose a port below 32768 or use 0 for a dynamic one"));
            }
        }
        if (pm.app_protocol && !pm.name)
            c.warning("ECS-TD-072", at(core::member<&P::app_protocol>),
                      "appProtocol applies only to Service Connect, which refers to a port mapping by its name; "
                      "give the mapping a name or drop appProtocol");
        if (pm.name) {
            if (!valid_port_mapping_name(*pm.name))
                c.error("ECS-TD-073", at(core::member<&P::name>),
                        cat("the port mapping name \"", *pm.name,
                            "\" is not up to 64 lower-case letters, digits, _ and -, not starting with -"));
            if (std::optional<std::string> first = names.next())
                c.error("ECS-TD-073", at(core::member<&P::name>),
                        cat("the port mapping name \"", *pm.name, "\" is already used at ", *first,
                            "; names are unique across the task definition"));
        }
        if (ports) {
            for (const mapped_ports& o : seen) {
                if (o.protocol != ports->protocol || o.last < ports->first || ports->last < o.first) continue;
                bool both_ranges = o.range && ports->range;
                core::member_token member =
                    ports->range ? core::member<&P::container_port_range> : core::member<&P::container_port>;
                if (both_ranges)
                    c.error("ECS-TD-074", at(member),
                            cat("containerPortRange ", ports->first, "-", ports->last, " overlaps ", o.first, "-",
                                o.last, " of mapping ", o.mapping, "; ranges of a container must not overlap"));
                else
                    c.error("ECS-TD-075", at(member),
                            cat(ports->protocol, " port", ports->range ? "s " : " ", ports->first,
                                ports->range ? cat("-", ports->last) : std::string(), " already appear", ports->range ? "" : "s",
                                " in mapping ", o.mapping, " of this container; a port belongs to one mapping only"));
                break;
            }
            seen.push_back(*ports);
        }
    }
    if (ranges > container_limits::max_port_ranges)
        c.error("ECS-TD-074", k(core::member<&T::port_mappings>),
                cat(ranges, " containerPortRange mappings; a container takes at most ", container_limits::max_port_ranges));
}

// ECS-TD-076..079: links, hostname, extraHosts and DNS depend on the network mode and the OS.
inline void check_networking(const task_view& t, const container_ref& k, core::checker_like auto& c) {
    using core::cat;
    using T = container_definition;
    const auto& task = t.task;
    if (k.def.links && !k.def.links->empty()) {
        if (task.network && !task.network_is(network_mode::bridge))
            c.error("ECS-TD-076", k(core::member<&T::links>),
                    cat("links work only with networkMode bridge; this task uses ", t.mode_name(),
                        ", where containers reach each other on localhost (awsvpc) or through the host"));
        if (task.windows)
            c.error("ECS-TD-076", k(core::member<&T::links>), "Windows containers do not support links");
        for (std::size_t j = 0; j < k.def.links->size(); ++j) {
            std::string_view link = (*k.def.links)[j];
            std::size_t colon = link.find(':');
            std::string_view target = link.substr(0, colon);
            auto at = [&] { return k.path(core::member<&T::links>, j); };
            if (colon != std::string_view::npos && !valid_container_name(link.substr(colon + 1))) {
                c.error("ECS-TD-076", at(),
                        cat("the link \"", link, "\" has the alias \"", link.substr(colon + 1),
                            "\"; an alias is 1-255 letters, digits, _ and - (write name or name:alias)"));
                continue;
            }
            check_container_reference(t, k, target, "ECS-TD-076", at, [&] { return cat("the link \"", link, "\""); }, c);
        }
    }
    if (k.def.hostname && task.network_is(network_mode::awsvpc))
        c.error("ECS-TD-077", k(core::member<&T::hostname>),
                "hostname cannot be set with networkMode awsvpc (the task's network interface has its own DNS name); remove it");
    if (k.def.extra_hosts && !k.def.extra_hosts->empty()) {
        if (task.network_is(network_mode::awsvpc))
            c.error("ECS-TD-078", k(core::member<&T::extra_hosts>),
                    "extraHosts cannot be used with networkMode awsvpc; resolve the names with DNS (e.g. Route 53 or Cloud Map) instead");
        if (task.windows)
            c.error("ECS-TD-078", k(core::member<&T::extra_hosts>), "Windows containers do not support extraHosts");
    }
    if (task.windows) {
        if (k.def.dns_servers && !k.def.dns_servers->empty())
            c.error("ECS-TD-079", k(core::member<&T::dns_servers>),
                    "Windows containers do not support dnsServers; remove them");
        if (k.def.dns_search_domains && !k.def.dns_search_domains->empty())
            c.error("ECS-TD-079", k(core::member<&T::dns_search_domains>),
                    "Windows containers do not support dnsSearchDomains; remove them");
    }
}

// ECS-TD-080..085.
inline void check_health_check(const container_ref& k, core::checker_like auto& c) {
    using core::cat;
    namespace L = container_limits;
    if (!k.def.health_check) return;
    const health_check& h = *k.def.health_check;
    using H = health_check;
    auto at = [&](const auto&... parts) { return k.path(core::member<&container_definition::health_check>, parts...); };
    if (h.command.empty())
        c.error("ECS-TD-080", at(core::member<&H::command>),
                "the health check command is empty; write [\"CMD-SHELL\", \"curl -f http://localhost/ || exit 1\"] or "
                "[\"CMD\", \"/healthcheck\"]");
    else if (h.command[0] != "CMD" && h.command[0] != "CMD-SHELL")
        c.error("ECS-TD-080", at(core::member<&H::command>, 0),
                cat("the health check command starts with \"", h.command[0],
                    "\"; its first element is CMD (run the rest directly) or CMD-SHELL (run it with the shell), e.g. [\"CMD-SHELL\", \"",
                    h.command[0], "\"]"));
    else if (h.command.size() < 2)
        c.error("ECS-TD-080", at(core::member<&H::command>),
                cat("the health check command is only \"", h.command[0], "\"; add the command to run after it"));
    auto range = [&](core::rule_id rule, core::member_token member, std::optional<std::int32_t> v, std::int32_t lo,
                     std::int32_t hi, std::string_view unit) {
        if (v && (*v < lo || *v > hi))
            c.error(rule, at(member),
                    cat("healthCheck.", member.name, " is ", *v, unit, "; allowed: ", lo, "-", hi, unit));
    };
    auto count = [](const std::optional<core::seconds>& s) {
        return s ? std::optional<std::int32_t>(s->count()) : std::nullopt;
    };
    range("ECS-TD-081", core::member<&H::interval>, count(h.interval), L::min_health_interval, L::max_health_interval,
          " s");
    range("ECS-TD-082", core::member<&H::timeout>, count(h.timeout), L::min_health_timeout, L::max_health_timeout,
          " s");
    range("ECS-TD-083", core::member<&H::retries>, h.retries, L::min_health_retries, L::max_health_retries, "");
    range("ECS-TD-084", core::member<&H::start_period>, count(h.start_period), L::min_health_start_period,
          L::max_health_start_period, " s");
    std::int32_t interval = h.interval ? h.interval->count() : L::default_health_interval;
    std::int32_t timeout = h.timeout ? h.timeout->count() : L::default_health_timeout;
    if (interval <= timeout)
        c.warning("ECS-TD-085", at(h.timeout ? core::member<&H::timeout> : core::member<&H::interval>),
                  cat("the health check runs every ", interval, " s", h.interval ? "" : " (the default)",
                      " but may take ", timeout, " s", h.timeout ? "" : " (the default)",
                      "; make the interval longer than the timeout so that checks do not overlap"));
}

// ECS-TD-087, -089, -090 for one container; cycles (ECS-TD-091) are found across the task.
inline void check_dependencies(const task_view& t, const container_ref& k, core::checker_like auto& c) {
    using core::cat;
    if (!k.def.depends_on) return;
    for (std::size_t j = 0; j < k.def.depends_on->size(); ++j) {
        const container_dependency& d = (*k.def.depends_on)[j];
        auto at = [&](core::member_token member) {
            return k.path(core::member<&container_definition::depends_on>, j, member);
        };
        const container_definition* target = check_container_reference(
            t, k, d.container_name, "ECS-TD-087",
            [&] { return at(core::member<&container_dependency::container_name>); },
            [] { return std::string_view("dependsOn"); }, c);
        if (!target) continue;
        auto condition = d.condition.known();
        if (!condition) continue;
        if ((*condition == container_condition::complete || *condition == container_condition::success) &&
            target->essential.value_or(true))
            c.error("ECS-TD-089", at(core::member<&container_dependency::condition>),
                    cat(d.condition.wire_view(), " waits for \"", d.container_name,
                        "\" to exit, but it is essential", target->essential ? "" : " (essential defaults to true)",
                        " and its exit stops the task; set \"essential\": false on it or use START or HEALTHY"));
        if (*condition == container_condition::healthy && !target->health_check)
            c.error("ECS-TD-090", at(core::member<&container_dependency::condition>),
                    cat("HEALTHY waits for the health check of \"", d.container_name,
                        "\", which has none; give it a healthCheck or use START"));
    }
}

// ECS-TD-091: each cycle of dependsOn is reported once, at the first container of it (in
// document order), listing its members in dependency order.
inline void check_dependency_cycles(const task_view& t, core::checker_like auto& c) {
    using core::cat;
    const auto& defs = t.td.container_definitions;
    std::size_t n = defs.size();
    // edges[i]: (target index, dependsOn index) for references to another existing container.
    // Without a reference from one container to another there is no cycle, and nothing to allocate.
    if (std::none_of(defs.begin(), defs.end(), [](const container_definition& d) { return d.depends_on && !d.depends_on->empty(); }))
        return;
    std::vector<std::vector<std::pair<std::size_t, std::size_t>>> edges(n);
    for (std::size_t i = 0; i < n; ++i) {
        if (!defs[i].depends_on) continue;
        for (std::size_t j = 0; j < defs[i].depends_on->size(); ++j) {
            auto target = t.container_index((*defs[i].depends_on)[j].container_name);
            if (target && *target != i) edges[i].emplace_back(*target, j);
        }
    }
    // Tarjan's strongly connected components; at most 10 containers, so recursion is shallow.
    std::vector<int> index(n, -1), low(n, 0), component(n, -1);
    std::vector<bool> on_stack(n, false);
    std::vector<std::size_t> stack;
    int next = 0, components = 0;
    auto connect = [&](auto&& self, std::size_t v) -> void {
        index[v] = low[v] = next++;
        stack.push_back(v);
        on_stack[v] = true;
        for (auto [w, j] : edges[v]) {
            if (index[w] < 0) {
                self(self, w);
                low[v] = std::min(low[v], low[w]);
            } else if (on_stack[w]) {
                low[v] = std::min(low[v], index[w]);
            }
        }
        if (low[v] == index[v]) {
            std::size_t w;
            do {
                w = stack.back();
                stack.pop_back();
                on_stack[w] = false;
                component[w] = components;
            } while (w != v);
            ++components;
        }
    };
    for (std::size_t v = 0; v < n; ++v)
        if (index[v] < 0) connect(connect, v);
    std::vector<bool> reported(static_cast<std::size_t>(components), false);
    for (std::size_t start = 0; start < n; ++start) {
        int comp = component[start];
        if (reported[static_cast<std::size_t>(comp)]) continue;
        bool cyclic = std::any_of(edges[start].begin(), edges[start].end(),
                                  [&](auto e) { return component[e.first] == comp; });
        if (!cyclic) continue;
        reported[static_cast<std::size_t>(comp)] = true;
        // A path back to `start` inside the component, found breadth first: the shortest cycle.
        std::vector<std::pair<std::size_t, std::size_t>> came_from(n, {n, 0}); // (previous, dependsOn index)
        std::vector<std::size_t> queue{start};
        std::size_t closing = n;
        for (std::size_t q = 0; q < queue.size() && closing == n; ++q) {
            std::size_t v = queue[q];
            for (auto [w, j] : edges[v]) {
                if (component[w] != comp) continue;
                if (w == start) {
                    closing = v;
                    came_from[start] = {v, j};
                    break;
                }
                if (came_from[w].first == n && w != start) {
                    came_from[w] = {v, j};
                    queue.push_back(w);
                }
            }
        }
        std::vector<std::size_t> cycle;
        for (std::size_t v = closing; v != start; v = came_from[v].first) cycle.push_back(v);
        cycle.push_back(start);
        std::reverse(cycle.begin(), cycle.end()); // start, ..., closing
        std::string path;
        for (std::size_t v : cycle) path += cat("\"", std::string_view(defs[v].name ? defs[v].name->view() : ""), "\" -> ");
        path += cat("\"", std::string_view(defs[start].name ? defs[start].name->view() : ""), "\"");
        // Other containers caught in the same knot of dependencies are named too: removing one
        // edge of this cycle may leave another.
        std::string others;
        for (std::size_t v = 0; v < n; ++v)
            if (component[v] == comp && std::find(cycle.begin(), cycle.end(), v) == cycle.end())
                others += cat(others.empty() ? "" : ", ", "\"", std::string_view(defs[v].name ? defs[v].name->view() : ""), "\"");
        if (!others.empty()) path += cat(" (and through it ", others, ")");
        std::size_t first_edge = 0;
        std::size_t after = cycle.size() > 1 ? cycle[1] : start;
        for (auto [w, j] : edges[start])
            if (w == after) {
                first_edge = j;
                break;
            }
        c.error("ECS-TD-091",
                core::pointer(core::member<&register_task_definition_request::container_definitions>, start,
                              core::member<&container_definition::depends_on>, first_edge,
                              core::member<&container_dependency::container_name>),
                cat("dependsOn forms a cycle: ", path,
                    "; each waits for the next, so none of them can start; remove one of these dependencies"));
    }
}

// ECS-TD-092.
inline void check_timeouts(const task_view& t, const container_ref& k, core::checker_like auto& c) {
    using core::cat;
    namespace L = container_limits;
    if (!t.task.fargate) return;
    auto range = [&](const std::optional<core::seconds>& s, core::member_token member) {
        if (s && (s->count() < L::min_fargate_timeout || s->count() > L::max_fargate_timeout))
            c.error("ECS-TD-092", k(member),
                    cat(member.name, " is ", s->count(), " s; on Fargate it is ", L::min_fargate_timeout, "-",
                        L::max_fargate_timeout, " s"));
    };
    range(k.def.start_timeout, core::member<&container_definition::start_timeout>);
    range(k.def.stop_timeout, core::member<&container_definition::stop_timeout>);
}

// ECS-TD-093, -095.
inline void check_environment(const container_ref& k, core::checker_like auto& c) {
    using core::cat;
    using T = container_definition;
    if (k.def.environment) {
        const auto& env = *k.def.environment;
        auto name_of = [&](std::size_t j) -> std::optional<std::string_view> {
            if (env[j].name) return *env[j].name;
            return std::nullopt;
        };
        for (const core::repeat& r : core::find_repeats(env.size(), name_of))
            c.error("ECS-TD-093", k.path(core::member<&T::environment>, r.index, core::member<&key_value_pair::name>),
                    cat("the environment variable \"", *env[r.index].name, "\" is already set by environment/", r.first,
                        "; keep one (names are case-sensitive)"));
    }
    if (k.def.environment_files) {
        const auto& files = *k.def.environment_files;
        if (files.size() > container_limits::max_environment_files)
            c.error("ECS-TD-095", k(core::member<&T::environment_files>),
                    cat(files.size(), " environment files; a container takes at most ", container_limits::max_environment_files));
        for (std::size_t j = 0; j < files.size(); ++j) {
            auto a = core::parts(files[j].value);
            if (!a) continue; // COMMON-004 reports a malformed ARN
            std::size_t slash = a->resource.find('/');
            bool object = a->service == "s3" && slash != std::string_view::npos && slash > 0 &&
                          slash + 1 < a->resource.size();
            if (!object || !a->resource.ends_with(".env"))
                c.error("ECS-TD-095",
                        k.path(core::member<&T::environment_files>, j, core::member<&environment_file::value>),
                        cat("\"", files[j].value.view(), "\" is not ",
                            object ? "a file with the .env extension" : "an S3 object ARN",
                            "; give arn:aws:s3:::<bucket>/<key>.env"));
        }
    }
}

// ECS-TD-096 for one list of secrets (container secrets or log secretOptions), and -097 for the
// container's environment secrets.
// `list...` are the parts of the list's pointer below the container: it is built only for a finding.
template <class... List>
void check_secret_list(const std::vector<secret>& secrets, const container_ref& k, bool unique_names,
                       core::checker_like auto& c, const List&... list) {
    using core::cat;
    core::repeats names;
    if (unique_names)
        names = core::find_repeats(secrets.size(), [&](std::size_t j) { return std::optional<std::string_view>(secrets[j].name); });
    auto repeat = names.begin();
    for (std::size_t j = 0; j < secrets.size(); ++j) {
        std::string_view from = secrets[j].value_from.view();
        if (auto p = check_secret_reference(from); p != secret_reference_problem::none)
            c.error("ECS-TD-096", k.path(list..., j, core::member<&secret::value_from>),
                    secret_reference_message(p, from));
        if (repeat != names.end() && repeat->index == j) {
            c.error("ECS-TD-097", k.path(list..., j, core::member<&secret::name>),
                    cat("the secret \"", secrets[j].name, "\" is already set by secrets/", repeat->first,
                        "; each becomes an environment variable, so keep one"));
            ++repeat;
        }
    }
}

// ECS-TD-099..102.
inline void check_logging(const task_view& t, const container_ref& k, core::checker_like auto& c) {
    using core::cat;
    using T = container_definition;
    if (const auto& lc = k.def.log_configuration) {
        auto at = [&](const auto&... parts) { return k.path(core::member<&T::log_configuration>, parts...); };
        auto option_at = [&](std::string_view option) {
            return at(core::member<&log_configuration::options>, core::key{option});
        };
        static const core::string_map<std::string> no_options;
        const auto& options = lc->options ? *lc->options : no_options;
        auto missing = [&](core::rule_id rule, std::string_view option, std::string_view why) {
            if (!options.contains(option)) c.error(rule, option_at(option), std::string(why));
        };
        auto driver = lc->log_driver.known();
        if (driver == log_driver::awslogs) {
            missing("ECS-TD-099", "awslogs-group",
                    "the awslogs driver needs the option awslogs-group: the CloudWatch Logs group to write to");
            missing("ECS-TD-099", "awslogs-region",
                    "the awslogs driver needs the option awslogs-region: the Region of the log group, e.g. \"us-east-1\"");
            if (t.task.fargate)
                missing("ECS-TD-099", "awslogs-stream-prefix",
                        "on Fargate the awslogs driver needs the option awslogs-stream-prefix (streams are then "
                        "named prefix/container/task-id), e.g. \"ecs\"");
            if (options.contains("awslogs-datetime-format") && options.contains("awslogs-multiline-pattern"))
                c.error("ECS-TD-099", option_at("awslogs-multiline-pattern"),
                        "awslogs-datetime-format and awslogs-multiline-pattern both set where a log message starts; keep one");
        }
        // `mode` and `max-buffer-size` are Docker's options of every driver; awsfirelens options
        // configure the router's output plugin instead.
        if (driver && *driver != log_driver::awsfirelens) {
            const std::string* mode = options.find("mode");
            if (mode && *mode != "blocking" && *mode != "non-blocking")
                c.error("ECS-TD-099", option_at("mode"),
                        cat("the log option mode is \"", *mode, "\"; allowed: blocking, non-blocking"));
            if (mode && *mode == "blocking" && options.contains("max-buffer-size"))
                c.error("ECS-TD-099", option_at("max-buffer-size"),
                        "max-buffer-size sizes the buffer of the non-blocking mode; with mode blocking remove it or use non-blocking");
        }
        if (driver == log_driver::splunk) {
            missing("ECS-TD-100", "splunk-url",
                    "the splunk driver needs the option splunk-url, e.g. \"https://splunk.example.com:8088\"");
            bool secret_token = lc->secret_options &&
                                std::any_of(lc->secret_options->begin(), lc->secret_options->end(),
                                            [](const secret& s) { return s.name == "splunk-token"; });
            if (!secret_token)
                missing("ECS-TD-100", "splunk-token",
                        "the splunk driver needs a token: the option splunk-token or, better, a secretOptions entry "
                        "named splunk-token");
        }
        if (driver == log_driver::awsfirelens) {
            bool router = std::any_of(t.td.container_definitions.begin(), t.td.container_definitions.end(),
                                      [](const container_definition& d) { return d.firelens_configuration.has_value(); });
            if (!router)
                c.error("ECS-TD-101", at(core::member<&log_configuration::log_driver>),
                        "the awsfirelens driver sends logs to the task's FireLens router, but no container has a "
                        "firelensConfiguration; add a Fluent Bit container (e.g. public.ecr.aws/aws-observability/"
                        "aws-for-fluent-bit) with \"firelensConfiguration\": {\"type\": \"fluentbit\"}");
        }
        if (lc->secret_options)
            check_secret_list(*lc->secret_options, k, false, c, core::member<&T::log_configuration>,
                              core::member<&log_configuration::secret_options>);
    }
    if (const auto& fc = k.def.firelens_configuration) {
        auto at = [&](const auto&... parts) { return k.path(core::member<&T::firelens_configuration>, parts...); };
        auto option_at = [&](std::string_view option) {
            return at(core::member<&firelens_configuration::options>, core::key{option});
        };
        for (std::size_t i = 0; i < k.index; ++i)
            if (t.td.container_definitions[i].firelens_configuration) {
                c.error("ECS-TD-102", at(),
                        cat("container ", i, " is already the task's FireLens log router; a task has one router"));
                break;
            }
        if (fc->options)
            if (const std::string* type = fc->options->find("config-file-type")) {
                if (*type != "s3" && *type != "file")
                    c.error("ECS-TD-102", option_at("config-file-type"),
                            cat("config-file-type is \"", *type, "\"; allowed: s3 (an S3 object ARN) or file (a path in the image)"));
                else if (*type == "s3" && t.task.fargate)
                    c.error("ECS-TD-102", option_at("config-file-type"),
                            "Fargate tasks take only config-file-type file: copy the configuration into the router's "
                            "image and give its path");
            }
    }
}

// ECS-TD-103.
inline void check_ulimits(const task_view& t, const container_ref& k, core::checker_like auto& c) {
    using core::cat;
    if (!k.def.ulimits || k.def.ulimits->empty()) return;
    if (t.task.windows)
        c.error("ECS-TD-103", k(core::member<&container_definition::ulimits>),
                "Windows containers do not support ulimits; remove them");
    const auto& ulimits = *k.def.ulimits;
    core::repeats names =
        core::find_repeats(ulimits.size(), [&](std::size_t j) { return std::optional(ulimits[j].name.wire_view()); });
    auto repeat = names.begin();
    for (std::size_t j = 0; j < ulimits.size(); ++j) {
        const ulimit& u = ulimits[j];
        auto at = [&](core::member_token member) {
            return k.path(core::member<&container_definition::ulimits>, j, member);
        };
        // -1 is "unlimited".
        bool soft_above = u.hard_limit != -1 && (u.soft_limit == -1 || u.soft_limit > u.hard_limit);
        if (soft_above)
            c.error("ECS-TD-103", at(core::member<&ulimit::soft_limit>),
                    cat("the ", u.name.wire_view(), " soft limit (", u.soft_limit, u.soft_limit == -1 ? ", unlimited" : "",
                        ") is above the hard limit (", u.hard_limit, "); the soft limit is at most the hard limit"));
        if (repeat != names.end() && repeat->index == j) {
            c.error("ECS-TD-103", at(core::member<&ulimit::name>),
                    cat("the ulimit ", u.name.wire_view(), " is already set by ulimits/", repeat->first, "; keep one"));
            ++repeat;
        }
    }
}

// ECS-TD-104, -106, -107, -108.
inline void check_linux_parameters(const container_ref& k, core::checker_like auto& c) {
    using core::cat;
    if (!k.def.linux_parameters) return;
    const linux_parameters& lp = *k.def.linux_parameters;
    using LP = linux_parameters;
    auto at = [&](const auto&... parts) {
        return k.path(core::member<&container_definition::linux_parameters>, parts...);
    };
    if (lp.capabilities) {
        auto check = [&](const std::optional<std::vector<std::string>>& caps, core::member_token member) {
            if (!caps) return;
            for (std::size_t j = 0; j < caps->size(); ++j) {
                std::string_view v = (*caps)[j];
                if (listed(linux_capabilities, v)) continue;
                std::string hint;
                std::string upper(v.starts_with("CAP_") || v.starts_with("cap_") ? v.substr(4) : v);
                for (char& ch : upper)
                    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
                if (listed(linux_capabilities, upper)) hint = cat(" (write \"", upper, "\")");
                c.error("ECS-TD-104", at(core::member<&LP::capabilities>, member, j),
                        cat("\"", v, "\" is not a Linux capability as ECS names them", hint,
                            ": upper case without CAP_, e.g. SYS_PTRACE, NET_ADMIN"));
            }
        };
        check(lp.capabilities->add, core::member<&kernel_capabilities::add>);
        check(lp.capabilities->drop, core::member<&kernel_capabilities::drop>);
    }
    if (lp.shared_memory_size && lp.shared_memory_size->count() <= 0)
        c.error("ECS-TD-106", at(core::member<&LP::shared_memory_size>),
                cat("sharedMemorySize is ", lp.shared_memory_size->count(),
                    " MiB; it is a positive number of MiB (omit it for Docker's 64 MiB)"));
    if (lp.max_swap && lp.max_swap->count() < 0)
        c.error("ECS-TD-107", at(core::member<&LP::max_swap>),
                cat("maxSwap is ", lp.max_swap->count(), " MiB; it is 0 (no swap) or more"));
    if (lp.swappiness) {
        if (*lp.swappiness < 0 || *lp.swappiness > 100)
            c.error("ECS-TD-107", at(core::member<&LP::swappiness>),
                    cat("swappiness is ", *lp.swappiness, "; allowed: 0-100"));
        else if (!lp.max_swap)
            c.warning("ECS-TD-107", at(core::member<&LP::swappiness>),
                      "swappiness is ignored without maxSwap; set maxSwap (MiB of swap the container may use) too");
    }
    if (lp.tmpfs) {
        for (std::size_t j = 0; j < lp.tmpfs->size(); ++j) {
            const ecs::tmpfs& tf = (*lp.tmpfs)[j];
            auto tat = [&](const auto&... parts) { return at(core::member<&LP::tmpfs>, j, parts...); };
            if (!tf.container_path.starts_with("/"))
                c.error("ECS-TD-108", tat(core::member<&ecs::tmpfs::container_path>),
                        cat("the tmpfs containerPath \"", tf.container_path,
                            "\" is not an absolute path; write e.g. \"/run\""));
            if (tf.size.count() <= 0)
                c.error("ECS-TD-108", tat(core::member<&ecs::tmpfs::size>),
                        cat("the tmpfs size is ", tf.size.count(), " MiB; it is a positive number of MiB"));
            if (!tf.mount_options) continue;
            for (std::size_t m = 0; m < tf.mount_options->size(); ++m) {
                std::string_view o = (*tf.mount_options)[m];
                // Options that take a value are written option=value ("mode=1777").
                std::string_view name = o.substr(0, o.find('='));
                bool takes_value = name == "mode" || name == "uid" || name == "gid" || name == "nr_inodes" ||
                                   name == "nr_blocks" || name == "mpol";
                if (listed(tmpfs_mount_options, name) && (name.size() == o.size() || takes_value)) continue;
                c.error("ECS-TD-108", tat(core::member<&ecs::tmpfs::mount_options>, m),
                        cat("\"", o, "\" is not a tmpfs mount option ECS accepts, e.g. rw, ro, noexec, nosuid, nodev, "
                                     "mode=1777 (the size is the size member)"));
            }
        }
    }
}

// ECS-TD-109, -110, -111.
inline void check_mounts(const task_view& t, const container_ref& k, core::checker_like auto& c) {
    using core::cat;
    using T = container_definition;
    if (k.def.mount_points)
        for (std::size_t j = 0; j < k.def.mount_points->size(); ++j) {
            const mount_point& m = (*k.def.mount_points)[j];
            auto at = [&](core::member_token member) { return k.path(core::member<&T::mount_points>, j, member); };
            if (!m.source_volume) {
                std::string declared = t.declared_volumes();
                c.error("ECS-TD-109", at(core::member<&mount_point::source_volume>),
                        cat("the mount point has no sourceVolume; name one of the task's volumes (",
                            declared.empty() ? std::string("it declares none") : declared, ")"));
            } else if (!t.has_volume(*m.source_volume)) {
                std::string declared = t.declared_volumes();
                c.error("ECS-TD-109", at(core::member<&mount_point::source_volume>),
                        cat("sourceVolume \"", *m.source_volume, "\" is not a volume of this task definition; ",
                            declared.empty() ? std::string("declare it under volumes")
                                             : cat("its volumes are ", declared)));
            }
            if (!m.container_path)
                c.error("ECS-TD-110", at(core::member<&mount_point::container_path>),
                        "the mount point has no containerPath; give the absolute path to mount the volume at, e.g. \"/data\"");
            else if (!absolute_container_path(*m.container_path))
                c.error("ECS-TD-110", at(core::member<&mount_point::container_path>),
                        cat("containerPath \"", *m.container_path,
                            "\" is not an absolute path; write e.g. \"/data\" (or \"C:\\\\data\" on Windows)"));
        }
    if (k.def.volumes_from)
        for (std::size_t j = 0; j < k.def.volumes_from->size(); ++j) {
            const volume_from& v = (*k.def.volumes_from)[j];
            auto at = [&] {
                return k.path(core::member<&T::volumes_from>, j, core::member<&volume_from::source_container>);
            };
            if (!v.source_container)
                c.error("ECS-TD-111", at(), "volumesFrom needs sourceContainer: the container whose volumes to mount");
            else
                check_container_reference(t, k, *v.source_container, "ECS-TD-111", at,
                                          [] { return std::string_view("volumesFrom"); }, c);
        }
}

// ECS-TD-112.
inline void check_system_controls(const task_view& t, const container_ref& k, core::checker_like auto& c) {
    using core::cat;
    if (!k.def.system_controls) return;
    bool ipc_host = t.td.ipc_mode && *t.td.ipc_mode == ipc_mode::host;
    for (std::size_t j = 0; j < k.def.system_controls->size(); ++j) {
        const auto& ns = (*k.def.system_controls)[j].namespace_;
        auto at = [&] {
            return k.path(core::member<&container_definition::system_controls>, j,
                          core::member<&system_control::namespace_>);
        };
        if (!ns) {
            c.error("ECS-TD-112", at(), "the system control has no namespace: the kernel parameter to set, e.g. \"net.ipv4.tcp_keepalive_time\"");
            continue;
        }
        bool ipc = listed(ipc_system_controls, *ns) || (ns->starts_with("fs.mqueue.") && ns->size() > 10);
        bool net = ns->starts_with("net.") && ns->size() > 4;
        if (!ipc && !net)
            c.error("ECS-TD-112", at(),
                    cat("\"", *ns, "\" cannot be set in a container: only net.* and the IPC parameters kernel.msgmax, "
                                   "kernel.msgmnb, kernel.msgmni, kernel.sem, kernel.shmall, kernel.shmmax, kernel.shmmni, "
                                   "kernel.shm_rmid_forced and fs.mqueue.* are namespaced"));
        else if (ipc && ipc_host)
            c.error("ECS-TD-112", at(),
                    cat("\"", *ns, "\" is an IPC parameter, and with ipcMode host the container shares the host's IPC "
                                   "namespace; use ipcMode task or set it on the instance"));
        else if (net && t.task.network_is(network_mode::host))
            c.error("ECS-TD-112", at(),
                    cat("\"", *ns, "\" is a network parameter, and with networkMode host the container shares the "
                                   "host's network namespace; set it on the instance or use awsvpc or bridge"));
    }
}

// ECS-TD-113..116.
inline void check_identity_options(const task_view& t, const container_ref& k, core::checker_like auto& c) {
    using core::cat;
    using T = container_definition;
    if (k.def.user) {
        if (t.task.windows)
            c.error("ECS-TD-113", k(core::member<&T::user>), "Windows containers do not support user; remove it");
        else if (!valid_user(*k.def.user))
            c.error("ECS-TD-113", k(core::member<&T::user>),
                    cat("user \"", *k.def.user, "\" is not user, user:group, uid, uid:gid, user:gid or uid:group "
                                                "(names of letters, digits, _ . -; ids as decimal numbers), e.g. \"1000:1000\""));
    }
    if (k.def.docker_security_options)
        for (std::size_t j = 0; j < k.def.docker_security_options->size(); ++j) {
            std::string_view o = (*k.def.docker_security_options)[j];
            bool ok = o == "no-new-privileges";
            for (std::string_view p : {"apparmor:", "label:", "credentialspec:"})
                ok = ok || (o.starts_with(p) && o.size() > p.size());
            if (!ok)
                c.error("ECS-TD-114", k.path(core::member<&T::docker_security_options>, j),
                        cat("\"", o, "\" is not a security option ECS accepts: no-new-privileges, apparmor:<profile>, "
                                     "label:<value> or credentialspec:<path>"));
        }
    if (k.def.credential_specs) {
        const auto& specs = *k.def.credential_specs;
        if (specs.size() > container_limits::max_credential_specs)
            c.error("ECS-TD-115", k(core::member<&T::credential_specs>),
                    cat(specs.size(), " credential specs; a container takes at most one"));
        for (std::size_t j = 0; j < specs.size(); ++j) {
            std::string_view s = specs[j];
            std::string_view arn;
            if (s.starts_with("credentialspecdomainless:"))
                arn = s.substr(25);
            else if (s.starts_with("credentialspec:"))
                arn = s.substr(15);
            auto a = core::parse_arn(arn);
            bool ok = a && ((a->service == "ssm" && a->resource.starts_with("parameter/") && a->resource.size() > 10) ||
                            (a->service == "s3" && a->resource.find('/') != std::string_view::npos &&
                             a->resource.front() != '/' && !a->resource.ends_with("/")));
            if (!ok)
                c.error("ECS-TD-115", k.path(core::member<&T::credential_specs>, j),
                        cat("\"", s, "\" is not credentialspec:<ARN> or credentialspecdomainless:<ARN> with the ARN "
                                     "of an SSM parameter (arn:aws:ssm:<region>:<account>:parameter/<name>) or an S3 "
                                     "object (arn:aws:s3:::<bucket>/<key>)"));
        }
    }
    if (k.def.repository_credentials) {
        std::string_view p = k.def.repository_credentials->credentials_parameter.view();
        bool ok;
        if (p.starts_with("arn:")) {
            auto r = parse_secret_reference(p);
            ok = r && r->source == secret_source::secrets_manager && r->json_key.empty() && r->version_stage.empty() &&
                 r->version_id.empty() && p.ends_with(r->name);
        } else {
            ok = !p.empty() && p.size() <= 512 && secret_name_chars(p);
        }
        if (!ok)
            c.error("ECS-TD-116",
                    k.path(core::member<&T::repository_credentials>,
                           core::member<&repository_credentials::credentials_parameter>),
                    cat("\"", p, "\" is not a Secrets Manager secret: give its ARN "
                                 "(arn:aws:secretsmanager:<region>:<account>:secret:<name>) or, in the task's Region, "
                                 "its name (letters, digits and / _ + = . @ -)"));
    }
}

// ECS-TD-117, -118.
inline void check_resources_and_restarts(const task_view& t, const container_ref& k, core::checker_like auto& c) {
    using core::cat;
    using T = container_definition;
    if (k.def.resource_requirements)
        for (std::size_t j = 0; j < k.def.resource_requirements->size(); ++j) {
            const resource_requirement& r = (*k.def.resource_requirements)[j];
            if (!(r.type == resource_type::gpu)) continue;
            auto at = [&](core::member_token member) {
                return k.path(core::member<&T::resource_requirements>, j, member);
            };
            std::string_view v = r.value;
            if (!all_digits(v) || v.size() > 9 || v.find_first_not_of('0') == std::string_view::npos)
                c.error("ECS-TD-117", at(core::member<&resource_requirement::value>),
                        cat("a GPU requirement's value is the number of GPUs as a string, e.g. \"1\"; got \"", v, "\""));
            if (t.task.fargate)
                c.error("ECS-TD-117", at(core::member<&resource_requirement::type>),
                        "Fargate has no GPUs; run GPU containers on EC2 (requiresCompatibilities EC2, a GPU instance type)");
        }
    if (const auto& rp = k.def.restart_policy) {
        namespace L = container_limits;
        using RP = container_restart_policy;
        auto at = [&](core::member_token member) { return k.path(core::member<&T::restart_policy>, member); };
        if (rp->ignored_exit_codes && rp->ignored_exit_codes->size() > L::max_ignored_exit_codes)
            c.error("ECS-TD-118", at(core::member<&RP::ignored_exit_codes>),
                    cat(rp->ignored_exit_codes->size(), " ignored exit codes; at most ", L::max_ignored_exit_codes));
        if (rp->restart_attempt_period) {
            auto s = rp->restart_attempt_period->count();
            if (s < L::min_restart_attempt_period || s > L::max_restart_attempt_period)
                c.error("ECS-TD-118", at(core::member<&RP::restart_attempt_period>),
                        cat("restartAttemptPeriod is ", s, " s; allowed: ", L::min_restart_attempt_period, "-",
                            L::max_restart_attempt_period, " s"));
        }
        if (!rp->enabled) {
            if (rp->ignored_exit_codes)
                c.error("ECS-TD-118", at(core::member<&RP::ignored_exit_codes>),
                        "ignoredExitCodes applies only to an enabled restart policy; set \"enabled\": true or remove it");
            if (rp->restart_attempt_period)
                c.error("ECS-TD-118", at(core::member<&RP::restart_attempt_period>),
                        "restartAttemptPeriod applies only to an enabled restart policy; set \"enabled\": true or remove it");
        }
    }
}

/// The index of `def` among the task's containers: itself when it is one of them, else the
/// container of its name (a container validated on its own against a task that holds a copy).
inline std::optional<std::size_t> index_in_task(const task_view& t, const container_definition& def) {
    const auto& cds = t.td.container_definitions;
    if (!cds.empty() && &def >= cds.data() && &def < cds.data() + cds.size())
        return static_cast<std::size_t>(&def - cds.data());
    return def.name ? t.container_index(*def.name) : std::nullopt;
}

} // namespace container_checks

/// The rules of a container of a task (ECS-TD-060..119 but -063 and -091), with the checker at
/// the container. Most read the task (its network mode, launch types, OS, the other containers and
/// the volumes) from the context: validating a RegisterTaskDefinition request puts the request
/// there for its containers, and a container validated on its own is checked against the request
/// given in the context (`core::validate(container, core::validation_context{request})`). Without
/// one, only the rules of the container alone apply; the others are skipped, not guessed.
inline void check_container(const container_definition& def, core::checker_like auto& c) {
    using namespace container_checks;
    const auto* td = c.template document<register_task_definition_request>();
    const task_view* t = nullptr;
    std::optional<task_view> view;
    std::optional<std::size_t> index;
    if (td) {
        view.emplace(*td, context_of(*td));
        t = &*view;
        index = index_in_task(*t, def);
    }
    const container_ref k{def, index.value_or(0)};
    check_identity(k, c);
    check_size(k, c);
    check_health_check(k, c);
    check_environment(k, c);
    if (def.secrets) check_secret_list(*def.secrets, k, true, c, core::member<&container_definition::secrets>);
    check_linux_parameters(k, c);
    // A container the task does not hold has no place among its port mapping names, links and
    // log routers to check.
    if (!t || !index) return;
    port_mapping_names port_names(*td, *index);
    check_port_mappings(*t, k, port_names, c);
    check_networking(*t, k, c);
    check_dependencies(*t, k, c);
    check_timeouts(*t, k, c);
    check_logging(*t, k, c);
    check_ulimits(*t, k, c);
    check_mounts(*t, k, c);
    check_system_controls(*t, k, c);
    check_identity_options(*t, k, c);
    check_resources_and_restarts(*t, k, c);
}

/// Every container-level rule over the containers of a request, with the checker positioned at
/// the request's root, as validating the request runs them (tests and tools that want only these).
inline void check_container_rules(const register_task_definition_request& td, core::checker_like auto& c) {
    c.within(td, [&] {
        c.at("containerDefinitions", [&] {
            for (std::size_t i = 0; i < td.container_definitions.size(); ++i)
                c.at(i, [&] { check_container(td.container_definitions[i], c); });
        });
    });
    container_checks::check_dependency_cycles(container_checks::task_view(td, context_of(td)), c);
}

} // namespace detail

/// Not `inline`, as the request's (task_definition_rules.hpp): src.hpp instantiates it for TUs
/// that see only its declaration.
void validate_rules(const container_definition& def, core::checker_like auto& c) {
    detail::check_container(def, c);
}

} // namespace awsmodel::ecs

#endif
