// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_ECS_CONFIG_HPP
#define AWSMODEL_ECS_ECS_CONFIG_HPP

/// Reading the agent's configuration file, /etc/ecs/ecs.config, into an `ecs::agent_config`:
///
///   auto config = ecs::parse_ecs_config("ECS_CLUSTER=prod\nECS_RESERVED_MEMORY=256\n");
///   if (!config) for (auto& d : config.diagnostics()) std::cerr << d << '\n';
///
/// The file is read as ecs-init reads it, not as a shell would: each line trimmed and split at
/// its first `=`, lines without one skipped, no comments, no quotes removed, no variables
/// expanded, a later line winning over an earlier one. So `ECS_X='[...]'` hands the agent the
/// quotes, and a setting that is then invalid is reported here.
///
/// The file is read and checked by its model, ecs_agent/ecs_config.hpp: every variable is
/// checked (the engine's credentials are never quoted in a message), and the settings
/// agent_config holds are read. Findings are at the pointer /<variable>; a value the agent would
/// reject or ignore is an error, with what the agent would do instead.

#include <awsmodel/core/checker.hpp>
#include <awsmodel/core/diagnostic.hpp>
#include <awsmodel/core/result.hpp>
#include <awsmodel/ecs/agent_config.hpp>
#include <awsmodel/ecs_agent/ecs_config.hpp>

#include <algorithm>
#include <chrono>
#include <iterator>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace awsmodel::ecs {

namespace detail {
// The Attribute constraints ECS applies, for code that checks attributes of its own against them.
using ecs_agent::detail::attribute_name_ok;
using ecs_agent::detail::attribute_value_ok;
} // namespace detail

/// The settings of an ecs.config file that shape the registration. Findings are the file's
/// (ecs_agent/ecs_config_rules.hpp) about these settings; with an error there is no value, since
/// the agent would not register as the file means. The other variables' findings (ECS_CLUSTER,
/// the engine's credentials, ...) are `core::validate(file)`'s.
/// `os` is the platform the file is for (ecs.config is read on Linux; Windows sets the same
/// variables in the machine's environment, which can be given as KEY=value lines too).
inline core::result<agent_config> agent_config_of(const ecs_agent::ecs_config& file, os_type os = os_type::linux_) {
    struct flag {
        std::string_view key;
        bool agent_config::*member;
    };
    static constexpr flag flags[] = {
        {"ECS_ENABLE_GPU_SUPPORT", &agent_config::enable_gpu_support},
        {"ECS_ENABLE_PROMETHEUS_METRICS", &agent_config::enable_prometheus_metrics},
        {"ECS_ENABLE_TASK_IAM_ROLE", &agent_config::enable_task_iam_role},
        {"ECS_ENABLE_TASK_IAM_ROLE_NETWORK_HOST", &agent_config::enable_task_iam_role_network_host},
        {"ECS_ENABLE_TASK_ENI", &agent_config::enable_task_eni},
        {"ECS_ENABLE_HIGH_DENSITY_ENI", &agent_config::enable_high_density_eni},
        {"ECS_AWSVPC_BLOCK_IMDS", &agent_config::awsvpc_block_imds},
        {"ECS_DISABLE_PRIVILEGED", &agent_config::disable_privileged},
        {"ECS_SELINUX_CAPABLE", &agent_config::selinux_capable},
        {"ECS_APPARMOR_CAPABLE", &agent_config::apparmor_capable},
        {"ECS_DISABLE_DOCKER_HEALTH_CHECK", &agent_config::disable_docker_health_check},
        {"ECS_ENABLE_AWSLOGS_EXECUTIONROLE_OVERRIDE", &agent_config::enable_awslogs_executionrole_override},
        {"ECS_ENABLE_TASK_CPU_MEM_LIMIT", &agent_config::enable_task_cpu_mem_limit},
        {"ECS_EBSTA_SUPPORTED", &agent_config::ebsta_supported},
    };
    static constexpr std::string_view others[] = {"ECS_RESERVED_MEMORY", "ECS_RESERVED_PORTS", "ECS_RESERVED_PORTS_UDP",
                                                  "ECS_AVAILABLE_LOGGING_DRIVERS", "ECS_INSTANCE_ATTRIBUTES"};
    // The file's findings about the settings read here; the others' are core::validate(file)'s.
    core::diagnostics all, ds;
    core::checker checker(all);
    ecs_agent::validate_rules(file, checker);
    for (auto& d : all) {
        std::string_view key = std::string_view(d.pointer).substr(d.pointer.empty() ? 0 : 1);
        bool held = std::any_of(std::begin(flags), std::end(flags), [&](const flag& f) { return f.key == key; }) ||
                    std::find(std::begin(others), std::end(others), key) != std::end(others);
        if (held) ds.push_back(std::move(d));
    }
    if (core::has_errors(ds)) return core::result<agent_config>(std::move(ds));
    agent_config c;
    c.os = os;
    for (const flag& f : flags)
        if (auto b = file.get_as<bool>(f.key)) c.*(f.member) = *b;
    if (auto n = file.get_as<std::uint16_t>("ECS_RESERVED_MEMORY")) c.reserved_memory_mib = *n;
    if (auto p = file.get_as<ecs_agent::config_ports>("ECS_RESERVED_PORTS")) c.reserved_ports = std::move(*p);
    if (auto p = file.get_as<ecs_agent::config_ports>("ECS_RESERVED_PORTS_UDP")) c.reserved_ports_udp = std::move(*p);
    if (auto d = file.get_as<ecs_agent::config_strings>("ECS_AVAILABLE_LOGGING_DRIVERS")) c.available_logging_drivers = std::move(*d);
    if (auto a = file.get_as<ecs_agent::config_pairs>("ECS_INSTANCE_ATTRIBUTES")) c.instance_attributes = std::move(*a);
    return core::result<agent_config>(std::move(c), std::move(ds));
}

/// The settings of an ecs.config text: `agent_config_of(ecs_agent::ecs_config::parse(text), os)`.
inline core::result<agent_config> parse_ecs_config(std::string_view text, os_type os = os_type::linux_) {
    return agent_config_of(ecs_agent::ecs_config::parse(text), os);
}

} // namespace awsmodel::ecs

#endif
