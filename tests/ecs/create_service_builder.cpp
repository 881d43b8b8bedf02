#include <awsmodel/core/json.hpp>
#include <awsmodel/ecs/create_service_builder.hpp>
#include <awsmodel/testing/boost_test.hpp>

#include <boost/json/parse.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <ostream>
#include <string>
#include <type_traits>
#include <vector>

using namespace awsmodel;
using namespace awsmodel::core::literals;
namespace bdata = boost::unit_test::data;

namespace {

constexpr const char* web_target_group =
    "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/storefront-web/0123456789abcdef";
constexpr const char* admin_target_group =
    "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/storefront-admin/fedcba9876543210";

auto web_container() {
    return ecs::container_builder{}.name("web").image("123456789012.dkr.ecr.eu-west-1.amazonaws.com/storefront/web:2.14.1");
}

static_assert(ecs::service_name_policy::check("storefront-web_2") == 0);
static_assert(ecs::service_name_policy::check("storefront web") != 0);


struct builder_case {
    const char* rule;
    const char* pointer;
    core::diagnostics (*build)(bool breaking);
    const char* what;
};
std::ostream& operator<<(std::ostream& os, const builder_case& c) { return os << c.rule << " " << c.what; }

auto bridge_task() {
    return ecs::task_definition_builder{}.family("storefront-web").ec2().add_container(
        web_container().memory(512_MiB).port(8080, 0));
}

// The container's ports are given at run time, so the builder leaves the port to the rules.
core::diagnostics runtime_port(bool breaking) {
    auto [task, web] = bridge_task();
    return ecs::create_service(task)
        .service_name("storefront-web")
        .desired_count(2)
        .ec2()
        .load_balancer(web, core::port::from_wire(breaking ? 9090 : 8080), core::runtime(web_target_group))
        .build()
        .diagnostics();
}
core::diagnostics runtime_percentages(bool breaking) {
    auto [task, web] = bridge_task();
    ecs::deployment_configuration d;
    d.minimum_healthy_percent = 50;
    d.maximum_percent = breaking ? 90 : 100;
    return ecs::create_service(task)
        .service_name("storefront-web")
        .desired_count(2)
        .deployment_configuration(d)
        .build()
        .diagnostics();
}
core::diagnostics runtime_service_name(bool breaking) {
    auto [task, web] = bridge_task();
    return ecs::create_service(task)
        .service_name(core::runtime(breaking ? "storefront.web" : "storefront-web"))
        .desired_count(2)
        .build()
        .diagnostics();
}
// Named at run time, checked against the task definition the context holds.
core::diagnostics runtime_container_name(bool breaking) {
    auto [task, web] = bridge_task();
    auto td = std::move(task).build();
    BOOST_TEST_REQUIRE(td.has_value(), testing::verdict(td.diagnostics()).message().str());
    return ecs::create_service()
        .service_name("storefront-web")
        .task_definition(core::runtime("storefront-web"))
        .desired_count(2)
        .load_balancer(core::runtime(breaking ? "api" : "web"), 8080, core::runtime(web_target_group))
        .build(core::validation_context{*td})
        .diagnostics();
}
// awsvpc set at run time is not in the type: the rule finds the missing network.
core::diagnostics runtime_awsvpc_mode(bool breaking) {
    auto [task, web] = ecs::task_definition_builder{}
                           .family("storefront-web")
                           .ec2(ecs::network_mode::awsvpc)
                           .add_container(web_container().memory(512_MiB).port<8080>());
    auto service = ecs::create_service(task).service_name("storefront-web").desired_count(2).ec2();
    if (breaking) return std::move(service).build().diagnostics();
    return std::move(service).network_configuration(ecs::awsvpc({"subnet-0a1b2c3d"})).build().diagnostics();
}
auto same_line_task() {
    return ecs::task_definition_builder{}.family("storefront-web").ec2().add_container(
        web_container().memory(512_MiB).port<8080>());
}
core::diagnostics same_type_handle(bool breaking) {
    auto [other, theirs] = same_line_task();
    auto [task, own] = same_line_task();
    static_assert(std::is_same_v<decltype(theirs), decltype(own)>);
    return ecs::create_service(task)
        .service_name("storefront-web")
        .desired_count(2)
        .load_balancer<8080>(breaking ? theirs : own, web_target_group)
        .build()
        .diagnostics();
}
// The DAEMON rules that literals cannot show: a deployment configuration given at run time.
core::diagnostics runtime_daemon_percentages(bool breaking) {
    auto [task, web] = bridge_task();
    ecs::deployment_configuration d;
    d.maximum_percent = breaking ? 200 : 100;
    return ecs::create_service(task)
        .service_name("storefront-web")
        .daemon()
        .deployment_configuration(d)
        .build()
        .diagnostics();
}

const builder_case cases[] = {
    {"ECS-SV-062", "/loadBalancers/0/containerPort", runtime_port, "a port the container does not map, at run time"},
    {"ECS-SV-036", "/deploymentConfiguration/maximumPercent", runtime_percentages, "maximumPercent 90 at run time"},
    {"ECS-SV-001", "/serviceName", runtime_service_name, "a service name with a dot at run time"},
    {"ECS-SV-062", "/loadBalancers/0/containerName", runtime_container_name, "a container named at run time"},
    {"ECS-SV-055", "/networkConfiguration", runtime_awsvpc_mode, "awsvpc set at run time, no network"},
    {"ECS-SV-062", "/loadBalancers/0/containerName", same_type_handle, "a handle of a same-type builder"},
    {"ECS-SV-020", "/deploymentConfiguration/maximumPercent", runtime_daemon_percentages, "DAEMON maximumPercent 200"},
};

} // namespace

BOOST_AUTO_TEST_SUITE(create_service_builder)

BOOST_AUTO_TEST_CASE(a_handle_knows_the_ports_its_container_published_as_literals) {
    auto [task, web] = ecs::task_definition_builder{}.family("f").ec2().add_container(
        web_container().memory(512_MiB).port<8080>().port<8081>(ecs::transport_protocol::udp));
    auto [with_admin, admin] = std::move(task).add_container(
        ecs::container_builder{}.name("admin").image("admin:1.0").memory(128_MiB).port<9090>().port(9091));
    static_assert(std::is_same_v<decltype(web)::ports, ecs::known_ports<8080, 8081>>);
    static_assert(std::is_same_v<decltype(admin)::ports, ecs::unknown_ports>); // .port(9091) is not in the type
    auto td = std::move(with_admin).build();
    BOOST_TEST_REQUIRE(td.has_value(), testing::verdict(td.diagnostics()).message().str());
    const auto& mappings = *td->container_definitions.at(web.index()).port_mappings;
    BOOST_TEST_REQUIRE(mappings.size() == 2u);
    BOOST_TEST(mappings[1].container_port->number() == 8081);
    BOOST_TEST((mappings[1].protocol == ecs::transport_protocol::udp));
    BOOST_TEST(td->container_definitions.at(admin.index()).port_mappings->size() == 2u);
}

BOOST_AUTO_TEST_CASE(builds_a_fargate_service_as_the_wire_expects) {
    auto [task, web] = ecs::task_definition_builder{}
                           .family("storefront-web")
                           .fargate<1024, 2048>()
                           .execution_role("arn:aws:iam::123456789012:role/ecsTaskExecutionRole")
                           .add_container(web_container().port<8080>().port<8081>());
    auto service = ecs::create_service(task)
                       .cluster("storefront")
                       .service_name("storefront-web")
                       .desired_count(3)
                       .fargate()
                       .network_configuration(ecs::awsvpc({"subnet-0a1b2c3d", "subnet-0e1f2a3b"}, {"sg-0a1b2c3d"}))
                       .deployment<50, 200>()
                       .circuit_breaker()
                       .load_balancer<8080>(web, web_target_group)
                       .load_balancer<8081>(web, core::runtime(admin_target_group))
                       .health_check_grace_period(60_s)
                       .propagate_tags(ecs::propagate_tags::service)
                       .tag("service", "storefront")
                       .build();
    BOOST_TEST_REQUIRE(service.has_value(), testing::verdict(service.diagnostics()).message().str());
    BOOST_TEST(service.diagnostics().empty(), testing::verdict(service.diagnostics()).message().str());
    BOOST_TEST((boost::json::parse(core::encode(*service)) == boost::json::parse(std::string(R"({
        "cluster": "storefront",
        "serviceName": "storefront-web",
        "taskDefinition": "storefront-web",
        "loadBalancers": [
            {"targetGroupArn": ")") + web_target_group + R"(", "containerName": "web", "containerPort": 8080},
            {"targetGroupArn": ")" + admin_target_group + R"(", "containerName": "web", "containerPort": 8081}],
        "desiredCount": 3,
        "launchType": "FARGATE",
        "deploymentConfiguration": {"deploymentCircuitBreaker": {"enable": true, "rollback": true},
                                    "maximumPercent": 200, "minimumHealthyPercent": 50},
        "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0a1b2c3d", "subnet-0e1f2a3b"],
                                                         "securityGroups": ["sg-0a1b2c3d"]}},
        "healthCheckGracePeriodSeconds": 60,
        "tags": [{"key": "service", "value": "storefront"}],
        "propagateTags": "SERVICE"
    })")));

    auto td = std::move(task).build();
    BOOST_TEST_REQUIRE(td.has_value(), testing::verdict(td.diagnostics()).message().str());
    auto findings = core::validate(*service, core::validation_context{*td});
    BOOST_TEST(findings.empty(), testing::verdict(findings).message().str());
}

BOOST_AUTO_TEST_CASE(a_daemon_service_takes_no_desired_count_and_maximum_percent_100) {
    auto [task, agent] = ecs::task_definition_builder{}.family("log-agent").ec2().add_container(
        ecs::container_builder{}.name("agent").image("fluent/fluent-bit:3.1").memory(128_MiB));
    auto service = ecs::create_service(task).revision(3).service_name("log-agent").daemon().ec2().deployment<0, 100>().build();
    BOOST_TEST_REQUIRE(service.has_value(), testing::verdict(service.diagnostics()).message().str());
    BOOST_TEST(!service->desired_count.has_value());
    BOOST_TEST(service->task_definition->view() == "log-agent:3");
    BOOST_TEST((service->scheduling_strategy == ecs::scheduling_strategy::daemon));
    auto td = std::move(task).build();
    BOOST_TEST_REQUIRE(td.has_value(), testing::verdict(td.diagnostics()).message().str());
    BOOST_TEST(testing::verdict(core::validate(*service, core::validation_context{*td})));
}

BOOST_AUTO_TEST_CASE(a_handle_whose_ports_are_unknown_is_checked_by_build) {
    // .port(8080, 0) is not in the type, so load_balancer<9090> compiles and the rule reports it.
    auto [task, web] = bridge_task();
    auto service = ecs::create_service(task)
                       .service_name("storefront-web")
                       .desired_count(2)
                       .load_balancer<9090>(web, web_target_group)
                       .build();
    BOOST_TEST(!service.has_value());
    BOOST_TEST(testing::reports(service.diagnostics(), "ECS-SV-062", "/loadBalancers/0/containerPort"),
               testing::verdict(service.diagnostics()).message().str());
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

BOOST_AUTO_TEST_SUITE_END()
