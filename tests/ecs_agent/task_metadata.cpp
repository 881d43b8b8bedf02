// The task metadata endpoint's documents: open members and enumerations (kept, and findings only
// when strict), member order, null, Go's timestamps byte for byte, error bodies, ECS-AG-018, and
// the helpers (limits, addresses, ports, utilisation).
#include <awsmodel/core/json.hpp>
#include <awsmodel/core/validate.hpp>
#include <awsmodel/ecs_agent/error_body.hpp>
#include <awsmodel/ecs_agent/introspection.hpp>
#include <awsmodel/ecs_agent/stats.hpp>
#include <awsmodel/ecs_agent/task_limits.hpp>
#include <awsmodel/ecs_agent/task_metadata.hpp>
#include <awsmodel/ecs_agent/task_protection.hpp>
#include <awsmodel/ecs_agent/utilization.hpp>
#include "../support/rule_case.hpp"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <string>

using namespace awsmodel;
namespace bdata = boost::unit_test::data;

namespace task_metadata_tests {

// An EC2 bridge task as the agent writes it (compact; members in the EC2 agent's order).
const std::string ec2_task =
    R"({"Cluster":"prod","TaskARN":"arn:aws:ecs:us-east-1:123456789012:task/prod/0123456789abcdef0123456789abcdef",)"
    R"("Family":"web","Revision":"7","DesiredStatus":"RUNNING","KnownStatus":"RUNNING","Limits":{"CPU":0.5,"Memory":1024},)"
    R"("PullStartedAt":"2023-07-21T16:09:17.312884650Z","PullStoppedAt":"2023-07-21T16:09:18Z",)"
    R"("AvailabilityZone":"us-east-1a","LaunchType":"EC2","Containers":[{"DockerId":"5fc21e5b015f899d22618f8aede80b6d70d71b2a75465ea49d9462c8f3d2d3af",)"
    R"("Name":"app","DockerName":"ecs-web-7-app-c2e5f6e0cf91b0bead01","Image":"nginx","ImageID":"sha256:aa",)"
    R"("Ports":[{"ContainerPort":80,"Protocol":"tcp","HostPort":32768,"HostIp":"0.0.0.0"},{"ContainerPort":80,"Protocol":"tcp","HostPort":32768,"HostIp":"::"}],)"
    R"("DesiredStatus":"RUNNING","KnownStatus":"RUNNING","Limits":{"CPU":256,"Memory":0},"Type":"NORMAL",)"
    R"("Networks":[{"NetworkMode":"bridge","IPv4Addresses":["","172.17.0.2"]}]}],"VPCID":"vpc-1","FaultInjectionEnabled":false})";

BOOST_AUTO_TEST_SUITE(task_metadata)

BOOST_AUTO_TEST_CASE(a_compact_task_re_encodes_byte_for_byte) {
    auto t = core::decode<ecs_agent::task>(ec2_task);
    BOOST_TEST_REQUIRE(t.has_value(), testing::verdict(t.diagnostics()).message().str());
    BOOST_TEST(core::encode(*t) == ec2_task);
    BOOST_TEST(t->pull_started_at->instant().nanoseconds == 312884650u);
    BOOST_TEST(core::validate(*t).empty());
}

BOOST_AUTO_TEST_CASE(member_order_is_kept_and_later_members_follow) {
    const std::string fargate_order = R"({"Limits":{"Memory":512,"CPU":0.25},"KnownStatus":"RUNNING","Cluster":"c","TaskARN":"arn:aws:ecs:us-east-1:123456789012:task/c/1","Family":"f","Revision":"1"})";
    auto t = core::decode<ecs_agent::task>(fargate_order);
    BOOST_TEST_REQUIRE(t.has_value(), testing::verdict(t.diagnostics()).message().str());
    BOOST_TEST(core::encode(*t) == fargate_order);
    t->service_name = "svc";
    BOOST_TEST(core::encode(*t) == fargate_order.substr(0, fargate_order.size() - 1) + R"(,"ServiceName":"svc"})");
    // Order is how it was written, not what it is.
    auto table_order = *t;
    table_order.order.clear();
    BOOST_TEST((table_order == *t));
}

BOOST_AUTO_TEST_CASE(unknown_members_and_values_are_kept_unless_strict) {
    const std::string newer =
        R"({"Cluster":"c","TaskARN":"arn:aws:ecs:us-east-1:123456789012:task/c/1","Family":"f","Revision":"1",)"
        R"("KnownStatus":"DEPROVISIONED","NewMember":{"x":[1,2]},"LaunchType":"ORBIT"})";
    auto t = core::decode<ecs_agent::task>(newer);
    BOOST_TEST_REQUIRE(t.has_value(), testing::verdict(t.diagnostics()).message().str());
    BOOST_TEST(core::encode(*t) == newer);
    BOOST_TEST(!t->known_status.is_known());
    BOOST_TEST(core::validate(*t).empty(), testing::verdict(core::validate(*t)).message().str());
    // Strict: the member is a decoding finding, the values validation findings.
    core::decode_options strict;
    strict.strict = true;
    auto s = core::decode<ecs_agent::task>(newer, strict);
    BOOST_TEST(!s.has_value());
    BOOST_TEST(s.diagnostics().size() == 1u);
    BOOST_TEST(s.diagnostics()[0].pointer == "/NewMember");
    auto ds = core::validate(*t, core::validation_context{core::strict});
    BOOST_TEST_REQUIRE(ds.size() == 2u, testing::verdict(ds).message().str());
    BOOST_TEST(ds[0].pointer == "/KnownStatus");
    BOOST_TEST(ds[1].pointer == "/LaunchType");
}

BOOST_AUTO_TEST_CASE(null_is_taken_where_go_writes_it) {
    const std::string stats_map = R"({"a":null,"b":{},"c":{"read":"0001-01-01T00:00:00Z","blkio_stats":{"io_service_bytes_recursive":null,"sectors_recursive":[]}}})";
    auto m = core::decode<ecs_agent::task_stats>(stats_map);
    BOOST_TEST_REQUIRE(m.has_value(), testing::verdict(m.diagnostics()).message().str());
    BOOST_TEST(core::encode(*m) == stats_map);
    BOOST_TEST(m->find("a")->is_null());
    BOOST_TEST(!m->find("b")->is_null());
    BOOST_TEST((*m->find("c"))->read->is_zero());
    // null where the agent never writes it is still refused.
    auto bad = core::decode<ecs_agent::stats>(R"({"read":null})");
    BOOST_TEST(!bad.has_value());
    auto meta = core::decode<ecs_agent::introspection::metadata>(R"({"Cluster":"","ContainerInstanceArn":null,"Version":""})");
    BOOST_TEST_REQUIRE(meta.has_value());
    BOOST_TEST(meta->container_instance_arn.is_null());
}

BOOST_AUTO_TEST_CASE(go_timestamps_are_rfc3339_kept_as_written) {
    for (std::string t : {"2020-10-02T00:43:06.31288465Z", "2023-07-21T16:09:17Z", "0001-01-01T00:00:00Z",
                          "1969-12-31T23:59:59.99999999Z", "2024-02-29T12:00:00.1+05:30"}) {
        auto v = core::rfc3339_time::parse(t);
        BOOST_TEST_REQUIRE(v.has_value(), t);
        BOOST_TEST(v->text() == t);
    }
    for (std::string t : {"2023-07-21 16:09:17Z", "2023-07-21T16:09:17", "2023-07-21T16:09:17.1234567890Z",
                          "2023-02-29T00:00:00Z", "2023-07-21T16:09:60Z", "0000-01-01T00:00:00Z", "2023-07-21T16:09:17.Z"})
        BOOST_TEST(!core::rfc3339_time::parse(t).has_value(), t);
    auto a = *core::rfc3339_time::parse("2020-10-02T00:51:13.410254284Z");
    auto b = *core::rfc3339_time::parse("2020-10-02T00:51:12.406202398Z");
    BOOST_TEST(a.nanoseconds_since(b) == 1004051886);
    BOOST_TEST(core::rfc3339_time::from(a.instant()).text() == a.text());
    BOOST_TEST(core::rfc3339_time::zero().is_zero());
}

BOOST_AUTO_TEST_CASE(error_bodies_are_json_strings) {
    auto e = ecs_agent::decode_error_body(R"("V4 container metadata handler: unable to get task arn from request")");
    BOOST_TEST_REQUIRE(e.has_value());
    BOOST_TEST(e->substr(0, 2) == "V4");
    BOOST_TEST(!ecs_agent::decode_error_body(R"({"error":"x"})").has_value());
    BOOST_TEST(!ecs_agent::decode_error_body("not json").has_value());
}

BOOST_AUTO_TEST_CASE(introspection_tasks_are_the_list_or_one) {
    auto list = core::decode<ecs_agent::introspection::tasks_response>(R"({"Tasks":null})");
    BOOST_TEST_REQUIRE(list.has_value(), testing::verdict(list.diagnostics()).message().str());
    BOOST_TEST(list->get_if<ecs_agent::introspection::task_list>() != nullptr);
    const std::string one = R"({"Arn":"","KnownStatus":"","Family":"","Version":"","Containers":null})";
    auto task = core::decode<ecs_agent::introspection::tasks_response>(one);
    BOOST_TEST_REQUIRE(task.has_value(), testing::verdict(task.diagnostics()).message().str());
    BOOST_TEST(core::encode(*task) == one);
}

BOOST_AUTO_TEST_CASE(task_protection_responses) {
    const std::string off = R"({"protection":{"ExpirationDate":null,"ProtectionEnabled":false,"TaskArn":"arn:aws:ecs:us-west-2:111122223333:task/1"}})";
    auto r = core::decode<ecs_agent::task_protection_response>(off);
    BOOST_TEST_REQUIRE(r.has_value(), testing::verdict(r.diagnostics()).message().str());
    BOOST_TEST(core::encode(*r) == off);
    BOOST_TEST(r->protection->expiration_date->is_null());
}

const test_support::rule_case arn_cases[] = {
    {"ECS-AG-018", "/TaskARN", R"({"Cluster":"c","TaskARN":"arn:aws:ecs:us-west-2:&ExampleAWSAccountNo1;:task/c/1","Family":"f","Revision":"1","KnownStatus":"RUNNING"})",
     R"({"Cluster":"c","TaskARN":"arn:aws:ecs:us-west-2:111122223333:task/c/1","Family":"f","Revision":"1","KnownStatus":"RUNNING"})"},
    {"ECS-AG-018", "/Cluster", R"({"Cluster":"arn:aws:ecs:us-west-2:1111:cluster/c","TaskARN":"arn:aws:ecs:us-west-2:111122223333:task/c/1","Family":"f","Revision":"1","KnownStatus":"RUNNING"})",
     R"({"Cluster":"arn:aws:ecs:us-west-2:111122223333:cluster/c","TaskARN":"arn:aws:ecs:us-west-2:111122223333:task/c/1","Family":"f","Revision":"1","KnownStatus":"RUNNING"})"},
    {"ECS-AG-018", "/Containers/0/Labels/com.amazonaws.ecs.task-arn",
     R"({"Cluster":"c","TaskARN":"arn:aws:ecs:us-west-2:111122223333:task/c/1","Family":"f","Revision":"1","KnownStatus":"RUNNING","Containers":[{"DockerId":"d","Name":"n","DockerName":"n","Image":"i","ImageID":"","Labels":{"com.amazonaws.ecs.task-arn":"arn:aws:ecs:us-west-2:&Account;:task/c/1"},"DesiredStatus":"RUNNING","KnownStatus":"RUNNING","Limits":{"CPU":2},"Type":"NORMAL"}]})",
     R"({"Cluster":"c","TaskARN":"arn:aws:ecs:us-west-2:111122223333:task/c/1","Family":"f","Revision":"1","KnownStatus":"RUNNING","Containers":[{"DockerId":"d","Name":"n","DockerName":"n","Image":"i","ImageID":"","Labels":{"com.amazonaws.ecs.task-arn":"arn:aws:ecs:us-west-2:111122223333:task/c/1"},"DesiredStatus":"RUNNING","KnownStatus":"RUNNING","Limits":{"CPU":2},"Type":"NORMAL"}]})"},
};

BOOST_DATA_TEST_CASE(arn_rule, bdata::make(arn_cases), c) { test_support::check_rule_case<ecs_agent::task>(c); }

BOOST_AUTO_TEST_CASE(limits_addresses_and_ports_in_awsmodel_units) {
    auto t = *core::decode<ecs_agent::task>(ec2_task);
    auto limits = ecs_agent::task_limits(t);
    BOOST_TEST(limits.cpu->count() == 512);
    BOOST_TEST(limits.memory->count() == 1024);
    auto app = ecs_agent::container_limits(t.containers->at(0));
    BOOST_TEST(app.cpu->count() == 256);
    BOOST_TEST(!app.memory); // EC2's 0 is "none"
    BOOST_TEST((ecs_agent::task_addresses(t) == std::vector<std::string>{"172.17.0.2"}));
    auto ports = ecs_agent::port_bindings(t);
    BOOST_TEST_REQUIRE(ports.size() == 2u);
    BOOST_TEST(ports[1].host_ip == "::");
    BOOST_TEST(ports[0].host_port == 32768);
}

// Two samples of one container, a second apart: 0.5 s of CPU time of 2 CPUs' 2 s, and 100 MB
// used of which 20 MB inactive cache.
const std::string earlier_stats =
    R"({"read":"2024-01-01T00:00:00Z","cpu_stats":{"cpu_usage":{"total_usage":1000000000},"system_cpu_usage":10000000000,"online_cpus":2},)"
    R"("memory_stats":{"usage":100000000,"stats":{"total_inactive_file":20000000},"limit":400000000},)"
    R"("networks":{"eth0":{"rx_bytes":1000,"tx_bytes":500}}})";
const std::string later_stats =
    R"({"read":"2024-01-01T00:00:01Z","preread":"2024-01-01T00:00:00Z","cpu_stats":{"cpu_usage":{"total_usage":1500000000},"system_cpu_usage":12000000000,"online_cpus":2},)"
    R"("precpu_stats":{"cpu_usage":{"total_usage":1000000000},"system_cpu_usage":10000000000,"online_cpus":2},)"
    R"("memory_stats":{"usage":100000000,"stats":{"inactive_file":30000000,"total_inactive_file":20000000},"limit":400000000},)"
    R"("networks":{"eth0":{"rx_bytes":3000,"tx_bytes":1500}},"network_rate_stats":{"rx_bytes_per_sec":2000,"tx_bytes_per_sec":1000}})";

BOOST_AUTO_TEST_CASE(utilisation_as_docker_stats_computes_it) {
    auto a = *core::decode<ecs_agent::stats>(earlier_stats);
    auto b = *core::decode<ecs_agent::stats>(later_stats);
    // (0.5e9 / 2e9) x 2 CPUs x 100
    BOOST_TEST(ecs_agent::cpu_percent(a, b) == 50.0, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(ecs_agent::cpu_percent(b) == 50.0, boost::test_tools::tolerance(1e-9));
    auto m = ecs_agent::memory_usage(b);
    BOOST_TEST(m.used_bytes == 80000000u); // cgroup v1's total_inactive_file first
    BOOST_TEST(m.percent == 20.0, boost::test_tools::tolerance(1e-9));
    auto rate = ecs_agent::network_rate(a, b);
    BOOST_TEST_REQUIRE(rate.has_value());
    BOOST_TEST(rate->rx_bytes_per_second == 2000.0, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(ecs_agent::network_rate(b)->tx_bytes_per_second == 1000.0);
    BOOST_TEST(ecs_agent::cpu_percent(b, a) == 0.0); // backwards: no negative utilisation
}

BOOST_AUTO_TEST_CASE(windows_cpu_counts_100ns_intervals) {
    auto a = *core::decode<ecs_agent::stats>(R"({"read":"2024-01-01T00:00:00Z","num_procs":2,"cpu_stats":{"cpu_usage":{"total_usage":0}}})");
    auto b = *core::decode<ecs_agent::stats>(R"({"read":"2024-01-01T00:00:01Z","num_procs":2,"cpu_stats":{"cpu_usage":{"total_usage":5000000}}})");
    // 5e6 intervals of 100 ns = 0.5 s of 2 processors' 2 s.
    BOOST_TEST(ecs_agent::cpu_percent(a, b) == 25.0, boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_SUITE_END()

} // namespace task_metadata_tests
