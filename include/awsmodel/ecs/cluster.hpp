// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_CLUSTER_HPP
#define AWSMODEL_ECS_CLUSTER_HPP

/// ECS clusters: the CreateCluster request, the Cluster description, and CreateCluster's and
/// DescribeClusters' responses.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateCluster.html
///
/// ECS-CL-015 (the per-cluster capacity provider quota; Auto Scaling group providers must exist
/// and not belong to another cluster) depends on the account's state: only the service can
/// check it, so no rule here reports it.

#include <awsmodel/core/rule_id.hpp>
#include <awsmodel/core/codec_fwd.hpp>
#include <awsmodel/shapes.hpp>
#include <awsmodel/core/arn.hpp>
#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/text.hpp>
#include <awsmodel/core/checker.hpp>
#include <awsmodel/ecs/attachment.hpp>
#include <awsmodel/ecs/capacity_provider_strategy.hpp>
#include <awsmodel/ecs/failure.hpp>
#include <awsmodel/ecs/key_value_pair.hpp>
#include <awsmodel/ecs/kms_key.hpp>
#include <awsmodel/ecs/name.hpp>
#include <awsmodel/ecs/s3_bucket_name.hpp>
#include <awsmodel/ecs/tag.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::ecs {

namespace literal_error {
void service_connect_namespace_must_be_a_name_without_angle_brackets_quotes_or_slashes_or_a_namespace_arn();
} // namespace literal_error


/// The Cloud Map namespace of Service Connect defaults: a name of up to 1024 characters without
/// `>`, `<`, `"` or `/`, or a namespace ARN (ECS-CL-017).
struct service_connect_namespace_policy {
    static constexpr core::rule_id rule = "ECS-CL-017";
    static constexpr int check(std::string_view s) noexcept {
        if (s.starts_with("arn:")) {
            auto a = core::parse_arn(s);
            if (!a || a->service != "servicediscovery" || !a->resource.starts_with("namespace/") ||
                a->resource.size() == 10)
                return 4;
            return 0;
        }
        if (s.empty()) return 1;
        if (s.size() > 1024) return 2;
        if (s.find_first_of("<>\"/") != std::string_view::npos) return 3;
        return 0;
    }
    static constexpr void literal_failed(int problem) {
        if (problem)
            literal_error::service_connect_namespace_must_be_a_name_without_angle_brackets_quotes_or_slashes_or_a_namespace_arn();
    }
    static std::string message(int problem, std::string_view s) {
        using core::cat;
        switch (problem) {
        case 1: return "the Service Connect namespace is empty: name a Cloud Map namespace or give its ARN";
        case 2: return cat("a namespace name is at most 1024 characters; this one has ", s.size());
        case 3:
            return cat("\"", s, "\" is not a namespace name: it may not hold >, <, \" or /; for an existing "
                                "namespace give its full ARN");
        default:
            return cat("\"", s,
                       "\" is not a Cloud Map namespace ARN: expected "
                       "arn:<partition>:servicediscovery:<region>:<account>:namespace/ns-...");
        }
    }
};
using service_connect_namespace = core::text<service_connect_namespace_policy>;

/// The KMS key members of a cluster's configuration (ECS-CL-008).
using cluster_kms_key = kms_key<"ECS-CL-008">;
/// The S3 bucket of execute-command logs (ECS-CL-007).
using log_bucket_name = s3_bucket_name<"ECS-CL-007">;

/// botocore ecs `ClusterSettingName`.
enum class cluster_setting_name { container_insights };
constexpr auto wire_names(cluster_setting_name) noexcept {
    return std::to_array<std::string_view>({"containerInsights"});
}
constexpr core::rule_id enum_rule(cluster_setting_name) noexcept { return "ECS-CL-003"; }

/// The values of the containerInsights setting (the model types `value` as a plain string).
inline constexpr std::array<std::string_view, 3> container_insights_values{"enhanced", "enabled", "disabled"};

/// botocore ecs `ExecuteCommandLogging`.
enum class execute_command_logging { none, default_, override };
constexpr auto wire_names(execute_command_logging) noexcept {
    return std::to_array<std::string_view>({"NONE", "DEFAULT", "OVERRIDE"});
}
constexpr core::rule_id enum_rule(execute_command_logging) noexcept { return "ECS-CL-004"; }

/// One cluster setting; today only containerInsights.
struct cluster_setting : core::model {
    std::optional<core::open_enum<cluster_setting_name>> name;
    std::optional<std::string> value; ///< enhanced, enabled or disabled; @default the account's containerInsights setting
    core::extra_members extra;

    static constexpr auto fields() {
        using T = cluster_setting;
        return core::fields<core::camel_case,
                            core::field<&T::name>,
                            core::field<&T::value>>();
    }
    friend bool operator==(const cluster_setting&, const cluster_setting&) = default;
};

/// Where ECS Exec sessions are logged when `logging` is OVERRIDE.
struct execute_command_log_configuration : core::model {
    std::optional<std::string> cloud_watch_log_group_name; ///< the group must exist
    std::optional<bool> cloud_watch_encryption_enabled;    ///< needs the group
    std::optional<ecs::log_bucket_name> s3_bucket_name;     ///< the bucket must exist
    std::optional<bool> s3_encryption_enabled;             ///< needs the bucket
    std::optional<std::string> s3_key_prefix;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = execute_command_log_configuration;
        return core::fields<core::camel_case,
                            core::field<&T::cloud_watch_log_group_name>,
                            core::field<&T::cloud_watch_encryption_enabled, core::with{.aws_default = "false"}>,
                            core::field<&T::s3_bucket_name>,
                            core::field<&T::s3_encryption_enabled, core::with{.aws_default = "false"}>,
                            core::field<&T::s3_key_prefix>>();
    }
    friend bool operator==(const execute_command_log_configuration&, const execute_command_log_configuration&) = default;
};

/// ECS Exec: the key that encrypts sessions and where they are logged.
struct execute_command_configuration : core::model {
    std::optional<cluster_kms_key> kms_key_id;
    std::optional<core::open_enum<execute_command_logging>> logging; ///<  (the task's awslogs configuration)
    std::optional<execute_command_log_configuration> log_configuration; ///< with OVERRIDE only, and then required
    core::extra_members extra;

    static constexpr auto fields() {
        using T = execute_command_configuration;
        return core::fields<core::camel_case,
                            core::field<&T::kms_key_id>,
                            core::field<&T::logging, core::with{.aws_default = "DEFAULT"}>,
                            core::field<&T::log_configuration>>();
    }
    friend bool operator==(const execute_command_configuration&, const execute_command_configuration&) = default;
};

/// Keys for the storage ECS manages: EBS volumes attached to tasks and Fargate ephemeral storage.
/// Both must be single-Region keys.
struct managed_storage_configuration : core::model {
    std::optional<cluster_kms_key> kms_key_id;
    std::optional<cluster_kms_key> fargate_ephemeral_storage_kms_key_id; ///< @default an AWS owned key
    core::extra_members extra;

    static constexpr auto fields() {
        using T = managed_storage_configuration;
        return core::fields<core::camel_case,
                            core::field<&T::kms_key_id>,
                            core::field<&T::fargate_ephemeral_storage_kms_key_id>>();
    }
    friend bool operator==(const managed_storage_configuration&, const managed_storage_configuration&) = default;
};

/// botocore ecs `ClusterConfiguration`.
struct cluster_configuration : core::model {
    std::optional<ecs::execute_command_configuration> execute_command_configuration;
    std::optional<ecs::managed_storage_configuration> managed_storage_configuration;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = cluster_configuration;
        return core::fields<core::camel_case,
                            core::field<&T::execute_command_configuration>,
                            core::field<&T::managed_storage_configuration>>();
    }
    friend bool operator==(const cluster_configuration&, const cluster_configuration&) = default;
};

/// The Service Connect namespace new services of the cluster join (CreateCluster's form, where
/// the namespace is required).
struct cluster_service_connect_defaults_request : core::model {
    service_connect_namespace namespace_; ///< a name (created when new) or a namespace ARN
    core::extra_members extra;

    static constexpr auto fields() {
        using T = cluster_service_connect_defaults_request;
        return core::fields<core::camel_case,
                            core::field<&T::namespace_>>();
    }
    friend bool operator==(const cluster_service_connect_defaults_request&,
                           const cluster_service_connect_defaults_request&) = default;
};

/// The Service Connect defaults as a description reports them (the namespace's ARN).
struct cluster_service_connect_defaults : core::model {
    std::optional<service_connect_namespace> namespace_;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = cluster_service_connect_defaults;
        return core::fields<core::camel_case,
                            core::field<&T::namespace_>>();
    }
    friend bool operator==(const cluster_service_connect_defaults&, const cluster_service_connect_defaults&) = default;
};

/// CreateCluster's input.
struct create_cluster_request : core::model {
    std::optional<ecs::cluster_name> cluster_name;
    std::optional<std::vector<tag>> tags;
    std::optional<std::vector<cluster_setting>> settings;
    std::optional<cluster_configuration> configuration;
    std::optional<std::vector<std::string>> capacity_providers; ///< FARGATE, FARGATE_SPOT or providers you created
    std::optional<capacity_provider_strategy> default_capacity_provider_strategy; ///< @default none: tasks need a launch type or strategy
    std::optional<cluster_service_connect_defaults_request> service_connect_defaults;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = create_cluster_request;
        return core::fields<core::camel_case,
                            core::field<&T::cluster_name, core::with{.aws_default = "default"}>,
                            core::field<&T::tags, core::with{.min = 0, .max = 50}>,
                            core::field<&T::settings, core::with{.cfn = "ClusterSettings"}>,
                            core::field<&T::configuration>,
                            core::field<&T::capacity_providers>,
                            core::field<&T::default_capacity_provider_strategy>,
                            core::field<&T::service_connect_defaults>>();
    }
    friend bool operator==(const create_cluster_request&, const create_cluster_request&) = default;
};

/// A cluster as CreateCluster, DescribeClusters and the other cluster calls return it.
struct cluster : core::model {
    std::optional<core::arn> cluster_arn;
    std::optional<ecs::cluster_name> cluster_name;
    std::optional<cluster_configuration> configuration;
    std::optional<std::string> status; ///< ACTIVE, PROVISIONING, DEPROVISIONING, FAILED, INACTIVE
    std::optional<std::int32_t> registered_container_instances_count;
    std::optional<std::int32_t> running_tasks_count;
    std::optional<std::int32_t> pending_tasks_count;
    std::optional<std::int32_t> active_services_count;
    std::optional<std::vector<key_value_pair>> statistics; ///< only when DescribeClusters asks for STATISTICS
    std::optional<std::vector<tag>> tags;                  ///< only when DescribeClusters asks for TAGS
    std::optional<std::vector<cluster_setting>> settings;
    std::optional<std::vector<std::string>> capacity_providers;
    std::optional<capacity_provider_strategy> default_capacity_provider_strategy;
    std::optional<std::vector<attachment>> attachments;
    std::optional<std::string> attachments_status; ///< UPDATE_IN_PROGRESS, UPDATE_COMPLETE, UPDATE_FAILED
    std::optional<cluster_service_connect_defaults> service_connect_defaults;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = cluster;
        return core::fields<core::camel_case,
                            core::field<&T::cluster_arn>,
                            core::field<&T::cluster_name>,
                            core::field<&T::configuration>,
                            core::field<&T::status>,
                            core::field<&T::registered_container_instances_count>,
                            core::field<&T::running_tasks_count>,
                            core::field<&T::pending_tasks_count>,
                            core::field<&T::active_services_count>,
                            core::field<&T::statistics>,
                            core::field<&T::tags, core::with{.min = 0, .max = 50}>,
                            core::field<&T::settings>,
                            core::field<&T::capacity_providers>,
                            core::field<&T::default_capacity_provider_strategy>,
                            core::field<&T::attachments>,
                            core::field<&T::attachments_status>,
                            core::field<&T::service_connect_defaults>>();
    }
    friend bool operator==(const cluster&, const cluster&) = default;
};

/// CreateCluster's output (also the output of DeleteCluster, UpdateCluster,
/// UpdateClusterSettings and PutClusterCapacityProviders).
struct create_cluster_response : core::model {
    std::optional<ecs::cluster> cluster;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = create_cluster_response;
        return core::fields<core::camel_case,
                            core::field<&T::cluster>>();
    }
    friend bool operator==(const create_cluster_response&, const create_cluster_response&) = default;
};

/// DescribeClusters' output: the clusters found and one failure per name that was not.
struct describe_clusters_response : core::model {
    std::optional<std::vector<ecs::cluster>> clusters;
    std::optional<std::vector<failure>> failures;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = describe_clusters_response;
        return core::fields<core::camel_case,
                            core::field<&T::clusters>,
                            core::field<&T::failures>>();
    }
    friend bool operator==(const describe_clusters_response&, const describe_clusters_response&) = default;
};

/// ECS-CL-003: a setting names containerInsights (the enum reports other names) and has one of
/// its values.
inline void validate_rules(const cluster_setting& s, core::checker_like auto& c) {
    using core::cat;
    if (!s.name)
        c.error("ECS-CL-003", core::member<&cluster_setting::name>,
                "a cluster setting needs a name: containerInsights");
    if (!s.value) {
        c.error("ECS-CL-003", core::member<&cluster_setting::value>,
                "a cluster setting needs a value: enhanced, enabled or disabled");
    } else if (s.name && *s.name == cluster_setting_name::container_insights &&
               std::find(container_insights_values.begin(), container_insights_values.end(), *s.value) ==
                   container_insights_values.end()) {
        c.error("ECS-CL-003", core::member<&cluster_setting::value>,
                cat("\"", *s.value, "\" is not a containerInsights value; allowed: enhanced|enabled|disabled "
                                    "(lower case)"));
    }
}

/// ECS-CL-005: logConfiguration goes with OVERRIDE, and OVERRIDE needs it.
inline void validate_rules(const execute_command_configuration& e, core::checker_like auto& c) {
    bool override_ = e.logging && *e.logging == execute_command_logging::override;
    if (override_ && !e.log_configuration)
        c.error("ECS-CL-005", core::member<&execute_command_configuration::log_configuration>,
                "logging OVERRIDE needs a logConfiguration naming a CloudWatch log group or an S3 bucket");
    else if (!override_ && e.log_configuration && (!e.logging || e.logging->is_known()))
        c.error("ECS-CL-005", core::member<&execute_command_configuration::log_configuration>,
                core::cat("a logConfiguration is used only with logging OVERRIDE; logging is ",
                          e.logging ? e.logging->wire_view() : std::string_view("DEFAULT (absent)"),
                          ": set \"logging\": \"OVERRIDE\" or remove logConfiguration"));
}

/// ECS-CL-006: an encryption flag needs the destination it encrypts.
inline void validate_rules(const execute_command_log_configuration& l, core::checker_like auto& c) {
    using L = execute_command_log_configuration;
    if (l.s3_encryption_enabled.value_or(false) && !l.s3_bucket_name)
        c.error("ECS-CL-006", core::member<&L::s3_encryption_enabled>,
                "s3EncryptionEnabled is true but no s3BucketName is given: name the bucket or drop the flag");
    if (l.cloud_watch_encryption_enabled.value_or(false) && !l.cloud_watch_log_group_name)
        c.error("ECS-CL-006", core::member<&L::cloud_watch_encryption_enabled>,
                "cloudWatchEncryptionEnabled is true but no cloudWatchLogGroupName is given: name the log group or "
                "drop the flag");
}

/// ECS-CL-008: managed storage takes single-Region keys only (the form is the key type's check).
inline void validate_rules(const managed_storage_configuration& m, core::checker_like auto& c) {
    auto single_region = [&c](const std::optional<cluster_kms_key>& k, core::member_token member) {
        if (k && cluster_kms_key::policy::check(k->view()) == 0 && names_multi_region_key(k->view()))
            c.error("ECS-CL-008", member,
                    core::cat("\"", k->view(), "\" is a multi-Region key; managed storage needs a single-Region key"));
    };
    single_region(m.kms_key_id, core::member<&managed_storage_configuration::kms_key_id>);
    single_region(m.fargate_ephemeral_storage_kms_key_id,
                  core::member<&managed_storage_configuration::fargate_ephemeral_storage_kms_key_id>);
}

namespace detail {

// The rules a cluster's own members follow, in a request and in a description alike: `r` is a
// create_cluster_request or a cluster, which name these members alike.
template <class R>
void check_cluster(const R& r, bool providers_stated, core::checker_like auto& c) {
    using core::cat;
    const std::optional<std::vector<cluster_setting>>& settings = r.settings;
    const std::optional<std::vector<std::string>>& providers = r.capacity_providers;
    const std::optional<capacity_provider_strategy>& strategy = r.default_capacity_provider_strategy;
    if (settings) {
        for (std::size_t i = 1; i < settings->size(); ++i) {
            const auto& n = (*settings)[i].name;
            for (std::size_t j = 0; j < i && n; ++j)
                if ((*settings)[j].name == n) {
                    c.error("ECS-CL-003",
                            core::pointer(core::member<&R::settings>, i, core::member<&cluster_setting::name>),
                            cat("the setting ", n->wire_view(), " is already given at /settings/", j,
                                "; give each setting once"));
                    break;
                }
        }
    }
    if (providers) {
        for (std::size_t i = 1; i < providers->size(); ++i)
            for (std::size_t j = 0; j < i; ++j)
                if ((*providers)[i] == (*providers)[j]) {
                    c.error("ECS-CL-016", core::pointer(core::member<&R::capacity_providers>, i),
                            cat("\"", (*providers)[i], "\" is already listed at /capacityProviders/", j,
                                "; list each capacity provider once"));
                    break;
                }
    }
    if (strategy) {
        static const std::vector<std::string> none;
        const std::vector<std::string>* associated = providers ? &*providers : providers_stated ? &none : nullptr;
        const std::string member = core::pointer(core::member<&R::default_capacity_provider_strategy>);
        check_capacity_provider_strategy(*strategy, c, member, default_strategy_rules, associated);
    }
}

} // namespace detail

/// ECS-CL-002, -003 (repeats), -009..014, -016; the member types and nested shapes report
/// ECS-CL-001, -003..008 and -017.
inline void validate_rules(const create_cluster_request& r, core::checker_like auto& c) {
    check_tags(r.tags, c, "ECS-CL-002", core::member<&create_cluster_request::tags>);
    // A request states every provider it associates: a strategy naming another one is an error.
    detail::check_cluster(r, true, c);
}

/// The request's rules, except tags: descriptions carry the tags AWS itself adds
/// (aws:cloudformation:stack-name, ...), which requests may not. A description without
/// capacityProviders says nothing about them, so association is checked only when it lists them.
inline void validate_rules(const cluster& r, core::checker_like auto& c) {
    detail::check_cluster(r, false, c);
}

} // namespace awsmodel::ecs

// The codecs of the shapes awsmodel/shapes.hpp lists for this header, extern with separate compilation.
AWSMODEL_EXTERN_CODECS(AWSMODEL_SHAPES_ECS_CLUSTER);

#endif
