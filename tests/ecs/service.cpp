// The ECS service shapes (ecs/service.hpp): CreateService and UpdateService requests, the Service
// description and the responses. These cases check the shapes (the rules are tested in
// tests/ecs/service_rules.cpp):
// realistic documents round-trip, the decoder's structural findings name their pointers, and
// every service document of the corpus agrees with botocore.
#include <awsmodel/core/json.hpp>
#include <awsmodel/ecs/service.hpp>
#include <awsmodel/testing/boost_test.hpp>
#include "../support/corpus.hpp"
#include "../support/round_trip.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

using namespace awsmodel;
namespace bdata = boost::unit_test::data;

BOOST_AUTO_TEST_SUITE(ecs_service)

// The round trip of tests/support/round_trip.hpp: the output is the input's JSON value, but for
// numbers compared by value and ISO 8601 timestamps written back as ECS's epoch seconds.
template <class T>
void check_service_round_trip(const std::string& text) {
    test_support::check_round_trip<T>(text, false);
}

// ---- Realistic documents, one per top-level shape --------------------------------------------

const std::string create_service_json = R"({
  "cluster": "production",
  "serviceName": "checkout-api",
  "taskDefinition": "checkout-api:42",
  "availabilityZoneRebalancing": "ENABLED",
  "loadBalancers": [{
    "targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/checkout-blue/0123456789abcdef",
    "containerName": "api",
    "containerPort": 8080,
    "advancedConfiguration": {
      "alternateTargetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/checkout-green/fedcba9876543210",
      "productionListenerRule": "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener-rule/app/shop/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee",
      "testListenerRule": "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener-rule/app/shop/50dc6c495c0c9188/f2f7dc8efc522ab2/1234b2d02a6cabee",
      "roleArn": "arn:aws:iam::123456789012:role/ecsInfrastructureRoleForLoadBalancers"
    }
  }],
  "serviceRegistries": [{"registryArn": "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-utcrh6wavdkggqtk", "port": 8080}],
  "desiredCount": 6,
  "clientToken": "3f1c2b7e-0d5a-4c1e-9f0a-7b6c5d4e3f21",
  "capacityProviderStrategy": [{"capacityProvider": "FARGATE", "weight": 1, "base": 2}, {"capacityProvider": "FARGATE_SPOT", "weight": 3}],
  "platformVersion": "1.4.0",
  "deploymentConfiguration": {
    "deploymentCircuitBreaker": {"enable": true, "rollback": true},
    "maximumPercent": 200,
    "minimumHealthyPercent": 100,
    "alarms": {"alarmNames": ["checkout-5xx", "checkout-latency"], "rollback": true, "enable": true},
    "strategy": "BLUE_GREEN",
    "bakeTimeInMinutes": 15,
    "lifecycleHooks": [{
      "targetType": "AWS_LAMBDA",
      "hookTargetArn": "arn:aws:lambda:us-east-1:123456789012:function:checkout-smoke-test",
      "roleArn": "arn:aws:iam::123456789012:role/ecsLifecycleHookRole",
      "lifecycleStages": ["POST_TEST_TRAFFIC_SHIFT", "POST_PRODUCTION_TRAFFIC_SHIFT"],
      "hookDetails": {"suite": "smoke", "paths": ["/health", "/cart"], "retries": 2},
      "timeoutConfiguration": {"timeoutInMinutes": 30, "action": "ROLLBACK"}
    }]
  },
  "networkConfiguration": {"awsvpcConfiguration": {
    "subnets": ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"],
    "securityGroups": ["sg-0123456789abcdef0"],
    "assignPublicIp": "DISABLED"
  }},
  "healthCheckGracePeriodSeconds": 60,
  "schedulingStrategy": "REPLICA",
  "deploymentController": {"type": "ECS"},
  "tags": [{"key": "team", "value": "payments"}, {"key": "cost-center", "value": "4711"}],
  "enableECSManagedTags": true,
  "propagateTags": "SERVICE",
  "enableExecuteCommand": false,
  "serviceConnectConfiguration": {
    "enabled": true,
    "namespace": "shop.local",
    "services": [{
      "portName": "http",
      "discoveryName": "checkout",
      "clientAliases": [{"port": 80, "dnsName": "checkout.shop.local",
                         "testTrafficRules": {"header": {"name": "x-canary", "value": {"exact": "true"}}}}],
      "ingressPortOverride": 15000,
      "timeout": {"idleTimeoutSeconds": 300, "perRequestTimeoutSeconds": 20},
      "tls": {"issuerCertificateAuthority": {"awsPcaAuthorityArn": "arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/12345678-1234-1234-1234-123456789012"},
              "kmsKey": "alias/service-connect", "roleArn": "arn:aws:iam::123456789012:role/ecsServiceConnectTls"}
    }],
    "logConfiguration": {"logDriver": "awslogs",
                         "options": {"awslogs-group": "/ecs/service-connect", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "checkout"},
                         "secretOptions": [{"name": "token", "valueFrom": "arn:aws:ssm:us-east-1:123456789012:parameter/log-token"}]},
    "accessLogConfiguration": {"format": "JSON", "includeQueryParameters": "ENABLED"}
  },
  "volumeConfigurations": [{"name": "scratch", "managedEBSVolume": {
    "encrypted": true, "kmsKeyId": "alias/ebs", "volumeType": "gp3", "sizeInGiB": 50,
    "snapshotId": "snap-0123456789abcdef0", "volumeInitializationRate": 200, "iops": 3000, "throughput": 250,
    "tagSpecifications": [{"resourceType": "volume", "tags": [{"key": "purpose", "value": "scratch"}], "propagateTags": "SERVICE"}],
    "roleArn": "arn:aws:iam::123456789012:role/ecsInfrastructureRole", "filesystemType": "xfs"}}],
  "vpcLatticeConfigurations": [{"roleArn": "arn:aws:iam::123456789012:role/ecsInfrastructureRoleForLattice",
    "targetGroupArn": "arn:aws:vpc-lattice:us-east-1:123456789012:targetgroup/tg-0123456789abcdef0", "portName": "http"}]
})";

const std::string update_service_json = R"({
  "cluster": "arn:aws:ecs:us-east-1:123456789012:cluster/production",
  "service": "checkout-api",
  "desiredCount": 8,
  "taskDefinition": "arn:aws:ecs:us-east-1:123456789012:task-definition/checkout-api:43",
  "capacityProviderStrategy": [{"capacityProvider": "FARGATE", "weight": 1}],
  "deploymentConfiguration": {"strategy": "LINEAR", "linearConfiguration": {"stepPercent": 12.5, "stepBakeTimeInMinutes": 5},
                              "canaryConfiguration": {"canaryPercent": 2.5, "canaryBakeTimeInMinutes": 10}},
  "availabilityZoneRebalancing": "DISABLED",
  "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0a1b2c3d4e5f60718"]}},
  "placementConstraints": [],
  "placementStrategy": [{"type": "spread", "field": "attribute:ecs.availability-zone"}, {"type": "binpack", "field": "memory"}],
  "platformVersion": "LATEST",
  "forceNewDeployment": true,
  "healthCheckGracePeriodSeconds": 30,
  "deploymentController": {"type": "ECS"},
  "enableExecuteCommand": true,
  "enableECSManagedTags": false,
  "loadBalancers": [],
  "propagateTags": "TASK_DEFINITION",
  "serviceRegistries": [],
  "serviceConnectConfiguration": {"enabled": false},
  "volumeConfigurations": [],
  "vpcLatticeConfigurations": []
})";

const std::string service_json = R"({
  "serviceArn": "arn:aws:ecs:us-east-1:123456789012:service/production/checkout-api",
  "serviceName": "checkout-api",
  "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/production",
  "loadBalancers": [{"loadBalancerName": "legacy-elb", "containerName": "api", "containerPort": 80}],
  "serviceRegistries": [{"registryArn": "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-utcrh6wavdkggqtk", "containerName": "api", "containerPort": 80}],
  "status": "ACTIVE",
  "desiredCount": 2,
  "runningCount": 2,
  "pendingCount": 0,
  "launchType": "EC2",
  "platformFamily": "Linux",
  "taskDefinition": "arn:aws:ecs:us-east-1:123456789012:task-definition/checkout-api:42",
  "deploymentConfiguration": {"deploymentCircuitBreaker": {"enable": false, "rollback": false}, "maximumPercent": 200, "minimumHealthyPercent": 50},
  "taskSets": [{
    "id": "ecs-svc/1234567890123456789",
    "taskSetArn": "arn:aws:ecs:us-east-1:123456789012:task-set/production/checkout-api/ecs-svc/1234567890123456789",
    "serviceArn": "arn:aws:ecs:us-east-1:123456789012:service/production/checkout-api",
    "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/production",
    "startedBy": "d-ABCDEF123", "externalId": "blue", "status": "PRIMARY",
    "taskDefinition": "arn:aws:ecs:us-east-1:123456789012:task-definition/checkout-api:42",
    "computedDesiredCount": 2, "pendingCount": 0, "runningCount": 2,
    "createdAt": 1700000000.123, "updatedAt": 1700000300,
    "launchType": "FARGATE", "platformVersion": "1.4.0", "platformFamily": "Linux",
    "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0a1b2c3d4e5f60718"], "assignPublicIp": "ENABLED"}},
    "loadBalancers": [], "serviceRegistries": [],
    "scale": {"value": 100.0, "unit": "PERCENT"},
    "stabilityStatus": "STEADY_STATE", "stabilityStatusAt": 1700000600.5,
    "tags": [{"key": "color", "value": "blue"}],
    "fargateEphemeralStorage": {"kmsKeyId": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"}
  }],
  "deployments": [{
    "id": "ecs-svc/9876543210987654321", "status": "PRIMARY",
    "taskDefinition": "arn:aws:ecs:us-east-1:123456789012:task-definition/checkout-api:42",
    "desiredCount": 2, "pendingCount": 0, "runningCount": 2, "failedTasks": 1,
    "createdAt": 1700000000.123, "updatedAt": 1700000900.75,
    "capacityProviderStrategy": [{"capacityProvider": "asg-provider", "weight": 1, "base": 0}],
    "launchType": "EC2", "platformVersion": "1.4.0", "platformFamily": "Linux",
    "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0a1b2c3d4e5f60718"], "securityGroups": ["sg-0123456789abcdef0"]}},
    "rolloutState": "COMPLETED", "rolloutStateReason": "ECS deployment ecs-svc/9876543210987654321 completed.",
    "serviceConnectConfiguration": {"enabled": true, "namespace": "arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-abcdefghijklmnop",
                                    "services": [{"portName": "http", "clientAliases": [{"port": 80}]}]},
    "serviceConnectResources": [{"discoveryName": "checkout", "discoveryArn": "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-abcdefghijklmnop"}],
    "volumeConfigurations": [{"name": "scratch", "managedEBSVolume": {"sizeInGiB": 20, "roleArn": "arn:aws:iam::123456789012:role/ecsInfrastructureRole"}}],
    "fargateEphemeralStorage": {"kmsKeyId": "alias/fargate"},
    "vpcLatticeConfigurations": [{"roleArn": "arn:aws:iam::123456789012:role/lattice", "targetGroupArn": "arn:aws:vpc-lattice:us-east-1:123456789012:targetgroup/tg-0123456789abcdef0", "portName": "http"}]
  }],
  "roleArn": "arn:aws:iam::123456789012:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS",
  "events": [{"id": "0f3c6b8e-1d2a-4b5c-9e8f-7a6b5c4d3e2f", "createdAt": 1700000950.25, "message": "(service checkout-api) has reached a steady state."}],
  "createdAt": 1699990000,
  "currentServiceDeployment": "arn:aws:ecs:us-east-1:123456789012:service-deployment/production/checkout-api/AbCdEfGhIjKlMnOpQrStU",
  "currentServiceRevisions": [{"arn": "arn:aws:ecs:us-east-1:123456789012:service-revision/production/checkout-api/1234567890123456789",
                               "requestedTaskCount": 2, "runningTaskCount": 2, "pendingTaskCount": 0}],
  "placementConstraints": [{"type": "memberOf", "expression": "attribute:ecs.instance-type =~ t3.*"}, {"type": "distinctInstance"}],
  "placementStrategy": [{"type": "random"}],
  "healthCheckGracePeriodSeconds": 0,
  "schedulingStrategy": "REPLICA",
  "deploymentController": {"type": "EXTERNAL"},
  "tags": [{"key": "aws:cloudformation:stack-name", "value": "shop"}],
  "createdBy": "arn:aws:iam::123456789012:role/deployer",
  "enableECSManagedTags": true,
  "propagateTags": "NONE",
  "enableExecuteCommand": false,
  "availabilityZoneRebalancing": "DISABLED",
  "resourceManagementType": "CUSTOMER"
})";

std::string wrapped_service(std::string_view member) {
    return std::string(R"({")") + std::string(member) + R"(": )" + service_json + "}";
}
const std::string describe_services_json =
    R"({"services": [)" + service_json +
    R"(], "failures": [{"arn": "arn:aws:ecs:us-east-1:123456789012:service/production/gone", "reason": "MISSING"}]})";
const std::string list_services_json = R"({"serviceArns": [
  "arn:aws:ecs:us-east-1:123456789012:service/production/checkout-api",
  "arn:aws:ecs:us-east-1:123456789012:service/production/cart"], "nextToken": "eyJlbmNyeXB0ZWREYXRhIjpbXX0="})";

// ---- Round trips ---------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(a_create_service_request_round_trips) {
    check_service_round_trip<ecs::create_service_request>(create_service_json);
    auto r = core::decode<ecs::create_service_request>(create_service_json);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->service_name == "checkout-api");
    BOOST_TEST((r->deployment_configuration->strategy == ecs::deployment_strategy::blue_green));
    // hookDetails is any JSON value, kept as it came.
    const auto& hook = r->deployment_configuration->lifecycle_hooks->at(0);
    BOOST_TEST((hook.hook_details->get() == boost::json::parse(R"({"suite": "smoke", "paths": ["/health", "/cart"], "retries": 2})")));
    BOOST_TEST(r->volume_configurations->at(0).managed_ebs_volume->size_in_gib->count() == 50);
    BOOST_TEST(r->service_connect_configuration->services->at(0).client_aliases->at(0).port.number() == 80);
}

BOOST_AUTO_TEST_CASE(an_update_service_request_round_trips_and_keeps_empty_lists) {
    check_service_round_trip<ecs::update_service_request>(update_service_json);
    auto r = core::decode<ecs::update_service_request>(update_service_json);
    BOOST_TEST_REQUIRE(r.has_value());
    // [] removes the load balancers, registries and constraints; absent keeps them.
    BOOST_TEST(r->load_balancers->empty());
    BOOST_TEST(r->placement_constraints->empty());
    BOOST_TEST(r->service.is_arn() == false);
    BOOST_TEST(r->cluster->is_arn());
}

BOOST_AUTO_TEST_CASE(a_service_description_round_trips) {
    check_service_round_trip<ecs::service>(service_json);
    auto r = core::decode<ecs::service>(service_json);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST((r->deployments->at(0).rollout_state == ecs::deployment_rollout_state::completed));
    BOOST_TEST((r->task_sets->at(0).stability_status == ecs::stability_status::steady_state));
    BOOST_TEST((r->deployment_controller->type == ecs::deployment_controller_type::external));
}

BOOST_AUTO_TEST_CASE(the_responses_round_trip) {
    check_service_round_trip<ecs::create_service_response>(wrapped_service("service"));
    check_service_round_trip<ecs::update_service_response>(wrapped_service("service"));
    check_service_round_trip<ecs::describe_services_response>(describe_services_json);
    check_service_round_trip<ecs::list_services_response>(list_services_json);
    auto d = core::decode<ecs::describe_services_response>(describe_services_json);
    BOOST_TEST_REQUIRE(d.has_value());
    BOOST_TEST((d->failures->at(0).reason == "MISSING"));
    // A page without a next token is the last one.
    auto last = core::decode<ecs::list_services_response>(R"({"serviceArns": []})");
    BOOST_TEST_REQUIRE(last.has_value());
    BOOST_TEST(!last->next_token.has_value());
    BOOST_TEST(core::encode(*last) == R"({"serviceArns":[]})");
}

BOOST_AUTO_TEST_CASE(values_from_a_newer_api_are_kept) {
    const std::string json =
        R"({"serviceName":"web","launchType":"QUANTUM","deploymentConfiguration":{"strategy":"SHADOW"}})";
    auto r = core::decode<ecs::create_service_request>(json);
    BOOST_TEST_REQUIRE(r.has_value(), testing::verdict(r.diagnostics()).message().str());
    BOOST_TEST(!r->launch_type->is_known());
    BOOST_TEST(core::encode(*r) == json);
}

// ---- Structural findings ---------------------------------------------------------------------

// An unknown member is refused (botocore refuses it too), at its pointer, in every shape.
template <class T>
void check_unknown_member_refused(const std::string& json, const std::string& pointer) {
    test_support::check_refused<T>(json, core::rules::unknown_member, pointer);
}

BOOST_AUTO_TEST_CASE(an_unknown_member_is_refused_at_its_pointer) {
    using namespace ecs;
    check_unknown_member_refused<create_service_request>(R"({"serviceName": "web", "servicename": "web"})", "/servicename");
    check_unknown_member_refused<create_service_request>(
        R"({"serviceName": "web", "deploymentConfiguration": {"deploymentCircuitBreaker": {"enable": true, "rollback": true, "retry": 1}}})",
        "/deploymentConfiguration/deploymentCircuitBreaker/retry");
    check_unknown_member_refused<create_service_request>(
        R"({"serviceName": "web", "serviceConnectConfiguration": {"enabled": true, "services": [{"portName": "http", "clientAlias": []}]}})",
        "/serviceConnectConfiguration/services/0/clientAlias");
    // The task shapes' awsvpc configuration member is not one of CreateService's (corpus service/0040).
    check_unknown_member_refused<create_service_request>(
        R"({"serviceName": "web", "networkConfiguration": {"awsvpcConfiguration": {"subnets": [], "networkInterfaceOwner": "x"}}})",
        "/networkConfiguration/awsvpcConfiguration/networkInterfaceOwner");
    check_unknown_member_refused<update_service_request>(R"({"service": "web", "serviceName": "web"})", "/serviceName");
    check_unknown_member_refused<ecs::service>(R"({"deployments": [{"id": "ecs-svc/1", "state": "PRIMARY"}]})", "/deployments/0/state");
    check_unknown_member_refused<create_service_response>(R"({"service": {"taskSets": [{"weight": 1}]}})", "/service/taskSets/0/weight");
    check_unknown_member_refused<update_service_response>(R"({"services": []})", "/services");
    check_unknown_member_refused<describe_services_response>(R"({"services": [{"events": [{"text": "x"}]}]})",
                                                             "/services/0/events/0/text");
    check_unknown_member_refused<list_services_response>(R"({"serviceArns": [], "NextToken": "x"})", "/NextToken");
}

// A wrong JSON type is reported at the member's pointer, in every shape.
template <class T>
void check_wrong_type_reported(const std::string& json, const std::string& pointer) {
    test_support::check_refused<T>(json, core::rules::wrong_type, pointer);
}

BOOST_AUTO_TEST_CASE(a_wrong_type_is_reported_at_its_pointer) {
    using namespace ecs;
    check_wrong_type_reported<create_service_request>(R"({"serviceName": "web", "desiredCount": "2"})", "/desiredCount");
    check_wrong_type_reported<create_service_request>(R"({"serviceName": 7})", "/serviceName");
    check_wrong_type_reported<create_service_request>(
        R"({"serviceName": "web", "loadBalancers": [{"containerPort": "80"}]})", "/loadBalancers/0/containerPort");
    check_wrong_type_reported<create_service_request>(
        R"({"serviceName": "web", "volumeConfigurations": [{"name": "v", "managedEBSVolume": {"roleArn": "arn:aws:iam::123456789012:role/r", "sizeInGiB": "20"}}]})",
        "/volumeConfigurations/0/managedEBSVolume/sizeInGiB");
    check_wrong_type_reported<update_service_request>(R"({"service": "web", "forceNewDeployment": "yes"})", "/forceNewDeployment");
    check_wrong_type_reported<update_service_request>(
        R"({"service": "web", "deploymentConfiguration": {"alarms": {"alarmNames": "a", "rollback": true, "enable": true}}})",
        "/deploymentConfiguration/alarms/alarmNames");
    check_wrong_type_reported<ecs::service>(R"({"createdAt": true})", "/createdAt");
    check_wrong_type_reported<ecs::service>(R"({"taskSets": [{"scale": {"value": "100"}}]})", "/taskSets/0/scale/value");
    check_wrong_type_reported<create_service_response>(R"({"service": []})", "/service");
    check_wrong_type_reported<update_service_response>(R"({"service": {"deployments": [{"failedTasks": "1"}]}})",
                                                       "/service/deployments/0/failedTasks");
    check_wrong_type_reported<describe_services_response>(R"({"services": {}})", "/services");
    check_wrong_type_reported<list_services_response>(R"({"serviceArns": [1]})", "/serviceArns/0");
}

BOOST_AUTO_TEST_CASE(required_members_come_from_botocore) {
    using namespace ecs;
    auto no_name = core::decode<create_service_request>(R"({"cluster": "default"})");
    BOOST_TEST(testing::reports(no_name.diagnostics(), core::rules::required, "/serviceName"));
    auto no_service = core::decode<update_service_request>(R"({"desiredCount": 1})");
    BOOST_TEST(testing::reports(no_service.diagnostics(), core::rules::required, "/service"));
    auto breaker = core::decode<create_service_request>(
        R"({"serviceName": "web", "deploymentConfiguration": {"deploymentCircuitBreaker": {"enable": true}}})");
    BOOST_TEST(testing::reports(breaker.diagnostics(), core::rules::required,
                                "/deploymentConfiguration/deploymentCircuitBreaker/rollback"));
    auto tls = core::decode<create_service_request>(
        R"({"serviceName": "web", "serviceConnectConfiguration": {"enabled": true, "services": [{"portName": "http", "tls": {}}]}})");
    BOOST_TEST(testing::reports(tls.diagnostics(), core::rules::required,
                                "/serviceConnectConfiguration/services/0/tls/issuerCertificateAuthority"));
    auto lattice = core::decode<update_service_request>(R"({"service": "web", "vpcLatticeConfigurations": [{"portName": "http"}]})");
    BOOST_TEST(testing::reports(lattice.diagnostics(), core::rules::required, "/vpcLatticeConfigurations/0/roleArn"));
    BOOST_TEST(testing::reports(lattice.diagnostics(), core::rules::required, "/vpcLatticeConfigurations/0/targetGroupArn"));
    // Descriptions require nothing.
    BOOST_TEST(core::decode<ecs::service>("{}").has_value());
    auto tag_key = core::decode<create_service_request>(R"({"serviceName": "web", "tags": [{"key": "", "value": "x"}]})");
    BOOST_TEST(testing::reports(tag_key.diagnostics(), core::rules::min, "/tags/0/key"));
}

// ---- The corpus ------------------------------------------------------------------------------

using service_corpus_doc = test_support::corpus_row;

const std::vector<service_corpus_doc> service_docs = test_support::corpus_rows(
    {"CreateServiceRequest", "UpdateServiceRequest", "Service", "CreateServiceResponse", "UpdateServiceResponse",
     "DescribeServicesResponse", "ListServicesResponse"});

// Calls f(std::type_identity<T>{}) for the type of a botocore shape of this header.
template <class F>
void with_service_shape(std::string_view shape, F f) {
    if (shape == "CreateServiceRequest") f(std::type_identity<ecs::create_service_request>{});
    else if (shape == "UpdateServiceRequest") f(std::type_identity<ecs::update_service_request>{});
    else if (shape == "Service") f(std::type_identity<ecs::service>{});
    else if (shape == "CreateServiceResponse") f(std::type_identity<ecs::create_service_response>{});
    else if (shape == "UpdateServiceResponse") f(std::type_identity<ecs::update_service_response>{});
    else if (shape == "DescribeServicesResponse") f(std::type_identity<ecs::describe_services_response>{});
    else if (shape == "ListServicesResponse") f(std::type_identity<ecs::list_services_response>{});
    else BOOST_FAIL("not a service shape: " << shape);
}

BOOST_AUTO_TEST_CASE(the_corpus_has_the_service_documents_this_suite_expects, test_support::needs_corpus()) {
    auto count = [](std::string_view shape, std::string_view expect) {
        return std::count_if(service_docs.begin(), service_docs.end(),
                             [&](const service_corpus_doc& d) { return d.shape == shape && d.expect == expect; });
    };
    BOOST_TEST(count("CreateServiceRequest", "accept") == 13);
    BOOST_TEST(count("CreateServiceRequest", "reject") == 8);
    BOOST_TEST(count("UpdateServiceRequest", "accept") == 3);
    BOOST_TEST(count("Service", "accept") == 1);
    BOOST_TEST(count("CreateServiceResponse", "accept") == 17);
    BOOST_TEST(count("DescribeServicesResponse", "accept") == 18);
    BOOST_TEST(service_docs.size() == 60u);
}

BOOST_TEST_DECORATOR(test_support::needs_corpus())
BOOST_DATA_TEST_CASE(every_service_document_botocore_accepts_round_trips, bdata::make(service_docs), d) {
    if (d.expect == "accept")
        with_service_shape(d.shape, [&](auto type) { test_support::check_corpus_row<typename decltype(type)::type>(d); });
}

BOOST_TEST_DECORATOR(test_support::needs_corpus())
BOOST_DATA_TEST_CASE(every_service_document_botocore_rejects_is_rejected_at_its_pointer, bdata::make(service_docs), d) {
    if (d.expect == "reject")
        with_service_shape(d.shape, [&](auto type) { test_support::check_corpus_row<typename decltype(type)::type>(d); });
}

BOOST_AUTO_TEST_SUITE_END()
