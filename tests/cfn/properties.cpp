// CloudFormation Properties checked by the API documents' rules: literals as in the API, with
// the same rule ids at CloudFormation's pointers; members holding intrinsic functions skip
// every check that needs their value, "required" and cross-member rules included.
#include <awsmodel/cfn/resources.hpp>
#include <awsmodel/core/json.hpp>
#include <awsmodel/ecs/task_definition.hpp>

#include <boost/json/parse.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <string>

using namespace awsmodel;

namespace {

core::diagnostics check(std::string_view type, std::string_view properties) {
    auto r = cfn::validate_properties(type, boost::json::parse(properties));
    BOOST_REQUIRE(r.has_value());
    return *r;
}

bool has(const core::diagnostics& ds, std::string_view rule, std::string_view pointer) {
    return std::any_of(ds.begin(), ds.end(), [&](const core::diagnostic& d) { return d.rule == rule && d.pointer == pointer; });
}

std::string listed(const core::diagnostics& ds) {
    std::string s;
    for (const auto& d : ds) s += d.pointer + " " + std::string(d.rule) + "; ";
    return s;
}

// A Fargate task whose literals break ECS-TD-013 (memory for 256 CPU units) and ECS-TD-014
// (network mode), and a container without an image (ECS-TD-062).
constexpr std::string_view fargate_literals = R"({
  "Family": "web", "RequiresCompatibilities": ["FARGATE"], "NetworkMode": "bridge",
  "Cpu": "256", "Memory": "4096",
  "ContainerDefinitions": [{"Name": "web", "PortMappings": [{"ContainerPort": 80}]}]
})";

} // namespace

BOOST_AUTO_TEST_SUITE(cfn_properties)

BOOST_AUTO_TEST_CASE(only_modelled_types_are_checked) {
    BOOST_TEST(cfn::is_supported("AWS::ECS::TaskDefinition"));
    BOOST_TEST(cfn::is_supported("AWS::EC2::LaunchTemplate"));
    BOOST_TEST(!cfn::is_supported("AWS::S3::Bucket"));
    BOOST_TEST(!cfn::validate_properties("AWS::S3::Bucket", boost::json::object()).has_value());
}

BOOST_AUTO_TEST_CASE(literals_get_the_api_documents_rule_ids_at_cloudformation_pointers) {
    auto ds = check("AWS::ECS::TaskDefinition", fargate_literals);
    BOOST_TEST(has(ds, "ECS-TD-013", "/Memory"), listed(ds));
    BOOST_TEST(has(ds, "ECS-TD-014", "/NetworkMode"), listed(ds));
    BOOST_TEST(has(ds, "ECS-TD-062", "/ContainerDefinitions/0/Image"), listed(ds));
    // the same document as the API takes it reports the same ids
    auto api = core::decode<ecs::register_task_definition_request>(std::string_view(R"({
      "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "bridge", "cpu": "256", "memory": "4096",
      "containerDefinitions": [{"name": "web", "portMappings": [{"containerPort": 80}]}]})"));
    BOOST_REQUIRE(api.has_value());
    auto api_ds = core::validate(*api);
    BOOST_TEST(api_ds.size() == ds.size(), listed(api_ds) << " vs " << listed(ds));
    BOOST_TEST(has(api_ds, "ECS-TD-013", "/memory"));
}

BOOST_AUTO_TEST_CASE(a_function_skips_the_checks_of_its_member) {
    // Ref instead of the literal that broke each rule: nothing is left of them
    auto ds = check("AWS::ECS::TaskDefinition", R"({
      "Family": {"Ref": "Family"}, "RequiresCompatibilities": ["FARGATE"], "NetworkMode": {"Ref": "Mode"},
      "Cpu": "256", "Memory": {"Fn::FindInMap": ["Sizes", "small", "memory"]},
      "ContainerDefinitions": [{"Name": "web", "Image": {"Fn::Sub": "${Repo}:latest"}, "PortMappings": [{"ContainerPort": 80}]}]
    })");
    BOOST_TEST(ds.empty(), listed(ds));
}

BOOST_AUTO_TEST_CASE(a_required_member_holding_a_function_is_present) {
    // ContainerDefinitions is required; a function stands for the whole list
    auto ds = check("AWS::ECS::TaskDefinition", R"({"Family": "web", "ContainerDefinitions": {"Fn::If": ["C", [], []]}})");
    BOOST_TEST(ds.empty(), listed(ds));
    auto name = check("AWS::ECS::TaskDefinition",
                      R"({"Family": "web", "ContainerDefinitions": [{"Name": {"Ref": "N"}, "Image": "nginx", "Memory": 512}]})");
    BOOST_TEST(name.empty(), listed(name));
}

BOOST_AUTO_TEST_CASE(cross_member_rules_skip_when_an_input_is_a_function) {
    // ECS-TD-013 reads cpu and memory: with cpu unresolved, 4096 MiB may be right
    auto cpu = check("AWS::ECS::TaskDefinition", R"({"Family": "web", "RequiresCompatibilities": ["FARGATE"],
      "NetworkMode": "awsvpc", "Cpu": {"Ref": "Cpu"}, "Memory": "4096",
      "ContainerDefinitions": [{"Name": "web", "Image": "nginx"}]})");
    BOOST_TEST(!has(cpu, "ECS-TD-013", "/Memory"), listed(cpu));
    // ECS-TD-014 reads the compatibilities: unresolved, bridge may be right (an EC2 task)
    auto compat = check("AWS::ECS::TaskDefinition", R"({"Family": "web", "RequiresCompatibilities": {"Ref": "Compat"},
      "NetworkMode": "bridge", "ContainerDefinitions": [{"Name": "web", "Image": "nginx", "Memory": 512}]})");
    BOOST_TEST(!has(compat, "ECS-TD-014", "/NetworkMode"), listed(compat));
    // ECS-TD-050 (memory somewhere) reads the task's memory: unresolved, the container may need none
    auto memory = check("AWS::ECS::TaskDefinition", R"({"Family": "web", "Memory": {"Ref": "M"},
      "ContainerDefinitions": [{"Name": "web", "Image": "nginx"}]})");
    BOOST_TEST(memory.empty(), listed(memory));
}

BOOST_AUTO_TEST_CASE(literals_beside_functions_are_still_checked) {
    auto ds = check("AWS::ECS::TaskDefinition", R"({"Family": {"Ref": "F"}, "NetworkMode": "bridged",
      "ContainerDefinitions": [{"Name": "web", "Memory": 512}]})");
    BOOST_TEST(has(ds, "ECS-TD-007", "/NetworkMode"), listed(ds));
    BOOST_TEST(has(ds, "ECS-TD-062", "/ContainerDefinitions/0/Image"), listed(ds));
}

BOOST_AUTO_TEST_CASE(no_value_is_an_absent_member) {
    auto ds = check("AWS::ECS::TaskDefinition", R"({"Family": "web", "TaskRoleArn": {"Ref": "AWS::NoValue"},
      "ContainerDefinitions": [{"Name": "web", "Image": "nginx", "Memory": {"Ref": "AWS::NoValue"}}]})");
    // the container has no memory after all, and the task none either
    BOOST_TEST(has(ds, "ECS-TD-050", "/ContainerDefinitions/0/Memory"), listed(ds));
}

BOOST_AUTO_TEST_CASE(names_cloudformation_does_not_have_are_findings) {
    auto ds = check("AWS::ECS::TaskDefinition", R"({"Family": "web", "family": "web", "TaskDefinitionArn": "x",
      "ContainerDefinitions": [{"Name": "web", "Image": "nginx", "Memory": 512, "Imagee": "x"}]})");
    BOOST_TEST(has(ds, "COMMON-001", "/family"), listed(ds));
    BOOST_TEST(has(ds, "COMMON-001", "/ContainerDefinitions/0/Imagee"), listed(ds));
    // a read-only attribute is CloudFormation's: not a finding
    BOOST_TEST(!has(ds, "COMMON-001", "/TaskDefinitionArn"), listed(ds));
    auto volume = check("AWS::EC2::Volume", R"({"AvailabilityZone": "us-east-1a", "Size": 8, "DryRun": true,
      "TagSpecifications": []})");
    BOOST_TEST(has(volume, "COMMON-001", "/DryRun"), listed(volume));
    BOOST_TEST(has(volume, "COMMON-001", "/TagSpecifications"), listed(volume));
}

BOOST_AUTO_TEST_CASE(cloudformation_requires_what_its_schema_requires) {
    auto ds = check("AWS::ECS::TaskDefinition", R"({"Family": "web", "PlacementConstraints": [{"Expression": "x"}],
      "ContainerDefinitions": [{"Name": "web", "Image": "nginx", "Memory": 512}]})");
    BOOST_TEST(has(ds, "AWSMODEL-REQUIRED", "/PlacementConstraints/0/Type"), listed(ds));
    // said once where a rule of the API says it too (ECS-TD-060, ECS-TD-062)
    auto name = check("AWS::ECS::TaskDefinition", R"({"Family": "web", "ContainerDefinitions": [{"Image": "nginx", "Memory": 512}]})");
    BOOST_TEST(!has(name, "AWSMODEL-REQUIRED", "/ContainerDefinitions/0/Name"), listed(name));
    BOOST_TEST(has(name, "ECS-TD-060", "/ContainerDefinitions/0/Name"), listed(name));
    auto image = check("AWS::ECS::TaskDefinition", R"({"Family": "web", "ContainerDefinitions": [{"Name": "web", "Memory": 512}]})");
    BOOST_TEST(!has(image, "AWSMODEL-REQUIRED", "/ContainerDefinitions/0/Image"), listed(image));
    BOOST_TEST(has(image, "ECS-TD-062", "/ContainerDefinitions/0/Image"), listed(image));
}

BOOST_AUTO_TEST_CASE(cloudformation_strings_for_numbers_and_booleans) {
    auto ds = check("AWS::ECS::TaskDefinition", R"({"Family": "web",
      "ContainerDefinitions": [{"Name": "web", "Image": "nginx", "Memory": "512", "Essential": "true",
                                "PortMappings": [{"ContainerPort": "80"}]}]})");
    BOOST_TEST(ds.empty(), listed(ds));
}

BOOST_AUTO_TEST_CASE(cloudformation_text_for_numbers_and_booleans_in_strings) {
    // Cpu: 512 and a boolean log option are the strings "512" and "true" to CloudFormation
    auto ds = check("AWS::ECS::TaskDefinition", R"({"Family": "web", "RequiresCompatibilities": ["FARGATE"],
      "NetworkMode": "awsvpc", "Cpu": 512, "Memory": 1024,
      "ExecutionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
      "ContainerDefinitions": [{"Name": "web", "Image": "nginx", "LogConfiguration": {"LogDriver": "awslogs",
        "Options": {"awslogs-group": "g", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "web",
                    "awslogs-create-group": true}}}]})");
    BOOST_TEST(ds.empty(), listed(ds));
    // and the rules read the converted value: 256 CPU units with 4 GiB is no Fargate size
    auto size = check("AWS::ECS::TaskDefinition", R"({"Family": "web", "RequiresCompatibilities": ["FARGATE"],
      "NetworkMode": "awsvpc", "Cpu": 256, "Memory": 4096, "ContainerDefinitions": [{"Name": "web", "Image": "nginx"}]})");
    BOOST_TEST(has(size, "ECS-TD-013", "/Memory"), listed(size));
    // a list where a string is taken is still wrong
    auto list = check("AWS::ECS::TaskDefinition", R"({"Family": "web", "Cpu": [256],
      "ContainerDefinitions": [{"Name": "web", "Image": "nginx", "Memory": 512}]})");
    BOOST_TEST(has(list, "COMMON-002", "/Cpu"), listed(list));
}

BOOST_AUTO_TEST_CASE(a_dynamic_reference_is_resolved_at_deploy_and_not_checked) {
    auto resolved = check("AWS::EC2::Instance", R"({"ImageId": "{{resolve:ssm:/golden-images/amazon-linux-2}}"})");
    BOOST_TEST(resolved.empty(), listed(resolved));
    auto literal = check("AWS::EC2::Instance", R"({"ImageId": "resolve:ssm:/golden-images/amazon-linux-2}}"})");
    BOOST_TEST(has(literal, "EC2-RI-003", "/ImageId"), listed(literal));
}

BOOST_AUTO_TEST_CASE(names_cloudformation_fills_in_may_be_left_out) {
    auto td = check("AWS::ECS::TaskDefinition", R"({"ContainerDefinitions": [{"Name": "web", "Image": "nginx", "Memory": 512}]})");
    BOOST_TEST(td.empty(), listed(td));
    auto service = check("AWS::ECS::Service", R"({"TaskDefinition": {"Ref": "Task"}, "DesiredCount": 1})");
    BOOST_TEST(service.empty(), listed(service));
    // what CloudFormation does not fill in stays required: the containers, a family's form
    auto bare = check("AWS::ECS::TaskDefinition", R"({"Cpu": "256"})");
    BOOST_TEST(has(bare, "AWSMODEL-REQUIRED", "/ContainerDefinitions"), listed(bare));
    auto family = check("AWS::ECS::TaskDefinition", R"({"Family": "a b", "ContainerDefinitions": [{"Name": "web", "Image": "nginx", "Memory": 512}]})");
    BOOST_TEST(!family.empty(), listed(family));
    // a launch template may leave the image to the call that launches from it
    auto lt = check("AWS::EC2::LaunchTemplate", R"({"LaunchTemplateData": {"InstanceType": "t3.micro"}})");
    BOOST_TEST(lt.empty(), listed(lt));
    // a conversion has no name to give: the API document needs its family
    auto api = cfn::to_api<cfn::ecs_task_definition>(boost::json::parse(R"({"ContainerDefinitions": [{"Name": "web", "Image": "nginx"}]})"));
    BOOST_TEST(!api.value.has_value());
}

BOOST_AUTO_TEST_CASE(an_instance_is_reshaped_and_reported_where_it_was_written) {
    auto ds = check("AWS::EC2::Instance", R"({"ImageId": "ami-1", "InstanceType": "t3.micro", "Tenancy": "shared",
      "AvailabilityZone": {"Ref": "Zone"}, "Monitoring": true, "Tags": [{"Key": "team"}],
      "NetworkInterfaces": [{"DeviceIndex": "0", "GroupSet": [{"Ref": "Group"}], "SubnetId": "subnet-0123456789abcdef0"}]})");
    BOOST_TEST(has(ds, "EC2-RI-003", "/ImageId"), listed(ds));
    BOOST_TEST(has(ds, "AWSMODEL-REQUIRED", "/Tags/0/Value"), listed(ds));
    // MinCount and MaxCount are the API's: 1 each, never reported
    BOOST_TEST(std::none_of(ds.begin(), ds.end(), [](const core::diagnostic& d) { return d.pointer.find("Count") != std::string::npos; }),
               listed(ds));
    // a boolean in CloudFormation, a structure in the API: the finding names CloudFormation's
    auto monitoring = check("AWS::EC2::Instance", R"({"ImageId": "ami-0123456789abcdef0", "Monitoring": "yes"})");
    BOOST_TEST(has(monitoring, "COMMON-002", "/Monitoring"), listed(monitoring));
    auto counts = check("AWS::EC2::Instance", R"({"ImageId": "ami-0123456789abcdef0", "MinCount": 2})");
    BOOST_TEST(has(counts, "COMMON-001", "/MinCount"), listed(counts));
    auto placement = check("AWS::EC2::Instance", R"({"ImageId": "ami-0123456789abcdef0", "Tenancy": "everywhere"})");
    BOOST_TEST(placement.size() == 1u, listed(placement));
    BOOST_TEST(placement.front().pointer == "/Tenancy");
}

BOOST_AUTO_TEST_CASE(a_launch_templates_data_is_checked_as_run_instances) {
    auto ds = check("AWS::EC2::LaunchTemplate", R"({"LaunchTemplateName": "ecs", "LaunchTemplateData": {
      "ImageId": "ami-1", "RamDiskId": "x", "SubnetId": "subnet-0123456789abcdef0", "InstanceType": {"Ref": "Type"}}})");
    BOOST_TEST(has(ds, "EC2-RI-003", "/LaunchTemplateData/ImageId"), listed(ds));
    BOOST_TEST(has(ds, "COMMON-003", "/LaunchTemplateData/RamDiskId"), listed(ds));
    BOOST_TEST(has(ds, "COMMON-001", "/LaunchTemplateData/SubnetId"), listed(ds));
    BOOST_TEST(ds.size() == 3u, listed(ds));
}

BOOST_AUTO_TEST_CASE(a_key_pair_is_created_or_imported) {
    auto created = check("AWS::EC2::KeyPair", R"({"KeyName": "deploy", "KeyType": "dsa"})");
    BOOST_TEST(created.size() == 1u, listed(created));
    BOOST_TEST(created.front().pointer == "/KeyType");
    auto imported = check("AWS::EC2::KeyPair", R"({"KeyName": "deploy", "PublicKeyMaterial": "not a key"})");
    BOOST_TEST(std::any_of(imported.begin(), imported.end(), [](const core::diagnostic& d) { return d.pointer == "/PublicKeyMaterial"; }),
               listed(imported));
    auto unresolved = check("AWS::EC2::KeyPair", R"({"KeyName": "deploy", "PublicKeyMaterial": {"Ref": "Key"}})");
    BOOST_TEST(unresolved.empty(), listed(unresolved));
}

BOOST_AUTO_TEST_CASE(a_service_and_a_cluster) {
    auto service = check("AWS::ECS::Service", R"({"ServiceName": "web", "TaskDefinition": {"Ref": "Task"},
      "DesiredCount": -1, "LaunchType": "FARGATE",
      "NetworkConfiguration": {"AwsvpcConfiguration": {"Subnets": {"Ref": "Subnets"}}}})");
    BOOST_TEST(std::any_of(service.begin(), service.end(), [](const core::diagnostic& d) { return d.pointer == "/DesiredCount"; }),
               listed(service));
    BOOST_TEST(std::all_of(service.begin(), service.end(), [](const core::diagnostic& d) {
                   return d.pointer.find("NetworkConfiguration") == std::string::npos && d.pointer != "/TaskDefinition";
               }),
               listed(service));
    auto cluster = check("AWS::ECS::Cluster", R"({"ClusterName": "a b", "ClusterSettings": [{"Name": "containerInsights", "Value": "enabled"}]})");
    BOOST_TEST(has(cluster, "ECS-CL-001", "/ClusterName"), listed(cluster));
    BOOST_TEST(cluster.size() == 1u, listed(cluster));
}

BOOST_AUTO_TEST_CASE(bad_properties_are_findings_not_crashes) {
    auto not_object = check("AWS::ECS::Cluster", "[1, 2]");
    BOOST_TEST(has(not_object, "COMMON-002", ""), listed(not_object));
    auto wrong = check("AWS::ECS::TaskDefinition", R"({"Family": 7, "ContainerDefinitions": {"Name": "x"}})");
    BOOST_TEST(!wrong.empty());
    auto two = check("AWS::ECS::TaskDefinition", R"({"Family": {"Ref": "A", "Fn::Sub": "b"}, "ContainerDefinitions": []})");
    BOOST_TEST(!two.empty());
}

BOOST_AUTO_TEST_SUITE_END()
