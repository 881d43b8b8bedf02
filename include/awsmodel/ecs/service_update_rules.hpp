// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_SERVICE_UPDATE_RULES_HPP
#define AWSMODEL_ECS_SERVICE_UPDATE_RULES_HPP

/// The service rules that read the current service, and the forms of the names a service request
/// gives (ids ECS-SV-NNN of the service catalogue, docs/service-rules.md), on the values of
/// ecs/service_model.hpp. ecs/service_rules.hpp calls them from the requests' `validate_rules`.
///
/// An update states only what changes: what the service already is (its scheduling strategy, its
/// deployment controller, where its tasks run) is in its description, which these rules read from
/// the validation context:
///
///   core::validation_context context{described_service};   // or a describe_services_response
///   auto findings = core::validate(update_service, context);
///
/// The current service is an `ecs::service` or an entry of an `ecs::describe_services_response`,
/// and counts only when its serviceName or serviceArn is the request's `service` (a name, or
/// either form of service ARN); without it the rules that need it are skipped, never guessed.
/// Findings point into the update; their messages name the member of the description they read.
///
/// | id | source | check |
/// |---|---|---|
/// | ECS-SV-003 service is a service name or a service ARN, `service/<cluster>/<name>` or the older `service/<name>` | BM-ECS UpdateServiceRequest.service | C (S: existence) |
/// | ECS-SV-004 cluster is a cluster name or ARN; an update names the cluster its service ARN names, and the one the current service runs in | BM-ECS CreateServiceRequest.cluster, UpdateServiceRequest.cluster ("You can't change the cluster name") | C, R (current service) |
/// | ECS-SV-012 desiredCount above the default quota of tasks per service: 5,000, or 1,000 with service discovery (a warning: the quota is adjustable) | ECS-Q | C (S: the account's quota) |
/// | ECS-SV-029 an update of a CODE_DEPLOY service: taskDefinition, networkConfiguration, platformVersion and loadBalancers change through CodeDeploy (errors); members outside the operation's list (warnings) | BM-ECS op UpdateService | R (current service) |
/// | ECS-SV-030 an update of an EXTERNAL service: launch type or providers, load balancers, registries, network, platform and task definition belong to task sets (errors); members outside the operation's list (warnings) | BM-ECS op UpdateService | R (current service) |
/// | ECS-SV-032 deploymentController changes the current service's controller type (a warning, the catalogue's decision) | BM-ECS UpdateServiceRequest.deploymentController | R (current service) |
/// | ECS-SV-033 forceNewDeployment with the CODE_DEPLOY or EXTERNAL controller, the update's or the current one | BM-ECS op UpdateService; CDK | C, R (current service) |
/// | ECS-SV-050 capacityProviderStrategy: no transition from the EXTERNAL launch type; an empty list on a service that has no strategy changes nothing (a warning) | BM-ECS UpdateServiceRequest.capacityProviderStrategy | R (current service) |
/// | ECS-SV-111 the update with the current service's facts: ECS-SV-013..016, -018..020 for a DAEMON service, -036 for a REPLICA one, -039..041 and -045 with its controller, -051, -058, -059 and -092 where its tasks run | BM-ECS Service shape | R (current service) |
///
/// ECS-SV-111 has no finding of its own: it gives the rules named there the facts of the
/// description where the update does not restate them, and they report under their own ids. Where
/// the update restates a fact (a non-empty capacityProviderStrategy, a deploymentController), the
/// request's rules in ecs/service_rules.hpp judge it and these stay silent, so nothing is reported
/// twice.
///
/// Severities. ECS-SV-029 and -030: the operation's text lists what UpdateService changes for
/// each controller, and names the members that need a CodeDeploy deployment or a task set
/// instead: those are errors. Members in neither list (added to the API after the text, such as
/// volumeConfigurations and vpcLatticeConfigurations, or capacityProviderStrategy, whose own text
/// says blue/green deployments may change providers) are warnings. ECS-SV-033 is an error, not a
/// warning for a meaningless flag: both controllers' lists leave forceNewDeployment out, and CDK
/// refuses it for them, so two sources agree that the call is refused rather than ignored.
/// ECS-SV-050's valid transitions start from the Fargate and EC2 launch types or from a
/// strategy, so leaving the EXTERNAL launch type is an error; an empty list on a service that
/// already runs on its launch type is harmless, hence a warning.
///
/// BM-ECS: botocore 1.43.11 data/ecs/2014-11-13/service-2.json (member documentation)
/// ECS-Q: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-quotas.html
/// CDK: aws-cdk-lib 2.276.0 aws-ecs (base-service.js)

#include <awsmodel/core/arn.hpp>
#include <awsmodel/core/checker.hpp>
#include <awsmodel/core/diagnostic.hpp>
#include <awsmodel/core/rule_id.hpp>
#include <awsmodel/ecs/capacity_provider_strategy.hpp>
#include <awsmodel/ecs/deployment.hpp>
#include <awsmodel/ecs/launch_type.hpp>
#include <awsmodel/ecs/name.hpp>
#include <awsmodel/ecs/name_or_arn.hpp>
#include <awsmodel/ecs/network_configuration.hpp>
#include <awsmodel/ecs/service_model.hpp>
#include <awsmodel/ecs/tag.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace awsmodel::ecs {

/// The default quota of tasks per service, and the lower one of a service that registers its
/// tasks with Cloud Map (ECS-SV-012). Both are adjustable: a larger desiredCount is a warning.
struct service_quotas {
    static constexpr std::int32_t tasks_per_service = 5000;
    static constexpr std::int32_t tasks_per_service_with_discovery = 1000;
};

/// The parts of a service ARN: `arn:<partition>:ecs:<region>:<account>:service/<cluster>/<name>`,
/// or the older `...:service/<name>`, which names no cluster.
struct service_arn_parts {
    std::string_view cluster; ///< empty in the older form
    std::string_view name;
};

/// The parts of a service ARN; nothing when `s` is not one.
constexpr std::optional<service_arn_parts> parse_service_arn(std::string_view s) noexcept {
    constexpr std::string_view prefix = "service/";
    const auto a = core::parse_arn(s);
    if (!a || a->service != "ecs" || !a->resource.starts_with(prefix)) return std::nullopt;
    const std::string_view rest = a->resource.substr(prefix.size());
    service_arn_parts p{{}, rest};
    if (const auto slash = rest.find('/'); slash != std::string_view::npos) {
        p.cluster = rest.substr(0, slash);
        p.name = rest.substr(slash + 1);
        if (names::check(p.cluster)) return std::nullopt;
    }
    if (names::check(p.name)) return std::nullopt;
    return p;
}

/// The cluster name of a cluster ARN, `arn:<partition>:ecs:<region>:<account>:cluster/<name>`;
/// nothing when `s` is not one.
constexpr std::optional<std::string_view> parse_cluster_arn(std::string_view s) noexcept {
    constexpr std::string_view prefix = "cluster/";
    const auto a = core::parse_arn(s);
    if (!a || a->service != "ecs" || !a->resource.starts_with(prefix)) return std::nullopt;
    const std::string_view name = a->resource.substr(prefix.size());
    if (names::check(name)) return std::nullopt;
    return name;
}

namespace service_update_detail {

/// The name of the cluster a request's `cluster` names: `default` when it is absent, the name in
/// an ARN; nothing when it is malformed (ECS-SV-004 reports that).
inline std::optional<std::string_view> cluster_name_of(const std::optional<name_or_arn>& ref) {
    if (!ref) return std::string_view("default");
    if (ref->is_arn()) return parse_cluster_arn(ref->view());
    if (names::check(ref->view())) return std::nullopt;
    return ref->view();
}

/// The name a described service goes by: serviceName, else the name in serviceArn.
inline std::string_view described_name(const service& s) {
    if (s.service_name) return *s.service_name;
    if (s.service_arn)
        if (const auto p = parse_service_arn(s.service_arn->view())) return p->name;
    return {};
}

/// The cluster a described service runs in: the name in clusterArn, else the one in serviceArn.
inline std::string_view described_cluster(const service& s) {
    if (s.cluster_arn)
        if (const auto n = parse_cluster_arn(s.cluster_arn->view())) return *n;
    if (s.service_arn)
        if (const auto p = parse_service_arn(s.service_arn->view())) return p->cluster;
    return {};
}

/// Whether `ref`, a service name or ARN, names the described service `s`.
inline bool names_service(std::string_view ref, const service& s) {
    if (s.service_arn && s.service_arn->view() == ref) return true;
    const std::string_view name = described_name(s);
    if (name.empty()) return false;
    if (!ref.starts_with("arn:")) return ref == name;
    const auto p = parse_service_arn(ref);
    if (!p || p->name != name) return false;
    const std::string_view cluster = described_cluster(s);
    return p->cluster.empty() || cluster.empty() || p->cluster == cluster;
}

/// The current service `ref` names, from the validation context; nullptr when it holds none.
inline const service* current_service(std::string_view ref, const core::checker& c) {
    if (const auto* s = c.document<service>(); s && names_service(ref, *s)) return s;
    if (const auto* page = c.document<describe_services_response>(); page && page->services)
        for (const service& s : *page->services)
            if (names_service(ref, s)) return &s;
    return nullptr;
}

/// Where a service's tasks run, as far as a launch type or a strategy tells.
struct capacity {
    bool fargate = false;     ///< the launch type, or every provider, is Fargate
    bool not_fargate = false; ///< the launch type, or a provider, is not Fargate
};

inline capacity capacity_of(const capacity_provider_strategy& s) {
    capacity k;
    if (s.empty()) return k;
    k.fargate = true;
    for (const auto& i : s) {
        const bool fg = is_fargate_provider(i.capacity_provider);
        k.fargate = k.fargate && fg;
        k.not_fargate = k.not_fargate || !fg;
    }
    return k;
}

inline capacity capacity_of(launch_type l) { return {l == launch_type::fargate, l != launch_type::fargate}; }

/// What the description of the current service says, as the update rules need it.
struct current_facts {
    bool daemon = false;
    /// The controller type (ECS when the description names none); nothing for a type this
    /// library does not know.
    std::optional<deployment_controller_type> controller = deployment_controller_type::ecs;
    std::optional<launch_type> launch; ///< the described launchType
    bool strategy = false;             ///< the description has a non-empty capacityProviderStrategy
    capacity runs_on;                  ///< where its tasks run now
    /// Where an empty capacityProviderStrategy returns them: the launch type of the providers'
    /// kind ("back to the launch type"), Fargate for Fargate providers and EC2 for the others.
    capacity after_empty_strategy;
    bool awsvpc = false;     ///< the description has an awsvpcConfiguration
    bool registries = false; ///< the description has service registries
};

inline current_facts facts_of(const service& s) {
    current_facts f;
    f.daemon = s.scheduling_strategy && *s.scheduling_strategy == scheduling_strategy::daemon;
    if (s.deployment_controller) f.controller = s.deployment_controller->type.known();
    if (s.launch_type) f.launch = s.launch_type->known();
    f.strategy = s.capacity_provider_strategy && !s.capacity_provider_strategy->empty();
    if (f.strategy) {
        f.runs_on = capacity_of(*s.capacity_provider_strategy);
        f.after_empty_strategy = f.runs_on;
    }
    if (f.launch) {
        if (!f.strategy) f.runs_on = capacity_of(*f.launch);
        f.after_empty_strategy = capacity_of(*f.launch);
    }
    f.awsvpc = s.network_configuration && s.network_configuration->awsvpc_configuration;
    f.registries = s.service_registries && !s.service_registries->empty();
    return f;
}

// ECS-SV-003
inline void check_service_form(const name_or_arn& ref, core::checker_like auto& c, core::member_token at) {
    using core::cat;
    const std::string_view s = ref.view();
    if (ref.is_arn()) {
        if (!parse_service_arn(s))
            c.error("ECS-SV-003", at,
                    cat("\"", s.substr(0, 200), "\" is not a service ARN: expected arn:<partition>:ecs:<region>:<account>:service/"
                                                "<cluster>/<name>, or the older ...:service/<name>"));
    } else if (const int p = names::check(s)) {
        c.error("ECS-SV-003", at, names::message("service name", p, s) + "; or give the service's ARN");
    }
}

// ECS-SV-004, the form.
inline void check_cluster_form(const std::optional<name_or_arn>& ref, core::checker_like auto& c, core::member_token at) {
    using core::cat;
    if (!ref) return;
    const std::string_view s = ref->view();
    if (ref->is_arn()) {
        if (!parse_cluster_arn(s))
            c.error("ECS-SV-004", at,
                    cat("\"", s.substr(0, 200), "\" is not a cluster ARN: expected arn:<partition>:ecs:<region>:<account>:cluster/<name>"));
    } else if (const int p = names::check(s)) {
        c.error("ECS-SV-004", at, names::message("cluster name", p, s) + "; or give the cluster's ARN");
    }
}

// ECS-SV-012
inline void check_desired_count_quota(const std::optional<std::int32_t>& desired, bool discovery, core::checker_like auto& c,
                                      core::member_token at) {
    using core::cat;
    if (!desired) return;
    if (discovery && *desired > service_quotas::tasks_per_service_with_discovery && *desired <= service_quotas::tasks_per_service)
        c.warning("ECS-SV-012", at,
                  cat("desiredCount ", *desired, " is above 1,000, the default quota of tasks per service that registers them "
                                                 "with Cloud Map (serviceRegistries): ask for a higher quota first"));
    else if (*desired > service_quotas::tasks_per_service)
        c.warning("ECS-SV-012", at,
                  cat("desiredCount ", *desired, " is above 5,000, the default quota of tasks per service",
                      discovery ? " (1,000 with serviceRegistries)" : "", ": ask for a higher quota first"));
}

inline std::string_view controller_wire(deployment_controller_type t) { return core::to_wire(t); }

// ECS-SV-029 and -030: what UpdateService changes on a CODE_DEPLOY or an EXTERNAL service.
inline void check_controller_members(const update_service_request& r, deployment_controller_type controller,
                                     core::checker_like auto& c) {
    using core::cat;
    using core::member;
    using R = update_service_request;
    const bool code_deploy = controller == deployment_controller_type::code_deploy;
    const core::rule_id rule = code_deploy ? core::rule_id("ECS-SV-029") : core::rule_id("ECS-SV-030");
    const std::string_view allowed =
        code_deploy ? "desiredCount, deploymentConfiguration, healthCheckGracePeriodSeconds, placementConstraints, "
                      "placementStrategy, enableECSManagedTags and propagateTags"
                    : "desiredCount, placementConstraints, placementStrategy, healthCheckGracePeriodSeconds, "
                      "enableECSManagedTags and propagateTags";
    auto elsewhere = [&](bool given, core::member_token m) {
        if (!given) return;
        if (code_deploy)
            c.error(rule, m,
                    cat("the service uses the CODE_DEPLOY deployment controller (its description's deploymentController): ",
                        m.name, " changes through a new CodeDeploy deployment (CreateDeployment), not UpdateService"));
        else
            c.error(rule, m,
                    cat("the service uses the EXTERNAL deployment controller (its description's deploymentController): ", m.name,
                        " belongs to its task sets (CreateTaskSet), not to UpdateService"));
    };
    auto unlisted = [&](bool given, core::member_token m) {
        if (given)
            c.warning(rule, m,
                      cat("UpdateService changes only ", allowed, " of a service with the ", controller_wire(controller),
                          " deployment controller (its description's deploymentController); ", m.name, " is not among them"));
    };
    elsewhere(r.task_definition.has_value(), member<&R::task_definition>);
    elsewhere(r.network_configuration.has_value(), member<&R::network_configuration>);
    elsewhere(r.platform_version.has_value(), member<&R::platform_version>);
    elsewhere(r.load_balancers.has_value(), member<&R::load_balancers>);
    if (code_deploy) {
        unlisted(r.capacity_provider_strategy.has_value(), member<&R::capacity_provider_strategy>);
        unlisted(r.service_registries.has_value(), member<&R::service_registries>);
    } else {
        // The task set's own members, as CreateService's ECS-SV-028 refuses them for EXTERNAL.
        elsewhere(r.capacity_provider_strategy.has_value(), member<&R::capacity_provider_strategy>);
        elsewhere(r.service_registries.has_value(), member<&R::service_registries>);
        unlisted(r.deployment_configuration.has_value(), member<&R::deployment_configuration>);
    }
    unlisted(r.availability_zone_rebalancing.has_value(), member<&R::availability_zone_rebalancing>);
    unlisted(r.enable_execute_command.has_value(), member<&R::enable_execute_command>);
    unlisted(r.service_connect_configuration.has_value(), member<&R::service_connect_configuration>);
    unlisted(r.volume_configurations.has_value(), member<&R::volume_configurations>);
    unlisted(r.vpc_lattice_configurations.has_value(), member<&R::vpc_lattice_configurations>);
}

// ECS-SV-111 for a DAEMON service: the update's members that CreateService's DAEMON rules refuse.
inline void check_daemon_update(const update_service_request& r, bool fargate_only_task_definition, core::checker_like auto& c) {
    using core::cat;
    using core::member;
    using core::pointer;
    using R = update_service_request;
    constexpr std::string_view daemon = "the service is a DAEMON service (its description's schedulingStrategy)";
    if (r.desired_count)
        c.error("ECS-SV-013", member<&R::desired_count>, cat(daemon, ", which runs one task per container instance: leave desiredCount out"));
    if (r.placement_strategy && !r.placement_strategy->empty())
        c.error("ECS-SV-014", member<&R::placement_strategy>,
                cat(daemon, ", which places one task on each instance: placement strategies do not apply"));
    if (r.capacity_provider_strategy && capacity_of(*r.capacity_provider_strategy).fargate)
        c.error("ECS-SV-015", member<&R::capacity_provider_strategy>,
                cat(daemon, ", and Fargate does not run DAEMON services: name Auto Scaling group capacity providers"));
    if (fargate_only_task_definition)
        c.error("ECS-SV-015", member<&R::task_definition>,
                cat(daemon, ", and the task definition's requiresCompatibilities is FARGATE only, which DAEMON services cannot use"));
    if (r.deployment_controller) {
        const auto t = r.deployment_controller->type.known();
        if (t && *t != deployment_controller_type::ecs)
            c.error("ECS-SV-016", member<&R::deployment_controller>,
                    cat(daemon, ", and DAEMON services use the ECS deployment controller, not ", controller_wire(*t)));
    }
    if (r.volume_configurations && !r.volume_configurations->empty())
        c.error("ECS-SV-018", member<&R::volume_configurations>, cat(daemon, ": managed Amazon EBS volumes are for REPLICA services only"));
    if (r.availability_zone_rebalancing && *r.availability_zone_rebalancing == availability_zone_rebalancing::enabled)
        c.error("ECS-SV-019", member<&R::availability_zone_rebalancing>,
                cat(daemon, ", which runs on every instance: Availability Zone rebalancing cannot be ENABLED"));
    if (r.deployment_configuration && r.deployment_configuration->maximum_percent &&
        *r.deployment_configuration->maximum_percent != 100)
        c.error("ECS-SV-020", pointer(member<&R::deployment_configuration>, member<&deployment_configuration::maximum_percent>),
                cat(daemon, ", which runs one task per instance, so its maximumPercent is 100; got ",
                    *r.deployment_configuration->maximum_percent));
}

// ECS-SV-111 with the current controller: the deployment configuration's parts that need ECS.
inline void check_deployment_with_controller(const update_service_request& r, deployment_controller_type controller,
                                             core::checker_like auto& c) {
    using core::cat;
    using core::member;
    using core::pointer;
    using R = update_service_request;
    using DC = deployment_configuration;
    if (!r.deployment_configuration || controller == deployment_controller_type::ecs) return;
    const DC& d = *r.deployment_configuration;
    const std::string at = pointer(member<&R::deployment_configuration>);
    const std::string uses = cat("the service uses the ", controller_wire(controller),
                                 " deployment controller (its description's deploymentController)");
    if (d.deployment_circuit_breaker)
        c.error("ECS-SV-039", pointer(at, member<&DC::deployment_circuit_breaker>),
                cat("the deployment circuit breaker works with the ECS deployment controller only; ", uses));
    if (d.alarms)
        c.error("ECS-SV-040", pointer(at, member<&DC::alarms>),
                cat("deployment alarms work with the ECS deployment controller only; ", uses));
    if (d.strategy)
        c.error("ECS-SV-041", pointer(at, member<&DC::strategy>),
                cat("a deployment strategy is for the ECS deployment controller; ", uses));
    if (d.lifecycle_hooks && !d.lifecycle_hooks->empty())
        c.error("ECS-SV-045", pointer(at, member<&DC::lifecycle_hooks>),
                cat("lifecycle hooks run in deployments of the ECS controller only; ", uses));
}

// ECS-SV-111 where the tasks run: the rules of Fargate and of the other capacity.
inline void check_capacity_update(const update_service_request& r, const current_facts& f, core::checker_like auto& c) {
    using core::cat;
    using core::member;
    using core::pointer;
    using R = update_service_request;
    // A non-empty strategy in the update says where the tasks run, and the request's rules judge
    // it; without one they run where they do now, and an empty one returns them to the launch type.
    capacity where;
    if (!r.capacity_provider_strategy)
        where = f.runs_on;
    else if (r.capacity_provider_strategy->empty())
        where = f.after_empty_strategy;
    const std::string_view now = r.capacity_provider_strategy ? "the launch type an empty capacityProviderStrategy returns them to"
                                 : f.strategy                 ? "its description's capacityProviderStrategy"
                                                              : "its description's launchType";
    if (r.platform_version && where.not_fargate)
        c.error("ECS-SV-051", member<&R::platform_version>,
                cat("platformVersion is for Fargate tasks only, and this service's tasks do not run on Fargate (", now, ")"));
    if (where.not_fargate && r.network_configuration && r.network_configuration->awsvpc_configuration) {
        using V = aws_vpc_configuration;
        const auto& v = *r.network_configuration->awsvpc_configuration;
        if (v.assign_public_ip && *v.assign_public_ip == assign_public_ip::enabled)
            c.error("ECS-SV-058",
                    pointer(member<&R::network_configuration>, member<&network_configuration::awsvpc_configuration>,
                            member<&V::assign_public_ip>),
                    cat("assignPublicIp ENABLED is for Fargate tasks only, and this service's tasks do not run on Fargate (", now, ")"));
    }
    // The description's network holds for the task definition it runs; a new one may change it.
    const bool awsvpc = f.awsvpc && !r.task_definition;
    if (r.load_balancers)
        for (std::size_t i = 0; i < r.load_balancers->size(); ++i) {
            const load_balancer& lb = (*r.load_balancers)[i];
            if (!lb.load_balancer_name || lb.target_group_arn) continue;
            const std::string at = pointer(member<&R::load_balancers>, i, member<&load_balancer::load_balancer_name>);
            if (where.fargate)
                c.error("ECS-SV-059", at,
                        cat("this service's tasks run on Fargate (", now, "), which cannot use a Classic Load Balancer: use a target group"));
            else if (awsvpc)
                c.error("ECS-SV-059", at,
                        "this service's tasks use the awsvpc network mode (its description's networkConfiguration), which Classic "
                        "Load Balancers do not support: use a target group");
        }
    if (where.fargate && r.placement_constraints && !r.placement_constraints->empty())
        c.error("ECS-SV-092", member<&R::placement_constraints>,
                cat("this service's tasks run on Fargate (", now, "), which takes no placement constraints: AWS places them"));
    if (where.fargate && r.placement_strategy && !r.placement_strategy->empty())
        c.error("ECS-SV-092", member<&R::placement_strategy>,
                cat("this service's tasks run on Fargate (", now, "), which takes no placement strategies: AWS places them"));
}

// ECS-SV-050
inline void check_strategy_transition(const update_service_request& r, const current_facts& f, core::checker_like auto& c) {
    using core::cat;
    using core::member;
    using R = update_service_request;
    if (!r.capacity_provider_strategy) return;
    const auto at = member<&R::capacity_provider_strategy>;
    if (!r.capacity_provider_strategy->empty() && !f.strategy && f.launch == launch_type::external)
        c.error("ECS-SV-050", at,
                "the service uses the EXTERNAL launch type (its description's launchType): UpdateService moves the Fargate and EC2 "
                "launch types to a capacity provider strategy, and no capacity provider runs tasks on external instances");
    if (r.capacity_provider_strategy->empty() && !f.strategy && f.launch)
        c.warning("ECS-SV-050", at,
                  cat("an empty capacityProviderStrategy returns a service from its strategy to its launch type; this one has no "
                      "strategy and already uses launch type ", core::to_wire(*f.launch), " (its description), so nothing changes"));
}

} // namespace service_update_detail

namespace service_update_rules {

/// ECS-SV-004 and -012 of CreateService, and its tags (COMMON-005, the catalogue's ECS-SV-095).
inline void check_create(const create_service_request& r, core::checker_like auto& c) {
    using namespace service_update_detail;
    using core::member;
    using R = create_service_request;
    check_cluster_form(r.cluster, c, member<&R::cluster>);
    check_desired_count_quota(r.desired_count, r.service_registries && !r.service_registries->empty(), c,
                              member<&R::desired_count>);
    check_tags(r.tags, c, core::rules::tags, member<&R::tags>);
}

/// ECS-SV-003, -004, -012 and -033 of UpdateService; with the current service in the context,
/// -004's cluster, -029, -030, -032, -050 and the rules ECS-SV-111 feeds. `fargate_only_task_definition`:
/// the task definition the update names is in the context and runs on Fargate only.
inline void check_update(const update_service_request& r, bool fargate_only_task_definition, core::checker_like auto& c) {
    using namespace service_update_detail;
    using core::cat;
    using core::member;
    using core::pointer;
    using R = update_service_request;
    const service* current = current_service(r.service.view(), c);
    const std::optional<current_facts> f = current ? std::optional(facts_of(*current)) : std::nullopt;

    check_service_form(r.service, c, member<&R::service>);
    check_cluster_form(r.cluster, c, member<&R::cluster>);
    const auto cluster = cluster_name_of(r.cluster);
    bool cluster_reported = false;
    if (const auto p = r.service.is_arn() ? parse_service_arn(r.service.view()) : std::nullopt; p && !p->cluster.empty()) {
        if (r.cluster && cluster && *cluster != p->cluster) {
            c.error("ECS-SV-004", member<&R::cluster>,
                    cat("the service ARN names cluster \"", p->cluster, "\" but cluster names \"", *cluster,
                        "\": a service stays in the cluster it was created in, so give that one"));
            cluster_reported = true;
        } else if (!r.cluster && p->cluster != "default") {
            c.warning("ECS-SV-004", member<&R::cluster>,
                      cat("cluster is absent, which means the default cluster, but the service ARN names cluster \"", p->cluster,
                          "\": give cluster too"));
            cluster_reported = true;
        }
    }
    if (current && cluster && !cluster_reported) {
        const std::string_view runs_in = described_cluster(*current);
        if (!runs_in.empty() && runs_in != *cluster)
            c.error("ECS-SV-004", member<&R::cluster>,
                    cat("the service runs in cluster \"", runs_in, "\" (its description's clusterArn), and ",
                        r.cluster ? cat("cluster names \"", *cluster, "\"") : std::string("cluster is absent, which means \"default\""),
                        ": a service's cluster cannot change, so name the one it runs in"));
    }

    const bool discovery = r.service_registries ? !r.service_registries->empty() : f && f->registries;
    check_desired_count_quota(r.desired_count, discovery, c, member<&R::desired_count>);

    // The controller after the update: the update's, else the current one.
    std::optional<deployment_controller_type> asked;
    if (r.deployment_controller) asked = r.deployment_controller->type.known();
    const std::optional<deployment_controller_type> now = f ? f->controller : std::nullopt;
    const std::optional<deployment_controller_type> after = r.deployment_controller ? asked : now;
    if (r.force_new_deployment.value_or(false) && after && *after != deployment_controller_type::ecs)
        c.error("ECS-SV-033", member<&R::force_new_deployment>,
                cat("forceNewDeployment starts a deployment of the ECS deployment controller, and ",
                    r.deployment_controller ? cat("deploymentController is ", controller_wire(*after))
                                            : cat("the service's controller is ", controller_wire(*after),
                                                  " (its description's deploymentController)"),
                    ": ",
                    *after == deployment_controller_type::code_deploy ? "start a CodeDeploy deployment (CreateDeployment) instead"
                                                                      : "create a task set (CreateTaskSet) instead"));
    if (!f) return;

    if (asked && now && *asked != *now)
        c.warning("ECS-SV-032", pointer(member<&R::deployment_controller>, member<&deployment_controller::type>),
                  cat("the service uses the ", controller_wire(*now), " deployment controller (its description's deploymentController); "
                      "changing it to ", controller_wire(*asked), " is a migration ECS accepts only for some services and "
                      "controllers: check that this one is among them"));
    if (now && *now != deployment_controller_type::ecs && (!r.deployment_controller || asked == now))
        check_controller_members(r, *now, c);
    if (now && !r.deployment_controller) check_deployment_with_controller(r, *now, c);

    check_strategy_transition(r, *f, c);
    if (f->daemon)
        check_daemon_update(r, fargate_only_task_definition, c);
    else if (after == deployment_controller_type::ecs && r.deployment_configuration && r.deployment_configuration->maximum_percent) {
        const std::int32_t m = *r.deployment_configuration->maximum_percent;
        if (m >= 0 && m < 100)
            c.error("ECS-SV-036", pointer(member<&R::deployment_configuration>, member<&deployment_configuration::maximum_percent>),
                    cat("maximumPercent ", m, " is below 100: a rolling deployment of this REPLICA service (its description's "
                        "schedulingStrategy) could not run its desired count; use 100 or more (the default is 200)"));
    }
    check_capacity_update(r, *f, c);
}

} // namespace service_update_rules

} // namespace awsmodel::ecs

#endif
