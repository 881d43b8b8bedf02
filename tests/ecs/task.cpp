// Tasks: Task (ecs/task.hpp), the RunTask and StartTask requests and the task responses
// (ecs/run_task.hpp), and the task definition list responses (ecs/task_definition_list.hpp).
#include <awsmodel/core/json.hpp>
#include <awsmodel/ecs/run_task.hpp>
#include <awsmodel/ecs/task.hpp>
#include <awsmodel/ecs/task_definition_list.hpp>
#include <awsmodel/testing/boost_test.hpp>
#include "../support/corpus.hpp"
#include "../support/round_trip.hpp"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

using namespace awsmodel;
namespace bdata = boost::unit_test::data;

BOOST_AUTO_TEST_SUITE(task)

namespace task_tests {

using test_support::check_refused;
using test_support::check_round_trip;

// An EC2 task in awsvpc mode with every override and an EBS volume configured at launch.
const std::string run_task_ec2 = R"({
  "cluster": "production", "taskDefinition": "web:12", "count": 2, "launchType": "EC2",
  "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0a1b2c3d4e5f60718"],
                                                   "securityGroups": ["sg-0123456789abcdef0"], "assignPublicIp": "DISABLED"}},
  "overrides": {
    "containerOverrides": [{"name": "web", "command": ["npm", "run", "migrate"], "environment": [{"name": "STAGE", "value": "prod"}],
                            "environmentFiles": [{"value": "arn:aws:s3:::web-config/prod.env", "type": "s3"}],
                            "cpu": 256, "memory": 512, "memoryReservation": 256,
                            "resourceRequirements": [{"value": "1", "type": "GPU"}]}],
    "cpu": "1024", "memory": "2048", "inferenceAcceleratorOverrides": [],
    "taskRoleArn": "arn:aws:iam::123456789012:role/webTask",
    "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole"},
  "placementConstraints": [{"type": "memberOf", "expression": "attribute:ecs.availability-zone in [us-east-1a, us-east-1b]"}],
  "placementStrategy": [{"type": "spread", "field": "attribute:ecs.availability-zone"}, {"type": "binpack", "field": "memory"}],
  "propagateTags": "TASK_DEFINITION", "enableECSManagedTags": true, "enableExecuteCommand": false,
  "group": "migrations", "referenceId": "deploy-42", "startedBy": "ci-pipeline",
  "tags": [{"key": "team", "value": "web"}], "clientToken": "5f6c1f5e-2d4b-4a3e-9d61-0d7e0c7a1b2c",
  "volumeConfigurations": [{"name": "data", "managedEBSVolume": {
    "encrypted": true, "kmsKeyId": "alias/ebs-tasks", "volumeType": "gp3", "sizeInGiB": 100,
    "snapshotId": "snap-0123456789abcdef0", "volumeInitializationRate": 200, "iops": 3000, "throughput": 125,
    "tagSpecifications": [{"resourceType": "volume", "tags": [{"key": "team", "value": "web"}], "propagateTags": "TASK_DEFINITION"}],
    "roleArn": "arn:aws:iam::123456789012:role/ecsInfrastructureRole", "terminationPolicy": {"deleteOnTermination": true},
    "filesystemType": "xfs"}}]})";

// Fargate Spot through a capacity provider strategy, with more ephemeral storage.
const std::string run_task_fargate = R"({
  "cluster": "arn:aws:ecs:us-east-1:123456789012:cluster/batch",
  "taskDefinition": "arn:aws:ecs:us-east-1:123456789012:task-definition/report:3",
  "capacityProviderStrategy": [{"capacityProvider": "FARGATE_SPOT", "weight": 3}, {"capacityProvider": "FARGATE", "weight": 1, "base": 1}],
  "platformVersion": "LATEST",
  "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"], "assignPublicIp": "ENABLED"}},
  "overrides": {"ephemeralStorage": {"sizeInGiB": 50}, "cpu": "1 vCPU", "memory": "4 GB"}})";

const std::string start_task = R"({
  "cluster": "default", "taskDefinition": "sleep360:1",
  "containerInstances": ["arn:aws:ecs:us-east-1:123456789012:container-instance/default/4c543eed"],
  "overrides": {"containerOverrides": [{"name": "sleep", "command": ["sleep", "60"]}]},
  "enableECSManagedTags": true, "propagateTags": "TASK_DEFINITION", "enableExecuteCommand": true, "group": "ops",
  "referenceId": "r-1", "startedBy": "operator", "tags": [{"key": "purpose", "value": "debug"}],
  "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0a1b2c3d4e5f60718"]}},
  "volumeConfigurations": [{"name": "scratch", "managedEBSVolume": {"sizeInGiB": 20, "roleArn": "arn:aws:iam::123456789012:role/ecsInfrastructureRole"}}]})";

// A running Fargate task with an ENI, a healthy container and the ECS Exec agent.
const std::string running_task = R"({
  "attachments": [{"id": "d9e7735a-16aa-4128-bc7a-b2d5115029e9", "type": "ElasticNetworkInterface", "status": "ATTACHED",
                   "details": [{"name": "subnetId", "value": "subnet-0a1b2c3d4e5f60718"}, {"name": "networkInterfaceId", "value": "eni-0123456789abcdef0"},
                               {"name": "privateIPv4Address", "value": "10.0.1.23"}]}],
  "attributes": [{"name": "ecs.cpu-architecture", "value": "x86_64"}],
  "availabilityZone": "us-east-1a", "capacityProviderName": "FARGATE",
  "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/production", "connectivity": "CONNECTED", "connectivityAt": 1700603980.126,
  "containers": [{
    "containerArn": "arn:aws:ecs:us-east-1:123456789012:container/production/1234567890abcdef/5a4e1d6f-0b7c-4d2e-8f9a-1b2c3d4e5f60",
    "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/production/1234567890abcdef",
    "name": "web", "image": "public.ecr.aws/nginx/nginx:1.25",
    "imageDigest": "sha256:4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac",
    "runtimeId": "1234567890abcdef-2532456789", "lastStatus": "RUNNING",
    "networkBindings": [{"bindIP": "0.0.0.0", "containerPort": 80, "hostPort": 80, "protocol": "tcp"},
                        {"bindIP": "::", "containerPortRange": "8000-8010", "hostPortRange": "8000-8010", "protocol": "udp"}],
    "networkInterfaces": [{"attachmentId": "d9e7735a-16aa-4128-bc7a-b2d5115029e9", "privateIpv4Address": "10.0.1.23",
                           "ipv6Address": "2600:1f18:4d2:1a00::17"}],
    "healthStatus": "HEALTHY",
    "managedAgents": [{"lastStartedAt": 1700603990.5, "name": "ExecuteCommandAgent", "lastStatus": "RUNNING"}],
    "cpu": "256", "memory": "512", "memoryReservation": "256", "gpuIds": []}],
  "cpu": "512", "createdAt": 1700603974.403, "desiredStatus": "RUNNING", "enableExecuteCommand": true,
  "group": "service:web", "healthStatus": "HEALTHY", "lastStatus": "RUNNING", "launchType": "FARGATE", "memory": "1024",
  "overrides": {"containerOverrides": [{"name": "web"}], "inferenceAcceleratorOverrides": []},
  "platformVersion": "1.4.0", "platformFamily": "Linux",
  "pullStartedAt": 1700603985.002, "pullStoppedAt": 1700603988.77, "startedAt": 1700603992.1,
  "startedBy": "ecs-svc/1234567890123456789", "tags": [{"key": "team", "value": "web"}],
  "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/production/1234567890abcdef",
  "taskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/web:12", "version": 4,
  "ephemeralStorage": {"sizeInGiB": 20}, "fargateEphemeralStorage": {"sizeInGiB": 20, "kmsKeyId": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"}})";

// An EC2 task that stopped because its essential container exited.
const std::string stopped_task = R"({
  "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/default",
  "containerInstanceArn": "arn:aws:ecs:us-east-1:123456789012:container-instance/default/4c543eed",
  "containers": [{"name": "sleep", "lastStatus": "STOPPED", "exitCode": 137, "reason": "OutOfMemoryError: Container killed due to memory usage",
                  "healthStatus": "UNKNOWN", "networkInterfaces": []}],
  "desiredStatus": "STOPPED", "lastStatus": "STOPPED", "launchType": "EC2", "connectivity": "DISCONNECTED",
  "inferenceAccelerators": [{"deviceName": "device1", "deviceType": "eia2.medium"}],
  "stopCode": "EssentialContainerExited", "stoppedReason": "Essential container in task exited",
  "stoppingAt": 1700604100.25, "stoppedAt": 1700604110, "executionStoppedAt": 1700604105.5,
  "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/default/0123456789abcdef0123456789abcdef", "version": 7})";

} // namespace task_tests

using namespace task_tests;

BOOST_AUTO_TEST_CASE(run_task_requests_round_trip) {
    check_round_trip<ecs::run_task_request>(run_task_ec2);
    check_round_trip<ecs::run_task_request>(run_task_fargate);
    auto r = core::decode<ecs::run_task_request>(run_task_ec2);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->task_definition == "web:12");
    BOOST_TEST((r->launch_type == ecs::launch_type::ec2));
    BOOST_TEST((r->propagate_tags == ecs::propagate_tags::task_definition));
    const auto& ebs = *r->volume_configurations->at(0).managed_ebs_volume;
    BOOST_TEST(ebs.size_in_gib->count() == 100);
    BOOST_TEST(ebs.snapshot_id->str() == "snap-0123456789abcdef0");
    BOOST_TEST((ebs.filesystem_type == ecs::task_filesystem_type::xfs));
    BOOST_TEST(ebs.termination_policy->delete_on_termination);
    BOOST_TEST(r->overrides->container_overrides->at(0).memory->count() == 512);
    BOOST_TEST(r->enable_ecs_managed_tags.value());
}

BOOST_AUTO_TEST_CASE(run_task_requests_are_refused_strictly) {
    check_refused<ecs::run_task_request>(R"({"taskDefinition": "web", "taskDefinitionArn": "web"})",
                                         core::rules::unknown_member, "/taskDefinitionArn");
    check_refused<ecs::run_task_request>(R"({"taskDefinition": "web", "overrides": {"containerOverrides": [{"name": "web", "image": "nginx"}]}})",
                                         core::rules::unknown_member, "/overrides/containerOverrides/0/image");
    check_refused<ecs::run_task_request>(R"({"taskDefinition": "web", "count": "2"})", core::rules::wrong_type, "/count");
    check_refused<ecs::run_task_request>(R"({"taskDefinition": "web", "overrides": {"containerOverrides": [{"cpu": "256"}]}})",
                                         core::rules::wrong_type, "/overrides/containerOverrides/0/cpu");
    check_refused<ecs::run_task_request>(
        R"({"taskDefinition": "web", "volumeConfigurations": [{"name": "v", "managedEBSVolume": {"sizeInGiB": 10}}]})",
        core::rules::required, "/volumeConfigurations/0/managedEBSVolume/roleArn");
    check_refused<ecs::run_task_request>(R"({"cluster": "default"})", core::rules::required, "/taskDefinition");
    // The wire name of enableECSManagedTags is not the camel case of its member.
    check_refused<ecs::run_task_request>(R"({"taskDefinition": "web", "enableEcsManagedTags": true})",
                                         core::rules::unknown_member, "/enableEcsManagedTags");
}

BOOST_AUTO_TEST_CASE(start_task_requests_round_trip_and_are_refused_strictly) {
    check_round_trip<ecs::start_task_request>(start_task);
    check_refused<ecs::start_task_request>(R"({"taskDefinition": "web"})", core::rules::required, "/containerInstances");
    check_refused<ecs::start_task_request>(R"({"taskDefinition": "web", "containerInstances": ["ci"], "launchType": "EC2"})",
                                           core::rules::unknown_member, "/launchType");
    check_refused<ecs::start_task_request>(R"({"taskDefinition": "web", "containerInstances": "ci"})",
                                           core::rules::wrong_type, "/containerInstances");
}

BOOST_AUTO_TEST_CASE(tasks_round_trip) {
    check_round_trip<ecs::task>(running_task);
    check_round_trip<ecs::task>(stopped_task);
    auto t = core::decode<ecs::task>(running_task);
    BOOST_TEST_REQUIRE(t.has_value());
    BOOST_TEST((t->connectivity == ecs::connectivity::connected));
    BOOST_TEST((t->health_status == ecs::health_status::healthy));
    const auto& c = t->containers->at(0);
    BOOST_TEST(c.network_bindings->at(0).host_port->number() == 80);
    BOOST_TEST((c.network_bindings->at(1).protocol == ecs::transport_protocol::udp));
    BOOST_TEST((c.managed_agents->at(0).name == ecs::managed_agent_name::execute_command_agent));
    BOOST_TEST(t->cpu->str() == "512");
    BOOST_TEST(t->fargate_ephemeral_storage->size_in_gib->count() == 20);
    auto s = core::decode<ecs::task>(stopped_task);
    BOOST_TEST_REQUIRE(s.has_value());
    BOOST_TEST((s->stop_code == ecs::task_stop_code::essential_container_exited));
    BOOST_TEST(s->containers->at(0).exit_code.value() == 137);
}

BOOST_AUTO_TEST_CASE(tasks_are_refused_strictly) {
    check_refused<ecs::task>(R"({"containers": [{"name": "web", "exitcode": 1}]})", core::rules::unknown_member,
                             "/containers/0/exitcode");
    check_refused<ecs::task>(R"({"version": "4"})", core::rules::wrong_type, "/version");
    check_refused<ecs::task>(R"({"containers": [{"networkBindings": [{"hostPort": "80"}]}]})", core::rules::wrong_type,
                             "/containers/0/networkBindings/0/hostPort");
    // The wire name is bindIP.
    check_refused<ecs::task>(R"({"containers": [{"networkBindings": [{"bindIp": "0.0.0.0"}]}]})",
                             core::rules::unknown_member, "/containers/0/networkBindings/0/bindIp");
    check_refused<ecs::task>(R"({"createdAt": true})", core::rules::wrong_type, "/createdAt");
}

BOOST_AUTO_TEST_CASE(a_stop_code_from_a_newer_api_is_kept) {
    check_round_trip<ecs::task>(R"({"stopCode": "CapacityRebalance", "launchType": "FARGATE_FUTURE"})");
    auto t = core::decode<ecs::task>(R"({"stopCode": "CapacityRebalance"})");
    BOOST_TEST_REQUIRE(t.has_value());
    BOOST_TEST(!t->stop_code->is_known());
}

BOOST_AUTO_TEST_CASE(task_responses_round_trip_and_are_refused_strictly) {
    const std::string tasks = "[" + running_task + ", " + stopped_task + "]";
    const std::string failures = R"([{"arn": "arn:aws:ecs:us-east-1:123456789012:container-instance/default/4c543eed", "reason": "RESOURCE:MEMORY"}])";
    check_round_trip<ecs::run_task_response>(R"({"tasks": )" + tasks + R"(, "failures": )" + failures + "}");
    check_round_trip<ecs::describe_tasks_response>(R"({"tasks": )" + tasks + R"(, "failures": [{"arn": "arn:aws:ecs:us-east-1:123456789012:task/default/gone", "reason": "MISSING", "detail": "no such task"}]})");
    check_round_trip<ecs::stop_task_response>(R"({"task": )" + stopped_task + "}");
    check_round_trip<ecs::list_tasks_response>(
        R"({"taskArns": ["arn:aws:ecs:us-east-1:123456789012:task/default/0123456789abcdef0123456789abcdef"], "nextToken": "eyJ2IjoxfQ=="})");

    check_refused<ecs::run_task_response>(R"({"tasks": [], "failure": []})", core::rules::unknown_member, "/failure");
    check_refused<ecs::run_task_response>(R"({"tasks": {}})", core::rules::wrong_type, "/tasks");
    check_refused<ecs::describe_tasks_response>(R"({"tasks": [{"taskArn": 1}]})", core::rules::wrong_type, "/tasks/0/taskArn");
    check_refused<ecs::describe_tasks_response>(R"({"tasks": [{"taskArns": []}]})", core::rules::unknown_member, "/tasks/0/taskArns");
    check_refused<ecs::stop_task_response>(R"({"tasks": []})", core::rules::unknown_member, "/tasks");
    check_refused<ecs::stop_task_response>(R"({"task": {"overrides": {"cpu": 256}}})", core::rules::wrong_type, "/task/overrides/cpu");
    check_refused<ecs::list_tasks_response>(R"({"taskArns": [], "next_token": "x"})", core::rules::unknown_member, "/next_token");
    check_refused<ecs::list_tasks_response>(R"({"taskArns": [7]})", core::rules::wrong_type, "/taskArns/0");
}

BOOST_AUTO_TEST_CASE(task_definition_lists_round_trip_and_are_refused_strictly) {
    check_round_trip<ecs::list_task_definitions_response>(
        R"({"taskDefinitionArns": ["arn:aws:ecs:us-east-1:123456789012:task-definition/web:11", "arn:aws:ecs:us-east-1:123456789012:task-definition/web:12"], "nextToken": "token-2"})");
    check_round_trip<ecs::list_task_definition_families_response>(R"({"families": ["web", "report", "sleep360"], "nextToken": "t"})");
    check_refused<ecs::list_task_definitions_response>(R"({"taskDefinitions": []})", core::rules::unknown_member, "/taskDefinitions");
    check_refused<ecs::list_task_definitions_response>(R"({"taskDefinitionArns": "arn"})", core::rules::wrong_type, "/taskDefinitionArns");
    check_refused<ecs::list_task_definition_families_response>(R"({"family": []})", core::rules::unknown_member, "/family");
    check_refused<ecs::list_task_definition_families_response>(R"({"families": ["web", null]})", core::rules::wrong_type, "/families/1");
}

namespace task_tests {

const std::vector<test_support::corpus_row> task_rows = test_support::corpus_rows(
    {"RunTaskRequest", "RunTaskResponse", "StartTaskRequest", "Task", "DescribeTasksResponse", "StopTaskResponse",
     "ListTasksResponse", "ListTaskDefinitionsResponse", "ListTaskDefinitionFamiliesResponse"});

} // namespace task_tests

BOOST_AUTO_TEST_CASE(the_corpus_has_task_documents, test_support::needs_corpus()) {
    BOOST_TEST(task_rows.size() >= 12u);
}

BOOST_TEST_DECORATOR(test_support::needs_corpus())
BOOST_DATA_TEST_CASE(corpus_task_documents_agree_with_botocore_and_round_trip, bdata::make(task_rows), row) {
    using test_support::check_corpus_row;
    if (row.shape == "RunTaskRequest") check_corpus_row<ecs::run_task_request>(row);
    else if (row.shape == "RunTaskResponse") check_corpus_row<ecs::run_task_response>(row);
    else if (row.shape == "StartTaskRequest") check_corpus_row<ecs::start_task_request>(row);
    else if (row.shape == "Task") check_corpus_row<ecs::task>(row);
    else if (row.shape == "DescribeTasksResponse") check_corpus_row<ecs::describe_tasks_response>(row);
    else if (row.shape == "StopTaskResponse") check_corpus_row<ecs::stop_task_response>(row);
    else if (row.shape == "ListTasksResponse") check_corpus_row<ecs::list_tasks_response>(row);
    else if (row.shape == "ListTaskDefinitionsResponse") check_corpus_row<ecs::list_task_definitions_response>(row);
    else check_corpus_row<ecs::list_task_definition_families_response>(row);
}

BOOST_AUTO_TEST_SUITE_END()
