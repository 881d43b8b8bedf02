// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_TASK_DEFINITION_RULES_HPP
#define AWSMODEL_ECS_TASK_DEFINITION_RULES_HPP

/// The task-level rules of RegisterTaskDefinition (ECS-TD-001..053) and the hook through which
/// `core::validate` runs them together with the container-level rules. Pointers are absolute
/// within the request.
///
/// Rules that the model enforces by its types, so that nothing here repeats them:
/// - ECS-TD-007, -008 (values), -027, -028, -029, -032 (type), -039 (scope), -041 (enums): the
///   enumerations carry these rule ids (`enum_rule`), and the walker reports unknown values;
/// - ECS-TD-009, -010: task_size.hpp; ECS-TD-041 fileSystemId and ECS-TD-042 members: required
///   members, reported by the decoder when absent.
/// ECS-TD-052 (roles exist and trust ecs-tasks.amazonaws.com, images can be pulled, secrets,
/// parameters and log groups exist) is for the service alone to check, and is not implemented.

#include <awsmodel/core/rule_id.hpp>
#include <awsmodel/core/codec_fwd.hpp>
#include <awsmodel/core/diagnostic.hpp>
#include <awsmodel/core/checker.hpp>
#include <awsmodel/ecs/cluster_query.hpp>
#include <awsmodel/iam/role.hpp>
#include <awsmodel/ecs/fargate.hpp>
#include <awsmodel/ecs/tag.hpp>
#include <awsmodel/ecs/task_context.hpp>
#include <awsmodel/ecs/container_definition_rules.hpp>
#include <awsmodel/ecs/task_definition_model.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::ecs {

/// The task definition size that the rules warn above (ECS-TD-051). 64 KiB is the figure commonly
/// quoted for a registered task definition; AWS documents no such quota, hence a warning.
inline constexpr std::size_t task_definition_size_limit = 64 * 1024;

/// Most containers a task definition holds (service quota, not adjustable).
inline constexpr std::size_t max_containers_per_task_definition = 10;
/// Most placement constraints of a task, task definition and run time together.
inline constexpr std::size_t max_placement_constraints = 10;

namespace detail {

using core::cat;


inline std::string container_at(std::size_t i) {
    return core::pointer(core::member<&register_task_definition_request::container_definitions>, i);
}
inline std::string volume_at(std::size_t i) {
    return core::pointer(core::member<&register_task_definition_request::volumes>, i);
}

// A container's label for messages: its name, else its position.
inline std::string container_label(const container_definition& cd, std::size_t i) {
    return cd.name && !cd.name->empty() ? cat("container \"", *cd.name, "\"") : cat("container ", i);
}

template <class T>
bool non_empty(const std::optional<std::vector<T>>& v) noexcept {
    return v && !v->empty();
}

inline bool is_true(const std::optional<bool>& b) noexcept { return b && *b; }

// --- family, containers ---------------------------------------------------------------------

inline void check_family_and_containers(const register_task_definition_request& td, core::checker_like auto& c) {
    using R = register_task_definition_request;
    // ECS-TD-001 and -002 are the family's type (ecs::task_family), which the walk reports.
    const auto& cds = td.container_definitions;
    if (cds.empty())
        c.error("ECS-TD-003", core::member<&R::container_definitions>,
                "a task definition needs at least one container definition");
    if (cds.size() > max_containers_per_task_definition)
        c.error("ECS-TD-004", core::member<&R::container_definitions>,
                cat(cds.size(), " container definitions; a task definition holds at most ", max_containers_per_task_definition,
                    " (a quota that cannot be raised): split the task, or run sidecars as separate services"));

    auto name_of = [&](std::size_t i) -> std::optional<std::string_view> {
        if (cds[i].name && !cds[i].name->empty()) return *cds[i].name;
        return std::nullopt;
    };
    for (const core::repeat& r : core::find_repeats(cds.size(), name_of))
        c.error("ECS-TD-005", core::pointer(container_at(r.index), core::member<&container_definition::name>),
                cat("the container name \"", *cds[r.index].name, "\" is used by an earlier container; links, dependsOn, "
                                                                   "volumesFrom and the proxy find containers by name, so "
                                                                   "each needs its own"));

    if (!cds.empty() && std::none_of(cds.begin(), cds.end(), [](const container_definition& cd) {
            return !cd.essential || *cd.essential; // an omitted essential counts as true
        }))
        c.error("ECS-TD-006", core::member<&R::container_definitions>,
                "no container is essential: a task needs at least one (\"essential\": true, the default when omitted)");
}

// --- compatibilities, network mode, size ----------------------------------------------------

inline void check_compatibilities(const register_task_definition_request& td, core::checker_like auto& c) {
    if (!td.requires_compatibilities) return;
    const auto& rc = *td.requires_compatibilities;
    for (std::size_t j = 0; j < rc.size(); ++j)
        for (std::size_t k = 0; k < j; ++k)
            if (rc[k] == rc[j]) {
                c.error("ECS-TD-008",
                        core::pointer(core::member<&register_task_definition_request::requires_compatibilities>, j),
                        cat("\"", rc[j].wire_view(), "\" is listed twice; give each launch type once"));
                break;
            }
}

inline void check_size(const register_task_definition_request& td, const task_context& t, core::checker_like auto& c) {
    using R = register_task_definition_request;
    if ((t.ec2 || t.external) && t.cpu && (t.cpu->count() < 128 || t.cpu->count() > 196608))
        c.error("ECS-TD-011", core::member<&R::cpu>,
                cat("the task cpu is ", t.cpu->count(), " CPU units; EC2 and EXTERNAL tasks take 128-196608 (0.125-192 vCPU)"));

    if (t.fargate) {
        if (!td.cpu)
            c.error("ECS-TD-012", core::member<&R::cpu>,
                    "a task definition for FARGATE needs a task cpu (e.g. \"256\" or \"1 vCPU\")");
        if (!td.memory)
            c.error("ECS-TD-012", core::member<&R::memory>,
                    "a task definition for FARGATE needs a task memory (e.g. \"512\" or \"2 GB\")");
        if (t.cpu) {
            const fargate_row* row = fargate_row_for(t.cpu->count());
            if (!row)
                c.error("ECS-TD-013", core::member<&R::cpu>,
                        cat("Fargate has no task size of ", t.cpu->count(),
                            " CPU units; use 256, 512, 1024, 2048, 4096, 8192 or 16384 (0.25-16 vCPU)"));
            else if (t.windows && !row->windows)
                c.error("ECS-TD-016", core::member<&R::cpu>,
                        cat("Windows tasks on Fargate take 1, 2 or 4 vCPU (1024, 2048 or 4096 CPU units); got ",
                            t.cpu->count()));
            if (row && t.memory && !fargate_memory_allowed(*row, t.memory->count()))
                c.error("ECS-TD-013", core::member<&R::memory>,
                        cat("Fargate gives a task of ", t.cpu->count(), " CPU units ", fargate_allowed_memory(t.cpu->count()),
                            "; got ", t.memory->count(), " MiB: pick a memory from that range or another cpu"));
        }
        if (t.network_mode_given ? t.network && *t.network != network_mode::awsvpc : true)
            c.error("ECS-TD-014", core::member<&R::network_mode>,
                    t.network_mode_given
                        ? cat("FARGATE tasks use networkMode \"awsvpc\"; this one says \"", td.network_mode->wire_view(), "\"")
                        : std::string("FARGATE tasks need \"networkMode\": \"awsvpc\" written out (omitted means bridge)"));
    }
    if (t.external && t.network_is(network_mode::awsvpc))
        c.error("ECS-TD-046", core::member<&R::network_mode>,
                "EXTERNAL (ECS Anywhere) tasks cannot use awsvpc; use bridge, host or none");
}

// --- Fargate restrictions ---------------------------------------------------------------------

inline void check_fargate_containers(const register_task_definition_request& td, core::checker_like auto& c) {
    const auto& cds = td.container_definitions;
    for (std::size_t i = 0; i < cds.size(); ++i) {
        const container_definition& cd = cds[i];
        using CD = container_definition;
        auto at = [&](const auto&... parts) { return core::pointer(container_at(i), parts...); };
        if (cd.log_configuration) {
            auto d = cd.log_configuration->log_driver.known();
            if (d && *d != log_driver::awslogs && *d != log_driver::splunk && *d != log_driver::awsfirelens)
                c.error("ECS-TD-019",
                        at(core::member<&CD::log_configuration>, core::member<&log_configuration::log_driver>),
                        cat("Fargate takes the log drivers awslogs, splunk and awsfirelens; \"",
                            cd.log_configuration->log_driver.wire_view(), "\" is for EC2 (send other destinations "
                                                                          "through awsfirelens)"));
        }
        if (is_true(cd.privileged))
            c.error("ECS-TD-020", at(core::member<&CD::privileged>),
                    "Fargate runs no privileged containers: remove \"privileged\": true");
        if (cd.linux_parameters) {
            const linux_parameters& lp = *cd.linux_parameters;
            using LP = linux_parameters;
            auto lat = [&](const auto&... parts) { return at(core::member<&CD::linux_parameters>, parts...); };
            auto unsupported = [&](bool present, core::member_token member) {
                if (present)
                    c.error("ECS-TD-021", lat(member),
                            cat("Fargate does not support linuxParameters.", member.name,
                                " (of linuxParameters it takes only capabilities and initProcessEnabled)"));
            };
            unsupported(non_empty(lp.devices), core::member<&LP::devices>);
            unsupported(lp.shared_memory_size.has_value(), core::member<&LP::shared_memory_size>);
            unsupported(non_empty(lp.tmpfs), core::member<&LP::tmpfs>);
            unsupported(lp.max_swap.has_value(), core::member<&LP::max_swap>);
            unsupported(lp.swappiness.has_value(), core::member<&LP::swappiness>);
            if (lp.capabilities && lp.capabilities->add)
                for (std::size_t k = 0; k < lp.capabilities->add->size(); ++k)
                    if ((*lp.capabilities->add)[k] != "SYS_PTRACE")
                        c.error("ECS-TD-022",
                                lat(core::member<&LP::capabilities>, core::member<&kernel_capabilities::add>, k),
                                cat("Fargate lets a container add only SYS_PTRACE; \"", (*lp.capabilities->add)[k],
                                    "\" cannot be added (dropping capabilities is unrestricted)"));
        }
        if (non_empty(cd.docker_security_options))
            c.error("ECS-TD-023", at(core::member<&CD::docker_security_options>),
                    "Fargate does not take dockerSecurityOptions (SELinux/AppArmor labels, no-new-privileges): remove them");
    }
}

inline void check_fargate_task(const register_task_definition_request& td, const task_context& t, core::checker_like auto& c) {
    using R = register_task_definition_request;
    if (non_empty(td.placement_constraints))
        c.error("ECS-TD-015", core::member<&R::placement_constraints>,
                "FARGATE tasks take no placement constraints (they choose among container instances, which Fargate does not have): remove them");
    // On Windows check_windows reports any pidMode and ipcMode.
    if (td.pid_mode && *td.pid_mode == pid_mode::host && !t.windows)
        c.error("ECS-TD-017", core::member<&R::pid_mode>,
                "on Fargate pidMode can only be \"task\" (platform 1.4.0 or later)");
    if (td.ipc_mode && !t.windows)
        c.error("ECS-TD-018", core::member<&R::ipc_mode>, "Fargate does not support ipcMode: remove it");
    if (td.volumes)
        for (std::size_t i = 0; i < td.volumes->size(); ++i) {
            const volume& v = (*td.volumes)[i];
            if (v.host && v.host->source_path)
                c.error("ECS-TD-024",
                        core::pointer(volume_at(i), core::member<&volume::host>,
                                      core::member<&host_volume_properties::source_path>),
                        "Fargate cannot bind-mount a host path; drop sourcePath for a task-scoped volume, or use EFS");
            if (v.docker_volume_configuration)
                c.error("ECS-TD-024", core::pointer(volume_at(i), core::member<&volume::docker_volume_configuration>),
                        "Fargate does not support Docker volumes; use a bare named volume or EFS");
        }

    if (!td.execution_role_arn) {
        // The agent writes awslogs output and pulls private ECR images with the execution role.
        const auto& cds = td.container_definitions;
        for (std::size_t i = 0; i < cds.size(); ++i) {
            const container_definition& cd = cds[i];
            bool awslogs = cd.log_configuration && cd.log_configuration->log_driver == log_driver::awslogs;
            std::optional<image_reference> ref = cd.image ? cd.image->parse() : std::nullopt;
            bool ecr = ref && ref->ecr();
            if (awslogs || ecr) {
                c.error("ECS-TD-025", core::member<&R::execution_role_arn>,
                        cat("Fargate needs an executionRoleArn to ", awslogs ? "send logs with awslogs" : "pull a private ECR image",
                            " (", container_label(cd, i), "): give a role with AmazonECSTaskExecutionRolePolicy"));
                break;
            }
        }
    }
}

// --- platform-specific restrictions ------------------------------------------------------------

inline void check_windows(const register_task_definition_request& td, const task_context& t, core::checker_like auto& c) {
    using R = register_task_definition_request;
    using CD = container_definition;
    // pidMode, ipcMode and privileged are reported under their own rules (017, 018, 020), and
    // links, user, DNS, extraHosts and ulimits under the container rules that name Windows.
    if (td.pid_mode)
        c.error("ECS-TD-017", core::member<&R::pid_mode>, "Windows containers do not support pidMode: remove it");
    if (td.ipc_mode)
        c.error("ECS-TD-018", core::member<&R::ipc_mode>, "Windows containers do not support ipcMode: remove it");
    if (!t.fargate) {
        if (td.cpu)
            c.warning("ECS-TD-053", core::member<&R::cpu>,
                      "ECS ignores task-level cpu for Windows containers on EC2: give each container its cpu instead");
        if (td.memory)
            c.warning("ECS-TD-053", core::member<&R::memory>,
                      "ECS ignores task-level memory for Windows containers on EC2: give each container its memory instead");
    }
    const auto& cds = td.container_definitions;
    for (std::size_t i = 0; i < cds.size(); ++i) {
        const container_definition& cd = cds[i];
        auto at = [&](core::member_token member) { return core::pointer(container_at(i), member); };
        if (is_true(cd.privileged) && !t.fargate) // on Fargate ECS-TD-020 has already said so
            c.error("ECS-TD-020", at(core::member<&CD::privileged>),
                    "Windows containers cannot be privileged: remove \"privileged\": true");
        if (is_true(cd.readonly_root_filesystem))
            c.error("ECS-TD-053", at(core::member<&CD::readonly_root_filesystem>),
                    "Windows containers do not support readonlyRootFilesystem: remove it");
        if (cd.linux_parameters)
            c.error("ECS-TD-053", at(core::member<&CD::linux_parameters>),
                    "linuxParameters are Linux kernel settings; a Windows container takes none: remove them");
        if (is_true(cd.disable_networking))
            c.error("ECS-TD-053", at(core::member<&CD::disable_networking>),
                    "Windows containers do not support disableNetworking: remove it");
    }
}

inline void check_managed_instances(const register_task_definition_request& td, const task_context& t,
                                    core::checker_like auto& c) {
    constexpr core::rule_id id = "ECS-TD-047";
    using R = register_task_definition_request;
    if (t.network && !t.network_is(network_mode::awsvpc) && !t.network_is(network_mode::host))
        c.error(id, core::member<&R::network_mode>,
                t.network_mode_given
                    ? cat("MANAGED_INSTANCES tasks use networkMode awsvpc or host; this one says \"",
                          td.network_mode->wire_view(), "\"")
                    : std::string("MANAGED_INSTANCES tasks need networkMode awsvpc or host written out (omitted means bridge)"));
    if (t.windows)
        c.error(id,
                core::pointer(core::member<&R::runtime_platform>,
                              core::member<&runtime_platform::operating_system_family>),
                "MANAGED_INSTANCES runs Linux tasks only: use LINUX, or EC2 or FARGATE for Windows");
    if (td.ipc_mode) c.error(id, core::member<&R::ipc_mode>, "MANAGED_INSTANCES tasks take no ipcMode: remove it");
    if (td.ephemeral_storage)
        c.error(id, core::member<&R::ephemeral_storage>,
                "MANAGED_INSTANCES tasks take no ephemeralStorage (it sizes Fargate storage): remove it");
    if (td.proxy_configuration)
        c.error(id, core::member<&R::proxy_configuration>,
                "MANAGED_INSTANCES tasks take no proxyConfiguration: remove it");
    if (non_empty(td.inference_accelerators))
        c.error(id, core::member<&R::inference_accelerators>,
                "MANAGED_INSTANCES tasks take no inference accelerators: remove them");
    if (td.volumes)
        for (std::size_t i = 0; i < td.volumes->size(); ++i)
            if ((*td.volumes)[i].docker_volume_configuration)
                c.error(id, core::pointer(volume_at(i), core::member<&volume::docker_volume_configuration>),
                        "MANAGED_INSTANCES tasks take no Docker volumes: use a bind mount or EFS");
}

// --- ephemeral storage, placement, proxy --------------------------------------------------------

inline void check_ephemeral_storage(const register_task_definition_request& td, core::checker_like auto& c) {
    if (!td.ephemeral_storage) return;
    auto n = td.ephemeral_storage->size_in_gib.count();
    if (n < 21 || n > 200)
        c.error("ECS-TD-026",
                core::pointer(core::member<&register_task_definition_request::ephemeral_storage>,
                              core::member<&ephemeral_storage::size_in_gib>),
                cat("ephemeral storage is 21-200 GiB; got ", n,
                    n <= 20 ? " (20 GiB is the default: leave ephemeralStorage out for it)" : ""));
}

inline void check_placement_constraints(const register_task_definition_request& td, core::checker_like auto& c) {
    if (!td.placement_constraints) return;
    const auto& pcs = *td.placement_constraints;
    using R = register_task_definition_request;
    if (pcs.size() > max_placement_constraints)
        c.error("ECS-TD-030", core::member<&R::placement_constraints>,
                cat(pcs.size(), " placement constraints; a task takes at most ", max_placement_constraints,
                    ", counting those given when it is run: join conditions with \"and\" in one expression"));
    for (std::size_t i = 0; i < pcs.size(); ++i) {
        const auto& pc = pcs[i];
        std::string at = core::pointer(core::member<&R::placement_constraints>, i,
                                       core::member<&task_definition_placement_constraint::expression>);
        bool member_of = !pc.type || *pc.type == task_definition_placement_constraint_type::member_of;
        if (pc.type && !pc.type->is_known()) continue; // ECS-TD-029 reports the type; its expression has no known form
        if (!pc.expression || pc.expression->empty()) {
            if (member_of)
                c.error("ECS-TD-031", at,
                        "a memberOf constraint needs an expression, e.g. \"attribute:ecs.instance-type =~ t3.*\"");
            continue;
        }
        check_cluster_query(*pc.expression, c, "ECS-TD-031", at);
    }
}

// Members of an App Mesh proxy configuration's properties, and the values they take.
enum class proxy_value { uid, ports, port, ips };
struct proxy_property {
    std::string_view name;
    proxy_value value;
    bool required;
};
inline constexpr proxy_property proxy_properties[] = {
    {"IgnoredUID", proxy_value::uid, false},      {"IgnoredGID", proxy_value::uid, false},
    {"AppPorts", proxy_value::ports, true},       {"ProxyIngressPort", proxy_value::port, true},
    {"ProxyEgressPort", proxy_value::port, true}, {"EgressIgnoredPorts", proxy_value::ports, false},
    {"EgressIgnoredIPs", proxy_value::ips, false},
};

inline bool digits_only(std::string_view s) noexcept {
    return !s.empty() && s.size() <= 10 && std::all_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}
inline bool port_number(std::string_view s) noexcept {
    if (!digits_only(s) || s.size() > 5) return false;
    int n = 0;
    for (char ch : s) n = n * 10 + (ch - '0');
    return n >= 1 && n <= 65535;
}
inline bool port_list(std::string_view s) noexcept {
    if (s.empty()) return false;
    std::size_t start = 0;
    for (;;) {
        std::size_t comma = s.find(',', start);
        std::string_view item = s.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
        while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
        while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
        if (!port_number(item)) return false;
        if (comma == std::string_view::npos) return true;
        start = comma + 1;
    }
}

inline void check_proxy(const register_task_definition_request& td, const task_context& t, core::checker_like auto& c) {
    if (!td.proxy_configuration) return;
    const proxy_configuration& p = *td.proxy_configuration;
    using P = proxy_configuration;
    const std::string at = core::pointer(core::member<&register_task_definition_request::proxy_configuration>);
    if (p.container_name.empty())
        c.error("ECS-TD-032", core::pointer(at, core::member<&P::container_name>),
                "the proxy configuration needs the containerName of the Envoy container");
    else if (std::none_of(td.container_definitions.begin(), td.container_definitions.end(),
                          [&](const container_definition& cd) { return cd.name && *cd.name == p.container_name; }))
        c.error("ECS-TD-032", core::pointer(at, core::member<&P::container_name>),
                cat("no container is named \"", p.container_name, "\": containerName names the proxy container of this "
                                                                  "task definition"));
    if (p.properties) {
        std::set<std::string_view> seen;
        for (std::size_t k = 0; k < p.properties->size(); ++k) {
            const key_value_pair& kv = (*p.properties)[k];
            std::string kat = core::pointer(at, core::member<&P::properties>, k);
            std::string_view name = kv.name ? std::string_view(*kv.name) : std::string_view();
            const proxy_property* known = nullptr;
            for (const auto& pp : proxy_properties)
                if (pp.name == name) known = &pp;
            if (!known) {
                c.error("ECS-TD-032", core::pointer(kat, core::member<&key_value_pair::name>),
                        cat("\"", name, "\" is not an App Mesh proxy property; they are IgnoredUID, IgnoredGID, AppPorts, "
                                        "ProxyIngressPort, ProxyEgressPort, EgressIgnoredPorts and EgressIgnoredIPs"));
                continue;
            }
            if (!seen.insert(name).second) {
                c.error("ECS-TD-032", core::pointer(kat, core::member<&key_value_pair::name>),
                        cat("the proxy property ", name, " is given twice"));
                continue;
            }
            std::string_view value = kv.value ? std::string_view(*kv.value) : std::string_view();
            // An empty IgnoredUID is allowed when IgnoredGID is given (checked below); EgressIgnored* may be empty.
            if (value.empty() && (known->value == proxy_value::uid || !known->required)) continue;
            bool ok = known->value == proxy_value::uid     ? digits_only(value)
                      : known->value == proxy_value::port  ? port_number(value)
                      : known->value == proxy_value::ports ? port_list(value)
                                                           : true;
            if (!ok)
                c.error("ECS-TD-032", core::pointer(kat, core::member<&key_value_pair::value>),
                        cat(name, " is ",
                            known->value == proxy_value::uid    ? "a numeric user or group id"
                            : known->value == proxy_value::port ? "one port number (1-65535)"
                                                                : "a comma-separated list of port numbers (1-65535)",
                            "; got \"", value, "\""));
        }
        auto has_value = [&](std::string_view n) {
            return std::any_of(p.properties->begin(), p.properties->end(), [&](const key_value_pair& kv) {
                return kv.name && *kv.name == n && kv.value && !kv.value->empty();
            });
        };
        if (!has_value("IgnoredUID") && !has_value("IgnoredGID"))
            c.error("ECS-TD-032", core::pointer(at, core::member<&P::properties>),
                    "give IgnoredUID or IgnoredGID: the user or group of the Envoy container, whose traffic the proxy lets through");
        for (const auto& pp : proxy_properties)
            if (pp.required && !has_value(pp.name))
                c.error("ECS-TD-032", core::pointer(at, core::member<&P::properties>),
                        cat("the App Mesh proxy needs the property ", pp.name));
    } else {
        c.error("ECS-TD-032", core::pointer(at, core::member<&P::properties>),
                "an App Mesh proxy needs properties: IgnoredUID or IgnoredGID, AppPorts, ProxyIngressPort and ProxyEgressPort");
    }
    if (t.network && !t.network_is(network_mode::awsvpc))
        c.error("ECS-TD-033", at,
                cat("an App Mesh proxy needs networkMode awsvpc; this task uses ",
                    t.network_mode_given ? td.network_mode->wire() : std::string("bridge (the default)")));
}

// --- roles --------------------------------------------------------------------------------------

inline void check_roles(const register_task_definition_request& td, core::checker_like auto& c) {
    using R = register_task_definition_request;
    if (td.execution_role_arn) {
        if (auto a = core::parts(*td.execution_role_arn); a && !iam::is_role_arn(*a))
            c.error("ECS-TD-035", core::member<&R::execution_role_arn>,
                    cat("executionRoleArn names an IAM role: ", iam::role_arn_form, "; \"",
                        td.execution_role_arn->view(), "\" is not a role ARN"));
    }
    if (td.task_role_arn && !td.task_role_arn->view().empty()) {
        const name_or_arn& r = *td.task_role_arn;
        if (r.is_arn()) {
            // A malformed ARN is COMMON-004, as for executionRoleArn, whose type reports it.
            auto a = r.arn();
            if (!a)
                c.error(core::rules::arn, core::member<&R::task_role_arn>, core::arn_policy::message(1, r.view()));
            else if (!iam::is_role_arn(*a))
                c.error("ECS-TD-035", core::member<&R::task_role_arn>,
                        cat("taskRoleArn is a role name or a role ARN (", iam::role_arn_form, "); \"", r.view(),
                            "\" is not a role"));
        } else if (!iam::is_name(r.view())) {
            c.error("ECS-TD-035", core::member<&R::task_role_arn>,
                    cat("\"", r.view(), "\" is neither a role ARN nor a role name (", iam::name_form, ")"));
        }
    }
    if (!td.execution_role_arn) {
        // The agent, not the task, fetches secrets and registry credentials: with the execution role.
        const auto& cds = td.container_definitions;
        for (std::size_t i = 0; i < cds.size(); ++i) {
            const container_definition& cd = cds[i];
            std::string_view what = non_empty(cd.secrets) ? "secrets"
                                    : cd.log_configuration && non_empty(cd.log_configuration->secret_options)
                                        ? "logConfiguration.secretOptions"
                                    : cd.repository_credentials ? "repositoryCredentials"
                                                                : "";
            if (!what.empty()) {
                c.error("ECS-TD-036", core::member<&R::execution_role_arn>,
                        cat(container_label(cd, i), " uses ", what,
                            ", which the ECS agent fetches with the task execution role: give executionRoleArn"));
                return;
            }
        }
    }
}

// --- volumes --------------------------------------------------------------------------------------

inline void check_volumes(const register_task_definition_request& td, core::checker_like auto& c) {
    if (!td.volumes) return;
    const auto& vs = *td.volumes;
    // Only well-formed names take part in ECS-TD-037's uniqueness: the others are reported as such.
    core::repeats repeated = core::find_repeats(vs.size(), [&](std::size_t i) -> std::optional<std::string_view> {
        const volume& v = vs[i];
        if (v.name && names::check(*v.name) == 0) return *v.name;
        return std::nullopt;
    });
    auto repeat = repeated.begin();
    std::optional<std::size_t> at_launch;
    for (std::size_t i = 0; i < vs.size(); ++i) {
        const volume& v = vs[i];
        auto at = [&](const auto&... parts) { return core::pointer(volume_at(i), parts...); };
        bool needs_name = v.efs_volume_configuration || v.fsx_windows_file_server_volume_configuration ||
                          v.s3files_volume_configuration || is_true(v.configured_at_launch);
        if (!v.name || v.name->empty()) {
            if (needs_name)
                c.error("ECS-TD-037", at(core::member<&volume::name>),
                        "an EFS, FSx, S3 Files or configuredAtLaunch volume needs a name (1-255 letters, digits, - and _)");
            else
                c.warning("ECS-TD-037", at(core::member<&volume::name>),
                          "a volume without a name cannot be mounted: containers' mountPoints refer to it by name");
        } else if (int problem = names::check(*v.name)) {
            c.error("ECS-TD-037", at(core::member<&volume::name>), names::message("volume name", problem, *v.name));
        } else if (repeat != repeated.end() && repeat->index == i) {
            ++repeat;
            c.error("ECS-TD-037", at(core::member<&volume::name>),
                    cat("the volume name \"", *v.name, "\" is used by an earlier volume; mountPoints find volumes by name"));
        }

        // ECS-TD-043: one kind of storage per volume; every one after the first is reported.
        struct backing {
            bool present;
            core::member_token member;
        };
        const backing backings[] = {
            {v.host.has_value(), core::member<&volume::host>},
            {v.docker_volume_configuration.has_value(), core::member<&volume::docker_volume_configuration>},
            {v.efs_volume_configuration.has_value(), core::member<&volume::efs_volume_configuration>},
            {v.s3files_volume_configuration.has_value(), core::member<&volume::s3files_volume_configuration>},
            {v.fsx_windows_file_server_volume_configuration.has_value(),
             core::member<&volume::fsx_windows_file_server_volume_configuration>},
            {is_true(v.configured_at_launch), core::member<&volume::configured_at_launch>},
        };
        std::string_view first;
        for (const auto& b : backings) {
            if (!b.present) continue;
            if (first.empty())
                first = b.member.name;
            else
                c.error("ECS-TD-043", at(b.member),
                        cat("the volume already uses ", first, "; a volume has one kind of storage: make a second volume for ",
                            b.member.name));
        }

        if (is_true(v.configured_at_launch)) {
            if (at_launch)
                c.error("ECS-TD-038", at(core::member<&volume::configured_at_launch>),
                        cat("volume ", *at_launch, " is already configured at launch; a task definition has at most one"));
            else
                at_launch = i;
            bool mounted = v.name && std::any_of(td.container_definitions.begin(), td.container_definitions.end(),
                                                 [&](const container_definition& cd) {
                                                     return cd.mount_points &&
                                                            std::any_of(cd.mount_points->begin(), cd.mount_points->end(),
                                                                        [&](const mount_point& m) {
                                                                            return m.source_volume == *v.name;
                                                                        });
                                                 });
            if (!mounted)
                c.warning("ECS-TD-038", at(core::member<&volume::configured_at_launch>),
                          "no container mounts this volume, so the EBS volume attached at launch would go unused: "
                          "add a mountPoint with its name");
        }

        if (const auto& d = v.docker_volume_configuration) {
            bool shared = d->scope && *d->scope == docker_volume_scope::shared;
            if (is_true(d->autoprovision) && !shared && (!d->scope || d->scope->is_known()))
                c.error("ECS-TD-039",
                        at(core::member<&volume::docker_volume_configuration>,
                           core::member<&docker_volume_configuration::autoprovision>),
                        "autoprovision applies to shared Docker volumes only: set \"scope\": \"shared\" or drop autoprovision");
        }

        if (const auto& e = v.efs_volume_configuration) {
            using E = efs_volume_configuration;
            auto eat = [&](core::member_token member) {
                return at(core::member<&volume::efs_volume_configuration>, member);
            };
            bool encrypted = e->transit_encryption && *e->transit_encryption == efs_transit_encryption::enabled;
            const auto& auth = e->authorization_config;
            bool iam = auth && auth->iam && *auth->iam == efs_authorization_config_iam::enabled;
            bool access_point = auth && auth->access_point_id;
            if ((iam || access_point) && !encrypted)
                c.error("ECS-TD-040", eat(core::member<&E::transit_encryption>),
                        cat(iam ? "IAM authorization" : "an EFS access point",
                            " needs \"transitEncryption\": \"ENABLED\""));
            if (access_point && e->root_directory && *e->root_directory != "/")
                c.error("ECS-TD-040", eat(core::member<&E::root_directory>),
                        cat("with an access point the root directory is the access point's; rootDirectory must be omitted "
                            "or \"/\", not \"", *e->root_directory, "\""));
        }

        if (const auto& f = v.fsx_windows_file_server_volume_configuration) {
            using F = fsx_windows_file_server_volume_configuration;
            using FA = fsx_windows_file_server_authorization_config;
            auto fat = [&](const auto&... parts) {
                return at(core::member<&volume::fsx_windows_file_server_volume_configuration>, parts...);
            };
            if (f->root_directory.empty())
                c.error("ECS-TD-042", fat(core::member<&F::root_directory>),
                        "an FSx for Windows File Server volume needs a rootDirectory");
            if (f->authorization_config.credentials_parameter.view().empty())
                c.error("ECS-TD-042",
                        fat(core::member<&F::authorization_config>, core::member<&FA::credentials_parameter>),
                        "FSx for Windows File Server needs the ARN of the Active Directory credentials (credentialsParameter)");
            if (f->authorization_config.domain.empty())
                c.error("ECS-TD-042", fat(core::member<&F::authorization_config>, core::member<&FA::domain>),
                        "FSx for Windows File Server needs the Active Directory domain");
        }
    }
}

// --- fault injection, inference accelerators ------------------------------------------------------

inline void check_fault_injection(const register_task_definition_request& td, const task_context& t, core::checker_like auto& c) {
    if (is_true(td.enable_fault_injection) && t.network && !t.network_is(network_mode::awsvpc) &&
        !t.network_is(network_mode::host))
        c.error("ECS-TD-044", core::member<&register_task_definition_request::enable_fault_injection>,
                cat("fault injection needs networkMode awsvpc or host; this task uses ",
                    t.network_mode_given ? td.network_mode->wire() : std::string("bridge (the default)")));
}

inline void check_inference_accelerators(const register_task_definition_request& td, core::checker_like auto& c) {
    if (non_empty(td.inference_accelerators))
        c.warning("ECS-TD-045", core::member<&register_task_definition_request::inference_accelerators>,
                  "Amazon Elastic Inference is retired: tasks with inference accelerators no longer start; use GPU or "
                  "AWS Inferentia instances");
    const auto& cds = td.container_definitions;
    for (std::size_t i = 0; i < cds.size(); ++i) {
        if (!cds[i].resource_requirements) continue;
        const auto& rr = *cds[i].resource_requirements;
        for (std::size_t k = 0; k < rr.size(); ++k) {
            if (rr[k].type != resource_type::inference_accelerator) continue;
            bool declared = td.inference_accelerators &&
                            std::any_of(td.inference_accelerators->begin(), td.inference_accelerators->end(),
                                        [&](const inference_accelerator& a) { return a.device_name == rr[k].value; });
            if (!declared)
                c.error("ECS-TD-045",
                        core::pointer(container_at(i), core::member<&container_definition::resource_requirements>, k,
                                      core::member<&resource_requirement::value>),
                        cat("no inference accelerator has the deviceName \"", rr[k].value,
                            "\": declare it in inferenceAccelerators or name one that is"));
        }
    }
}

// --- container sums ----------------------------------------------------------------------------

inline void check_container_sums(const register_task_definition_request& td, const task_context& t, core::checker_like auto& c) {
    using CD = container_definition;
    const auto& cds = td.container_definitions;
    if (t.cpu) {
        std::int64_t sum = 0;
        for (std::size_t i = 0; i < cds.size(); ++i) {
            if (!cds[i].cpu) continue;
            std::int64_t before = sum;
            sum += cds[i].cpu->count();
            if (before <= t.cpu->count() && sum > t.cpu->count())
                c.error("ECS-TD-048", core::pointer(container_at(i), core::member<&CD::cpu>),
                        cat("the containers' cpu adds up to ", sum, " CPU units with ", container_label(cds[i], i),
                            ", more than the task's ", t.cpu->count(), ": lower the containers' cpu or raise the task's"));
        }
    }
    if (t.memory) {
        std::int64_t sum = 0;
        for (std::size_t i = 0; i < cds.size(); ++i) {
            const container_definition& cd = cds[i];
            const auto& m = cd.memory_reservation ? cd.memory_reservation : cd.memory;
            if (!m) continue;
            std::int64_t before = sum;
            sum += m->count();
            if (before <= t.memory->count() && sum > t.memory->count())
                c.error("ECS-TD-049",
                        core::pointer(container_at(i), cd.memory_reservation ? core::member<&CD::memory_reservation>
                                                                             : core::member<&CD::memory>),
                        cat("the containers reserve ", sum, " MiB with ", container_label(cd, i), ", more than the task's ",
                            t.memory->count(), " MiB (a container reserves its memoryReservation, else its memory)"));
        }
    }
    // Without task memory nothing bounds a container, so EC2 and EXTERNAL placement needs each one's.
    if ((t.ec2 || t.external) && !td.memory) {
        for (std::size_t i = 0; i < cds.size(); ++i) {
            const container_definition& cd = cds[i];
            bool has = (cd.memory && cd.memory->count() > 0) || (cd.memory_reservation && cd.memory_reservation->count() > 0);
            if (!has)
                c.error("ECS-TD-050", core::pointer(container_at(i), core::member<&CD::memory>),
                        cat(container_label(cd, i), " has no memory or memoryReservation and the task has no memory: give "
                                                    "one of them (MiB), or a task-level memory"));
        }
    }
}

inline void check_serialized_size(const register_task_definition_request& td, core::checker_like auto& c) {
    // The encoder's count, without building the text. Declared in codec_fwd.hpp: the encoder
    // itself comes with core/validate.hpp, where the walk that runs this rule is. Most
    // definitions are far below the limit even if each string byte were escaped at its widest,
    // and that bound does not read the strings.
    if (core::detail::encoded_size_bound(td) <= task_definition_size_limit) return;
    const std::size_t size = core::detail::encoded_size(td);
    if (size > task_definition_size_limit)
        c.warning("ECS-TD-051", "",
                  cat("the task definition is ", size, " bytes as JSON; registrations above ",
                      task_definition_size_limit, " bytes (64 KiB) are reported to fail: move long environment "
                                                  "values to environmentFiles or secrets"));
}

/// Every task-level rule (ECS-TD-001..053) of a RegisterTaskDefinition request; `c` is positioned
/// at the request; `t` is `context_of(td)`.
inline void check_task_rules(const register_task_definition_request& td, const task_context& t,
                             core::checker_like auto& c) {
    check_family_and_containers(td, c);
    check_compatibilities(td, c);
    check_size(td, t, c);
    if (t.fargate) {
        check_fargate_task(td, t, c);
        check_fargate_containers(td, c);
    }
    if (t.windows) check_windows(td, t, c);
    if (t.managed_instances) check_managed_instances(td, t, c);
    check_ephemeral_storage(td, c);
    check_placement_constraints(td, c);
    check_proxy(td, t, c);
    check_tags(td.tags, c, "ECS-TD-034", core::member<&register_task_definition_request::tags>);
    check_roles(td, c);
    check_volumes(td, c);
    check_fault_injection(td, t, c);
    check_inference_accelerators(td, c);
    check_container_sums(td, t, c);
    check_serialized_size(td, c);
}

/// The same, reading the task's context itself.
inline void check_task_rules(const register_task_definition_request& td, core::checker_like auto& c) {
    check_task_rules(td, context_of(td), c);
}

} // namespace detail

/// The rules of a RegisterTaskDefinition request as a whole: the task-level rules and dependsOn cycles.
/// Not `inline`: with separate compilation, TUs that see only its declaration call the one that
/// awsmodel/src.hpp instantiates, which an inline function may not be.
void validate_rules(const register_task_definition_request& td, core::checker_like auto& c) {
    // Both read the same facts; reading them once spares parsing cpu and memory twice.
    // The rules of its containers ran as the walk reached them, with the request in the context.
    const task_context t = context_of(td);
    detail::check_task_rules(td, t, c);
    detail::container_checks::check_dependency_cycles(detail::container_checks::task_view(td, t), c);
}

} // namespace awsmodel::ecs

#endif
