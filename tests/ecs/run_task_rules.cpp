// RunTask and StartTask rules (ECS-RT-001..027): the rules of the request alone, and those that
// read the task definition or the cluster from the validation context, with it and without it.
#include <awsmodel/core/json.hpp>
#include <awsmodel/ecs/cluster.hpp>
#include <awsmodel/ecs/run_task.hpp>
#include <awsmodel/ecs/task_definition.hpp>
#include <awsmodel/testing/boost_test.hpp>

#include <boost/test/data/test_case.hpp>
#include "../support/rule_case.hpp"
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace awsmodel;
namespace bdata = boost::unit_test::data;

namespace {

using test_support::rule_case;

// A RunTask request of the task definition web:3 with `members` added.
std::string rt(std::string_view members = "") { return core::cat(R"({"taskDefinition": "web:3")", members, "}"); }
// A StartTask request on one container instance.
std::string st(std::string_view members = "") {
    return core::cat(R"({"taskDefinition": "web:3", "containerInstances": ["0123456789abcdef0123456789abcdef"])", members, "}");
}

// `n` copies of `item`, comma-separated.
std::string repeated(std::string_view item, int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += core::cat(i ? ", " : "", item);
    return s;
}

std::string subnets(int n) { return repeated(R"("subnet-0123456789abcdef0")", n); }
std::string awsvpc(std::string_view inner) {
    return core::cat(R"(, "networkConfiguration": {"awsvpcConfiguration": {)", inner, "}}");
}
std::string ebs(std::string_view inner) {
    return core::cat(R"(, "volumeConfigurations": [{"name": "data", "managedEBSVolume": {"roleArn": "arn:aws:iam::123456789012:role/ecsInfrastructureRole", )",
                     inner, "}}]");
}
std::string long_command(int bytes) {
    return core::cat(R"(, "overrides": {"containerOverrides": [{"name": "web", "command": [")", std::string(bytes, 'x'), R"("]}]})");
}

const auto run = test_support::shape_of<ecs::run_task_request>("run-task");
const auto start = test_support::shape_of<ecs::start_task_request>("start-task");

rule_case of(test_support::shape s, rule_case c) {
    c.of = s;
    return c;
}

// The rules of the request alone.
const std::vector<rule_case> request_cases = {
    of(run, {"ECS-RT-001", "/taskDefinition", R"({"taskDefinition": "web:latest"})", R"({"taskDefinition": "web:12"})"}),
    of(run, {"ECS-RT-001", "/taskDefinition", R"({"taskDefinition": "my app"})", R"({"taskDefinition": "my-app"})"}),
    of(run, {"ECS-RT-001", "/taskDefinition", R"({"taskDefinition": "arn:aws:ecs:us-east-1:123456789012:service/web"})",
             R"({"taskDefinition": "arn:aws:ecs:us-east-1:123456789012:task-definition/web:3"})"}),
    of(start, {"ECS-RT-001", "/taskDefinition", R"({"taskDefinition": "web:0", "containerInstances": ["a"]})",
               R"({"taskDefinition": "web:1", "containerInstances": ["a"]})"}),
    of(run, {"ECS-RT-002", "/count", rt(R"(, "count": 11)"), rt(R"(, "count": 10)")}),
    of(run, {"ECS-RT-002", "/count", rt(R"(, "count": 0)"), rt(R"(, "count": 1)")}),
    of(run, {"ECS-RT-003", "/launchType", rt(R"(, "launchType": "MANAGED_INSTANCES")"), rt(R"(, "launchType": "EXTERNAL")")}),
    of(run, {"ECS-RT-004", "/capacityProviderStrategy",
             rt(R"(, "launchType": "FARGATE", "capacityProviderStrategy": [{"capacityProvider": "FARGATE", "weight": 1}])"),
             rt(R"(, "capacityProviderStrategy": [{"capacityProvider": "FARGATE", "weight": 1}])")}),
    of(run, {"ECS-RT-005", "/capacityProviderStrategy/0/weight",
             rt(R"(, "capacityProviderStrategy": [{"capacityProvider": "FARGATE", "weight": 1001}])"),
             rt(R"(, "capacityProviderStrategy": [{"capacityProvider": "FARGATE", "weight": 1000}])")}),
    of(run, {"ECS-RT-005", "/capacityProviderStrategy/1/base",
             rt(R"(, "capacityProviderStrategy": [{"capacityProvider": "FARGATE", "weight": 1, "base": 2}, {"capacityProvider": "FARGATE_SPOT", "weight": 1, "base": 1}])"),
             rt(R"(, "capacityProviderStrategy": [{"capacityProvider": "FARGATE", "weight": 1, "base": 2}, {"capacityProvider": "FARGATE_SPOT", "weight": 1}])")}),
    of(run, {"ECS-RT-006", "/networkConfiguration/awsvpcConfiguration/subnets", rt(awsvpc(R"("subnets": [])")),
             rt(awsvpc(core::cat(R"("subnets": [)", subnets(1), "]")))}),
    of(run, {"ECS-RT-006", "/networkConfiguration/awsvpcConfiguration/subnets",
             rt(awsvpc(core::cat(R"("subnets": [)", subnets(17), "]"))), rt(awsvpc(core::cat(R"("subnets": [)", subnets(16), "]")))}),
    of(start, {"ECS-RT-006", "/networkConfiguration/awsvpcConfiguration/subnets", st(awsvpc(R"("subnets": [])")),
               st(awsvpc(core::cat(R"("subnets": [)", subnets(1), "]")))}),
    of(run, {"ECS-RT-007", "/networkConfiguration/awsvpcConfiguration/securityGroups",
             rt(awsvpc(core::cat(R"("subnets": [)", subnets(1), R"(], "securityGroups": [)", repeated(R"("sg-0123456789abcdef0")", 6), "]"))),
             rt(awsvpc(core::cat(R"("subnets": [)", subnets(1), R"(], "securityGroups": [)", repeated(R"("sg-0123456789abcdef0")", 5), "]")))}),
    of(run, {"ECS-RT-008", "/networkConfiguration/awsvpcConfiguration/assignPublicIp",
             rt(core::cat(R"(, "launchType": "EC2")", awsvpc(core::cat(R"("subnets": [)", subnets(1), R"(], "assignPublicIp": "ENABLED")")))),
             rt(core::cat(R"(, "launchType": "FARGATE")", awsvpc(core::cat(R"("subnets": [)", subnets(1), R"(], "assignPublicIp": "ENABLED")"))))}),
    of(start, {"ECS-RT-008", "/networkConfiguration/awsvpcConfiguration/assignPublicIp",
               st(awsvpc(core::cat(R"("subnets": [)", subnets(1), R"(], "assignPublicIp": "ENABLED")"))),
               st(awsvpc(core::cat(R"("subnets": [)", subnets(1), R"(], "assignPublicIp": "DISABLED")")))}),
    of(run, {"ECS-RT-010", "/placementConstraints/0/expression", rt(R"(, "placementConstraints": [{"type": "memberOf"}])"),
             rt(R"(, "placementConstraints": [{"type": "memberOf", "expression": "attribute:ecs.instance-type =~ t3.*"}])")}),
    of(run, {"ECS-RT-010", "/placementConstraints/0/expression",
             rt(R"(, "placementConstraints": [{"type": "distinctInstance", "expression": "attribute:ecs.instance-type =~ t3.*"}])"),
             rt(R"(, "placementConstraints": [{"type": "distinctInstance"}])")}),
    of(run, {"ECS-RT-010", "/placementConstraints/0/expression",
             rt(R"(, "placementConstraints": [{"type": "memberOf", "expression": "attribute:ecs.instance-type =~"}])"),
             rt(R"(, "placementConstraints": [{"type": "memberOf", "expression": "attribute:ecs.instance-type =~ t3.*"}])")}),
    of(run, {"ECS-RT-010", "/placementConstraints",
             rt(core::cat(R"(, "placementConstraints": [)", repeated(R"({"type": "distinctInstance"})", 11), "]")),
             rt(core::cat(R"(, "placementConstraints": [)", repeated(R"({"type": "distinctInstance"})", 10), "]"))}),
    of(run, {"ECS-RT-011", "/placementStrategy/0/field", rt(R"(, "placementStrategy": [{"type": "binpack", "field": "instanceId"}])"),
             rt(R"(, "placementStrategy": [{"type": "binpack", "field": "memory"}])")}),
    of(run, {"ECS-RT-011", "/placementStrategy/0/field", rt(R"(, "placementStrategy": [{"type": "random", "field": "cpu"}])"),
             rt(R"(, "placementStrategy": [{"type": "random"}])")}),
    of(run, {"ECS-RT-011", "/placementStrategy/0/field", rt(R"(, "placementStrategy": [{"type": "spread", "field": "attribute:"}])"),
             rt(R"(, "placementStrategy": [{"type": "spread", "field": "attribute:ecs.availability-zone"}])")}),
    of(run, {"ECS-RT-011", "/placementStrategy",
             rt(core::cat(R"(, "placementStrategy": [)", repeated(R"({"type": "spread", "field": "host"})", 6), "]")),
             rt(core::cat(R"(, "placementStrategy": [)", repeated(R"({"type": "spread", "field": "host"})", 5), "]"))}),
    of(run, {"ECS-RT-012", "/placementStrategy",
             rt(R"(, "launchType": "FARGATE", "placementStrategy": [{"type": "random"}])"),
             rt(R"(, "launchType": "EC2", "placementStrategy": [{"type": "random"}])")}),
    of(run, {"ECS-RT-012", "/placementConstraints",
             rt(R"(, "capacityProviderStrategy": [{"capacityProvider": "FARGATE_SPOT"}], "placementConstraints": [{"type": "distinctInstance"}])"),
             rt(R"(, "capacityProviderStrategy": [{"capacityProvider": "my-asg-provider"}], "placementConstraints": [{"type": "distinctInstance"}])")}),
    of(run, {"ECS-RT-013", "/propagateTags", rt(R"(, "propagateTags": "SERVICE")"), rt(R"(, "propagateTags": "TASK_DEFINITION")")}),
    of(run, {"ECS-RT-014", "/startedBy", rt(R"(, "startedBy": "nightly job")"), rt(R"(, "startedBy": "nightly-job/batch_1")")}),
    of(start, {"ECS-RT-014", "/startedBy", st(core::cat(R"(, "startedBy": ")", std::string(129, 'a'), "\"")),
               st(core::cat(R"(, "startedBy": ")", std::string(128, 'a'), "\""))}),
    of(run, {"ECS-RT-015", "/clientToken", rt(R"(, "clientToken": "run 1")"), rt(R"(, "clientToken": "run-1")")}),
    of(run, {"ECS-RT-015", "/clientToken", rt(core::cat(R"(, "clientToken": ")", std::string(65, 't'), "\"")),
             rt(core::cat(R"(, "clientToken": ")", std::string(64, 't'), "\""))}),
    of(run, {"ECS-RT-016", "/tags/0/key", rt(R"(, "tags": [{"key": "aws:team", "value": "a"}])"), rt(R"(, "tags": [{"key": "team", "value": "a"}])")}),
    of(start, {"ECS-RT-016", "/tags/1/key", st(R"(, "tags": [{"key": "team"}, {"key": "team"}])"), st(R"(, "tags": [{"key": "team"}, {"key": "owner"}])")}),
    of(run, {"ECS-RT-017", "/overrides", rt(long_command(8200)), rt(long_command(8000))}),
    of(start, {"ECS-RT-017", "/overrides", st(long_command(8200)), st(long_command(8000))}),
    of(run, {"ECS-RT-018", "/overrides/containerOverrides/0/name", rt(R"(, "overrides": {"containerOverrides": [{"command": ["sh"]}]})"),
             rt(R"(, "overrides": {"containerOverrides": [{"name": "web", "command": ["sh"]}]})")}),
    of(run, {"ECS-RT-019", "/overrides/ephemeralStorage/sizeInGiB", rt(R"(, "overrides": {"ephemeralStorage": {"sizeInGiB": 20}})"),
             rt(R"(, "overrides": {"ephemeralStorage": {"sizeInGiB": 21}})")}),
    of(run, {"ECS-RT-019", "/overrides/ephemeralStorage/sizeInGiB", rt(R"(, "overrides": {"ephemeralStorage": {"sizeInGiB": 201}})"),
             rt(R"(, "overrides": {"ephemeralStorage": {"sizeInGiB": 200}})")}),
    of(run, {"ECS-RT-020", "/overrides/memory", rt(R"(, "launchType": "FARGATE", "overrides": {"cpu": "256", "memory": "4096"})"),
             rt(R"(, "launchType": "FARGATE", "overrides": {"cpu": "256", "memory": "2048"})")}),
    of(run, {"ECS-RT-022", "/volumeConfigurations/0/name", rt(R"(, "volumeConfigurations": [{"name": ""}])"),
             rt(R"(, "volumeConfigurations": [{"name": "data"}])")}),
    of(run, {"ECS-RT-022", "/volumeConfigurations/0/managedEBSVolume", rt(ebs(R"("volumeType": "io1", "sizeInGiB": 10)")),
             rt(ebs(R"("volumeType": "io1", "sizeInGiB": 10, "iops": 100)"))}),
    of(run, {"ECS-RT-022", "/volumeConfigurations/0/managedEBSVolume", rt(ebs(R"("volumeType": "gp3")")),
             rt(ebs(R"("volumeType": "gp3", "snapshotId": "snap-0123456789abcdef0")"))}),
    of(run, {"ECS-RT-022", "/volumeConfigurations/0/managedEBSVolume/iops", rt(ebs(R"("sizeInGiB": 100, "iops": 16001)")),
             rt(ebs(R"("sizeInGiB": 100, "iops": 16000)"))}),
    of(run, {"ECS-RT-022", "/volumeConfigurations/0/managedEBSVolume/iops", rt(ebs(R"("volumeType": "st1", "sizeInGiB": 125, "iops": 3000)")),
             rt(ebs(R"("volumeType": "st1", "sizeInGiB": 125)"))}),
    of(run, {"ECS-RT-022", "/volumeConfigurations/0/managedEBSVolume/sizeInGiB", rt(ebs(R"("volumeType": "st1", "sizeInGiB": 124)")),
             rt(ebs(R"("volumeType": "st1", "sizeInGiB": 125)"))}),
    of(run, {"ECS-RT-022", "/volumeConfigurations/0/managedEBSVolume/throughput", rt(ebs(R"("volumeType": "gp2", "sizeInGiB": 10, "throughput": 200)")),
             rt(ebs(R"("volumeType": "gp3", "sizeInGiB": 10, "throughput": 1000)"))}),
    of(run, {"ECS-RT-022", "/volumeConfigurations/0/managedEBSVolume/volumeType", rt(ebs(R"("volumeType": "gp4", "sizeInGiB": 10)")),
             rt(ebs(R"("volumeType": "gp2", "sizeInGiB": 10)"))}),
    of(start, {"ECS-RT-022", "/volumeConfigurations/0/managedEBSVolume/volumeInitializationRate",
               st(ebs(R"("sizeInGiB": 10, "volumeInitializationRate": 200)")),
               st(ebs(R"("snapshotId": "snap-0123456789abcdef0", "volumeInitializationRate": 200)"))}),
    of(run, {"ECS-RT-022", "/volumeConfigurations/0/managedEBSVolume/tagSpecifications/0/tags/0/key",
             rt(ebs(R"("sizeInGiB": 10, "tagSpecifications": [{"resourceType": "volume", "tags": [{"key": "AmazonECSManaged", "value": "x"}]}])")),
             rt(ebs(R"("sizeInGiB": 10, "tagSpecifications": [{"resourceType": "volume", "tags": [{"key": "team", "value": "x"}]}])"))}),
    of(run, {"ECS-RT-023", "/platformVersion", rt(R"(, "launchType": "EC2", "platformVersion": "1.4.0")"),
             rt(R"(, "launchType": "FARGATE", "platformVersion": "1.4.0")")}),
    of(run, {"ECS-RT-024", "/cluster", rt(R"(, "cluster": "my cluster")"), rt(R"(, "cluster": "my-cluster")")}),
    of(start, {"ECS-RT-024", "/cluster", st(R"(, "cluster": "arn:aws:ecs:us-east-1:123456789012:service/prod/web")"),
               st(R"(, "cluster": "arn:aws:ecs:us-east-1:123456789012:cluster/prod")")}),
    of(start, {"ECS-RT-027", "/containerInstances", R"({"taskDefinition": "web:3", "containerInstances": []})", st()}),
    of(start, {"ECS-RT-027", "/containerInstances",
               core::cat(R"({"taskDefinition": "web:3", "containerInstances": [)", repeated(R"("ci")", 11), "]}"),
               core::cat(R"({"taskDefinition": "web:3", "containerInstances": [)", repeated(R"("ci")", 10), "]}")}),
};

// What the context holds: a task definition in one of its three kinds, or a cluster.
enum class holds { description, describe_response, register_request, cluster };

struct context_case {
    rule_case rule;     // its shape says which request
    holds kind;
    std::string breaking_context, near_context;
};

std::ostream& operator<<(std::ostream& os, const context_case& c) { return os << c.rule; }

template <class T>
T decoded(const std::string& text) {
    auto r = core::decode<T>(text);
    BOOST_TEST_REQUIRE(r.has_value(), text.substr(0, 300) << ": " << testing::verdict(r.diagnostics()).message().str());
    return std::move(*r);
}

template <class R>
core::diagnostics validate_with(const std::string& request, holds kind, const std::string& context) {
    const auto r = decoded<R>(request);
    switch (kind) {
    case holds::description: {
        const auto d = decoded<ecs::task_definition>(context);
        return core::validate(r, core::validation_context{d});
    }
    case holds::describe_response: {
        const auto d = decoded<ecs::describe_task_definition_response>(context);
        return core::validate(r, core::validation_context{d});
    }
    case holds::register_request: {
        const auto d = decoded<ecs::register_task_definition_request>(context);
        return core::validate(r, core::validation_context{d});
    }
    default: {
        const auto d = decoded<ecs::cluster>(context);
        return core::validate(r, core::validation_context{d});
    }
    }
}

core::diagnostics findings_in_context(const context_case& c, const std::string& request, const std::string& context) {
    if (c.rule.of.name == "start-task") return validate_with<ecs::start_task_request>(request, c.kind, context);
    return validate_with<ecs::run_task_request>(request, c.kind, context);
}

// The task definition web:3, described, with `members` added.
std::string td(std::string_view members) {
    return core::cat(R"({"family": "web", "revision": 3, "containerDefinitions": [{"name": "web", "image": "nginx"}])", members, "}");
}
// The same as a RegisterTaskDefinition request.
std::string reg(std::string_view members) {
    return core::cat(R"({"family": "web", "containerDefinitions": [{"name": "web", "image": "nginx"}])", members, "}");
}
std::string described(std::string_view members) { return core::cat(R"({"taskDefinition": )", td(members), "}"); }

const std::string one_subnet = awsvpc(core::cat(R"("subnets": [)", subnets(1), "]"));
std::string member_of(int n) {
    return repeated(R"({"type": "memberOf", "expression": "attribute:ecs.instance-type =~ t3.*"})", n);
}

// The breaking and near-miss requests are one; the context differs.
const std::vector<context_case> context_cases = {
    {of(run, {"ECS-RT-009", "/networkConfiguration", rt(), rt()}), holds::description, td(R"(, "networkMode": "awsvpc")"), td(R"(, "networkMode": "bridge")")},
    {of(run, {"ECS-RT-009", "/networkConfiguration", rt(one_subnet), rt(one_subnet)}), holds::register_request,
     reg(R"(, "networkMode": "host")"), reg(R"(, "networkMode": "awsvpc")")},
    {of(start, {"ECS-RT-009", "/networkConfiguration", st(), st()}), holds::describe_response, described(R"(, "networkMode": "awsvpc")"),
     described(R"(, "networkMode": "bridge")")},
    {of(run, {"ECS-RT-010", "/placementConstraints", rt(core::cat(R"(, "placementConstraints": [)", member_of(6), "]")),
              rt(core::cat(R"(, "placementConstraints": [)", member_of(6), "]"))}),
     holds::description, td(core::cat(R"(, "placementConstraints": [)", member_of(5), "]")),
     td(core::cat(R"(, "placementConstraints": [)", member_of(4), "]"))},
    {of(run, {"ECS-RT-018", "/overrides/containerOverrides/0/name", rt(R"(, "overrides": {"containerOverrides": [{"name": "app"}]})"),
              rt(R"(, "overrides": {"containerOverrides": [{"name": "app"}]})")}),
     holds::describe_response, described(""),
     R"({"taskDefinition": {"family": "web", "containerDefinitions": [{"name": "web"}, {"name": "app"}]}})"},
    {of(start, {"ECS-RT-018", "/overrides/containerOverrides/0/name", st(R"(, "overrides": {"containerOverrides": [{"name": "app"}]})"),
                st(R"(, "overrides": {"containerOverrides": [{"name": "app"}]})")}),
     holds::register_request, reg(""), R"({"family": "web", "containerDefinitions": [{"name": "app", "image": "nginx"}]})"},
    {of(run, {"ECS-RT-020", "/overrides/memory", rt(R"(, "launchType": "FARGATE", "overrides": {"memory": "4096"})"),
              rt(R"(, "launchType": "FARGATE", "overrides": {"memory": "4096"})")}),
     holds::description, td(R"(, "cpu": "256", "memory": "512")"), td(R"(, "cpu": "1024", "memory": "2048")")},
    {of(run, {"ECS-RT-020", "/overrides/cpu", rt(R"(, "launchType": "FARGATE", "overrides": {"cpu": "4096"})"),
              rt(R"(, "launchType": "FARGATE", "overrides": {"cpu": "4096"})")}),
     holds::register_request, reg(R"(, "cpu": "1024", "memory": "3 GB")"), reg(R"(, "cpu": "1024", "memory": "8 GB")")},
    {of(run, {"ECS-RT-021", "/enableExecuteCommand", rt(R"(, "enableExecuteCommand": true)"), rt(R"(, "enableExecuteCommand": true)")}),
     holds::register_request, reg(""), reg(R"(, "taskRoleArn": "ecsTaskRole")")},
    {of(start, {"ECS-RT-021", "/enableExecuteCommand", st(R"(, "enableExecuteCommand": true)"), st(R"(, "enableExecuteCommand": true)")}),
     holds::description, td(""), td(R"(, "taskRoleArn": "arn:aws:iam::123456789012:role/ecsTaskRole")")},
    {of(run, {"ECS-RT-022", "/volumeConfigurations/0/name", rt(R"(, "volumeConfigurations": [{"name": "data"}])"),
              rt(R"(, "volumeConfigurations": [{"name": "data"}])")}),
     holds::description, td(R"(, "volumes": [{"name": "data"}])"), td(R"(, "volumes": [{"name": "data", "configuredAtLaunch": true}])")},
    {of(run, {"ECS-RT-022", "/volumeConfigurations/0/name", rt(R"(, "volumeConfigurations": [{"name": "data"}])"),
              rt(R"(, "volumeConfigurations": [{"name": "data"}])")}),
     holds::register_request, reg(R"(, "volumes": [{"name": "logs", "configuredAtLaunch": true}])"),
     reg(R"(, "volumes": [{"name": "data", "configuredAtLaunch": true}])")},
    {of(run, {"ECS-RT-023", "/platformVersion", rt(R"(, "platformVersion": "1.4.0")"), rt(R"(, "platformVersion": "1.4.0")")}),
     holds::description, td(R"(, "compatibilities": ["EC2"])"), td(R"(, "compatibilities": ["EC2", "FARGATE"])")},
    {of(run, {"ECS-RT-025", "/launchType", rt(R"(, "launchType": "FARGATE")"), rt(R"(, "launchType": "FARGATE")")}),
     holds::register_request, reg(R"(, "requiresCompatibilities": ["EC2"])"), reg(R"(, "requiresCompatibilities": ["FARGATE"])")},
    {of(run, {"ECS-RT-025", "/launchType", rt(R"(, "launchType": "EXTERNAL")"), rt(R"(, "launchType": "EXTERNAL")")}),
     holds::description, td(R"(, "compatibilities": ["EC2", "FARGATE"])"), td(R"(, "compatibilities": ["EC2", "EXTERNAL"])")},
    {of(run, {"ECS-RT-026", "/capacityProviderStrategy/0/capacityProvider",
              rt(R"(, "capacityProviderStrategy": [{"capacityProvider": "cp-a", "weight": 1}])"),
              rt(R"(, "capacityProviderStrategy": [{"capacityProvider": "cp-a", "weight": 1}])")}),
     holds::cluster, R"({"clusterName": "default", "capacityProviders": ["cp-b"]})",
     R"({"clusterName": "default", "capacityProviders": ["cp-a", "cp-b"]})"},
};

} // namespace

BOOST_AUTO_TEST_SUITE(run_task_rules)

BOOST_DATA_TEST_CASE(a_rule_of_the_request_is_reported_at_its_pointer, bdata::make(request_cases), c) {
    test_support::check_breaking(c);
    test_support::check_near_miss(c);
}

BOOST_DATA_TEST_CASE(a_rule_of_the_context_is_reported_with_it_and_skipped_without_it, bdata::make(context_cases), c) {
    test_support::check_breaking(c.rule, [&](const std::string& r) { return findings_in_context(c, r, c.breaking_context); });
    test_support::check_near_miss(c.rule, [&](const std::string& r) { return findings_in_context(c, r, c.near_context); });
    // Without the document the rule is skipped, never guessed.
    for (const auto& d : c.rule.of.findings(c.rule.breaking)) BOOST_TEST(d.rule != c.rule.rule, d);
}

BOOST_AUTO_TEST_CASE(cross_document_messages_name_the_task_definitions_member) {
    const auto ds = validate_with<ecs::run_task_request>(rt(), holds::description, td(R"(, "networkMode": "awsvpc")"));
    BOOST_TEST_REQUIRE(ds.size() == 1u, testing::verdict(ds).message().str());
    BOOST_TEST(ds[0].message.find("the task definition's networkMode is awsvpc") != std::string::npos, ds[0].message);
}

BOOST_AUTO_TEST_CASE(a_task_definition_of_another_family_or_revision_says_nothing) {
    for (const std::string& other : {core::cat(R"({"family": "api", "networkMode": "awsvpc"})"),
                                     core::cat(R"({"family": "web", "revision": 4, "networkMode": "awsvpc"})")}) {
        const auto ds = validate_with<ecs::run_task_request>(rt(), holds::description, other);
        BOOST_TEST(ds.empty(), testing::verdict(ds).message().str());
    }
    // A family alone names the latest revision, which the given one is taken to be.
    const auto ds = validate_with<ecs::run_task_request>(R"({"taskDefinition": "web"})", holds::description,
                                                         td(R"(, "networkMode": "awsvpc")"));
    BOOST_TEST(testing::reports(ds, "ECS-RT-009", "/networkConfiguration"));
    // So does an ARN.
    const auto by_arn = validate_with<ecs::run_task_request>(
        R"({"taskDefinition": "arn:aws:ecs:us-east-1:123456789012:task-definition/web:3"})", holds::description,
        td(R"(, "networkMode": "awsvpc")"));
    BOOST_TEST(testing::reports(by_arn, "ECS-RT-009", "/networkConfiguration"));
}

BOOST_AUTO_TEST_CASE(a_cluster_of_another_name_says_nothing) {
    const auto ds = validate_with<ecs::run_task_request>(
        rt(R"(, "cluster": "prod", "capacityProviderStrategy": [{"capacityProvider": "cp-a", "weight": 1}])"), holds::cluster,
        R"({"clusterName": "default", "capacityProviders": ["cp-b"]})");
    BOOST_TEST(ds.empty(), testing::verdict(ds).message().str());
}

BOOST_AUTO_TEST_CASE(every_mistake_of_a_request_is_reported) {
    const std::string request = R"({"taskDefinition": "web:3", "count": 12, "launchType": "FARGATE",
        "capacityProviderStrategy": [{"capacityProvider": "FARGATE", "weight": 1}],
        "placementStrategy": [{"type": "binpack"}], "propagateTags": "SERVICE", "startedBy": "me and you",
        "platformVersion": "1.4.0", "enableExecuteCommand": true,
        "overrides": {"containerOverrides": [{"name": "app"}], "ephemeralStorage": {"sizeInGiB": 500}, "memory": "8192"},
        "volumeConfigurations": [{"name": "logs"}]})";
    const auto ds = validate_with<ecs::run_task_request>(request, holds::description,
                                                         td(R"(, "cpu": "256", "memory": "512", "networkMode": "awsvpc", "requiresCompatibilities": ["EC2"])"));
    const auto ids = testing::rule_ids(ds);
    for (std::string_view rule : {"ECS-RT-002", "ECS-RT-004", "ECS-RT-009", "ECS-RT-011", "ECS-RT-012", "ECS-RT-013", "ECS-RT-014",
                                  "ECS-RT-018", "ECS-RT-019", "ECS-RT-020", "ECS-RT-021", "ECS-RT-022", "ECS-RT-025"})
        BOOST_TEST((std::find(ids.begin(), ids.end(), rule) != ids.end()), rule << ": " << testing::verdict(ds).message().str());
}

BOOST_AUTO_TEST_CASE(the_corpus_requests_of_the_aws_examples_are_clean) {
    // run-task/0003.json of ../shared/corpus (the AWS CLI's example), with its task definition
    // as the example describes it: a Fargate awsvpc task with one volume configured at launch. The
    // example's roleArn has a 10-digit account (1111222333), a real defect reported as COMMON-004 by
    // the ARN type, not by these rules; it is written with 12 digits here and the KMS key left out.
    const std::string request = R"({"cluster": "default", "taskDefinition": "mytaskdef", "launchType": "FARGATE",
        "networkConfiguration": {"awsvpcConfiguration": {"assignPublicIp": "ENABLED", "securityGroups": ["sg-12344321"], "subnets": ["subnet-12344321"]}},
        "volumeConfigurations": [{"name": "myEBSVolume", "managedEBSVolume": {"volumeType": "gp3", "sizeInGiB": 100,
            "roleArn": "arn:aws:iam::111122223333:role/ecsInfrastructureRole", "encrypted": true}}]})";
    const auto ds = validate_with<ecs::run_task_request>(
        request, holds::description,
        R"({"family": "mytaskdef", "networkMode": "awsvpc", "compatibilities": ["EC2", "FARGATE"], "cpu": "256", "memory": "512",
            "containerDefinitions": [{"name": "web"}], "volumes": [{"name": "myEBSVolume", "configuredAtLaunch": true}]})");
    BOOST_TEST(ds.empty(), testing::verdict(ds).message().str());
}

BOOST_AUTO_TEST_SUITE_END()
