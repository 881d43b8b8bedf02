// AttachVolume: its shape, the device-name rules of the request alone, and the rules that need the
// volume and the instance in the validation context (skipped without them).
#include <awsmodel/core/json.hpp>
#include <awsmodel/ec2/attach_volume.hpp>
#include <awsmodel/testing/boost_test.hpp>

#include <boost/test/data/test_case.hpp>
#include "../support/rule_case.hpp"
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <string>

using namespace awsmodel;
namespace bdata = boost::unit_test::data;

namespace {

using test_support::rule_case;

std::string request(std::string_view device) {
    return core::cat(R"({"Device": ")", device, R"(", "InstanceId": "i-0123456789abcdef0", "VolumeId": "vol-0123456789abcdef0"})");
}

// The request alone: the device name.
const rule_case request_cases[] = {
    {"EBS-AV-001", "/Device", request("sdf"), request("/dev/sdf")},
    {"EBS-AV-001", "/Device", request("/dev/sdf16"), request("/dev/sdf15")},
    {"EBS-AV-001", "/Device", request("/dev/nvme1n1"), request("/dev/xvdba")},
    {"EBS-AV-001", "/Device", request("xvdF"), request("xvdf")},
    {"EBS-AV-002", "/Device", request("/dev/sdq"), request("/dev/sdp"), core::severity::warning},
    {"EBS-AV-002", "/Device", request("xvde"), request("xvdf"), core::severity::warning},
};

// A volume and an instance as DescribeVolumes and DescribeInstances describe them, in us-east-1a.
std::string volume(std::string_view members) {
    return core::cat(R"({"VolumeId": "vol-0123456789abcdef0", "AvailabilityZone": "us-east-1a")", members, "}");
}
std::string instance(std::string_view members) {
    return core::cat(R"({"InstanceId": "i-0123456789abcdef0", "Placement": {"AvailabilityZone": "us-east-1a"})", members, "}");
}

struct context_case {
    rule_case rule;
    std::string volume, instance;          // the breaking case's context
    std::string near_volume, near_instance; // the near miss's
};

// Each case's breaking and near-miss documents are the same request; the context differs.
const context_case context_cases[] = {
    {{"EBS-AV-003", "/VolumeId", request("/dev/sdf"), request("/dev/sdf")},
     volume(R"(, "State": "in-use")"), instance(""), volume(R"(, "State": "available")"), instance("")},
    {{"EBS-AV-003", "/VolumeId", request("/dev/sdf"), request("/dev/sdf")},
     volume(R"(, "State": "in-use", "MultiAttachEnabled": true, "Attachments": [{"InstanceId": "i-0123456789abcdef0", "Device": "/dev/sdg"}])"),
     instance(""),
     volume(R"(, "State": "in-use", "MultiAttachEnabled": true, "Attachments": [{"InstanceId": "i-0fedcba9876543210", "Device": "/dev/sdg"}])"),
     instance("")},
    {{"EBS-AV-004", "/InstanceId", request("/dev/sdf"), request("/dev/sdf")},
     volume(R"(, "State": "available")"),
     R"({"InstanceId": "i-0123456789abcdef0", "Placement": {"AvailabilityZone": "us-east-1b"}})",
     volume(R"(, "State": "available")"), instance("")},
    {{"EBS-AV-005", "/InstanceId", request("/dev/sdf"), request("/dev/sdf")},
     volume(""), instance(R"(, "State": {"Code": 0, "Name": "pending"})"),
     volume(""), instance(R"(, "State": {"Code": 80, "Name": "stopped"})")},
    {{"EBS-AV-006", "/Device", request("/dev/sdf"), request("/dev/sdf")},
     volume(""), instance(R"(, "BlockDeviceMappings": [{"DeviceName": "/dev/xvda"}, {"DeviceName": "/dev/sdf", "Ebs": {"VolumeId": "vol-0fedcba9876543210"}}])"),
     volume(""), instance(R"(, "BlockDeviceMappings": [{"DeviceName": "/dev/xvda"}, {"DeviceName": "/dev/sdg"}])")},
};

std::ostream& operator<<(std::ostream& os, const context_case& c) { return os << c.rule; }

template <class T>
T decoded(const std::string& text) {
    auto r = core::decode<T>(text);
    BOOST_TEST_REQUIRE(r.has_value(), text << ": " << testing::verdict(r.diagnostics()).message().str());
    return std::move(*r);
}

core::diagnostics findings_in_context(const std::string& request_text, const std::string& volume_text,
                                      const std::string& instance_text) {
    const auto v = decoded<ec2::volume>(volume_text);
    const auto i = decoded<ec2::instance>(instance_text);
    return core::validate(decoded<ec2::attach_volume_request>(request_text), core::validation_context{v, i});
}

} // namespace

BOOST_AUTO_TEST_SUITE(attach_volume)

BOOST_DATA_TEST_CASE(a_device_name_rule_is_reported_at_its_pointer, bdata::make(request_cases), c) {
    test_support::check_rule_case<ec2::attach_volume_request>(c);
}

BOOST_DATA_TEST_CASE(a_rule_of_the_context_is_reported_with_it, bdata::make(context_cases), c) {
    test_support::check_breaking(c.rule, [&](const std::string& r) { return findings_in_context(r, c.volume, c.instance); });
    test_support::check_near_miss(c.rule, [&](const std::string& r) {
        return findings_in_context(r, c.near_volume, c.near_instance);
    });
    // Without the context, the rules that need it are skipped: the request alone is clean.
    BOOST_TEST(testing::valid_json<ec2::attach_volume_request>(c.rule.breaking));
}

BOOST_AUTO_TEST_CASE(context_documents_of_other_resources_say_nothing) {
    // An in-use volume of another id, and a pending instance of another id: neither is the
    // request's, so no rule of the context applies.
    const auto v = decoded<ec2::volume>(R"({"VolumeId": "vol-0fedcba9876543210", "State": "in-use", "AvailabilityZone": "eu-west-1a"})");
    const auto i = decoded<ec2::instance>(R"({"InstanceId": "i-0fedcba9876543210", "State": {"Name": "pending"}})");
    const auto r = decoded<ec2::attach_volume_request>(request("/dev/sdf"));
    BOOST_TEST(core::validate(r, core::validation_context{v, i}).empty());
}

BOOST_AUTO_TEST_CASE(a_describe_result_in_the_context_is_searched_by_id) {
    const auto page = decoded<ec2::describe_volumes_result>(core::cat(
        R"({"Volumes": [{"VolumeId": "vol-0fedcba9876543210", "State": "available"}, )", volume(R"(, "State": "creating")"), "]}"));
    const auto instances = decoded<ec2::describe_instances_result>(core::cat(
        R"({"Reservations": [{"Instances": [)", instance(R"(, "State": {"Name": "terminated"})"), "]}]}"));
    const auto ds = core::validate(decoded<ec2::attach_volume_request>(request("/dev/sdf")),
                                   core::validation_context{page, instances});
    BOOST_TEST(testing::reports(ds, "EBS-AV-003", "/VolumeId"));
    BOOST_TEST(testing::reports(ds, "EBS-AV-005", "/InstanceId"));
    BOOST_TEST(ds.size() == 2u, testing::verdict(ds).message().str());
}

BOOST_AUTO_TEST_CASE(every_violation_is_reported) {
    const auto v = decoded<ec2::volume>(R"({"VolumeId": "vol-0123456789abcdef0", "AvailabilityZone": "us-east-1c", "State": "in-use"})");
    const auto i = decoded<ec2::instance>(
        instance(R"(, "State": {"Name": "shutting-down"}, "BlockDeviceMappings": [{"DeviceName": "/dev/sdz"}])"));
    const auto ds = core::validate(decoded<ec2::attach_volume_request>(request("/dev/sdz")), core::validation_context{v, i});
    const auto ids = testing::rule_ids(ds);
    for (std::string_view rule : {"EBS-AV-002", "EBS-AV-003", "EBS-AV-004", "EBS-AV-005", "EBS-AV-006"})
        BOOST_TEST((std::find(ids.begin(), ids.end(), rule) != ids.end()), rule);
}

BOOST_AUTO_TEST_CASE(the_request_and_the_answer_round_trip) {
    const std::string text = R"({"Device":"/dev/sdf","InstanceId":"i-0123456789abcdef0","VolumeId":"vol-0123456789abcdef0","EbsCardIndex":1,"DryRun":true})";
    BOOST_TEST(core::encode(decoded<ec2::attach_volume_request>(text)) == text);
    const std::string answer = R"({"VolumeId":"vol-0123456789abcdef0","InstanceId":"i-0123456789abcdef0","Device":"/dev/sdf","State":"attaching","AttachTime":"2026-12-02T14:00:00.000Z"})";
    BOOST_TEST(core::encode(decoded<ec2::volume_attachment>(answer)) == answer);
    // Device, InstanceId and VolumeId are required.
    BOOST_TEST(testing::reports(core::decode<ec2::attach_volume_request>("{}").diagnostics(), "AWSMODEL-REQUIRED", "/Device"));
}

BOOST_AUTO_TEST_SUITE_END()
