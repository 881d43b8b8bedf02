#include <awsmodel/core/json.hpp>
#include <awsmodel/ecs/run_task_builder.hpp>
#include <awsmodel/testing/boost_test.hpp>

#include <boost/json/parse.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <ostream>
#include <string>
#include <type_traits>
#include <vector>

using namespace awsmodel;
using namespace awsmodel::core::literals;
namespace bdata = boost::unit_test::data;

namespace {

auto report_container() {
    return ecs::container_builder{}.name("report").image("123456789012.dkr.ecr.eu-west-1.amazonaws.com/reports:1.4");
}
auto uploader() { return ecs::container_builder{}.name("uploader").image("amazon/aws-cli:2.17.0"); }

// The ports a container's .port<P>() calls published are in its builder's type.
using literal_ports = decltype(ecs::container_builder{}.port<8080>().port<9090>());
using runtime_port = decltype(ecs::container_builder{}.port<8080>().port(9090));
static_assert(std::is_same_v<literal_ports, ecs::container_builder<false, false, ecs::known_ports<8080, 9090>>>);
static_assert(ecs::known_ports<8080, 9090>::contains(9090) && !ecs::known_ports<8080, 9090>::contains(80));
static_assert(std::is_same_v<runtime_port, ecs::container_builder<false, false, ecs::unknown_ports>>);

// The run task rules' id for a finding at a pointer, in the findings of a builder run that breaks
// it, and its absence in a run that just does not.
struct builder_case {
    const char* rule;
    const char* pointer;
    core::diagnostics (*build)(bool breaking);
    const char* what;
};
std::ostream& operator<<(std::ostream& os, const builder_case& c) { return os << c.rule << " " << c.what; }

// The task definition is named at run time: ECS-RT-001 checks the reference.
core::diagnostics runtime_reference(bool breaking) {
    return ecs::run_task()
        .task_definition(core::runtime(breaking ? "nightly-report:0" : "nightly-report:1"))
        .ec2()
        .build()
        .diagnostics();
}
core::diagnostics runtime_count(bool breaking) {
    auto [task, report] = ecs::task_definition_builder{}.family("nightly-report").ec2().add_container(
        report_container().memory(512_MiB));
    return ecs::run_task(task).ec2().count(ecs::task_count(breaking ? 11 : 10)).build().diagnostics();
}
core::diagnostics runtime_cluster(bool breaking) {
    return ecs::run_task()
        .task_definition(core::runtime("nightly-report"))
        .cluster(core::runtime(breaking ? "batch jobs" : "batch-jobs"))
        .build()
        .diagnostics();
}
// A network mode set at run time is not in the type: the rule finds the missing network.
core::diagnostics runtime_awsvpc_mode(bool breaking) {
    auto [task, report] = ecs::task_definition_builder{}
                              .family("nightly-report")
                              .ec2(ecs::network_mode::awsvpc)
                              .add_container(report_container().memory(512_MiB));
    auto run = ecs::run_task(task).ec2();
    if (breaking) return std::move(run).build().diagnostics();
    return std::move(run).network_configuration(ecs::awsvpc({"subnet-0a1b2c3d"})).build().diagnostics();
}
core::diagnostics runtime_bridge_mode(bool breaking) {
    auto [task, report] = ecs::task_definition_builder{}
                              .family("nightly-report")
                              .ec2(ecs::network_mode::bridge)
                              .add_container(report_container().memory(512_MiB));
    auto run = ecs::run_task(task).ec2();
    if (!breaking) return std::move(run).build().diagnostics();
    return std::move(run).network_configuration(ecs::awsvpc({"subnet-0a1b2c3d"})).build().diagnostics();
}
// A container named at run time, checked against a task definition the context holds.
core::diagnostics runtime_override_name(bool breaking) {
    auto task = ecs::task_definition_builder{}
                    .family("nightly-report")
                    .ec2()
                    .container(report_container().memory(512_MiB))
                    .build();
    BOOST_TEST_REQUIRE(task.has_value(), testing::verdict(task.diagnostics()).message().str());
    ecs::container_override o;
    o.command = std::vector<std::string>{"--date", "2026-12-01"};
    return ecs::run_task()
        .task_definition(core::runtime("nightly-report"))
        .ec2()
        .container_override(core::runtime(breaking ? "reports" : "report"), o)
        .build(core::validation_context{*task})
        .diagnostics();
}
// Builders made by one line have one type, so their handles pass the compiler: build() tells them
// apart.
auto same_line_task() {
    return ecs::task_definition_builder{}.family("nightly-report").ec2().add_container(report_container().memory(512_MiB));
}
core::diagnostics same_type_handle(bool breaking) {
    auto [other, theirs] = same_line_task();
    auto [task, own] = same_line_task();
    static_assert(std::is_same_v<decltype(theirs), decltype(own)>);
    return ecs::run_task(task).ec2().environment(breaking ? theirs : own, "DATE", "2026-12-01").build().diagnostics();
}
// A handle of a container added after the request was made: the copy the request holds lacks it.
core::diagnostics later_container_handle(bool breaking) {
    auto [task, report] = ecs::task_definition_builder{}.family("nightly-report").ec2().add_container(
        report_container().memory(512_MiB));
    auto run = ecs::run_task(task).ec2();
    auto [with_uploader, upload] = std::move(task).add_container(uploader().memory(128_MiB));
    return std::move(run).command(breaking ? upload : report, {"--dry-run"}).build().diagnostics();
}
// The task definition's compatibilities come with the copy: EC2 only cannot run on Fargate.
core::diagnostics launch_type_against_compatibilities(bool breaking) {
    auto [task, report] = ecs::task_definition_builder{}
                              .family("nightly-report")
                              .edit([](ecs::register_task_definition_request& r) {
                                  r.network_mode = ecs::network_mode::awsvpc;
                                  r.requires_compatibilities =
                                      std::vector<core::open_enum<ecs::compatibility>>{ecs::compatibility::ec2};
                              })
                              .add_container(report_container().memory(512_MiB));
    auto network = ecs::awsvpc({"subnet-0a1b2c3d"});
    if (breaking) return ecs::run_task(task).fargate().network_configuration(network).build().diagnostics();
    return ecs::run_task(task).ec2().network_configuration(network).build().diagnostics();
}

const builder_case cases[] = {
    {"ECS-RT-001", "/taskDefinition", runtime_reference, "a revision 0 given at run time"},
    {"ECS-RT-002", "/count", runtime_count, "a count of 11 given at run time"},
    {"ECS-RT-024", "/cluster", runtime_cluster, "a cluster name with a space given at run time"},
    {"ECS-RT-009", "/networkConfiguration", runtime_awsvpc_mode, "awsvpc set at run time, no network"},
    {"ECS-RT-009", "/networkConfiguration", runtime_bridge_mode, "bridge set at run time, a network"},
    {"ECS-RT-018", "/overrides/containerOverrides/0/name", runtime_override_name, "a container named at run time"},
    {"ECS-RT-018", "/overrides/containerOverrides/0/name", same_type_handle, "a handle of a same-type builder"},
    {"ECS-RT-018", "/overrides/containerOverrides/0/name", later_container_handle, "a container added afterwards"},
    {"ECS-RT-025", "/launchType", launch_type_against_compatibilities, "FARGATE for an EC2 task definition"},
};

} // namespace

BOOST_AUTO_TEST_SUITE(run_task_builder)

BOOST_AUTO_TEST_CASE(the_task_definition_builders_type_knows_the_network_mode_its_calls_name) {
    auto fargate = ecs::task_definition_builder{}.family("f").fargate<256, 512>();
    auto bridge = ecs::task_definition_builder{}.family("f").ec2();
    auto host = ecs::task_definition_builder{}.family("f").ec2<ecs::network_mode::host>();
    auto chosen = ecs::task_definition_builder{}.family("f").ec2(ecs::network_mode::host);
    auto edited = ecs::task_definition_builder{}.family("f").ec2().edit(
        [](ecs::register_task_definition_request& r) { r.network_mode = ecs::network_mode::host; });
    static_assert(decltype(fargate)::network == ecs::known_network_mode::awsvpc);
    static_assert(decltype(bridge)::network == ecs::known_network_mode::bridge);
    static_assert(decltype(host)::network == ecs::known_network_mode::host);
    static_assert(decltype(chosen)::network == ecs::known_network_mode::unknown); // chosen at run time
    static_assert(decltype(edited)::network == ecs::known_network_mode::unknown); // the edit may change it
    // The request says what the type says, where the type knows.
    auto td = std::move(host).container(report_container().memory(512_MiB)).build();
    BOOST_TEST_REQUIRE(td.has_value(), testing::verdict(td.diagnostics()).message().str());
    BOOST_TEST((td->network_mode == ecs::network_mode::host));
    auto changed = std::move(edited).container(report_container().memory(512_MiB)).build();
    BOOST_TEST_REQUIRE(changed.has_value(), testing::verdict(changed.diagnostics()).message().str());
    BOOST_TEST((changed->network_mode == ecs::network_mode::host));
}

BOOST_AUTO_TEST_CASE(builds_a_fargate_request_as_the_wire_expects) {
    auto [task, report] = ecs::task_definition_builder{}
                              .family("nightly-report")
                              .fargate<1024, 2048>()
                              .execution_role("arn:aws:iam::123456789012:role/ecsTaskExecutionRole")
                              .task_role("nightly-report-task")
                              .add_container(report_container());
    auto run = ecs::run_task(task)
                   .cluster("batch")
                   .fargate()
                   .platform_version("1.4.0")
                   .count<3>()
                   .network_configuration(ecs::awsvpc({"subnet-0a1b2c3d", "subnet-0e1f2a3b"}, {"sg-0a1b2c3d"},
                                                      ecs::assign_public_ip::enabled))
                   .environment(report, "REPORT_DATE", "2026-12-01")
                   .environment(report, "REPORT_FORMAT", "pdf")
                   .command(report, {"generate", "--all"})
                   .started_by("nightly-scheduler")
                   .propagate_tags(ecs::propagate_tags::task_definition)
                   .tag("team", "finance")
                   .build();
    BOOST_TEST_REQUIRE(run.has_value(), testing::verdict(run.diagnostics()).message().str());
    BOOST_TEST(run.diagnostics().empty(), testing::verdict(run.diagnostics()).message().str());
    BOOST_TEST((boost::json::parse(core::encode(*run)) == boost::json::parse(R"({
        "cluster": "batch",
        "count": 3,
        "launchType": "FARGATE",
        "networkConfiguration": {"awsvpcConfiguration": {
            "subnets": ["subnet-0a1b2c3d", "subnet-0e1f2a3b"],
            "securityGroups": ["sg-0a1b2c3d"],
            "assignPublicIp": "ENABLED"}},
        "overrides": {"containerOverrides": [{
            "name": "report",
            "command": ["generate", "--all"],
            "environment": [{"name": "REPORT_DATE", "value": "2026-12-01"},
                            {"name": "REPORT_FORMAT", "value": "pdf"}]}]},
        "platformVersion": "1.4.0",
        "propagateTags": "TASK_DEFINITION",
        "startedBy": "nightly-scheduler",
        "tags": [{"key": "team", "value": "finance"}],
        "taskDefinition": "nightly-report"
    })")));

    // The value validates clean with the task definition as it is registered, described or not.
    auto td = std::move(task).build();
    BOOST_TEST_REQUIRE(td.has_value(), testing::verdict(td.diagnostics()).message().str());
    auto findings = core::validate(*run, core::validation_context{*td});
    BOOST_TEST(findings.empty(), testing::verdict(findings).message().str());
}

BOOST_AUTO_TEST_CASE(a_bridge_task_on_ec2_needs_no_network_and_names_a_revision) {
    auto [task, report] = ecs::task_definition_builder{}.family("nightly-report").ec2().add_container(
        report_container().memory(512_MiB));
    auto [both, upload] = std::move(task).add_container(uploader().memory(128_MiB).essential(false));
    auto run = ecs::run_task(both).revision(4).ec2().count<10>().command(upload, {"s3", "sync", "/out", "s3://reports"}).build();
    BOOST_TEST_REQUIRE(run.has_value(), testing::verdict(run.diagnostics()).message().str());
    BOOST_TEST(run->task_definition == "nightly-report:4");
    BOOST_TEST(!run->network_configuration.has_value());
    BOOST_TEST_REQUIRE(run->overrides->container_overrides->size() == 1u);
    BOOST_TEST(run->overrides->container_overrides->front().name->view() == "uploader");
    auto td = std::move(both).build();
    BOOST_TEST_REQUIRE(td.has_value(), testing::verdict(td.diagnostics()).message().str());
    BOOST_TEST(testing::verdict(core::validate(*run, core::validation_context{*td})));
}

BOOST_AUTO_TEST_CASE(a_capacity_provider_strategy_leaves_the_network_to_the_task_definition) {
    auto [task, report] = ecs::task_definition_builder{}.family("nightly-report").fargate<512, 1024>().add_container(
        report_container());
    auto run = ecs::run_task(task)
                   .capacity_provider("FARGATE_SPOT", 3)
                   .capacity_provider("FARGATE", 1, 1)
                   .network_configuration(ecs::awsvpc({"subnet-0a1b2c3d"}))
                   .build();
    BOOST_TEST_REQUIRE(run.has_value(), testing::verdict(run.diagnostics()).message().str());
    BOOST_TEST(!run->launch_type.has_value());
    BOOST_TEST(run->capacity_provider_strategy->size() == 2u);
}

BOOST_DATA_TEST_CASE(a_runtime_mistake_is_reported_at_its_pointer, bdata::make(cases), c) {
    auto ds = c.build(true);
    BOOST_TEST(core::has_errors(ds));
    BOOST_TEST(testing::reports(ds, c.rule, c.pointer),
               "expected " << c.rule << " at " << c.pointer << "; got " << testing::verdict(ds).message().str());
}

BOOST_DATA_TEST_CASE(the_same_request_just_inside_the_rule_is_not_reported, bdata::make(cases), c) {
    auto ds = c.build(false);
    BOOST_TEST(testing::verdict(ds));
    for (const auto& d : ds) BOOST_TEST(d.rule != c.rule, d);
}

BOOST_AUTO_TEST_CASE(build_returns_every_finding_not_just_the_first) {
    auto r = ecs::run_task()
                 .task_definition(core::runtime("nightly report"))
                 .cluster(core::runtime("batch jobs"))
                 .count(ecs::task_count(0))
                 .ec2()
                 .propagate_tags(ecs::propagate_tags::service)
                 .build();
    BOOST_TEST(!r.has_value());
    const auto ids = testing::rule_ids(r.diagnostics());
    for (const char* id : {"ECS-RT-001", "ECS-RT-002", "ECS-RT-013", "ECS-RT-024"})
        BOOST_TEST((std::find(ids.begin(), ids.end(), id) != ids.end()), id << ": " << testing::verdict(r.diagnostics()).message().str());
}

BOOST_AUTO_TEST_SUITE_END()
