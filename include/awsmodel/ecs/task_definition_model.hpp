// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_TASK_DEFINITION_MODEL_HPP
#define AWSMODEL_ECS_TASK_DEFINITION_MODEL_HPP

/// ECS task definitions: the RegisterTaskDefinition request, the TaskDefinition that ECS
/// describes, DescribeTaskDefinition's response, and the conversion of a description back into a
/// request that registers the same task definition again.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskDefinition.html
///
/// The values only: include awsmodel/ecs/task_definition.hpp, which adds their rules.

#include <awsmodel/core/rule_id.hpp>
#include <awsmodel/core/arn.hpp>
#include <awsmodel/core/checker.hpp>
#include <awsmodel/core/diagnostic.hpp>
#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/quantity.hpp>
#include <awsmodel/core/result.hpp>
#include <awsmodel/ecs/container_definition.hpp>
#include <awsmodel/ecs/key_value_pair.hpp>
#include <awsmodel/ecs/name.hpp>
#include <awsmodel/ecs/name_or_arn.hpp>
#include <awsmodel/ecs/tag.hpp>
#include <awsmodel/ecs/task_size.hpp>
#include <awsmodel/ecs/task_volume.hpp>

#include <boost/hana/for_each.hpp>
#include <boost/hana/fold_left.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace awsmodel::ecs {

/// botocore ecs `NetworkMode`.
enum class network_mode { bridge, host, awsvpc, none };
constexpr auto wire_names(network_mode) noexcept {
    return std::to_array<std::string_view>({"bridge", "host", "awsvpc", "none"});
}
constexpr core::rule_id enum_rule(network_mode) noexcept { return "ECS-TD-007"; }
/// botocore ecs `Compatibility`.
enum class compatibility { ec2, fargate, external, managed_instances };
constexpr auto wire_names(compatibility) noexcept {
    return std::to_array<std::string_view>({"EC2", "FARGATE", "EXTERNAL", "MANAGED_INSTANCES"});
}
constexpr core::rule_id enum_rule(compatibility) noexcept { return "ECS-TD-008"; }
/// botocore ecs `PidMode`.
enum class pid_mode { host, task };
constexpr auto wire_names(pid_mode) noexcept { return std::to_array<std::string_view>({"host", "task"}); }
constexpr core::rule_id enum_rule(pid_mode) noexcept { return "ECS-TD-027"; }
/// botocore ecs `IpcMode`.
enum class ipc_mode { host, task, none };
constexpr auto wire_names(ipc_mode) noexcept { return std::to_array<std::string_view>({"host", "task", "none"}); }
constexpr core::rule_id enum_rule(ipc_mode) noexcept { return "ECS-TD-027"; }
/// botocore ecs `ProxyConfigurationType`.
enum class proxy_configuration_type { appmesh };
constexpr auto wire_names(proxy_configuration_type) noexcept { return std::to_array<std::string_view>({"APPMESH"}); }
constexpr core::rule_id enum_rule(proxy_configuration_type) noexcept { return "ECS-TD-032"; }
/// botocore ecs `TaskDefinitionPlacementConstraintType`.
enum class task_definition_placement_constraint_type { member_of };
constexpr auto wire_names(task_definition_placement_constraint_type) noexcept {
    return std::to_array<std::string_view>({"memberOf"});
}
constexpr core::rule_id enum_rule(task_definition_placement_constraint_type) noexcept { return "ECS-TD-029"; }
/// botocore ecs `CPUArchitecture`.
enum class cpu_architecture { x86_64, arm64 };
constexpr auto wire_names(cpu_architecture) noexcept { return std::to_array<std::string_view>({"X86_64", "ARM64"}); }
constexpr core::rule_id enum_rule(cpu_architecture) noexcept { return "ECS-TD-028"; }
/// botocore ecs `OSFamily`.
enum class os_family {
    windows_server_2019_full, windows_server_2019_core, windows_server_2016_full, windows_server_2004_core,
    windows_server_2022_core, windows_server_2022_full, windows_server_2025_core, windows_server_2025_full,
    windows_server_20_h2_core, linux_ // not `linux`: g++ predefines it as a macro in its GNU modes
};
constexpr auto wire_names(os_family) noexcept {
    return std::to_array<std::string_view>({"WINDOWS_SERVER_2019_FULL", "WINDOWS_SERVER_2019_CORE",
                                            "WINDOWS_SERVER_2016_FULL", "WINDOWS_SERVER_2004_CORE",
                                            "WINDOWS_SERVER_2022_CORE", "WINDOWS_SERVER_2022_FULL",
                                            "WINDOWS_SERVER_2025_CORE", "WINDOWS_SERVER_2025_FULL",
                                            "WINDOWS_SERVER_20H2_CORE", "LINUX"});
}
constexpr core::rule_id enum_rule(os_family) noexcept { return "ECS-TD-028"; }
/// botocore ecs `TaskDefinitionStatus`.
enum class task_definition_status { active, inactive, delete_in_progress };
constexpr auto wire_names(task_definition_status) noexcept {
    return std::to_array<std::string_view>({"ACTIVE", "INACTIVE", "DELETE_IN_PROGRESS"});
}
/// botocore ecs `TargetType`.
enum class target_type { container_instance };
constexpr auto wire_names(target_type) noexcept { return std::to_array<std::string_view>({"container-instance"}); }

/// Where tasks of this definition may be placed (EC2 and EXTERNAL only).
struct task_definition_placement_constraint : core::model {
    std::optional<core::open_enum<task_definition_placement_constraint_type>> type;
    std::optional<std::string> expression; ///< cluster query language: "attribute:ecs.instance-type =~ t3.*"
    core::extra_members extra;

    static constexpr auto fields() {
        using T = task_definition_placement_constraint;
        return core::fields<core::camel_case,
                            core::field<&T::type>,
                            core::field<&T::expression>>();
    }
    friend bool operator==(const task_definition_placement_constraint&,
                           const task_definition_placement_constraint&) = default;
};

/// An App Mesh proxy (Envoy) that intercepts the task's traffic.
struct proxy_configuration : core::model {
    std::optional<core::open_enum<proxy_configuration_type>> type;
    std::string container_name; ///< the container running the proxy
    /// IgnoredUID, IgnoredGID, AppPorts, ProxyIngressPort, ProxyEgressPort, EgressIgnoredPorts, EgressIgnoredIPs
    std::optional<std::vector<key_value_pair>> properties;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = proxy_configuration;
        return core::fields<core::camel_case,
                            core::field<&T::type, core::with{.aws_default = "APPMESH"}>,
                            core::field<&T::container_name>,
                            core::field<&T::properties, core::with{.cfn = "ProxyConfigurationProperties"}>>();
    }
    friend bool operator==(const proxy_configuration&, const proxy_configuration&) = default;
};

/// An Elastic Inference accelerator (deprecated: the service is retired).
struct inference_accelerator : core::model {
    std::string device_name; ///< what a container's `resourceRequirements` refer to
    std::string device_type; ///< "eia2.medium", ...
    core::extra_members extra;

    static constexpr auto fields() {
        using T = inference_accelerator;
        return core::fields<core::camel_case,
                            core::field<&T::device_name>,
                            core::field<&T::device_type>>();
    }
    friend bool operator==(const inference_accelerator&, const inference_accelerator&) = default;
};

/// Fargate task storage beyond the default.
struct ephemeral_storage : core::model {
    core::gibibytes size_in_gib; ///< 21-200; absent storage is 20 GiB
    core::extra_members extra;

    static constexpr auto fields() { return core::fields<core::camel_case,
                                                         core::field<&ephemeral_storage::size_in_gib, core::with{.name = "sizeInGiB"}>>(); }
    friend bool operator==(const ephemeral_storage&, const ephemeral_storage&) = default;
};

/// The operating system and CPU architecture the task needs.
struct runtime_platform : core::model {
    std::optional<core::open_enum<ecs::cpu_architecture>> cpu_architecture;
    std::optional<core::open_enum<os_family>> operating_system_family;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = runtime_platform;
        return core::fields<core::camel_case,
                            core::field<&T::cpu_architecture, core::with{.aws_default = "X86_64"}>,
                            core::field<&T::operating_system_family, core::with{.aws_default = "LINUX"}>>();
    }
    friend bool operator==(const runtime_platform&, const runtime_platform&) = default;
};

/// A container instance attribute that tasks of this definition need ("com.amazonaws.ecs.capability.logging-driver.awslogs").
struct attribute : core::model {
    std::string name;
    std::optional<std::string> value;
    std::optional<core::open_enum<ecs::target_type>> target_type;
    std::optional<std::string> target_id;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = attribute;
        return core::fields<core::camel_case,
                            core::field<&T::name>,
                            core::field<&T::value>,
                            core::field<&T::target_type>,
                            core::field<&T::target_id>>();
    }
    friend bool operator==(const attribute&, const attribute&) = default;
};

/// RegisterTaskDefinition's input: what a user writes.
struct register_task_definition_request : core::model {
    /// Validation makes a request the context of its containers' rules (core/context.hpp).
    static constexpr bool encloses_context = true;

    ecs::task_family family;
    /// The role the containers' AWS calls use: a role name or a role ARN.
    std::optional<name_or_arn> task_role_arn;
    /// The role the agent uses to pull images, fetch secrets and write logs: a role ARN.
    std::optional<core::arn> execution_role_arn;
    std::optional<core::open_enum<ecs::network_mode>> network_mode; ///<  (Linux)
    std::vector<container_definition> container_definitions;
    std::optional<std::vector<volume>> volumes;
    std::optional<std::vector<task_definition_placement_constraint>> placement_constraints;
    std::optional<std::vector<core::open_enum<compatibility>>> requires_compatibilities;
    std::optional<task_cpu> cpu;       ///< required for Fargate; @default no task-level limit
    std::optional<task_memory> memory; ///< required for Fargate; @default no task-level limit
    std::optional<std::vector<tag>> tags;
    std::optional<core::open_enum<ecs::pid_mode>> pid_mode; ///< @default each container its own namespace
    std::optional<core::open_enum<ecs::ipc_mode>> ipc_mode; ///< @default Docker's (private) IPC namespace
    std::optional<ecs::proxy_configuration> proxy_configuration;
    std::optional<std::vector<inference_accelerator>> inference_accelerators;
    std::optional<ecs::ephemeral_storage> ephemeral_storage; ///< Fargate only; @default 20 GiB
    std::optional<ecs::runtime_platform> runtime_platform;
    std::optional<bool> enable_fault_injection;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = register_task_definition_request;
        return core::fields<core::camel_case,
                            core::field<&T::family>,
                            core::field<&T::task_role_arn>,
                            core::field<&T::execution_role_arn>,
                            core::field<&T::network_mode, core::with{.aws_default = "bridge"}>,
                            core::field<&T::container_definitions>,
                            core::field<&T::volumes>,
                            core::field<&T::placement_constraints>,
                            core::field<&T::requires_compatibilities, core::with{.aws_default = "EC2"}>,
                            core::field<&T::cpu>,
                            core::field<&T::memory>,
                            core::field<&T::tags, core::with{.min = 0, .max = 50}>,
                            core::field<&T::pid_mode>,
                            core::field<&T::ipc_mode>,
                            core::field<&T::proxy_configuration>,
                            core::field<&T::inference_accelerators>,
                            core::field<&T::ephemeral_storage>,
                            core::field<&T::runtime_platform>,
                            core::field<&T::enable_fault_injection, core::with{.aws_default = "false"}>>();
    }
    friend bool operator==(const register_task_definition_request&, const register_task_definition_request&) = default;
};

/// A registered task definition as ECS describes it: the request's members (none required here)
/// and the read-only ones ECS adds.
struct task_definition : core::model {
    std::optional<core::arn> task_definition_arn;
    std::optional<std::vector<container_definition>> container_definitions;
    std::optional<ecs::task_family> family;
    std::optional<name_or_arn> task_role_arn;
    std::optional<core::arn> execution_role_arn;
    std::optional<core::open_enum<ecs::network_mode>> network_mode;
    std::optional<std::int32_t> revision;
    std::optional<std::vector<volume>> volumes;
    std::optional<core::open_enum<task_definition_status>> status;
    std::optional<std::vector<attribute>> requires_attributes; ///< what ECS derived from the containers
    std::optional<std::vector<task_definition_placement_constraint>> placement_constraints;
    std::optional<std::vector<core::open_enum<compatibility>>> compatibilities; ///< where it can run, as ECS validated
    std::optional<ecs::runtime_platform> runtime_platform;
    std::optional<std::vector<core::open_enum<compatibility>>> requires_compatibilities;
    std::optional<task_cpu> cpu;       ///< as ECS stores it: CPU units ("1024")
    std::optional<task_memory> memory; ///< as ECS stores it: MiB ("2048")
    std::optional<std::vector<inference_accelerator>> inference_accelerators;
    std::optional<core::open_enum<ecs::pid_mode>> pid_mode;
    std::optional<core::open_enum<ecs::ipc_mode>> ipc_mode;
    std::optional<ecs::proxy_configuration> proxy_configuration;
    std::optional<timestamp> registered_at;
    std::optional<timestamp> deregistered_at;
    std::optional<timestamp> delete_requested_at;
    std::optional<core::arn> registered_by; ///< the principal that registered it
    std::optional<ecs::ephemeral_storage> ephemeral_storage;
    std::optional<bool> enable_fault_injection;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = task_definition;
        return core::fields<core::camel_case,
                            core::field<&T::task_definition_arn>,
                            core::field<&T::container_definitions>,
                            core::field<&T::family>,
                            core::field<&T::task_role_arn>,
                            core::field<&T::execution_role_arn>,
                            core::field<&T::network_mode>,
                            core::field<&T::revision>,
                            core::field<&T::volumes>,
                            core::field<&T::status>,
                            core::field<&T::requires_attributes>,
                            core::field<&T::placement_constraints>,
                            core::field<&T::compatibilities>,
                            core::field<&T::runtime_platform>,
                            core::field<&T::requires_compatibilities>,
                            core::field<&T::cpu>,
                            core::field<&T::memory>,
                            core::field<&T::inference_accelerators>,
                            core::field<&T::pid_mode>,
                            core::field<&T::ipc_mode>,
                            core::field<&T::proxy_configuration>,
                            core::field<&T::registered_at>,
                            core::field<&T::deregistered_at>,
                            core::field<&T::delete_requested_at>,
                            core::field<&T::registered_by>,
                            core::field<&T::ephemeral_storage>,
                            core::field<&T::enable_fault_injection>>();
    }
    friend bool operator==(const task_definition&, const task_definition&) = default;
};

/// DescribeTaskDefinition's output.
struct describe_task_definition_response : core::model {
    std::optional<ecs::task_definition> task_definition;
    std::optional<std::vector<tag>> tags; ///< only when the request asked for TAGS
    core::extra_members extra;

    static constexpr auto fields() {
        using T = describe_task_definition_response;
        return core::fields<core::camel_case,
                            core::field<&T::task_definition>,
                            core::field<&T::tags, core::with{.min = 0, .max = 50}>>();
    }
    friend bool operator==(const describe_task_definition_response&,
                           const describe_task_definition_response&) = default;
};

namespace detail {

// Copies every member of `to` that `from` has under the same wire name. A member that `to`
// requires and `from` leaves out is reported at `from`'s pointer (`at`), and stays empty.
template <class To, class From>
void copy_same_named_members(const From& from, To& to, std::string_view at, core::diagnostics& ds) {
    boost::hana::for_each(To::fields(), [&](auto tf) {
        using TF = decltype(tf);
        boost::hana::for_each(From::fields(), [&](auto ff) {
            using FF = decltype(ff);
            if constexpr (TF::name == FF::name) {
                using TV = typename TF::value_type;
                using FV = typename FF::value_type;
                auto& dst = to.*TF::member;
                const auto& src = from.*FF::member;
                if constexpr (std::is_same_v<TV, FV>) {
                    dst = src;
                } else if constexpr (core::detail::is_optional<FV> && std::is_same_v<TV, typename FV::value_type>) {
                    if (src)
                        dst = *src;
                    else
                        ds.push_back({core::cat(at, "/", FF::name), core::rules::required, core::severity::error,
                                      core::cat("the description has no \"", FF::name,
                                                "\", which RegisterTaskDefinition requires")});
                } else {
                    static_assert(sizeof(TV) == 0 && sizeof(FV) == 0, // depends on both lambdas, or clang checks it early
                                  "members of the same wire name must have the same type");
                }
            }
        });
    });
}

template <class To, class From>
constexpr std::size_t members_without_counterpart() {
    std::size_t missing = 0;
    boost::hana::for_each(To::fields(), [&](auto tf) {
        bool found = boost::hana::fold_left(From::fields(), false, [&](bool acc, auto ff) {
            return acc || decltype(tf)::name == decltype(ff)::name;
        });
        if (!found) ++missing;
    });
    return missing;
}

} // namespace detail

/// The request that registers `td` again (as a new revision of its family): every member the
/// request has is carried over and the read-only ones (taskDefinitionArn, revision, status,
/// requiresAttributes, compatibilities, registeredAt, deregisteredAt, deleteRequestedAt,
/// registeredBy) are left out, as are members this library does not know (`extra`): they could
/// be read-only. Fails when `family` or `containerDefinitions` is absent.
// A template only so that TUs which never convert do not compile the conversion.
template <std::same_as<task_definition> TD>
core::result<register_task_definition_request> to_register_request(const TD& td, std::string_view pointer = "") {
    // Every request member but `tags` (which DescribeTaskDefinition returns beside the description)
    // must be described: a member AWS adds to both shapes is then carried over without more code.
    static_assert(detail::members_without_counterpart<register_task_definition_request, TD>() == 1,
                  "a RegisterTaskDefinitionRequest member other than tags has no counterpart in TaskDefinition");
    register_task_definition_request r;
    core::diagnostics ds;
    detail::copy_same_named_members(td, r, pointer, ds);
    if (core::has_errors(ds)) return core::result<register_task_definition_request>(std::move(ds));
    return r;
}

/// The request that registers a described task definition again, with the tags of the response.
template <std::same_as<describe_task_definition_response> D>
core::result<register_task_definition_request> to_register_request(const D& d) {
    if (!d.task_definition)
        return core::result<register_task_definition_request>(core::diagnostics{
            {"/taskDefinition", core::rules::required, core::severity::error,
             "the response has no taskDefinition to register again"}});
    auto r = to_register_request(*d.task_definition, "/taskDefinition");
    if (r) r->tags = d.tags;
    return r;
}

} // namespace awsmodel::ecs

namespace awsmodel::ecs {
/// The request's rules, defined in ecs/task_definition_rules.hpp (which ecs/task_definition.hpp
/// includes, or with separate compilation awsmodel/src.hpp). Declared with the values so that
/// validating a request in a TU that lacks the rules fails to link instead of checking nothing.
void validate_rules(const register_task_definition_request& td, core::checker_like auto& c);
} // namespace awsmodel::ecs

#endif
