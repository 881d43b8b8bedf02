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
/// Only the settings agent_config holds are read and checked; the others (ECS_CLUSTER, the
/// engine's credentials, ...) are left alone and never quoted in a message. Findings are at the
/// pointer /<variable>; a value the agent would reject or ignore is an error, with what the agent
/// would do instead.

#include <awsmodel/core/diagnostic.hpp>
#include <awsmodel/core/result.hpp>
#include <awsmodel/ecs/agent_config.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace awsmodel::ecs {

namespace detail {

inline std::string_view trim_config(std::string_view s) noexcept {
    // Go's strings.TrimSpace: ASCII white space is all a configuration file holds.
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f'; };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    return s;
}

// What Go's strconv.ParseBool accepts, which the agent uses for every boolean.
inline std::optional<bool> parse_go_bool(std::string_view v) noexcept {
    for (std::string_view t : {"1", "t", "T", "TRUE", "true", "True"})
        if (v == t) return true;
    for (std::string_view f : {"0", "f", "F", "FALSE", "false", "False"})
        if (v == f) return false;
    return std::nullopt;
}

inline std::optional<std::uint16_t> parse_uint16(std::string_view v) noexcept {
    if (v.empty() || v.size() > 5) return std::nullopt;
    std::uint32_t n = 0;
    for (char c : v) {
        if (c < '0' || c > '9') return std::nullopt;
        n = n * 10 + static_cast<std::uint32_t>(c - '0');
    }
    if (n > 65535) return std::nullopt;
    return static_cast<std::uint16_t>(n);
}

inline std::optional<boost::json::value> parse_config_json(std::string_view v) {
    std::error_code ec;
    boost::json::value jv = boost::json::parse(v, ec);
    if (ec) return std::nullopt;
    return jv;
}

// A JSON array of port numbers, as the agent decodes ECS_RESERVED_PORTS.
inline std::optional<std::vector<std::uint16_t>> parse_port_list(std::string_view v, std::string& why) {
    auto jv = parse_config_json(v);
    if (!jv || !jv->is_array()) {
        why = "is not a JSON array";
        return std::nullopt;
    }
    std::vector<std::uint16_t> ports;
    for (const boost::json::value& e : jv->as_array()) {
        std::int64_t n = -1;
        if (e.is_int64()) n = e.as_int64();
        else if (e.is_uint64() && e.as_uint64() <= 65535) n = static_cast<std::int64_t>(e.as_uint64());
        if (n < 0 || n > 65535) {
            why = core::cat("holds ", boost::json::serialize(e), ", which is not a port number from 0 to 65535");
            return std::nullopt;
        }
        ports.push_back(static_cast<std::uint16_t>(n));
    }
    return ports;
}

// Attribute names and values as ECS accepts them (the API model's Attribute constraints).
inline bool attribute_name_ok(std::string_view n) noexcept {
    if (n.empty() || n.size() > 128) return false;
    return std::all_of(n.begin(), n.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
               c == '/' || c == '\\' || c == '.';
    });
}
inline bool attribute_value_ok(std::string_view v) noexcept {
    if (v.empty() || v.size() > 128 || v.front() == ' ' || v.back() == ' ') return false;
    return std::all_of(v.begin(), v.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
               c == '.' || c == '@' || c == '/' || c == '\\' || c == ':' || c == ' ';
    });
}

inline std::string quoted_config(std::string_view v) {
    constexpr std::size_t shown = 60;
    return v.size() <= shown ? core::cat("\"", v, "\"") : core::cat("\"", v.substr(0, shown), "...\"");
}

} // namespace detail

/// The settings of an ecs.config text. `os` is the platform the file is for (ecs.config is read
/// on Linux; Windows sets the same variables in the machine's environment, which can be given
/// here as KEY=value lines too).
inline core::result<agent_config> parse_ecs_config(std::string_view text, os_type os = os_type::linux_) {
    using core::cat;
    agent_config c;
    c.os = os;
    // Later lines win: keep the last value of each variable, then read those.
    std::vector<std::pair<std::string_view, std::string_view>> settings;
    for (std::string_view rest = detail::trim_config(text); !rest.empty();) {
        std::size_t nl = rest.find('\n');
        std::string_view line = detail::trim_config(rest.substr(0, nl));
        rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
        std::size_t eq = line.find('=');
        if (eq == std::string_view::npos) continue;
        std::string_view key = line.substr(0, eq), value = line.substr(eq + 1);
        auto same = std::find_if(settings.begin(), settings.end(), [&](const auto& s) { return s.first == key; });
        if (same != settings.end()) same->second = value;
        else settings.emplace_back(key, value);
    }

    core::diagnostics ds;
    auto fail = [&](std::string_view key, core::rule_id rule, std::string message) {
        ds.push_back({cat("/", key), rule, core::severity::error, std::move(message)});
    };
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

    for (const auto& setting : settings) {
        const std::string_view key = setting.first, value = detail::trim_config(setting.second);
        if (auto f = std::find_if(std::begin(flags), std::end(flags), [&](const flag& x) { return x.key == key; });
            f != std::end(flags)) {
            if (auto b = detail::parse_go_bool(value))
                c.*(f->member) = *b;
            else
                fail(key, "ECS-AG-001",
                     cat(key, "=", detail::quoted_config(value),
                         " is not a boolean the agent reads (true, false, 1, 0, t, f, TRUE, FALSE, True, False); it "
                         "would ignore it and keep its default, ",
                         c.*(f->member) ? "true" : "false"));
        } else if (key == "ECS_RESERVED_MEMORY") {
            if (auto n = detail::parse_uint16(value))
                c.reserved_memory_mib = *n;
            else
                fail(key, "ECS-AG-002",
                     cat("ECS_RESERVED_MEMORY=", detail::quoted_config(value),
                         " is not a whole number of MiB from 0 to 65535 (no unit, no sign); the agent would "
                         "ignore it and reserve nothing"));
        } else if (key == "ECS_RESERVED_PORTS" || key == "ECS_RESERVED_PORTS_UDP") {
            std::string why;
            if (auto ports = detail::parse_port_list(value, why)) {
                if (key == "ECS_RESERVED_PORTS") c.reserved_ports = std::move(*ports);
                else c.reserved_ports_udp = std::move(*ports);
            } else
                fail(key, "ECS-AG-003",
                     cat(key, "=", detail::quoted_config(value), " ", why,
                         "; write a JSON array of port numbers such as [22, 2375], without quotes around it. The "
                         "agent would ignore it and reserve its default ports"));
        } else if (key == "ECS_AVAILABLE_LOGGING_DRIVERS") {
            auto jv = detail::parse_config_json(value);
            bool array_of_strings = jv && jv->is_array() &&
                                    std::all_of(jv->as_array().begin(), jv->as_array().end(),
                                                [](const boost::json::value& e) { return e.is_string(); });
            if (!array_of_strings) {
                fail(key, "ECS-AG-005",
                     cat("ECS_AVAILABLE_LOGGING_DRIVERS=", detail::quoted_config(value),
                         " is not a JSON array of strings; write it as [\"json-file\",\"awslogs\"], without quotes "
                         "around it. The agent would ignore it and offer only json-file and none"));
                continue;
            }
            std::vector<std::string> drivers;
            bool ok = true;
            for (const boost::json::value& e : jv->as_array()) {
                std::string_view d = e.as_string();
                if (std::find(known_logging_drivers.begin(), known_logging_drivers.end(), d) == known_logging_drivers.end()) {
                    ok = false;
                    fail(key, "ECS-AG-005",
                         cat("ECS_AVAILABLE_LOGGING_DRIVERS names \"", d,
                             "\", which is not a logging driver the agent knows (json-file, syslog, journald, gelf, "
                             "fluentd, awslogs, splunk, logentries, sumologic, none, awsfirelens): the agent would "
                             "stop at start-up"));
                }
                drivers.emplace_back(d);
            }
            if (ok) c.available_logging_drivers = std::move(drivers);
        } else if (key == "ECS_INSTANCE_ATTRIBUTES") {
            auto jv = detail::parse_config_json(value);
            if (!jv || !jv->is_object()) {
                fail(key, "ECS-AG-004",
                     cat("ECS_INSTANCE_ATTRIBUTES=", detail::quoted_config(value),
                         " is not a JSON object; write it as {\"name\": \"value\"} with straight quotes and none "
                         "around it. The agent would exit (code 5) and not start again"));
                continue;
            }
            std::vector<std::pair<std::string, std::string>> attributes;
            bool ok = true;
            for (const auto& member : jv->as_object()) {
                std::string_view name(member.key().data(), member.key().size());
                if (!detail::attribute_name_ok(name)) {
                    ok = false;
                    fail(key, "ECS-AG-004",
                         cat("the attribute name \"", name,
                             "\" of ECS_INSTANCE_ATTRIBUTES is not 1-128 letters, digits, hyphens, underscores, "
                             "slashes, backslashes or dots: the agent would exit (code 5) after registering"));
                }
                if (!member.value().is_string() || !detail::attribute_value_ok(member.value().as_string())) {
                    ok = false;
                    fail(key, "ECS-AG-004",
                         cat("the value of attribute \"", name,
                             "\" in ECS_INSTANCE_ATTRIBUTES is not a string of 1-128 letters, digits, spaces and "
                             "- _ . @ / \\ : (not beginning or ending with a space): the agent would exit (code 5)"));
                    continue;
                }
                attributes.emplace_back(std::string(name), std::string(member.value().as_string()));
            }
            if (ok) c.instance_attributes = std::move(attributes);
        }
    }
    if (core::has_errors(ds)) return core::result<agent_config>(std::move(ds));
    return core::result<agent_config>(std::move(c), std::move(ds));
}

} // namespace awsmodel::ecs

#endif
