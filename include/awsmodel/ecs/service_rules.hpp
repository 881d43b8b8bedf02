// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_SERVICE_RULES_HPP
#define AWSMODEL_ECS_SERVICE_RULES_HPP

/// The rules of CreateService and UpdateService (ids ECS-SV-NNN of the service catalogue,
/// docs/service-rules.md), on the values of ecs/service_model.hpp. ecs/service.hpp includes both,
/// with separate compilation too: the service rules are a few hundred lines, not the task
/// definition's two thousand, so leaving them to src.hpp would gain little, and a user who
/// includes ecs/service.hpp gets rules that cannot be forgotten.
///
/// Some rules compare the request with other documents, read from the validation context and
/// skipped without them (an absent document is never guessed):
///
///   core::validation_context context{described_task_definition, described_cluster};
///   auto findings = core::validate(create_service, context);
///
/// The task definition is an `ecs::task_definition`, an `ecs::describe_task_definition_response`
/// or an `ecs::register_task_definition_request`, and counts only when the request's
/// `taskDefinition` names it (family, family:revision or ARN); UpdateService without
/// `taskDefinition` keeps the current one, which the context cannot be known to hold, so those
/// rules are then skipped. The cluster is an `ecs::cluster` or an `ecs::describe_clusters_response`
/// entry whose name or ARN is the request's `cluster` (absent: `default`). Findings point into the
/// service document; their messages name the member of the other document they compared with.
///
/// UpdateService's members are optional: a rule checks what the update gives, and the rules that
/// need what only the current service knows (its scheduling strategy, launch type, controller
/// when the update does not restate it) take it from the current service in the context when it
/// is there (ecs/service_update_rules.hpp), and are skipped when it is not.
///
/// The rules, as the catalogue states them (check: C the request alone, R with another document):
///
/// | id | source | check |
/// |---|---|---|
/// | ECS-SV-001 serviceName is 1-255 letters, digits, hyphens and underscores | BM-ECS CreateServiceRequest.serviceName; ECS-SDP | C |
/// | ECS-SV-005 clientToken is at most 36 ASCII characters 33-126 (a warning above 32, the archived guide's limit) | BM-ECS CreateServiceRequest.clientToken; ECS-SDP | C |
/// | ECS-SV-006 taskDefinition is family, family:revision (a positive revision) or a task definition ARN (ecs/task_definition_ref.hpp, as RunTask's ECS-RT-001) | BM-ECS CreateServiceRequest.taskDefinition | C |
/// | ECS-SV-007 taskDefinition is given with the ECS and CODE_DEPLOY controllers, not with EXTERNAL | BM-ECS CreateServiceRequest.taskDefinition; op CreateService | C |
/// | ECS-SV-010 schedulingStrategy is REPLICA or DAEMON | BM-ECS SchedulingStrategy | C |
/// | ECS-SV-011 desiredCount is given for REPLICA services, and is not negative | BM-ECS CreateServiceRequest.desiredCount | C |
/// | ECS-SV-013 a DAEMON service sets no desiredCount | BM-ECS CreateServiceRequest.desiredCount; CDK | C |
/// | ECS-SV-014 a DAEMON service has no placement strategies | BM-ECS schedulingStrategy; ECS-SDP | C |
/// | ECS-SV-015 DAEMON is not for Fargate: launch type, Fargate capacity providers, or a Fargate-only task definition | BM-ECS schedulingStrategy; ECS-SDP | C, R (task definition) |
/// | ECS-SV-016 DAEMON needs the ECS deployment controller | BM-ECS schedulingStrategy | C |
/// | ECS-SV-017 a DAEMON service with a capacity provider strategy of Auto Scaling group providers (a warning: unconfirmed) | - | C |
/// | ECS-SV-018 volumeConfigurations only for REPLICA services | BM-ECS op CreateService | C |
/// | ECS-SV-019 availabilityZoneRebalancing ENABLED not with DAEMON | CDK; ECS-AZR | C |
/// | ECS-SV-020 a DAEMON service's maximumPercent is 100 | ECS-SDP; CDK | C |
/// | ECS-SV-021 a DAEMON service with a Classic Load Balancer (a warning: older guide text only, unverified) | archived ecs_services page | C |
/// | ECS-SV-025 deploymentController.type is ECS, CODE_DEPLOY or EXTERNAL | BM-ECS DeploymentController | C |
/// | ECS-SV-026 CODE_DEPLOY needs a target group, no Classic Load Balancer | BM-ECS CreateServiceRequest.loadBalancers | C |
/// | ECS-SV-027 CODE_DEPLOY and EXTERNAL take at most one target group | ECS-MTG | C |
/// | ECS-SV-028 EXTERNAL services leave task-set members to CreateTaskSet | BM-ECS op CreateService, op UpdateService | C |
/// | ECS-SV-036 percentages not negative, minimumHealthyPercent <= 100, maximumPercent >= 100 for ECS REPLICA | API-DC; ECS-SDP | C |
/// | ECS-SV-037 minimumHealthyPercent below maximumPercent | CDK | C |
/// | ECS-SV-038 with CODE_DEPLOY or EXTERNAL and the EC2 launch type, maximumPercent and minimumHealthyPercent only their defaults 200 and 100 (unused with Fargate: a warning); the launch type the request gives, not the cluster's default strategy | API-DC | C |
/// | ECS-SV-039 the circuit breaker needs the ECS controller (a warning with a non-rolling strategy) | API-DC | C |
/// | ECS-SV-040 deployment alarms name alarms; ECS controller only | API-DC; CDK | C |
/// | ECS-SV-041 deployment strategy is an enumeration value, ECS controller only | BM-ECS DeploymentConfiguration.strategy | C |
/// | ECS-SV-042 bakeTimeInMinutes given for BLUE_GREEN, 0-1440 (a warning with ROLLING) | BM-ECS; cfn-lint schema | C |
/// | ECS-SV-043 linear and canary configurations match the strategy and their ranges | BM-ECS LinearConfiguration, CanaryConfiguration | C |
/// | ECS-SV-044 BLUE_GREEN, LINEAR or CANARY without a load balancer's advancedConfiguration, Service Connect services or VPC Lattice (a warning; ALB vs NLB is S) | BM-ECS op CreateService; ECS-BG | C |
/// | ECS-SV-045 lifecycle hooks: enumerations, a target for AWS_LAMBDA, stages given, ECS controller | BM-ECS DeploymentLifecycleHook | C |
/// | ECS-SV-046 launchType MANAGED_INSTANCES is asked for through a capacity provider strategy | BM-ECS CreateServiceRequest.launchType | C |
/// | ECS-SV-047 launchType and capacityProviderStrategy exclude each other | BM-ECS CreateServiceRequest.launchType | C |
/// | ECS-SV-048 capacity provider strategy items, base, weights, count (as ECS-CL-009..012) | BM-ECS CapacityProviderStrategyItem | C |
/// | ECS-SV-049 strategy providers are the cluster's, and Fargate and ASG providers are not mixed | BM-ECS CapacityProviderStrategyItem; ECS-CL-013/014 | C, R (cluster) |
/// | ECS-SV-051 platformVersion only for Fargate | BM-ECS CreateServiceRequest.platformVersion; ECS-SDP | C |
/// | ECS-SV-052 a platformVersion before 1.4.0 runs no task definition with ephemeralStorage or pidMode (Linux) | CDK (FG); ECS-SC | R (task definition) |
/// | ECS-SV-053 the launch type or providers suit the task definition's compatibilities; Fargate needs awsvpc and awslogs, splunk or awsfirelens | ECS-SDP; rules.md ECS-TD | R (task definition) |
/// | ECS-SV-055 networkConfiguration required for awsvpc task definitions, refused for others | BM-ECS CreateServiceRequest.networkConfiguration | R (task definition) |
/// | ECS-SV-056 1-16 subnets | BM-ECS AwsVpcConfiguration; ECS-Q | C |
/// | ECS-SV-057 at most 5 security groups | BM-ECS AwsVpcConfiguration; ECS-Q | C |
/// | ECS-SV-058 assignPublicIp ENABLED: Fargate only (not the API text's "DISABLED with the ECS controller", which working Fargate services contradict) | BM-ECS AwsVpcConfiguration.assignPublicIp | C |
/// | ECS-SV-059 no Classic Load Balancer for awsvpc or Fargate tasks | BM-ECS CreateServiceRequest.loadBalancers | C, R (task definition) |
/// | ECS-SV-060 a load balancer is a target group or a Classic Load Balancer, exactly one | API-LB | C |
/// | ECS-SV-061 containerName and containerPort given together, port 1-65535 | API-LB | C |
/// | ECS-SV-062 the load balancer's container and port are in the task definition | API-LB | R (task definition) |
/// | ECS-SV-063 at most 5 target groups or 1 Classic Load Balancer, not mixed | ECS-Q; ECS-MTG | C |
/// | ECS-SV-064 targetGroupArn is a target group ARN (targetgroup/<name>/<16 hex>; the target type is S) | API-LB | C |
/// | ECS-SV-065 advancedConfiguration gives alternateTargetGroupArn, productionListenerRule and roleArn in their forms (a warning with ROLLING) | API-LB; ECS-BG; cfn-lint schema | C |
/// | ECS-SV-066 role only with one load balancer, no registries, no EXTERNAL, no awsvpc | BM-ECS CreateServiceRequest.role; ECS-SDP | C, R (task definition) |
/// | ECS-SV-067 healthCheckGracePeriodSeconds is not negative | BM-ECS healthCheckGracePeriodSeconds | C |
/// | ECS-SV-068 a grace period needs a load balancer, VPC Lattice or a container health check | BM-ECS; ECS-SDP | R (task definition) |
/// | ECS-SV-070 at most one service registry | API-SR | C |
/// | ECS-SV-071 registry containerName and containerPort together; what the network mode needs | API-SR; ECS-SDP | C, R (task definition) |
/// | ECS-SV-072 the registry's container and port are in the task definition | API-SR | R (task definition) |
/// | ECS-SV-073 VPC Lattice: an IAM role ARN, a VPC Lattice target group ARN, a portName of the task definition | BM-ECS VpcLatticeConfiguration | C, R (task definition) |
/// | ECS-SV-075 Service Connect members with enabled false are ignored (a warning) | BM-ECS ServiceConnectConfiguration | C |
/// | ECS-SV-076 the namespace is a name or namespace ARN (ECS-CL-017's form) of the cluster's Region; without one, the cluster's default | BM-ECS ServiceConnectConfiguration.namespace; ECS-SC | C, R (cluster) |
/// | ECS-SV-077 Service Connect: ECS controller, no EXTERNAL launch type, Fargate platform 1.4.0 or later, no Windows task definition | ECS-SC | C, R (task definition) |
/// | ECS-SV-078 Service Connect needs task-level memory above the containers' memory | ECS-SC | R (task definition) |
/// | ECS-SV-079 Service Connect portName names a port mapping of the task definition | BM-ECS ServiceConnectService.portName | R (task definition) |
/// | ECS-SV-080 discoveryName: up to 64 of a-z 0-9 _ -, not starting with -, unique | BM-ECS ServiceConnectService.discoveryName; ECS-SC | C |
/// | ECS-SV-081 exactly one client alias per Service Connect service | BM-ECS ServiceConnectService.clientAliases | C |
/// | ECS-SV-082 a client alias port 0 (a warning) | BM-ECS ServiceConnectClientAlias.port | C |
/// | ECS-SV-083 dnsName: up to 127 of a-z 0-9 _ - ., not starting with - | BM-ECS ServiceConnectClientAlias.dnsName | C |
/// | ECS-SV-084 test traffic rules with a ROLLING deployment (a warning) | BM-ECS ServiceConnectTestTrafficRules | C |
/// | ECS-SV-085 ingressPortOverride 0, or the named port mapping's containerPort (warnings) | BM-ECS ServiceConnectService.ingressPortOverride | C, R (task definition) |
/// | ECS-SV-086 perRequestTimeoutSeconds needs the port mapping's appProtocol (http, http2, grpc) | BM-ECS TimeoutConfiguration | R (task definition) |
/// | ECS-SV-087 TLS names its Private CA | BM-ECS ServiceConnectTlsConfiguration | C |
/// | ECS-SV-088 Service Connect log enumerations; access logs need logConfiguration | BM-ECS ServiceConnectAccessLogConfiguration | C |
/// | ECS-SV-090 placement constraints: expression for memberOf only, at most 10 with the task definition's | API-PL | C, R (task definition) |
/// | ECS-SV-091 placement strategies: fields by type, at most 5 | API-PL; ECS-SDP | C |
/// | ECS-SV-092 no placement constraints or strategies on Fargate | API-PL | C |
/// | ECS-SV-094 availabilityZoneRebalancing is ENABLED or DISABLED (the CDK conditions are not checked) | BM-ECS | C |
/// | ECS-SV-097 enableECSManagedTags with propagateTags (a warning for NONE) | BM-ECS CreateServiceRequest.enableECSManagedTags | C |
/// | ECS-SV-098 enableExecuteCommand needs the task definition's taskRoleArn (the policy is S) | BM-ECS CreateServiceRequest.enableExecuteCommand | R (task definition) |
/// | ECS-SV-100 at most one volume configuration | ECS-EBS; BM-ECS op CreateService | C |
/// | ECS-SV-101 volume configurations name configuredAtLaunch volumes, and such a volume is configured | BM-ECS ServiceVolumeConfiguration.name | R (task definition) |
/// | ECS-SV-102 managed EBS roleArn is an IAM role ARN | BM-ECS ServiceManagedEBSVolumeConfiguration.roleArn | C |
/// | ECS-SV-103 managed EBS sizeInGiB or snapshotId; the size by type (ecs/managed_ebs_rules.hpp, RunTask's table) | BM-ECS ServiceManagedEBSVolumeConfiguration | C |
/// | ECS-SV-104 managed EBS volumeType is an EBS type, not standard on Fargate | BM-ECS ServiceManagedEBSVolumeConfiguration.volumeType | C |
/// | ECS-SV-105 managed EBS iops: required for io1/io2, refused for gp2/st1/sc1/standard, the type's range | BM-ECS ServiceManagedEBSVolumeConfiguration.iops | C |
/// | ECS-SV-106 managed EBS throughput: gp3, 125-1000 MiB/s (a warning above 0.25 MiB/s per IOPS) | BM-ECS ServiceManagedEBSVolumeConfiguration.throughput | C |
/// | ECS-SV-107 volumeInitializationRate with snapshotId only, 100-300 MiB/s | BM-ECS ServiceManagedEBSVolumeConfiguration; CDK | C |
/// | ECS-SV-108 kmsKeyId names a KMS key (a warning with encrypted false); ntfs only for Windows task definitions | BM-ECS ServiceManagedEBSVolumeConfiguration | C, R (task definition) |
/// | ECS-SV-109 managed EBS tags use no reserved key (AmazonECSCreated, AmazonECSManaged) | BM-ECS EBSTagSpecification | C |
///
/// The rules that read the current service (-003, -004, -012, -029, -030, -032, -033, -050 and
/// what -111 gives the rules above) are in ecs/service_update_rules.hpp. Not checked: -002 and
/// -008 (only AWS can tell whether the name is free and the revision exists), -034 (CDK's, not
/// the API's); -093 and -110 describe behaviour with nothing to report. docs/service-rules.md says why.
/// The enumerations shared with RunTask (launchType, propagateTags, placement types,
/// assignPublicIp, the managed EBS file system and tag resource type) keep AWSMODEL-ENUM: their
/// ids are for the RunTask rules to choose.
///
/// BM-ECS: botocore 1.43.11 data/ecs/2014-11-13/service-2.json (member documentation)
/// API-DC: https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentConfiguration.html
/// API-LB: https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LoadBalancer.html
/// API-SR: https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceRegistry.html
/// API-PL: https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PlacementStrategy.html
/// ECS-SDP: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service_definition_parameters.html
/// ECS-SC: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect.html
/// ECS-Q: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-quotas.html
/// ECS-MTG: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/register-multiple-targetgroups.html
/// ECS-EBS: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ebs-volumes.html
/// ECS-AZR: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-rebalancing.html
/// ECS-BG: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/blue-green-deployment-implementation.html
/// CDK: aws-cdk-lib 2.276.0 aws-ecs (base-service.js, ec2-service.js)

#include <awsmodel/core/arn.hpp>
#include <awsmodel/core/checker.hpp>
#include <awsmodel/core/rule_id.hpp>
#include <awsmodel/ecs/cluster.hpp>
#include <awsmodel/ecs/managed_ebs_rules.hpp>
#include <awsmodel/ecs/service_model.hpp>
#include <awsmodel/ecs/service_update_rules.hpp>
#include <awsmodel/ecs/task_definition_model.hpp>
#include <awsmodel/ecs/task_definition_ref.hpp>
#include <awsmodel/iam/role.hpp>
#include <awsmodel/kms/key.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace awsmodel::ecs {

/// CreateService's capacityProviderStrategy states the limits of a cluster's default strategy
/// under its own ids: ECS-SV-048 for the items, ECS-SV-049 for the cluster's providers.
inline constexpr strategy_rule_ids service_strategy_rules{"ECS-SV-048", "ECS-SV-048", "ECS-SV-048",
                                                          "ECS-SV-048", "ECS-SV-049", "ECS-SV-049"};

/// A service's managed EBS volume: the size and snapshot (ECS-SV-103), type (-104), IOPS (-105),
/// throughput (-106), initialization rate (-107) and tags (-109), with RunTask's table.
inline constexpr managed_ebs_rule_ids service_ebs_rules{"ECS-SV-103", "ECS-SV-104", "ECS-SV-105",
                                                        "ECS-SV-106", "ECS-SV-107", "ECS-SV-109"};

namespace service_rules_detail {

constexpr bool name_char(char ch) noexcept {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '_';
}

/// Service Connect names: lower-case letters, digits, `_`, `-` (and `.` for DNS names), not
/// starting with `-`.
constexpr bool service_connect_name(std::string_view s, bool dots) noexcept {
    if (s.empty() || s[0] == '-') return false;
    for (char ch : s)
        if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_' || ch == '-' || (dots && ch == '.')))
            return false;
    return true;
}

/// A multiple of 0.1, as the linear and canary percentages are.
inline bool tenths(double v) noexcept { return std::abs(v * 10 - std::round(v * 10)) < 1e-6; }

/// The task definition the request names, as the rules need it, whichever shape described it.
struct task_definition_view {
    const std::vector<container_definition>* containers = nullptr;
    std::optional<network_mode> network; ///< as written, else bridge (Linux); nothing when unknown
    const std::vector<volume>* volumes = nullptr;
    const std::vector<task_definition_placement_constraint>* placement_constraints = nullptr;
    bool fargate_only = false; ///< requiresCompatibilities is exactly FARGATE
    bool windows = false;      ///< runtimePlatform.operatingSystemFamily is a WINDOWS_ family
    std::optional<network_mode> network_written; ///< networkMode as written, without the default
    const std::vector<core::open_enum<compatibility>>* requires_compatibilities = nullptr;
    const std::vector<core::open_enum<compatibility>>* compatibilities = nullptr; ///< a description's
    bool task_role = false;         ///< taskRoleArn is given
    bool memory_given = false;      ///< task-level memory is given
    std::optional<std::int64_t> memory_mib; ///< task-level memory, when its form is readable
    bool ephemeral_storage = false; ///< ephemeralStorage is given
    bool pid_mode = false;          ///< pidMode is given
};

/// Whether `ref` (family, family:revision or a task-definition ARN) names the task definition of
/// `family` and `revision` (nothing: a request, which has no revision yet), whose ARN is `arn`.
inline bool names_task_definition(std::string_view ref, std::string_view family, std::optional<std::int32_t> revision,
                                  std::string_view arn) {
    if (ref.starts_with("arn:")) {
        if (!arn.empty()) return ref == arn;
        auto slash = ref.find("task-definition/");
        if (slash == std::string_view::npos) return false;
        ref = ref.substr(slash + std::string_view("task-definition/").size());
    }
    std::string_view fam = ref, rev;
    if (auto colon = ref.rfind(':'); colon != std::string_view::npos) {
        fam = ref.substr(0, colon);
        rev = ref.substr(colon + 1);
    }
    if (fam != family) return false;
    return rev.empty() || !revision || rev == std::to_string(*revision);
}

template <class TD>
task_definition_view view_of(const TD& td, const std::vector<container_definition>* containers) {
    task_definition_view v;
    v.containers = containers;
    const bool windows = td.runtime_platform && td.runtime_platform->operating_system_family &&
                         td.runtime_platform->operating_system_family->wire_view().starts_with("WINDOWS_");
    if (td.network_mode)
        v.network = td.network_mode->known();
    else if (!windows)
        v.network = network_mode::bridge;
    else
        v.network.reset();
    if (td.volumes) v.volumes = &*td.volumes;
    if (td.placement_constraints) v.placement_constraints = &*td.placement_constraints;
    v.fargate_only = td.requires_compatibilities && !td.requires_compatibilities->empty() &&
                     std::all_of(td.requires_compatibilities->begin(), td.requires_compatibilities->end(),
                                 [](const auto& x) { return x == compatibility::fargate; });
    v.windows = windows;
    if (td.network_mode) v.network_written = td.network_mode->known();
    if (td.requires_compatibilities) v.requires_compatibilities = &*td.requires_compatibilities;
    if constexpr (requires { td.compatibilities; })
        if (td.compatibilities) v.compatibilities = &*td.compatibilities;
    v.task_role = td.task_role_arn.has_value();
    v.memory_given = td.memory.has_value();
    if (td.memory)
        if (auto m = td.memory->mebibytes()) v.memory_mib = m->count();
    v.ephemeral_storage = td.ephemeral_storage.has_value();
    v.pid_mode = td.pid_mode.has_value();
    return v;
}

inline std::optional<task_definition_view> described(const task_definition& td, std::string_view ref) {
    std::string_view family = td.family ? td.family->view() : std::string_view();
    std::optional<std::int32_t> revision = td.revision;
    std::string_view arn = td.task_definition_arn ? td.task_definition_arn->view() : std::string_view();
    if (family.empty() && !arn.empty()) { // the family and revision from the ARN
        auto slash = arn.find("task-definition/");
        if (slash != std::string_view::npos) {
            std::string_view rest = arn.substr(slash + std::string_view("task-definition/").size());
            const auto colon = rest.rfind(':');
            family = rest.substr(0, colon);
            if (!revision && colon != std::string_view::npos) {
                const std::string_view digits = rest.substr(colon + 1);
                std::int32_t n = 0;
                const bool number = !digits.empty() && digits.size() < 10 &&
                                    std::all_of(digits.begin(), digits.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
                if (number)
                    for (char ch : digits) n = n * 10 + (ch - '0');
                if (n > 0) revision = n;
            }
        }
    }
    if (!names_task_definition(ref, family, revision, arn)) return std::nullopt;
    return view_of(td, td.container_definitions ? &*td.container_definitions : nullptr);
}

/// The task definition `ref` names, from the validation context; nothing when it holds none.
inline std::optional<task_definition_view> task_definition_named(std::string_view ref, const core::checker& c) {
    if (const auto* td = c.document<task_definition>())
        if (auto v = described(*td, ref)) return v;
    if (const auto* d = c.document<describe_task_definition_response>(); d && d->task_definition)
        if (auto v = described(*d->task_definition, ref)) return v;
    if (const auto* r = c.document<register_task_definition_request>();
        r && names_task_definition(ref, r->family.view(), std::nullopt, {}))
        return view_of(*r, &r->container_definitions);
    return std::nullopt;
}

inline bool names_cluster(std::string_view ref, const cluster& k) {
    if (k.cluster_arn && k.cluster_arn->view() == ref) return true;
    if (!k.cluster_name) return false;
    if (ref.starts_with("arn:")) {
        auto slash = ref.rfind("cluster/");
        return slash != std::string_view::npos && ref.substr(slash + 8) == k.cluster_name->view();
    }
    return ref == k.cluster_name->view();
}

/// The cluster `ref` names (absent: `default`), from the validation context.
inline const cluster* cluster_named(std::string_view ref, const core::checker& c) {
    if (const auto* k = c.document<cluster>(); k && names_cluster(ref, *k)) return k;
    if (const auto* page = c.document<describe_clusters_response>(); page && page->clusters)
        for (const cluster& k : *page->clusters)
            if (names_cluster(ref, k)) return &k;
    return nullptr;
}

inline const container_definition* container_named(const task_definition_view& td, std::string_view name) {
    if (!td.containers) return nullptr;
    for (const auto& d : *td.containers)
        if (d.name && d.name->view() == name) return &d;
    return nullptr;
}

inline bool maps_port(const container_definition& d, std::int32_t port) {
    if (d.port_mappings)
        for (const auto& m : *d.port_mappings)
            if (m.container_port && m.container_port->number() == port) return true;
    return false;
}

inline const port_mapping* port_named(const task_definition_view& td, std::string_view name) {
    if (td.containers)
        for (const auto& d : *td.containers)
            if (d.port_mappings)
                for (const auto& m : *d.port_mappings)
                    if (m.name && *m.name == name) return &m;
    return nullptr;
}

/// Whether a Fargate platform version ("1.3.0") is older than major.minor; LATEST and forms not
/// read as numbers are not.
constexpr bool platform_before(std::string_view v, int major, int minor) noexcept {
    int parts[2] = {0, 0};
    std::size_t i = 0;
    for (int k = 0; k < 2; ++k) {
        if (i >= v.size() || v[i] < '0' || v[i] > '9') return false;
        while (i < v.size() && v[i] >= '0' && v[i] <= '9') parts[k] = parts[k] * 10 + (v[i++] - '0');
        if (k == 0 && (i >= v.size() || v[i++] != '.')) return false;
    }
    return parts[0] < major || (parts[0] == major && parts[1] < minor);
}

/// An Elastic Load Balancing target group ARN: `targetgroup/<name>/<16 hex digits>`, the name 1-32
/// letters, digits and hyphens.
constexpr bool is_target_group_arn(const core::arn_parts& a) noexcept {
    constexpr std::string_view prefix = "targetgroup/";
    if (a.service != "elasticloadbalancing" || !a.resource.starts_with(prefix)) return false;
    const std::string_view rest = a.resource.substr(prefix.size());
    const std::size_t slash = rest.find('/');
    if (slash == 0 || slash == std::string_view::npos || slash > 32) return false;
    for (char ch : rest.substr(0, slash))
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-')) return false;
    const std::string_view id = rest.substr(slash + 1);
    if (id.size() != 16) return false;
    for (char ch : id)
        if (!((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f'))) return false;
    return true;
}

/// An Elastic Load Balancing listener or listener rule ARN, as a blue/green production or test
/// route is (a listener rule for an Application Load Balancer, a listener for a Network one).
constexpr bool is_listener_arn(const core::arn_parts& a) noexcept {
    return a.service == "elasticloadbalancing" &&
           ((a.resource.starts_with("listener/") && a.resource.size() > 9) ||
            (a.resource.starts_with("listener-rule/") && a.resource.size() > 14));
}

/// The given ARN's parts, when it is one: a malformed ARN is COMMON-004's, not the member's rule.
inline std::optional<core::arn_parts> parts_of(const core::arn& a) noexcept { return core::parts(a); }

inline std::string compatibility_list(const std::vector<core::open_enum<compatibility>>& v) {
    std::string s;
    for (const auto& e : v) s += core::cat(s.empty() ? "" : ", ", e.wire_view());
    return s.empty() ? std::string("empty") : s;
}

inline bool contains(const std::vector<core::open_enum<compatibility>>& v, compatibility x) {
    return std::any_of(v.begin(), v.end(), [&](const auto& e) { return e == x; });
}

/// What the rules need to know about the service as a whole, with CreateService's defaults;
/// for UpdateService only what the update itself states.
struct service_facts {
    bool create = false;
    bool daemon = false;
    std::optional<deployment_controller_type> controller; ///< nothing: not stated (update) or unknown
    std::optional<launch_type> launch;
    bool fargate = false;     ///< the launch type or every provider of the strategy is Fargate
    bool not_fargate = false; ///< the launch type, or a provider of the strategy, is not Fargate
    std::optional<deployment_strategy> strategy;
    bool rolling = false; ///< strategy ROLLING, as given or as CreateService's default
};

template <class R>
service_facts facts_of(const R& r) {
    service_facts f;
    f.create = std::is_same_v<R, create_service_request>;
    if constexpr (std::is_same_v<R, create_service_request>) {
        f.daemon = r.scheduling_strategy && *r.scheduling_strategy == scheduling_strategy::daemon;
        f.controller = r.deployment_controller ? r.deployment_controller->type.known()
                                               : std::optional(deployment_controller_type::ecs);
        if (r.launch_type) f.launch = r.launch_type->known();
    } else if (r.deployment_controller) {
        f.controller = r.deployment_controller->type.known();
    }
    if (f.launch) {
        f.fargate = *f.launch == launch_type::fargate;
        f.not_fargate = !f.fargate;
    }
    if (r.capacity_provider_strategy && !r.capacity_provider_strategy->empty()) {
        bool all = true, any_other = false;
        for (const auto& i : *r.capacity_provider_strategy) {
            const bool fg = is_fargate_provider(i.capacity_provider);
            all = all && fg;
            any_other = any_other || !fg;
        }
        f.fargate = f.fargate || all;
        f.not_fargate = f.not_fargate || any_other;
    }
    if (r.deployment_configuration && r.deployment_configuration->strategy)
        f.strategy = r.deployment_configuration->strategy->known();
    f.rolling = f.strategy == deployment_strategy::rolling ||
                (f.create && !(r.deployment_configuration && r.deployment_configuration->strategy));
    return f;
}

inline std::string controller_name(const service_facts& f) {
    return f.controller ? std::string(core::to_wire(*f.controller)) : std::string("?");
}

/// ECS-SV-036..045: the deployment configuration.
template <class R>
void check_deployment(const R& r, const service_facts& f, core::checker_like auto& c) {
    using core::cat;
    using core::member;
    using core::pointer;
    using DC = deployment_configuration;
    if (!r.deployment_configuration) return;
    const DC& d = *r.deployment_configuration;
    const std::string at = pointer(member<&R::deployment_configuration>);
    const bool ecs_controller = f.controller == deployment_controller_type::ecs;
    const bool other_controller = f.controller && !ecs_controller;
    const std::string maxp = pointer(at, member<&DC::maximum_percent>);
    const std::string minp = pointer(at, member<&DC::minimum_healthy_percent>);
    if (d.maximum_percent && *d.maximum_percent < 0)
        c.error("ECS-SV-036", maxp, cat("maximumPercent is a percentage of desiredCount and cannot be negative; got ", *d.maximum_percent));
    if (d.minimum_healthy_percent && (*d.minimum_healthy_percent < 0 || *d.minimum_healthy_percent > 100))
        c.error("ECS-SV-036", minp,
                cat("minimumHealthyPercent is 0-100 (a share of desiredCount that stays healthy); got ", *d.minimum_healthy_percent));
    if (d.maximum_percent && *d.maximum_percent >= 0 && *d.maximum_percent < 100 && ecs_controller && f.create && !f.daemon)
        c.error("ECS-SV-036", maxp,
                cat("maximumPercent ", *d.maximum_percent, " is below 100: a rolling deployment of a REPLICA service could not "
                    "run its desired count; use 100 or more (the default is 200)"));
    if (d.maximum_percent && d.minimum_healthy_percent && *d.minimum_healthy_percent >= *d.maximum_percent)
        c.error("ECS-SV-037", minp,
                cat("minimumHealthyPercent ", *d.minimum_healthy_percent, " is not below maximumPercent ", *d.maximum_percent,
                    ": a deployment could neither start a new task nor stop an old one"));
    if (f.daemon && d.maximum_percent && *d.maximum_percent != 100)
        c.error("ECS-SV-020", maxp,
                cat("a DAEMON service runs one task per instance, so its maximumPercent is 100; got ", *d.maximum_percent));
    // ECS-SV-038: with CodeDeploy or an external controller the percentages only bound draining
    // on EC2, where the API refuses values other than the defaults, and are unused on Fargate.
    // Where the tasks run comes from the request; the cluster's default strategy is not read.
    if (other_controller && !f.daemon) {
        const bool ec2 = f.launch == launch_type::ec2;
        auto custom = [&](const std::optional<std::int32_t>& v, std::int32_t dflt, const std::string& p,
                          std::string_view name) {
            if (!v || *v == dflt) return;
            if (ec2)
                c.error("ECS-SV-038", p,
                        cat(name, " ", *v, " is not the default ", dflt, ": with ", controller_name(f),
                            " and the EC2 launch type it cannot be set (it only bounds tasks during draining)"));
            else if (f.fargate)
                c.warning("ECS-SV-038", p,
                          cat(name, " is not used with ", controller_name(f), " and Fargate tasks; the deployments are "
                              "made by ", f.controller == deployment_controller_type::code_deploy ? "CodeDeploy" : "the external controller"));
        };
        custom(d.maximum_percent, 200, maxp, "maximumPercent");
        custom(d.minimum_healthy_percent, 100, minp, "minimumHealthyPercent");
    }

    if (d.deployment_circuit_breaker) {
        const std::string p = pointer(at, member<&DC::deployment_circuit_breaker>);
        if (other_controller)
            c.error("ECS-SV-039", p, cat("the deployment circuit breaker works with the ECS deployment controller only; this "
                                         "service uses ", controller_name(f)));
        else if (f.strategy && *f.strategy != deployment_strategy::rolling)
            c.warning("ECS-SV-039", p, cat("the circuit breaker is documented for rolling deployments; with strategy ",
                                           core::to_wire(*f.strategy), " it may not apply"));
    }
    if (d.alarms) {
        const std::string p = pointer(at, member<&DC::alarms>);
        if (d.alarms->alarm_names.empty())
            c.error("ECS-SV-040", pointer(p, member<&deployment_alarms::alarm_names>),
                    "alarmNames is empty: name the CloudWatch alarms whose ALARM state fails the deployment");
        if (other_controller)
            c.error("ECS-SV-040", p, cat("deployment alarms work with the ECS deployment controller only; this service uses ",
                                         controller_name(f)));
    }
    if (d.strategy && other_controller)
        c.error("ECS-SV-041", pointer(at, member<&DC::strategy>),
                cat("a deployment strategy is for the ECS deployment controller; with ", controller_name(f),
                    " the deployments are made by CodeDeploy or by the external controller"));
    const std::string bake = pointer(at, member<&DC::bake_time_in_minutes>);
    if (f.strategy == deployment_strategy::blue_green && !d.bake_time_in_minutes)
        c.error("ECS-SV-042", pointer(at, member<&DC::strategy>),
                "a BLUE_GREEN deployment needs bakeTimeInMinutes: how long both revisions run before the old one stops");
    if (d.bake_time_in_minutes) {
        if (*d.bake_time_in_minutes < 0 || *d.bake_time_in_minutes > 1440)
            c.error("ECS-SV-042", bake, cat("bakeTimeInMinutes is 0-1440 (a day); got ", *d.bake_time_in_minutes));
        // An update without a strategy keeps the service's, which may be BLUE_GREEN: only a
        // stated ROLLING, or CreateService's default, makes the bake time idle.
        else if (f.rolling)
            c.warning("ECS-SV-042", bake, "bakeTimeInMinutes is ignored by ROLLING deployments (the default strategy)");
    }
    if (d.linear_configuration) {
        const std::string p = pointer(at, member<&DC::linear_configuration>);
        using L = linear_configuration;
        if (f.strategy != deployment_strategy::linear)
            c.error("ECS-SV-043", p, "linearConfiguration is for strategy LINEAR only: set the strategy or remove it");
        if (const auto& s = d.linear_configuration->step_percent; s && (*s < 3.0 || *s > 100.0 || !tenths(*s)))
            c.error("ECS-SV-043", pointer(p, member<&L::step_percent>),
                    cat("stepPercent is a multiple of 0.1 from 3.0 to 100.0; got ", *s));
        if (const auto& b = d.linear_configuration->step_bake_time_in_minutes; b && (*b < 0 || *b > 1440))
            c.error("ECS-SV-043", pointer(p, member<&L::step_bake_time_in_minutes>),
                    cat("stepBakeTimeInMinutes is 0-1440; got ", *b));
    }
    if (d.canary_configuration) {
        const std::string p = pointer(at, member<&DC::canary_configuration>);
        using K = canary_configuration;
        if (f.strategy != deployment_strategy::canary)
            c.error("ECS-SV-043", p, "canaryConfiguration is for strategy CANARY only: set the strategy or remove it");
        if (const auto& s = d.canary_configuration->canary_percent; s && (*s < 0.1 || *s > 100.0 || !tenths(*s)))
            c.error("ECS-SV-043", pointer(p, member<&K::canary_percent>),
                    cat("canaryPercent is a multiple of 0.1 from 0.1 to 100.0; got ", *s));
        if (const auto& b = d.canary_configuration->canary_bake_time_in_minutes; b && (*b < 0 || *b > 1440))
            c.error("ECS-SV-043", pointer(p, member<&K::canary_bake_time_in_minutes>),
                    cat("canaryBakeTimeInMinutes is 0-1440; got ", *b));
    }
    if (d.lifecycle_hooks) {
        using H = deployment_lifecycle_hook;
        const std::string hooks = pointer(at, member<&DC::lifecycle_hooks>);
        if (other_controller && !d.lifecycle_hooks->empty())
            c.error("ECS-SV-045", hooks, cat("lifecycle hooks run in deployments of the ECS controller only; this service uses ",
                                             controller_name(f)));
        for (std::size_t i = 0; i < d.lifecycle_hooks->size(); ++i) {
            const H& h = (*d.lifecycle_hooks)[i];
            const bool lambda = !h.target_type || *h.target_type == deployment_lifecycle_hook_target_type::aws_lambda;
            if (lambda && !h.hook_target_arn)
                c.error("ECS-SV-045", pointer(hooks, i),
                        "an AWS_LAMBDA hook (the default target type) needs hookTargetArn, the function to call");
            if (!h.lifecycle_stages || h.lifecycle_stages->empty())
                c.error("ECS-SV-045", pointer(hooks, i, member<&H::lifecycle_stages>),
                        "a lifecycle hook needs at least one lifecycleStages value: the stages it runs at");
        }
    }
}

/// ECS-SV-065: a load balancer's blue/green routes.
inline void check_advanced_configuration(const advanced_configuration& a, const std::string& at, const service_facts& f,
                                         core::checker_like auto& c) {
    using core::cat;
    using core::member;
    using core::pointer;
    using AC = advanced_configuration;
    if (f.rolling)
        c.warning("ECS-SV-065", at,
                  "advancedConfiguration is for BLUE_GREEN, LINEAR and CANARY deployments; a ROLLING deployment (the "
                  "default strategy) does not use it");
    auto need = [&](bool given, std::string_view what) {
        if (!given) c.error("ECS-SV-065", at, cat("advancedConfiguration needs ", what));
    };
    need(a.alternate_target_group_arn.has_value(), "alternateTargetGroupArn: the target group the new revision's tasks join");
    need(a.production_listener_rule.has_value(),
         "productionListenerRule: the listener rule (Application Load Balancer) or listener (Network Load Balancer) of production traffic");
    need(a.role_arn.has_value(), "roleArn: the IAM role that lets ECS change the listeners");
    if (a.alternate_target_group_arn)
        if (auto p = parts_of(*a.alternate_target_group_arn); p && !is_target_group_arn(*p))
            c.error("ECS-SV-065", pointer(at, member<&AC::alternate_target_group_arn>),
                    cat("\"", a.alternate_target_group_arn->view(), "\" is not a target group ARN: expected "
                        "arn:<partition>:elasticloadbalancing:<region>:<account>:targetgroup/<name>/<16 hex digits>"));
    auto route = [&](const std::optional<core::arn>& v, core::member_token m) {
        if (!v) return;
        if (auto p = parts_of(*v); p && !is_listener_arn(*p))
            c.error("ECS-SV-065", pointer(at, m),
                    cat("\"", v->view(), "\" is not an Elastic Load Balancing listener or listener rule ARN "
                        "(arn:<partition>:elasticloadbalancing:<region>:<account>:listener-rule/... or listener/...)"));
    };
    route(a.production_listener_rule, member<&AC::production_listener_rule>);
    route(a.test_listener_rule, member<&AC::test_listener_rule>);
    if (a.role_arn)
        if (auto p = parts_of(*a.role_arn); p && !iam::is_role_arn(*p))
            c.error("ECS-SV-065", pointer(at, member<&AC::role_arn>),
                    cat("\"", a.role_arn->view(), "\" is not an IAM role ARN: expected ", iam::role_arn_form));
}

/// ECS-SV-060..068: load balancers, role and grace period.
template <class R>
void check_load_balancers(const R& r, const service_facts& f, const std::optional<task_definition_view>& td,
                          core::checker_like auto& c) {
    using core::cat;
    using core::member;
    using core::pointer;
    using LB = load_balancer;
    const auto lbs = member<&R::load_balancers>;
    std::size_t groups = 0, classic = 0;
    if (r.load_balancers) {
        for (std::size_t i = 0; i < r.load_balancers->size(); ++i) {
            const LB& lb = (*r.load_balancers)[i];
            const std::string at = pointer(lbs, i);
            if (lb.target_group_arn && lb.load_balancer_name)
                c.error("ECS-SV-060", at, "give targetGroupArn (Application or Network Load Balancer) or loadBalancerName "
                                          "(Classic Load Balancer), not both");
            else if (!lb.target_group_arn && !lb.load_balancer_name)
                c.error("ECS-SV-060", at, "a load balancer needs targetGroupArn (Application or Network Load Balancer) or "
                                          "loadBalancerName (Classic Load Balancer)");
            groups += lb.target_group_arn.has_value();
            classic += lb.load_balancer_name.has_value() && !lb.target_group_arn;
            if (lb.target_group_arn)
                if (auto a = parts_of(*lb.target_group_arn); a && !is_target_group_arn(*a))
                    c.error("ECS-SV-064", pointer(at, member<&LB::target_group_arn>),
                            cat("\"", lb.target_group_arn->view(), "\" is not a target group ARN: expected "
                                "arn:<partition>:elasticloadbalancing:<region>:<account>:targetgroup/<name>/<16 hex digits>"));
            if (lb.load_balancer_name && !lb.target_group_arn && f.daemon)
                // Older developer guide text refused Classic Load Balancers for DAEMON services;
                // the current API text does not, hence a warning.
                c.warning("ECS-SV-021", pointer(at, member<&LB::load_balancer_name>),
                          "a DAEMON service with a Classic Load Balancer: older ECS documentation refused this; use a "
                          "target group of an Application or Network Load Balancer");
            if (lb.advanced_configuration)
                check_advanced_configuration(*lb.advanced_configuration, pointer(at, member<&LB::advanced_configuration>), f, c);
            if (!lb.container_name)
                c.error("ECS-SV-061", at, "containerName is required: the container the load balancer sends traffic to");
            if (!lb.container_port)
                c.error("ECS-SV-061", at, "containerPort is required: the container's port the load balancer sends traffic to");
            else if (lb.container_port->number() < 1 || lb.container_port->number() > 65535)
                c.error("ECS-SV-061", pointer(at, member<&LB::container_port>),
                        cat("containerPort is 1-65535; got ", lb.container_port->number()));
            if (lb.load_balancer_name && !lb.target_group_arn) {
                if (f.fargate)
                    c.error("ECS-SV-059", pointer(at, member<&LB::load_balancer_name>),
                            "Fargate tasks cannot use a Classic Load Balancer: use a target group of an Application or Network Load Balancer");
                else if (td && td->network == network_mode::awsvpc)
                    c.error("ECS-SV-059", pointer(at, member<&LB::load_balancer_name>),
                            "the task definition's networkMode is awsvpc, which Classic Load Balancers do not support: use a "
                            "target group");
                if (f.controller == deployment_controller_type::code_deploy)
                    c.error("ECS-SV-026", pointer(at, member<&LB::load_balancer_name>),
                            "the CODE_DEPLOY controller shifts traffic between target groups: a Classic Load Balancer cannot be used");
            }
            if (td && lb.container_name && lb.container_port) {
                const container_definition* d = container_named(*td, *lb.container_name);
                if (!d)
                    c.error("ECS-SV-062", pointer(at, member<&LB::container_name>),
                            cat("the task definition's containerDefinitions have no container named \"", *lb.container_name, "\""));
                else if (!maps_port(*d, lb.container_port->number()))
                    c.error("ECS-SV-062", pointer(at, member<&LB::container_port>),
                            cat("container \"", *lb.container_name, "\" of the task definition has no portMappings containerPort ",
                                lb.container_port->number()));
            }
        }
        if (groups > 5)
            c.error("ECS-SV-063", lbs, cat("a service has at most 5 target groups; this one has ", groups));
        if (classic > 1)
            c.error("ECS-SV-063", lbs, cat("a service has at most one Classic Load Balancer; this one has ", classic));
        if (classic > 0 && groups > 0)
            c.error("ECS-SV-063", lbs, "a service uses target groups or a Classic Load Balancer, not both");
        if (groups > 1 && f.controller && *f.controller != deployment_controller_type::ecs)
            c.error("ECS-SV-027", lbs, cat("several target groups need the ECS deployment controller; with ", controller_name(f),
                                           " a service has one"));
    }
    if (f.create && f.controller == deployment_controller_type::code_deploy && groups == 0)
        c.error("ECS-SV-026", lbs,
                "the CODE_DEPLOY controller needs a load balancer: a target group of an Application or Network Load Balancer");

    const auto grace = member<&R::health_check_grace_period_seconds>;
    if (r.health_check_grace_period_seconds) {
        const std::int32_t g = *r.health_check_grace_period_seconds;
        if (g < 0) c.error("ECS-SV-067", grace, cat("healthCheckGracePeriodSeconds cannot be negative; got ", g));
        const bool balanced = (r.load_balancers && !r.load_balancers->empty()) ||
                              (r.vpc_lattice_configurations && !r.vpc_lattice_configurations->empty());
        if (g > 0 && f.create && !balanced && td && td->containers) {
            bool checks = false;
            for (const auto& d : *td->containers) checks = checks || d.health_check.has_value();
            if (!checks)
                c.error("ECS-SV-068", grace,
                        "healthCheckGracePeriodSeconds applies to load balancer, VPC Lattice and container health checks; the "
                        "service has no load balancer and the task definition's containerDefinitions have no healthCheck");
            else
                c.warning("ECS-SV-068", grace,
                          "without load balancers the grace period only delays the containerDefinitions' healthCheck results");
        }
    }
}

/// ECS-SV-090..092: placement.
template <class R>
void check_placement(const R& r, const service_facts& f, const std::optional<task_definition_view>& td,
                     core::checker_like auto& c) {
    using core::cat;
    using core::member;
    using core::pointer;
    if (r.placement_constraints) {
        using P = placement_constraint;
        const auto& pcs = *r.placement_constraints;
        const auto at = member<&R::placement_constraints>;
        for (std::size_t i = 0; i < pcs.size(); ++i) {
            const P& p = pcs[i];
            if (!p.type) continue;
            if (*p.type == placement_constraint_type::distinct_instance && p.expression && !p.expression->empty())
                c.error("ECS-SV-090", pointer(at, i, member<&P::expression>),
                        "a distinctInstance constraint takes no expression");
            if (*p.type == placement_constraint_type::member_of) {
                if (!p.expression || p.expression->empty())
                    c.error("ECS-SV-090", pointer(at, i),
                            "a memberOf constraint needs an expression in the cluster query language");
                else if (p.expression->size() > 2000)
                    c.error("ECS-SV-090", pointer(at, i, member<&P::expression>),
                            cat("an expression is at most 2000 characters; this one has ", p.expression->size()));
            }
        }
        const std::size_t own = td && td->placement_constraints ? td->placement_constraints->size() : 0;
        if (pcs.size() > 10)
            c.error("ECS-SV-090", at, cat("a task takes at most 10 placement constraints; this service gives ", pcs.size()));
        else if (pcs.size() + own > 10)
            c.error("ECS-SV-090", at,
                    cat("a task takes at most 10 placement constraints: these ", pcs.size(), " and the task definition's ",
                        own, " placementConstraints make ", pcs.size() + own));
        if (f.fargate && !pcs.empty())
            c.error("ECS-SV-092", at, "Fargate tasks take no placement constraints: AWS places them");
    }
    if (r.placement_strategy) {
        using S = placement_strategy;
        const auto& ps = *r.placement_strategy;
        const auto at = member<&R::placement_strategy>;
        for (std::size_t i = 0; i < ps.size(); ++i) {
            const S& s = ps[i];
            if (!s.type) continue;
            const std::string field = s.field.value_or("");
            switch (s.type->known().value_or(placement_strategy_type::random)) {
            case placement_strategy_type::random:
                if (s.type->is_known() && s.field)
                    c.error("ECS-SV-091", pointer(at, i, member<&S::field>), "a random strategy takes no field");
                break;
            case placement_strategy_type::binpack:
                if (field != "cpu" && field != "memory")
                    c.error("ECS-SV-091", pointer(at, i, member<&S::field>),
                            cat("binpack packs by cpu or memory; field \"", field, "\" is neither"));
                break;
            case placement_strategy_type::spread:
                if (field != "instanceId" && field != "host" && !(field.starts_with("attribute:") && field.size() > 10))
                    c.error("ECS-SV-091", pointer(at, i, member<&S::field>),
                            cat("spread spreads by instanceId, host or attribute:<name>; field \"", field, "\" is none of them"));
                break;
            }
        }
        if (ps.size() > 5)
            c.error("ECS-SV-091", at, cat("a service takes at most 5 placement strategies; this one has ", ps.size()));
        else if (ps.size() == 5)
            c.warning("ECS-SV-091", at, "5 placement strategies: the archived developer guide allowed 4");
        if (f.fargate && !ps.empty())
            c.error("ECS-SV-092", at, "Fargate tasks take no placement strategies: AWS places them");
        if (f.daemon && !ps.empty())
            c.error("ECS-SV-014", at, "a DAEMON service places one task on each instance: placement strategies do not apply");
    }
}

/// ECS-SV-075..088: Service Connect.
template <class R>
void check_service_connect(const R& r, const service_facts& f, const std::optional<task_definition_view>& td,
                           const cluster* k, core::checker_like auto& c) {
    using core::cat;
    using core::member;
    using core::pointer;
    using SC = service_connect_configuration;
    using SV = service_connect_service;
    using A = service_connect_client_alias;
    if (!r.service_connect_configuration) return;
    const SC& s = *r.service_connect_configuration;
    const std::string at = pointer(member<&R::service_connect_configuration>);
    if (!s.enabled && (s.namespace_ || s.services || s.log_configuration || s.access_log_configuration))
        c.warning("ECS-SV-075", pointer(at, member<&SC::enabled>),
                  "Service Connect is not enabled, so its other members are ignored");
    if (s.access_log_configuration && !s.log_configuration)
        c.error("ECS-SV-088", pointer(at, member<&SC::access_log_configuration>),
                "access logs are written through the proxy's logConfiguration: give logConfiguration too");

    // ECS-SV-076: the namespace, or the cluster's default one.
    if (s.namespace_) {
        const std::string ns_at = pointer(at, member<&SC::namespace_>);
        if (int p = service_connect_namespace_policy::check(*s.namespace_)) {
            c.error("ECS-SV-076", ns_at, service_connect_namespace_policy::message(p, *s.namespace_));
        } else if (auto ns = core::parse_arn(*s.namespace_)) {
            std::string_view region;
            const char* whose = "cluster ARN";
            if (r.cluster)
                if (auto a = r.cluster->arn()) region = a->region;
            if (region.empty() && k && k->cluster_arn)
                if (auto a = core::parts(*k->cluster_arn)) {
                    region = a->region;
                    whose = "cluster's clusterArn";
                }
            if (!region.empty() && !ns->region.empty() && ns->region != region)
                c.error("ECS-SV-076", ns_at,
                        cat("the namespace is in ", ns->region, " and the ", whose, " in ", region,
                            ": Service Connect uses a namespace of the service's own Region"));
        }
    } else if (s.enabled && f.create && k && !(k->service_connect_defaults && k->service_connect_defaults->namespace_)) {
        // Only CreateService: an update without a namespace may keep the service's current one.
        c.error("ECS-SV-076", at,
                "Service Connect has no namespace: the configuration names none and the cluster's "
                "serviceConnectDefaults.namespace is absent; name a Cloud Map namespace");
    }

    if (s.enabled) {
        // ECS-SV-077: where Service Connect runs.
        if (f.controller && *f.controller != deployment_controller_type::ecs)
            c.error("ECS-SV-077", at,
                    cat("Service Connect works with the ECS deployment controller only; this service uses ", controller_name(f)));
        if (f.launch == launch_type::external)
            c.error("ECS-SV-077", at, "Service Connect is not for the EXTERNAL launch type (ECS Anywhere)");
        if (r.platform_version && f.fargate && platform_before(*r.platform_version, 1, 4))
            c.error("ECS-SV-077", at,
                    cat("Service Connect on Fargate needs platform version 1.4.0 or later; platformVersion is ",
                        *r.platform_version));
        if (td && td->windows)
            c.error("ECS-SV-077", at,
                    "the task definition's runtimePlatform.operatingSystemFamily is a Windows family, and Service Connect "
                    "is for Linux tasks only");
        // ECS-SV-078: the proxy's memory comes out of the task's.
        if (td && td->containers) {
            if (!td->memory_given) {
                c.error("ECS-SV-078", at,
                        "Service Connect adds a proxy container to each task, so the task definition needs task-level "
                        "memory, and its memory is absent");
            } else if (td->memory_mib) {
                std::int64_t sum = 0;
                for (const auto& d : *td->containers)
                    if (d.memory) sum += d.memory->count();
                if (sum > 0 && sum >= *td->memory_mib)
                    c.error("ECS-SV-078", at,
                            cat("the task definition's containerDefinitions[].memory add up to ", sum,
                                " MiB, which leaves nothing of its memory (", *td->memory_mib,
                                " MiB) to the Service Connect proxy: raise the task's memory or lower the containers'"));
            }
        }
    }
    if (!s.services) return;
    const auto& svcs = *s.services;
    const auto repeated = core::find_repeats(svcs.size(), [&](std::size_t i) -> std::optional<std::string_view> {
        if (svcs[i].discovery_name) return std::string_view(*svcs[i].discovery_name);
        return std::string_view(svcs[i].port_name); // the default discovery name
    });
    for (std::size_t i = 0; i < svcs.size(); ++i) {
        const SV& v = svcs[i];
        const std::string sv = pointer(at, member<&SC::services>, i);
        if (v.discovery_name) {
            const auto& n = *v.discovery_name;
            if (n.size() > 64 || !service_connect_name(n, false))
                c.error("ECS-SV-080", pointer(sv, member<&SV::discovery_name>),
                        cat("discoveryName \"", n, "\" must be 1-64 lower-case letters, digits, _ and -, not starting with -"));
        }
        for (const auto& rep : repeated)
            if (rep.index == i)
                c.error("ECS-SV-080", pointer(sv, v.discovery_name ? member<&SV::discovery_name> : member<&SV::port_name>),
                        cat("services ", rep.first, " and ", i, " have the same discovery name; each needs its own"));
        const std::size_t aliases = v.client_aliases ? v.client_aliases->size() : 0;
        if (aliases != 1)
            c.error("ECS-SV-081", pointer(sv, member<&SV::client_aliases>),
                    cat("a Service Connect service gives exactly one client alias (a port and optional DNS name); this one has ",
                        aliases));
        if (v.client_aliases)
            for (std::size_t j = 0; j < v.client_aliases->size(); ++j) {
                const A& a = (*v.client_aliases)[j];
                const std::string ap = pointer(sv, member<&SV::client_aliases>, j);
                if (a.port.number() == 0)
                    c.warning("ECS-SV-082", pointer(ap, member<&A::port>), "client alias port 0: clients need a real port");
                if (a.test_traffic_rules && f.rolling)
                    c.warning("ECS-SV-084", pointer(ap, member<&A::test_traffic_rules>),
                              "testTrafficRules route test traffic in BLUE_GREEN, LINEAR and CANARY deployments; a ROLLING "
                              "deployment (the default strategy) ignores them");
                if (a.dns_name && (a.dns_name->size() > 127 || !service_connect_name(*a.dns_name, true)))
                    c.error("ECS-SV-083", pointer(ap, member<&A::dns_name>),
                            cat("dnsName \"", *a.dns_name, "\" must be 1-127 lower-case letters, digits, _, - and ., not starting with -"));
            }
        if (v.tls && !v.tls->issuer_certificate_authority.aws_pca_authority_arn)
            c.error("ECS-SV-087", pointer(sv, member<&SV::tls>, member<&service_connect_tls_configuration::issuer_certificate_authority>),
                    "issuerCertificateAuthority needs awsPcaAuthorityArn: the AWS Private CA that issues the certificates");
        const port_mapping* named = td && td->containers ? port_named(*td, v.port_name) : nullptr;
        if (td && td->containers && !named)
            c.error("ECS-SV-079", pointer(sv, member<&SV::port_name>),
                    cat("no portMappings entry of the task definition's containerDefinitions has name \"", v.port_name, "\""));
        if (v.ingress_port_override) {
            const std::int32_t port = v.ingress_port_override->number();
            const std::string p = pointer(sv, member<&SV::ingress_port_override>);
            if (port == 0)
                c.warning("ECS-SV-085", p, "ingressPortOverride 0: the proxy needs a real port to listen on; leave it out for the default");
            else if (named && named->container_port && named->container_port->number() == port)
                c.warning("ECS-SV-085", p,
                          cat("ingressPortOverride ", port, " is the containerPort of the task definition's port mapping \"",
                              v.port_name, "\": the proxy and the application would listen on the same port"));
        }
        if (named && v.timeout && v.timeout->per_request_timeout_seconds && !named->app_protocol)
            c.error("ECS-SV-086", pointer(sv, member<&SV::timeout>, member<&timeout_configuration::per_request_timeout_seconds>),
                    cat("perRequestTimeoutSeconds is for http, http2 and grpc; the task definition's port mapping \"", v.port_name,
                        "\" has no appProtocol, so its traffic is TCP"));
    }
}

/// ECS-SV-070..072: service registries.
template <class R>
void check_registries(const R& r, const std::optional<task_definition_view>& td, core::checker_like auto& c) {
    using core::cat;
    using core::member;
    using core::pointer;
    using SR = service_registry;
    if (!r.service_registries) return;
    const auto at = member<&R::service_registries>;
    if (r.service_registries->size() > 1)
        c.error("ECS-SV-070", at, cat("a service has at most one service registry; this one has ", r.service_registries->size()));
    for (std::size_t i = 0; i < r.service_registries->size(); ++i) {
        const SR& s = (*r.service_registries)[i];
        const std::string p = pointer(at, i);
        if (s.container_name.has_value() != s.container_port.has_value())
            c.error("ECS-SV-071", p, "containerName and containerPort are given together (for SRV records) or not at all");
        if (td && td->network) {
            const network_mode m = *td->network;
            if (m == network_mode::none)
                c.error("ECS-SV-071", p, "the task definition's networkMode is none: its tasks cannot be registered");
            else if ((m == network_mode::bridge || m == network_mode::host) && !(s.container_name && s.container_port))
                c.error("ECS-SV-071", p,
                        cat("the task definition's networkMode is ", core::to_wire(m),
                            ", which registers SRV records: give containerName and containerPort"));
            else if (m == network_mode::awsvpc && s.port && (s.container_name || s.container_port))
                c.error("ECS-SV-071", pointer(p, member<&SR::port>),
                        "with the task definition's networkMode awsvpc give port or containerName and containerPort, not both");
        }
        if (td && td->containers && s.container_name && s.container_port) {
            const container_definition* d = container_named(*td, *s.container_name);
            if (!d)
                c.error("ECS-SV-072", pointer(p, member<&SR::container_name>),
                        cat("the task definition's containerDefinitions have no container named \"", *s.container_name, "\""));
            else if (!maps_port(*d, s.container_port->number()))
                c.error("ECS-SV-072", pointer(p, member<&SR::container_port>),
                        cat("container \"", *s.container_name, "\" of the task definition has no portMappings containerPort ",
                            s.container_port->number()));
        }
    }
}

/// ECS-SV-073: VPC Lattice target groups.
template <class R>
void check_vpc_lattice(const R& r, const std::optional<task_definition_view>& td, core::checker_like auto& c) {
    using core::cat;
    using core::member;
    using core::pointer;
    using L = vpc_lattice_configuration;
    if (!r.vpc_lattice_configurations) return;
    for (std::size_t i = 0; i < r.vpc_lattice_configurations->size(); ++i) {
        const L& l = (*r.vpc_lattice_configurations)[i];
        const std::string at = pointer(member<&R::vpc_lattice_configurations>, i);
        if (auto a = parts_of(l.role_arn); a && !iam::is_role_arn(*a))
            c.error("ECS-SV-073", pointer(at, member<&L::role_arn>),
                    cat("\"", l.role_arn.view(), "\" is not an IAM role ARN: expected ", iam::role_arn_form));
        if (auto a = parts_of(l.target_group_arn);
            a && !(a->service == "vpc-lattice" && a->resource.starts_with("targetgroup/") && a->resource.size() > 12))
            c.error("ECS-SV-073", pointer(at, member<&L::target_group_arn>),
                    cat("\"", l.target_group_arn.view(), "\" is not a VPC Lattice target group ARN: expected "
                        "arn:<partition>:vpc-lattice:<region>:<account>:targetgroup/tg-..."));
        if (td && td->containers && !port_named(*td, l.port_name))
            c.error("ECS-SV-073", pointer(at, member<&L::port_name>),
                    cat("no portMappings entry of the task definition's containerDefinitions has name \"", l.port_name, "\""));
    }
}

/// ECS-SV-102..109: the managed EBS volume of a volume configuration, at `at`.
inline void check_service_ebs_volume(const service_managed_ebs_volume_configuration& m, const std::string& at,
                                     const service_facts& f, const std::optional<task_definition_view>& td,
                                     core::checker_like auto& c) {
    using core::cat;
    using core::member;
    using core::pointer;
    using M = service_managed_ebs_volume_configuration;
    check_managed_ebs_volume(m, at, service_ebs_rules, c);
    if (auto a = parts_of(m.role_arn); a && !iam::is_role_arn(*a))
        c.error("ECS-SV-102", pointer(at, member<&M::role_arn>),
                cat("\"", m.role_arn.view(), "\" is not an IAM role ARN: expected ", iam::role_arn_form,
                    " (the ECS infrastructure role)"));
    const std::string type = m.volume_type.value_or(std::string(managed_ebs_default_type));
    if (type == "standard" && f.fargate)
        c.error("ECS-SV-104", pointer(at, member<&M::volume_type>),
                "Fargate tasks take no standard (magnetic) volumes: use gp3, gp2, io1, io2, st1 or sc1");
    // EBS gives a gp3 volume at most 0.25 MiB/s per provisioned IOPS; the ECS text states only the
    // 1,000 MiB/s bound, hence a warning.
    if (type == "gp3" && m.throughput) {
        const std::int64_t t = m.throughput->count();
        const std::int64_t iops = m.iops ? m.iops->count() : managed_ebs_gp3_baseline_iops;
        if (t >= managed_ebs_min_throughput && t <= managed_ebs_max_throughput && t * 4 > iops)
            c.warning("ECS-SV-106", pointer(at, member<&M::throughput>),
                      cat("throughput ", t, " MiB/s is above 0.25 MiB/s per IOPS (", iops, " IOPS",
                          m.iops ? "" : ", the gp3 baseline", " allow ", iops / 4, "): EBS may refuse the volume"));
    }
    if (m.kms_key_id) {
        const std::string p = pointer(at, member<&M::kms_key_id>);
        if (!kms::is_key_reference(*m.kms_key_id))
            c.error("ECS-SV-108", p,
                    cat("\"", *m.kms_key_id, "\" does not name a KMS key: use a key id, a key ARN, alias/<name> or an alias ARN"));
        if (m.encrypted && !*m.encrypted)
            c.warning("ECS-SV-108", p, "kmsKeyId is given but encrypted is false: the key is not used");
    }
    if (m.filesystem_type && *m.filesystem_type == task_filesystem_type::ntfs && td && !td->windows)
        c.error("ECS-SV-108", pointer(at, member<&M::filesystem_type>),
                "ntfs is for Windows tasks, and the task definition's runtimePlatform.operatingSystemFamily is not a "
                "Windows family (absent: Linux): use xfs, ext4 or ext3");
}

/// ECS-SV-053: the capacity the service asks for against the task definition's compatibilities.
template <class R>
void check_compatibility(const R& r, const service_facts& f, const task_definition_view& td, core::checker_like auto& c) {
    using core::cat;
    using core::member;
    std::string at;
    if constexpr (requires { r.launch_type; })
        if (r.launch_type) at = core::pointer(member<&R::launch_type>);
    if (at.empty() && r.capacity_provider_strategy && !r.capacity_provider_strategy->empty())
        at = core::pointer(member<&R::capacity_provider_strategy>);
    if (at.empty()) return;
    const char* asked = f.launch ? "the launch type" : "the capacity providers";
    if (f.fargate) {
        if (td.compatibilities && !contains(*td.compatibilities, compatibility::fargate))
            c.error("ECS-SV-053", at,
                    cat("the task definition's compatibilities are ", compatibility_list(*td.compatibilities), ", so ", asked,
                        " (Fargate) cannot run it"));
        else if (!td.compatibilities && td.requires_compatibilities &&
                 !contains(*td.requires_compatibilities, compatibility::fargate))
            c.error("ECS-SV-053", at,
                    cat("the task definition's requiresCompatibilities are ", compatibility_list(*td.requires_compatibilities),
                        ", without FARGATE: register it with FARGATE to run it on Fargate"));
        if (td.network_written && *td.network_written != network_mode::awsvpc)
            c.error("ECS-SV-053", at,
                    cat("Fargate tasks use the awsvpc network mode, and the task definition's networkMode is ",
                        core::to_wire(*td.network_written)));
        if (td.containers)
            for (const auto& d : *td.containers) {
                if (!d.log_configuration) continue;
                const auto& drv = d.log_configuration->log_driver;
                if (drv.is_known() && drv != log_driver::awslogs && drv != log_driver::splunk && drv != log_driver::awsfirelens)
                    c.error("ECS-SV-053", at,
                            cat("Fargate tasks log with awslogs, splunk or awsfirelens, and the task definition's container \"",
                                d.name ? std::string_view(*d.name) : std::string_view(), "\" has logConfiguration.logDriver ",
                                drv.wire_view()));
            }
    } else if (f.launch && td.compatibilities) {
        static constexpr std::array<std::pair<launch_type, compatibility>, 3> same{{
            {launch_type::ec2, compatibility::ec2},
            {launch_type::external, compatibility::external},
            {launch_type::managed_instances, compatibility::managed_instances},
        }};
        for (const auto& [lt, compat] : same)
            if (*f.launch == lt && !contains(*td.compatibilities, compat))
                c.error("ECS-SV-053", at,
                        cat("the task definition's compatibilities are ", compatibility_list(*td.compatibilities),
                            ", so it cannot run with launchType ", core::to_wire(lt)));
    }
}

/// ECS-SV-044: the deployments that shift traffic need something to shift it with.
template <class R>
void check_traffic_shifting(const R& r, const service_facts& f, core::checker_like auto& c) {
    using core::member;
    if (!f.strategy || *f.strategy == deployment_strategy::rolling) return;
    const bool balanced = r.load_balancers && std::any_of(r.load_balancers->begin(), r.load_balancers->end(),
                                                          [](const load_balancer& lb) { return lb.advanced_configuration.has_value(); });
    const bool connected = r.service_connect_configuration && r.service_connect_configuration->enabled &&
                           r.service_connect_configuration->services && !r.service_connect_configuration->services->empty();
    const bool lattice = r.vpc_lattice_configurations && !r.vpc_lattice_configurations->empty();
    if (!balanced && !connected && !lattice)
        c.warning("ECS-SV-044", core::pointer(member<&R::deployment_configuration>, member<&deployment_configuration::strategy>),
                  core::cat("strategy ", core::to_wire(*f.strategy),
                            " shifts traffic through a load balancer's advancedConfiguration, Service Connect services or VPC "
                            "Lattice, and the service has none of them: the deployment would run without shifting traffic"));
}

/// The rules both requests share, on what each gives.
template <class R>
void check_service(const R& r, core::checker_like auto& c) {
    using core::cat;
    using core::member;
    using core::pointer;
    const service_facts f = facts_of(r);
    std::optional<task_definition_view> td;
    if (r.task_definition) td = task_definition_named(r.task_definition->view(), c);
    const cluster* k = cluster_named(r.cluster ? r.cluster->view() : std::string_view("default"), c);

    if (r.desired_count && *r.desired_count < 0)
        c.error("ECS-SV-011", member<&R::desired_count>, cat("desiredCount cannot be negative; got ", *r.desired_count));

    if (r.task_definition) {
        std::string problem;
        if (!parse_task_definition(r.task_definition->view(), problem))
            c.error("ECS-SV-006", member<&R::task_definition>, problem);
    }
    if (r.enable_execute_command.value_or(false) && td && !td->task_role)
        c.error("ECS-SV-098", member<&R::enable_execute_command>,
                "enableExecuteCommand needs a task role, and the task definition's taskRoleArn is absent: add a task role "
                "allowed the ssmmessages actions");
    // ECS-SV-052: what the task definition needs of the Fargate platform (Windows has platforms of its own).
    if (r.platform_version && td && !td->windows && platform_before(*r.platform_version, 1, 4)) {
        if (td->ephemeral_storage)
            c.error("ECS-SV-052", member<&R::platform_version>,
                    cat("the task definition's ephemeralStorage needs Fargate platform version 1.4.0 or later; platformVersion is ",
                        *r.platform_version));
        if (td->pid_mode)
            c.error("ECS-SV-052", member<&R::platform_version>,
                    cat("the task definition's pidMode needs Fargate platform version 1.4.0 or later; platformVersion is ",
                        *r.platform_version));
    }
    if (td) check_compatibility(r, f, *td, c);

    if (r.capacity_provider_strategy) {
        const std::vector<std::string>* associated = k && k->capacity_providers ? &*k->capacity_providers : nullptr;
        check_capacity_provider_strategy(*r.capacity_provider_strategy, c, pointer(member<&R::capacity_provider_strategy>),
                                         service_strategy_rules, associated);
    }
    if (r.platform_version && f.not_fargate)
        c.error("ECS-SV-051", member<&R::platform_version>,
                "platformVersion is for Fargate tasks only; this service's launch type or capacity providers are not Fargate");

    if (r.network_configuration && r.network_configuration->awsvpc_configuration) {
        using V = aws_vpc_configuration;
        const V& v = *r.network_configuration->awsvpc_configuration;
        const std::string at = pointer(member<&R::network_configuration>, member<&network_configuration::awsvpc_configuration>);
        if (v.subnets.empty() || v.subnets.size() > 16)
            c.error("ECS-SV-056", pointer(at, member<&V::subnets>),
                    cat("awsvpcConfiguration takes 1-16 subnets; got ", v.subnets.size()));
        if (v.security_groups && v.security_groups->size() > 5)
            c.error("ECS-SV-057", pointer(at, member<&V::security_groups>),
                    cat("awsvpcConfiguration takes at most 5 security groups; got ", v.security_groups->size()));
        if (v.assign_public_ip && *v.assign_public_ip == assign_public_ip::enabled) {
            // botocore's text also says the value must be DISABLED with the ECS deployment
            // controller; AWS's own Fargate tutorials run such services with public IPs, so a
            // finding there would fire on working services and is not reported.
            if (f.not_fargate)
                c.error("ECS-SV-058", pointer(at, member<&V::assign_public_ip>),
                        "assignPublicIp ENABLED is for Fargate tasks only; tasks on EC2 instances take no public IP this way");
        }
    }
    if (td && td->network) {
        const bool awsvpc = *td->network == network_mode::awsvpc;
        if (awsvpc && f.create && !r.network_configuration)
            c.error("ECS-SV-055", member<&R::network_configuration>,
                    "the task definition's networkMode is awsvpc: the service needs networkConfiguration (subnets, security groups)");
        if (!awsvpc && r.network_configuration)
            c.error("ECS-SV-055", member<&R::network_configuration>,
                    cat("networkConfiguration is for awsvpc tasks; the task definition's networkMode is ", core::to_wire(*td->network)));
    }

    if (r.volume_configurations) {
        const auto at = member<&R::volume_configurations>;
        const auto& vcs = *r.volume_configurations;
        if (vcs.size() > 1)
            c.error("ECS-SV-100", at, cat("a task takes one Amazon EBS volume, so one volume configuration; got ", vcs.size()));
        if (f.daemon && !vcs.empty())
            c.error("ECS-SV-018", at, "managed Amazon EBS volumes are for REPLICA services only");
        for (std::size_t i = 0; i < vcs.size(); ++i)
            if (vcs[i].managed_ebs_volume)
                check_service_ebs_volume(*vcs[i].managed_ebs_volume,
                                         pointer(at, i, member<&service_volume_configuration::managed_ebs_volume>), f, td, c);
        if (td && td->volumes)
            for (std::size_t i = 0; i < vcs.size(); ++i) {
                bool found = false;
                for (const auto& v : *td->volumes)
                    found = found || (v.name && *v.name == vcs[i].name && v.configured_at_launch.value_or(false));
                if (!found)
                    c.error("ECS-SV-101", pointer(at, i, member<&service_volume_configuration::name>),
                            cat("the task definition's volumes have no volume \"", vcs[i].name, "\" with configuredAtLaunch true"));
            }
    }
    if (td && td->volumes && f.create && (!r.volume_configurations || r.volume_configurations->empty()))
        for (const auto& v : *td->volumes)
            if (v.configured_at_launch.value_or(false))
                c.error("ECS-SV-101", member<&R::task_definition>,
                        cat("the task definition's volume \"", v.name.value_or(""),
                            "\" has configuredAtLaunch true: the service needs a volumeConfigurations entry for it"));

    if (r.enable_ecs_managed_tags && *r.enable_ecs_managed_tags) {
        if (!r.propagate_tags && f.create)
            c.error("ECS-SV-097", member<&R::enable_ecs_managed_tags>,
                    "enableECSManagedTags needs propagateTags (TASK_DEFINITION or SERVICE) too");
        else if (r.propagate_tags && *r.propagate_tags == propagate_tags::none)
            c.warning("ECS-SV-097", member<&R::propagate_tags>,
                      "enableECSManagedTags is set but propagateTags is NONE: the tasks get ECS's tags only");
    }
    if (f.daemon && r.availability_zone_rebalancing &&
        *r.availability_zone_rebalancing == availability_zone_rebalancing::enabled)
        c.error("ECS-SV-019", member<&R::availability_zone_rebalancing>,
                "a DAEMON service runs on every instance: Availability Zone rebalancing cannot be ENABLED");

    check_deployment(r, f, c);
    check_load_balancers(r, f, td, c);
    check_placement(r, f, td, c);
    check_service_connect(r, f, td, k, c);
    check_registries(r, td, c);
    check_vpc_lattice(r, td, c);
    if (f.create) check_traffic_shifting(r, f, c);
}

} // namespace service_rules_detail

/// ECS-SV-001..109 of CreateService (see the table above).
inline void validate_rules(const create_service_request& r, core::checker_like auto& c) {
    using namespace service_rules_detail;
    using core::cat;
    using core::member;
    using R = create_service_request;
    const auto& n = r.service_name;
    if (n.empty() || n.size() > 255 || !std::all_of(n.begin(), n.end(), name_char))
        c.error("ECS-SV-001", member<&R::service_name>,
                cat("serviceName \"", n, "\" must be 1-255 letters, digits, hyphens and underscores"));
    if (r.client_token) {
        const auto& t = *r.client_token;
        const bool ascii = std::all_of(t.begin(), t.end(), [](char ch) { return ch >= 33 && ch <= 126; });
        if (t.size() > 36 || !ascii)
            c.error("ECS-SV-005", member<&R::client_token>,
                    "clientToken is at most 36 ASCII characters from ! to ~ (no spaces)");
        else if (t.size() > 32)
            c.warning("ECS-SV-005", member<&R::client_token>,
                      cat("clientToken has ", t.size(), " characters; the archived developer guide allowed 32"));
    }
    const service_facts f = facts_of(r);
    const bool external = f.controller == deployment_controller_type::external;
    if (!external && f.controller && !r.task_definition)
        c.error("ECS-SV-007", member<&R::task_definition>,
                cat("taskDefinition is required with the ", controller_name(f), " deployment controller"));
    if (external) {
        if (r.task_definition)
            c.error("ECS-SV-007", member<&R::task_definition>,
                    "an EXTERNAL service gets its task definition from its task sets (CreateTaskSet): leave taskDefinition out");
        auto refuse = [&](bool given, core::member_token m) {
            if (given)
                c.error("ECS-SV-028", m,
                        cat(m.name, " belongs to the task sets of an EXTERNAL service (CreateTaskSet), not to CreateService"));
        };
        refuse(r.launch_type.has_value(), member<&R::launch_type>);
        refuse(r.capacity_provider_strategy.has_value(), member<&R::capacity_provider_strategy>);
        refuse(r.platform_version.has_value(), member<&R::platform_version>);
        refuse(r.network_configuration.has_value(), member<&R::network_configuration>);
        refuse(r.load_balancers.has_value(), member<&R::load_balancers>);
        refuse(r.service_registries.has_value(), member<&R::service_registries>);
        if (r.role)
            c.error("ECS-SV-066", member<&R::role>, "an EXTERNAL service uses the service-linked role: leave role out");
    }
    if (!f.daemon && !r.desired_count)
        c.error("ECS-SV-011", member<&R::desired_count>, "desiredCount is required for a REPLICA service (the default strategy)");
    if (f.daemon) {
        if (r.desired_count)
            c.error("ECS-SV-013", member<&R::desired_count>,
                    "a DAEMON service runs one task per container instance: leave desiredCount out");
        if (f.fargate)
            c.error("ECS-SV-015", r.launch_type ? member<&R::launch_type> : member<&R::capacity_provider_strategy>,
                    "Fargate does not run DAEMON services: use the EC2 launch type or an Auto Scaling group capacity provider");
        // Only the Fargate part is documented (ECS-SV-015); Auto Scaling group providers with DAEMON
        // are unconfirmed, hence a warning.
        if (!f.fargate && r.capacity_provider_strategy && !r.capacity_provider_strategy->empty())
            c.warning("ECS-SV-017", member<&R::capacity_provider_strategy>,
                      "a DAEMON service places one task on each instance; capacity provider strategies are not documented "
                      "for DAEMON services: use the EC2 launch type, or check that ECS accepts this strategy");
        if (f.controller && *f.controller != deployment_controller_type::ecs)
            c.error("ECS-SV-016", member<&R::scheduling_strategy>,
                    cat("DAEMON services use the ECS deployment controller; ", controller_name(f), " needs REPLICA"));
        if (!f.fargate && r.task_definition)
            if (auto td = task_definition_named(r.task_definition->view(), c); td && td->fargate_only)
                c.error("ECS-SV-015", member<&R::scheduling_strategy>,
                        "the task definition's requiresCompatibilities is FARGATE only, and Fargate does not run DAEMON services");
    }
    if (r.launch_type && *r.launch_type == launch_type::managed_instances)
        c.error("ECS-SV-046", member<&R::launch_type>,
                "Managed Instances are asked for through a capacityProviderStrategy naming a Managed Instances provider, not launchType");
    if (r.launch_type && r.capacity_provider_strategy)
        c.error("ECS-SV-047", member<&R::capacity_provider_strategy>,
                "give launchType or capacityProviderStrategy, not both");
    if (r.role) {
        const std::size_t lbs = r.load_balancers ? r.load_balancers->size() : 0;
        if (lbs == 0)
            c.error("ECS-SV-066", member<&R::role>, "role lets ECS register tasks with a load balancer: without loadBalancers leave it out");
        else if (lbs > 1)
            c.error("ECS-SV-066", member<&R::role>, "several load balancers need the service-linked role: leave role out");
        if (r.service_registries && !r.service_registries->empty())
            c.error("ECS-SV-066", member<&R::role>, "service discovery needs the service-linked role: leave role out");
        if (r.network_configuration)
            c.error("ECS-SV-066", member<&R::role>, "awsvpc tasks (networkConfiguration) use the service-linked role: leave role out");
        else if (r.task_definition)
            if (auto td = task_definition_named(r.task_definition->view(), c); td && td->network == network_mode::awsvpc)
                c.error("ECS-SV-066", member<&R::role>,
                        "the task definition's networkMode is awsvpc, whose tasks use the service-linked role: leave role out");
    }
    check_service(r, c);
    service_update_rules::check_create(r, c);
}

/// The rules of UpdateService that apply to what the update gives, and those that read the
/// current service (ecs/service_update_rules.hpp).
inline void validate_rules(const update_service_request& r, core::checker_like auto& c) {
    service_rules_detail::check_service(r, c);
    std::optional<service_rules_detail::task_definition_view> td;
    if (r.task_definition) td = service_rules_detail::task_definition_named(r.task_definition->view(), c);
    service_update_rules::check_update(r, td && td->fargate_only, c);
}

} // namespace awsmodel::ecs

#endif
