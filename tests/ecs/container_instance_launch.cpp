#include <awsmodel/core/json.hpp>
#include <awsmodel/ecs/container_instance_launch.hpp>
#include <awsmodel/testing/boost_test.hpp>

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <string>

using namespace awsmodel;

namespace {

ecs::container_instance_launch prod(ec2::instance_type_name type) {
    ecs::container_instance_launch l;
    l.cluster = "prod";
    l.instance_type = std::move(type);
    l.instance_profile.name = "ecsInstanceRole";
    l.count = 3;
    l.subnet = ec2::subnet_id{"subnet-0123456789abcdef0"};
    l.security_groups = {ec2::security_group_id{"sg-0123456789abcdef0"}};
    return l;
}

std::string user_data_text(const ec2::run_instances_request& r) {
    BOOST_TEST_REQUIRE(r.user_data.has_value());
    auto text = ec2::decoded(*r.user_data);
    BOOST_TEST_REQUIRE(text.has_value());
    return *text;
}

bool reports_error(const core::diagnostics& ds, std::string_view rule, std::string_view pointer) {
    return std::any_of(ds.begin(), ds.end(), [&](const core::diagnostic& d) {
        return d.rule == rule && d.pointer == pointer && d.level == core::severity::error;
    });
}

} // namespace

BOOST_AUTO_TEST_SUITE(container_instance_launch)

BOOST_AUTO_TEST_CASE(arm64_type_gets_the_arm64_ecs_optimized_ami) {
    auto r = ecs::run_instances(prod(ec2::instance_type_name{"m7g.large"}));
    BOOST_TEST_REQUIRE(r.has_value(), testing::verdict(r.diagnostics()).message().str());
    BOOST_TEST(r->image_id->str() == "resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/arm64/recommended/image_id");
    BOOST_TEST(r->instance_type->str() == "m7g.large");
}

BOOST_AUTO_TEST_CASE(x86_64_type_gets_the_x86_64_ami_and_the_os_chooses_the_family) {
    auto l = prod(ec2::instance_type_name{"m5.large"});
    auto r = ecs::run_instances(l);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->image_id->str() == "resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id");
    l.os = ec2::ecs_ami_os::amazon_linux_2_kernel_5_10;
    l.instance_type = ec2::instance_type_name{"c7g.xlarge"};
    r = ecs::run_instances(l);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->image_id->str() == "resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2/kernel-5.10/arm64/recommended/image_id");
}

BOOST_AUTO_TEST_CASE(the_request_validates_clean_and_round_trips_as_json) {
    auto l = prod(ec2::instance_type_name{"m7g.large"});
    l.tags = {ec2::tag{{}, "Name", "prod-ecs"}};
    auto r = ecs::run_instances(l);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r.diagnostics().empty(), testing::verdict(r.diagnostics()).message().str());
    BOOST_TEST(testing::valid(*r));
    std::string json = core::encode(*r);
    BOOST_TEST(testing::valid_json<ec2::run_instances_request>(json));
    auto again = core::decode<ec2::run_instances_request>(json);
    BOOST_TEST_REQUIRE(again.has_value());
    BOOST_TEST((*again == *r));
    BOOST_TEST(r->min_count == 1);
    BOOST_TEST(r->max_count == 3);
    BOOST_TEST(r->tag_specifications->size() == 2u);
    BOOST_TEST((r->metadata_options->http_tokens == ec2::http_tokens_state::required));
    BOOST_TEST(*r->metadata_options->http_put_response_hop_limit == 2);
}

BOOST_AUTO_TEST_CASE(user_data_writes_the_cluster_and_agent_settings_to_ecs_config) {
    auto l = prod(ec2::instance_type_name{"m7g.large"});
    l.agent_settings.insert_or_assign("ECS_ENABLE_CONTAINER_METADATA", "true");
    l.agent_settings.insert_or_assign("ECS_CONTAINER_STOP_TIMEOUT", "2m");
    auto r = ecs::run_instances(l);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(user_data_text(*r) ==
               "#!/bin/bash\n"
               "cat <<'ECS_CONFIG' >> /etc/ecs/ecs.config\n"
               "ECS_CLUSTER=prod\n"
               "ECS_ENABLE_CONTAINER_METADATA=true\n"
               "ECS_CONTAINER_STOP_TIMEOUT=2m\n"
               "ECS_CONFIG\n");
    // The wire form is base64, encoded once.
    BOOST_TEST(r->user_data->str().find("ECS_CLUSTER") == std::string::npos);
    BOOST_TEST(ecs::ecs_config(l) == "ECS_CLUSTER=prod\nECS_ENABLE_CONTAINER_METADATA=true\nECS_CONTAINER_STOP_TIMEOUT=2m\n");
}

BOOST_AUTO_TEST_CASE(an_explicit_ami_is_used_as_given) {
    auto l = prod(ec2::instance_type_name{"m7g.large"});
    l.ami = ec2::ami_id{"ami-0123456789abcdef0"};
    auto r = ecs::run_instances(l);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->image_id->str() == "ami-0123456789abcdef0");
}

BOOST_AUTO_TEST_CASE(an_unknown_type_needs_an_explicit_ami) {
    auto l = prod(ec2::instance_type_name::from_wire("m99.large"));
    auto r = ecs::run_instances(l);
    BOOST_TEST(!r.has_value());
    BOOST_TEST(reports_error(r.diagnostics(), "EC2-RI-037", "/ImageId"));
    BOOST_TEST(!testing::reports(r.diagnostics(), "EC2-RI-003", "/ImageId"));
    l.ami = ec2::ami_id{"ami-12345678"};
    r = ecs::run_instances(l);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(testing::reports(r.diagnostics(), "EC2-RI-004", "/InstanceType")); // a warning: AWS may be newer
}

BOOST_AUTO_TEST_CASE(windows_runs_on_x86_64_only_and_initializes_the_agent_in_powershell) {
    auto l = prod(ec2::instance_type_name{"m7g.large"});
    l.os = ec2::ecs_ami_os::windows_server_2022_full;
    auto r = ecs::run_instances(l);
    BOOST_TEST(!r.has_value());
    BOOST_TEST(reports_error(r.diagnostics(), "EC2-RI-037", "/ImageId"));

    l.instance_type = ec2::instance_type_name{"m5.large"};
    l.agent_settings.insert_or_assign("ECS_ENABLE_AWSLOGS_EXECUTIONROLE_OVERRIDE", "true");
    r = ecs::run_instances(l);
    BOOST_TEST_REQUIRE(r.has_value(), testing::verdict(r.diagnostics()).message().str());
    BOOST_TEST(r->image_id->str() ==
               "resolve:ssm:/aws/service/ami-windows-latest/Windows_Server-2022-English-Full-ECS_Optimized/image_id");
    BOOST_TEST(user_data_text(*r) ==
               "<powershell>\nImport-Module ECSTools\n"
               "[Environment]::SetEnvironmentVariable('ECS_ENABLE_AWSLOGS_EXECUTIONROLE_OVERRIDE', 'true', 'Machine')\n"
               "Initialize-ECSAgent -Cluster 'prod' -EnableTaskIAMRole\n</powershell>\n");
}

BOOST_AUTO_TEST_CASE(bottlerocket_takes_toml_settings) {
    auto l = prod(ec2::instance_type_name{"c7g.large"});
    l.os = ec2::ecs_ami_os::bottlerocket;
    auto r = ecs::run_instances(l);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->image_id->str() == "resolve:ssm:/aws/service/bottlerocket/aws-ecs-2/arm64/latest/image_id");
    BOOST_TEST(user_data_text(*r) == "[settings.ecs]\ncluster = \"prod\"\n");
    l.agent_settings.insert_or_assign("ECS_ENABLE_CONTAINER_METADATA", "true");
    BOOST_TEST(reports_error(ecs::run_instances(l).diagnostics(), "EC2-RI-009", "/UserData"));
}

BOOST_AUTO_TEST_CASE(agent_settings_that_would_corrupt_the_config_are_refused) {
    auto l = prod(ec2::instance_type_name{"m5.large"});
    l.agent_settings.insert_or_assign("ECS_RESERVED_MEMORY", "256\nECS_CLUSTER=other");
    auto r = ecs::run_instances(l);
    BOOST_TEST(!r.has_value());
    BOOST_TEST(reports_error(r.diagnostics(), "EC2-RI-009", "/UserData"));

    for (const char* key : {"ECS_CLUSTER", "ecs_reserved_memory", "RESERVED_MEMORY"}) {
        auto k = prod(ec2::instance_type_name{"m5.large"});
        k.agent_settings.insert_or_assign(key, "256");
        BOOST_TEST(reports_error(ecs::run_instances(k).diagnostics(), "EC2-RI-009", "/UserData"), key);
    }
    auto ok = prod(ec2::instance_type_name{"m5.large"});
    ok.agent_settings.insert_or_assign("ECS_RESERVED_MEMORY", "256");
    BOOST_TEST(ecs::run_instances(ok).has_value());
}

BOOST_AUTO_TEST_CASE(request_rules_still_apply_to_the_recipe) {
    auto l = prod(ec2::instance_type_name{"m5.large"});
    l.min_count = 4; // more than count
    l.instance_profile = {};
    auto r = ecs::run_instances(l);
    BOOST_TEST(!r.has_value());
    BOOST_TEST(reports_error(r.diagnostics(), "EC2-RI-002", "/MinCount"));
    BOOST_TEST(reports_error(r.diagnostics(), "EC2-RI-010", "/IamInstanceProfile"));
}

BOOST_AUTO_TEST_SUITE_END()
