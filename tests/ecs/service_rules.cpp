// The CreateService and UpdateService rules (ecs/service_rules.hpp): each rule's breaking document
// and near miss, the rules that read the task definition or the cluster from the validation
// context (with the document and without it), several mistakes reported together, and the
// corpus's service requests validating without false errors.
#include <awsmodel/core/json.hpp>
#include <awsmodel/ecs/cluster.hpp>
#include <awsmodel/ecs/service.hpp>
#include <awsmodel/ecs/task_definition.hpp>
#include <awsmodel/testing/boost_test.hpp>

#include <boost/test/data/test_case.hpp>
#include "../support/corpus.hpp"
#include "../support/rule_case.hpp"
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

using namespace awsmodel;
namespace bdata = boost::unit_test::data;

namespace {

using test_support::rule_case;
using test_support::shape_of;
using core::severity;

const auto create = shape_of<ecs::create_service_request>("create");
const auto update = shape_of<ecs::update_service_request>("update");

// A REPLICA service of task definition web:3, with `members` (each starting with ", ").
std::string cs(std::string_view members) {
    return core::cat(R"({"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 2)", members, "}");
}
// A DAEMON service.
std::string daemon(std::string_view members) {
    return core::cat(R"({"serviceName": "agent", "taskDefinition": "web:3", "schedulingStrategy": "DAEMON")", members, "}");
}
std::string us(std::string_view members) { return core::cat(R"({"service": "web")", members, "}"); }

const std::string tg1 = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-1/0123456789abcdef";
std::string tg(int n) {
    return core::cat(R"({"targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-)", n,
                     R"(/0123456789abcdef", "containerName": "api", "containerPort": 8080})");
}
std::string tgs(int n) {
    std::string out = "[";
    for (int i = 0; i < n; ++i) out += (i ? ", " : "") + tg(i);
    return out + "]";
}
const std::string classic = R"({"loadBalancerName": "web-elb", "containerName": "api", "containerPort": 8080})";
const std::string net = R"(, "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0123456789abcdef0"]}})";
std::string list_of(int n, std::string_view item) {
    std::string out = "[";
    for (int i = 0; i < n; ++i) out += core::cat(i ? ", " : "", item);
    return out + "]";
}
std::string sgs(int n) { return list_of(n, R"("sg-0123456789abcdef0")"); }
std::string sc(std::string_view services) {
    return core::cat(R"(, "serviceConnectConfiguration": {"enabled": true, "namespace": "shop", "services": )", services, "}");
}
std::string hook(std::string_view members) {
    return core::cat(R"(, "deploymentConfiguration": {"lifecycleHooks": [{)", members, "}]}");
}
std::string token(std::size_t n) { return core::cat(R"(, "clientToken": ")", std::string(n, 'a'), "\""); }
// A volume configuration whose managed EBS volume has the infrastructure role and `members`
// (each starting with ", ").
std::string ebs(std::string_view members) {
    return core::cat(R"(, "volumeConfigurations": [{"name": "data", "managedEBSVolume": {"roleArn": "arn:aws:iam::123456789012:role/ecsInfrastructureRole")",
                     members, "}}]");
}
// A target group load balancer with an advancedConfiguration of `members` (without braces).
std::string advanced(std::string_view members) {
    return core::cat(R"(, "loadBalancers": [{"targetGroupArn": ")", tg1, R"(", "containerName": "api", "containerPort": 8080, "advancedConfiguration": {)",
                     members, "}}]");
}
const std::string routes =
    R"("alternateTargetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-green/0123456789abcdef", )"
    R"("productionListenerRule": "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener-rule/app/web/0123456789abcdef/0123456789abcdef/0123456789abcdef")";
const std::string shift_role = R"(, "roleArn": "arn:aws:iam::123456789012:role/ecsInfrastructureRoleForLoadBalancers")";
const std::string blue_green = R"(, "deploymentConfiguration": {"strategy": "BLUE_GREEN", "bakeTimeInMinutes": 5})";
const std::string lattice_role = "arn:aws:iam::123456789012:role/ecsInfrastructureRoleForVpcLattice";
const std::string lattice_tg = "arn:aws:vpc-lattice:us-east-1:123456789012:targetgroup/tg-0123456789abcdef0";
std::string lattice(std::string_view role, std::string_view target_group, std::string_view port_name) {
    return core::cat(R"(, "vpcLatticeConfigurations": [{"roleArn": ")", role, R"(", "targetGroupArn": ")", target_group,
                     R"(", "portName": ")", port_name, R"("}])");
}
std::string test_traffic(std::string_view more) {
    return core::cat(sc(R"([{"portName": "http", "clientAliases": [{"port": 80, "testTrafficRules": {"header": {"name": "x-canary", "value": {"exact": "1"}}}}]}])"),
                     more);
}
// A Service Connect service of port "http" with `members` (each starting with ", ").
std::string sc_service(std::string_view members) {
    return sc(core::cat(R"([{"portName": "http", "clientAliases": [{"port": 80}])", members, "}]"));
}

const std::vector<rule_case> request_cases = {
    {"ECS-SV-001", "/serviceName", R"({"serviceName": "web app", "taskDefinition": "web:3", "desiredCount": 1})",
     R"({"serviceName": "web_app-1", "taskDefinition": "web:3", "desiredCount": 1})", {}, create},
    {"ECS-SV-001", "/serviceName", core::cat(R"({"serviceName": ")", std::string(256, 'a'), R"(", "taskDefinition": "web:3", "desiredCount": 1})"),
     core::cat(R"({"serviceName": ")", std::string(255, 'a'), R"(", "taskDefinition": "web:3", "desiredCount": 1})"), {}, create},
    {"ECS-SV-005", "/clientToken", cs(token(37)), cs(token(36)), severity::error, create},
    {"ECS-SV-005", "/clientToken", cs(R"(, "clientToken": "a b")"), cs(R"(, "clientToken": "a-b")"), severity::error, create},
    {"ECS-SV-005", "/clientToken", cs(token(33)), cs(token(32)), severity::warning, create},
    {"ECS-SV-007", "/taskDefinition", R"({"serviceName": "web", "desiredCount": 1})", cs(""), {}, create},
    {"ECS-SV-007", "/taskDefinition", cs(R"(, "deploymentController": {"type": "EXTERNAL"})"),
     R"({"serviceName": "web", "desiredCount": 1, "deploymentController": {"type": "EXTERNAL"}})", {}, create},
    {"ECS-SV-010", "/schedulingStrategy", cs(R"(, "schedulingStrategy": "DAEMONSET")"), cs(R"(, "schedulingStrategy": "REPLICA")"), {}, create},
    {"ECS-SV-011", "/desiredCount", R"({"serviceName": "web", "taskDefinition": "web:3"})", cs(""), {}, create},
    {"ECS-SV-011", "/desiredCount", us(R"(, "desiredCount": -1)"), us(R"(, "desiredCount": 0)"), {}, update},
    {"ECS-SV-013", "/desiredCount", daemon(R"(, "desiredCount": 1)"), daemon(""), {}, create},
    {"ECS-SV-014", "/placementStrategy", daemon(R"(, "placementStrategy": [{"type": "spread", "field": "host"}])"),
     daemon(R"(, "placementStrategy": [])"), {}, create},
    {"ECS-SV-015", "/launchType", daemon(R"(, "launchType": "FARGATE")"), daemon(R"(, "launchType": "EC2")"), {}, create},
    {"ECS-SV-015", "/capacityProviderStrategy", daemon(R"(, "capacityProviderStrategy": [{"capacityProvider": "FARGATE_SPOT", "weight": 1}])"),
     daemon(R"(, "capacityProviderStrategy": [{"capacityProvider": "asg-spot", "weight": 1}])"), {}, create},
    {"ECS-SV-016", "/schedulingStrategy", daemon(R"(, "deploymentController": {"type": "CODE_DEPLOY"})"),
     daemon(R"(, "deploymentController": {"type": "ECS"})"), {}, create},
    {"ECS-SV-018", "/volumeConfigurations", daemon(R"(, "volumeConfigurations": [{"name": "data"}])"),
     cs(R"(, "volumeConfigurations": [{"name": "data"}])"), {}, create},
    {"ECS-SV-019", "/availabilityZoneRebalancing", daemon(R"(, "availabilityZoneRebalancing": "ENABLED")"),
     daemon(R"(, "availabilityZoneRebalancing": "DISABLED")"), {}, create},
    {"ECS-SV-020", "/deploymentConfiguration/maximumPercent", daemon(R"(, "deploymentConfiguration": {"maximumPercent": 200})"),
     daemon(R"(, "deploymentConfiguration": {"maximumPercent": 100})"), {}, create},
    {"ECS-SV-025", "/deploymentController/type", cs(R"(, "deploymentController": {"type": "BLUE"})"),
     cs(R"(, "deploymentController": {"type": "ECS"})"), {}, create},
    {"ECS-SV-025", "/deploymentController/type", us(R"(, "deploymentController": {"type": "ecs"})"),
     us(R"(, "deploymentController": {"type": "ECS"})"), {}, update},
    {"ECS-SV-026", "/loadBalancers", cs(R"(, "deploymentController": {"type": "CODE_DEPLOY"})"),
     cs(core::cat(R"(, "deploymentController": {"type": "CODE_DEPLOY"}, "loadBalancers": )", tgs(1))), {}, create},
    {"ECS-SV-026", "/loadBalancers/0/loadBalancerName",
     cs(core::cat(R"(, "deploymentController": {"type": "CODE_DEPLOY"}, "loadBalancers": [)", classic, "]")),
     cs(core::cat(R"(, "deploymentController": {"type": "ECS"}, "loadBalancers": [)", classic, "]")), {}, create},
    {"ECS-SV-027", "/loadBalancers", cs(core::cat(R"(, "deploymentController": {"type": "CODE_DEPLOY"}, "loadBalancers": )", tgs(2))),
     cs(core::cat(R"(, "deploymentController": {"type": "ECS"}, "loadBalancers": )", tgs(2))), {}, create},
    {"ECS-SV-027", "/loadBalancers", us(core::cat(R"(, "deploymentController": {"type": "EXTERNAL"}, "loadBalancers": )", tgs(2))),
     us(core::cat(R"(, "deploymentController": {"type": "EXTERNAL"}, "loadBalancers": )", tgs(1))), {}, update},
    {"ECS-SV-028", "/launchType",
     R"({"serviceName": "web", "desiredCount": 1, "deploymentController": {"type": "EXTERNAL"}, "launchType": "FARGATE"})",
     R"({"serviceName": "web", "desiredCount": 1, "deploymentController": {"type": "EXTERNAL"}})", {}, create},
    {"ECS-SV-036", "/deploymentConfiguration/minimumHealthyPercent", cs(R"(, "deploymentConfiguration": {"minimumHealthyPercent": 101})"),
     cs(R"(, "deploymentConfiguration": {"minimumHealthyPercent": 100})"), {}, create},
    {"ECS-SV-036", "/deploymentConfiguration/maximumPercent", cs(R"(, "deploymentConfiguration": {"maximumPercent": 99})"),
     cs(R"(, "deploymentConfiguration": {"maximumPercent": 100})"), {}, create},
    {"ECS-SV-036", "/deploymentConfiguration/maximumPercent", us(R"(, "deploymentConfiguration": {"maximumPercent": -1})"),
     us(R"(, "deploymentConfiguration": {"maximumPercent": 50})"), {}, update},
    {"ECS-SV-037", "/deploymentConfiguration/minimumHealthyPercent",
     cs(R"(, "deploymentConfiguration": {"maximumPercent": 150, "minimumHealthyPercent": 150})"),
     cs(R"(, "deploymentConfiguration": {"maximumPercent": 150, "minimumHealthyPercent": 50})"), {}, create},
    // With CodeDeploy on EC2 only the defaults (200, 100) may be given; on Fargate they are unused.
    {"ECS-SV-038", "/deploymentConfiguration/maximumPercent",
     cs(core::cat(R"(, "launchType": "EC2", "deploymentController": {"type": "CODE_DEPLOY"}, "loadBalancers": )", tgs(1),
                  R"(, "deploymentConfiguration": {"maximumPercent": 150})")),
     cs(core::cat(R"(, "launchType": "EC2", "deploymentController": {"type": "CODE_DEPLOY"}, "loadBalancers": )", tgs(1),
                  R"(, "deploymentConfiguration": {"maximumPercent": 200})")), severity::error, create},
    {"ECS-SV-038", "/deploymentConfiguration/minimumHealthyPercent",
     cs(R"(, "launchType": "EC2", "deploymentController": {"type": "EXTERNAL"}, "deploymentConfiguration": {"minimumHealthyPercent": 50})"),
     cs(R"(, "launchType": "EC2", "deploymentController": {"type": "ECS"}, "deploymentConfiguration": {"minimumHealthyPercent": 50})"),
     severity::error, create},
    {"ECS-SV-038", "/deploymentConfiguration/minimumHealthyPercent",
     cs(R"(, "launchType": "FARGATE", "deploymentController": {"type": "EXTERNAL"}, "deploymentConfiguration": {"minimumHealthyPercent": 50})"),
     cs(R"(, "launchType": "FARGATE", "deploymentController": {"type": "EXTERNAL"}, "deploymentConfiguration": {"minimumHealthyPercent": 100})"),
     severity::warning, create},
    {"ECS-SV-039", "/deploymentConfiguration/deploymentCircuitBreaker",
     cs(core::cat(R"(, "deploymentController": {"type": "CODE_DEPLOY"}, "loadBalancers": )", tgs(1),
                  R"(, "deploymentConfiguration": {"deploymentCircuitBreaker": {"enable": true, "rollback": true}})")),
     cs(R"(, "deploymentConfiguration": {"deploymentCircuitBreaker": {"enable": true, "rollback": true}})"), severity::error, create},
    {"ECS-SV-039", "/deploymentConfiguration/deploymentCircuitBreaker",
     cs(R"(, "deploymentConfiguration": {"strategy": "BLUE_GREEN", "bakeTimeInMinutes": 5, "deploymentCircuitBreaker": {"enable": true, "rollback": true}})"),
     cs(R"(, "deploymentConfiguration": {"strategy": "ROLLING", "deploymentCircuitBreaker": {"enable": true, "rollback": true}})"),
     severity::warning, create},
    {"ECS-SV-040", "/deploymentConfiguration/alarms/alarmNames",
     cs(R"(, "deploymentConfiguration": {"alarms": {"alarmNames": [], "enable": true, "rollback": true}})"),
     cs(R"(, "deploymentConfiguration": {"alarms": {"alarmNames": ["web-5xx"], "enable": true, "rollback": true}})"), {}, create},
    {"ECS-SV-040", "/deploymentConfiguration/alarms",
     us(R"(, "deploymentController": {"type": "EXTERNAL"}, "deploymentConfiguration": {"alarms": {"alarmNames": ["web-5xx"], "enable": true, "rollback": true}})"),
     us(R"(, "deploymentController": {"type": "ECS"}, "deploymentConfiguration": {"alarms": {"alarmNames": ["web-5xx"], "enable": true, "rollback": true}})"),
     {}, update},
    {"ECS-SV-041", "/deploymentConfiguration/strategy", cs(R"(, "deploymentConfiguration": {"strategy": "SLOW"})"),
     cs(R"(, "deploymentConfiguration": {"strategy": "LINEAR"})"), {}, create},
    {"ECS-SV-041", "/deploymentConfiguration/strategy",
     cs(core::cat(R"(, "deploymentController": {"type": "CODE_DEPLOY"}, "loadBalancers": )", tgs(1), R"(, "deploymentConfiguration": {"strategy": "CANARY"})")),
     cs(core::cat(R"(, "deploymentController": {"type": "ECS"}, "loadBalancers": )", tgs(1), R"(, "deploymentConfiguration": {"strategy": "CANARY"})")),
     {}, create},
    {"ECS-SV-042", "/deploymentConfiguration/strategy", cs(R"(, "deploymentConfiguration": {"strategy": "BLUE_GREEN"})"),
     cs(R"(, "deploymentConfiguration": {"strategy": "BLUE_GREEN", "bakeTimeInMinutes": 10})"), {}, create},
    {"ECS-SV-042", "/deploymentConfiguration/bakeTimeInMinutes",
     cs(R"(, "deploymentConfiguration": {"strategy": "BLUE_GREEN", "bakeTimeInMinutes": 1441})"),
     cs(R"(, "deploymentConfiguration": {"strategy": "BLUE_GREEN", "bakeTimeInMinutes": 1440})"), severity::error, create},
    {"ECS-SV-042", "/deploymentConfiguration/bakeTimeInMinutes", cs(R"(, "deploymentConfiguration": {"bakeTimeInMinutes": 5})"),
     cs(R"(, "deploymentConfiguration": {"strategy": "LINEAR", "bakeTimeInMinutes": 5})"), severity::warning, create},
    // An update that gives no strategy keeps the service's, which may be BLUE_GREEN.
    {"ECS-SV-042", "/deploymentConfiguration/bakeTimeInMinutes",
     us(R"(, "deploymentConfiguration": {"strategy": "ROLLING", "bakeTimeInMinutes": 5})"),
     us(R"(, "deploymentConfiguration": {"bakeTimeInMinutes": 5})"), severity::warning, update},
    {"ECS-SV-043", "/deploymentConfiguration/linearConfiguration",
     cs(R"(, "deploymentConfiguration": {"strategy": "CANARY", "linearConfiguration": {"stepPercent": 10.0}})"),
     cs(R"(, "deploymentConfiguration": {"strategy": "LINEAR", "linearConfiguration": {"stepPercent": 10.0}})"), {}, create},
    {"ECS-SV-043", "/deploymentConfiguration/linearConfiguration/stepPercent",
     cs(R"(, "deploymentConfiguration": {"strategy": "LINEAR", "linearConfiguration": {"stepPercent": 2.9}})"),
     cs(R"(, "deploymentConfiguration": {"strategy": "LINEAR", "linearConfiguration": {"stepPercent": 3.0}})"), {}, create},
    {"ECS-SV-043", "/deploymentConfiguration/canaryConfiguration/canaryPercent",
     us(R"(, "deploymentConfiguration": {"strategy": "CANARY", "canaryConfiguration": {"canaryPercent": 0.25}})"),
     us(R"(, "deploymentConfiguration": {"strategy": "CANARY", "canaryConfiguration": {"canaryPercent": 0.2}})"), {}, update},
    {"ECS-SV-045", "/deploymentConfiguration/lifecycleHooks/0", cs(hook(R"("lifecycleStages": ["PRE_SCALE_UP"])")),
     cs(hook(R"("targetType": "PAUSE", "lifecycleStages": ["PRE_SCALE_UP"])")), {}, create},
    {"ECS-SV-045", "/deploymentConfiguration/lifecycleHooks/0/lifecycleStages",
     cs(hook(R"("targetType": "PAUSE", "lifecycleStages": [])")), cs(hook(R"("targetType": "PAUSE", "lifecycleStages": ["POST_SCALE_UP"])")),
     {}, create},
    {"ECS-SV-045", "/deploymentConfiguration/lifecycleHooks/0/lifecycleStages/0",
     cs(hook(R"("targetType": "PAUSE", "lifecycleStages": ["LATER"])")), cs(hook(R"("targetType": "PAUSE", "lifecycleStages": ["RECONCILE_SERVICE"])")),
     {}, create},
    {"ECS-SV-046", "/launchType", cs(R"(, "launchType": "MANAGED_INSTANCES")"), cs(R"(, "launchType": "EC2")"), {}, create},
    {"ECS-SV-047", "/capacityProviderStrategy", cs(R"(, "launchType": "FARGATE", "capacityProviderStrategy": [{"capacityProvider": "FARGATE", "weight": 1}])"),
     cs(R"(, "capacityProviderStrategy": [{"capacityProvider": "FARGATE", "weight": 1}])"), {}, create},
    {"ECS-SV-048", "/capacityProviderStrategy/0/weight", cs(R"(, "capacityProviderStrategy": [{"capacityProvider": "FARGATE", "weight": 1001}])"),
     cs(R"(, "capacityProviderStrategy": [{"capacityProvider": "FARGATE", "weight": 1000}])"), {}, create},
    {"ECS-SV-048", "/capacityProviderStrategy/1/base",
     us(R"(, "capacityProviderStrategy": [{"capacityProvider": "FARGATE", "weight": 1, "base": 1}, {"capacityProvider": "FARGATE_SPOT", "weight": 1, "base": 1}])"),
     us(R"(, "capacityProviderStrategy": [{"capacityProvider": "FARGATE", "weight": 1, "base": 1}, {"capacityProvider": "FARGATE_SPOT", "weight": 1}])"),
     {}, update},
    {"ECS-SV-049", "/capacityProviderStrategy/1/capacityProvider",
     cs(R"(, "capacityProviderStrategy": [{"capacityProvider": "FARGATE", "weight": 1}, {"capacityProvider": "asg-spot", "weight": 1}])"),
     cs(R"(, "capacityProviderStrategy": [{"capacityProvider": "FARGATE", "weight": 1}, {"capacityProvider": "FARGATE_SPOT", "weight": 1}])"),
     {}, create},
    {"ECS-SV-051", "/platformVersion", cs(R"(, "launchType": "EC2", "platformVersion": "1.4.0")"),
     cs(R"(, "launchType": "FARGATE", "platformVersion": "1.4.0")"), {}, create},
    {"ECS-SV-051", "/platformVersion", us(R"(, "capacityProviderStrategy": [{"capacityProvider": "asg-spot", "weight": 1}], "platformVersion": "LATEST")"),
     us(R"(, "capacityProviderStrategy": [{"capacityProvider": "FARGATE", "weight": 1}], "platformVersion": "LATEST")"), {}, update},
    {"ECS-SV-056", "/networkConfiguration/awsvpcConfiguration/subnets",
     cs(R"(, "launchType": "FARGATE", "networkConfiguration": {"awsvpcConfiguration": {"subnets": []}})"),
     cs(core::cat(R"(, "launchType": "FARGATE")", net)), {}, create},
    {"ECS-SV-057", "/networkConfiguration/awsvpcConfiguration/securityGroups",
     us(core::cat(R"(, "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0123456789abcdef0"], "securityGroups": )", sgs(6), "}}")),
     us(core::cat(R"(, "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0123456789abcdef0"], "securityGroups": )", sgs(5), "}}")),
     {}, update},
    {"ECS-SV-058", "/networkConfiguration/awsvpcConfiguration/assignPublicIp",
     cs(R"(, "launchType": "EC2", "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0123456789abcdef0"], "assignPublicIp": "ENABLED"}})"),
     cs(R"(, "launchType": "FARGATE", "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0123456789abcdef0"], "assignPublicIp": "ENABLED"}})"),
     severity::error, create},
    {"ECS-SV-059", "/loadBalancers/0/loadBalancerName", cs(core::cat(R"(, "launchType": "FARGATE", "loadBalancers": [)", classic, "]")),
     cs(core::cat(R"(, "launchType": "EC2", "loadBalancers": [)", classic, "]")), {}, create},
    {"ECS-SV-060", "/loadBalancers/0",
     cs(core::cat(R"(, "loadBalancers": [{"targetGroupArn": ")", tg1, R"(", "loadBalancerName": "web-elb", "containerName": "api", "containerPort": 8080}])")),
     cs(core::cat(R"(, "loadBalancers": )", tgs(1))), {}, create},
    {"ECS-SV-060", "/loadBalancers/0", us(R"(, "loadBalancers": [{"containerName": "api", "containerPort": 8080}])"),
     us(core::cat(R"(, "loadBalancers": [)", classic, "]")), {}, update},
    {"ECS-SV-061", "/loadBalancers/0", cs(core::cat(R"(, "loadBalancers": [{"targetGroupArn": ")", tg1, R"(", "containerPort": 8080}])")),
     cs(core::cat(R"(, "loadBalancers": )", tgs(1))), {}, create},
    {"ECS-SV-061", "/loadBalancers/0/containerPort",
     cs(core::cat(R"(, "loadBalancers": [{"targetGroupArn": ")", tg1, R"(", "containerName": "api", "containerPort": 0}])")),
     cs(core::cat(R"(, "loadBalancers": [{"targetGroupArn": ")", tg1, R"(", "containerName": "api", "containerPort": 1}])")), {}, create},
    {"ECS-SV-063", "/loadBalancers", cs(core::cat(R"(, "loadBalancers": )", tgs(6))), cs(core::cat(R"(, "loadBalancers": )", tgs(5))), {}, create},
    {"ECS-SV-063", "/loadBalancers", us(core::cat(R"(, "loadBalancers": [)", tg(1), ", ", classic, "]")),
     us(core::cat(R"(, "loadBalancers": [)", tg(1), ", ", tg(2), "]")), {}, update},
    {"ECS-SV-066", "/role", cs(R"(, "role": "ecsServiceRole")"), cs(core::cat(R"(, "role": "ecsServiceRole", "loadBalancers": [)", classic, "]")),
     {}, create},
    {"ECS-SV-066", "/role", cs(core::cat(R"(, "role": "ecsServiceRole", "loadBalancers": )", tgs(2))),
     cs(core::cat(R"(, "loadBalancers": )", tgs(2))), {}, create},
    {"ECS-SV-067", "/healthCheckGracePeriodSeconds", us(R"(, "healthCheckGracePeriodSeconds": -1)"),
     us(R"(, "healthCheckGracePeriodSeconds": 0)"), {}, update},
    {"ECS-SV-070", "/serviceRegistries",
     cs(R"(, "serviceRegistries": [{"registryArn": "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-a"}, {"registryArn": "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-b"}])"),
     cs(R"(, "serviceRegistries": [{"registryArn": "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-a"}])"), {}, create},
    {"ECS-SV-071", "/serviceRegistries/0",
     cs(R"(, "serviceRegistries": [{"registryArn": "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-a", "containerName": "api"}])"),
     cs(R"(, "serviceRegistries": [{"registryArn": "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-a", "containerName": "api", "containerPort": 8080}])"),
     {}, create},
    {"ECS-SV-075", "/serviceConnectConfiguration/enabled", cs(R"(, "serviceConnectConfiguration": {"enabled": false, "namespace": "shop"})"),
     cs(R"(, "serviceConnectConfiguration": {"enabled": false})"), {}, create},
    {"ECS-SV-080", "/serviceConnectConfiguration/services/0/discoveryName",
     cs(sc(R"([{"portName": "http", "discoveryName": "Checkout", "clientAliases": [{"port": 80}]}])")),
     cs(sc(R"([{"portName": "http", "discoveryName": "checkout_1", "clientAliases": [{"port": 80}]}])")), {}, create},
    {"ECS-SV-080", "/serviceConnectConfiguration/services/1/discoveryName",
     us(sc(R"([{"portName": "http", "discoveryName": "web", "clientAliases": [{"port": 80}]}, {"portName": "grpc", "discoveryName": "web", "clientAliases": [{"port": 81}]}])")),
     us(sc(R"([{"portName": "http", "discoveryName": "web", "clientAliases": [{"port": 80}]}, {"portName": "grpc", "discoveryName": "web-grpc", "clientAliases": [{"port": 81}]}])")),
     {}, update},
    {"ECS-SV-081", "/serviceConnectConfiguration/services/0/clientAliases", cs(sc(R"([{"portName": "http"}])")),
     cs(sc(R"([{"portName": "http", "clientAliases": [{"port": 80}]}])")), {}, create},
    {"ECS-SV-081", "/serviceConnectConfiguration/services/0/clientAliases",
     cs(sc(R"([{"portName": "http", "clientAliases": [{"port": 80}, {"port": 81}]}])")),
     cs(sc(R"([{"portName": "http", "clientAliases": [{"port": 81}]}])")), {}, create},
    {"ECS-SV-082", "/serviceConnectConfiguration/services/0/clientAliases/0/port",
     cs(sc(R"([{"portName": "http", "clientAliases": [{"port": 0}]}])")), cs(sc(R"([{"portName": "http", "clientAliases": [{"port": 1}]}])")),
     severity::warning, create},
    {"ECS-SV-083", "/serviceConnectConfiguration/services/0/clientAliases/0/dnsName",
     cs(sc(R"([{"portName": "http", "clientAliases": [{"port": 80, "dnsName": "-api"}]}])")),
     cs(sc(R"([{"portName": "http", "clientAliases": [{"port": 80, "dnsName": "api.shop"}]}])")), {}, create},
    {"ECS-SV-087", "/serviceConnectConfiguration/services/0/tls/issuerCertificateAuthority",
     cs(sc(R"([{"portName": "http", "clientAliases": [{"port": 80}], "tls": {"issuerCertificateAuthority": {}}}])")),
     cs(sc(R"([{"portName": "http", "clientAliases": [{"port": 80}], "tls": {"issuerCertificateAuthority": {"awsPcaAuthorityArn": "arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/12345678-1234-1234-1234-123456789012"}}}])")),
     {}, create},
    {"ECS-SV-088", "/serviceConnectConfiguration/accessLogConfiguration",
     cs(R"(, "serviceConnectConfiguration": {"enabled": true, "accessLogConfiguration": {"format": "JSON"}})"),
     cs(R"(, "serviceConnectConfiguration": {"enabled": true, "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "sc", "awslogs-region": "us-east-1"}}, "accessLogConfiguration": {"format": "JSON"}})"),
     {}, create},
    {"ECS-SV-088", "/serviceConnectConfiguration/accessLogConfiguration/format",
     cs(R"(, "serviceConnectConfiguration": {"enabled": true, "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "sc", "awslogs-region": "us-east-1"}}, "accessLogConfiguration": {"format": "XML"}})"),
     cs(R"(, "serviceConnectConfiguration": {"enabled": true, "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "sc", "awslogs-region": "us-east-1"}}, "accessLogConfiguration": {"format": "TEXT"}})"),
     {}, create},
    {"ECS-SV-090", "/placementConstraints/0/expression",
     cs(R"(, "placementConstraints": [{"type": "distinctInstance", "expression": "attribute:ecs.instance-type == t3.small"}])"),
     cs(R"(, "placementConstraints": [{"type": "distinctInstance"}])"), {}, create},
    {"ECS-SV-090", "/placementConstraints/0", cs(R"(, "placementConstraints": [{"type": "memberOf"}])"),
     cs(R"(, "placementConstraints": [{"type": "memberOf", "expression": "attribute:ecs.instance-type == t3.small"}])"), {}, create},
    {"ECS-SV-090", "/placementConstraints", us(core::cat(R"(, "placementConstraints": )", list_of(11, R"({"type": "distinctInstance"})"))),
     us(core::cat(R"(, "placementConstraints": )", list_of(10, R"({"type": "distinctInstance"})"))), {}, update},
    {"ECS-SV-091", "/placementStrategy/0/field", cs(R"(, "placementStrategy": [{"type": "binpack", "field": "disk"}])"),
     cs(R"(, "placementStrategy": [{"type": "binpack", "field": "memory"}])"), {}, create},
    {"ECS-SV-091", "/placementStrategy/0/field", cs(R"(, "placementStrategy": [{"type": "spread", "field": "attribute:"}])"),
     cs(R"(, "placementStrategy": [{"type": "spread", "field": "attribute:ecs.availability-zone"}])"), {}, create},
    {"ECS-SV-091", "/placementStrategy", us(core::cat(R"(, "placementStrategy": )", list_of(6, R"({"type": "random"})"))),
     us(core::cat(R"(, "placementStrategy": )", list_of(5, R"({"type": "random"})"))), severity::error, update},
    {"ECS-SV-091", "/placementStrategy", us(core::cat(R"(, "placementStrategy": )", list_of(5, R"({"type": "random"})"))),
     us(core::cat(R"(, "placementStrategy": )", list_of(4, R"({"type": "random"})"))), severity::warning, update},
    {"ECS-SV-092", "/placementConstraints", cs(R"(, "launchType": "FARGATE", "placementConstraints": [{"type": "distinctInstance"}])"),
     cs(R"(, "launchType": "EC2", "placementConstraints": [{"type": "distinctInstance"}])"), {}, create},
    {"ECS-SV-092", "/placementStrategy", cs(R"(, "capacityProviderStrategy": [{"capacityProvider": "FARGATE", "weight": 1}], "placementStrategy": [{"type": "random"}])"),
     cs(R"(, "capacityProviderStrategy": [{"capacityProvider": "asg", "weight": 1}], "placementStrategy": [{"type": "random"}])"), {}, create},
    {"ECS-SV-094", "/availabilityZoneRebalancing", us(R"(, "availabilityZoneRebalancing": "SOMETIMES")"),
     us(R"(, "availabilityZoneRebalancing": "ENABLED")"), {}, update},
    {"ECS-SV-097", "/enableECSManagedTags", cs(R"(, "enableECSManagedTags": true)"),
     cs(R"(, "enableECSManagedTags": true, "propagateTags": "SERVICE")"), severity::error, create},
    {"ECS-SV-097", "/propagateTags", cs(R"(, "enableECSManagedTags": true, "propagateTags": "NONE")"),
     cs(R"(, "enableECSManagedTags": true, "propagateTags": "TASK_DEFINITION")"), severity::warning, create},
    {"ECS-SV-100", "/volumeConfigurations", cs(R"(, "volumeConfigurations": [{"name": "data"}, {"name": "logs"}])"),
     cs(R"(, "volumeConfigurations": [{"name": "data"}])"), {}, create},
    {"ECS-SV-006", "/taskDefinition", R"({"serviceName": "web", "taskDefinition": "web:0", "desiredCount": 1})",
     R"({"serviceName": "web", "taskDefinition": "web:1", "desiredCount": 1})", {}, create},
    {"ECS-SV-006", "/taskDefinition", us(R"(, "taskDefinition": "arn:aws:ecs:us-east-1:123456789012:service/prod/web")"),
     us(R"(, "taskDefinition": "arn:aws:ecs:us-east-1:123456789012:task-definition/web:3")"), {}, update},
    {"ECS-SV-006", "/taskDefinition", R"({"serviceName": "web", "taskDefinition": "web app", "desiredCount": 1})",
     R"({"serviceName": "web", "taskDefinition": "web-app", "desiredCount": 1})", {}, create},
    {"ECS-SV-017", "/capacityProviderStrategy", daemon(R"(, "capacityProviderStrategy": [{"capacityProvider": "asg-spot", "weight": 1}])"),
     daemon(R"(, "launchType": "EC2")"), severity::warning, create},
    {"ECS-SV-021", "/loadBalancers/0/loadBalancerName", daemon(core::cat(R"(, "launchType": "EC2", "loadBalancers": [)", classic, "]")),
     cs(core::cat(R"(, "launchType": "EC2", "loadBalancers": [)", classic, "]")), severity::warning, create},
    {"ECS-SV-044", "/deploymentConfiguration/strategy", cs(blue_green), cs(core::cat(blue_green, advanced(core::cat(routes, shift_role)))),
     severity::warning, create},
    {"ECS-SV-044", "/deploymentConfiguration/strategy",
     cs(core::cat(R"(, "deploymentConfiguration": {"strategy": "LINEAR"}, "loadBalancers": )", tgs(1))),
     cs(core::cat(R"(, "deploymentConfiguration": {"strategy": "LINEAR"})", sc(R"([{"portName": "http", "clientAliases": [{"port": 80}]}])"))),
     severity::warning, create},
    {"ECS-SV-064", "/loadBalancers/0/targetGroupArn",
     cs(R"(, "loadBalancers": [{"targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/0123456789abcdef", "containerName": "api", "containerPort": 8080}])"),
     cs(core::cat(R"(, "loadBalancers": )", tgs(1))), {}, create},
    {"ECS-SV-064", "/loadBalancers/0/targetGroupArn",
     us(R"(, "loadBalancers": [{"targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdeg", "containerName": "api", "containerPort": 8080}])"),
     us(core::cat(R"(, "loadBalancers": )", tgs(1))), {}, update},
    {"ECS-SV-065", "/loadBalancers/0/advancedConfiguration", cs(core::cat(blue_green, advanced(routes))),
     cs(core::cat(blue_green, advanced(core::cat(routes, shift_role)))), severity::error, create},
    {"ECS-SV-065", "/loadBalancers/0/advancedConfiguration/productionListenerRule",
     cs(core::cat(blue_green, advanced(core::cat(routes.substr(0, routes.find("\"productionListenerRule\"")),
                                                 R"("productionListenerRule": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef")",
                                                 shift_role)))),
     cs(core::cat(blue_green, advanced(core::cat(routes, shift_role)))), severity::error, create},
    {"ECS-SV-065", "/loadBalancers/0/advancedConfiguration", cs(advanced(core::cat(routes, shift_role))),
     cs(core::cat(blue_green, advanced(core::cat(routes, shift_role)))), severity::warning, create},
    {"ECS-SV-073", "/vpcLatticeConfigurations/0/roleArn", cs(lattice("arn:aws:iam::123456789012:user/ecs", lattice_tg, "http")),
     cs(lattice(lattice_role, lattice_tg, "http")), {}, create},
    {"ECS-SV-073", "/vpcLatticeConfigurations/0/targetGroupArn", us(lattice(lattice_role, tg1, "http")),
     us(lattice(lattice_role, lattice_tg, "http")), {}, update},
    {"ECS-SV-076", "/serviceConnectConfiguration/namespace", cs(R"(, "serviceConnectConfiguration": {"enabled": true, "namespace": "shop/prod"})"),
     cs(R"(, "serviceConnectConfiguration": {"enabled": true, "namespace": "shop.prod"})"), {}, create},
    {"ECS-SV-076", "/serviceConnectConfiguration/namespace",
     cs(R"(, "cluster": "arn:aws:ecs:us-east-1:123456789012:cluster/prod", "serviceConnectConfiguration": {"enabled": true, "namespace": "arn:aws:servicediscovery:eu-west-1:123456789012:namespace/ns-0123456789abcdef"})"),
     cs(R"(, "cluster": "arn:aws:ecs:us-east-1:123456789012:cluster/prod", "serviceConnectConfiguration": {"enabled": true, "namespace": "arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-0123456789abcdef"})"),
     {}, create},
    {"ECS-SV-077", "/serviceConnectConfiguration",
     cs(core::cat(R"(, "deploymentController": {"type": "CODE_DEPLOY"}, "loadBalancers": )", tgs(1), sc_service(""))),
     cs(core::cat(R"(, "deploymentController": {"type": "ECS"}, "loadBalancers": )", tgs(1), sc_service(""))), {}, create},
    {"ECS-SV-077", "/serviceConnectConfiguration", cs(core::cat(R"(, "launchType": "EXTERNAL")", sc_service(""))),
     cs(core::cat(R"(, "launchType": "EC2")", sc_service(""))), {}, create},
    {"ECS-SV-077", "/serviceConnectConfiguration", cs(core::cat(R"(, "launchType": "FARGATE", "platformVersion": "1.3.0")", net, sc_service(""))),
     cs(core::cat(R"(, "launchType": "FARGATE", "platformVersion": "1.4.0")", net, sc_service(""))), {}, create},
    {"ECS-SV-084", "/serviceConnectConfiguration/services/0/clientAliases/0/testTrafficRules", cs(test_traffic("")),
     cs(test_traffic(blue_green)), severity::warning, create},
    {"ECS-SV-084", "/serviceConnectConfiguration/services/0/clientAliases/0/testTrafficRules",
     us(test_traffic(R"(, "deploymentConfiguration": {"strategy": "ROLLING"})")), us(test_traffic("")), severity::warning, update},
    {"ECS-SV-085", "/serviceConnectConfiguration/services/0/ingressPortOverride", cs(sc_service(R"(, "ingressPortOverride": 0)")),
     cs(sc_service(R"(, "ingressPortOverride": 15000)")), severity::warning, create},
    {"ECS-SV-102", "/volumeConfigurations/0/managedEBSVolume/roleArn",
     cs(R"(, "volumeConfigurations": [{"name": "data", "managedEBSVolume": {"roleArn": "arn:aws:iam::123456789012:policy/ebs", "sizeInGiB": 10}}])"),
     cs(ebs(R"(, "sizeInGiB": 10)")), {}, create},
    {"ECS-SV-103", "/volumeConfigurations/0/managedEBSVolume", cs(ebs("")), cs(ebs(R"(, "snapshotId": "snap-0123456789abcdef0")")), {}, create},
    {"ECS-SV-103", "/volumeConfigurations/0/managedEBSVolume/sizeInGiB", us(ebs(R"(, "volumeType": "gp2", "sizeInGiB": 16385)")),
     us(ebs(R"(, "volumeType": "gp2", "sizeInGiB": 16384)")), {}, update},
    {"ECS-SV-103", "/volumeConfigurations/0/managedEBSVolume/sizeInGiB", cs(ebs(R"(, "volumeType": "standard", "sizeInGiB": 1025)")),
     cs(ebs(R"(, "volumeType": "standard", "sizeInGiB": 1024)")), {}, create},
    {"ECS-SV-104", "/volumeConfigurations/0/managedEBSVolume/volumeType", cs(ebs(R"(, "volumeType": "gp4", "sizeInGiB": 10)")),
     cs(ebs(R"(, "volumeType": "io2", "sizeInGiB": 10, "iops": 1000)")), {}, create},
    {"ECS-SV-104", "/volumeConfigurations/0/managedEBSVolume/volumeType",
     cs(core::cat(R"(, "launchType": "FARGATE")", ebs(R"(, "volumeType": "standard", "sizeInGiB": 10)"))),
     cs(core::cat(R"(, "launchType": "EC2")", ebs(R"(, "volumeType": "standard", "sizeInGiB": 10)"))), {}, create},
    {"ECS-SV-105", "/volumeConfigurations/0/managedEBSVolume", cs(ebs(R"(, "volumeType": "io1", "sizeInGiB": 10)")),
     cs(ebs(R"(, "volumeType": "io1", "sizeInGiB": 10, "iops": 100)")), {}, create},
    {"ECS-SV-105", "/volumeConfigurations/0/managedEBSVolume/iops", cs(ebs(R"(, "volumeType": "gp2", "sizeInGiB": 10, "iops": 3000)")),
     cs(ebs(R"(, "volumeType": "gp2", "sizeInGiB": 10)")), {}, create},
    {"ECS-SV-105", "/volumeConfigurations/0/managedEBSVolume/iops", cs(ebs(R"(, "volumeType": "io2", "sizeInGiB": 10, "iops": 256001)")),
     cs(ebs(R"(, "volumeType": "io2", "sizeInGiB": 10, "iops": 256000)")), {}, create},
    {"ECS-SV-106", "/volumeConfigurations/0/managedEBSVolume/throughput", cs(ebs(R"(, "volumeType": "gp2", "sizeInGiB": 10, "throughput": 250)")),
     cs(ebs(R"(, "volumeType": "gp3", "sizeInGiB": 10, "throughput": 250)")), severity::error, create},
    {"ECS-SV-106", "/volumeConfigurations/0/managedEBSVolume/throughput", cs(ebs(R"(, "sizeInGiB": 10, "iops": 16000, "throughput": 1001)")),
     cs(ebs(R"(, "sizeInGiB": 10, "iops": 16000, "throughput": 1000)")), severity::error, create},
    {"ECS-SV-106", "/volumeConfigurations/0/managedEBSVolume/throughput", cs(ebs(R"(, "sizeInGiB": 10, "throughput": 751)")),
     cs(ebs(R"(, "sizeInGiB": 10, "throughput": 750)")), severity::warning, create},
    {"ECS-SV-107", "/volumeConfigurations/0/managedEBSVolume/volumeInitializationRate",
     cs(ebs(R"(, "sizeInGiB": 10, "volumeInitializationRate": 200)")),
     cs(ebs(R"(, "snapshotId": "snap-0123456789abcdef0", "volumeInitializationRate": 200)")), {}, create},
    {"ECS-SV-107", "/volumeConfigurations/0/managedEBSVolume/volumeInitializationRate",
     cs(ebs(R"(, "snapshotId": "snap-0123456789abcdef0", "volumeInitializationRate": 301)")),
     cs(ebs(R"(, "snapshotId": "snap-0123456789abcdef0", "volumeInitializationRate": 300)")), {}, create},
    {"ECS-SV-108", "/volumeConfigurations/0/managedEBSVolume/kmsKeyId", cs(ebs(R"(, "sizeInGiB": 10, "encrypted": true, "kmsKeyId": "ebs key")")),
     cs(ebs(R"(, "sizeInGiB": 10, "encrypted": true, "kmsKeyId": "alias/ebs")")), severity::error, create},
    {"ECS-SV-108", "/volumeConfigurations/0/managedEBSVolume/kmsKeyId", cs(ebs(R"(, "sizeInGiB": 10, "encrypted": false, "kmsKeyId": "alias/ebs")")),
     cs(ebs(R"(, "sizeInGiB": 10, "encrypted": true, "kmsKeyId": "alias/ebs")")), severity::warning, create},
    {"ECS-SV-109", "/volumeConfigurations/0/managedEBSVolume/tagSpecifications/0/tags/0/key",
     cs(ebs(R"(, "sizeInGiB": 10, "tagSpecifications": [{"resourceType": "volume", "tags": [{"key": "AmazonECSCreated", "value": "x"}]}])")),
     cs(ebs(R"(, "sizeInGiB": 10, "tagSpecifications": [{"resourceType": "volume", "tags": [{"key": "AmazonECSCreatedBy", "value": "x"}]}])")),
     {}, create},
};

template <class T>
T decoded(const std::string& text) {
    auto r = core::decode<T>(text);
    BOOST_TEST_REQUIRE(r.has_value(), text.substr(0, 300) << ": " << testing::verdict(r.diagnostics()).message().str());
    return std::move(*r);
}

// A described task definition web:3, with `members`.
std::string td(std::string_view members) {
    return core::cat(R"({"family": "web", "revision": 3, "taskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/web:3")",
                     members, "}");
}
std::string containers(std::string_view port_mappings, std::string_view more = "") {
    return core::cat(R"(, "containerDefinitions": [{"name": "api", "image": "nginx", "portMappings": )", port_mappings, more, "}]");
}

// A rule that reads the task definition or the cluster: the same request, a context that breaks
// it and one that does not. Empty context text: no such document.
struct context_case {
    rule_case rule;
    std::string td, cluster;           // the breaking case's context
    std::string near_td, near_cluster; // the near miss's
};
std::ostream& operator<<(std::ostream& os, const context_case& c) { return os << c.rule; }

core::diagnostics findings_in_context(const rule_case& rc, const std::string& request, const std::string& td_text,
                                      const std::string& cluster_text) {
    std::optional<ecs::task_definition> t;
    std::optional<ecs::cluster> k;
    if (!td_text.empty()) t = decoded<ecs::task_definition>(td_text);
    if (!cluster_text.empty()) k = decoded<ecs::cluster>(cluster_text);
    auto run = [&](const auto& r) {
        if (t && k) return core::validate(r, core::validation_context{*t, *k});
        if (t) return core::validate(r, core::validation_context{*t});
        if (k) return core::validate(r, core::validation_context{*k});
        return core::validate(r);
    };
    if (rc.of.name == "update") return run(decoded<ecs::update_service_request>(request));
    return run(decoded<ecs::create_service_request>(request));
}

const std::string awsvpc = R"(, "networkMode": "awsvpc")";
const std::string bridge = R"(, "networkMode": "bridge")";
const std::string registry_port = R"(, "serviceRegistries": [{"registryArn": "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-a", "port": 8080}])";

const std::vector<context_case> context_cases = {
    {{"ECS-SV-015", "/schedulingStrategy", daemon(""), daemon(""), {}, create},
     td(R"(, "requiresCompatibilities": ["FARGATE"])"), "", td(R"(, "requiresCompatibilities": ["EC2", "FARGATE"])"), ""},
    {{"ECS-SV-049", "/capacityProviderStrategy/0/capacityProvider",
      cs(R"(, "cluster": "prod", "capacityProviderStrategy": [{"capacityProvider": "FARGATE", "weight": 1}])"),
      cs(R"(, "cluster": "prod", "capacityProviderStrategy": [{"capacityProvider": "FARGATE", "weight": 1}])"), {}, create},
     "", R"({"clusterName": "prod", "capacityProviders": ["FARGATE_SPOT"]})", "", R"({"clusterName": "prod", "capacityProviders": ["FARGATE", "FARGATE_SPOT"]})"},
    {{"ECS-SV-049", "/capacityProviderStrategy/0/capacityProvider",
      us(R"(, "capacityProviderStrategy": [{"capacityProvider": "asg", "weight": 1}])"),
      us(R"(, "capacityProviderStrategy": [{"capacityProvider": "asg", "weight": 1}])"), {}, update},
     "", R"({"clusterName": "default", "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/default", "capacityProviders": []})",
     "", R"({"clusterName": "default", "capacityProviders": ["asg"]})"},
    {{"ECS-SV-055", "/networkConfiguration", cs(""), cs(""), {}, create}, td(awsvpc), "", td(bridge), ""},
    {{"ECS-SV-055", "/networkConfiguration", us(core::cat(R"(, "taskDefinition": "web:3")", net)),
      us(core::cat(R"(, "taskDefinition": "web:3")", net)), {}, update}, td(bridge), "", td(awsvpc), ""},
    {{"ECS-SV-059", "/loadBalancers/0/loadBalancerName", cs(core::cat(net, R"(, "loadBalancers": [)", classic, "]")),
      cs(core::cat(net, R"(, "loadBalancers": [)", classic, "]")), {}, create}, td(awsvpc), "", td(R"(, "networkMode": "host")"), ""},
    {{"ECS-SV-062", "/loadBalancers/0/containerPort", cs(core::cat(R"(, "loadBalancers": )", tgs(1))),
      cs(core::cat(R"(, "loadBalancers": )", tgs(1))), {}, create},
     td(containers(R"([{"containerPort": 80}])")), "", td(containers(R"([{"containerPort": 80}, {"containerPort": 8080}])")), ""},
    {{"ECS-SV-062", "/loadBalancers/0/containerName", us(core::cat(R"(, "taskDefinition": "web", "loadBalancers": )", tgs(1))),
      us(core::cat(R"(, "taskDefinition": "web", "loadBalancers": )", tgs(1))), {}, update},
     td(R"(, "containerDefinitions": [{"name": "web", "image": "nginx", "portMappings": [{"containerPort": 8080}]}])"), "",
     td(containers(R"([{"containerPort": 8080}])")), ""},
    {{"ECS-SV-066", "/role", cs(core::cat(R"(, "role": "ecsServiceRole", "loadBalancers": )", tgs(1))),
      cs(core::cat(R"(, "role": "ecsServiceRole", "loadBalancers": )", tgs(1))), {}, create}, td(awsvpc), "", td(bridge), ""},
    {{"ECS-SV-068", "/healthCheckGracePeriodSeconds", cs(R"(, "healthCheckGracePeriodSeconds": 30)"),
      cs(R"(, "healthCheckGracePeriodSeconds": 30)"), severity::error, create},
     td(containers("[]")), "", td(containers("[]", R"(, "healthCheck": {"command": ["CMD-SHELL", "true"]})")), ""},
    {{"ECS-SV-071", "/serviceRegistries/0", cs(registry_port), cs(registry_port), {}, create}, td(bridge), "", td(awsvpc), ""},
    {{"ECS-SV-072", "/serviceRegistries/0/containerPort",
      cs(R"(, "serviceRegistries": [{"registryArn": "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-a", "containerName": "api", "containerPort": 8080}])"),
      cs(R"(, "serviceRegistries": [{"registryArn": "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-a", "containerName": "api", "containerPort": 8080}])"),
      {}, create},
     td(core::cat(bridge, containers(R"([{"containerPort": 80}])"))), "", td(core::cat(bridge, containers(R"([{"containerPort": 8080}])"))), ""},
    {{"ECS-SV-079", "/serviceConnectConfiguration/services/0/portName", cs(sc(R"([{"portName": "http", "clientAliases": [{"port": 80}]}])")),
      cs(sc(R"([{"portName": "http", "clientAliases": [{"port": 80}]}])")), {}, create},
     td(containers(R"([{"containerPort": 8080, "name": "web"}])")), "", td(containers(R"([{"containerPort": 8080, "name": "http"}])")), ""},
    {{"ECS-SV-090", "/placementConstraints", cs(core::cat(R"(, "placementConstraints": )", list_of(6, R"({"type": "distinctInstance"})"))),
      cs(core::cat(R"(, "placementConstraints": )", list_of(6, R"({"type": "distinctInstance"})"))), {}, create},
     td(core::cat(R"(, "placementConstraints": )", list_of(5, R"({"type": "memberOf", "expression": "attribute:a == b"})"))), "",
     td(core::cat(R"(, "placementConstraints": )", list_of(4, R"({"type": "memberOf", "expression": "attribute:a == b"})"))), ""},
    {{"ECS-SV-101", "/volumeConfigurations/0/name", cs(R"(, "volumeConfigurations": [{"name": "data"}])"),
      cs(R"(, "volumeConfigurations": [{"name": "data"}])"), {}, create},
     td(R"(, "volumes": [{"name": "data"}])"), "", td(R"(, "volumes": [{"name": "data", "configuredAtLaunch": true}])"), ""},
    {{"ECS-SV-101", "/taskDefinition", cs(""), cs(""), {}, create},
     td(R"(, "volumes": [{"name": "data", "configuredAtLaunch": true}])"), "", td(R"(, "volumes": [{"name": "data"}])"), ""},
    {{"ECS-SV-052", "/platformVersion", cs(core::cat(R"(, "launchType": "FARGATE", "platformVersion": "1.3.0")", net)),
      cs(core::cat(R"(, "launchType": "FARGATE", "platformVersion": "1.3.0")", net)), {}, create},
     td(R"(, "ephemeralStorage": {"sizeInGiB": 50})"), "", td(""), ""},
    {{"ECS-SV-052", "/platformVersion", us(R"(, "taskDefinition": "web:3", "platformVersion": "1.2.0")"),
      us(R"(, "taskDefinition": "web:3", "platformVersion": "1.2.0")"), {}, update},
     td(R"(, "pidMode": "task")"), "", td(R"(, "runtimePlatform": {"operatingSystemFamily": "LINUX"})"), ""},
    {{"ECS-SV-053", "/launchType", cs(core::cat(R"(, "launchType": "FARGATE")", net)), cs(core::cat(R"(, "launchType": "FARGATE")", net)), {}, create},
     td(R"(, "networkMode": "awsvpc", "requiresCompatibilities": ["EC2"])"), "",
     td(R"(, "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"])"), ""},
    {{"ECS-SV-053", "/capacityProviderStrategy", cs(R"(, "capacityProviderStrategy": [{"capacityProvider": "FARGATE", "weight": 1}])"),
      cs(R"(, "capacityProviderStrategy": [{"capacityProvider": "FARGATE", "weight": 1}])"), {}, create},
     td(bridge), "", td(awsvpc), ""},
    {{"ECS-SV-053", "/launchType", cs(R"(, "launchType": "EC2")"), cs(R"(, "launchType": "EC2")"), {}, create},
     td(R"(, "compatibilities": ["FARGATE"])"), "", td(R"(, "compatibilities": ["EC2", "FARGATE"])"), ""},
    {{"ECS-SV-053", "/launchType", cs(core::cat(R"(, "launchType": "FARGATE")", net)), cs(core::cat(R"(, "launchType": "FARGATE")", net)), {}, create},
     td(core::cat(awsvpc, containers("[]", R"(, "logConfiguration": {"logDriver": "json-file"})"))), "",
     td(core::cat(awsvpc, containers("[]", R"(, "logConfiguration": {"logDriver": "awsfirelens"})"))), ""},
    {{"ECS-SV-073", "/vpcLatticeConfigurations/0/portName", cs(lattice(lattice_role, lattice_tg, "http")),
      cs(lattice(lattice_role, lattice_tg, "http")), {}, create},
     td(containers(R"([{"containerPort": 8080, "name": "web"}])")), "", td(containers(R"([{"containerPort": 8080, "name": "http"}])")), ""},
    {{"ECS-SV-076", "/serviceConnectConfiguration", cs(R"(, "serviceConnectConfiguration": {"enabled": true})"),
      cs(R"(, "serviceConnectConfiguration": {"enabled": true})"), {}, create},
     "", R"({"clusterName": "default"})", "",
     R"({"clusterName": "default", "serviceConnectDefaults": {"namespace": "arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-0123456789abcdef"}})"},
    {{"ECS-SV-076", "/serviceConnectConfiguration/namespace",
      cs(R"(, "serviceConnectConfiguration": {"enabled": true, "namespace": "arn:aws:servicediscovery:eu-west-1:123456789012:namespace/ns-0123456789abcdef"})"),
      cs(R"(, "serviceConnectConfiguration": {"enabled": true, "namespace": "arn:aws:servicediscovery:eu-west-1:123456789012:namespace/ns-0123456789abcdef"})"),
      {}, create},
     "", R"({"clusterName": "default", "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/default"})", "",
     R"({"clusterName": "default", "clusterArn": "arn:aws:ecs:eu-west-1:123456789012:cluster/default"})"},
    {{"ECS-SV-077", "/serviceConnectConfiguration", cs(sc_service("")), cs(sc_service("")), {}, create},
     td(R"(, "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"})"), "",
     td(R"(, "runtimePlatform": {"operatingSystemFamily": "LINUX"})"), ""},
    {{"ECS-SV-078", "/serviceConnectConfiguration", cs(sc_service("")), cs(sc_service("")), {}, create},
     td(containers(R"([{"containerPort": 8080, "name": "http"}])", R"(, "memory": 512)")), "",
     td(core::cat(R"(, "memory": "1024")", containers(R"([{"containerPort": 8080, "name": "http"}])", R"(, "memory": 512)"))), ""},
    {{"ECS-SV-078", "/serviceConnectConfiguration", us(core::cat(R"(, "taskDefinition": "web:3")", sc_service(""))),
      us(core::cat(R"(, "taskDefinition": "web:3")", sc_service(""))), {}, update},
     td(core::cat(R"(, "memory": "512")", containers(R"([{"containerPort": 8080, "name": "http"}])", R"(, "memory": 512)"))), "",
     td(core::cat(R"(, "memory": "513")", containers(R"([{"containerPort": 8080, "name": "http"}])", R"(, "memory": 512)"))), ""},
    {{"ECS-SV-085", "/serviceConnectConfiguration/services/0/ingressPortOverride", cs(sc_service(R"(, "ingressPortOverride": 8080)")),
      cs(sc_service(R"(, "ingressPortOverride": 8080)")), severity::warning, create},
     td(containers(R"([{"containerPort": 8080, "name": "http"}])")), "", td(containers(R"([{"containerPort": 80, "name": "http"}])")), ""},
    {{"ECS-SV-086", "/serviceConnectConfiguration/services/0/timeout/perRequestTimeoutSeconds",
      cs(sc_service(R"(, "timeout": {"perRequestTimeoutSeconds": 30})")), cs(sc_service(R"(, "timeout": {"perRequestTimeoutSeconds": 30})")),
      {}, create},
     td(containers(R"([{"containerPort": 8080, "name": "http"}])")), "",
     td(containers(R"([{"containerPort": 8080, "name": "http", "appProtocol": "grpc"}])")), ""},
    {{"ECS-SV-098", "/enableExecuteCommand", cs(R"(, "enableExecuteCommand": true)"), cs(R"(, "enableExecuteCommand": true)"), {}, create},
     td(""), "", td(R"(, "taskRoleArn": "arn:aws:iam::123456789012:role/webTaskRole")"), ""},
    {{"ECS-SV-098", "/enableExecuteCommand", us(R"(, "taskDefinition": "web", "enableExecuteCommand": true)"),
      us(R"(, "taskDefinition": "web", "enableExecuteCommand": true)"), {}, update},
     td(""), "", td(R"(, "taskRoleArn": "webTaskRole")"), ""},
    {{"ECS-SV-108", "/volumeConfigurations/0/managedEBSVolume/filesystemType", cs(ebs(R"(, "sizeInGiB": 10, "filesystemType": "ntfs")")),
      cs(ebs(R"(, "sizeInGiB": 10, "filesystemType": "ntfs")")), {}, create},
     td(""), "", td(R"(, "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2019_FULL"})"), ""},
};

std::string read_file(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    BOOST_TEST_REQUIRE(f.good(), "cannot read " << path);
    return std::string(std::istreambuf_iterator<char>(f), {});
}

} // namespace

BOOST_AUTO_TEST_SUITE(ecs_service_rules)

BOOST_DATA_TEST_CASE(breaking_document_reports_the_rule_at_its_pointer, bdata::make(request_cases), c) {
    test_support::check_breaking(c);
}

BOOST_DATA_TEST_CASE(near_miss_does_not_report_the_rule, bdata::make(request_cases), c) {
    test_support::check_near_miss(c);
}

BOOST_DATA_TEST_CASE(a_rule_of_the_context_is_reported_with_it, bdata::make(context_cases), c) {
    test_support::check_breaking(c.rule, [&](const std::string& r) { return findings_in_context(c.rule, r, c.td, c.cluster); });
    test_support::check_near_miss(c.rule, [&](const std::string& r) {
        return findings_in_context(c.rule, r, c.near_td, c.near_cluster);
    });
    // Without the context document the rule is skipped.
    const auto alone = findings_in_context(c.rule, c.rule.breaking, "", "");
    BOOST_TEST(!testing::reports(alone, c.rule.rule, c.rule.pointer), testing::verdict(alone).message().str());
}

BOOST_AUTO_TEST_CASE(a_task_definition_of_another_revision_or_family_says_nothing) {
    const auto r = decoded<ecs::create_service_request>(cs(""));
    for (const std::string other : {R"({"family": "web", "revision": 4, "networkMode": "awsvpc"})",
                                    R"({"family": "api", "revision": 3, "networkMode": "awsvpc"})",
                                    R"({"taskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/web:2", "networkMode": "awsvpc"})"}) {
        const auto t = decoded<ecs::task_definition>(other);
        BOOST_TEST(!testing::reports(core::validate(r, core::validation_context{t}), "ECS-SV-055", "/networkConfiguration"), other);
    }
    // A cluster of another name says nothing about the strategy's providers either.
    const auto k = decoded<ecs::cluster>(R"({"clusterName": "staging", "capacityProviders": []})");
    const auto s = decoded<ecs::create_service_request>(
        cs(R"(, "cluster": "prod", "capacityProviderStrategy": [{"capacityProvider": "FARGATE", "weight": 1}])"));
    BOOST_TEST(core::validate(s, core::validation_context{k}).empty());
}

// ECS-SV-096: the enumeration is shared with RunTask, so its unknown values take the decoder's id.
BOOST_AUTO_TEST_CASE(an_unknown_propagate_tags_value_is_reported_as_awsmodel_enum) {
    const auto bad = core::validate(decoded<ecs::create_service_request>(cs(R"(, "propagateTags": "TASKS")")));
    BOOST_TEST(testing::reports(bad, "AWSMODEL-ENUM", "/propagateTags"), testing::verdict(bad).message().str());
    const auto good = core::validate(decoded<ecs::create_service_request>(cs(R"(, "propagateTags": "SERVICE")")));
    BOOST_TEST(!testing::reports(good, "AWSMODEL-ENUM", "/propagateTags"), testing::verdict(good).message().str());
}

BOOST_AUTO_TEST_CASE(an_update_without_a_namespace_may_keep_the_current_one) {
    const auto k = decoded<ecs::cluster>(R"({"clusterName": "default"})");
    const auto u = decoded<ecs::update_service_request>(us(R"(, "serviceConnectConfiguration": {"enabled": true})"));
    const auto ds = core::validate(u, core::validation_context{k});
    BOOST_TEST(!testing::reports(ds, "ECS-SV-076", "/serviceConnectConfiguration"), testing::verdict(ds).message().str());
}

BOOST_AUTO_TEST_CASE(every_task_definition_shape_and_describe_clusters_are_read) {
    const auto r = decoded<ecs::create_service_request>(cs(
        R"(, "cluster": "arn:aws:ecs:us-east-1:123456789012:cluster/prod", "capacityProviderStrategy": [{"capacityProvider": "FARGATE", "weight": 1}])"));
    const auto described = decoded<ecs::describe_task_definition_response>(core::cat(R"({"taskDefinition": )", td(awsvpc), "}"));
    const auto registered = decoded<ecs::register_task_definition_request>(
        R"({"family": "web", "networkMode": "awsvpc", "containerDefinitions": [{"name": "api", "image": "nginx"}]})");
    const auto clusters = decoded<ecs::describe_clusters_response>(
        R"({"clusters": [{"clusterName": "dev", "capacityProviders": ["FARGATE"]}, {"clusterName": "prod", "capacityProviders": ["asg"]}]})");
    for (const auto& ds : {core::validate(r, core::validation_context{described, clusters}),
                           core::validate(r, core::validation_context{registered, clusters})}) {
        BOOST_TEST(testing::reports(ds, "ECS-SV-055", "/networkConfiguration"), testing::verdict(ds).message().str());
        BOOST_TEST(testing::reports(ds, "ECS-SV-049", "/capacityProviderStrategy/0/capacityProvider"));
    }
}

BOOST_AUTO_TEST_CASE(every_violation_is_reported_not_just_the_first) {
    const auto r = decoded<ecs::create_service_request>(core::cat(
        R"({"serviceName": "web app", "schedulingStrategy": "DAEMON", "desiredCount": 3, "launchType": "FARGATE",)",
        R"( "taskDefinition": "web:3", "platformVersion": "LATEST", "loadBalancers": [{"loadBalancerName": "elb", "containerName": "api"}],)",
        R"( "deploymentConfiguration": {"maximumPercent": 150, "minimumHealthyPercent": 150}, "placementStrategy": [{"type": "binpack", "field": "disk"}],)",
        R"( "volumeConfigurations": [{"name": "data"}, {"name": "logs"}]})"));
    const auto t = decoded<ecs::task_definition>(td(R"(, "volumes": [{"name": "scratch"}])"));
    const auto ds = core::validate(r, core::validation_context{t});
    const auto ids = testing::rule_ids(ds);
    for (std::string_view rule : {"ECS-SV-001", "ECS-SV-013", "ECS-SV-015", "ECS-SV-014", "ECS-SV-018", "ECS-SV-020",
                                  "ECS-SV-037", "ECS-SV-059", "ECS-SV-061", "ECS-SV-091", "ECS-SV-092", "ECS-SV-100", "ECS-SV-101"})
        BOOST_TEST((std::find(ids.begin(), ids.end(), rule) != ids.end()), rule << ": " << testing::verdict(ds).message().str());
}

BOOST_AUTO_TEST_CASE(a_minimal_update_and_the_realistic_requests_report_nothing) {
    BOOST_TEST(core::validate(decoded<ecs::update_service_request>(us(""))).empty());
    BOOST_TEST(core::validate(decoded<ecs::create_service_request>(cs(""))).empty());
    BOOST_TEST(core::validate(decoded<ecs::create_service_request>(daemon(""))).empty());
}

// Every CreateService and UpdateService request of the corpus that botocore accepts validates
// without an error, except the defects of the documents listed here (each checked to still occur).
BOOST_AUTO_TEST_CASE(real_service_requests_validate_without_false_errors, test_support::needs_corpus()) {
    struct known_defect {
        const char* file;
        const char* rule;
        const char* pointer;
    };
    const known_defect defects[] = {
        // Placeholders of examples: {target_group_arn}, region and aws_account_id in ARNs, sg-/subnet-EXAMPLE.
        {"service/0022.json", "COMMON-004", "/loadBalancers/0/targetGroupArn"},
        {"service/0026.json", "COMMON-004", "/loadBalancers/0/targetGroupArn"},
        {"service/0027.json", "COMMON-004", "/loadBalancers/0/targetGroupArn"},
        {"service/0029.json", "COMMON-003", "/networkConfiguration/awsvpcConfiguration/securityGroups/0"},
        {"service/0029.json", "COMMON-003", "/networkConfiguration/awsvpcConfiguration/subnets/0"},
        {"service/0029.json", "COMMON-003", "/networkConfiguration/awsvpcConfiguration/subnets/1"},
        {"service/0029.json", "COMMON-003", "/networkConfiguration/awsvpcConfiguration/subnets/2"},
        {"service/0031.json", "COMMON-004", "/serviceRegistries/0/registryArn"},
        {"service/0035.json", "COMMON-004", "/serviceRegistries/0/registryArn"},
        // The developer guide's skeleton of CreateService (`aws ecs create-service --generate-cli-skeleton`):
        // every member is empty or 0, which no real request is.
        {"service/0039.json", "ECS-SV-001", "/serviceName"},
        {"service/0039.json", "ECS-SV-004", "/cluster"},
        {"service/0039.json", "ECS-SV-006", "/taskDefinition"},
        {"service/0039.json", "ECS-SV-036", "/deploymentConfiguration/maximumPercent"},
        {"service/0039.json", "ECS-SV-037", "/deploymentConfiguration/minimumHealthyPercent"},
        {"service/0039.json", "ECS-SV-060", "/loadBalancers/0"},
        {"service/0039.json", "ECS-SV-061", "/loadBalancers/0/containerPort"},
        {"service/0039.json", "ECS-SV-066", "/role"},
        {"service/0039.json", "ECS-SV-091", "/placementStrategy/0/field"},
        {"service/0039.json", "ECS-SV-092", "/placementConstraints"},
        {"service/0039.json", "ECS-SV-092", "/placementStrategy"},
        {"service/0039.json", "COMMON-004", "/loadBalancers/0/targetGroupArn"},
        {"service/0039.json", "COMMON-003", "/networkConfiguration/awsvpcConfiguration/subnets/0"},
        {"service/0039.json", "COMMON-003", "/networkConfiguration/awsvpcConfiguration/securityGroups/0"},
    };
    std::istringstream manifest(read_file(AWSMODEL_CORPUS "/MANIFEST.tsv"));
    std::string line;
    std::size_t checked = 0;
    std::vector<bool> seen(std::size(defects));
    while (std::getline(manifest, line)) {
        std::vector<std::string> col;
        std::stringstream row(line);
        for (std::string cell; std::getline(row, cell, '\t');) col.push_back(cell);
        if (col.size() < 4 || col[1] != "ecs" || col[3] != "accept") continue;
        core::diagnostics ds;
        const std::string text = read_file(AWSMODEL_CORPUS "/" + col[0]);
        if (col[2] == "CreateServiceRequest")
            ds = core::validate(decoded<ecs::create_service_request>(text));
        else if (col[2] == "UpdateServiceRequest")
            ds = core::validate(decoded<ecs::update_service_request>(text));
        else
            continue;
        ++checked;
        for (const auto& d : ds) {
            bool known = false;
            for (std::size_t i = 0; i < std::size(defects); ++i)
                if (col[0] == defects[i].file && d.rule == defects[i].rule && d.pointer == defects[i].pointer)
                    known = seen[i] = true;
            BOOST_TEST((known || d.level != core::severity::error), col[0] << ": " << d);
        }
    }
    BOOST_TEST(checked == 16u);
    for (std::size_t i = 0; i < std::size(defects); ++i)
        BOOST_TEST(seen[i], "no longer reported: " << defects[i].file << " " << defects[i].rule << " " << defects[i].pointer);
}

BOOST_AUTO_TEST_SUITE_END()
