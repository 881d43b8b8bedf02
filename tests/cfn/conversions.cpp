// The conversions between Properties and API documents, both ways, with what does not carry
// over returned as notes; core::encode_cloudformation of documents and of builders' results.
#include <awsmodel/cfn/encode_cloudformation.hpp>
#include <awsmodel/cfn/resources.hpp>
#include <awsmodel/core/json.hpp>
#include <awsmodel/ec2/ebs_volume.hpp>
#include <awsmodel/ec2/key_pair.hpp>
#include <awsmodel/ec2/run_instances.hpp>
#include <awsmodel/ecs/task_definition_builder.hpp>

#include <boost/json/parse.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <string>

using namespace awsmodel;

namespace {

template <class T>
T api(std::string_view json) {
    auto r = core::decode<T>(json);
    BOOST_REQUIRE_MESSAGE(r.has_value(), "the test's API document decodes");
    return *r;
}

bool noted(const std::vector<cfn::note>& notes, std::string_view pointer) {
    return std::any_of(notes.begin(), notes.end(), [&](const cfn::note& n) { return n.pointer == pointer; });
}

// Properties to the API document and back: the same API value.
template <class R>
void round_trips(const typename R::api_type& value) {
    std::vector<cfn::note> notes;
    boost::json::value props = cfn::to_properties<R>(value, notes);
    auto back = cfn::to_api<R>(props);
    BOOST_REQUIRE_MESSAGE(back.value.has_value(), boost::json::serialize(props));
    BOOST_TEST(core::encode(*back.value) == core::encode(value));
}

} // namespace

BOOST_AUTO_TEST_SUITE(cfn_conversions)

BOOST_AUTO_TEST_CASE(a_task_definition_is_renamed_both_ways) {
    auto td = api<ecs::register_task_definition_request>(R"({"family": "web", "networkMode": "awsvpc",
      "containerDefinitions": [{"name": "web", "image": "nginx", "memory": 512, "dockerLabels": {"a.b": "c"},
        "portMappings": [{"containerPort": 80, "protocol": "tcp"}]}],
      "proxyConfiguration": {"containerName": "envoy", "properties": [{"name": "AppPorts", "value": "80"}]},
      "volumes": [{"name": "efs", "efsVolumeConfiguration": {"fileSystemId": "fs-12345678", "authorizationConfig": {"iam": "ENABLED"}}}],
      "tags": [{"key": "team", "value": "web"}]})");
    std::vector<cfn::note> notes;
    boost::json::value props = cfn::to_properties<cfn::ecs_task_definition>(td, notes);
    BOOST_TEST(notes.empty());
    const auto& o = props.as_object();
    BOOST_TEST(o.at("ContainerDefinitions").at(0).at("PortMappings").at(0).at("ContainerPort") == 80);
    // map keys are data, not names
    BOOST_TEST(o.at("ContainerDefinitions").at(0).at("DockerLabels").as_object().contains("a.b"));
    BOOST_TEST(o.at("ProxyConfiguration").as_object().contains("ProxyConfigurationProperties"));
    BOOST_TEST(o.at("Volumes").at(0).at("EFSVolumeConfiguration").at("FilesystemId") == "fs-12345678");
    BOOST_TEST(o.at("Volumes").at(0).at("EFSVolumeConfiguration").at("AuthorizationConfig").at("IAM") == "ENABLED");
    BOOST_TEST(o.at("Tags").at(0).at("Key") == "team");
    round_trips<cfn::ecs_task_definition>(td);
}

BOOST_AUTO_TEST_CASE(functions_are_left_out_of_the_api_document_and_noted) {
    auto c = cfn::to_api<cfn::ecs_task_definition>(boost::json::parse(R"({"Family": "web", "TaskRoleArn": {"Ref": "Role"},
      "ContainerDefinitions": [{"Name": "web", "Image": {"Fn::Sub": "${Repo}:1"}, "Memory": 512}]})"));
    BOOST_REQUIRE(c.value.has_value());
    BOOST_TEST(!c.value->task_role_arn.has_value());
    BOOST_TEST(noted(c.not_carried_over, "/TaskRoleArn"));
    BOOST_TEST(noted(c.not_carried_over, "/ContainerDefinitions/0/Image"));
    // a required member that is a function leaves the API document without it: a finding
    auto required = cfn::to_api<cfn::ecs_task_definition>(boost::json::parse(R"({"Family": {"Ref": "F"}, "ContainerDefinitions": []})"));
    BOOST_TEST(!required.value.has_value());
    BOOST_TEST(std::any_of(required.value.diagnostics().begin(), required.value.diagnostics().end(),
                           [](const core::diagnostic& d) { return d.pointer == "/Family"; }));
}

BOOST_AUTO_TEST_CASE(an_instance_is_one_instance_with_flat_placement_and_tags) {
    auto ri = api<ec2::run_instances_request>(R"({"ImageId": "ami-0123456789abcdef0", "InstanceType": "t3.micro",
      "MinCount": 1, "MaxCount": 1, "Monitoring": {"Enabled": true}, "IamInstanceProfile": {"Name": "ecs"},
      "Placement": {"AvailabilityZone": "us-east-1a", "Tenancy": "default"},
      "CreditSpecification": {"CpuCredits": "unlimited"},
      "NetworkInterfaces": [{"DeviceIndex": 0, "Groups": ["sg-0123456789abcdef0"]}],
      "TagSpecifications": [{"ResourceType": "instance", "Tags": [{"Key": "Name", "Value": "ecs"}]}]})");
    std::vector<cfn::note> notes;
    auto props = cfn::to_properties<cfn::ec2_instance>(ri, notes);
    BOOST_TEST(notes.empty());
    const auto& o = props.as_object();
    BOOST_TEST(!o.contains("MinCount"));
    BOOST_TEST(!o.contains("Placement"));
    BOOST_TEST(o.at("AvailabilityZone") == "us-east-1a");
    BOOST_TEST(o.at("Monitoring") == true);
    BOOST_TEST(o.at("IamInstanceProfile") == "ecs");
    BOOST_TEST(o.at("CreditSpecification").at("CPUCredits") == "unlimited");
    BOOST_TEST(o.at("NetworkInterfaces").at(0).at("DeviceIndex") == "0");
    BOOST_TEST(o.at("NetworkInterfaces").at(0).as_object().contains("GroupSet"));
    BOOST_TEST(o.at("Tags").at(0).at("Key") == "Name");
    round_trips<cfn::ec2_instance>(ri);
}

BOOST_AUTO_TEST_CASE(what_an_instance_cannot_hold_is_noted) {
    auto ri = api<ec2::run_instances_request>(R"({"ImageId": "ami-0123456789abcdef0", "MinCount": 2, "MaxCount": 5,
      "ClientToken": "abc", "Placement": {"PartitionNumber": 2},
      "TagSpecifications": [{"ResourceType": "volume", "Tags": [{"Key": "a", "Value": "b"}]}]})");
    std::vector<cfn::note> notes;
    auto props = cfn::to_properties<cfn::ec2_instance>(ri, notes);
    BOOST_TEST(noted(notes, "/MinCount"));
    BOOST_TEST(noted(notes, "/ClientToken"));
    BOOST_TEST(noted(notes, "/Placement/PartitionNumber"));
    BOOST_TEST(noted(notes, "/TagSpecifications/0"));
    BOOST_TEST(!props.as_object().contains("Tags"));
}

BOOST_AUTO_TEST_CASE(a_volume_and_its_cloudformation_only_members) {
    auto cv = api<ec2::create_volume_request>(R"({"AvailabilityZone": "us-east-1a", "Size": 100, "VolumeType": "gp3",
      "Iops": 3000, "Throughput": 125, "Encrypted": true,
      "TagSpecifications": [{"ResourceType": "volume", "Tags": [{"Key": "a", "Value": "b"}]}]})");
    round_trips<cfn::ec2_volume>(cv);
    auto c = cfn::to_api<cfn::ec2_volume>(boost::json::parse(R"({"AvailabilityZone": "us-east-1a", "Size": 8, "AutoEnableIO": true})"));
    BOOST_REQUIRE(c.value.has_value());
    BOOST_TEST(noted(c.not_carried_over, "/AutoEnableIO"));
}

BOOST_AUTO_TEST_CASE(an_imported_keys_material_is_text_in_cloudformation) {
    const std::string key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAID9SOQo5VFK1mVngE6wN8OxvIaAi2N6w/uNSZUBpy48j test";
    auto ik = api<ec2::import_key_pair_request>(
        core::cat(R"({"KeyName": "deploy", "PublicKeyMaterial": ")", core::base64_encode(key), R"("})"));
    std::vector<cfn::note> notes;
    auto props = cfn::to_properties<cfn::ec2_key_pair_import>(ik, notes);
    BOOST_TEST(props.at("PublicKeyMaterial") == boost::json::value(key));
    round_trips<cfn::ec2_key_pair_import>(ik);
    round_trips<cfn::ec2_key_pair>(api<ec2::create_key_pair_request>(R"({"KeyName": "deploy", "KeyType": "ed25519"})"));
}

BOOST_AUTO_TEST_CASE(a_template_of_one_resource) {
    auto cv = api<ec2::create_volume_request>(R"({"AvailabilityZone": "us-east-1a", "Size": 8})");
    auto t = boost::json::parse(core::encode_cloudformation(cv, {.logical_id = "Data"}));
    BOOST_TEST(t.at("AWSTemplateFormatVersion") == "2010-09-09");
    BOOST_TEST(t.at("Resources").at("Data").at("Type") == "AWS::EC2::Volume");
    BOOST_TEST(t.at("Resources").at("Data").at("Properties").at("Size") == 8);
    auto d = boost::json::parse(core::encode_cloudformation(cv));
    BOOST_TEST(d.at("Resources").as_object().contains("Volume"));
}

BOOST_AUTO_TEST_CASE(a_builders_result_goes_straight_in) {
    using namespace awsmodel::core::literals;
    auto web = ecs::container_builder{}.name("web").image("nginx:1.27").memory(256_MiB);
    auto r = core::encode_cloudformation(ecs::task_definition_builder{}.family("web").ec2().container(std::move(web)),
                                         {.logical_id = "WebTask"});
    BOOST_REQUIRE(r.has_value());
    auto t = boost::json::parse(*r);
    BOOST_TEST(t.at("Resources").at("WebTask").at("Properties").at("ContainerDefinitions").at(0).at("Image") == "nginx:1.27");
    // and validates clean as the Properties of its type
    auto ds = cfn::validate_properties("AWS::ECS::TaskDefinition", t.at("Resources").at("WebTask").at("Properties"));
    BOOST_TEST(ds->empty());
}

BOOST_AUTO_TEST_SUITE_END()
