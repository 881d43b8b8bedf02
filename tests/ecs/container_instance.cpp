// Container instances (ecs/container_instance.hpp): ContainerInstance, DescribeContainerInstances'
// and ListContainerInstances' responses, and the RegisterContainerInstance request.
#include <awsmodel/core/json.hpp>
#include <awsmodel/ecs/container_instance.hpp>
#include <awsmodel/testing/boost_test.hpp>
#include "../support/corpus.hpp"
#include "../support/round_trip.hpp"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

using namespace awsmodel;
namespace bdata = boost::unit_test::data;

BOOST_AUTO_TEST_SUITE(container_instance)

namespace container_instance_tests {

using test_support::check_refused;
using test_support::check_round_trip;

// An instance with a task running on it: each resource kind, the agent's versions and health,
// a trunk ENI attachment. Doubles are written with a fraction so that the JSON values compare
// equal exactly (the encoder writes a double; 0 would parse as an integer).
const std::string instance = R"({
  "containerInstanceArn": "arn:aws:ecs:us-east-1:123456789012:container-instance/production/0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e",
  "ec2InstanceId": "i-0123456789abcdef0", "capacityProviderName": "production-asg", "version": 12,
  "versionInfo": {"agentVersion": "1.85.0", "agentHash": "a2c5b6d1", "dockerVersion": "DockerVersion: 20.10.25"},
  "remainingResources": [
    {"name": "CPU", "type": "INTEGER", "doubleValue": 0.5, "longValue": 0, "integerValue": 1792},
    {"name": "MEMORY", "type": "INTEGER", "doubleValue": 0.5, "longValue": 0, "integerValue": 7168},
    {"name": "PORTS", "type": "STRINGSET", "stringSetValue": ["22", "2375", "2376", "51678", "51679", "80"]},
    {"name": "PORTS_UDP", "type": "STRINGSET", "stringSetValue": []},
    {"name": "GPU", "type": "STRINGSET", "stringSetValue": ["GPU-0d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6"]}],
  "registeredResources": [
    {"name": "CPU", "type": "INTEGER", "integerValue": 2048},
    {"name": "MEMORY", "type": "INTEGER", "integerValue": 7680},
    {"name": "EPHEMERAL", "type": "LONG", "longValue": 32212254720}],
  "status": "ACTIVE", "agentConnected": true, "runningTasksCount": 1, "pendingTasksCount": 0,
  "agentUpdateStatus": "UPDATED",
  "attributes": [{"name": "ecs.os-type", "value": "linux"}, {"name": "ecs.instance-type", "value": "m6i.large"},
                 {"name": "stack", "value": "prod", "targetType": "container-instance", "targetId": "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e"}],
  "registeredAt": 1700600000.25,
  "attachments": [{"id": "f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b", "type": "eni", "status": "ATTACHED",
                   "details": [{"name": "networkInterfaceId", "value": "eni-0fedcba9876543210"}]}],
  "tags": [{"key": "team", "value": "platform"}],
  "healthStatus": {"overallStatus": "OK", "details": [{"type": "CONTAINER_RUNTIME", "status": "OK", "statusReason": "",
                                                       "lastUpdated": 1700600300.5, "lastStatusChange": 1700600010}]}})";

// An external (ECS Anywhere) instance that is draining: a managed instance id, not an EC2 one.
const std::string external_instance = R"({
  "containerInstanceArn": "arn:aws:ecs:us-east-1:123456789012:container-instance/onprem/9f8e7d6c",
  "ec2InstanceId": "mi-0123456789abcdef0", "status": "DRAINING", "statusReason": "draining for maintenance",
  "agentConnected": false, "healthStatus": {"overallStatus": "IMPAIRED", "details": [{"type": "ACCELERATED_COMPUTE", "status": "IMPAIRED"}]}})";

const std::string registration = R"({
  "cluster": "production",
  "instanceIdentityDocument": "{\"instanceId\": \"i-0123456789abcdef0\", \"region\": \"us-east-1\"}",
  "instanceIdentityDocumentSignature": "dGhlIHNpZ25hdHVyZQ==",
  "totalResources": [{"name": "CPU", "type": "INTEGER", "integerValue": 2048}, {"name": "PORTS", "type": "STRINGSET", "stringSetValue": ["22"]}],
  "versionInfo": {"agentVersion": "1.85.0", "agentHash": "a2c5b6d1", "dockerVersion": "DockerVersion: 20.10.25"},
  "containerInstanceArn": "arn:aws:ecs:us-east-1:123456789012:container-instance/production/0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e",
  "attributes": [{"name": "ecs.capability.execution-role-awslogs"}],
  "platformDevices": [{"id": "GPU-0d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6", "type": "GPU"}],
  "tags": [{"key": "team", "value": "platform"}]})";

} // namespace container_instance_tests

using namespace container_instance_tests;

BOOST_AUTO_TEST_CASE(container_instances_round_trip) {
    check_round_trip<ecs::container_instance>(instance);
    check_round_trip<ecs::container_instance>(external_instance);
    auto ci = core::decode<ecs::container_instance>(instance);
    BOOST_TEST_REQUIRE(ci.has_value());
    BOOST_TEST(ci->remaining_resources->at(0).integer_value.value() == 1792);
    BOOST_TEST(ci->remaining_resources->at(2).string_set_value->size() == 6u);
    BOOST_TEST(ci->registered_resources->at(2).long_value.value() == 32212254720);
    BOOST_TEST((ci->agent_update_status == ecs::agent_update_status::updated));
    BOOST_TEST((ci->health_status->overall_status == ecs::instance_health_check_state::ok));
    BOOST_TEST((ci->health_status->details->at(0).type == ecs::instance_health_check_type::container_runtime));
    BOOST_TEST((ci->attributes->at(2).target_type == ecs::target_type::container_instance));
    BOOST_TEST(ci->version_info->agent_version.value() == "1.85.0");
}

BOOST_AUTO_TEST_CASE(container_instances_are_refused_strictly) {
    check_refused<ecs::container_instance>(R"({"ec2InstanceID": "i-0123456789abcdef0"})", core::rules::unknown_member,
                                           "/ec2InstanceID");
    check_refused<ecs::container_instance>(R"({"remainingResources": [{"name": "CPU", "intValue": 1}]})",
                                           core::rules::unknown_member, "/remainingResources/0/intValue");
    check_refused<ecs::container_instance>(R"({"runningTasksCount": "1"})", core::rules::wrong_type, "/runningTasksCount");
    check_refused<ecs::container_instance>(R"({"registeredResources": [{"stringSetValue": "22"}]})",
                                           core::rules::wrong_type, "/registeredResources/0/stringSetValue");
    check_refused<ecs::container_instance>(R"({"healthStatus": {"details": [{"lastUpdated": "yesterday"}]}})",
                                           core::rules::wrong_type, "/healthStatus/details/0/lastUpdated");
}

BOOST_AUTO_TEST_CASE(container_instance_responses_round_trip_and_are_refused_strictly) {
    check_round_trip<ecs::describe_container_instances_response>(
        R"({"containerInstances": [)" + instance + ", " + external_instance +
        R"(], "failures": [{"arn": "arn:aws:ecs:us-east-1:123456789012:container-instance/production/gone", "reason": "MISSING"}]})");
    check_round_trip<ecs::list_container_instances_response>(
        R"({"containerInstanceArns": ["arn:aws:ecs:us-east-1:123456789012:container-instance/production/0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e"], "nextToken": "n"})");
    check_refused<ecs::describe_container_instances_response>(R"({"containerInstances": [{"agentConnected": "yes"}]})",
                                                              core::rules::wrong_type, "/containerInstances/0/agentConnected");
    check_refused<ecs::describe_container_instances_response>(R"({"instances": []})", core::rules::unknown_member, "/instances");
    check_refused<ecs::list_container_instances_response>(R"({"containerInstanceArns": {}})", core::rules::wrong_type,
                                                          "/containerInstanceArns");
    check_refused<ecs::list_container_instances_response>(R"({"containerInstances": []})", core::rules::unknown_member,
                                                          "/containerInstances");
}

BOOST_AUTO_TEST_CASE(registrations_round_trip_and_are_refused_strictly) {
    check_round_trip<ecs::register_container_instance_request>(registration);
    check_round_trip<ecs::register_container_instance_request>("{}");
    auto r = core::decode<ecs::register_container_instance_request>(registration);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST((r->platform_devices->at(0).type == ecs::platform_device_type::gpu));
    check_refused<ecs::register_container_instance_request>(R"({"platformDevices": [{"type": "GPU"}]})",
                                                            core::rules::required, "/platformDevices/0/id");
    check_refused<ecs::register_container_instance_request>(R"({"versionInfo": {"agentVersion": 1.85}})",
                                                            core::rules::wrong_type, "/versionInfo/agentVersion");
    check_refused<ecs::register_container_instance_request>(R"({"cluster": "c", "ec2InstanceId": "i-0123456789abcdef0"})",
                                                            core::rules::unknown_member, "/ec2InstanceId");
}

namespace container_instance_tests {

const std::vector<test_support::corpus_row> container_instance_rows = test_support::corpus_rows(
    {"ContainerInstance", "DescribeContainerInstancesResponse", "RegisterContainerInstanceRequest",
     "ListContainerInstancesResponse"});

} // namespace container_instance_tests

BOOST_AUTO_TEST_CASE(the_corpus_has_container_instance_documents, test_support::needs_corpus()) {
    BOOST_TEST(container_instance_rows.size() >= 1u);
}

BOOST_TEST_DECORATOR(test_support::needs_corpus())
BOOST_DATA_TEST_CASE(corpus_container_instance_documents_agree_with_botocore_and_round_trip,
                     bdata::make(container_instance_rows), row) {
    using test_support::check_corpus_row;
    if (row.shape == "ContainerInstance") check_corpus_row<ecs::container_instance>(row);
    else if (row.shape == "DescribeContainerInstancesResponse") check_corpus_row<ecs::describe_container_instances_response>(row);
    else if (row.shape == "RegisterContainerInstanceRequest") check_corpus_row<ecs::register_container_instance_request>(row);
    else check_corpus_row<ecs::list_container_instances_response>(row);
}

BOOST_AUTO_TEST_SUITE_END()
