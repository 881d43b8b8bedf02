#include <awsmodel/core/json.hpp>
#include <awsmodel/ecs/task_definition.hpp>
#include <awsmodel/ecs/task_definition_rules.hpp>
#include <awsmodel/testing/boost_test.hpp>
#include "../support/corpus.hpp"

#include <boost/test/data/test_case.hpp>
#include "../support/rule_case.hpp"
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

using namespace awsmodel;
namespace bdata = boost::unit_test::data;

namespace {

// A rule case: a RegisterTaskDefinition document, the rule, the pointer a finding must name and
// its severity. A breaking document must report the rule there at that severity; its near miss,
// the same document just inside the limit, must not report the rule at that severity anywhere.
// A case that gives no severity is an error.
using test_support::rule_case;

const std::string one_container = R"([{"name": "app", "image": "nginx", "memory": 512}])";

// A task definition of family `family` (JSON) with `containers`; `members` are more task-level members.
std::string task(const std::string& members, const std::string& containers = one_container,
                 const std::string& family = R"("web")") {
    return R"({"family": )" + family + R"(, "containerDefinitions": )" + containers +
           (members.empty() ? "" : ", " + members) + "}";
}
// One container "app" (nginx, 512 MiB) with more members.
std::string container(const std::string& members) {
    return R"([{"name": "app", "image": "nginx", "memory": 512)" + (members.empty() ? "" : ", " + members) + "}]";
}
// A valid Fargate task (0.25 vCPU, 512 MiB, awsvpc) with more task-level members.
std::string fargate(const std::string& members, const std::string& containers = one_container) {
    return task(R"("requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512")" +
                    (members.empty() ? "" : ", " + members),
                containers);
}
// A Fargate task whose size and network mode the members give.
std::string fargate_sized(const std::string& members) {
    return task(R"("requiresCompatibilities": ["FARGATE"])" + (members.empty() ? "" : ", " + members));
}
std::string windows(const std::string& members, const std::string& containers = one_container) {
    return task(R"("runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2019_CORE"})" +
                    (members.empty() ? "" : ", " + members),
                containers);
}
std::string windows_fargate(const std::string& size) {
    return fargate_sized(R"("networkMode": "awsvpc", )" + size +
                         R"(, "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"})");
}
// `n` containers c0..c(n-1) of 64 MiB.
// `n` U+0001 characters as a JSON document spells them.
std::string escaped_controls(std::size_t n) {
    std::string s;
    for (std::size_t i = 0; i < n; ++i) s += "\\u0001";
    return s;
}

std::string containers(std::size_t n) {
    std::string s = "[";
    for (std::size_t i = 0; i < n; ++i)
        s += std::string(i ? ", " : "") + R"({"name": "c)" + std::to_string(i) + R"(", "image": "nginx", "memory": 64})";
    return s + "]";
}
std::string constraints(std::size_t n) {
    std::string s = R"("placementConstraints": [)";
    for (std::size_t i = 0; i < n; ++i)
        s += std::string(i ? ", " : "") + R"({"type": "memberOf", "expression": "attribute:ecs.os-type == linux"})";
    return s + "]";
}
std::string expression(const std::string& e) {
    return R"("placementConstraints": [{"type": "memberOf", "expression": ")" + e + R"("}])";
}
// An App Mesh proxy for container "envoy", with these properties (JSON array).
const std::string mesh_properties =
    R"([{"name": "IgnoredUID", "value": "1337"}, {"name": "AppPorts", "value": "8080,8081"},
        {"name": "ProxyIngressPort", "value": "15000"}, {"name": "ProxyEgressPort", "value": "15001"},
        {"name": "EgressIgnoredIPs", "value": "169.254.170.2,169.254.169.254"}])";
const std::string app_and_envoy =
    R"([{"name": "app", "image": "nginx", "memory": 256}, {"name": "envoy", "image": "envoyproxy/envoy", "memory": 256, "user": "1337"}])";
std::string proxy(const std::string& network, const std::string& container_name, const std::string& properties) {
    return task(R"("networkMode": ")" + network + R"(", "proxyConfiguration": {"type": "APPMESH", "containerName": ")" +
                    container_name + R"(", "properties": )" + properties + "}",
                app_and_envoy);
}
std::string volumes(const std::string& list, const std::string& containers_json = one_container) {
    return task(R"("volumes": )" + list, containers_json);
}
std::string efs(const std::string& members) {
    return volumes(R"([{"name": "data", "efsVolumeConfiguration": {"fileSystemId": "fs-12345678")" +
                   (members.empty() ? "" : ", " + members) + "}}]");
}
std::string fsx(const std::string& domain) {
    return volumes(R"([{"name": "share", "fsxWindowsFileServerVolumeConfiguration": {"fileSystemId": "fs-0123456789abcdef0",
        "rootDirectory": "\\data", "authorizationConfig": {"credentialsParameter":
        "arn:aws:secretsmanager:us-east-1:123456789012:secret:ad-AbCdEf", "domain": ")" +
                   domain + R"("}}}])");
}
std::string mounting(const std::string& volume) {
    return container(R"("mountPoints": [{"sourceVolume": ")" + volume + R"(", "containerPath": "/data"}])");
}
// Containers "a" and "b" (or as named) with more members each.
std::string two_containers(const std::string& first, const std::string& second, const std::string& second_name = "b") {
    return R"([{"name": "a", "image": "nginx")" + (first.empty() ? "" : ", " + first) + R"(}, {"name": ")" +
           second_name + R"(", "image": "nginx")" + (second.empty() ? "" : ", " + second) + "}]";
}

const std::string role = R"("executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole")";
const std::string awslogs =
    R"("logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/web", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "web"}})";
const std::string ecr_image = R"([{"name": "app", "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0"}])";
const std::string public_ecr_image = R"([{"name": "app", "image": "public.ecr.aws/nginx/nginx:1.25"}])";
const std::string ea = R"("requiresCompatibilities": ["EXTERNAL"])";
const std::string mi = R"("requiresCompatibilities": ["MANAGED_INSTANCES"])";
const std::string fc = "/containerDefinitions/0";

const std::vector<rule_case> task_rule_cases = test_support::with_default_level(core::severity::error, {
    {"ECS-TD-001", "/family", task("", one_container, R"("")"), task("", one_container, R"("w")")},
    {"ECS-TD-002", "/family", task("", one_container, R"("web app")"), task("", one_container, R"("web_app-2")")},
    {"ECS-TD-002", "/family", task("", one_container, "\"" + std::string(256, 'f') + "\""),
     task("", one_container, "\"" + std::string(255, 'f') + "\"")},
    {"ECS-TD-003", "/containerDefinitions", task("", "[]"), task("", containers(1))},
    {"ECS-TD-004", "/containerDefinitions", task("", containers(11)), task("", containers(10))},
    {"ECS-TD-005", "/containerDefinitions/1/name", task("", two_containers(R"("memory": 64)", R"("memory": 64)", "a")),
     task("", two_containers(R"("memory": 64)", R"("memory": 64)", "A"))},
    {"ECS-TD-006", "/containerDefinitions",
     task("", two_containers(R"("memory": 64, "essential": false)", R"("memory": 64, "essential": false)")),
     task("", two_containers(R"("memory": 64, "essential": false)", R"("memory": 64)"))},
    {"ECS-TD-007", "/networkMode", task(R"("networkMode": "default")"), task(R"("networkMode": "bridge")")},
    {"ECS-TD-007", "/networkMode", task(R"("networkMode": "AWSVPC")"), task(R"("networkMode": "none")")},
    {"ECS-TD-008", "/requiresCompatibilities/1", task(R"("requiresCompatibilities": ["EC2", "EC2"])"),
     task(R"("requiresCompatibilities": ["EC2", "EXTERNAL"])")},
    {"ECS-TD-008", "/requiresCompatibilities/1", task(R"("requiresCompatibilities": ["EC2", "FARGATE_SPOT"])"),
     task(R"("requiresCompatibilities": ["EXTERNAL", "EC2"])")},
    {"ECS-TD-011", "/cpu", task(R"("cpu": "127")"), task(R"("cpu": "128")")},
    {"ECS-TD-011", "/cpu", task(R"("cpu": "196609")"), task(R"("cpu": "196608")")},
    {"ECS-TD-011", "/cpu", task(R"("cpu": "193 vCPU")"), task(R"("cpu": "192 vcpu")")},
    {"ECS-TD-011", "/cpu", task(ea + R"(, "cpu": ".0625 vCPU")"), task(ea + R"(, "cpu": ".125 vCPU")")},
    {"ECS-TD-012", "/cpu", fargate_sized(R"("networkMode": "awsvpc", "memory": "512")"),
     fargate_sized(R"("networkMode": "awsvpc", "memory": "512", "cpu": "256")")},
    {"ECS-TD-012", "/memory", fargate_sized(R"("networkMode": "awsvpc", "cpu": "256")"),
     fargate_sized(R"("networkMode": "awsvpc", "cpu": "256", "memory": "0.5 GB")")},
    {"ECS-TD-012", "/memory",
     task(R"("requiresCompatibilities": ["EC2", "FARGATE"], "networkMode": "awsvpc", "cpu": "256")"),
     task(R"("requiresCompatibilities": ["EC2"], "networkMode": "awsvpc", "cpu": "256")")},
    {"ECS-TD-013", "/memory", fargate_sized(R"("networkMode": "awsvpc", "cpu": "256", "memory": "4096")"),
     fargate_sized(R"("networkMode": "awsvpc", "cpu": "256", "memory": "2048")")},
    {"ECS-TD-013", "/memory", fargate_sized(R"("networkMode": "awsvpc", "cpu": "1 vCPU", "memory": "1 GB")"),
     fargate_sized(R"("networkMode": "awsvpc", "cpu": "1 vCPU", "memory": "2 GB")")},
    {"ECS-TD-013", "/memory", fargate_sized(R"("networkMode": "awsvpc", "cpu": "8192", "memory": "18432")"),
     fargate_sized(R"("networkMode": "awsvpc", "cpu": "8192", "memory": "20480")")},
    {"ECS-TD-013", "/memory", fargate_sized(R"("networkMode": "awsvpc", "cpu": "4096", "memory": "31744")"),
     fargate_sized(R"("networkMode": "awsvpc", "cpu": "4096", "memory": "30720")")},
    {"ECS-TD-013", "/cpu", fargate_sized(R"("networkMode": "awsvpc", "cpu": "384", "memory": "1024")"),
     fargate_sized(R"("networkMode": "awsvpc", "cpu": "512", "memory": "1024")")},
    {"ECS-TD-014", "/networkMode", fargate_sized(R"("cpu": "256", "memory": "512")"),
     fargate_sized(R"("cpu": "256", "memory": "512", "networkMode": "awsvpc")")},
    {"ECS-TD-014", "/networkMode", fargate_sized(R"("cpu": "256", "memory": "512", "networkMode": "bridge")"),
     fargate_sized(R"("cpu": "256", "memory": "512", "networkMode": "awsvpc")")},
    {"ECS-TD-015", "/placementConstraints", fargate(constraints(1)), fargate(constraints(0))},
    {"ECS-TD-016", "/cpu", windows_fargate(R"("cpu": "512", "memory": "1024")"),
     windows_fargate(R"("cpu": "1024", "memory": "2048")")},
    {"ECS-TD-016", "/cpu", windows_fargate(R"("cpu": "8 vCPU", "memory": "16 GB")"),
     windows_fargate(R"("cpu": "4 vCPU", "memory": "16 GB")")},
    {"ECS-TD-017", "/pidMode", fargate(R"("pidMode": "host")"), fargate(R"("pidMode": "task")")},
    {"ECS-TD-017", "/pidMode", windows(R"("pidMode": "task")"), task(R"("pidMode": "task")")},
    {"ECS-TD-018", "/ipcMode", fargate(R"("ipcMode": "none")"), task(R"("ipcMode": "none")")},
    {"ECS-TD-018", "/ipcMode", windows(R"("ipcMode": "task")"), windows("")},
    {"ECS-TD-019", fc + "/logConfiguration/logDriver",
     fargate("", container(R"("logConfiguration": {"logDriver": "json-file"})")),
     fargate(role, container(awslogs))},
    {"ECS-TD-019", fc + "/logConfiguration/logDriver",
     fargate("", container(R"("logConfiguration": {"logDriver": "fluentd"})")),
     task("", container(R"("logConfiguration": {"logDriver": "fluentd"})"))},
    {"ECS-TD-020", fc + "/privileged", fargate("", container(R"("privileged": true)")),
     fargate("", container(R"("privileged": false)"))},
    {"ECS-TD-020", fc + "/privileged", windows("", container(R"("privileged": true)")),
     task("", container(R"("privileged": true)"))},
    {"ECS-TD-021", fc + "/linuxParameters/sharedMemorySize",
     fargate("", container(R"("linuxParameters": {"sharedMemorySize": 128})")),
     fargate("", container(R"("linuxParameters": {"initProcessEnabled": true})"))},
    {"ECS-TD-021", fc + "/linuxParameters/devices",
     fargate("", container(R"("linuxParameters": {"devices": [{"hostPath": "/dev/fuse"}]})")),
     task("", container(R"("linuxParameters": {"devices": [{"hostPath": "/dev/fuse"}]})"))},
    {"ECS-TD-021", fc + "/linuxParameters/tmpfs",
     fargate("", container(R"("linuxParameters": {"tmpfs": [{"containerPath": "/tmp", "size": 64}]})")),
     fargate("", container(R"("linuxParameters": {"tmpfs": []})"))},
    {"ECS-TD-021", fc + "/linuxParameters/maxSwap",
     fargate("", container(R"("linuxParameters": {"maxSwap": 0})")),
     fargate("", container(R"("linuxParameters": {"capabilities": {"drop": ["NET_RAW"]}})"))},
    {"ECS-TD-021", fc + "/linuxParameters/swappiness",
     fargate("", container(R"("linuxParameters": {"swappiness": 10})")),
     fargate("", container(R"("linuxParameters": {})"))},
    {"ECS-TD-022", fc + "/linuxParameters/capabilities/add/1",
     fargate("", container(R"("linuxParameters": {"capabilities": {"add": ["SYS_PTRACE", "NET_ADMIN"]}})")),
     fargate("", container(R"("linuxParameters": {"capabilities": {"add": ["SYS_PTRACE"], "drop": ["ALL"]}})"))},
    {"ECS-TD-023", fc + "/dockerSecurityOptions",
     fargate("", container(R"("dockerSecurityOptions": ["no-new-privileges"])")),
     task("", container(R"("dockerSecurityOptions": ["no-new-privileges"])"))},
    {"ECS-TD-024", "/volumes/0/host/sourcePath", fargate(R"("volumes": [{"name": "data", "host": {"sourcePath": "/data"}}])"),
     fargate(R"("volumes": [{"name": "data", "host": {}}])")},
    {"ECS-TD-024", "/volumes/0/dockerVolumeConfiguration",
     fargate(R"("volumes": [{"name": "data", "dockerVolumeConfiguration": {"scope": "task"}}])"),
     fargate(R"("volumes": [{"name": "data"}])")},
    {"ECS-TD-025", "/executionRoleArn", fargate("", container(awslogs)), fargate(role, container(awslogs))},
    {"ECS-TD-025", "/executionRoleArn", fargate("", ecr_image), fargate("", public_ecr_image)},
    {"ECS-TD-026", "/ephemeralStorage/sizeInGiB", fargate(R"("ephemeralStorage": {"sizeInGiB": 20})"),
     fargate(R"("ephemeralStorage": {"sizeInGiB": 21})")},
    {"ECS-TD-026", "/ephemeralStorage/sizeInGiB", fargate(R"("ephemeralStorage": {"sizeInGiB": 201})"),
     fargate(R"("ephemeralStorage": {"sizeInGiB": 200})")},
    {"ECS-TD-027", "/pidMode", task(R"("pidMode": "container")"), task(R"("pidMode": "host")")},
    {"ECS-TD-027", "/ipcMode", task(R"("ipcMode": "private")"), task(R"("ipcMode": "host")")},
    {"ECS-TD-028", "/runtimePlatform/cpuArchitecture", task(R"("runtimePlatform": {"cpuArchitecture": "arm64"})"),
     task(R"("runtimePlatform": {"cpuArchitecture": "ARM64"})")},
    {"ECS-TD-028", "/runtimePlatform/operatingSystemFamily",
     task(R"("runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2019"})"),
     task(R"("runtimePlatform": {"operatingSystemFamily": "LINUX"})")},
    {"ECS-TD-029", "/placementConstraints/0/type", task(R"("placementConstraints": [{"type": "distinctInstance"}])"),
     task(constraints(1))},
    {"ECS-TD-030", "/placementConstraints", task(constraints(11)), task(constraints(10))},
    {"ECS-TD-031", "/placementConstraints/0/expression", task(expression("")),
     task(expression("attribute:ecs.os-type == linux"))},
    {"ECS-TD-031", "/placementConstraints/0/expression", task(R"("placementConstraints": [{"type": "memberOf"}])"),
     task(expression("attribute:ecs.availability-zone==us-west-2b"))},
    {"ECS-TD-031", "/placementConstraints/0/expression", task(expression("attribute:ecs.instance-type = t3.micro")),
     task(expression("attribute:ecs.instance-type == t3.micro"))},
    {"ECS-TD-031", "/placementConstraints/0/expression",
     task(expression("(attribute:ecs.instance-type =~ t3.* or attribute:ecs.instance-type =~ m5.*")),
     task(expression("(attribute:ecs.instance-type =~ t3.* or attribute:ecs.instance-type =~ m5.*)"))},
    {"ECS-TD-031", "/placementConstraints/0/expression", task(expression("attribute:x == " + std::string(1986, 'v'))),
     task(expression("attribute:x == " + std::string(1985, 'v')))},
    {"ECS-TD-031", "/placementConstraints/0/expression", task(expression("runningTasksCount =~ 1")),
     task(expression("runningTasksCount <= 1"))},
    {"ECS-TD-032", "/proxyConfiguration/containerName", proxy("awsvpc", "proxy", mesh_properties),
     proxy("awsvpc", "envoy", mesh_properties)},
    {"ECS-TD-032", "/proxyConfiguration/properties/0/name",
     proxy("awsvpc", "envoy", R"([{"name": "IgnoredUid", "value": "1337"}, {"name": "IgnoredGID", "value": "1337"},
        {"name": "AppPorts", "value": "8080"}, {"name": "ProxyIngressPort", "value": "15000"}, {"name": "ProxyEgressPort", "value": "15001"}])"),
     proxy("awsvpc", "envoy", R"([{"name": "IgnoredUID", "value": ""}, {"name": "IgnoredGID", "value": "1337"},
        {"name": "AppPorts", "value": "8080"}, {"name": "ProxyIngressPort", "value": "15000"}, {"name": "ProxyEgressPort", "value": "15001"}])")},
    {"ECS-TD-032", "/proxyConfiguration/properties",
     proxy("awsvpc", "envoy", R"([{"name": "AppPorts", "value": "8080"}, {"name": "ProxyIngressPort", "value": "15000"},
        {"name": "ProxyEgressPort", "value": "15001"}])"),
     proxy("awsvpc", "envoy", R"([{"name": "IgnoredGID", "value": "1337"}, {"name": "AppPorts", "value": "8080"},
        {"name": "ProxyIngressPort", "value": "15000"}, {"name": "ProxyEgressPort", "value": "15001"}])")},
    {"ECS-TD-032", "/proxyConfiguration/properties/1/value",
     proxy("awsvpc", "envoy", R"([{"name": "IgnoredUID", "value": "1337"}, {"name": "AppPorts", "value": "8080;8081"},
        {"name": "ProxyIngressPort", "value": "15000"}, {"name": "ProxyEgressPort", "value": "15001"}])"),
     proxy("awsvpc", "envoy", R"([{"name": "IgnoredUID", "value": "1337"}, {"name": "AppPorts", "value": "8080, 8081"},
        {"name": "ProxyIngressPort", "value": "15000"}, {"name": "ProxyEgressPort", "value": "15001"}])")},
    {"ECS-TD-032", "/proxyConfiguration/type",
     task(R"("networkMode": "awsvpc", "proxyConfiguration": {"type": "ENVOY", "containerName": "envoy", "properties": )" +
              mesh_properties + "}",
          app_and_envoy),
     task(R"("networkMode": "awsvpc", "proxyConfiguration": {"containerName": "envoy", "properties": )" + mesh_properties + "}",
          app_and_envoy)},
    {"ECS-TD-033", "/proxyConfiguration", proxy("bridge", "envoy", mesh_properties),
     proxy("awsvpc", "envoy", mesh_properties)},
    {"ECS-TD-034", "/tags/1/key", task(R"("tags": [{"key": "team", "value": "a"}, {"key": "team", "value": "b"}])"),
     task(R"("tags": [{"key": "team", "value": "a"}, {"key": "Team", "value": "b"}])")},
    {"ECS-TD-034", "/tags/0/value", task(R"("tags": [{"key": "owner", "value": "a|b"}])"),
     task(R"("tags": [{"key": "owner", "value": "a/b@c"}])")},
    {"ECS-TD-035", "/executionRoleArn", task(R"("executionRoleArn": "arn:aws:iam::123456789012:user/deploy")"),
     task(R"("executionRoleArn": "arn:aws:iam::123456789012:role/service-role/ecsTaskExecutionRole")")},
    {"ECS-TD-035", "/taskRoleArn", task(R"("taskRoleArn": "my task role")"), task(R"("taskRoleArn": "my-task_role.v2")")},
    {"ECS-TD-035", "/taskRoleArn", task(R"("taskRoleArn": "arn:aws:iam::123456789012:instance-profile/web")"),
     task(R"("taskRoleArn": "arn:aws-cn:iam::123456789012:role/web")")},
    {"COMMON-004", "/taskRoleArn", task(R"("taskRoleArn": "arn:aws:iam::1234:role/web")"),
     task(R"("taskRoleArn": "arn:aws:iam::123456789012:role/web")")},
    {"ECS-TD-036", "/executionRoleArn",
     task("", container(R"("secrets": [{"name": "DB_PASSWORD", "valueFrom": "arn:aws:ssm:us-east-1:123456789012:parameter/db"}])")),
     task(role, container(R"("secrets": [{"name": "DB_PASSWORD", "valueFrom": "arn:aws:ssm:us-east-1:123456789012:parameter/db"}])"))},
    {"ECS-TD-036", "/executionRoleArn",
     task("", container(R"("repositoryCredentials": {"credentialsParameter": "arn:aws:secretsmanager:us-east-1:123456789012:secret:hub-AbCdEf"})")),
     task("", container(R"("secrets": [])"))},
    {"ECS-TD-036", "/executionRoleArn",
     task("", container(R"("logConfiguration": {"logDriver": "splunk", "options": {"splunk-url": "https://splunk.example.com:8088"},
        "secretOptions": [{"name": "splunk-token", "valueFrom": "arn:aws:secretsmanager:us-east-1:123456789012:secret:splunk-AbCdEf"}]})")),
     task(role, container(R"("logConfiguration": {"logDriver": "splunk", "options": {"splunk-url": "https://splunk.example.com:8088"},
        "secretOptions": [{"name": "splunk-token", "valueFrom": "arn:aws:secretsmanager:us-east-1:123456789012:secret:splunk-AbCdEf"}]})"))},
    {"ECS-TD-037", "/volumes/0/name", volumes(R"([{"name": "my data"}])"), volumes(R"([{"name": "my_data-2"}])")},
    {"ECS-TD-037", "/volumes/1/name", volumes(R"([{"name": "data"}, {"name": "data"}])"),
     volumes(R"([{"name": "data"}, {"name": "Data"}])")},
    {"ECS-TD-037", "/volumes/0/name", volumes(R"([{"efsVolumeConfiguration": {"fileSystemId": "fs-12345678"}}])"),
     volumes(R"([{"name": "e", "efsVolumeConfiguration": {"fileSystemId": "fs-12345678"}}])")},
    {"ECS-TD-037", "/volumes/0/name", volumes(R"([{"host": {"sourcePath": "/var/log"}}])"),
     volumes(R"([{"name": "logs", "host": {"sourcePath": "/var/log"}}])"), core::severity::warning},
    {"ECS-TD-038", "/volumes/1/configuredAtLaunch",
     volumes(R"([{"name": "a", "configuredAtLaunch": true}, {"name": "b", "configuredAtLaunch": true}])",
             two_containers(R"("memory": 64, "mountPoints": [{"sourceVolume": "a", "containerPath": "/a"}])",
                            R"("memory": 64, "mountPoints": [{"sourceVolume": "b", "containerPath": "/b"}])")),
     volumes(R"([{"name": "a", "configuredAtLaunch": true}, {"name": "b", "configuredAtLaunch": false}])",
             two_containers(R"("memory": 64, "mountPoints": [{"sourceVolume": "a", "containerPath": "/a"}])",
                            R"("memory": 64, "mountPoints": [{"sourceVolume": "b", "containerPath": "/b"}])"))},
    {"ECS-TD-038", "/volumes/0/configuredAtLaunch", volumes(R"([{"name": "ebs", "configuredAtLaunch": true}])"),
     volumes(R"([{"name": "ebs", "configuredAtLaunch": true}])", mounting("ebs")), core::severity::warning},
    {"ECS-TD-039", "/volumes/0/dockerVolumeConfiguration/autoprovision",
     volumes(R"([{"name": "d", "dockerVolumeConfiguration": {"scope": "task", "autoprovision": true, "driver": "local"}}])"),
     volumes(R"([{"name": "d", "dockerVolumeConfiguration": {"scope": "shared", "autoprovision": true, "driver": "local"}}])")},
    {"ECS-TD-039", "/volumes/0/dockerVolumeConfiguration/autoprovision",
     volumes(R"([{"name": "d", "dockerVolumeConfiguration": {"autoprovision": true}}])"),
     volumes(R"([{"name": "d", "dockerVolumeConfiguration": {"autoprovision": false}}])")},
    {"ECS-TD-039", "/volumes/0/dockerVolumeConfiguration/scope",
     volumes(R"([{"name": "d", "dockerVolumeConfiguration": {"scope": "global"}}])"),
     volumes(R"([{"name": "d", "dockerVolumeConfiguration": {"scope": "shared"}}])")},
    {"ECS-TD-040", "/volumes/0/efsVolumeConfiguration/transitEncryption",
     efs(R"("authorizationConfig": {"iam": "ENABLED"})"),
     efs(R"("transitEncryption": "ENABLED", "authorizationConfig": {"iam": "ENABLED"})")},
    {"ECS-TD-040", "/volumes/0/efsVolumeConfiguration/transitEncryption",
     efs(R"("transitEncryption": "DISABLED", "authorizationConfig": {"accessPointId": "fsap-1234567890abcdef1"})"),
     efs(R"("transitEncryption": "ENABLED", "authorizationConfig": {"accessPointId": "fsap-1234567890abcdef1"})")},
    {"ECS-TD-040", "/volumes/0/efsVolumeConfiguration/rootDirectory",
     efs(R"("rootDirectory": "/data", "transitEncryption": "ENABLED", "authorizationConfig": {"accessPointId": "fsap-1234567890abcdef1"})"),
     efs(R"("rootDirectory": "/", "transitEncryption": "ENABLED", "authorizationConfig": {"accessPointId": "fsap-1234567890abcdef1"})")},
    {"ECS-TD-041", "/volumes/0/efsVolumeConfiguration/transitEncryption", efs(R"("transitEncryption": "enabled")"),
     efs(R"("transitEncryption": "ENABLED")")},
    {"ECS-TD-041", "/volumes/0/efsVolumeConfiguration/authorizationConfig/iam",
     efs(R"("transitEncryption": "ENABLED", "authorizationConfig": {"iam": "true"})"),
     efs(R"("transitEncryption": "ENABLED", "authorizationConfig": {"iam": "DISABLED"})")},
    {"ECS-TD-042", "/volumes/0/fsxWindowsFileServerVolumeConfiguration/authorizationConfig/domain", fsx(""),
     fsx("corp.example.com")},
    {"ECS-TD-043", "/volumes/0/efsVolumeConfiguration",
     volumes(R"([{"name": "d", "host": {"sourcePath": "/d"}, "efsVolumeConfiguration": {"fileSystemId": "fs-12345678"}}])"),
     volumes(R"([{"name": "d", "host": {"sourcePath": "/d"}}, {"name": "e", "efsVolumeConfiguration": {"fileSystemId": "fs-12345678"}}])")},
    {"ECS-TD-043", "/volumes/0/configuredAtLaunch",
     volumes(R"([{"name": "d", "dockerVolumeConfiguration": {"scope": "task"}, "configuredAtLaunch": true}])", mounting("d")),
     volumes(R"([{"name": "d", "dockerVolumeConfiguration": {"scope": "task"}, "configuredAtLaunch": false}])", mounting("d"))},
    {"ECS-TD-044", "/enableFaultInjection", task(R"("enableFaultInjection": true)"),
     task(R"("enableFaultInjection": true, "networkMode": "host")")},
    {"ECS-TD-044", "/enableFaultInjection", task(R"("enableFaultInjection": true, "networkMode": "none")"),
     task(R"("enableFaultInjection": false, "networkMode": "none")")},
    {"ECS-TD-045", fc + "/resourceRequirements/0/value",
     task(R"("inferenceAccelerators": [{"deviceName": "device_1", "deviceType": "eia2.medium"}])",
          container(R"("resourceRequirements": [{"type": "InferenceAccelerator", "value": "device_2"}])")),
     task(R"("inferenceAccelerators": [{"deviceName": "device_1", "deviceType": "eia2.medium"}])",
          container(R"("resourceRequirements": [{"type": "InferenceAccelerator", "value": "device_1"}])"))},
    {"ECS-TD-045", "/inferenceAccelerators",
     task(R"("inferenceAccelerators": [{"deviceName": "device_1", "deviceType": "eia2.medium"}])"),
     task(R"("inferenceAccelerators": [])"), core::severity::warning},
    {"ECS-TD-046", "/networkMode", task(ea + R"(, "networkMode": "awsvpc")"), task(ea + R"(, "networkMode": "host")")},
    {"ECS-TD-047", "/networkMode", task(mi), task(mi + R"(, "networkMode": "awsvpc")")},
    {"ECS-TD-047", "/ipcMode", task(mi + R"(, "networkMode": "host", "ipcMode": "task")"),
     task(mi + R"(, "networkMode": "host", "pidMode": "task")")},
    {"ECS-TD-047", "/runtimePlatform/operatingSystemFamily",
     task(mi + R"(, "networkMode": "awsvpc", "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_FULL"})"),
     task(mi + R"(, "networkMode": "awsvpc", "runtimePlatform": {"operatingSystemFamily": "LINUX"})")},
    {"ECS-TD-047", "/volumes/0/dockerVolumeConfiguration",
     task(mi + R"(, "networkMode": "awsvpc", "volumes": [{"name": "d", "dockerVolumeConfiguration": {"scope": "task"}}])"),
     task(mi + R"(, "networkMode": "awsvpc", "volumes": [{"name": "d"}])")},
    {"ECS-TD-048", "/containerDefinitions/1/cpu",
     task(R"("cpu": "256")", two_containers(R"("memory": 64, "cpu": 200)", R"("memory": 64, "cpu": 100)")),
     task(R"("cpu": "256")", two_containers(R"("memory": 64, "cpu": 200)", R"("memory": 64, "cpu": 56)"))},
    {"ECS-TD-048", "/containerDefinitions/0/cpu",
     task(R"("cpu": ".25 vCPU")", two_containers(R"("memory": 64, "cpu": 257)", R"("memory": 64)")),
     task(R"("cpu": ".5 vCPU")", two_containers(R"("memory": 64, "cpu": 257)", R"("memory": 64)"))},
    {"ECS-TD-049", "/containerDefinitions/1/memoryReservation",
     task(R"("memory": "512")", two_containers(R"("memory": 256)", R"("memory": 1024, "memoryReservation": 257)")),
     task(R"("memory": "512")", two_containers(R"("memory": 256)", R"("memory": 1024, "memoryReservation": 256)"))},
    {"ECS-TD-049", "/containerDefinitions/1/memory",
     task(R"("memory": "0.5GB")", two_containers(R"("memoryReservation": 256)", R"("memory": 300)")),
     task(R"("memory": "0.5GB")", two_containers(R"("memoryReservation": 256)", R"("memoryReservation": 256)"))},
    {"ECS-TD-050", "/containerDefinitions/1/memory", task("", two_containers(R"("memory": 128)", "")),
     task("", two_containers(R"("memory": 128)", R"("memoryReservation": 128)"))},
    {"ECS-TD-050", "/containerDefinitions/0/memory", task("", two_containers(R"("memory": 0)", R"("memory": 128)")),
     task(R"("memory": "512")", two_containers(R"("memory": 0)", R"("memory": 128)"))},
    {"ECS-TD-050", "/containerDefinitions/0/memory", task(ea, two_containers("", R"("memory": 128)")),
     fargate("", two_containers("", R"("memory": 128)"))},
    {"ECS-TD-051", "", task("", container(R"("environment": [{"name": "BLOB", "value": ")" + std::string(65536, 'x') + "\"}]")),
     task("", container(R"("environment": [{"name": "BLOB", "value": ")" + std::string(60000, 'x') + "\"}]")),
     core::severity::warning},
    // Escapes count as the encoder writes them: 11,000 controls are 66,000 bytes (\u0001 each), 10,000 are 60,000.
    {"ECS-TD-051", "", task("", container(R"("environment": [{"name": "BLOB", "value": ")" + escaped_controls(11000) + "\"}]")),
     task("", container(R"("environment": [{"name": "BLOB", "value": ")" + escaped_controls(10000) + "\"}]")),
     core::severity::warning},
    {"ECS-TD-053", fc + "/readonlyRootFilesystem", windows("", container(R"("readonlyRootFilesystem": true)")),
     windows("", container(R"("readonlyRootFilesystem": false)"))},
    {"ECS-TD-053", fc + "/linuxParameters", windows("", container(R"("linuxParameters": {"initProcessEnabled": true})")),
     task("", container(R"("linuxParameters": {"initProcessEnabled": true})"))},
    {"ECS-TD-053", fc + "/disableNetworking", windows("", container(R"("disableNetworking": true)")),
     windows("", container(R"("disableNetworking": false)"))},
    {"ECS-TD-053", "/cpu", windows(R"("cpu": "1024")"), windows(""), core::severity::warning},
});

core::diagnostics findings(const std::string& json) {
    auto r = core::decode<ecs::register_task_definition_request>(json);
    BOOST_TEST_REQUIRE(r.has_value(), "the test document must decode: " << testing::verdict(r.diagnostics()).message().str()
                                                                          << "\n" << json.substr(0, 400));
    return core::validate(*r);
}

std::string read(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    BOOST_TEST_REQUIRE(f.good(), "cannot read " << path);
    return std::string(std::istreambuf_iterator<char>(f), {});
}

// Rules of this file: ECS-TD-001 to ECS-TD-053.
bool task_level_rule(std::string_view id) {
    if (!id.starts_with("ECS-TD-0")) return false;
    int n = std::stoi(std::string(id.substr(7)));
    return n >= 1 && n <= 53;
}

} // namespace

BOOST_AUTO_TEST_SUITE(td_task_rules)

BOOST_DATA_TEST_CASE(breaking_document_reports_the_rule_at_its_pointer, bdata::make(task_rule_cases), c) {
    test_support::check_breaking(c, findings);
}

BOOST_DATA_TEST_CASE(near_miss_does_not_report_the_rule, bdata::make(task_rule_cases), c) {
    test_support::check_near_miss(c, findings);
}

BOOST_AUTO_TEST_CASE(every_violation_is_reported_not_just_the_first) {
    auto ds = findings(task(R"("requiresCompatibilities": ["FARGATE", "FARGATE"], "cpu": "256", "memory": "4096",
                               "ipcMode": "host", "ephemeralStorage": {"sizeInGiB": 500},
                               "tags": [{"key": "aws:owner", "value": "x"}])",
                            two_containers(R"("essential": false, "privileged": true, "cpu": 512)",
                                           R"("essential": false)", "a")));
    auto ids = testing::rule_ids(ds);
    for (const char* rule : {"ECS-TD-005", "ECS-TD-006", "ECS-TD-008", "ECS-TD-013", "ECS-TD-014", "ECS-TD-018",
                             "ECS-TD-020", "ECS-TD-026", "ECS-TD-034", "ECS-TD-048"})
        BOOST_TEST((std::find(ids.begin(), ids.end(), rule) != ids.end()), rule << ": " << testing::verdict(ds).message().str());
}

BOOST_AUTO_TEST_CASE(a_windows_fargate_task_is_told_its_cpu_not_the_linux_table) {
    // 0.5 vCPU with 1 GB is a Linux Fargate size; on Windows only the cpu is wrong.
    auto ds = findings(windows_fargate(R"("cpu": "512", "memory": "1024")"));
    BOOST_TEST(testing::reports(ds, "ECS-TD-016", "/cpu"));
    BOOST_TEST(!testing::reports(ds, "ECS-TD-013", "/memory"));
    BOOST_TEST(!testing::reports(ds, "ECS-TD-013", "/cpu"));
}

BOOST_AUTO_TEST_CASE(fargate_rules_apply_when_fargate_is_one_of_several_compatibilities) {
    auto ds = findings(task(R"("requiresCompatibilities": ["EC2", "FARGATE"], "cpu": "256", "memory": "512",
                               "networkMode": "awsvpc", "pidMode": "host")",
                            container(R"("logConfiguration": {"logDriver": "syslog"})")));
    BOOST_TEST(testing::reports(ds, "ECS-TD-017", "/pidMode"));
    BOOST_TEST(testing::reports(ds, "ECS-TD-019", "/containerDefinitions/0/logConfiguration/logDriver"));
    // EC2 alone allows both.
    auto ec2 = findings(task(R"("requiresCompatibilities": ["EC2"], "pidMode": "host")",
                             container(R"("logConfiguration": {"logDriver": "syslog"})")));
    for (const auto& d : ec2) BOOST_TEST(!task_level_rule(d.rule), d);
}

BOOST_AUTO_TEST_CASE(each_finding_names_the_value_and_the_fix) {
    auto ds = findings(fargate_sized(R"("networkMode": "awsvpc", "cpu": "1024", "memory": "1024")"));
    auto it = std::find_if(ds.begin(), ds.end(), [](const core::diagnostic& d) { return d.rule == "ECS-TD-013"; });
    BOOST_TEST_REQUIRE((it != ds.end()));
    BOOST_TEST(it->message.find("1024 MiB") != std::string::npos, it->message);
    BOOST_TEST(it->message.find(ecs::fargate_allowed_memory(1024)) != std::string::npos, it->message);

    auto q = findings(task(expression("attribute:ecs.instance-type === t3.micro")));
    auto qi = std::find_if(q.begin(), q.end(), [](const core::diagnostic& d) { return d.rule == "ECS-TD-031"; });
    BOOST_TEST_REQUIRE((qi != q.end()));
    BOOST_TEST(qi->message.find("offset") != std::string::npos, qi->message);
}

BOOST_AUTO_TEST_CASE(values_built_in_code_validate_like_decoded_ones) {
    ecs::register_task_definition_request td;
    td.family = "web";
    td.requires_compatibilities = {ecs::compatibility::fargate};
    td.network_mode = ecs::network_mode::awsvpc;
    td.cpu = ecs::task_cpu(core::cpu_units(512));
    td.memory = ecs::task_memory(core::mebibytes(8192));
    auto& app = td.container_definitions.emplace_back();
    app.name = ecs::container_name("app");
    app.image = ecs::image("nginx:1.25");
    auto ds = core::validate(td);
    BOOST_TEST(testing::reports(ds, "ECS-TD-013", "/memory"));
    td.memory = ecs::task_memory(core::mebibytes(4096));
    BOOST_TEST(testing::valid(td));

    td.family = ecs::task_family::from_wire("");
    BOOST_TEST(testing::reports(core::validate(td), "ECS-TD-001", "/family"));
}

BOOST_AUTO_TEST_CASE(context_fills_in_the_defaults) {
    auto r = core::decode<ecs::register_task_definition_request>(task(""));
    BOOST_TEST_REQUIRE(r.has_value());
    ecs::task_context t = ecs::context_of(*r);
    BOOST_TEST(t.ec2);
    BOOST_TEST(!t.fargate);
    BOOST_TEST(t.network_is(ecs::network_mode::bridge));
    BOOST_TEST(!t.network_mode_given);
    BOOST_TEST(!t.windows);

    auto none = core::decode<ecs::register_task_definition_request>(task(R"("requiresCompatibilities": [])"));
    BOOST_TEST_REQUIRE(none.has_value());
    BOOST_TEST(ecs::context_of(*none).ec2);

    auto f = core::decode<ecs::register_task_definition_request>(
        windows_fargate(R"("cpu": "1 vCPU", "memory": "3 GB")"));
    BOOST_TEST_REQUIRE(f.has_value());
    t = ecs::context_of(*f);
    BOOST_TEST(!t.ec2);
    BOOST_TEST(t.fargate);
    BOOST_TEST(t.windows);
    BOOST_TEST(t.cpu->count() == 1024);
    BOOST_TEST(t.memory->count() == 3072);
    BOOST_TEST(t.network_is(ecs::network_mode::awsvpc));
}

// Every task definition of the corpus that botocore accepts must break none of these rules; the
// findings below are defects of the documents themselves, each checked to still occur so that the
// list stays true.
BOOST_AUTO_TEST_CASE(real_task_definitions_validate_without_false_errors, test_support::needs_corpus()) {
    struct known_defect {
        const char* file;
        const char* rule;
        const char* pointer;
        const char* reason;
    };
    // Templates: a placeholder stands where a name or role goes, to be substituted before registering.
    const char* placeholder = "template placeholder";
    // ContainerDefinition.memory (API reference): tasks on EC2 need a task-level memory or a memory or
    // memoryReservation in every container; the developer guide's App Mesh examples omit them for brevity.
    const char* no_memory = "EC2 task with no memory for a container";
    // The task execution role guide: the agent uses it to write awslogs output on Fargate ("Fargate
    // requires task definition to have execution role ARN to support log driver awslogs") and to read
    // secrets (ECS-SEC).
    const char* no_role = "no execution role";
    const std::vector<known_defect> defects = {
        {"task-definition/0004.json", "ECS-TD-002", "/family", placeholder},
        {"task-definition/0022.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0023.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0024.json", "ECS-TD-035", "/taskRoleArn", placeholder},
        {"task-definition/0041.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0045.json", "ECS-TD-050", "/containerDefinitions/0/memory", no_memory},
        {"task-definition/0045.json", "ECS-TD-050", "/containerDefinitions/1/memory", no_memory},
        {"task-definition/0045.json", "ECS-TD-050", "/containerDefinitions/2/memory", no_memory},
        {"task-definition/0045.json", "ECS-TD-050", "/containerDefinitions/3/memory", no_memory},
        {"task-definition/0045.json", "ECS-TD-050", "/containerDefinitions/4/memory", no_memory},
        {"task-definition/0045.json", "ECS-TD-050", "/containerDefinitions/5/memory", no_memory},
        {"task-definition/0067.json", "ECS-TD-035", "/taskRoleArn", placeholder},
        {"task-definition/0068.json", "ECS-TD-035", "/taskRoleArn", placeholder},
        {"task-definition/0069.json", "ECS-TD-035", "/taskRoleArn", placeholder},
        {"task-definition/0070.json", "ECS-TD-035", "/taskRoleArn", placeholder},
        {"task-definition/0072.json", "ECS-TD-002", "/family", placeholder},
        {"task-definition/0072.json", "ECS-TD-035", "/taskRoleArn", placeholder},
        {"task-definition/0074.json", "ECS-TD-035", "/taskRoleArn", placeholder},
        {"task-definition/0075.json", "ECS-TD-035", "/taskRoleArn", placeholder},
        {"task-definition/0076.json", "ECS-TD-035", "/taskRoleArn", placeholder},
        {"task-definition/0077.json", "ECS-TD-035", "/taskRoleArn", placeholder},
        {"task-definition/0078.json", "ECS-TD-035", "/taskRoleArn", placeholder},
        {"task-definition/0080.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0081.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0082.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0084.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0085.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0087.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0088.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0090.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0092.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0093.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0095.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0096.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0098.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0099.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0102.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0104.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0106.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0107.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0108.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0109.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0111.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0112.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0114.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0116.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0117.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0119.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0123.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0125.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0136.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0140.json", "ECS-TD-036", "/executionRoleArn", no_role},
        {"task-definition/0144.json", "ECS-TD-025", "/executionRoleArn", no_role},
        {"task-definition/0152.json", "ECS-TD-025", "/executionRoleArn", no_role},
        {"task-definition/0167.json", "ECS-TD-002", "/family", placeholder},
        {"task-definition/0168.json", "ECS-TD-002", "/family", placeholder},
        {"task-definition/0169.json", "ECS-TD-002", "/family", placeholder},
        {"task-definition/0171.json", "ECS-TD-002", "/family", placeholder},
        {"task-definition/0171.json", "ECS-TD-035", "/taskRoleArn", placeholder},
        {"task-definition/0175.json", "ECS-TD-035", "/taskRoleArn", placeholder},
        {"task-definition/0180.json", "ECS-TD-035", "/taskRoleArn", placeholder},
        {"task-definition/0240.json", "ECS-TD-050", "/containerDefinitions/0/memory", no_memory},
        {"task-definition/0240.json", "ECS-TD-050", "/containerDefinitions/1/memory", no_memory},
        {"task-definition/0241.json", "ECS-TD-050", "/containerDefinitions/0/memory", no_memory},
        {"task-definition/0241.json", "ECS-TD-050", "/containerDefinitions/1/memory", no_memory},
        {"task-definition/0243.json", "ECS-TD-050", "/containerDefinitions/0/memory", no_memory},
        {"task-definition/0243.json", "ECS-TD-050", "/containerDefinitions/1/memory", no_memory},
        {"task-definition/0245.json", "ECS-TD-050", "/containerDefinitions/0/memory", no_memory},
        {"task-definition/0245.json", "ECS-TD-050", "/containerDefinitions/1/memory", no_memory},
        {"task-definition/0316.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0317.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0323.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0352.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0392.json", "ECS-TD-002", "/family", placeholder},
        {"task-definition/0437.json", "COMMON-004", "/taskRoleArn", placeholder},
        {"task-definition/0439.json", "COMMON-004", "/taskRoleArn", placeholder},
    };
    std::istringstream manifest(read(AWSMODEL_CORPUS "/MANIFEST.tsv"));
    std::string line;
    std::size_t checked = 0, clean = 0;
    std::vector<bool> seen(defects.size(), false);
    std::map<std::string, std::size_t> fired, warned;
    while (std::getline(manifest, line)) {
        std::vector<std::string> col;
        std::stringstream row(line);
        for (std::string cell; std::getline(row, cell, '\t');) col.push_back(cell);
        if (col.size() < 4 || col[3] != "accept") continue;
        std::string text = read(AWSMODEL_CORPUS "/" + col[0]);
        std::optional<core::result<ecs::register_task_definition_request>> req;
        if (col[2] == "RegisterTaskDefinitionRequest") {
            req = core::decode<ecs::register_task_definition_request>(text);
        } else if (col[2] == "TaskDefinition") {
            auto d = core::decode<ecs::task_definition>(text);
            BOOST_TEST_REQUIRE(d.has_value(), col[0]);
            req = ecs::to_register_request(*d);
        } else if (col[2] == "DescribeTaskDefinitionResponse") {
            auto d = core::decode<ecs::describe_task_definition_response>(text);
            BOOST_TEST_REQUIRE(d.has_value(), col[0]);
            req = ecs::to_register_request(*d);
        } else {
            continue;
        }
        if (!req->has_value()) continue; // a description without family or containers: nothing to register
        ++checked;
        // The task-level rules, and ECS-TD-001/002, which the family's type (ecs::task_family)
        // reports as the walk reaches it.
        core::diagnostics ds;
        core::checker c(ds);
        ecs::detail::check_task_rules(**req, c);
        for (auto& d : core::validate(**req))
            if (d.pointer == "/family") ds.push_back(std::move(d));
        bool errors = false;
        for (const auto& d : ds) {
            if (d.level != core::severity::error) {
                ++warned[std::string(d.rule)];
                continue;
            }
            auto k = std::find_if(defects.begin(), defects.end(), [&](const known_defect& kd) {
                return col[0] == kd.file && d.rule == kd.rule && d.pointer == kd.pointer;
            });
            if (k != defects.end()) {
                seen[std::size_t(k - defects.begin())] = true;
            } else {
                BOOST_TEST(false, col[0] << ": " << d);
            }
            ++fired[std::string(d.rule)];
            errors = true;
        }
        clean += !errors;
    }
    BOOST_TEST_MESSAGE(checked << " corpus task definitions, " << clean << " without errors of ECS-TD-001..053");
    for (const auto& [rule, n] : fired) BOOST_TEST_MESSAGE("  " << rule << ": " << n << " known defects");
    for (const auto& [rule, n] : warned) BOOST_TEST_MESSAGE("  " << rule << ": " << n << " warnings");
    BOOST_TEST(checked >= 250u);
    for (std::size_t i = 0; i < defects.size(); ++i)
        BOOST_TEST(seen[i], "listed defect no longer occurs: " << defects[i].file << " " << defects[i].rule << " "
                                                               << defects[i].pointer);
}

BOOST_AUTO_TEST_SUITE_END()
