// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_CONTAINER_DEFINITION_HPP
#define AWSMODEL_ECS_CONTAINER_DEFINITION_HPP

/// A container of a task definition, with the small shapes only a container uses.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html

#include <awsmodel/core/rule_id.hpp>
#include <awsmodel/core/arn.hpp>
#include <awsmodel/core/checker.hpp>
#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/quantity.hpp>
#include <awsmodel/core/string_map.hpp>
#include <awsmodel/ecs/health_check.hpp>
#include <awsmodel/ecs/image.hpp>
#include <awsmodel/ecs/key_value_pair.hpp>
#include <awsmodel/ecs/linux_parameters.hpp>
#include <awsmodel/ecs/log_configuration.hpp>
#include <awsmodel/ecs/name.hpp>
#include <awsmodel/ecs/name_or_arn.hpp>
#include <awsmodel/ecs/port_mapping.hpp>
#include <awsmodel/ecs/secret.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::ecs {

/// botocore ecs `EnvironmentFileType`.
enum class environment_file_type { s3 };
constexpr auto wire_names(environment_file_type) noexcept { return std::to_array<std::string_view>({"s3"}); }
constexpr core::rule_id enum_rule(environment_file_type) noexcept { return "ECS-TD-095"; }
/// botocore ecs `ContainerCondition`.
enum class container_condition { start, complete, success, healthy };
constexpr auto wire_names(container_condition) noexcept {
    return std::to_array<std::string_view>({"START", "COMPLETE", "SUCCESS", "HEALTHY"});
}
constexpr core::rule_id enum_rule(container_condition) noexcept { return "ECS-TD-088"; }
/// botocore ecs `VersionConsistency`.
enum class version_consistency { enabled, disabled };
constexpr auto wire_names(version_consistency) noexcept {
    return std::to_array<std::string_view>({"enabled", "disabled"});
}
constexpr core::rule_id enum_rule(version_consistency) noexcept { return "ECS-TD-119"; }
/// botocore ecs `UlimitName`.
enum class ulimit_name {
    core, cpu, data, fsize, locks, memlock, msgqueue, nice, nofile, nproc, rss, rtprio, rttime, sigpending, stack
};
constexpr auto wire_names(ulimit_name) noexcept {
    return std::to_array<std::string_view>({"core", "cpu", "data", "fsize", "locks", "memlock", "msgqueue", "nice",
                                            "nofile", "nproc", "rss", "rtprio", "rttime", "sigpending", "stack"});
}
constexpr core::rule_id enum_rule(ulimit_name) noexcept { return "ECS-TD-103"; }
/// botocore ecs `ResourceType`.
enum class resource_type { gpu, inference_accelerator };
constexpr auto wire_names(resource_type) noexcept {
    return std::to_array<std::string_view>({"GPU", "InferenceAccelerator"});
}
constexpr core::rule_id enum_rule(resource_type) noexcept { return "ECS-TD-117"; }

/// Credentials for pulling from a private registry other than ECR.
struct repository_credentials : core::model {
    name_or_arn credentials_parameter; ///< a Secrets Manager secret ARN (or name in the same Region)
    core::extra_members extra;

    static constexpr auto fields() {
        return core::fields<core::camel_case,
                            core::field<&repository_credentials::credentials_parameter>>();
    }
    friend bool operator==(const repository_credentials&, const repository_credentials&) = default;
};

/// Restarts an exited container in place instead of stopping the task.
struct container_restart_policy : core::model {
    bool enabled = false;
    std::optional<std::vector<std::int32_t>> ignored_exit_codes; ///< exit codes that do not restart; at most 50
    /// A container must run this long before a restart is attempted; @default 300
    std::optional<core::seconds> restart_attempt_period;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = container_restart_policy;
        return core::fields<core::camel_case,
                            core::field<&T::enabled>,
                            core::field<&T::ignored_exit_codes>,
                            core::field<&T::restart_attempt_period>>();
    }
    friend bool operator==(const container_restart_policy&, const container_restart_policy&) = default;
};

/// A file of environment variables in S3.
struct environment_file : core::model {
    core::arn value; ///< the S3 object ARN of a `.env` file
    core::open_enum<environment_file_type> type;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = environment_file;
        return core::fields<core::camel_case,
                            core::field<&T::value>,
                            core::field<&T::type>>();
    }
    friend bool operator==(const environment_file&, const environment_file&) = default;
};

/// A task volume mounted into the container.
struct mount_point : core::model {
    std::optional<std::string> source_volume;  ///< the name of one of the task's `volumes`
    std::optional<std::string> container_path; ///< an absolute path in the container
    std::optional<bool> read_only;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = mount_point;
        return core::fields<core::camel_case,
                            core::field<&T::source_volume>,
                            core::field<&T::container_path>,
                            core::field<&T::read_only, core::with{.aws_default = "false"}>>();
    }
    friend bool operator==(const mount_point&, const mount_point&) = default;
};

/// Mounts every volume of another container of the task.
struct volume_from : core::model {
    std::optional<std::string> source_container; ///< the name of another container of the task
    std::optional<bool> read_only;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = volume_from;
        return core::fields<core::camel_case,
                            core::field<&T::source_container>,
                            core::field<&T::read_only, core::with{.aws_default = "false"}>>();
    }
    friend bool operator==(const volume_from&, const volume_from&) = default;
};

/// The container starts only once another container of the task reaches `condition`.
struct container_dependency : core::model {
    std::string container_name;
    core::open_enum<container_condition> condition;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = container_dependency;
        return core::fields<core::camel_case,
                            core::field<&T::container_name>,
                            core::field<&T::condition>>();
    }
    friend bool operator==(const container_dependency&, const container_dependency&) = default;
};

/// A line added to the container's /etc/hosts.
struct host_entry : core::model {
    std::string hostname;
    std::string ip_address;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = host_entry;
        return core::fields<core::camel_case,
                            core::field<&T::hostname>,
                            core::field<&T::ip_address>>();
    }
    friend bool operator==(const host_entry&, const host_entry&) = default;
};

/// A resource limit (`ulimit`) of the container's processes.
struct ulimit : core::model {
    core::open_enum<ulimit_name> name;
    std::int32_t soft_limit = 0;
    std::int32_t hard_limit = 0;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = ulimit;
        return core::fields<core::camel_case,
                            core::field<&T::name>,
                            core::field<&T::soft_limit>,
                            core::field<&T::hard_limit>>();
    }
    friend bool operator==(const ulimit&, const ulimit&) = default;
};

/// A namespaced kernel parameter (sysctl) set in the container.
struct system_control : core::model {
    std::optional<std::string> namespace_; ///< "net.ipv4.tcp_keepalive_time", "kernel.shmmax", ...
    std::optional<std::string> value;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = system_control;
        return core::fields<core::camel_case,
                            core::field<&T::namespace_>,
                            core::field<&T::value>>();
    }
    friend bool operator==(const system_control&, const system_control&) = default;
};

/// GPUs (or, formerly, an Elastic Inference accelerator) reserved for the container.
struct resource_requirement : core::model {
    std::string value; ///< the number of GPUs, or the accelerator's `deviceName`
    core::open_enum<resource_type> type;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = resource_requirement;
        return core::fields<core::camel_case,
                            core::field<&T::value>,
                            core::field<&T::type>>();
    }
    friend bool operator==(const resource_requirement&, const resource_requirement&) = default;
};

/// One container of a task definition. botocore marks no member required; ECS itself requires
/// `name` and `image` (ECS-TD-060, ECS-TD-062), which the rules report.
struct container_definition : core::model {
    std::optional<ecs::container_name> name;
    std::optional<ecs::image> image;
    std::optional<ecs::repository_credentials> repository_credentials;
    std::optional<core::cpu_units> cpu; ///< @default 0: an unreserved share
    std::optional<core::mebibytes> memory; ///< the hard limit; the container is killed above it
    std::optional<core::mebibytes> memory_reservation; ///< the soft limit reserved on the instance
    std::optional<std::vector<std::string>> links; ///< "name" or "name:alias" of other containers (bridge only)
    std::optional<std::vector<port_mapping>> port_mappings;
    std::optional<bool> essential; ///< @default true: the task stops when this container stops
    std::optional<container_restart_policy> restart_policy;
    std::optional<std::vector<std::string>> entry_point;
    std::optional<std::vector<std::string>> command;
    std::optional<std::vector<key_value_pair>> environment;
    std::optional<std::vector<environment_file>> environment_files;
    std::optional<std::vector<mount_point>> mount_points;
    std::optional<std::vector<volume_from>> volumes_from;
    std::optional<ecs::linux_parameters> linux_parameters;
    std::optional<std::vector<secret>> secrets;
    std::optional<std::vector<container_dependency>> depends_on;
    std::optional<core::seconds> start_timeout; ///< how long dependencies may take to resolve
    std::optional<core::seconds> stop_timeout;  ///< between SIGTERM and SIGKILL
    std::optional<core::open_enum<ecs::version_consistency>> version_consistency;
    std::optional<std::string> hostname;
    std::optional<std::string> user;
    std::optional<std::string> working_directory;
    std::optional<bool> disable_networking;
    std::optional<bool> privileged;
    std::optional<bool> readonly_root_filesystem;
    std::optional<std::vector<std::string>> dns_servers;
    std::optional<std::vector<std::string>> dns_search_domains;
    std::optional<std::vector<host_entry>> extra_hosts;
    std::optional<std::vector<std::string>> docker_security_options;
    std::optional<bool> interactive;
    std::optional<bool> pseudo_terminal;
    std::optional<core::string_map<std::string>> docker_labels;
    std::optional<std::vector<ulimit>> ulimits;
    std::optional<ecs::log_configuration> log_configuration; ///< @default the instance's Docker default driver
    std::optional<ecs::health_check> health_check;
    std::optional<std::vector<system_control>> system_controls;
    std::optional<std::vector<resource_requirement>> resource_requirements;
    std::optional<ecs::firelens_configuration> firelens_configuration;
    std::optional<std::vector<std::string>> credential_specs; ///< "credentialspec:<ARN>" or "credentialspecdomainless:<ARN>"
    core::extra_members extra;

    static constexpr auto fields() {
        using T = container_definition;
        return core::fields<core::camel_case,
                            core::field<&T::name>,
                            core::field<&T::image>,
                            core::field<&T::repository_credentials>,
                            core::field<&T::cpu>,
                            core::field<&T::memory>,
                            core::field<&T::memory_reservation>,
                            core::field<&T::links>,
                            core::field<&T::port_mappings>,
                            core::field<&T::essential>,
                            core::field<&T::restart_policy>,
                            core::field<&T::entry_point>,
                            core::field<&T::command>,
                            core::field<&T::environment>,
                            core::field<&T::environment_files>,
                            core::field<&T::mount_points>,
                            core::field<&T::volumes_from>,
                            core::field<&T::linux_parameters>,
                            core::field<&T::secrets>,
                            core::field<&T::depends_on>,
                            core::field<&T::start_timeout>,
                            core::field<&T::stop_timeout, core::with{.aws_default = "30"}>,
                            core::field<&T::version_consistency, core::with{.aws_default = "enabled"}>,
                            core::field<&T::hostname>,
                            core::field<&T::user>,
                            core::field<&T::working_directory>,
                            core::field<&T::disable_networking>,
                            core::field<&T::privileged>,
                            core::field<&T::readonly_root_filesystem>,
                            core::field<&T::dns_servers>,
                            core::field<&T::dns_search_domains>,
                            core::field<&T::extra_hosts>,
                            core::field<&T::docker_security_options>,
                            core::field<&T::interactive>,
                            core::field<&T::pseudo_terminal>,
                            core::field<&T::docker_labels>,
                            core::field<&T::ulimits>,
                            core::field<&T::log_configuration>,
                            core::field<&T::health_check>,
                            core::field<&T::system_controls>,
                            core::field<&T::resource_requirements>,
                            core::field<&T::firelens_configuration>,
                            core::field<&T::credential_specs>>();
    }
    friend bool operator==(const container_definition&, const container_definition&) = default;
};

/// The container's rules, defined in ecs/container_definition_rules.hpp (which
/// ecs/task_definition.hpp includes, or with separate compilation awsmodel/src.hpp). Declared here
/// so that validating a container in a TU that lacks them fails to link instead of checking nothing.
void validate_rules(const container_definition& def, core::checker_like auto& c);

} // namespace awsmodel::ecs

#endif
