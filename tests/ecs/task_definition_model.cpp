#include <awsmodel/core/json.hpp>
#include <awsmodel/ecs/task_definition.hpp>
#include <awsmodel/testing/boost_test.hpp>
#include "../support/corpus.hpp"

#include <boost/hana/for_each.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>
#include <boost/test/data/test_case.hpp>
#include "../support/rule_case.hpp"
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace awsmodel;
namespace bdata = boost::unit_test::data;

namespace {

using test_support::read_text;

// One row of the corpus manifest: which botocore shape a document is, and botocore's verdict.
using corpus_doc = test_support::corpus_row;

const std::vector<corpus_doc> task_definition_docs =
    test_support::corpus_rows({"RegisterTaskDefinitionRequest", "TaskDefinition", "DescribeTaskDefinitionResponse"});

template <class T>
void check_round_trip(const std::string& text, bool same_json) {
    auto first = core::decode<T>(text);
    BOOST_TEST_REQUIRE(first.has_value(), testing::verdict(first.diagnostics()).message().str());
    std::string encoded = core::encode(*first);
    // What ECS-TD-051 measures without building the text.
    BOOST_TEST(core::detail::encoded_size(*first) == encoded.size());
    // The bound ECS-TD-051 tries first never undercounts.
    BOOST_TEST(core::detail::encoded_size_bound(*first) >= encoded.size());
    auto second = core::decode<T>(encoded);
    BOOST_TEST_REQUIRE(second.has_value(), testing::verdict(second.diagnostics()).message().str());
    BOOST_TEST((*second == *first));
    BOOST_TEST(core::encode(*second) == encoded);
    // Without timestamps (which ECS writes as epoch seconds, the corpus sometimes in ISO 8601),
    // the output is the input's JSON value, member for member.
    if (same_json) BOOST_TEST((boost::json::parse(encoded) == boost::json::parse(text)));
}

template <class T>
std::set<std::string> wire_names() {
    std::set<std::string> names;
    boost::hana::for_each(T::fields(), [&](auto f) { names.insert(std::string(decltype(f)::name)); });
    return names;
}

// Registers the description again and checks the request: it decodes as RegisterTaskDefinition's
// input with unknown members rejected (what botocore's validator checks), it holds every request
// member the description had with the same JSON value, and none of the read-only ones.
void check_conversion(const boost::json::object& described, const boost::json::object& request) {
    static const std::set<std::string> request_members = wire_names<ecs::register_task_definition_request>();
    auto again = core::decode<ecs::register_task_definition_request>(boost::json::serialize(request));
    BOOST_TEST(again.has_value(), testing::verdict(again.diagnostics()).message().str());
    for (const auto& kv : described) {
        std::string key(kv.key());
        if (request_members.count(key)) {
            BOOST_TEST_REQUIRE(request.contains(key), "lost " << key);
            BOOST_TEST((request.at(key) == kv.value()), key);
        } else {
            BOOST_TEST(!request.contains(key), "kept the read-only " << key);
        }
    }
}


// Enumerated members: a value the enumeration does not have is reported under the catalogue's
// rule for that member; the near miss is the same document with a value it has. Values are
// case-sensitive, and console or CloudFormation spellings are not wire values.
using enum_case = test_support::rule_case;

#define TD(members) R"({"family": "f", "containerDefinitions": [{"name": "a", "image": "nginx"}], )" members "}"
#define CD(members) R"({"family": "f", "containerDefinitions": [{"name": "a", "image": "nginx", )" members "}]}"

const enum_case enum_cases[] = {
    {"ECS-TD-007", "/networkMode", TD(R"("networkMode": "default")"), TD(R"("networkMode": "bridge")")},
    {"ECS-TD-008", "/requiresCompatibilities/1", TD(R"("requiresCompatibilities": ["EC2", "FARGATE_SPOT"])"),
     TD(R"("requiresCompatibilities": ["EC2", "FARGATE"])")},
    {"ECS-TD-027", "/pidMode", TD(R"("pidMode": "none")"), TD(R"("pidMode": "task")")},
    {"ECS-TD-027", "/ipcMode", TD(R"("ipcMode": "shareable")"), TD(R"("ipcMode": "none")")},
    {"ECS-TD-028", "/runtimePlatform/cpuArchitecture", TD(R"("runtimePlatform": {"cpuArchitecture": "AMD64"})"),
     TD(R"("runtimePlatform": {"cpuArchitecture": "X86_64"})")},
    {"ECS-TD-028", "/runtimePlatform/operatingSystemFamily",
     TD(R"("runtimePlatform": {"operatingSystemFamily": "Linux"})"),
     TD(R"("runtimePlatform": {"operatingSystemFamily": "LINUX"})")},
    {"ECS-TD-029", "/placementConstraints/0/type",
     TD(R"("placementConstraints": [{"type": "distinctInstance"}])"),
     TD(R"("placementConstraints": [{"type": "memberOf", "expression": "attribute:ecs.os-type == linux"}])")},
    {"ECS-TD-032", "/proxyConfiguration/type", TD(R"("proxyConfiguration": {"type": "ENVOY", "containerName": "a"})"),
     TD(R"("proxyConfiguration": {"type": "APPMESH", "containerName": "a", "properties": [{"name": "IgnoredUID", "value": "1337"}, {"name": "AppPorts", "value": "8080"}, {"name": "ProxyIngressPort", "value": "15000"}, {"name": "ProxyEgressPort", "value": "15001"}]})")},
    {"ECS-TD-039", "/volumes/0/dockerVolumeConfiguration/scope",
     TD(R"("volumes": [{"name": "v", "dockerVolumeConfiguration": {"scope": "global"}}])"),
     TD(R"("volumes": [{"name": "v", "dockerVolumeConfiguration": {"scope": "shared"}}])")},
    {"ECS-TD-041", "/volumes/0/efsVolumeConfiguration/transitEncryption",
     TD(R"("volumes": [{"name": "v", "efsVolumeConfiguration": {"fileSystemId": "fs-12345678", "transitEncryption": "enabled"}}])"),
     TD(R"("volumes": [{"name": "v", "efsVolumeConfiguration": {"fileSystemId": "fs-12345678", "transitEncryption": "ENABLED"}}])")},
    {"ECS-TD-041", "/volumes/0/efsVolumeConfiguration/authorizationConfig/iam",
     TD(R"("volumes": [{"name": "v", "efsVolumeConfiguration": {"fileSystemId": "fs-12345678", "authorizationConfig": {"iam": "TRUE"}}}])"),
     TD(R"("volumes": [{"name": "v", "efsVolumeConfiguration": {"fileSystemId": "fs-12345678", "authorizationConfig": {"iam": "DISABLED"}}}])")},
    {"ECS-TD-071", "/containerDefinitions/0/portMappings/0/protocol",
     CD(R"("portMappings": [{"containerPort": 80, "protocol": "TCP"}])"),
     CD(R"("portMappings": [{"containerPort": 80, "protocol": "tcp"}])")},
    {"ECS-TD-072", "/containerDefinitions/0/portMappings/0/appProtocol",
     CD(R"("portMappings": [{"containerPort": 80, "name": "web", "appProtocol": "https"}])"),
     CD(R"("portMappings": [{"containerPort": 80, "name": "web", "appProtocol": "http2"}])")},
    {"ECS-TD-088", "/containerDefinitions/0/dependsOn/0/condition",
     CD(R"("dependsOn": [{"containerName": "b", "condition": "RUNNING"}])"),
     CD(R"("dependsOn": [{"containerName": "b", "condition": "START"}])")},
    {"ECS-TD-095", "/containerDefinitions/0/environmentFiles/0/type",
     CD(R"("environmentFiles": [{"value": "arn:aws:s3:::bucket/app.env", "type": "S3"}])"),
     CD(R"("environmentFiles": [{"value": "arn:aws:s3:::bucket/app.env", "type": "s3"}])")},
    {"ECS-TD-098", "/containerDefinitions/0/logConfiguration/logDriver",
     CD(R"("logConfiguration": {"logDriver": "logentries"})"), CD(R"("logConfiguration": {"logDriver": "json-file"})")},
    {"ECS-TD-102", "/containerDefinitions/0/firelensConfiguration/type",
     CD(R"("firelensConfiguration": {"type": "fluent-bit"})"), CD(R"("firelensConfiguration": {"type": "fluentbit"})")},
    {"ECS-TD-103", "/containerDefinitions/0/ulimits/0/name",
     CD(R"("ulimits": [{"name": "NOFILE", "softLimit": 1024, "hardLimit": 1024}])"),
     CD(R"("ulimits": [{"name": "nofile", "softLimit": 1024, "hardLimit": 1024}])")},
    {"ECS-TD-105", "/containerDefinitions/0/linuxParameters/devices/0/permissions/1",
     CD(R"("linuxParameters": {"devices": [{"hostPath": "/dev/fuse", "permissions": ["read", "rw"]}]})"),
     CD(R"("linuxParameters": {"devices": [{"hostPath": "/dev/fuse", "permissions": ["read", "write"]}]})")},
    {"ECS-TD-117", "/containerDefinitions/0/resourceRequirements/0/type",
     CD(R"("resourceRequirements": [{"type": "gpu", "value": "1"}])"),
     CD(R"("resourceRequirements": [{"type": "GPU", "value": "1"}])")},
    {"ECS-TD-119", "/containerDefinitions/0/versionConsistency", CD(R"("versionConsistency": "ENABLED")"),
     CD(R"("versionConsistency": "disabled")")},
};

#undef TD
#undef CD

core::diagnostics enum_findings(const std::string& json) {
    auto r = core::decode<ecs::register_task_definition_request>(json);
    BOOST_TEST_REQUIRE(r.has_value(), "the test document must decode: " << json);
    return core::validate(*r);
}

} // namespace

BOOST_AUTO_TEST_SUITE(task_definition_model)

BOOST_AUTO_TEST_CASE(the_corpus_has_the_documents_this_suite_expects, test_support::needs_corpus()) {
    auto count = [](std::string_view shape, std::string_view expect) {
        return std::count_if(task_definition_docs.begin(), task_definition_docs.end(),
                             [&](const corpus_doc& d) { return d.shape == shape && d.expect == expect; });
    };
    BOOST_TEST(count("RegisterTaskDefinitionRequest", "accept") + count("RegisterTaskDefinitionRequest", "reject") == 323);
    BOOST_TEST(count("TaskDefinition", "accept") == 12);
    BOOST_TEST(count("DescribeTaskDefinitionResponse", "accept") == 20);
}

BOOST_TEST_DECORATOR(test_support::needs_corpus())
BOOST_DATA_TEST_CASE(every_document_botocore_accepts_round_trips, bdata::make(task_definition_docs), d) {
    if (d.expect != "accept") return;
    std::string text = read_text(AWSMODEL_CORPUS "/" + d.file);
    if (d.shape == "RegisterTaskDefinitionRequest")
        check_round_trip<ecs::register_task_definition_request>(text, true);
    else if (d.shape == "TaskDefinition")
        check_round_trip<ecs::task_definition>(text, text.find("registeredAt") == std::string::npos);
    else
        check_round_trip<ecs::describe_task_definition_response>(text, text.find("registeredAt") == std::string::npos);
}

BOOST_TEST_DECORATOR(test_support::needs_corpus())
BOOST_DATA_TEST_CASE(every_document_botocore_rejects_is_rejected_at_its_pointer, bdata::make(task_definition_docs), d) {
    if (d.expect != "reject") return;
    auto r = core::decode<ecs::register_task_definition_request>(read_text(AWSMODEL_CORPUS "/" + d.file));
    BOOST_TEST_REQUIRE(!r.has_value());
    const auto& ds = r.diagnostics();
    BOOST_TEST(std::any_of(ds.begin(), ds.end(), [&](const core::diagnostic& x) { return x.pointer == d.pointer; }),
               "botocore names " << d.pointer << "; awsmodel: " << testing::verdict(ds).message().str());
}

BOOST_TEST_DECORATOR(test_support::needs_corpus())
BOOST_DATA_TEST_CASE(described_task_definitions_convert_to_requests_botocore_accepts, bdata::make(task_definition_docs),
                     d) {
    if (d.expect != "accept" || d.shape == "RegisterTaskDefinitionRequest") return;
    std::string text = read_text(AWSMODEL_CORPUS "/" + d.file);
    boost::json::object doc = boost::json::parse(text).as_object();
    if (d.shape == "DescribeTaskDefinitionResponse") {
        auto described = core::decode<ecs::describe_task_definition_response>(text);
        BOOST_TEST_REQUIRE(described.has_value());
        auto request = ecs::to_register_request(*described);
        BOOST_TEST_REQUIRE(request.has_value(), testing::verdict(request.diagnostics()).message().str());
        auto out = boost::json::parse(core::encode(*request)).as_object();
        check_conversion(doc.at("taskDefinition").as_object(), out);
        BOOST_TEST(out.contains("tags") == doc.contains("tags"));
        if (doc.contains("tags")) BOOST_TEST((out.at("tags") == doc.at("tags")));
    } else {
        auto described = core::decode<ecs::task_definition>(text);
        BOOST_TEST_REQUIRE(described.has_value());
        auto request = ecs::to_register_request(*described);
        // Most TaskDefinition documents in the corpus are container snippets with no family:
        // those cannot be registered, and the conversion says why.
        if (!doc.contains("family")) {
            BOOST_TEST(!request.has_value());
            BOOST_TEST(testing::reports(request.diagnostics(), "AWSMODEL-REQUIRED", "/family"));
            return;
        }
        BOOST_TEST_REQUIRE(request.has_value(), testing::verdict(request.diagnostics()).message().str());
        check_conversion(doc, boost::json::parse(core::encode(*request)).as_object());
    }
}

BOOST_AUTO_TEST_CASE(conversion_drops_every_read_only_member_and_keeps_the_rest) {
    const char* json = R"({"taskDefinition": {
        "taskDefinitionArn": "arn:aws:ecs:eu-west-1:123456789012:task-definition/web:7",
        "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "cpu": 256, "memory": 512,
                                  "portMappings": [{"containerPort": 80, "protocol": "tcp"}], "essential": true}],
        "family": "web", "taskRoleArn": "web-task", "executionRoleArn": "arn:aws:iam::123456789012:role/exec",
        "networkMode": "awsvpc", "revision": 7, "volumes": [], "status": "ACTIVE",
        "requiresAttributes": [{"name": "com.amazonaws.ecs.capability.docker-remote-api.1.18"}],
        "placementConstraints": [], "compatibilities": ["EC2", "FARGATE"], "requiresCompatibilities": ["FARGATE"],
        "cpu": "256", "memory": "512", "registeredAt": 1700000000.123, "deregisteredAt": 1700000100,
        "deleteRequestedAt": 1700000200, "registeredBy": "arn:aws:iam::123456789012:root",
        "runtimePlatform": {"cpuArchitecture": "ARM64", "operatingSystemFamily": "LINUX"},
        "ephemeralStorage": {"sizeInGiB": 30}, "enableFaultInjection": false, "pidMode": "task"},
        "tags": [{"key": "team", "value": "web"}]})";
    auto d = core::decode<ecs::describe_task_definition_response>(json);
    BOOST_TEST_REQUIRE(d.has_value(), testing::verdict(d.diagnostics()).message().str());
    auto r = ecs::to_register_request(*d);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(core::encode(*r) ==
               R"({"family":"web","taskRoleArn":"web-task","executionRoleArn":"arn:aws:iam::123456789012:role/exec",)"
               R"("networkMode":"awsvpc","containerDefinitions":[{"name":"web","image":"nginx:1.27","cpu":256,)"
               R"("memory":512,"portMappings":[{"containerPort":80,"protocol":"tcp"}],"essential":true}],)"
               R"("volumes":[],"placementConstraints":[],"requiresCompatibilities":["FARGATE"],"cpu":"256",)"
               R"("memory":"512","tags":[{"key":"team","value":"web"}],"pidMode":"task",)"
               R"("ephemeralStorage":{"sizeInGiB":30},"runtimePlatform":{"cpuArchitecture":"ARM64",)"
               R"("operatingSystemFamily":"LINUX"},"enableFaultInjection":false})");
    // A description converted on its own has no tags to carry.
    auto alone = ecs::to_register_request(*d->task_definition);
    BOOST_TEST_REQUIRE(alone.has_value());
    BOOST_TEST(!alone->tags.has_value());
}

BOOST_AUTO_TEST_CASE(conversion_reports_what_registration_needs_and_the_description_lacks) {
    auto empty = ecs::to_register_request(ecs::describe_task_definition_response{});
    BOOST_TEST(testing::reports(empty.diagnostics(), "AWSMODEL-REQUIRED", "/taskDefinition"));
    ecs::describe_task_definition_response d;
    d.task_definition.emplace();
    auto r = ecs::to_register_request(d);
    BOOST_TEST_REQUIRE(!r.has_value());
    BOOST_TEST(testing::reports(r.diagnostics(), "AWSMODEL-REQUIRED", "/taskDefinition/family"));
    BOOST_TEST(testing::reports(r.diagnostics(), "AWSMODEL-REQUIRED", "/taskDefinition/containerDefinitions"));
}

BOOST_AUTO_TEST_CASE(example_documents_are_valid_and_round_trip) {
    for (const char* name : {"/task-definition-fargate-firelens.json", "/task-definition-ec2-bridge.json"}) {
        std::string path = std::string(AWSMODEL_EXAMPLES) + name;
        BOOST_TEST(testing::valid_file<ecs::register_task_definition_request>(path), name);
        check_round_trip<ecs::register_task_definition_request>(read_text(path), true);
    }
}

BOOST_AUTO_TEST_CASE(the_ec2_example_publishes_dynamic_host_ports_in_bridge_mode) {
    auto r = core::decode<ecs::register_task_definition_request>(
        read_text(std::string(AWSMODEL_EXAMPLES) + "/task-definition-ec2-bridge.json"));
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST((r->network_mode == ecs::network_mode::bridge));
    for (const auto& c : r->container_definitions)
        for (const auto& m : c.port_mappings.value_or(std::vector<ecs::port_mapping>{}))
            BOOST_TEST(m.host_port->number() == 0, *c.name);
}

BOOST_AUTO_TEST_CASE(members_have_their_strong_types) {
    const char* json = R"({"family": "api", "taskRoleArn": "api-role",
        "containerDefinitions": [{"name": "api", "image": "public.ecr.aws/docker/library/node:20-alpine",
            "cpu": 512, "memory": 1024, "memoryReservation": 768, "stopTimeout": 20,
            "portMappings": [{"containerPortRange": "8000-8099", "appProtocol": "http2", "name": "api"}],
            "healthCheck": {"command": ["CMD-SHELL", "curl -f http://localhost:8000/ || exit 1"], "interval": 10},
            "linuxParameters": {"initProcessEnabled": true, "tmpfs": [{"containerPath": "/tmp", "size": 64}]},
            "secrets": [{"name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf"}],
            "dockerLabels": {"b": "2", "a": "1"}, "ulimits": [{"name": "nofile", "softLimit": 1024, "hardLimit": 4096}]}],
        "volumes": [{"name": "data", "efsVolumeConfiguration": {"fileSystemId": "fs-0123456789abcdef0",
            "transitEncryption": "ENABLED", "transitEncryptionPort": 2049,
            "authorizationConfig": {"accessPointId": "fsap-0123456789abcdef0", "iam": "ENABLED"}}}],
        "ephemeralStorage": {"sizeInGiB": 40}})";
    auto r = core::decode<ecs::register_task_definition_request>(json);
    BOOST_TEST_REQUIRE(r.has_value(), testing::verdict(r.diagnostics()).message().str());
    const auto& c = r->container_definitions.at(0);
    BOOST_TEST((c.cpu == core::cpu_units(512)));
    BOOST_TEST((c.memory == core::mebibytes(1024)));
    BOOST_TEST((c.memory_reservation == core::mebibytes(768)));
    BOOST_TEST((c.stop_timeout == core::seconds(20)));
    BOOST_TEST(c.image->parse()->path == "docker/library/node");
    auto bounds = c.port_mappings->at(0).container_port_range->bounds();
    BOOST_TEST_REQUIRE(bounds.has_value());
    BOOST_TEST(bounds->first == 8000);
    BOOST_TEST(bounds->last == 8099);
    BOOST_TEST((c.port_mappings->at(0).app_protocol == ecs::application_protocol::http2));
    BOOST_TEST((c.health_check->interval == core::seconds(10)));
    BOOST_TEST((c.linux_parameters->tmpfs->at(0).size == core::mebibytes(64)));
    BOOST_TEST(c.secrets->at(0).value_from.arn()->service == "secretsmanager");
    BOOST_TEST(!r->task_role_arn->is_arn());
    BOOST_TEST(c.docker_labels->begin()->first == "b"); // the document's order is kept
    BOOST_TEST((c.ulimits->at(0).name == ecs::ulimit_name::nofile));
    const auto& efs = *r->volumes->at(0).efs_volume_configuration;
    BOOST_TEST(efs.file_system_id.str() == "fs-0123456789abcdef0");
    BOOST_TEST(efs.transit_encryption_port->number() == 2049);
    BOOST_TEST((r->ephemeral_storage->size_in_gib == core::gibibytes(40)));
    BOOST_TEST(core::encode(*r) == core::encode(*core::decode<ecs::register_task_definition_request>(core::encode(*r))));
}

BOOST_AUTO_TEST_CASE(absent_and_empty_members_stay_distinct) {
    const char* json = R"({"family":"f","containerDefinitions":[{"name":"a","environment":[],"linuxParameters":{},)"
                       R"("dockerLabels":{}}],"volumes":[],"tags":[]})";
    auto r = core::decode<ecs::register_task_definition_request>(json);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(core::encode(*r) == json);
    BOOST_TEST(!r->container_definitions[0].command.has_value());
    BOOST_TEST(r->container_definitions[0].environment->empty());
}

BOOST_AUTO_TEST_CASE(structural_mistakes_are_reported_where_botocore_reports_them) {
    auto r = core::decode<ecs::register_task_definition_request>(
        R"({"containerDefinitions": [{"name": "a", "memory": "512", "essential": "true",
            "healthCheck": {"interval": 30}, "Image": "nginx"}], "cpu": 256, "tags": {"team": "web"}})");
    BOOST_TEST_REQUIRE(!r.has_value());
    const auto& ds = r.diagnostics();
    BOOST_TEST(testing::reports(ds, "AWSMODEL-REQUIRED", "/family"));
    BOOST_TEST(testing::reports(ds, "COMMON-002", "/containerDefinitions/0/memory"));
    BOOST_TEST(testing::reports(ds, "COMMON-002", "/containerDefinitions/0/essential"));
    BOOST_TEST(testing::reports(ds, "AWSMODEL-REQUIRED", "/containerDefinitions/0/healthCheck/command"));
    BOOST_TEST(testing::reports(ds, "COMMON-001", "/containerDefinitions/0/Image"));
    BOOST_TEST(testing::reports(ds, "COMMON-002", "/cpu"));
    BOOST_TEST(testing::reports(ds, "COMMON-002", "/tags"));
}

BOOST_AUTO_TEST_CASE(members_of_a_newer_api_are_kept_when_asked) {
    const char* json = R"({"family":"f","networkMode":"awsvpc2",)"
                       R"("containerDefinitions":[{"name":"a","gpuSharing":{"mode":"time-sliced"}}]})";
    core::decode_options keep;
    keep.unknown = core::unknown_members::keep;
    auto r = core::decode<ecs::register_task_definition_request>(json, keep);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(core::encode(*r) == json);
    BOOST_TEST(core::detail::encoded_size(*r) == std::string_view(json).size());
    BOOST_TEST(!r->network_mode->is_known());
}

BOOST_AUTO_TEST_CASE(a_request_built_in_code_encodes_its_strong_types) {
    using namespace core::literals;
    ecs::register_task_definition_request r;
    r.family = "worker";
    r.network_mode = ecs::network_mode::awsvpc;
    r.requires_compatibilities.emplace().push_back(ecs::compatibility::fargate);
    r.cpu = ecs::task_cpu{"0.5 vCPU"};
    r.memory = ecs::task_memory(1024_MiB);
    ecs::container_definition c;
    c.name = ecs::container_name("worker");
    c.image = ecs::image{"012345678910.dkr.ecr.eu-west-1.amazonaws.com/worker:1.4.2"};
    c.memory_reservation = 512_MiB;
    // A named constant: clang 14 crashes generating a consteval temporary inside this chain.
    constexpr core::port web{8080};
    c.port_mappings.emplace().emplace_back().container_port = web;
    c.log_configuration.emplace();
    c.log_configuration->log_driver = ecs::log_driver::awslogs;
    c.log_configuration->options = core::string_map<std::string>{{"awslogs-group", "/ecs/worker"}};
    r.container_definitions.push_back(c);
    BOOST_TEST(core::encode(r) ==
               R"({"family":"worker","networkMode":"awsvpc","containerDefinitions":[{"name":"worker",)"
               R"("image":"012345678910.dkr.ecr.eu-west-1.amazonaws.com/worker:1.4.2","memoryReservation":512,)"
               R"("portMappings":[{"containerPort":8080}],"logConfiguration":{"logDriver":"awslogs",)"
               R"("options":{"awslogs-group":"/ecs/worker"}}}],"requiresCompatibilities":["FARGATE"],)"
               R"("cpu":"0.5 vCPU","memory":"1024"})");
}

BOOST_DATA_TEST_CASE(an_unknown_enumeration_value_reports_the_member_rule, bdata::make(enum_cases), c) {
    auto ds = test_support::check_breaking(c, enum_findings);
    // Reported once, under the member's rule, not also under the generic AWSMODEL-ENUM.
    for (const auto& d : ds) BOOST_TEST(d.rule != "AWSMODEL-ENUM", d);
}

BOOST_DATA_TEST_CASE(a_known_enumeration_value_does_not_report_the_rule, bdata::make(enum_cases), c) {
    test_support::check_near_miss(c, enum_findings);
}

BOOST_AUTO_TEST_SUITE_END()
