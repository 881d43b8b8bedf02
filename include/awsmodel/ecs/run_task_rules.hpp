// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_RUN_TASK_RULES_HPP
#define AWSMODEL_ECS_RUN_TASK_RULES_HPP

/// The rules of RunTask and StartTask, whose values are in ecs/run_task_model.hpp; ecs/run_task.hpp
/// includes both.
///
/// Why a header of its own: the rules are several hundred lines and need documents the shapes do
/// not (the task definition's values, the cluster), while the shapes are included by the response
/// shapes and the service code that never validates a request. Why run_task.hpp still includes it
/// always (unlike the task definition's rules, which separate compilation leaves to src.hpp): the
/// rules are small next to the task definition's, so there is no declared-only mode, and validating
/// a RunTask request can never silently skip them.
///
/// Rules that need the task definition read it from the validation context, as any of
/// `ecs::task_definition` (the description), `ecs::describe_task_definition_response` or
/// `ecs::register_task_definition_request`, and count it only when it is the one the request names
/// (same family, and same revision when both state one); without it they are skipped:
///
///   core::validation_context context{described_task_definition};
///   auto findings = core::validate(run_task, context);
///
/// The rules, catalogued as ../shared/rules.md section 4 does (check: C the request alone, R with
/// a document of the context, S the service only). "RT" applies to RunTask, "ST" to StartTask.
///
/// | id | what | source | check | applies |
/// |---|---|---|---|---|
/// | ECS-RT-001 taskDefinition is family, family:revision (revision a positive number) or a task definition ARN | BM-ECS RunTaskRequest.taskDefinition | C | RT ST |
/// | ECS-RT-002 count is 1-10 | BM-ECS RunTaskRequest.count | C | RT |
/// | ECS-RT-003 launchType is not MANAGED_INSTANCES (that takes a capacity provider strategy); other unknown values are the enumeration's AWSMODEL-ENUM | BM-ECS LaunchType, RunTaskRequest.launchType | C | RT |
/// | ECS-RT-004 launchType and capacityProviderStrategy exclude each other | BM-ECS RunTaskRequest.capacityProviderStrategy | C | RT |
/// | ECS-RT-005 the strategy: <=20 items, capacityProvider given, weight 0-1000, base 0-100000, one base, a positive weight, no Fargate and Auto Scaling providers mixed | BM-ECS CapacityProviderStrategyItem (as ECS-CL-009..012, -014) | C | RT |
/// | ECS-RT-006 awsvpcConfiguration.subnets: 1-16 | BM-ECS AwsVpcConfiguration.subnets | C (S: one VPC, existence) | RT ST |
/// | ECS-RT-007 awsvpcConfiguration.securityGroups: at most 5 | BM-ECS AwsVpcConfiguration.securityGroups | C (S: same VPC) | RT ST |
/// | ECS-RT-008 assignPublicIp ENABLED only for Fargate (an error with launchType EC2 or EXTERNAL, and in StartTask) | BM-ECS AwsVpcConfiguration.assignPublicIp | C | RT ST |
/// | ECS-RT-009 networkConfiguration given when the task definition's networkMode is awsvpc, and only then | BM-ECS RunTaskRequest.networkConfiguration | R (task definition) | RT ST |
/// | ECS-RT-010 placementConstraints: a type; memberOf with a cluster query expression (<=2000), distinctInstance without; at most 10 with the task definition's | BM-ECS PlacementConstraint; ECS-CQL | C, R for the count | RT |
/// | ECS-RT-011 placementStrategy: at most 5; a type; binpack field cpu or memory; spread field instanceId, host or attribute:<name>; random no field | BM-ECS PlacementStrategy | C | RT |
/// | ECS-RT-012 no placement constraints or strategy for Fargate (launchType FARGATE, or a strategy of Fargate providers only) | ECS placement guide | C | RT |
/// | ECS-RT-013 propagateTags is not SERVICE | BM-ECS RunTaskRequest.propagateTags | C | RT |
/// | ECS-RT-014 startedBy: up to 128 letters, digits, - / _ | BM-ECS RunTaskRequest.startedBy | C | RT ST |
/// | ECS-RT-015 clientToken: up to 64 characters of ASCII 33-126 | BM-ECS RunTaskRequest.clientToken | C | RT |
/// | ECS-RT-016 tags follow the ECS tag rules (COMMON-005) | BM-ECS Tags | C | RT ST |
/// | ECS-RT-017 overrides are at most 8192 bytes as JSON | BM-ECS RunTaskRequest.overrides | C | RT ST |
/// | ECS-RT-018 containerOverrides[].name given, and a container of the task definition | BM-ECS ContainerOverride.name | C, R for the match | RT ST |
/// | ECS-RT-019 overrides.ephemeralStorage.sizeInGiB 21-200 | BM-ECS EphemeralStorage | C | RT ST |
/// | ECS-RT-020 the effective Fargate size (overrides over the task definition) is a row of the Fargate table | BM-ECS TaskOverride; ECS-SIZE | C with both overrides, else R | RT |
/// | ECS-RT-021 enableExecuteCommand needs a task role (overrides.taskRoleArn or the task definition's taskRoleArn) | BM-ECS RunTaskRequest.enableExecuteCommand | R (S: the role's permissions) | RT ST |
/// | ECS-RT-022 volumeConfigurations: a name, a configuredAtLaunch volume of the task definition; size or snapshot; per-type size, IOPS and throughput limits as the ECS text states them; volumeInitializationRate 100-300 with a snapshot; tag keys AmazonECSCreated and AmazonECSManaged reserved | BM-ECS TaskManagedEBSVolumeConfiguration | C, R for the name | RT ST |
/// | ECS-RT-023 platformVersion only for Fargate (launchType EC2 or EXTERNAL, or a task definition that cannot run on Fargate) | BM-ECS RunTaskRequest.platformVersion | C, R | RT |
/// | ECS-RT-024 cluster is a cluster name (ECS-CL-001's characters) or a cluster ARN | BM-ECS RunTaskRequest.cluster | C (S: existence) | RT ST |
/// | ECS-RT-025 launchType is one the task definition is compatible with (its compatibilities, or for FARGATE its requiresCompatibilities) | BM-ECS RunTaskRequest.launchType, TaskDefinition.compatibilities; ECS-LT | R (task definition) | RT |
/// | ECS-RT-026 strategy providers are capacity providers of the cluster | BM-ECS RunTaskRequest.capacityProviderStrategy ("must already be associated with the cluster") | R (cluster) | RT |
/// | ECS-RT-027 StartTask containerInstances: 1-10 | BM-ECS StartTaskRequest.containerInstances | C | ST |
///
/// Checked by the member types, not here: unknown enumeration values (AWSMODEL-ENUM; the launch
/// type, public IP, placement, propagateTags, file system and tag resource type enumerations are
/// shared with the service and task shapes, so they keep the generic id rather than a RunTask id),
/// subnet and security group id forms (COMMON-003), the override cpu and memory strings (ECS-TD-009,
/// -010: the task definition's forms), container override names' characters (ECS-TD-061).
///
/// Not checked (S, the service only): that the subnets and security groups exist and share a VPC
/// (part of ECS-RT-006/-007), that the cluster and task definition exist (ECS-RT-001, -024), that
/// the task role may open ECS Exec channels (ECS-RT-021), the public IP making sense for the
/// subnets (ECS-RT-008), account quotas. No row of section 4 is S alone.
///
/// BM-ECS: https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html,
///   .../API_StartTask.html, .../API_TaskOverride.html, .../API_TaskManagedEBSVolumeConfiguration.html
/// ECS-CQL: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cluster-query-language.html
/// ECS-SIZE: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html
/// ECS-LT: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/launch_types.html
/// ECS placement guide: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement.html

#include <awsmodel/core/arn.hpp>
#include <awsmodel/core/checker.hpp>
#include <awsmodel/core/codec_fwd.hpp>
#include <awsmodel/ecs/capacity_provider_strategy.hpp>
#include <awsmodel/ecs/cluster.hpp>
#include <awsmodel/ecs/cluster_query.hpp>
#include <awsmodel/ecs/fargate.hpp>
#include <awsmodel/ecs/managed_ebs_rules.hpp>
#include <awsmodel/ecs/name.hpp>
#include <awsmodel/ecs/run_task_model.hpp>
#include <awsmodel/ecs/tag.hpp>
#include <awsmodel/ecs/task_definition_model.hpp>
#include <awsmodel/ecs/task_definition_ref.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::ecs {

/// RunTask's capacity provider strategy: ECS-RT-005 for the shape, ECS-RT-026 for association.
inline constexpr strategy_rule_ids run_task_strategy_rules{"ECS-RT-005", "ECS-RT-005", "ECS-RT-005",
                                                           "ECS-RT-005", "ECS-RT-026", "ECS-RT-005"};

/// Limits of RunTask and StartTask, as the ECS API reference states them (2026-11).
namespace run_task_limits {
inline constexpr std::int32_t max_count = 10;
inline constexpr std::size_t max_subnets = 16;
inline constexpr std::size_t max_security_groups = 5;
inline constexpr std::size_t max_placement_constraints = 10; ///< with the task definition's
inline constexpr std::size_t max_placement_strategies = 5;
inline constexpr std::size_t max_started_by = 128;
inline constexpr std::size_t max_client_token = 64;
inline constexpr std::size_t max_overrides_bytes = 8192;
inline constexpr std::int64_t min_ephemeral_gib = 21, max_ephemeral_gib = 200;
inline constexpr std::size_t max_container_instances = 10;
inline constexpr std::int32_t min_initialization_rate = managed_ebs_min_initialization_rate,
                               max_initialization_rate = managed_ebs_max_initialization_rate;
} // namespace run_task_limits

/// RunTask and StartTask report every managed EBS finding under ECS-RT-022.
inline constexpr managed_ebs_rule_ids run_task_ebs_rules{"ECS-RT-022", "ECS-RT-022", "ECS-RT-022",
                                                          "ECS-RT-022", "ECS-RT-022", "ECS-RT-022"};

namespace run_task_detail {

using core::cat;

// task_definition_ref and parse_task_definition, the reference forms, are shared with the
// services' ECS-SV-006 (ecs/task_definition_ref.hpp).

/// What the rules read of a task definition, whichever document gave it.
struct td_facts {
    const char* document = "";  ///< how messages name it
    const std::optional<core::open_enum<ecs::network_mode>>* network_mode = nullptr;
    const std::vector<core::open_enum<compatibility>>* requires_compatibilities = nullptr;
    const std::vector<core::open_enum<compatibility>>* compatibilities = nullptr; ///< the description's
    const std::vector<container_definition>* containers = nullptr;
    const std::optional<name_or_arn>* task_role = nullptr;
    const std::optional<task_cpu>* cpu = nullptr;
    const std::optional<task_memory>* memory = nullptr;
    std::size_t placement_constraints = 0;
    const std::vector<volume>* volumes = nullptr;
    bool windows = false;
};

template <class V>
const V* ptr(const std::optional<V>& o) noexcept {
    return o ? &*o : nullptr;
}

template <class TD>
td_facts facts_of(const TD& td, const char* document) {
    td_facts f;
    f.document = document;
    f.network_mode = &td.network_mode;
    f.requires_compatibilities = ptr(td.requires_compatibilities);
    if constexpr (requires { td.compatibilities; }) f.compatibilities = ptr(td.compatibilities);
    if constexpr (requires { td.container_definitions.size(); }) f.containers = &td.container_definitions;
    else f.containers = ptr(td.container_definitions);
    f.task_role = &td.task_role_arn;
    f.cpu = &td.cpu;
    f.memory = &td.memory;
    f.placement_constraints = td.placement_constraints ? td.placement_constraints->size() : 0;
    f.volumes = ptr(td.volumes);
    f.windows = td.runtime_platform && td.runtime_platform->operating_system_family &&
                td.runtime_platform->operating_system_family->wire_view().starts_with("WINDOWS_");
    return f;
}

/// Whether `td` is the task definition `ref` names: the same family, and the same revision when
/// both state one (a family alone means the latest revision, which the given one is taken to be).
template <class TD>
bool is_named(const TD& td, const task_definition_ref& ref) {
    if (!td.family || std::string_view(*td.family) != ref.family) return false;
    if constexpr (requires { td.revision; })
        if (ref.revision && td.revision && *td.revision != *ref.revision) return false;
    return true;
}
inline bool is_named(const register_task_definition_request& td, const task_definition_ref& ref) {
    return std::string_view(td.family) == ref.family;
}

/// The task definition of the context that the request names, or nothing.
inline std::optional<td_facts> task_definition_named(std::string_view text, const core::checker& c) {
    std::string problem;
    auto ref = parse_task_definition(text, problem);
    if (!ref) return std::nullopt;
    if (const auto* td = c.document<task_definition>(); td && is_named(*td, *ref))
        return facts_of(*td, "task definition");
    if (const auto* d = c.document<describe_task_definition_response>();
        d && d->task_definition && is_named(*d->task_definition, *ref))
        return facts_of(*d->task_definition, "task definition");
    if (const auto* r = c.document<register_task_definition_request>(); r && is_named(*r, *ref))
        return facts_of(*r, "task definition");
    return std::nullopt;
}

/// The cluster of the context that the request names (by name or ARN; no name is the default
/// cluster), or nothing.
inline const cluster* cluster_named(const std::optional<name_or_arn>& name, const core::checker& c) {
    const std::string_view wanted = name ? name->view() : std::string_view("default");
    auto is_it = [&](const cluster& cl) {
        if (wanted.starts_with("arn:")) return cl.cluster_arn && cl.cluster_arn->view() == wanted;
        return cl.cluster_name && std::string_view(*cl.cluster_name) == wanted;
    };
    if (const auto* cl = c.document<cluster>(); cl && is_it(*cl)) return cl;
    if (const auto* d = c.document<describe_clusters_response>(); d && d->clusters)
        for (const cluster& cl : *d->clusters)
            if (is_it(cl)) return &cl;
    return nullptr;
}

inline std::string compatibility_list(const std::vector<core::open_enum<compatibility>>& v) {
    std::string s;
    for (const auto& e : v) s += cat(s.empty() ? "" : ", ", e.wire_view());
    return s.empty() ? std::string("empty") : s;
}

inline bool contains(const std::vector<core::open_enum<compatibility>>& v, compatibility x) {
    return std::any_of(v.begin(), v.end(), [&](const auto& e) { return e == x; });
}

/// Where the task runs, as far as the request says: its launch type, or Fargate for a strategy of
/// Fargate providers only.
struct launch {
    std::optional<launch_type> type;
    bool fargate = false;
};

inline launch launch_of(const std::optional<core::open_enum<launch_type>>& lt,
                        const std::optional<capacity_provider_strategy>& s) {
    launch l;
    if (lt) l.type = lt->known();
    if (l.type) l.fargate = *l.type == launch_type::fargate;
    else if (!lt && s && !s->empty())
        l.fargate = std::all_of(s->begin(), s->end(),
                                [](const capacity_provider_strategy_item& i) { return is_fargate_provider(i.capacity_provider); });
    return l;
}

// ECS-RT-024: the cluster name or ARN.
inline void check_cluster_ref(const std::optional<name_or_arn>& cluster, core::checker_like auto& c, core::member_token at) {
    if (!cluster) return;
    std::string_view s = cluster->view();
    if (s.starts_with("arn:")) {
        auto a = core::parse_arn(s);
        if (!a || a->service != "ecs" || !a->resource.starts_with("cluster/") || names::check(a->resource.substr(8)))
            c.error("ECS-RT-024", at,
                    cat("\"", s, "\" is not a cluster ARN: expected arn:<partition>:ecs:<region>:<account>:cluster/<name>"));
    } else if (int p = names::check(s)) {
        c.error("ECS-RT-024", at, names::message("cluster name", p, s) + "; or give the cluster's ARN");
    }
}

// ECS-RT-014
inline void check_started_by(const std::optional<std::string>& s, core::checker_like auto& c, core::member_token at) {
    if (!s) return;
    if (s->size() > run_task_limits::max_started_by)
        c.error("ECS-RT-014", at, cat("startedBy is at most ", run_task_limits::max_started_by, " characters; this one has ", s->size()));
    auto allowed = [](char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '/' || ch == '_';
    };
    auto bad = std::find_if_not(s->begin(), s->end(), allowed);
    if (bad != s->end())
        c.error("ECS-RT-014", at,
                cat("startedBy \"", s->substr(0, 80), "\" has '", std::string(1, *bad), "' at position ", bad - s->begin(),
                    "; it takes letters, digits, hyphens, forward slashes and underscores only"));
}

// ECS-RT-006..008: the awsvpc configuration of either request.
template <class R>
void check_network(const R& r, const launch& l, bool start_task, core::checker_like auto& c) {
    if (!r.network_configuration || !r.network_configuration->awsvpc_configuration) return;
    using N = network_configuration;
    using A = aws_vpc_configuration;
    const A& a = *r.network_configuration->awsvpc_configuration;
    auto at = [](auto m) { return core::pointer(core::member<&R::network_configuration>, core::member<&N::awsvpc_configuration>, m); };
    if (a.subnets.empty())
        c.error("ECS-RT-006", at(core::member<&A::subnets>), "subnets is empty: give 1-16 subnet ids of the task's VPC");
    else if (a.subnets.size() > run_task_limits::max_subnets)
        c.error("ECS-RT-006", at(core::member<&A::subnets>),
                cat("at most ", run_task_limits::max_subnets, " subnets; this configuration has ", a.subnets.size()));
    if (a.security_groups && a.security_groups->size() > run_task_limits::max_security_groups)
        c.error("ECS-RT-007", at(core::member<&A::security_groups>),
                cat("at most ", run_task_limits::max_security_groups, " security groups; this configuration has ",
                    a.security_groups->size()));
    if (a.assign_public_ip && *a.assign_public_ip == assign_public_ip::enabled) {
        if (start_task)
            c.error("ECS-RT-008", at(core::member<&A::assign_public_ip>),
                    "assignPublicIp ENABLED is for Fargate tasks; StartTask places tasks on container instances, whose "
                    "task interfaces get no public address: use DISABLED");
        else if (l.type && (*l.type == launch_type::ec2 || *l.type == launch_type::external))
            c.error("ECS-RT-008", at(core::member<&A::assign_public_ip>),
                    cat("assignPublicIp ENABLED is for Fargate tasks; with launchType ",
                        *l.type == launch_type::ec2 ? "EC2" : "EXTERNAL", " use DISABLED (and a NAT gateway for outbound access)"));
    }
}

// ECS-RT-009: networkConfiguration against the task definition's networkMode.
template <class R>
void check_network_mode(const R& r, const td_facts& td, core::checker_like auto& c) {
    const auto& mode = *td.network_mode;
    if (mode && *mode == network_mode::awsvpc && !r.network_configuration)
        c.error("ECS-RT-009", core::member<&R::network_configuration>,
                "the task definition's networkMode is awsvpc, so the request needs a networkConfiguration with the "
                "task's subnets (awsvpcConfiguration)");
    else if (mode && mode->is_known() && *mode != network_mode::awsvpc && r.network_configuration)
        c.error("ECS-RT-009", core::member<&R::network_configuration>,
                cat("the task definition's networkMode is ", mode->wire_view(),
                    "; networkConfiguration is for awsvpc task definitions only: remove it"));
}

// ECS-RT-017..021: the overrides of either request.
template <class R>
void check_overrides(const R& r, const std::optional<td_facts>& td, const launch& l, core::checker_like auto& c) {
    using O = task_override;
    using CO = container_override;
    constexpr auto overrides = core::member<&R::overrides>;
    if (r.enable_execute_command.value_or(false) && td && !(r.overrides && r.overrides->task_role_arn) && !*td->task_role)
        c.error("ECS-RT-021", core::member<&R::enable_execute_command>,
                "enableExecuteCommand needs a task role, and the task definition's taskRoleArn is absent (nor do the "
                "overrides give one): add a task role allowed the ssmmessages actions");
    if (!r.overrides) return;
    const O& o = *r.overrides;
    const std::size_t size = core::detail::encoded_size(o);
    if (size > run_task_limits::max_overrides_bytes)
        c.error("ECS-RT-017", overrides,
                cat("the overrides are ", size, " bytes as JSON; ECS takes at most ", run_task_limits::max_overrides_bytes,
                    ": move long environment values to environmentFiles"));
    if (o.container_overrides)
        for (std::size_t i = 0; i < o.container_overrides->size(); ++i) {
            const CO& co = (*o.container_overrides)[i];
            const std::string at = core::pointer(overrides, core::member<&O::container_overrides>, i, core::member<&CO::name>);
            if (!co.name) {
                c.error("ECS-RT-018", at, "a container override needs the name of the container it changes");
                continue;
            }
            if (td && td->containers &&
                std::none_of(td->containers->begin(), td->containers->end(),
                             [&](const container_definition& d) { return d.name && std::string_view(*d.name) == std::string_view(*co.name); })) {
                std::string known;
                for (const auto& d : *td->containers)
                    if (d.name) known += cat(known.empty() ? "" : ", ", std::string_view(*d.name));
                c.error("ECS-RT-018", at,
                        cat("the task definition's containerDefinitions have no container \"", std::string_view(*co.name),
                            "\" (they are: ", known.empty() ? std::string("none named") : known, ")"));
            }
        }
    if (o.ephemeral_storage) {
        const auto gib = o.ephemeral_storage->size_in_gib.count();
        if (gib < run_task_limits::min_ephemeral_gib || gib > run_task_limits::max_ephemeral_gib)
            c.error("ECS-RT-019",
                    core::pointer(overrides, core::member<&O::ephemeral_storage>, core::member<&ephemeral_storage::size_in_gib>),
                    cat("ephemeral storage is ", run_task_limits::min_ephemeral_gib, "-", run_task_limits::max_ephemeral_gib,
                        " GiB; got ", gib, " (without the override a Fargate task has 20 GiB)"));
    }
    // ECS-RT-020: the size the task runs with on Fargate.
    if (l.fargate && (o.cpu || o.memory)) {
        std::optional<core::cpu_units> cpu = o.cpu ? o.cpu->units() : std::nullopt;
        std::optional<core::mebibytes> mem = o.memory ? o.memory->mebibytes() : std::nullopt;
        if ((o.cpu && !cpu) || (o.memory && !mem)) return; // the form's own rule reports it
        const bool cpu_from_td = !cpu, mem_from_td = !mem;
        if (!cpu && td && *td->cpu) cpu = (*td->cpu)->units();
        if (!mem && td && *td->memory) mem = (*td->memory)->mebibytes();
        if (!cpu || !mem) return;
        const bool windows = td && td->windows;
        if (!fargate_size_allowed(cpu->count(), mem->count(), windows)) {
            const auto at = o.memory ? core::pointer(overrides, core::member<&O::memory>)
                                     : core::pointer(overrides, core::member<&O::cpu>);
            c.error("ECS-RT-020", at,
                    cat("the task would run on Fargate with ", cpu->count(), " CPU units",
                        cpu_from_td ? " (the task definition's cpu)" : "", " and ", mem->count(), " MiB",
                        mem_from_td ? " (the task definition's memory)" : "", windows ? " on Windows" : "",
                        ", which is not a Fargate size: ", cpu->count(), " CPU units take ",
                        fargate_allowed_memory(cpu->count())));
        }
    }
}

// ECS-RT-022: the EBS volumes configured at launch.
template <class R>
void check_volume_configurations(const R& r, const std::optional<td_facts>& td, core::checker_like auto& c) {
    if (!r.volume_configurations) return;
    using V = task_volume_configuration;
    for (std::size_t i = 0; i < r.volume_configurations->size(); ++i) {
        const V& v = (*r.volume_configurations)[i];
        const std::string at = core::pointer(core::member<&R::volume_configurations>, i);
        if (v.name.empty()) {
            c.error("ECS-RT-022", core::pointer(at, core::member<&V::name>),
                    "a volume configuration needs the name of the task definition's volume it configures");
        } else if (td && td->volumes) {
            auto it = std::find_if(td->volumes->begin(), td->volumes->end(),
                                   [&](const volume& tv) { return tv.name && *tv.name == v.name; });
            if (it == td->volumes->end())
                c.error("ECS-RT-022", core::pointer(at, core::member<&V::name>),
                        cat("the task definition's volumes have no volume \"", v.name,
                            "\": name the volume marked configuredAtLaunch"));
            else if (!it->configured_at_launch.value_or(false))
                c.error("ECS-RT-022", core::pointer(at, core::member<&V::name>),
                        cat("the task definition's volume \"", v.name,
                            "\" is not configuredAtLaunch; only such volumes are configured in the request"));
        } else if (td) {
            c.error("ECS-RT-022", core::pointer(at, core::member<&V::name>),
                    cat("the task definition's volumes are absent, so it has no volume \"", v.name, "\" to configure"));
        }
        if (v.managed_ebs_volume)
            check_managed_ebs_volume(*v.managed_ebs_volume, core::pointer(at, core::member<&V::managed_ebs_volume>),
                                     run_task_ebs_rules, c);
    }
}

// The rules both requests share.
template <class R>
void check_common(const R& r, const std::optional<td_facts>& td, const launch& l, bool start_task, core::checker_like auto& c) {
    std::string problem;
    if (!parse_task_definition(r.task_definition.view(), problem))
        c.error("ECS-RT-001", core::member<&R::task_definition>, problem);
    check_cluster_ref(r.cluster, c, core::member<&R::cluster>);
    check_started_by(r.started_by, c, core::member<&R::started_by>);
    check_tags(r.tags, c, "ECS-RT-016", core::member<&R::tags>);
    check_network(r, l, start_task, c);
    if (td) check_network_mode(r, *td, c);
    check_overrides(r, td, l, c);
    check_volume_configurations(r, td, c);
}

} // namespace run_task_detail

/// ECS-RT-001..026 for RunTask (the catalogue above). The task definition and the cluster, when
/// the context has the ones the request names, add ECS-RT-009, -010 (count), -018 (names), -020,
/// -021, -022 (names), -023, -025 and -026.
inline void validate_rules(const run_task_request& r, core::checker_like auto& c) {
    using namespace run_task_detail;
    using R = run_task_request;
    const std::optional<td_facts> td = task_definition_named(r.task_definition.view(), c);
    const launch l = launch_of(r.launch_type, r.capacity_provider_strategy);

    if (r.count && (*r.count < 1 || *r.count > run_task_limits::max_count))
        c.error("ECS-RT-002", core::member<&R::count>,
                cat("count is 1-", run_task_limits::max_count, " tasks per call; got ", *r.count));
    if (l.type == launch_type::managed_instances)
        c.error("ECS-RT-003", core::member<&R::launch_type>,
                "launchType MANAGED_INSTANCES is not given as a launch type: name the Managed Instances capacity provider "
                "in capacityProviderStrategy instead");
    if (r.launch_type && r.capacity_provider_strategy)
        c.error("ECS-RT-004", core::member<&R::capacity_provider_strategy>,
                "launchType and capacityProviderStrategy exclude each other: give one (without either, the cluster's "
                "default strategy applies)");
    if (r.capacity_provider_strategy) {
        static const std::vector<std::string> none;
        const cluster* cl = cluster_named(r.cluster, c);
        const std::vector<std::string>* associated =
            cl && cl->capacity_providers ? &*cl->capacity_providers : nullptr;
        check_capacity_provider_strategy(*r.capacity_provider_strategy, c,
                                         core::pointer(core::member<&R::capacity_provider_strategy>),
                                         run_task_strategy_rules, associated);
    }

    // ECS-RT-010..012: placement.
    const std::size_t own_constraints = r.placement_constraints ? r.placement_constraints->size() : 0;
    if (r.placement_constraints) {
        using P = placement_constraint;
        constexpr auto member = core::member<&R::placement_constraints>;
        for (std::size_t i = 0; i < own_constraints; ++i) {
            const P& p = (*r.placement_constraints)[i];
            const std::string at = core::pointer(member, i);
            if (!p.type)
                c.error("ECS-RT-010", core::pointer(at, core::member<&P::type>),
                        "a placement constraint needs a type: distinctInstance or memberOf");
            else if (*p.type == placement_constraint_type::member_of) {
                if (!p.expression || p.expression->empty())
                    c.error("ECS-RT-010", core::pointer(at, core::member<&P::expression>),
                            "a memberOf constraint needs a cluster query language expression, e.g. "
                            "attribute:ecs.instance-type =~ t3.*");
                else
                    check_cluster_query(*p.expression, c, "ECS-RT-010", core::pointer(at, core::member<&P::expression>));
            } else if (*p.type == placement_constraint_type::distinct_instance && p.expression)
                c.error("ECS-RT-010", core::pointer(at, core::member<&P::expression>),
                        "a distinctInstance constraint takes no expression: remove it, or use memberOf");
        }
        if (own_constraints > run_task_limits::max_placement_constraints)
            c.error("ECS-RT-010", member,
                    cat("at most ", run_task_limits::max_placement_constraints, " placement constraints; the request has ",
                        own_constraints));
        else if (td && own_constraints + td->placement_constraints > run_task_limits::max_placement_constraints)
            c.error("ECS-RT-010", member,
                    cat("the request's ", own_constraints, " placement constraints and the task definition's ",
                        td->placement_constraints, " placementConstraints make ", own_constraints + td->placement_constraints,
                        "; a task takes at most ", run_task_limits::max_placement_constraints));
    }
    if (r.placement_strategy) {
        using P = placement_strategy;
        constexpr auto member = core::member<&R::placement_strategy>;
        if (r.placement_strategy->size() > run_task_limits::max_placement_strategies)
            c.error("ECS-RT-011", member,
                    cat("at most ", run_task_limits::max_placement_strategies, " placement strategies; the request has ",
                        r.placement_strategy->size()));
        for (std::size_t i = 0; i < r.placement_strategy->size(); ++i) {
            const P& p = (*r.placement_strategy)[i];
            const std::string at = core::pointer(member, i);
            const std::string field = core::pointer(at, core::member<&P::field>);
            if (!p.type) {
                c.error("ECS-RT-011", core::pointer(at, core::member<&P::type>),
                        "a placement strategy needs a type: random, spread or binpack");
                continue;
            }
            if (*p.type == placement_strategy_type::random && p.field)
                c.error("ECS-RT-011", field, "the random strategy takes no field: remove it");
            else if (*p.type == placement_strategy_type::binpack && (!p.field || (*p.field != "cpu" && *p.field != "memory")))
                c.error("ECS-RT-011", field,
                        cat("binpack packs by cpu or memory: set field to one of them",
                            p.field ? cat(", not \"", *p.field, "\"") : std::string()));
            else if (*p.type == placement_strategy_type::spread &&
                     (!p.field || (*p.field != "instanceId" && *p.field != "host" &&
                                   !(p.field->starts_with("attribute:") && p.field->size() > 10))))
                c.error("ECS-RT-011", field,
                        cat("spread takes field instanceId, host or attribute:<name> (e.g. attribute:ecs.availability-zone)",
                            p.field ? cat(", not \"", *p.field, "\"") : std::string()));
        }
    }
    if (l.fargate && (own_constraints > 0 || (r.placement_strategy && !r.placement_strategy->empty()))) {
        const bool constraints = own_constraints > 0;
        c.error("ECS-RT-012",
                constraints ? core::pointer(core::member<&R::placement_constraints>) : core::pointer(core::member<&R::placement_strategy>),
                cat("Fargate places tasks itself: ", constraints ? "placementConstraints" : "placementStrategy",
                    " is not supported ", r.launch_type ? "with launchType FARGATE" : "with a strategy of Fargate providers",
                    "; remove it"));
    }

    if (r.propagate_tags && *r.propagate_tags == propagate_tags::service)
        c.error("ECS-RT-013", core::member<&R::propagate_tags>,
                "a task RunTask starts belongs to no service: propagateTags is TASK_DEFINITION or NONE");
    if (r.client_token) {
        const std::string& t = *r.client_token;
        auto bad = std::find_if(t.begin(), t.end(), [](char ch) { return ch < 33 || ch > 126; });
        if (t.size() > run_task_limits::max_client_token || bad != t.end())
            c.error("ECS-RT-015", core::member<&R::client_token>,
                    cat("clientToken is up to ", run_task_limits::max_client_token,
                        " printable ASCII characters without spaces; this one has ", t.size(),
                        bad != t.end() ? cat(" and a character outside them at position ", bad - t.begin()) : std::string()));
    }

    // ECS-RT-023 and -025: where the task runs against the task definition.
    if (r.platform_version && l.type && (*l.type == launch_type::ec2 || *l.type == launch_type::external))
        c.error("ECS-RT-023", core::member<&R::platform_version>,
                cat("platformVersion is for Fargate tasks only; with launchType ", r.launch_type->wire_view(), " remove it"));
    else if (r.platform_version && !r.launch_type && !r.capacity_provider_strategy && td) {
        const auto* set = td->compatibilities ? td->compatibilities : td->requires_compatibilities;
        if (set && !contains(*set, compatibility::fargate))
            c.error("ECS-RT-023", core::member<&R::platform_version>,
                    cat("platformVersion is for Fargate tasks only, and the task definition's ",
                        td->compatibilities ? "compatibilities are " : "requiresCompatibilities are ",
                        compatibility_list(*set), ": remove it"));
    }
    if (td && l.type) {
        static constexpr std::array<std::pair<launch_type, compatibility>, 4> same{{
            {launch_type::ec2, compatibility::ec2},
            {launch_type::fargate, compatibility::fargate},
            {launch_type::external, compatibility::external},
            {launch_type::managed_instances, compatibility::managed_instances},
        }};
        const compatibility wanted =
            std::find_if(same.begin(), same.end(), [&](const auto& p) { return p.first == *l.type; })->second;
        if (td->compatibilities && !contains(*td->compatibilities, wanted))
            c.error("ECS-RT-025", core::member<&R::launch_type>,
                    cat("the task definition's compatibilities are ", compatibility_list(*td->compatibilities),
                        ", so it cannot run with launchType ", r.launch_type->wire_view()));
        else if (!td->compatibilities && wanted == compatibility::fargate && td->requires_compatibilities &&
                 !contains(*td->requires_compatibilities, wanted))
            c.error("ECS-RT-025", core::member<&R::launch_type>,
                    cat("the task definition's requiresCompatibilities are ", compatibility_list(*td->requires_compatibilities),
                        ", without FARGATE: register it with FARGATE to run it with launchType FARGATE"));
    }

    check_common(r, td, l, false, c);
}

/// ECS-RT-001, -006..009, -014, -016..019, -021, -022, -024 and -027 for StartTask, which starts
/// tasks on the container instances it names (no launch type, placement or Fargate).
inline void validate_rules(const start_task_request& r, core::checker_like auto& c) {
    using namespace run_task_detail;
    using R = start_task_request;
    const std::optional<td_facts> td = task_definition_named(r.task_definition.view(), c);
    if (r.container_instances.empty() || r.container_instances.size() > run_task_limits::max_container_instances)
        c.error("ECS-RT-027", core::member<&R::container_instances>,
                cat("StartTask takes 1-", run_task_limits::max_container_instances,
                    " container instances (ids or ARNs); got ", r.container_instances.size()));
    check_common(r, td, launch{launch_type::ec2, false}, true, c);
}

} // namespace awsmodel::ecs

#endif
