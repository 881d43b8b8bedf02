#include <awsmodel/core/json.hpp>
#include <awsmodel/ecs/task_definition_builder.hpp>
#include <awsmodel/testing/boost_test.hpp>

#include <boost/json/parse.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <string>
#include <type_traits>
#include <vector>

using namespace awsmodel;
using namespace awsmodel::core::literals;
namespace bdata = boost::unit_test::data;

namespace {

auto nginx() { return ecs::container_builder{}.name("web").image("nginx:1.27"); }

// Each builder has its own handle type, so a handle cannot cross to another builder unnoticed.
using first_builder = decltype(ecs::task_definition_builder{});
using second_builder = decltype(ecs::task_definition_builder{});
static_assert(!std::is_same_v<first_builder::handle, second_builder::handle>);
static_assert(!std::is_copy_constructible_v<first_builder> && std::is_move_constructible_v<first_builder>);

// Literal names are checked while compiling: these hold for the policies the literals use.
static_assert(ecs::task_family_policy::check("storefront-web_2") == 0);
static_assert(ecs::task_family_policy::check("storefront web") != 0);
static_assert(ecs::container_name_policy::check("log_router") == 0);
static_assert(ecs::container_name_policy::check("") != 0 && ecs::container_name_policy::check("a.b") != 0);

template <class Builder>
concept offers_fargate_size = requires(Builder b) { std::move(b).fargate(ecs::fargate_size{512, 1024}); };
static_assert(offers_fargate_size<first_builder>);

// A builder that names its family and containers at run time, as a deployment tool reading a
// configuration would: the names are checked by build().
core::diagnostics build_with_names(std::string family, std::string container) {
    auto r = ecs::task_definition_builder{}
                 .family(core::runtime(std::move(family)))
                 .ec2()
                 .container(ecs::container_builder{}
                                .name(core::runtime(std::move(container)))
                                .image("nginx:1.27")
                                .memory(512_MiB))
                 .build();
    return r.diagnostics();
}

// A rule the builder reports for names known only at run time: the family and container name
// given, and the pointer a finding must name. The near miss is just inside the rule.
struct name_case {
    const char* rule;
    const char* pointer;
    std::string breaking_family, breaking_container;
    std::string near_family, near_container;
};
std::ostream& operator<<(std::ostream& os, const name_case& c) {
    return os << c.rule << " \"" << c.breaking_family.substr(0, 20) << "\" \"" << c.breaking_container.substr(0, 20)
              << "\"";
}

const name_case name_cases[] = {
    {"ECS-TD-002", "/family", "web app", "web", "web_app", "web"},
    {"ECS-TD-002", "/family", "web.app", "web", "web-app", "web"},
    {"ECS-TD-001", "/family", "", "web", "w", "web"}, // an empty family is no family
    {"ECS-TD-002", "/family", std::string(256, 'f'), "web", std::string(255, 'f'), "web"},
    {"ECS-TD-061", "/containerDefinitions/0/name", "web", "log router", "web", "log_router"},
    {"ECS-TD-061", "/containerDefinitions/0/name", "web", "", "web", "L"},
    {"ECS-TD-061", "/containerDefinitions/0/name", "web", std::string(256, 'c'), "web", std::string(255, 'c')},
};

// Builders made by one line have one type, so their handles are interchangeable while compiling:
// build() must tell them apart. Each function below uses a handle of another such builder
// (`foreign`) or of its own, where a reference to a container is made.
auto bridge_task() { return ecs::task_definition_builder{}.family("f").ec2(); }
auto fargate_task() { return ecs::task_definition_builder{}.family("f").fargate<512, 1024>(); }
auto sidecar() { return ecs::container_builder{}.name("sidecar").image("busybox:1.36").memory(64_MiB); }

core::diagnostics dependency_with(bool foreign) {
    auto [other, theirs] = bridge_task().add_container(nginx().memory(128_MiB));
    auto [mine, own] = bridge_task().add_container(nginx().memory(128_MiB));
    static_assert(std::is_same_v<decltype(theirs), decltype(own)>);
    return std::move(mine)
        .container(sidecar(), ecs::depends_on(foreign ? theirs : own, ecs::container_condition::start))
        .build()
        .diagnostics();
}
core::diagnostics link_with(bool foreign) {
    auto [other, theirs] = bridge_task().add_container(nginx().memory(128_MiB));
    auto [mine, own] = bridge_task().add_container(nginx().memory(128_MiB));
    auto [both, side] = std::move(mine).add_container(sidecar());
    return std::move(both).link(side, foreign ? theirs : own).build().diagnostics();
}
core::diagnostics proxy_with(bool foreign) {
    auto envoy = [] {
        return ecs::container_builder{}
            .name("envoy")
            .image("public.ecr.aws/appmesh/aws-appmesh-envoy:v1.29.6.0-prod")
            .user("1337")
            .memory_reservation(128_MiB);
    };
    auto [other, theirs] = fargate_task().add_container(envoy());
    auto [mine, own] = fargate_task().add_container(envoy());
    return std::move(mine)
        .container(nginx().port(8080))
        .app_mesh_proxy(foreign ? theirs : own, {{"IgnoredUID", "1337"},
                                                 {"ProxyIngressPort", "15000"},
                                                 {"ProxyEgressPort", "15001"},
                                                 {"AppPorts", "8080"},
                                                 {"EgressIgnoredIPs", "169.254.170.2,169.254.169.254"}})
        .build()
        .diagnostics();
}

struct handle_case {
    const char* rule;
    const char* pointer;
    core::diagnostics (*build)(bool foreign);
};
std::ostream& operator<<(std::ostream& os, const handle_case& c) { return os << c.rule << " " << c.pointer; }

const handle_case handle_cases[] = {
    {"ECS-TD-087", "/containerDefinitions/1/dependsOn/0/containerName", dependency_with},
    {"ECS-TD-076", "/containerDefinitions/1/links", link_with},
    {"ECS-TD-032", "/proxyConfiguration/containerName", proxy_with},
};

bool has_rule(const core::diagnostics& ds, std::string_view rule) {
    return std::any_of(ds.begin(), ds.end(), [&](const core::diagnostic& d) { return d.rule == rule; });
}

} // namespace

BOOST_AUTO_TEST_SUITE(task_definition_builder)

BOOST_AUTO_TEST_CASE(builds_a_fargate_request_as_the_wire_expects) {
    auto [task, router] =
        ecs::task_definition_builder{}
            .family("storefront-web")
            .fargate<1024, 2048>()
            .execution_role("arn:aws:iam::123456789012:role/ecsTaskExecutionRole")
            .add_container(ecs::container_builder{}
                               .name("log_router")
                               .image("public.ecr.aws/aws-observability/aws-for-fluent-bit:stable")
                               .memory_reservation(64_MiB)
                               .firelens_router(ecs::firelens_configuration_type::fluentbit));
    auto r = std::move(task)
                 .container(nginx().port(8080).firelens_log({{"Name", "cloudwatch_logs"}, {"region", "eu-west-1"}}),
                            ecs::depends_on(router, ecs::container_condition::start))
                 .tag("service", "storefront")
                 .build();
    BOOST_TEST_REQUIRE(r.has_value(), testing::verdict(r.diagnostics()).message().str());
    BOOST_TEST((boost::json::parse(core::encode(*r)) == boost::json::parse(R"({
        "family": "storefront-web",
        "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
        "networkMode": "awsvpc",
        "containerDefinitions": [
            {"name": "log_router", "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable",
             "memoryReservation": 64, "firelensConfiguration": {"type": "fluentbit"}},
            {"name": "web", "image": "nginx:1.27", "portMappings": [{"containerPort": 8080, "protocol": "tcp"}],
             "dependsOn": [{"containerName": "log_router", "condition": "START"}],
             "logConfiguration": {"logDriver": "awsfirelens", "options": {"Name": "cloudwatch_logs", "region": "eu-west-1"}}}
        ],
        "requiresCompatibilities": ["FARGATE"],
        "cpu": "1024",
        "memory": "2048",
        "tags": [{"key": "service", "value": "storefront"}]
    })")));
    BOOST_TEST(router.index() == 0u);
}

BOOST_AUTO_TEST_CASE(a_fargate_size_literal_sets_compatibility_network_mode_and_size) {
    auto r = ecs::task_definition_builder{}.family("f").fargate({4096, 30720}).container(nginx()).build();
    BOOST_TEST_REQUIRE(r.has_value(), testing::verdict(r.diagnostics()).message().str());
    BOOST_TEST((r->requires_compatibilities ==
                std::vector<core::open_enum<ecs::compatibility>>{ecs::compatibility::fargate}));
    BOOST_TEST((r->network_mode == ecs::network_mode::awsvpc));
    BOOST_TEST(r->cpu->units()->count() == 4096);
    BOOST_TEST(r->memory->mebibytes()->count() == 30720);
}

BOOST_AUTO_TEST_CASE(handles_resolve_to_the_names_of_the_containers_they_were_given_for) {
    auto [b1, cache] = ecs::task_definition_builder{}
                           .family("orders")
                           .ec2()
                           .add_container(ecs::container_builder{}
                                              .name("cache")
                                              .image("redis:7.2")
                                              .memory(256_MiB)
                                              .health_check({"CMD", "redis-cli", "ping"}));
    // A name given at run time resolves like a literal one.
    auto [b2, worker] = std::move(b1).add_container(
        ecs::container_builder{}.name(core::runtime("worker")).image("orders/worker:1.0").memory(256_MiB));
    auto [b3, api] = std::move(b2).add_container(nginx().memory(512_MiB).port(8080, 0),
                                                 ecs::depends_on(cache, ecs::container_condition::healthy));
    auto r = std::move(b3)
                 .link(api, cache, "redis")
                 .link(api, worker)
                 .depends_on(api, worker, ecs::container_condition::start)
                 .build();
    BOOST_TEST_REQUIRE(r.has_value(), testing::verdict(r.diagnostics()).message().str());
    const auto& web = r->container_definitions.at(api.index());
    BOOST_TEST(api.index() == 2u);
    BOOST_TEST((web.links == std::vector<std::string>{"cache:redis", "worker"}));
    BOOST_TEST_REQUIRE(web.depends_on.has_value());
    BOOST_TEST_REQUIRE(web.depends_on->size() == 2u);
    BOOST_TEST((*web.depends_on)[0].container_name == "cache");
    BOOST_TEST(((*web.depends_on)[0].condition == ecs::container_condition::healthy));
    BOOST_TEST((*web.depends_on)[1].container_name == "worker");
    BOOST_TEST(((*web.depends_on)[1].condition == ecs::container_condition::start));
    BOOST_TEST(core::encode(web.port_mappings->front()) == R"({"containerPort":8080,"hostPort":0,"protocol":"tcp"})");
}

BOOST_AUTO_TEST_CASE(the_app_mesh_proxy_names_the_envoy_container) {
    auto [task, envoy] = ecs::task_definition_builder{}
                             .family("mesh-web")
                             .fargate<512, 1024>()
                             .add_container(ecs::container_builder{}
                                                .name("envoy")
                                                .image("public.ecr.aws/appmesh/aws-appmesh-envoy:v1.29.6.0-prod")
                                                .user("1337")
                                                .memory_reservation(128_MiB)
                                                .health_check({"CMD-SHELL", "curl -s http://localhost:9901/ready"}));
    auto r = std::move(task)
                 .container(nginx().port(8080), ecs::depends_on(envoy, ecs::container_condition::healthy))
                 .app_mesh_proxy(envoy, {{"IgnoredUID", "1337"},
                                         {"ProxyIngressPort", "15000"},
                                         {"ProxyEgressPort", "15001"},
                                         {"AppPorts", "8080"},
                                         {"EgressIgnoredIPs", "169.254.170.2,169.254.169.254"}})
                 .build();
    BOOST_TEST_REQUIRE(r.has_value(), testing::verdict(r.diagnostics()).message().str());
    BOOST_TEST_REQUIRE(r->proxy_configuration.has_value());
    BOOST_TEST(r->proxy_configuration->container_name == "envoy");
    BOOST_TEST(((r->proxy_configuration->type == ecs::proxy_configuration_type::appmesh)));
    BOOST_TEST(r->proxy_configuration->properties->size() == 5u);
}

BOOST_DATA_TEST_CASE(a_runtime_name_breaking_the_rule_is_reported_at_its_pointer, bdata::make(name_cases), c) {
    auto ds = build_with_names(c.breaking_family, c.breaking_container);
    BOOST_TEST(testing::reports(ds, c.rule, c.pointer),
               "expected " << c.rule << " at " << c.pointer << "; got " << testing::verdict(ds).message().str());
    // Reported once, even when the task definition's own rules check names too.
    auto ids = testing::rule_ids(ds);
    BOOST_TEST(std::count(ids.begin(), ids.end(), c.rule) == 1);
}

BOOST_DATA_TEST_CASE(a_runtime_name_just_inside_the_rule_is_not_reported, bdata::make(name_cases), c) {
    auto ds = build_with_names(c.near_family, c.near_container);
    for (const auto& d : ds) BOOST_TEST(d.rule != c.rule, d);
}

BOOST_AUTO_TEST_CASE(a_name_message_says_what_is_wrong_and_what_is_allowed) {
    auto ds = build_with_names("web app", "web");
    BOOST_TEST_REQUIRE(ds.size() >= 1u);
    const auto& d = *std::find_if(ds.begin(), ds.end(), [](const auto& x) { return x.rule == "ECS-TD-002"; });
    BOOST_TEST(d.message.find("\"web app\"") != std::string::npos, d.message);
    BOOST_TEST(d.message.find("space") != std::string::npos, d.message);
    BOOST_TEST(d.message.find("1-255 letters, digits, hyphens") != std::string::npos, d.message);
}

BOOST_DATA_TEST_CASE(a_handle_of_another_builder_of_the_same_type_is_reported, bdata::make(handle_cases), c) {
    auto ds = c.build(true);
    BOOST_TEST(core::has_errors(ds));
    BOOST_TEST(testing::reports(ds, c.rule, c.pointer), "expected " << c.rule << " at " << c.pointer << "; got "
                                                                      << testing::verdict(ds).message().str());
}

BOOST_DATA_TEST_CASE(the_same_reference_with_an_own_handle_is_not_reported, bdata::make(handle_cases), c) {
    auto ds = c.build(false);
    BOOST_TEST(testing::verdict(ds));
    for (const auto& d : ds) BOOST_TEST(d.rule != c.rule, d);
}

BOOST_AUTO_TEST_CASE(build_returns_every_finding_not_just_the_first) {
    auto r = ecs::task_definition_builder{}
                 .family(core::runtime("web app"))
                 .ec2()
                 .container(ecs::container_builder{}
                                .name(core::runtime("web.1"))
                                .image(core::runtime("nginx:"))
                                .memory(256_MiB))
                 .execution_role(core::runtime("role/ecsTaskExecutionRole"))
                 .build();
    BOOST_TEST(!r.has_value());
    const auto& ds = r.diagnostics();
    BOOST_TEST(testing::reports(ds, "ECS-TD-002", "/family"));
    BOOST_TEST(testing::reports(ds, "ECS-TD-061", "/containerDefinitions/0/name"));
    BOOST_TEST(testing::reports(ds, "ECS-TD-063", "/containerDefinitions/0/image"));
    BOOST_TEST((has_rule(ds, "COMMON-004") || has_rule(ds, "ECS-TD-035")), testing::verdict(ds).message().str());
    BOOST_CHECK_THROW(std::move(r).value(), core::validation_error);
}

BOOST_AUTO_TEST_CASE(a_container_builds_on_its_own) {
    auto c = ecs::container_builder{}
                 .name("api")
                 .image("123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:2.0")
                 .cpu(core::cpu_units(256))
                 .memory(512_MiB)
                 .memory_reservation(256_MiB)
                 .essential(true)
                 .environment("PORT", "8080")
                 .secret("DB_PASSWORD", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf")
                 .command({"serve", "--port", "8080"})
                 .ulimit(ecs::ulimit_name::nofile, 4096, 8192)
                 .stop_timeout(20_s)
                 .init_process()
                 .awslogs("/ecs/api", "eu-west-1", "api")
                 .build();
    BOOST_TEST_REQUIRE(c.has_value(), testing::verdict(c.diagnostics()).message().str());
    BOOST_TEST(*c->name == "api");
    BOOST_TEST(c->linux_parameters->init_process_enabled.value());
    BOOST_TEST(c->log_configuration->options->find("awslogs-stream-prefix") != nullptr);

    auto bad = ecs::container_builder{}.name(core::runtime("api server")).image("nginx").build();
    BOOST_TEST(!bad.has_value());
    BOOST_TEST(testing::reports(bad.diagnostics(), "ECS-TD-061", "/name"));
}

BOOST_AUTO_TEST_SUITE_END()
