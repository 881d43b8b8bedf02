// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_AGENT_CONFIG_VARIABLES_HPP
#define AWSMODEL_ECS_AGENT_CONFIG_VARIABLES_HPP

/// Every variable the ECS container agent and ecs-init read from /etc/ecs/ecs.config, with the
/// type its parser gives it. Sources: amazon-ecs-agent `README.md` (the table of variables),
/// `agent/config/config.go`, `parse.go`, `parse_linux.go`, `config_unix.go`, `config_windows.go`;
/// ecs-init `ecs-init/docker/docker.go`, `ecs-init/config/common.go`.
/// https://github.com/aws/amazon-ecs-agent/blob/master/README.md#environment-variables
///
/// What each type accepts is what the agent's parser accepts (ecs_agent/config_value.hpp); what
/// the agent does with a value it cannot parse is in `on_invalid`.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace awsmodel::ecs_agent {

/// How the agent parses a variable's value.
enum class config_type : std::uint8_t {
    string,       ///< taken as written
    boolean,      ///< Go's strconv.ParseBool: 1 t T TRUE true True 0 f F FALSE false False
    duration,     ///< Go's time.ParseDuration: 300ms, 1.5h, 2h45m (units ns us µs ms s m h); 0
    uint16,       ///< a decimal number 0 to 65535
    integer,      ///< a decimal number (Go's strconv.Atoi)
    number,       ///< a decimal number with a fraction (strconv.ParseFloat)
    port_list,    ///< a JSON array of port numbers, [22, 2375]
    string_list,  ///< a JSON array of strings, ["json-file","awslogs"]
    string_map,   ///< a JSON object of string values, {"key": "value"}
    comma_list,   ///< values separated by commas, name:tag,name:tag
    enumeration,  ///< one of `allowed`
    integer_pair, ///< two positive numbers separated by a comma, 40,60
    port_range,   ///< two port numbers separated by a hyphen, 49152-65535
};

/// What the agent does when the value does not parse.
enum class on_invalid : std::uint8_t {
    uses_default, ///< logs a warning and uses its default
    exits,        ///< stops at start-up with exit code 5, and systemd does not restart it
};

/// A variable of ecs.config.
struct config_variable {
    std::string_view name;
    config_type type;
    /// The agent's default (Linux), as it would be written; empty when it has none.
    std::string_view agent_default = {};
    /// enumeration: the values, separated by `|`.
    std::string_view allowed = {};
    /// duration: the least the agent takes, as a duration; empty when any is taken.
    std::string_view minimum = {};
    on_invalid invalid = on_invalid::uses_default;
    /// Credentials: never quoted in a message.
    bool secret = false;
    /// enumeration: compared without regard to case.
    bool case_insensitive = false;
};

// clang-format off
/// The variables, by name.
inline constexpr auto config_variables = std::to_array<config_variable>({
    {"AWS_ACCESS_KEY_ID", config_type::string, {}, {}, {}, on_invalid::uses_default, true},
    {"AWS_DEFAULT_REGION", config_type::string},
    {"AWS_SECRET_ACCESS_KEY", config_type::string, {}, {}, {}, on_invalid::uses_default, true},
    {"AWS_SESSION_TOKEN", config_type::string, {}, {}, {}, on_invalid::uses_default, true},
    {"CREDENTIALS_FETCHER_HOST", config_type::string},
    {"CREDENTIALS_FETCHER_HOST_DIR", config_type::string},
    {"CREDENTIALS_FETCHER_SECRET_NAME_FOR_DOMAINLESS_GMSA", config_type::string},
    {"DOCKER_HOST", config_type::string, "unix:///var/run/docker.sock"},
    {"ECS_AGENT_APPARMOR_PROFILE", config_type::string, "ecs-agent-default"},
    {"ECS_AGENT_CONFIG_FILE_PATH", config_type::string, "/etc/ecs_container_agent/config.json"},
    {"ECS_AGENT_HEALTHCHECK_HOST", config_type::string, "localhost"},
    {"ECS_AGENT_LABELS", config_type::string_map},
    {"ECS_AGENT_PID_NAMESPACE_HOST", config_type::boolean, "false"},
    {"ECS_AGENT_RUN_PRIVILEGED", config_type::boolean},
    {"ECS_ALLOW_OFFHOST_INTROSPECTION_ACCESS", config_type::boolean, "false"},
    {"ECS_ALTERNATE_CREDENTIAL_PROFILE", config_type::string, "default"},
    {"ECS_APPARMOR_CAPABLE", config_type::boolean, "false"},
    {"ECS_AUDIT_LOGFILE", config_type::string, "/log/audit.log"},
    {"ECS_AUDIT_LOGFILE_DISABLED", config_type::boolean, "false"},
    {"ECS_AVAILABLE_LOGGING_DRIVERS", config_type::string_list, "[\"json-file\",\"none\"]", {}, {}, on_invalid::uses_default},
    {"ECS_AWSVPC_ADDITIONAL_LOCAL_ROUTES", config_type::string_list, "[]", {}, {}, on_invalid::exits},
    {"ECS_AWSVPC_BLOCK_IMDS", config_type::boolean, "false"},
    {"ECS_BACKEND_HOST", config_type::string},
    {"ECS_CGROUP_CPU_PERIOD", config_type::duration, "100ms", {}, "8ms"},
    {"ECS_CGROUP_PATH", config_type::string, "/sys/fs/cgroup"},
    {"ECS_CHECKPOINT", config_type::boolean},
    {"ECS_CLUSTER", config_type::string, "default"},
    {"ECS_CNI_PLUGINS_PATH", config_type::string, "/amazon-ecs-cni-plugins"},
    {"ECS_CONTAINER_CREATE_TIMEOUT", config_type::duration, "4m", {}, "1m"},
    {"ECS_CONTAINER_INSTANCE_PROPAGATE_TAGS_FROM", config_type::enumeration, "none", "ec2_instance|none"},
    {"ECS_CONTAINER_INSTANCE_TAGS", config_type::string_map, "{}", {}, {}, on_invalid::exits},
    {"ECS_CONTAINER_START_TIMEOUT", config_type::duration, "3m", {}, "45s"},
    {"ECS_CONTAINER_STOP_TIMEOUT", config_type::duration, "30s", {}, "1s"},
    {"ECS_DATADIR", config_type::string, "/data/"},
    {"ECS_DETAILED_OS_FAMILY", config_type::string},
    {"ECS_DISABLE_DOCKER_HEALTH_CHECK", config_type::boolean, "false"},
    {"ECS_DISABLE_IMAGE_CLEANUP", config_type::boolean, "false"},
    {"ECS_DISABLE_METRICS", config_type::boolean, "false"},
    {"ECS_DISABLE_PRIVILEGED", config_type::boolean, "false"},
    {"ECS_DISABLE_TASK_METADATA_AZ", config_type::boolean, "false"},
    {"ECS_DOMAIN_JOINED_LINUX_INSTANCE", config_type::boolean, "false"},
    {"ECS_DYNAMIC_HOST_PORT_RANGE", config_type::port_range},
    {"ECS_EBSTA_SUPPORTED", config_type::boolean, "true"},
    {"ECS_ENABLE_AWSLOGS_EXECUTIONROLE_OVERRIDE", config_type::boolean, "false"},
    {"ECS_ENABLE_CONTAINER_METADATA", config_type::boolean, "false"},
    {"ECS_ENABLE_CPU_UNBOUNDED_WINDOWS_WORKAROUND", config_type::boolean, "false"},
    {"ECS_ENABLE_FIRELENS_ASYNC", config_type::boolean, "true"},
    {"ECS_ENABLE_GPU_SUPPORT", config_type::boolean, "false"},
    {"ECS_ENABLE_HIGH_DENSITY_ENI", config_type::boolean, "true"},
    {"ECS_ENABLE_INF_SUPPORT", config_type::boolean, "false"},
    {"ECS_ENABLE_MEMORY_UNBOUNDED_WINDOWS_WORKAROUND", config_type::boolean, "false"},
    {"ECS_ENABLE_PROMETHEUS_METRICS", config_type::boolean, "false"},
    {"ECS_ENABLE_RUNTIME_STATS", config_type::boolean, "false"},
    {"ECS_ENABLE_SPOT_INSTANCE_DRAINING", config_type::boolean, "false"},
    {"ECS_ENABLE_TASK_CPU_MEM_LIMIT", config_type::boolean, "true"},
    {"ECS_ENABLE_TASK_ENI", config_type::boolean, "false"},
    {"ECS_ENABLE_TASK_IAM_ROLE", config_type::boolean, "false"},
    {"ECS_ENABLE_TASK_IAM_ROLE_NETWORK_HOST", config_type::boolean, "false"},
    {"ECS_ENABLE_UNTRACKED_IMAGE_CLEANUP", config_type::boolean, "false"},
    {"ECS_ENGINE_AUTH_DATA", config_type::string_map, {}, {}, {}, on_invalid::uses_default, true},
    {"ECS_ENGINE_AUTH_TYPE", config_type::enumeration, {}, "docker|dockercfg"},
    {"ECS_ENGINE_TASK_CLEANUP_WAIT_DURATION", config_type::duration, "3h", {}, "1s"},
    {"ECS_ENGINE_TASK_CLEANUP_WAIT_DURATION_JITTER", config_type::duration},
    {"ECS_EXCLUDE_IPV6_PORTBINDING", config_type::boolean, "true"},
    {"ECS_EXCLUDE_UNTRACKED_IMAGE", config_type::comma_list},
    {"ECS_EXTERNAL", config_type::boolean, "false"},
    {"ECS_FSX_WINDOWS_FILE_SERVER_SUPPORTED", config_type::boolean, "false"},
    {"ECS_GMSA_SUPPORTED", config_type::boolean, "false"},
    {"ECS_HOST_DATA_DIR", config_type::string, "/var/lib/ecs"},
    {"ECS_IMAGE_CLEANUP_INTERVAL", config_type::duration, "30m", {}, "10m"},
    {"ECS_IMAGE_MINIMUM_CLEANUP_AGE", config_type::duration, "1h"},
    {"ECS_IMAGE_PULL_BEHAVIOR", config_type::enumeration, "default", "default|always|once|prefer-cached"},
    {"ECS_IMAGE_PULL_INACTIVITY_TIMEOUT", config_type::duration, "1m", {}, "1m"},
    {"ECS_IMAGE_PULL_TIMEOUT", config_type::duration, "2h"},
    {"ECS_INIT_DOCKER_LOG_FILE_NUM", config_type::integer},
    {"ECS_INIT_DOCKER_LOG_FILE_SIZE", config_type::integer},
    {"ECS_INSTANCE_ATTRIBUTES", config_type::string_map, "{}", {}, {}, on_invalid::exits},
    {"ECS_INSTANCE_IP_COMPATIBILITY", config_type::enumeration, {}, "ipv4|ipv6", {}, on_invalid::uses_default, false, true},
    {"ECS_LOGFILE", config_type::string},
    {"ECS_LOGLEVEL", config_type::enumeration, "info", "debug|info|warn|error|crit|none", {}, on_invalid::uses_default, false, true},
    {"ECS_LOGLEVEL_ON_INSTANCE", config_type::enumeration, {}, "debug|info|warn|error|crit|none", {}, on_invalid::uses_default, false, true},
    {"ECS_LOG_DRIVER", config_type::enumeration, "json-file", "awslogs|fluentd|gelf|json-file|journald|logentries|syslog|splunk"},
    {"ECS_LOG_MAX_FILE_SIZE_MB", config_type::number, "5"},
    {"ECS_LOG_MAX_ROLL_COUNT", config_type::integer, "24"},
    {"ECS_LOG_OPTS", config_type::string_map, "{}"},
    {"ECS_LOG_OUTPUT_FORMAT", config_type::enumeration, "logfmt", "logfmt|json"},
    {"ECS_LOG_ROLLOVER_TYPE", config_type::enumeration, "size", "size|hourly"},
    {"ECS_MANIFEST_PULL_TIMEOUT", config_type::duration, "1m", {}, "30s"},
    {"ECS_NUM_IMAGES_DELETE_PER_CYCLE", config_type::integer, "5"},
    {"ECS_NVIDIA_RUNTIME", config_type::string, "nvidia"},
    {"ECS_OFFHOST_INTROSPECTION_INTERFACE_NAME", config_type::string, "eth0"},
    {"ECS_PAUSE_LABELS", config_type::string_map},
    {"ECS_POLLING_METRICS_WAIT_DURATION", config_type::duration, "10s", {}, "5s"},
    {"ECS_POLL_METRICS", config_type::boolean, "false"},
    {"ECS_PROPAGATE_TASK_MEMORY_LIMIT_CGROUPV2", config_type::boolean, "false"},
    {"ECS_PULL_DEPENDENT_CONTAINERS_UPFRONT", config_type::boolean, "false"},
    {"ECS_RESERVED_MEMORY", config_type::uint16, "0"},
    {"ECS_RESERVED_PORTS", config_type::port_list, "[22,2375,2376,51678,51679]"},
    {"ECS_RESERVED_PORTS_UDP", config_type::port_list, "[]"},
    {"ECS_SELINUX_CAPABLE", config_type::boolean, "false"},
    {"ECS_SHARED_VOLUME_MATCH_FULL_CONFIG", config_type::boolean, "false"},
    {"ECS_SKIP_LOCALHOST_TRAFFIC_FILTER", config_type::boolean, "false"},
    {"ECS_TASK_METADATA_RPS_LIMIT", config_type::integer_pair, "40,60"},
    {"ECS_TASK_PIDS_LIMIT", config_type::integer},
    {"ECS_UPDATES_ENABLED", config_type::boolean, "false"},
    {"ECS_UPDATE_DOWNLOAD_DIR", config_type::string},
    {"ECS_VOLUME_PLUGIN_CAPABILITIES", config_type::string_list, "[]"},
    {"ECS_WARM_POOLS_CHECK", config_type::boolean, "false"},
    {"HTTP_PROXY", config_type::string},
    {"NONECS_NUM_CONTAINERS_DELETE_PER_CYCLE", config_type::integer, "5"},
    {"NON_ECS_IMAGE_MINIMUM_CLEANUP_AGE", config_type::duration, "1h"},
    {"NO_PROXY", config_type::string},
});
// clang-format on

// Sorted and each named once: the table is searched by name and the command line lists it.
static_assert([] {
    for (std::size_t i = 1; i < config_variables.size(); ++i)
        if (!(config_variables[i - 1].name < config_variables[i].name)) return false;
    return true;
}(), "config_variables: keep the names sorted and distinct");

/// The variable named `name`, or nullptr.
constexpr const config_variable* find_config_variable(std::string_view name) noexcept {
    for (const auto& v : config_variables)
        if (v.name == name) return &v;
    return nullptr;
}

} // namespace awsmodel::ecs_agent

#endif
