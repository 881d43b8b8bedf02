#include <awsmodel/core/json.hpp>
#include <awsmodel/ec2/instance.hpp>
#include <awsmodel/testing/boost_test.hpp>
#include "../support/corpus.hpp"

#include <boost/test/unit_test.hpp>

#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

using namespace awsmodel;

namespace {

std::string read(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(f), {});
}

// The corpus files MANIFEST.tsv lists for a botocore shape.
std::vector<std::string> corpus_files(std::string_view shape) {
    std::vector<std::string> files;
    std::istringstream manifest(read(AWSMODEL_CORPUS "/MANIFEST.tsv"));
    std::string line;
    while (std::getline(manifest, line)) {
        std::istringstream row(line);
        std::string file, service, s;
        std::getline(row, file, '\t');
        std::getline(row, service, '\t');
        std::getline(row, s, '\t');
        if (s == shape) files.push_back(file);
    }
    return files;
}

bool is_enum_finding(const core::diagnostic& d) {
    return d.rule == core::rules::enum_value || d.rule.starts_with("EC2-RI-");
}

const char* instance_json = R"({"Architecture":"arm64","EbsOptimized":true,"EnaSupport":true,"Hypervisor":"xen",)"
    R"("RootDeviceName":"/dev/xvda","RootDeviceType":"ebs","VirtualizationType":"hvm","BootMode":"uefi",)"
    R"("CpuOptions":{"CoreCount":2,"ThreadsPerCore":1},"MetadataOptions":{"State":"applied","HttpTokens":"required",)"
    R"("HttpPutResponseHopLimit":2,"HttpEndpoint":"enabled"},"InstanceId":"i-0123456789abcdef0",)"
    R"("ImageId":"ami-0123456789abcdef0","State":{"Code":16,"Name":"running"},"InstanceType":"m7g.large",)"
    R"("LaunchTime":"2026-11-01T08:30:00.000Z","Placement":{"AvailabilityZone":"eu-west-1a","GroupName":"","Tenancy":"default"},)"
    R"("Platform":"windows","Monitoring":{"State":"disabled"},"SubnetId":"subnet-0123456789abcdef0",)"
    R"("VpcId":"vpc-0123456789abcdef0","PrivateIpAddress":"10.0.1.17",)"
    R"("NetworkInterfaces":[{"Attachment":{"AttachTime":"2026-11-01T08:30:00.000Z","AttachmentId":"eni-attach-0123456789abcdef0",)"
    R"("DeleteOnTermination":true,"DeviceIndex":0,"Status":"attached","NetworkCardIndex":0},)"
    R"("Groups":[{"GroupId":"sg-0123456789abcdef0","GroupName":"ecs"}],"NetworkInterfaceId":"eni-0123456789abcdef0",)"
    R"("Status":"in-use","InterfaceType":"interface"}]})";

} // namespace

BOOST_AUTO_TEST_SUITE(instance_description)

BOOST_AUTO_TEST_CASE(every_corpus_describe_instances_result_round_trips, test_support::needs_corpus()) {
    auto files = corpus_files("DescribeInstancesResult");
    BOOST_TEST_REQUIRE(!files.empty());
    std::size_t instances = 0;
    for (const auto& file : files) {
        auto r = core::decode<ec2::describe_instances_result>(read(AWSMODEL_CORPUS "/" + file));
        BOOST_TEST_REQUIRE(r.has_value(), file << ": " << testing::verdict(r.diagnostics()).message().str());
        for (const auto& res : r->reservations.value_or(std::vector<ec2::reservation>{}))
            instances += res.instances ? res.instances->size() : 0;
        auto again = core::decode<ec2::describe_instances_result>(core::encode(*r));
        BOOST_TEST_REQUIRE(again.has_value(), file);
        BOOST_TEST((*again == *r), file);
        // Every enumerated value AWS sent is one awsmodel knows (redacted ids may still be malformed).
        for (const auto& d : core::validate(*r)) BOOST_TEST(!is_enum_finding(d), file << ": " << d);
    }
    BOOST_TEST(instances >= files.size());
}

BOOST_AUTO_TEST_CASE(an_instance_decodes_into_typed_members) {
    auto r = core::decode<ec2::instance>(instance_json);
    BOOST_TEST_REQUIRE(r.has_value(), testing::verdict(r.diagnostics()).message().str());
    BOOST_TEST((r->architecture == ec2::architecture::arm64));
    BOOST_TEST((r->state->name == ec2::instance_state_name::running));
    BOOST_TEST(*r->state->code == 16);
    BOOST_TEST((r->platform == ec2::platform_values::windows));
    BOOST_TEST((r->placement->tenancy == ec2::tenancy::default_));
    BOOST_TEST(r->instance_type->info()->vcpus == 2);
    BOOST_TEST(r->launch_time->wire() == "2026-11-01T08:30:00.000Z");
    BOOST_TEST(r->network_interfaces->at(0).groups->at(0).group_id->str() == "sg-0123456789abcdef0");
    BOOST_TEST((r->network_interfaces->at(0).attachment->status == ec2::attachment_status::attached));
    BOOST_TEST(testing::valid(*r));
    // Encoding writes members in botocore's order, whatever order the document used.
    std::string out = core::encode(*r);
    BOOST_TEST(out.find(R"("Placement":{"GroupName":"","Tenancy":"default","AvailabilityZone":"eu-west-1a"})") != std::string::npos);
    auto again = core::decode<ec2::instance>(out);
    BOOST_TEST_REQUIRE(again.has_value());
    BOOST_TEST((*again == *r));
}

BOOST_AUTO_TEST_CASE(a_value_from_a_newer_api_is_kept_and_reported) {
    auto r = core::decode<ec2::instance>(R"({"State":{"Code":96,"Name":"hibernated"},"Architecture":"riscv64"})");
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(!r->state->name->is_known());
    BOOST_TEST(core::encode(*r) == R"({"Architecture":"riscv64","State":{"Code":96,"Name":"hibernated"}})");
    auto ds = core::validate(*r);
    BOOST_TEST(testing::reports(ds, core::rules::enum_value, "/State/Name"));
    BOOST_TEST(testing::reports(ds, core::rules::enum_value, "/Architecture"));
}

BOOST_AUTO_TEST_CASE(the_run_instances_response_is_a_reservation, test_support::needs_corpus()) {
    // The AWS CLI's run-instances output (corpus run-instances/0001.json) describes a reservation.
    auto r = core::decode<ec2::reservation>(read(AWSMODEL_CORPUS "/run-instances/0001.json"));
    BOOST_TEST_REQUIRE(r.has_value(), testing::verdict(r.diagnostics()).message().str());
    BOOST_TEST_REQUIRE(r->instances->size() == 1u);
    const ec2::instance& i = r->instances->front();
    BOOST_TEST((i.state->name == ec2::instance_state_name::pending));
    BOOST_TEST(i.instance_type->info()->burstable);
}

BOOST_AUTO_TEST_CASE(malformed_ids_in_a_description_are_reported_where_they_are) {
    auto r = core::decode<ec2::describe_instances_result>(
        R"({"Reservations":[{"ReservationId":"r-0123456789abcdef0","Instances":[{"InstanceId":"i-123","SubnetId":"subnet-12345678"}]}]})");
    BOOST_TEST_REQUIRE(r.has_value());
    auto ds = core::validate(*r);
    BOOST_TEST(testing::reports(ds, core::rules::resource_id, "/Reservations/0/Instances/0/InstanceId"));
    BOOST_TEST(ds.size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
