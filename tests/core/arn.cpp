#include <awsmodel/core/arn.hpp>
#include <awsmodel/core/resource_id.hpp>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

using namespace awsmodel::core;
namespace bdata = boost::unit_test::data;

static_assert(parse_arn("arn:aws:iam::123456789012:role/ecsTaskExecutionRole")->service == "iam");
static_assert(!parse_arn("arn:aws:iam::12345678901:role/x"));

BOOST_AUTO_TEST_SUITE(arn_)

BOOST_AUTO_TEST_CASE(splits_into_its_parts) {
    auto a = parse_arn("arn:aws-cn:ecs:cn-north-1:123456789012:task-definition/web:3");
    BOOST_TEST_REQUIRE(a.has_value());
    BOOST_TEST(a->partition == "aws-cn");
    BOOST_TEST(a->service == "ecs");
    BOOST_TEST(a->region == "cn-north-1");
    BOOST_TEST(a->account == "123456789012");
    BOOST_TEST(a->resource == "task-definition/web:3"); // colons belong to the resource
}

BOOST_DATA_TEST_CASE(accepts_the_forms_services_use,
                     bdata::make({"arn:aws:s3:::my-bucket/envs/web.env", "arn:aws:iam::123456789012:role/r",
                                  "arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                                  "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf:password::"}),
                     text) {
    BOOST_TEST(parse_arn(text).has_value());
    BOOST_TEST(arn::from(text).has_value());
}

BOOST_DATA_TEST_CASE(refuses_what_is_not_an_arn,
                     bdata::make({"", "arn", "arn:aws:s3", "arn:azure:s3:::b", "arn:aws:ecs:us-east-1:1234:cluster/x",
                                  "arn:aws::us-east-1:123456789012:x", "arn:aws:ecs:US-EAST-1:123456789012:cluster/x",
                                  "arn:aws:ecs:us-east-1:123456789012:", "ARN:aws:ecs:us-east-1:123456789012:cluster/x"}),
                     text) {
    BOOST_TEST(!parse_arn(text).has_value());
    auto r = arn::from(text, "/taskRoleArn");
    BOOST_TEST_REQUIRE(r.diagnostics().size() == 1u);
    BOOST_TEST(r.diagnostics()[0].rule == "COMMON-004");
    BOOST_TEST(r.diagnostics()[0].pointer == "/taskRoleArn");
}

BOOST_AUTO_TEST_CASE(resource_ids_are_prefix_and_8_or_17_hex_digits) {
    using vol = resource_id<"vol">;
    BOOST_TEST(vol::from("vol-0123abcd").has_value());
    BOOST_TEST(vol::from("vol-0123456789abcdef0").has_value());
    for (const char* bad : {"vol-0123abc", "vol-0123ABCD", "snap-0123abcd", "vol0123abcd", "vol-0123456789abcdef", "vol-"})
        BOOST_TEST(!vol::from(bad).has_value(), bad);
    BOOST_TEST(vol::from("vol-xyz").diagnostics()[0].rule == "COMMON-003");
}

BOOST_AUTO_TEST_SUITE_END()
