// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_AGENT_ECS_CONFIG_RULES_HPP
#define AWSMODEL_ECS_AGENT_ECS_CONFIG_RULES_HPP

/// The rules of ecs.config (ECS-AG-001..005 and 009..017), each at the pointer /<VARIABLE> of
/// the line that counts. They are the mistakes the agent tolerates silently (it logs a warning
/// and goes on with its default) or fails on (it exits with code 5 and is not restarted), from
/// the agent's parsers: amazon-ecs-agent `agent/config/parse.go`, `agent/config/config.go`,
/// `ecs-init/docker/docker.go`; and for ECS_CLUSTER the ECS API's cluster name
/// (https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateCluster.html).
/// The values of secret variables (ECS_ENGINE_AUTH_DATA, AWS_SECRET_ACCESS_KEY, ...) are never
/// quoted.

#include <awsmodel/core/checker.hpp>
#include <awsmodel/core/diagnostic.hpp>
#include <awsmodel/ecs/agent_config.hpp>
#include <awsmodel/ecs_agent/config_value.hpp>
#include <awsmodel/ecs_agent/config_variables.hpp>
#include <awsmodel/ecs_agent/ecs_config.hpp>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::ecs_agent {

namespace detail {

inline std::string shown_value(const config_variable* v, std::string_view value) {
    if (v && v->secret) return "(a secret value, not shown)";
    constexpr std::size_t shown = 60;
    return value.size() <= shown ? core::cat("\"", value, "\"") : core::cat("\"", value.substr(0, shown), "...\"");
}

// Edit distance, for "did you mean": names are short, the table ~110 names.
inline std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t up = row[j];
            char x = a[i - 1], y = b[j - 1];
            bool same = x == y || ((x | 0x20) == (y | 0x20) && ((x | 0x20) >= 'a' && (x | 0x20) <= 'z'));
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

inline const config_variable* closest_variable(std::string_view key) {
    const config_variable* best = nullptr;
    std::size_t best_distance = 4; // at most 3 edits: farther is another name, not a misspelling
    for (const auto& v : config_variables) {
        // The distance is at least the difference in length: a name of another length is not
        // compared, so that a key of thousands of bytes costs no more than a short one.
        std::size_t apart = key.size() > v.name.size() ? key.size() - v.name.size() : v.name.size() - key.size();
        if (apart >= best_distance) continue;
        std::size_t d = edit_distance(key, v.name);
        if (d < best_distance) {
            best_distance = d;
            best = &v;
        }
    }
    return best;
}

inline bool is_quoted(std::string_view v) noexcept {
    return v.size() >= 2 && (v.front() == '\'' || v.front() == '"') && v.back() == v.front();
}

// `$NAME` or `${NAME}`: what a shell would have expanded.
inline std::string_view shell_variable_in(std::string_view v) noexcept {
    for (std::size_t i = 0; i + 1 < v.size(); ++i) {
        if (v[i] != '$') continue;
        std::size_t j = i + 1;
        bool braced = v[j] == '{';
        if (braced) ++j;
        std::size_t start = j;
        auto word = [](char c) { return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
        if (j < v.size() && (v[j] == '_' || (v[j] >= 'A' && v[j] <= 'Z') || (v[j] >= 'a' && v[j] <= 'z')))
            while (j < v.size() && word(v[j])) ++j;
        if (j == start) continue;
        if (braced && (j >= v.size() || v[j] != '}')) continue;
        return v.substr(i, j - i + (braced ? 1 : 0));
    }
    return {};
}

// A cluster name as ECS takes one (ecs/name.hpp's policy), or a cluster ARN.
inline bool cluster_name_ok(std::string_view v) noexcept {
    if (v.substr(0, 4) == "arn:") {
        std::size_t at = v.find(":cluster/");
        return at != std::string_view::npos && v.substr(0, 8) != "arn::ecs" && at + 9 < v.size();
    }
    if (v.empty() || v.size() > 255) return false;
    return std::all_of(v.begin(), v.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
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

inline std::string default_phrase(const config_variable& v) {
    return v.agent_default.empty() ? std::string("leave it unset") : core::cat("use its default, ", v.agent_default);
}

template <class C>
void check_value(const config_variable& var, std::string_view raw, C& c) {
    using core::cat;
    const std::string at = core::pointer(core::key{var.name});
    auto parsed = parse_config_value(var, raw);
    const std::string value = shown_value(&var, trim_go(raw));
    if (auto* e = std::get_if<config_value_error>(&parsed)) {
        const bool fatal = var.invalid == on_invalid::exits;
        const std::string then = fatal ? std::string("the agent would exit (code 5) and not start again")
                                       : cat("the agent would ignore it and ", default_phrase(var));
        if (var.type == config_type::boolean)
            c.error("ECS-AG-001", at, cat(var.name, "=", value, " ", e->why, "; it would ignore it and keep its default, ",
                                          var.agent_default.empty() ? std::string_view("unset") : var.agent_default));
        else if (var.name == "ECS_RESERVED_MEMORY")
            c.error("ECS-AG-002", at, cat(var.name, "=", value, " is not a whole number of MiB from 0 to 65535 (no unit, no sign); ", then));
        else if (var.type == config_type::port_list)
            c.error("ECS-AG-003", at, cat(var.name, "=", value, " ", e->why, "; write a JSON array of port numbers such as [22, 2375], without quotes around it. ", then));
        else if (var.name == "ECS_INSTANCE_ATTRIBUTES")
            c.error("ECS-AG-004", at, cat(var.name, "=", value, " ", e->why, "; write it as {\"name\": \"value\"} with straight quotes and none around it. ", then));
        else if (var.name == "ECS_AVAILABLE_LOGGING_DRIVERS")
            c.error("ECS-AG-005", at, cat(var.name, "=", value, " ", e->why, "; write it as [\"json-file\",\"awslogs\"], without quotes around it. The agent would ignore it and offer only json-file and none"));
        else if (var.type == config_type::string_map || var.type == config_type::string_list)
            c.error("ECS-AG-011", at, cat(var.name, "=", value, " ", e->why, "; ", then));
        else
            c.error("ECS-AG-010", at, cat(var.name, "=", value, " ", e->why, "; ", then));
        return;
    }
    const config_value& v = std::get<config_value>(parsed);
    if (var.type == config_type::duration && !var.minimum.empty()) {
        auto d = std::get<std::chrono::nanoseconds>(v);
        auto least = go_duration(var.minimum);
        if (least && d < *least)
            c.error("ECS-AG-010", at, cat(var.name, "=", value, " is below ", var.minimum,
                                          ", the least the agent takes; it would use ", var.minimum, " or its default instead"));
    }
    if (var.name == "ECS_AVAILABLE_LOGGING_DRIVERS")
        for (const std::string& d : std::get<config_strings>(v))
            if (std::find(ecs::known_logging_drivers.begin(), ecs::known_logging_drivers.end(), d) == ecs::known_logging_drivers.end())
                c.error("ECS-AG-005", at, cat("ECS_AVAILABLE_LOGGING_DRIVERS names \"", d,
                                              "\", which is not a logging driver the agent knows (json-file, syslog, journald, gelf, "
                                              "fluentd, awslogs, splunk, logentries, sumologic, none, awsfirelens): the agent would "
                                              "stop at start-up"));
    if (var.name == "ECS_INSTANCE_ATTRIBUTES") {
        // Values that are not strings are refused by the parser above; names and values here.
        for (const auto& [name, attribute] : std::get<config_pairs>(v)) {
            if (!attribute_name_ok(name))
                c.error("ECS-AG-004", at, cat("the attribute name \"", name,
                                              "\" of ECS_INSTANCE_ATTRIBUTES is not 1-128 letters, digits, hyphens, underscores, "
                                              "slashes, backslashes or dots: the agent would exit (code 5) after registering"));
            if (!attribute_value_ok(attribute))
                c.error("ECS-AG-004", at, cat("the value of attribute \"", name,
                                              "\" in ECS_INSTANCE_ATTRIBUTES is not a string of 1-128 letters, digits, spaces and "
                                              "- _ . @ / \\ : (not beginning or ending with a space): the agent would exit (code 5)"));
        }
    }
    if (var.name == "ECS_CLUSTER") {
        std::string_view name = trim_go(raw);
        if (!cluster_name_ok(name)) {
            std::string_view shell = shell_variable_in(name);
            c.error("ECS-AG-012", at,
                    cat("ECS_CLUSTER=", value,
                        " is not a cluster name ECS accepts (1-255 letters, digits, hyphens and underscores) nor a "
                        "cluster ARN: the agent would fail to register",
                        !shell.empty() ? cat("; ", shell, " is a shell variable, which the agent does not expand: the user "
                                                          "data's shell must (an unquoted heredoc delimiter)")
                        : name.find('{') != std::string_view::npos ? std::string("; it looks like a placeholder left in a template")
                                                                    : std::string()));
        }
    }
}

template <class C>
void check_conflicts(const ecs_config& config, C& c) {
    using core::cat;
    auto is_true = [&](std::string_view key) { return config.get_as<bool>(key).value_or(false); };
    auto is_false = [&](std::string_view key) {
        auto b = config.get_as<bool>(key);
        return b && !*b;
    };
    auto set = [&](std::string_view key) { return config.get(key).has_value(); };
    auto at = [](std::string_view key) { return core::pointer(core::key{key}); };
    if (set("ECS_ENGINE_AUTH_DATA") && !set("ECS_ENGINE_AUTH_TYPE"))
        c.error("ECS-AG-014", at("ECS_ENGINE_AUTH_DATA"),
                "ECS_ENGINE_AUTH_DATA is set without ECS_ENGINE_AUTH_TYPE (docker or dockercfg): the agent would not use "
                "the registry credentials");
    if (set("ECS_ENGINE_AUTH_TYPE") && !set("ECS_ENGINE_AUTH_DATA"))
        c.warning("ECS-AG-014", at("ECS_ENGINE_AUTH_TYPE"),
                  "ECS_ENGINE_AUTH_TYPE is set without ECS_ENGINE_AUTH_DATA: there are no registry credentials to use");
    if (is_true("ECS_EXTERNAL") && !set("AWS_DEFAULT_REGION"))
        c.error("ECS-AG-014", at("ECS_EXTERNAL"),
                "ECS_EXTERNAL=true (ECS Anywhere) needs AWS_DEFAULT_REGION: outside EC2 the agent has no instance "
                "metadata to learn the region from, and would not start");
    if (set("ECS_ENABLE_HIGH_DENSITY_ENI") && is_false("ECS_ENABLE_TASK_ENI"))
        c.warning("ECS-AG-014", at("ECS_ENABLE_HIGH_DENSITY_ENI"),
                  "ECS_ENABLE_HIGH_DENSITY_ENI is read only with task ENIs, and ECS_ENABLE_TASK_ENI=false: it does nothing");
    if (set("NON_ECS_IMAGE_MINIMUM_CLEANUP_AGE") && !is_true("ECS_ENABLE_UNTRACKED_IMAGE_CLEANUP"))
        c.warning("ECS-AG-014", at("NON_ECS_IMAGE_MINIMUM_CLEANUP_AGE"),
                  "NON_ECS_IMAGE_MINIMUM_CLEANUP_AGE applies only with ECS_ENABLE_UNTRACKED_IMAGE_CLEANUP=true, which is not set");
    if (is_true("ECS_DISABLE_IMAGE_CLEANUP"))
        for (std::string_view k : {"ECS_IMAGE_CLEANUP_INTERVAL", "ECS_IMAGE_MINIMUM_CLEANUP_AGE", "ECS_NUM_IMAGES_DELETE_PER_CYCLE"})
            if (set(k))
                c.warning("ECS-AG-014", at(k), cat(k, " does nothing while ECS_DISABLE_IMAGE_CLEANUP=true"));
    if (set("ECS_POLLING_METRICS_WAIT_DURATION") && !is_true("ECS_POLL_METRICS"))
        c.warning("ECS-AG-014", at("ECS_POLLING_METRICS_WAIT_DURATION"),
                  "ECS_POLLING_METRICS_WAIT_DURATION applies only with ECS_POLL_METRICS=true, which is not set");
}

} // namespace detail

template <core::checker_like C>
void validate_rules(const ecs_config& config, C& c) {
    using core::cat;
    const auto& lines = config.lines();
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const ecs_config_line& line = lines[i];
        if (!line.is_setting()) continue;
        std::string_view key = line.key();
        if (!key.empty() && key.front() == '#') continue; // a comment to systemd; ecs-init passes it, nothing reads it
        const std::string at = core::pointer(core::key{key});
        std::string_view name = detail::trim_go(key);
        const config_variable* var = find_config_variable(name);
        if (name.size() != key.size()) {
            c.error("ECS-AG-016", at,
                    cat("\"", key, "\" has white space before its '=': ecs-init splits the line at the '=' and passes "
                        "the name with the space, so the agent does not see ", name, var ? "" : " (nor any variable)",
                        "; write ", name, "=value"));
            continue;
        }
        if (config.line_of(key) != i) {
            c.warning("ECS-AG-015", at,
                      cat(key, " is set again on line ", *config.line_of(key) + 1, "; the agent takes that line and ignores line ", i + 1));
            continue;
        }
        if (!var) {
            const config_variable* near = detail::closest_variable(key);
            if (near || key.substr(0, 4) == "ECS_")
                c.warning("ECS-AG-009", at,
                          cat(key, " is not a variable the agent reads; it would be ignored",
                              near ? cat(": did you mean ", near->name, "?") : std::string()));
            continue;
        }
        std::string_view value = detail::trim_go(line.value());
        if (detail::is_quoted(value))
            c.error("ECS-AG-013", at,
                    cat(key, "'s value is in quotes, which ecs-init does not remove: the agent gets them as part of the "
                             "value. Write ",
                        key, "=", var->secret ? std::string("...") : std::string(value.substr(1, value.size() - 2)),
                        " without them"));
        if (!var->secret) {
            if (std::string_view shell = detail::shell_variable_in(value); !shell.empty() && var->name != "ECS_CLUSTER")
                c.error("ECS-AG-017", at,
                        cat(key, "=", detail::shown_value(var, value), " holds ", shell,
                            ", a shell variable, which the agent does not expand; the user data's shell must expand it "
                            "(write the file with an unquoted heredoc delimiter) or the value must be written out"));
        }
        detail::check_value(*var, line.value(), c);
    }
    detail::check_conflicts(config, c);
}

} // namespace awsmodel::ecs_agent

#endif
