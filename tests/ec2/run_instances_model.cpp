#include <awsmodel/core/json.hpp>
#include <awsmodel/ec2/run_instances.hpp>
#include <awsmodel/testing/boost_test.hpp>
#include "../support/corpus.hpp"

#include <boost/test/unit_test.hpp>

#include <fstream>
#include <iterator>
#include <string>

using namespace awsmodel;

// Literal checks of the request's helper predicates happen while compiling.
static_assert(ec2::image_reference_policy::check("ami-0123456789abcdef0") == 0);
static_assert(ec2::image_reference_policy::check("resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id") == 0);
static_assert(ec2::image_reference_policy::check("resolve:ssm:golden-ami:7") == 0);
static_assert(ec2::image_reference_policy::check("ami-0123456789ABCDEF0") != 0);
static_assert(ec2::image_reference_policy::check("resolve:ssm:") != 0);
static_assert(ec2::ephemeral_index("ephemeral0") == 0 && ec2::ephemeral_index("ephemeral23") == 23);
static_assert(!ec2::ephemeral_index("ephemeral24") && !ec2::ephemeral_index("ephemeral01") && !ec2::ephemeral_index("eph0"));
static_assert(ec2::valid_device_name("/dev/sda1") && ec2::valid_device_name("/dev/xvdf") && ec2::valid_device_name("xvdg"));
static_assert(!ec2::valid_device_name("/dev/sda0") && !ec2::valid_device_name("/dev/xvdabc") && !ec2::valid_device_name("sdf"));
static_assert(ec2::find_ecs_optimized_ami(ec2::ecs_ami_os::amazon_linux_2023, ec2::architecture::arm64)->parameter ==
              "/aws/service/ecs/optimized-ami/amazon-linux-2023/arm64/recommended/image_id");
static_assert(!ec2::find_ecs_optimized_ami(ec2::ecs_ami_os::windows_server_2022_core, ec2::architecture::arm64));

namespace {
std::string read(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(f), {});
}
} // namespace

BOOST_AUTO_TEST_SUITE(run_instances_model)

BOOST_AUTO_TEST_CASE(example_document_is_valid_and_round_trips) {
    std::string text = read(AWSMODEL_EXAMPLES "/run-instances.json");
    BOOST_TEST(testing::valid_json<ec2::run_instances_request>(text));
    auto r = core::decode<ec2::run_instances_request>(text);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->max_count == 3);
    BOOST_TEST(r->instance_type->info()->supports(ec2::architecture::arm64));
    BOOST_TEST(r->block_device_mappings->at(0).ebs->volume_size->count() == 30);
    auto again = core::decode<ec2::run_instances_request>(core::encode(*r));
    BOOST_TEST_REQUIRE(again.has_value());
    BOOST_TEST((*again == *r));
}

BOOST_AUTO_TEST_CASE(the_botocore_example_decodes_and_validates, test_support::needs_corpus()) {
    // botocore's RunInstances example (corpus run-instances/0007.json).
    auto r = core::decode<ec2::run_instances_request>(read(AWSMODEL_CORPUS "/run-instances/0007.json"));
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(testing::valid(*r));
}

BOOST_AUTO_TEST_CASE(a_run_instances_response_is_not_a_request, test_support::needs_corpus()) {
    // The AWS CLI example of run-instances output, given as input: botocore names /MaxCount.
    auto r = core::decode<ec2::run_instances_request>(read(AWSMODEL_CORPUS "/run-instances/0001.json"));
    BOOST_TEST(!r.has_value());
    BOOST_TEST(testing::reports(r.diagnostics(), core::rules::required, "/MaxCount"));
    BOOST_TEST(testing::reports(r.diagnostics(), core::rules::unknown_member, "/Instances"));
}

BOOST_AUTO_TEST_CASE(user_data_is_encoded_once_and_decodes_back) {
    std::string script = "#!/bin/bash\necho ECS_CLUSTER=prod >> /etc/ecs/ecs.config\n";
    ec2::user_data u = ec2::user_data_from_text(script);
    BOOST_TEST(u.str() == "IyEvYmluL2Jhc2gKZWNobyBFQ1NfQ0xVU1RFUj1wcm9kID4+IC9ldGMvZWNzL2Vjcy5jb25maWcK");
    BOOST_TEST(*ec2::decoded(u) == script);
    BOOST_TEST(!ec2::decoded(ec2::user_data::from_wire("not base64")));
    auto checked = ec2::user_data::from("IyEvYmluL2Jhc2gK\n", "/UserData");
    BOOST_TEST(!checked.has_value());
    BOOST_TEST(testing::reports(checked.diagnostics(), "EC2-RI-009", "/UserData"));
}

BOOST_AUTO_TEST_CASE(values_built_in_code_encode_in_field_order) {
    ec2::run_instances_request r;
    r.image_id = ec2::image_from_ami(ec2::ami_id{"ami-0123456789abcdef0"});
    r.instance_type = ec2::instance_type_name{"t3.micro"};
    r.min_count = 1;
    r.max_count = 2;
    r.credit_specification.emplace();
    r.credit_specification->cpu_credits = ec2::cpu_credits::unlimited;
    r.monitoring.emplace();
    r.monitoring->enabled = true;
    BOOST_TEST(core::encode(r) == R"({"ImageId":"ami-0123456789abcdef0","InstanceType":"t3.micro","MaxCount":2,"MinCount":1,)"
                                  R"("Monitoring":{"Enabled":true},"CreditSpecification":{"CpuCredits":"unlimited"}})");
    BOOST_TEST(testing::valid(r));
}

BOOST_AUTO_TEST_CASE(an_ssm_image_names_its_parameter) {
    auto image = ec2::image_from_ssm("/aws/service/ecs/optimized-ami/amazon-linux-2/gpu/recommended/image_id");
    BOOST_TEST(image.str().starts_with("resolve:ssm:/aws/service/"));
    const ec2::ecs_ami_variant* v = ec2::find_ecs_optimized_ami(*ec2::ssm_parameter(image));
    BOOST_TEST_REQUIRE(v);
    BOOST_TEST((v->accelerator == ec2::ecs_ami_accelerator::gpu));
    BOOST_TEST(!ec2::ssm_parameter(ec2::image_from_ami(ec2::ami_id{"ami-12345678"})));
}

BOOST_AUTO_TEST_CASE(unknown_members_are_kept_when_asked_and_re_encoded) {
    const char* json = R"({"MaxCount":1,"MinCount":1,"ImageId":"ami-12345678","FutureOption":{"x":1}})";
    BOOST_TEST(!core::decode<ec2::run_instances_request>(json).has_value());
    core::decode_options keep;
    keep.unknown = core::unknown_members::keep;
    auto r = core::decode<ec2::run_instances_request>(json, keep);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(core::encode(*r) == R"({"ImageId":"ami-12345678","MaxCount":1,"MinCount":1,"FutureOption":{"x":1}})");
}

BOOST_AUTO_TEST_SUITE_END()
