// Typed Properties: what the API value cannot hold (functions, dynamic references,
// AWS::NoValue, CloudFormation-only properties) is kept and written back where it was read.
#include <awsmodel/cfn/encode_cloudformation.hpp>
#include <awsmodel/cfn/resources.hpp>
#include <awsmodel/cfn/typed_properties.hpp>
#include <awsmodel/ec2/ebs_volume.hpp>
#include <awsmodel/ec2/run_instances.hpp>
#include <awsmodel/ecs/task_definition.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <utility>

using namespace awsmodel;

namespace {

template <class R>
cfn::typed_properties<R> read(std::string_view json) {
    auto c = cfn::read_properties<R>(boost::json::parse(json));
    BOOST_REQUIRE_MESSAGE(c.value.has_value(), json);
    return *c.value;
}

template <class R>
boost::json::value written(const cfn::typed_properties<R>& t) {
    std::vector<cfn::note> notes;
    return cfn::to_properties(t, notes);
}

bool has(const core::diagnostics& ds, std::string_view pointer, std::string_view rule) {
    return std::any_of(ds.begin(), ds.end(), [&](const core::diagnostic& d) { return d.pointer == pointer && d.rule == rule; });
}

std::set<std::pair<std::string, std::string>> findings_of(const core::diagnostics& ds) {
    std::set<std::pair<std::string, std::string>> s;
    for (const core::diagnostic& d : ds) s.emplace(d.pointer, std::string(d.rule));
    return s;
}

// A task definition as templates write them: the family left to CloudFormation, roles and the
// image from other resources, a secret by dynamic reference, functions in a list and a map.
constexpr std::string_view web_task = R"({
  "Cpu": "256", "Memory": "512", "NetworkMode": "awsvpc", "RequiresCompatibilities": ["FARGATE"],
  "TaskRoleArn": {"Ref": "TaskRole"},
  "ExecutionRoleArn": {"Fn::GetAtt": ["ExecutionRole", "Arn"]},
  "PidMode": {"Ref": "AWS::NoValue"},
  "ContainerDefinitions": [{
    "Name": "web", "Image": {"Fn::Sub": "${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/web:1"},
    "Essential": true,
    "Command": ["serve", {"Fn::Sub": "--port=${Port}"}, {"Ref": "AWS::NoValue"}, "--verbose"],
    "Environment": [{"Name": "TOKEN", "Value": "{{resolve:ssm:/web/token}}"},
                    {"Name": "STAGE", "Value": {"Ref": "Stage"}}],
    "LogConfiguration": {"LogDriver": "awslogs",
                         "Options": {"awslogs-group": {"Ref": "Logs"}, "awslogs-region": {"Ref": "AWS::Region"},
                                     "awslogs-stream-prefix": "web"}}
  }]
})";

} // namespace

BOOST_AUTO_TEST_SUITE(cfn_typed_properties)

BOOST_AUTO_TEST_CASE(a_task_definitions_functions_are_written_back_where_they_were_read) {
    auto t = read<cfn::ecs_task_definition>(web_task);
    // the literals are the API value's
    const boost::json::value api = boost::json::value_from(t.api);
    BOOST_TEST(api.at("cpu") == "256");
    BOOST_TEST(!t.api.task_role_arn.has_value());
    BOOST_TEST(!t.api.pid_mode.has_value());
    BOOST_REQUIRE(t.api.container_definitions.size() == 1u);
    const auto& web = t.api.container_definitions[0];
    BOOST_TEST(api.at("containerDefinitions").at(0).at("name") == "web");
    // the list keeps its literals in order, its functions are kept apart
    BOOST_REQUIRE(web.command.has_value());
    BOOST_TEST(web.command->size() == 2u);
    BOOST_TEST((*web.command)[1] == "--verbose");
    BOOST_TEST(web.log_configuration->options->size() == 1u);
    // what the value cannot hold, at its pointer in the Properties
    BOOST_REQUIRE(t.kept_at("/TaskRoleArn"));
    BOOST_TEST((t.kept_at("/TaskRoleArn")->kind == cfn::kept_kind::function));
    BOOST_TEST(!t.kept_at("/TaskRoleArn")->placeholder);
    BOOST_REQUIRE(t.kept_at("/ContainerDefinitions/0/Environment/0/Value"));
    BOOST_TEST((t.kept_at("/ContainerDefinitions/0/Environment/0/Value")->kind == cfn::kept_kind::dynamic_reference));
    BOOST_REQUIRE(t.kept_at("/ContainerDefinitions/0/Command/1"));
    BOOST_REQUIRE(t.kept_at("/ContainerDefinitions/0/Command/2")); // AWS::NoValue is kept too
    BOOST_REQUIRE(t.kept_at("/ContainerDefinitions/0/LogConfiguration/Options/awslogs-group"));
    BOOST_REQUIRE(t.kept_at("/PidMode"));
    BOOST_TEST(t.kept.size() == 11u); // and the family, below
    // written again, the Properties are those read
    BOOST_TEST(written(t) == boost::json::parse(web_task), boost::json::serialize(written(t)));
}

BOOST_AUTO_TEST_CASE(a_member_cloudformation_fills_in_stays_absent) {
    auto t = read<cfn::ecs_task_definition>(web_task);
    const cfn::kept_value* family = t.kept_at("/Family");
    BOOST_REQUIRE(family);
    BOOST_TEST((family->kind == cfn::kept_kind::filled_in));
    BOOST_TEST(family->placeholder);
    BOOST_TEST(!written(t).as_object().contains("Family"));
    // a template that names the family keeps it as a literal
    auto named = read<cfn::ecs_task_definition>(R"({"Family": "web", "ContainerDefinitions": [{"Name": "a", "Image": "nginx"}]})");
    BOOST_TEST(boost::json::value_from(named.api).at("family") == "web");
    BOOST_TEST(named.kept.empty());
}

BOOST_AUTO_TEST_CASE(a_required_member_holding_a_function_gets_a_stand_in) {
    // the image is optional in the API (botocore): left out of the value
    auto t = read<cfn::ecs_task_definition>(web_task);
    const cfn::kept_value* image = t.kept_at("/ContainerDefinitions/0/Image");
    BOOST_REQUIRE(image);
    BOOST_TEST(!image->placeholder);
    BOOST_TEST(image->value.at("Fn::Sub").is_string());
    // the family is required: the value holds a stand-in, which is not written
    std::string td(web_task);
    td.insert(td.find('{') + 1, R"("Family": {"Fn::Join": ["-", [{"Ref": "AWS::StackName"}, "web"]]},)");
    auto named = read<cfn::ecs_task_definition>(td);
    const cfn::kept_value* family = named.kept_at("/Family");
    BOOST_REQUIRE(family);
    BOOST_TEST((family->kind == cfn::kept_kind::function));
    BOOST_TEST(family->placeholder);
    // a change to the literals is written with the functions around it
    named.api.container_definitions[0].name = ecs::container_name::from_wire("api");
    auto props = written(named);
    BOOST_TEST(props.at("ContainerDefinitions").at(0).at("Name") == "api");
    BOOST_TEST(props.at("ContainerDefinitions").at(0).at("Image") == image->value);
    BOOST_TEST(props.at("Family") == family->value);
}

BOOST_AUTO_TEST_CASE(scalars_are_written_in_the_type_the_property_takes) {
    // CloudFormation takes 256 for "256"; the API value holds text, and so does what is written
    auto t = read<cfn::ecs_task_definition>(R"({"Family": "web", "Cpu": 256, "Memory": {"Ref": "Memory"},
      "ContainerDefinitions": [{"Name": "a", "Image": "nginx", "Essential": "true"}]})");
    auto props = written(t);
    BOOST_TEST(props.at("Cpu") == "256");
    BOOST_TEST(props.at("ContainerDefinitions").at(0).at("Essential") == true);
    BOOST_TEST(props.at("Memory") == boost::json::parse(R"({"Ref": "Memory"})"));
}

BOOST_AUTO_TEST_CASE(an_instances_reshaped_members_keep_their_functions) {
    constexpr std::string_view instance = R"({
      "ImageId": "{{resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id}}",
      "InstanceType": {"Ref": "InstanceType"},
      "AvailabilityZone": {"Fn::Select": [0, {"Fn::GetAZs": ""}]},
      "IamInstanceProfile": {"Ref": "Profile"},
      "SecurityGroupIds": [{"Ref": "Group"}, "sg-0123456789abcdef0", {"Fn::ImportValue": "shared-sg"}],
      "UserData": {"Fn::Base64": {"Fn::Sub": "echo ECS_CLUSTER=${Cluster} >> /etc/ecs/ecs.config"}},
      "Tags": [{"Key": "Name", "Value": {"Fn::Sub": "${AWS::StackName}-ecs"}}, {"Key": "team", "Value": "web"},
               {"Fn::If": ["Prod", {"Key": "prod", "Value": "yes"}, {"Ref": "AWS::NoValue"}]}]
    })";
    auto t = read<cfn::ec2_instance>(instance);
    BOOST_TEST(!t.api.image_id.has_value());
    BOOST_REQUIRE(t.api.security_group_ids.has_value());
    BOOST_TEST(t.api.security_group_ids->size() == 1u);
    // pointers are the Properties' even where the API value holds the member elsewhere
    BOOST_TEST(t.kept_at("/AvailabilityZone"));
    BOOST_TEST(t.kept_at("/Tags/0/Value"));
    BOOST_TEST(t.kept_at("/Tags/2"));
    BOOST_TEST(t.kept_at("/SecurityGroupIds/2"));
    BOOST_TEST(written(t) == boost::json::parse(instance), boost::json::serialize(written(t)));
}

BOOST_AUTO_TEST_CASE(cloudformation_only_properties_are_kept) {
    constexpr std::string_view volume = R"({"AvailabilityZone": {"Fn::GetAtt": ["Host", "AvailabilityZone"]},
      "Size": 100, "VolumeType": "gp3", "AutoEnableIO": true, "Tags": [{"Key": "a", "Value": "b"}]})";
    auto t = read<cfn::ec2_volume>(volume);
    BOOST_REQUIRE(t.kept_at("/AutoEnableIO"));
    BOOST_TEST((t.kept_at("/AutoEnableIO")->kind == cfn::kept_kind::cloudformation_only));
    BOOST_TEST(written(t) == boost::json::parse(volume));
}

BOOST_AUTO_TEST_CASE(a_template_of_typed_properties_holds_their_functions) {
    auto t = read<cfn::ecs_task_definition>(web_task);
    std::vector<cfn::note> notes;
    auto tmpl = boost::json::parse(core::encode_cloudformation(t, notes, {.logical_id = "WebTask"}));
    BOOST_TEST(notes.empty());
    BOOST_TEST(tmpl.at("Resources").at("WebTask").at("Type") == "AWS::ECS::TaskDefinition");
    BOOST_TEST(tmpl.at("Resources").at("WebTask").at("Properties") == boost::json::parse(web_task));
}

BOOST_AUTO_TEST_CASE(validation_is_that_of_the_properties_written) {
    // a literal breaks a rule (256 CPU takes 512 to 2048 MiB on Fargate); the functions do not
    std::string td(web_task);
    td.replace(td.find(R"("Memory": "512")"), 15, R"("Memory": "4096")");
    auto t = read<cfn::ecs_task_definition>(td);
    core::diagnostics ds = cfn::validate(t);
    BOOST_TEST(!ds.empty());
    BOOST_TEST(findings_of(ds) == findings_of(cfn::validate<cfn::ecs_task_definition>(boost::json::parse(td))));
    BOOST_TEST(std::none_of(ds.begin(), ds.end(), [](const core::diagnostic& d) {
        return d.pointer.starts_with("/TaskRoleArn") || d.pointer.starts_with("/ContainerDefinitions/0/Image");
    }));
    // and near it, valid with the same functions
    BOOST_TEST(cfn::validate(read<cfn::ecs_task_definition>(web_task)).empty());
}

BOOST_AUTO_TEST_CASE(set_puts_a_function_in_a_member) {
    auto t = read<cfn::ecs_task_definition>(R"({"Family": "web", "TaskRoleArn": "arn:aws:iam::123456789012:role/web",
      "ContainerDefinitions": [{"Name": "web", "Image": "nginx"}]})");
    BOOST_TEST(t.set<&ecs::register_task_definition_request::task_role_arn>(cfn::get_att("TaskRole", "Arn")).empty());
    BOOST_TEST(!t.api.task_role_arn.has_value()); // the literal it replaced is gone
    BOOST_TEST(t.set("/ContainerDefinitions/0/Image", cfn::sub("${Repository}:latest")).empty());
    BOOST_TEST(t.set("/ContainerDefinitions/0/Environment/0", cfn::ref("ExtraVariable")).empty());
    auto props = written(t);
    BOOST_TEST(props.at("TaskRoleArn") == boost::json::parse(R"({"Fn::GetAtt": ["TaskRole", "Arn"]})"));
    BOOST_TEST(props.at("ContainerDefinitions").at(0).at("Image") == boost::json::parse(R"({"Fn::Sub": "${Repository}:latest"})"));
    BOOST_TEST(props.at("ContainerDefinitions").at(0).at("Environment").at(0) == boost::json::parse(R"({"Ref": "ExtraVariable"})"));
    BOOST_TEST(props.at("ContainerDefinitions").at(0).at("Name") == "web");
}

BOOST_AUTO_TEST_CASE(set_refuses_what_the_resource_has_no_property_for) {
    auto t = read<cfn::ecs_task_definition>(R"({"Family": "web", "ContainerDefinitions": [{"Name": "web", "Image": "nginx"}]})");
    const auto before = t;
    core::diagnostics ds = t.set("/ContainerDefinitions/0/Imag", cfn::ref("Image"));
    BOOST_TEST(has(ds, "/ContainerDefinitions/0/Imag", core::rules::unknown_member));
    BOOST_TEST((t == before));
    ds = t.set("/Family", boost::json::value("web2"));
    BOOST_TEST(has(ds, "/Family", core::rules::wrong_type));
    BOOST_TEST((t == before));
    // an Instance writes its tags as Tags: the request's TagSpecifications are no property of it
    auto i = read<cfn::ec2_instance>(R"({"ImageId": "ami-0123456789abcdef0"})");
    ds = i.set<&ec2::run_instances_request::tag_specifications>(cfn::ref("Tags"));
    BOOST_TEST(has(ds, "/TagSpecifications", core::rules::unknown_member));
    BOOST_TEST(i.set<&ec2::run_instances_request::image_id>(cfn::ref("Image")).empty());
}

BOOST_AUTO_TEST_CASE(a_literal_that_does_not_decode_is_found_at_its_pointer) {
    auto c = cfn::read_properties<cfn::ecs_task_definition>(boost::json::parse(
        R"({"TaskRoleArn": {"Ref": "Role"}, "ContainerDefinitions": [{"Name": "web", "Image": {"Ref": "Image"},
            "PortMappings": [{"ContainerPort": "eighty"}]}]})"));
    BOOST_TEST(!c.value.has_value());
    const auto& ds = c.value.diagnostics();
    BOOST_TEST(std::any_of(ds.begin(), ds.end(), [](const core::diagnostic& d) {
        return d.pointer == "/ContainerDefinitions/0/PortMappings/0/ContainerPort";
    }));
    // an unknown property is refused, strict as cfn::to_api is
    auto unknown = cfn::read_properties<cfn::ecs_task_definition>(boost::json::parse(R"({"Family": "web", "Colour": {"Ref": "C"},
      "ContainerDefinitions": [{"Name": "web", "Image": "nginx"}]})"));
    BOOST_TEST(!unknown.value.has_value());
    BOOST_TEST(has(unknown.value.diagnostics(), "/Colour", core::rules::unknown_member));
}

BOOST_AUTO_TEST_CASE(odd_input_gets_findings_not_a_crash) {
    for (std::string_view json : {"null", "[]", "\"x\"", "7", R"({"ContainerDefinitions": {"Ref": "AWS::NoValue"}})",
                                  R"({"ContainerDefinitions": [[]], "Family": {}})", R"({"Fn::If": ["C", {}, {}]})",
                                  R"({"Family": "a", "ContainerDefinitions": [{"Name": "{{resolve:ssm:/a}}", "Image": "{{resolve:"}]})"}) {
        auto c = cfn::read_properties<cfn::ecs_task_definition>(boost::json::parse(json));
        if (c.value.has_value()) {
            // what is read is written back as read, whatever it is
            BOOST_TEST(written(*c.value) == boost::json::parse(json), json);
        } else {
            BOOST_TEST(!c.value.diagnostics().empty(), json);
        }
    }
    auto t = read<cfn::ecs_task_definition>(R"({"Family": "web", "ContainerDefinitions": [{"Name": "web", "Image": "nginx"}]})");
    // pointers past a list's end append; tokens are unescaped; an empty pointer is the Properties
    BOOST_TEST(t.set("/ContainerDefinitions/99/Image", cfn::ref("Image")).empty());
    BOOST_TEST(written(t).at("ContainerDefinitions").as_array().size() == 2u);
    BOOST_TEST(t.set("/ContainerDefinitions/0/DockerLabels/a~1b", cfn::ref("Label")).empty());
    BOOST_TEST(written(t).at("ContainerDefinitions").at(0).at("DockerLabels").as_object().contains("a/b"));
    BOOST_TEST(!t.set("/ContainerDefinitions/0/Image/deeper/still", cfn::ref("X")).empty());
}

BOOST_AUTO_TEST_SUITE_END()
