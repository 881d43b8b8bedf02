#include <awsmodel/core/json.hpp>
#include <awsmodel/ec2/create_volume_builder.hpp>
#include <awsmodel/testing/boost_test.hpp>

#include <boost/test/unit_test.hpp>

using namespace awsmodel;

namespace {
template <ec2::volume_type T>
concept takes_iops = requires { ec2::create_volume<T>().iops(core::iops(3000)); };
template <ec2::volume_type T>
concept takes_throughput = requires { ec2::create_volume<T>().throughput(core::mebibytes_per_second(200)); };
template <ec2::volume_type T>
concept takes_multi_attach = requires { ec2::create_volume<T>().multi_attach(); };
} // namespace

// Members a volume type cannot have are not even offered.
static_assert(takes_iops<ec2::volume_type::gp3> && takes_iops<ec2::volume_type::io2>);
static_assert(!takes_iops<ec2::volume_type::gp2> && !takes_iops<ec2::volume_type::st1>);
static_assert(takes_throughput<ec2::volume_type::gp3> && !takes_throughput<ec2::volume_type::io1>);
static_assert(takes_multi_attach<ec2::volume_type::io1> && !takes_multi_attach<ec2::volume_type::gp3>);
// Literal limits are per type: 65,536 GiB is a gp3 size but not a gp2 one.
static_assert(std::is_constructible_v<ec2::volume_size<ec2::volume_type::gp3>, int>);

BOOST_AUTO_TEST_SUITE(create_volume_builder)

BOOST_AUTO_TEST_CASE(builds_the_request_as_the_wire_expects) {
    auto r = ec2::create_volume<ec2::volume_type::gp3>()
                 .availability_zone("eu-west-1a")
                 .size(200)
                 .iops(6000)
                 .throughput(500)
                 .encrypted(ec2::kms_key_reference{"alias/data"})
                 .tag("Name", "orders")
                 .build();
    BOOST_TEST_REQUIRE(r.has_value(), testing::verdict(r.diagnostics()).message().str());
    BOOST_TEST(core::encode(*r) ==
               R"({"AvailabilityZone":"eu-west-1a","Encrypted":true,"Iops":6000,"KmsKeyId":"alias/data","Size":200,)"
               R"("VolumeType":"gp3","TagSpecifications":[{"ResourceType":"volume","Tags":[{"Key":"Name","Value":"orders"}]}],)"
               R"("Throughput":500})");
}

BOOST_AUTO_TEST_CASE(what_literals_cannot_show_is_checked_by_build) {
    // Each literal is in range, but 6,000 IOPS on 10 GiB exceeds 500 IOPS per GiB.
    auto r = ec2::create_volume<ec2::volume_type::gp3>().availability_zone("a").size(10).iops(6000).build();
    BOOST_TEST(!r.has_value());
    BOOST_TEST(testing::reports(r.diagnostics(), "EBS-CV-008", "/Iops"));
    BOOST_CHECK_THROW(std::move(r).value(), core::validation_error);
}

BOOST_AUTO_TEST_CASE(runtime_values_take_the_checked_path) {
    int from_config = 70000;
    auto r = ec2::create_volume<ec2::volume_type::gp3>().availability_zone("a").size(core::gibibytes(from_config)).build();
    BOOST_TEST(testing::reports(r.diagnostics(), "EBS-CV-004", "/Size"));
    auto ok = ec2::create_volume<ec2::volume_type::io2>()
                  .availability_zone_id("use1-az1")
                  .snapshot(ec2::snapshot_id{"snap-0123456789abcdef0"})
                  .iops(core::iops(2000))
                  .multi_attach()
                  .build();
    BOOST_TEST(ok.has_value());
}

BOOST_AUTO_TEST_SUITE_END()
