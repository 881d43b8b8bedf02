// The service rules of ecs/service_update_rules.hpp: the forms of `service` and `cluster` and the
// tasks-per-service quota (each rule's breaking document and near miss), the UpdateService rules
// that read the current service from the validation context (with it, and silent without it),
// the rules of CreateService fed the current service's facts for an update (ECS-SV-111), and
// the catalogue rows the decoder and the tag rules already cover (ECS-SV-031, -095).
#include <awsmodel/core/json.hpp>
#include <awsmodel/ecs/service.hpp>
#include <awsmodel/ecs/task_definition.hpp>
#include <awsmodel/testing/boost_test.hpp>

#include <boost/test/data/test_case.hpp>
#include "../support/rule_case.hpp"
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

using namespace awsmodel;
namespace bdata = boost::unit_test::data;

namespace {

using core::severity;
using test_support::rule_case;
using test_support::shape_of;

const auto create = shape_of<ecs::create_service_request>("create");
const auto update = shape_of<ecs::update_service_request>("update");

// A REPLICA service of task definition web:3, with `members` (each starting with ", ").
std::string cs(std::string_view members) {
    return core::cat(R"({"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 2)", members, "}");
}
// An update of service web, with `members`.
std::string us(std::string_view members) { return core::cat(R"({"service": "web")", members, "}"); }
std::string us_of(std::string_view service, std::string_view members) {
    return core::cat(R"({"service": ")", service, "\"", members, "}");
}

const std::string arn_prefix = "arn:aws:ecs:us-east-1:123456789012:";
const std::string registry = R"(, "serviceRegistries": [{"registryArn": "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-a"}])";
const std::string classic = R"([{"loadBalancerName": "web-elb", "containerName": "api", "containerPort": 8080}])";
const std::string net = R"({"awsvpcConfiguration": {"subnets": ["subnet-0123456789abcdef0"]}})";

// Rules of the request alone.
const std::vector<rule_case> request_cases = {
    {"ECS-SV-003", "/service", us_of("web app", ""), us_of("web_app-1", ""), {}, update},
    {"ECS-SV-003", "/service", us_of(arn_prefix + "task/prod/web", R"(, "cluster": "prod")"),
     us_of(arn_prefix + "service/prod/web", R"(, "cluster": "prod")"), {}, update},
    {"ECS-SV-003", "/service", us_of(arn_prefix + "service/prod/web.1", R"(, "cluster": "prod")"),
     us_of(arn_prefix + "service/web", R"(, "cluster": "prod")"), {}, update},
    {"ECS-SV-003", "/service", us_of("arn:aws:ecs:us-east-1:1234:service/prod/web", R"(, "cluster": "prod")"),
     us_of("arn:aws-cn:ecs:cn-north-1:123456789012:service/prod/web", R"(, "cluster": "prod")"), {}, update},
    {"ECS-SV-004", "/cluster", cs(R"(, "cluster": "my cluster")"), cs(R"(, "cluster": "my-cluster")"), {}, create},
    {"ECS-SV-004", "/cluster", cs(core::cat(R"(, "cluster": ")", arn_prefix, R"(cluster/")")),
     cs(core::cat(R"(, "cluster": ")", arn_prefix, R"(cluster/prod")")), {}, create},
    {"ECS-SV-004", "/cluster", us(core::cat(R"(, "cluster": ")", arn_prefix, R"(service/prod")")),
     us(core::cat(R"(, "cluster": ")", arn_prefix, R"(cluster/prod")")), {}, update},
    {"ECS-SV-004", "/cluster", us_of(arn_prefix + "service/prod/web", R"(, "cluster": "staging")"),
     us_of(arn_prefix + "service/prod/web", core::cat(R"(, "cluster": ")", arn_prefix, R"(cluster/prod")")), severity::error, update},
    {"ECS-SV-004", "/cluster", us_of(arn_prefix + "service/prod/web", ""), us_of(arn_prefix + "service/default/web", ""),
     severity::warning, update},
    {"ECS-SV-012", "/desiredCount", R"({"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 5001})",
     R"({"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 5000})", severity::warning, create},
    {"ECS-SV-012", "/desiredCount", core::cat(R"({"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 1001)", registry, "}"),
     core::cat(R"({"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 1000)", registry, "}"), severity::warning, create},
    {"ECS-SV-012", "/desiredCount", us(R"(, "desiredCount": 5001)"), us(R"(, "desiredCount": 1001)"), severity::warning, update},
    {"ECS-SV-033", "/forceNewDeployment", us(R"(, "deploymentController": {"type": "CODE_DEPLOY"}, "forceNewDeployment": true)"),
     us(R"(, "deploymentController": {"type": "ECS"}, "forceNewDeployment": true)"), {}, update},
    {"ECS-SV-033", "/forceNewDeployment", us(R"(, "deploymentController": {"type": "EXTERNAL"}, "forceNewDeployment": true)"),
     us(R"(, "deploymentController": {"type": "EXTERNAL"}, "forceNewDeployment": false)"), {}, update},
    // ECS-SV-095: CreateService's tags follow the ECS tag rules, reported as COMMON-005.
    {"COMMON-005", "/tags/0/key", cs(R"(, "tags": [{"key": "aws:owner", "value": "shop"}])"),
     cs(R"(, "tags": [{"key": "owner", "value": "shop"}])"), {}, create},
    {"COMMON-005", "/tags/1/key", cs(R"(, "tags": [{"key": "team", "value": "a"}, {"key": "team", "value": "b"}])"),
     cs(R"(, "tags": [{"key": "team", "value": "a"}, {"key": "Team", "value": "b"}])"), {}, create},
    {"COMMON-005", "/tags/0/value", cs(R"(, "tags": [{"key": "team", "value": "a#b"}])"),
     cs(R"(, "tags": [{"key": "team", "value": "a-b"}])"), {}, create},
};

template <class T>
T decoded(const std::string& text) {
    auto r = core::decode<T>(text);
    BOOST_TEST_REQUIRE(r.has_value(), text.substr(0, 300) << ": " << testing::verdict(r.diagnostics()).message().str());
    return std::move(*r);
}

// A described service web of cluster `cluster`, with `members`.
std::string svc_in(std::string_view cluster, std::string_view members) {
    return core::cat(R"({"serviceName": "web", "serviceArn": "arn:aws:ecs:us-east-1:123456789012:service/)", cluster,
                     R"(/web", "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/)", cluster, R"(", "status": "ACTIVE")",
                     members, "}");
}
std::string svc(std::string_view members) { return svc_in("default", members); }
std::string controller(std::string_view type) { return core::cat(R"(, "deploymentController": {"type": ")", type, R"("})"); }
const std::string code_deploy = controller("CODE_DEPLOY");
const std::string external = controller("EXTERNAL");
const std::string ecs_controller = controller("ECS");
const std::string as_daemon = R"(, "schedulingStrategy": "DAEMON", "launchType": "EC2")";
const std::string as_replica = R"(, "schedulingStrategy": "REPLICA", "launchType": "EC2")";
std::string launch(std::string_view type) { return core::cat(R"(, "launchType": ")", type, "\""); }
std::string providers(std::string_view name) {
    return core::cat(R"(, "capacityProviderStrategy": [{"capacityProvider": ")", name, R"(", "weight": 1}])");
}

// A rule that reads the current service: the breaking request with one description, the near
// miss with another (and the task definition `td`, when given, for both).
struct context_case {
    rule_case rule;
    std::string current, near_current;
    std::string td{};
};
std::ostream& operator<<(std::ostream& os, const context_case& c) { return os << c.rule; }

core::diagnostics findings_with(const rule_case& rc, const std::string& request, const std::string& current, const std::string& td_text) {
    std::optional<ecs::service> s;
    std::optional<ecs::task_definition> t;
    if (!current.empty()) s = decoded<ecs::service>(current);
    if (!td_text.empty()) t = decoded<ecs::task_definition>(td_text);
    auto run = [&](const auto& r) {
        if (s && t) return core::validate(r, core::validation_context{*s, *t});
        if (s) return core::validate(r, core::validation_context{*s});
        if (t) return core::validate(r, core::validation_context{*t});
        return core::validate(r);
    };
    if (rc.of.name == "create") return run(decoded<ecs::create_service_request>(request));
    return run(decoded<ecs::update_service_request>(request));
}

const std::string breaker = R"(, "deploymentConfiguration": {"deploymentCircuitBreaker": {"enable": true, "rollback": true}})";

const std::vector<context_case> context_cases = {
    // ECS-SV-004: the cluster the service runs in.
    {{"ECS-SV-004", "/cluster", us(""), us(""), {}, update}, svc_in("prod", ""), svc(""), ""},
    {{"ECS-SV-004", "/cluster", us(R"(, "cluster": "staging")"), us(R"(, "cluster": "prod")"), {}, update},
     svc_in("prod", ""), svc_in("prod", "")},
    // ECS-SV-029: CODE_DEPLOY.
    {{"ECS-SV-029", "/taskDefinition", us(R"(, "taskDefinition": "web:4")"), us(R"(, "taskDefinition": "web:4")"), severity::error, update},
     svc(code_deploy), svc(ecs_controller)},
    {{"ECS-SV-029", "/networkConfiguration", us(core::cat(R"(, "networkConfiguration": )", net)),
      us(R"(, "desiredCount": 4, "healthCheckGracePeriodSeconds": 30, "propagateTags": "SERVICE")"), severity::error, update},
     svc(code_deploy), svc(code_deploy)},
    {{"ECS-SV-029", "/loadBalancers", us(R"(, "loadBalancers": [])"), us(R"(, "loadBalancers": [])"), severity::error, update},
     svc(code_deploy), svc("")},
    {{"ECS-SV-029", "/platformVersion", us(R"(, "platformVersion": "1.4.0")"), us(R"(, "platformVersion": "1.4.0")"), severity::error, update},
     svc(core::cat(code_deploy, launch("FARGATE"))), svc(core::cat(ecs_controller, launch("FARGATE")))},
    {{"ECS-SV-029", "/enableExecuteCommand", us(R"(, "enableExecuteCommand": true)"), us(R"(, "enableECSManagedTags": true)"),
      severity::warning, update}, svc(code_deploy), svc(code_deploy)},
    // ECS-SV-030: EXTERNAL.
    {{"ECS-SV-030", "/capacityProviderStrategy", us(providers("FARGATE")), us(providers("FARGATE")), severity::error, update},
     svc(external), svc(code_deploy)},
    {{"ECS-SV-030", "/serviceRegistries", us(registry), us(registry), severity::error, update}, svc(external), svc(ecs_controller)},
    {{"ECS-SV-030", "/deploymentConfiguration", us(R"(, "deploymentConfiguration": {"minimumHealthyPercent": 50})"),
      us(R"(, "deploymentConfiguration": {"minimumHealthyPercent": 50})"), severity::warning, update},
     svc(external), svc(code_deploy)},
    // ECS-SV-032: a change of the controller.
    {{"ECS-SV-032", "/deploymentController/type", us(ecs_controller), us(ecs_controller), severity::warning, update},
     svc(code_deploy), svc("")},
    // ECS-SV-033: the current controller.
    {{"ECS-SV-033", "/forceNewDeployment", us(R"(, "forceNewDeployment": true)"), us(R"(, "forceNewDeployment": true)"), {}, update},
     svc(code_deploy), svc(ecs_controller)},
    {{"ECS-SV-033", "/forceNewDeployment", us(R"(, "forceNewDeployment": true)"),
      us(core::cat(ecs_controller, R"(, "forceNewDeployment": true)")), {}, update}, svc(external), svc(external)},
    // ECS-SV-050: transitions of the capacity.
    {{"ECS-SV-050", "/capacityProviderStrategy", us(providers("asg")), us(providers("asg")), severity::error, update},
     svc(launch("EXTERNAL")), svc(launch("EC2"))},
    {{"ECS-SV-050", "/capacityProviderStrategy", us(R"(, "capacityProviderStrategy": [])"), us(R"(, "capacityProviderStrategy": [])"),
      severity::warning, update}, svc(launch("FARGATE")), svc(providers("FARGATE_SPOT"))},
    // ECS-SV-111: a DAEMON service.
    {{"ECS-SV-013", "/desiredCount", us(R"(, "desiredCount": 2)"), us(R"(, "desiredCount": 2)"), {}, update}, svc(as_daemon), svc(as_replica)},
    {{"ECS-SV-014", "/placementStrategy", us(R"(, "placementStrategy": [{"type": "spread", "field": "host"}])"),
      us(R"(, "placementStrategy": [])"), {}, update}, svc(as_daemon), svc(as_daemon)},
    {{"ECS-SV-015", "/capacityProviderStrategy", us(providers("FARGATE")), us(providers("asg")), {}, update}, svc(as_daemon), svc(as_daemon)},
    {{"ECS-SV-015", "/taskDefinition", us(R"(, "taskDefinition": "web:3")"), us(R"(, "taskDefinition": "web:3")"), {}, update},
     svc(as_daemon), svc(as_replica),
     R"({"family": "web", "revision": 3, "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"], "cpu": "256", "memory": "512"})"},
    {{"ECS-SV-016", "/deploymentController", us(code_deploy), us(code_deploy), {}, update}, svc(as_daemon), svc(as_replica)},
    {{"ECS-SV-018", "/volumeConfigurations", us(R"(, "volumeConfigurations": [{"name": "data"}])"),
      us(R"(, "volumeConfigurations": [{"name": "data"}])"), {}, update}, svc(as_daemon), svc(as_replica)},
    {{"ECS-SV-019", "/availabilityZoneRebalancing", us(R"(, "availabilityZoneRebalancing": "ENABLED")"),
      us(R"(, "availabilityZoneRebalancing": "DISABLED")"), {}, update}, svc(as_daemon), svc(as_daemon)},
    {{"ECS-SV-020", "/deploymentConfiguration/maximumPercent", us(R"(, "deploymentConfiguration": {"maximumPercent": 200})"),
      us(R"(, "deploymentConfiguration": {"maximumPercent": 200})"), {}, update}, svc(as_daemon), svc(as_replica)},
    // ECS-SV-111: a REPLICA service of the ECS controller.
    {{"ECS-SV-036", "/deploymentConfiguration/maximumPercent", us(R"(, "deploymentConfiguration": {"maximumPercent": 50})"),
      us(R"(, "deploymentConfiguration": {"maximumPercent": 50})"), {}, update}, svc(as_replica), svc(as_daemon)},
    // ECS-SV-111: the current controller.
    {{"ECS-SV-039", "/deploymentConfiguration/deploymentCircuitBreaker", us(breaker), us(breaker), severity::error, update},
     svc(code_deploy), svc(ecs_controller)},
    {{"ECS-SV-040", "/deploymentConfiguration/alarms",
      us(R"(, "deploymentConfiguration": {"alarms": {"alarmNames": ["web-5xx"], "enable": true, "rollback": true}})"),
      us(R"(, "deploymentConfiguration": {"alarms": {"alarmNames": ["web-5xx"], "enable": true, "rollback": true}})"), {}, update},
     svc(external), svc("")},
    {{"ECS-SV-041", "/deploymentConfiguration/strategy", us(R"(, "deploymentConfiguration": {"strategy": "CANARY"})"),
      us(R"(, "deploymentConfiguration": {"strategy": "CANARY"})"), {}, update}, svc(code_deploy), svc(ecs_controller)},
    {{"ECS-SV-045", "/deploymentConfiguration/lifecycleHooks",
      us(R"(, "deploymentConfiguration": {"lifecycleHooks": [{"targetType": "PAUSE", "lifecycleStages": ["PRE_SCALE_UP"]}]})"),
      us(R"(, "deploymentConfiguration": {"lifecycleHooks": []})"), {}, update}, svc(code_deploy), svc(code_deploy)},
    // ECS-SV-111: where the tasks run.
    {{"ECS-SV-051", "/platformVersion", us(R"(, "platformVersion": "1.4.0")"), us(R"(, "platformVersion": "1.4.0")"), {}, update},
     svc(launch("EC2")), svc(launch("FARGATE"))},
    {{"ECS-SV-051", "/platformVersion", us(R"(, "capacityProviderStrategy": [], "platformVersion": "LATEST")"),
      us(R"(, "capacityProviderStrategy": [], "platformVersion": "LATEST")"), {}, update},
     svc(providers("asg")), svc(providers("FARGATE"))},
    {{"ECS-SV-058", "/networkConfiguration/awsvpcConfiguration/assignPublicIp",
      us(R"(, "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0123456789abcdef0"], "assignPublicIp": "ENABLED"}})"),
      us(R"(, "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0123456789abcdef0"], "assignPublicIp": "ENABLED"}})"),
      {}, update}, svc(launch("EC2")), svc(providers("FARGATE_SPOT"))},
    {{"ECS-SV-059", "/loadBalancers/0/loadBalancerName", us(core::cat(R"(, "loadBalancers": )", classic)),
      us(core::cat(R"(, "loadBalancers": )", classic)), {}, update}, svc(launch("FARGATE")), svc(launch("EC2"))},
    {{"ECS-SV-059", "/loadBalancers/0/loadBalancerName", us(core::cat(R"(, "loadBalancers": )", classic)),
      us(core::cat(R"(, "taskDefinition": "web:4", "loadBalancers": )", classic)), {}, update},
     svc(core::cat(launch("EC2"), R"(, "networkConfiguration": )", net)), svc(core::cat(launch("EC2"), R"(, "networkConfiguration": )", net))},
    {{"ECS-SV-092", "/placementConstraints", us(R"(, "placementConstraints": [{"type": "distinctInstance"}])"),
      us(R"(, "placementConstraints": [{"type": "distinctInstance"}])"), {}, update}, svc(providers("FARGATE")), svc(providers("asg"))},
    {{"ECS-SV-092", "/placementStrategy", us(R"(, "placementStrategy": [{"type": "random"}])"),
      us(core::cat(providers("asg"), R"(, "placementStrategy": [{"type": "random"}])")), {}, update},
     svc(launch("FARGATE")), svc(launch("FARGATE"))},
    // ECS-SV-012 with the current service's registries.
    {{"ECS-SV-012", "/desiredCount", us(R"(, "desiredCount": 1001)"), us(R"(, "desiredCount": 1001)"), severity::warning, update},
     svc(registry), svc(R"(, "serviceRegistries": [])")},
};

} // namespace

BOOST_AUTO_TEST_SUITE(ecs_service_update_rules)

BOOST_DATA_TEST_CASE(breaking_document_reports_the_rule_at_its_pointer, bdata::make(request_cases), c) {
    test_support::check_breaking(c);
}

BOOST_DATA_TEST_CASE(near_miss_does_not_report_the_rule, bdata::make(request_cases), c) {
    test_support::check_near_miss(c);
}

BOOST_DATA_TEST_CASE(a_rule_of_the_current_service_is_reported_with_it, bdata::make(context_cases), c) {
    test_support::check_breaking(c.rule, [&](const std::string& r) { return findings_with(c.rule, r, c.current, c.td); });
    test_support::check_near_miss(c.rule, [&](const std::string& r) { return findings_with(c.rule, r, c.near_current, c.td); });
    // Without the current service (and without the task definition) the rule is skipped.
    const auto alone = findings_with(c.rule, c.rule.breaking, "", "");
    BOOST_TEST(!testing::reports(alone, c.rule.rule, c.rule.pointer), testing::verdict(alone).message().str());
}

BOOST_AUTO_TEST_CASE(describe_services_gives_the_service_the_update_names) {
    const auto page = decoded<ecs::describe_services_response>(core::cat(
        R"({"services": [)", svc_in("prod", code_deploy), ", ",
        R"({"serviceName": "api", "serviceArn": "arn:aws:ecs:us-east-1:123456789012:service/prod/api", "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/prod", "schedulingStrategy": "DAEMON"})",
        R"(], "failures": []})"));
    const auto force = R"(, "cluster": "prod", "forceNewDeployment": true)";
    // By name, by ARN and by the older ARN form: web's CODE_DEPLOY controller.
    for (const std::string& ref : {std::string("web"), arn_prefix + "service/prod/web", arn_prefix + "service/web"}) {
        const auto ds = core::validate(decoded<ecs::update_service_request>(us_of(ref, force)), core::validation_context{page});
        BOOST_TEST(testing::reports(ds, "ECS-SV-033", "/forceNewDeployment"), ref << ": " << testing::verdict(ds).message().str());
    }
    // api is the DAEMON service.
    const auto api = core::validate(decoded<ecs::update_service_request>(us_of("api", R"(, "cluster": "prod", "desiredCount": 2)")),
                                    core::validation_context{page});
    BOOST_TEST(testing::reports(api, "ECS-SV-013", "/desiredCount"), testing::verdict(api).message().str());
    // A service the page does not describe, or one of another cluster's ARN, has no current state here.
    for (const std::string& ref : {std::string("worker"), arn_prefix + "service/staging/web"}) {
        const auto ds = core::validate(decoded<ecs::update_service_request>(us_of(ref, force)), core::validation_context{page});
        BOOST_TEST(!testing::reports(ds, "ECS-SV-033", "/forceNewDeployment"), ref << ": " << testing::verdict(ds).message().str());
    }
}

BOOST_AUTO_TEST_CASE(a_described_service_of_another_name_says_nothing) {
    const auto other = decoded<ecs::service>(R"({"serviceName": "api", "schedulingStrategy": "DAEMON", "deploymentController": {"type": "CODE_DEPLOY"}})");
    const auto r = decoded<ecs::update_service_request>(us(R"(, "desiredCount": 2, "taskDefinition": "web:4", "forceNewDeployment": true)"));
    BOOST_TEST(core::validate(r, core::validation_context{other}).empty());
}

BOOST_AUTO_TEST_CASE(a_fact_the_update_restates_is_judged_once) {
    // The update's own controller: the request's ECS-SV-039, not a second finding from the description.
    const auto s = decoded<ecs::service>(svc(code_deploy));
    const auto r = decoded<ecs::update_service_request>(us(core::cat(code_deploy, breaker)));
    const auto ds = core::validate(r, core::validation_context{s});
    BOOST_TEST(std::count_if(ds.begin(), ds.end(), [](const core::diagnostic& d) { return d.rule == "ECS-SV-039"; }) == 1,
               testing::verdict(ds).message().str());
    // The update's own strategy moves a Fargate service to an Auto Scaling group: placement applies.
    const auto fargate = decoded<ecs::service>(svc(launch("FARGATE")));
    const auto moved = decoded<ecs::update_service_request>(us(core::cat(providers("asg"), R"(, "placementStrategy": [{"type": "random"}])")));
    BOOST_TEST(core::validate(moved, core::validation_context{fargate}).empty());
}

BOOST_AUTO_TEST_CASE(an_update_of_a_daemon_service_reports_every_violation) {
    const auto s = decoded<ecs::service>(svc_in("prod", as_daemon));
    const auto r = decoded<ecs::update_service_request>(core::cat(
        R"({"service": "web", "desiredCount": 3, "placementStrategy": [{"type": "binpack", "field": "memory"}],)",
        R"( "availabilityZoneRebalancing": "ENABLED", "deploymentConfiguration": {"maximumPercent": 150},)",
        R"( "volumeConfigurations": [{"name": "data"}], "platformVersion": "LATEST"})"));
    const auto ds = core::validate(r, core::validation_context{s});
    const auto ids = testing::rule_ids(ds);
    for (std::string_view rule : {"ECS-SV-004", "ECS-SV-013", "ECS-SV-014", "ECS-SV-018", "ECS-SV-019", "ECS-SV-020", "ECS-SV-051"})
        BOOST_TEST((std::find(ids.begin(), ids.end(), rule) != ids.end()), rule << ": " << testing::verdict(ds).message().str());
}

BOOST_AUTO_TEST_CASE(an_update_that_fits_the_current_service_reports_nothing) {
    const auto s = decoded<ecs::service>(svc(core::cat(as_replica, ecs_controller, R"(, "networkConfiguration": )", net)));
    const auto r = decoded<ecs::update_service_request>(us(core::cat(
        R"(, "cluster": "arn:aws:ecs:us-east-1:123456789012:cluster/default", "desiredCount": 6, "taskDefinition": "web:4", "forceNewDeployment": true,)",
        R"( "deploymentConfiguration": {"maximumPercent": 200, "minimumHealthyPercent": 100, "deploymentCircuitBreaker": {"enable": true, "rollback": true}},)",
        R"( "placementStrategy": [{"type": "spread", "field": "attribute:ecs.availability-zone"}])")));
    const auto ds = core::validate(r, core::validation_context{s});
    BOOST_TEST(ds.empty(), testing::verdict(ds).message().str());
}

// ECS-SV-031: the members only CreateService has are unknown members of UpdateService (COMMON-001):
// a service's name, scheduling strategy, role and launch type are fixed when it is created, and its
// tags change through TagResource.
BOOST_AUTO_TEST_CASE(create_service_only_members_are_unknown_to_update_service) {
    for (std::string_view m : {R"("serviceName": "web")", R"("schedulingStrategy": "DAEMON")", R"("role": "ecsServiceRole")",
                               R"("launchType": "FARGATE")", R"("clientToken": "abc")", R"("tags": [{"key": "team", "value": "a"}])"}) {
        const std::string name(m.substr(1, m.find('"', 1) - 1));
        const auto r = core::decode<ecs::update_service_request>(core::cat(R"({"service": "web", )", m, "}"));
        BOOST_TEST(!r.has_value(), name);
        BOOST_TEST(testing::reports(r.diagnostics(), "COMMON-001", "/" + name), name << ": " << testing::verdict(r.diagnostics()).message().str());
        // The same member is CreateService's own.
        BOOST_TEST(core::decode<ecs::create_service_request>(core::cat(R"({"serviceName": "web", "desiredCount": 1, )",
                                                                       m.starts_with(R"("serviceName")") ? R"("propagateTags": "NONE")" : m, "}"))
                       .has_value(),
                   name);
    }
}

BOOST_AUTO_TEST_SUITE_END()
