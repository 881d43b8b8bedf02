#include <awsmodel/core/json.hpp>
#include <awsmodel/ec2/ebs_volume.hpp>
#include <awsmodel/testing/boost_test.hpp>

#include <boost/test/data/test_case.hpp>
#include "../support/rule_case.hpp"
#include <boost/test/unit_test.hpp>

using namespace awsmodel;
namespace bdata = boost::unit_test::data;

namespace {

// A rule case: a CreateVolume document, the rule, and the pointer a finding must name.
// A breaking case must report exactly that rule there; its near miss, the same document just
// inside the limit, must not report that rule at all.
using test_support::rule_case;

const rule_case create_volume_cases[] = {
    {"EBS-CV-001", "/AvailabilityZone", R"({"Size": 8})", R"({"AvailabilityZoneId": "use1-az1", "Size": 8})"},
    {"EBS-CV-001", "/AvailabilityZoneId", R"({"AvailabilityZone": "us-east-1a", "AvailabilityZoneId": "use1-az1", "Size": 8})",
     R"({"AvailabilityZone": "us-east-1a", "Size": 8})"},
    {"EBS-CV-002", "/Size", R"({"AvailabilityZone": "us-east-1a"})",
     R"({"AvailabilityZone": "us-east-1a", "SnapshotId": "snap-0123456789abcdef0"})"},
    {"EBS-CV-003", "/VolumeType", R"({"AvailabilityZone": "a", "Size": 8, "VolumeType": "GP3"})",
     R"({"AvailabilityZone": "a", "Size": 8, "VolumeType": "gp3"})"},
    {"EBS-CV-004", "/Size", R"({"AvailabilityZone": "a", "Size": 65537, "VolumeType": "gp3"})",
     R"({"AvailabilityZone": "a", "Size": 65536, "VolumeType": "gp3"})"},
    {"EBS-CV-004", "/Size", R"({"AvailabilityZone": "a", "Size": 124, "VolumeType": "st1"})",
     R"({"AvailabilityZone": "a", "Size": 125, "VolumeType": "st1"})"},
    {"EBS-CV-004", "/Size", R"({"AvailabilityZone": "a", "Size": 16385})", R"({"AvailabilityZone": "a", "Size": 16384})"},
    {"EBS-CV-004", "/Size", R"({"AvailabilityZone": "a", "Size": 1025, "VolumeType": "standard"})",
     R"({"AvailabilityZone": "a", "Size": 1024, "VolumeType": "standard"})"},
    {"EBS-CV-005", "/Iops", R"({"AvailabilityZone": "a", "Size": 100, "VolumeType": "io2"})",
     R"({"AvailabilityZone": "a", "Size": 100, "VolumeType": "io2", "Iops": 100})"},
    {"EBS-CV-006", "/Iops", R"({"AvailabilityZone": "a", "Size": 100, "VolumeType": "gp2", "Iops": 300})",
     R"({"AvailabilityZone": "a", "Size": 100, "VolumeType": "gp3", "Iops": 3000})"},
    {"EBS-CV-007", "/Iops", R"({"AvailabilityZone": "a", "Size": 1000, "VolumeType": "gp3", "Iops": 80001})",
     R"({"AvailabilityZone": "a", "Size": 1000, "VolumeType": "gp3", "Iops": 80000})"},
    {"EBS-CV-007", "/Iops", R"({"AvailabilityZone": "a", "Size": 100, "VolumeType": "io1", "Iops": 99})",
     R"({"AvailabilityZone": "a", "Size": 100, "VolumeType": "io1", "Iops": 100})"},
    {"EBS-CV-007", "/Iops", R"({"AvailabilityZone": "a", "Size": 65536, "VolumeType": "io2", "Iops": 256001})",
     R"({"AvailabilityZone": "a", "Size": 65536, "VolumeType": "io2", "Iops": 256000})"},
    // gp3 allows 16,001 IOPS on 40 GiB (500:1); cfn-lint's stale 16,000 cap would reject it.
    {"EBS-CV-008", "/Iops", R"({"AvailabilityZone": "a", "Size": 32, "VolumeType": "gp3", "Iops": 16001})",
     R"({"AvailabilityZone": "a", "Size": 40, "VolumeType": "gp3", "Iops": 16001})"},
    {"EBS-CV-008", "/Iops", R"({"AvailabilityZone": "a", "Size": 10, "VolumeType": "io1", "Iops": 501})",
     R"({"AvailabilityZone": "a", "Size": 10, "VolumeType": "io1", "Iops": 500})"},
    {"EBS-CV-008", "/Iops", R"({"AvailabilityZone": "a", "Size": 10, "VolumeType": "io2", "Iops": 10001})",
     R"({"AvailabilityZone": "a", "Size": 10, "VolumeType": "io2", "Iops": 10000})"},
    {"EBS-CV-009", "/Throughput", R"({"AvailabilityZone": "a", "Size": 100, "VolumeType": "io1", "Iops": 1000, "Throughput": 200})",
     R"({"AvailabilityZone": "a", "Size": 100, "VolumeType": "gp3", "Throughput": 200})"},
    {"EBS-CV-009", "/Throughput", R"({"AvailabilityZone": "a", "Size": 100, "VolumeType": "gp3", "Iops": 12000, "Throughput": 2001})",
     R"({"AvailabilityZone": "a", "Size": 100, "VolumeType": "gp3", "Iops": 12000, "Throughput": 2000})"},
    {"EBS-CV-009", "/Throughput", R"({"AvailabilityZone": "a", "Size": 100, "VolumeType": "gp3", "Throughput": 124})",
     R"({"AvailabilityZone": "a", "Size": 100, "VolumeType": "gp3", "Throughput": 125})"},
    {"EBS-CV-010", "/Throughput", R"({"AvailabilityZone": "a", "Size": 100, "VolumeType": "gp3", "Throughput": 751})",
     R"({"AvailabilityZone": "a", "Size": 100, "VolumeType": "gp3", "Throughput": 750})"},
    {"EBS-CV-010", "/Throughput", R"({"AvailabilityZone": "a", "Size": 100, "VolumeType": "gp3", "Iops": 4000, "Throughput": 1001})",
     R"({"AvailabilityZone": "a", "Size": 100, "VolumeType": "gp3", "Iops": 4000, "Throughput": 1000})"},
    {"EBS-CV-011", "/MultiAttachEnabled", R"({"AvailabilityZone": "a", "Size": 100, "VolumeType": "gp3", "MultiAttachEnabled": true})",
     R"({"AvailabilityZone": "a", "Size": 100, "VolumeType": "io2", "Iops": 1000, "MultiAttachEnabled": true})"},
    {"EBS-CV-011", "/MultiAttachEnabled", R"({"AvailabilityZone": "a", "Size": 100, "MultiAttachEnabled": true})",
     R"({"AvailabilityZone": "a", "Size": 100, "MultiAttachEnabled": false})"},
    {"EBS-CV-012", "/KmsKeyId", R"({"AvailabilityZone": "a", "Size": 8, "KmsKeyId": "alias/ebs"})",
     R"({"AvailabilityZone": "a", "Size": 8, "KmsKeyId": "alias/ebs", "Encrypted": true})"},
    {"EBS-CV-012", "/KmsKeyId", R"({"AvailabilityZone": "a", "Size": 8, "Encrypted": true, "KmsKeyId": "my key"})",
     R"({"AvailabilityZone": "a", "Size": 8, "Encrypted": true, "KmsKeyId": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"})"},
    {"EBS-CV-012", "/KmsKeyId", R"({"AvailabilityZone": "a", "Size": 8, "Encrypted": true, "KmsKeyId": "1234abcd-12ab-34cd-56ef-1234567890a"})",
     R"({"AvailabilityZone": "a", "Size": 8, "Encrypted": true, "KmsKeyId": "mrk-1234abcd12ab34cd56ef1234567890ab"})"},
    {"COMMON-003", "/SnapshotId", R"({"AvailabilityZone": "a", "SnapshotId": "snap-123"})",
     R"({"AvailabilityZone": "a", "SnapshotId": "snap-12345678"})"},
    {"EBS-CV-014", "/VolumeInitializationRate", R"({"AvailabilityZone": "a", "Size": 8, "VolumeInitializationRate": 200})",
     R"({"AvailabilityZone": "a", "SnapshotId": "snap-12345678", "VolumeInitializationRate": 200})"},
    {"EBS-CV-014", "/VolumeInitializationRate", R"({"AvailabilityZone": "a", "SnapshotId": "snap-12345678", "VolumeInitializationRate": 301})",
     R"({"AvailabilityZone": "a", "SnapshotId": "snap-12345678", "VolumeInitializationRate": 300})"},
    {"EBS-CV-015", "/TagSpecifications/0/ResourceType", R"({"AvailabilityZone": "a", "Size": 8, "TagSpecifications": [{"ResourceType": "snapshot", "Tags": []}]})",
     R"({"AvailabilityZone": "a", "Size": 8, "TagSpecifications": [{"ResourceType": "volume", "Tags": []}]})"},
    {"COMMON-005", "/TagSpecifications/0/Tags/1/Key", R"({"AvailabilityZone": "a", "Size": 8, "TagSpecifications": [{"ResourceType": "volume", "Tags": [{"Key": "a"}, {"Key": "a"}]}]})",
     R"({"AvailabilityZone": "a", "Size": 8, "TagSpecifications": [{"ResourceType": "volume", "Tags": [{"Key": "a"}, {"Key": "A"}]}]})"},
    {"COMMON-005", "/TagSpecifications/0/Tags/0/Key", R"({"AvailabilityZone": "a", "Size": 8, "TagSpecifications": [{"ResourceType": "volume", "Tags": [{"Key": "AWS:x"}]}]})",
     R"({"AvailabilityZone": "a", "Size": 8, "TagSpecifications": [{"ResourceType": "volume", "Tags": [{"Key": "awsx:x"}]}]})"},
    {"EBS-CV-016", "/OutpostArn", R"({"AvailabilityZone": "a", "Size": 8, "OutpostArn": "arn:aws:ec2:us-east-1:123456789012:instance/i-0123456789abcdef0"})",
     R"({"AvailabilityZone": "a", "Size": 8, "OutpostArn": "arn:aws:outposts:us-east-1:123456789012:outpost/op-0123456789abcdef0"})"},
    {"COMMON-004", "/OutpostArn", R"({"AvailabilityZone": "a", "Size": 8, "OutpostArn": "arn:aws:outposts:us-east-1:12345:outpost/op-0123456789abcdef0"})",
     R"({"AvailabilityZone": "a", "Size": 8, "OutpostArn": "arn:aws-us-gov:outposts:us-gov-west-1:123456789012:outpost/op-0123456789abcdef0"})"},
};

core::diagnostics findings(const char* json) {
    auto r = core::decode<ec2::create_volume_request>(json);
    BOOST_TEST_REQUIRE(r.has_value(), "the test document must decode: " << json);
    return core::validate(*r);
}

} // namespace

BOOST_AUTO_TEST_SUITE(ebs_volume)

BOOST_DATA_TEST_CASE(breaking_document_reports_the_rule_at_its_pointer, bdata::make(create_volume_cases), c) {
    test_support::check_breaking(c, test_support::findings_of<ec2::create_volume_request>);
}

BOOST_DATA_TEST_CASE(near_miss_does_not_report_the_rule, bdata::make(create_volume_cases), c) {
    test_support::check_near_miss(c, test_support::findings_of<ec2::create_volume_request>);
}

BOOST_AUTO_TEST_CASE(every_violation_is_reported_not_just_the_first) {
    auto ds = findings(R"({"Size": 1, "VolumeType": "io1", "Throughput": 300, "KmsKeyId": "alias/k",
                          "MultiAttachEnabled": true, "VolumeInitializationRate": 100})");
    auto ids = testing::rule_ids(ds);
    for (const char* rule : {"EBS-CV-001", "EBS-CV-004", "EBS-CV-005", "EBS-CV-009", "EBS-CV-012", "EBS-CV-014"})
        BOOST_TEST((std::find(ids.begin(), ids.end(), rule) != ids.end()), rule);
    BOOST_TEST(!testing::valid(*core::decode<ec2::create_volume_request>(R"({"Size": 1})")));
}

BOOST_AUTO_TEST_CASE(example_document_is_valid) {
    BOOST_TEST(testing::valid_file<ec2::create_volume_request>(AWSMODEL_EXAMPLES "/create-volume.json"));
}

BOOST_AUTO_TEST_CASE(ebs_block_device_uses_the_same_table_under_run_instances_ids) {
    auto r = core::decode<ec2::ebs_block_device>(R"({"VolumeType": "gp3", "VolumeSize": 8, "Iops": 5000})");
    BOOST_TEST_REQUIRE(r.has_value());
    auto ds = core::validate(*r);
    BOOST_TEST(testing::reports(ds, "EC2-RI-020", "/Iops"));
    auto ok = core::decode<ec2::ebs_block_device>(R"({"VolumeType": "gp3", "VolumeSize": 10, "Iops": 5000})");
    BOOST_TEST(testing::valid(*ok));
    auto none = core::decode<ec2::ebs_block_device>(R"({"VolumeType": "gp3"})");
    BOOST_TEST(testing::reports(core::validate(*none), "EC2-RI-017", "/VolumeSize"));
}

BOOST_AUTO_TEST_CASE(volume_description_round_trips_with_timestamps_in_iso8601) {
    const char* json = R"({"VolumeId":"vol-049df61146c4d7901","Size":8,"SnapshotId":"","AvailabilityZone":"us-east-1a",)"
                       R"("State":"in-use","CreateTime":"2013-12-18T22:35:00.084Z","Attachments":[{"AttachTime":)"
                       R"("2013-12-18T22:35:00.000Z","InstanceId":"i-1234567890abcdef0","VolumeId":"vol-049df61146c4d7901",)"
                       R"("State":"attached","DeleteOnTermination":true,"Device":"/dev/sda1"}],"Encrypted":false,)"
                       R"("VolumeType":"gp2","Iops":100})";
    auto r = core::decode<ec2::volume>(json);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST((r->state == ec2::volume_state::in_use));
    BOOST_TEST(r->create_time->wire() == "2013-12-18T22:35:00.084Z");
    auto again = core::decode<ec2::volume>(core::encode(*r));
    BOOST_TEST_REQUIRE(again.has_value());
    BOOST_TEST((*again == *r));
}

BOOST_AUTO_TEST_CASE(a_volume_type_from_a_newer_api_is_kept_and_reported) {
    auto r = core::decode<ec2::volume>(R"({"VolumeType":"gp4","Size":8})");
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(!r->volume_type->is_known());
    BOOST_TEST(core::encode(*r) == R"({"VolumeType":"gp4","Size":8})");
    BOOST_TEST(testing::reports(core::validate(*r), "EBS-CV-003", "/VolumeType"));
}

BOOST_AUTO_TEST_CASE(values_built_in_code_validate_like_decoded_ones) {
    using namespace core::literals;
    ec2::create_volume_request req;
    req.availability_zone = "eu-west-1b";
    req.volume_type = ec2::volume_type::io2;
    req.size = 100_GiB;
    req.iops = 100001_iops;
    auto ds = core::validate(req);
    BOOST_TEST(testing::reports(ds, "EBS-CV-008", "/Iops"));
    req.iops = 100000_iops;
    BOOST_TEST(testing::valid(req));
}

BOOST_AUTO_TEST_SUITE_END()
