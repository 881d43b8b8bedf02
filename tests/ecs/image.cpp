#include <awsmodel/core/json.hpp>
#include <awsmodel/ecs/image.hpp>
#include <awsmodel/ecs/task_definition.hpp>
#include <awsmodel/testing/boost_test.hpp>

#include <boost/test/data/test_case.hpp>
#include "../support/rule_case.hpp"
#include <boost/test/unit_test.hpp>

#include <string>

using namespace awsmodel;
namespace bdata = boost::unit_test::data;

namespace {

const std::string hex64 = "94afd1f2e64d908bc90dbca0035a5b5670123456789abcdef0123456789ABCDE";

// ECS-TD-063 cases: an image that breaks the rule, and its near miss just inside it.
struct image_case {
    std::string breaking;
    std::string near_miss;
};
std::ostream& operator<<(std::ostream& os, const image_case& c) { return os << c.breaking; }

const image_case image_cases[] = {
    {"", "a"},
    {std::string(256, 'a'), std::string(255, 'a')},
    {"registry.example.com/" + std::string(235, 'a'), "registry.example.com/" + std::string(234, 'a')},
    // The 255 characters count only what comes before the @ of a digest.
    {std::string(256, 'a') + "@sha256:" + hex64, std::string(255, 'a') + "@sha256:" + hex64},
    {"nginx@sha256:" + hex64.substr(0, 63), "nginx@sha256:" + hex64},
    {"nginx@sha256:" + hex64 + "0", "nginx:1.27@sha256:" + hex64},
    {"nginx@sha256:" + hex64.substr(0, 63) + "g", "nginx@sha256:" + hex64.substr(0, 63) + "F"},
    {"nginx@sha512:" + hex64, "nginx@sha256:" + hex64},
    {"${ECR_REGISTRY}/app:${IMAGE_TAG}", "ECR_REGISTRY/app:IMAGE_TAG"},
    {"<IMAGE>", "IMAGE"},
    {"my image", "my_image"},
    {"nginx:", "nginx:1"},
    {"team//app", "team/app"},
    {"/app", "app"},
    {"app/", "app/x"},
    {"@sha256:" + hex64, "a@sha256:" + hex64},
    {"team/app:1/x", "registry:5000/app:1"},
    {"nginx:1.27@", "nginx:1.27"},
};

core::diagnostics findings(const std::string& image) {
    ecs::register_task_definition_request r;
    r.family = "web";
    r.container_definitions.emplace_back();
    r.container_definitions[0].name = ecs::container_name("app");
    r.container_definitions[0].image = ecs::image::from_wire(image);
    return core::validate(r);
}

// The row as the harness's case: ECS-TD-063 at the container's image.
test_support::rule_case as_rule_case(const image_case& c) {
    return {"ECS-TD-063", "/containerDefinitions/0/image", c.breaking, c.near_miss};
}

} // namespace

BOOST_AUTO_TEST_SUITE(image)

BOOST_DATA_TEST_CASE(breaking_image_reports_ecs_td_063_at_the_image, bdata::make(image_cases), c) {
    test_support::check_breaking(as_rule_case(c), findings);
    BOOST_TEST(!ecs::parse_image(c.breaking).has_value());
    BOOST_TEST(!ecs::image::from(c.breaking, "/image").has_value());
}

BOOST_DATA_TEST_CASE(near_miss_image_does_not_report_ecs_td_063, bdata::make(image_cases), c) {
    test_support::check_near_miss(as_rule_case(c), findings);
    BOOST_TEST(ecs::parse_image(c.near_miss).has_value());
    BOOST_TEST(ecs::image::from(c.near_miss).has_value());
}

BOOST_AUTO_TEST_CASE(a_single_name_is_an_official_docker_hub_image) {
    ecs::image i{"nginx"};
    auto p = i.parse();
    BOOST_TEST_REQUIRE(p.has_value());
    BOOST_TEST(p->registry.empty());
    BOOST_TEST(p->path == "nginx");
    BOOST_TEST(p->tag.empty());
    BOOST_TEST(p->digest.empty());
    BOOST_TEST(p->normalized_registry() == "docker.io");
    BOOST_TEST(p->normalized_repository() == "library/nginx");
    BOOST_TEST(!p->ecr().has_value());
    // Normalizing is for comparison only: the wire text stays as written.
    BOOST_TEST(i.wire() == "nginx");
}

BOOST_AUTO_TEST_CASE(an_organization_image_stays_on_docker_hub_without_library) {
    auto p = ecs::parse_image("amazon/aws-for-fluent-bit:stable");
    BOOST_TEST_REQUIRE(p.has_value());
    BOOST_TEST(p->registry.empty());
    BOOST_TEST(p->path == "amazon/aws-for-fluent-bit");
    BOOST_TEST(p->tag == "stable");
    BOOST_TEST(p->normalized_repository() == "amazon/aws-for-fluent-bit");
    auto hub = ecs::parse_image("docker.io/nginx:1.27");
    BOOST_TEST(hub->registry == "docker.io");
    BOOST_TEST(hub->normalized_repository() == "library/nginx");
    BOOST_TEST(ecs::parse_image("index.docker.io/nginx")->normalized_registry() == "docker.io");
}

BOOST_AUTO_TEST_CASE(the_first_component_is_a_registry_only_when_it_looks_like_a_host) {
    auto port = ecs::parse_image("localhost:5000/team/app:1.2");
    BOOST_TEST_REQUIRE(port.has_value());
    BOOST_TEST(port->registry == "localhost:5000");
    BOOST_TEST(port->path == "team/app");
    BOOST_TEST(port->tag == "1.2");
    auto local = ecs::parse_image("localhost/app");
    BOOST_TEST(local->registry == "localhost");
    auto quay = ecs::parse_image("quay.io/assemblyline/ubuntu");
    BOOST_TEST(quay->registry == "quay.io");
    BOOST_TEST(quay->path == "assemblyline/ubuntu");
    auto org = ecs::parse_image("team/app");
    BOOST_TEST(org->registry.empty());
    BOOST_TEST(org->path == "team/app");
    auto mcr = ecs::parse_image("mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2019");
    BOOST_TEST(mcr->registry == "mcr.microsoft.com");
    BOOST_TEST(mcr->path == "windows/servercore/iis");
    BOOST_TEST(mcr->tag == "windowsservercore-ltsc2019");
}

BOOST_AUTO_TEST_CASE(a_digest_and_a_tag_may_both_be_given) {
    const std::string text = "public.ecr.aws/nginx/nginx:1.27@sha256:" + hex64; // the parts view it
    auto p = ecs::parse_image(text);
    BOOST_TEST_REQUIRE(p.has_value());
    BOOST_TEST(p->registry == "public.ecr.aws");
    BOOST_TEST(p->path == "nginx/nginx");
    BOOST_TEST(p->tag == "1.27");
    BOOST_TEST(p->digest == "sha256:" + hex64);
}

BOOST_AUTO_TEST_CASE(ecr_registries_give_their_account_and_region) {
    auto p = ecs::parse_image("012345678910.dkr.ecr.eu-west-1.amazonaws.com/team/web:3f2a1c");
    BOOST_TEST_REQUIRE(p.has_value());
    auto e = p->ecr();
    BOOST_TEST_REQUIRE(e.has_value());
    BOOST_TEST(e->account == "012345678910");
    BOOST_TEST(e->region == "eu-west-1");
    BOOST_TEST(!e->china);
    BOOST_TEST(p->path == "team/web");
    auto cn = ecs::parse_image("012345678910.dkr.ecr.cn-north-1.amazonaws.com.cn/app")->ecr();
    BOOST_TEST_REQUIRE(cn.has_value());
    BOOST_TEST(cn->region == "cn-north-1");
    BOOST_TEST(cn->china);
    // A placeholder account or a public gallery is no private ECR registry.
    BOOST_TEST(!ecs::parse_image("XXXXXXXXXXXX.dkr.ecr.us-east-1.amazonaws.com/app")->ecr().has_value());
    BOOST_TEST(!ecs::parse_image("12345678.dkr.ecr.us-east-1.amazonaws.com/app")->ecr().has_value());
    BOOST_TEST(!ecs::parse_image("public.ecr.aws/docker/library/httpd:latest")->ecr().has_value());
    BOOST_TEST(!ecs::parse_image("012345678910.dkr.ecr.us-east-1.example.com/app")->ecr().has_value());
}

BOOST_AUTO_TEST_CASE(parsing_happens_when_compiling_too) {
    constexpr auto p = ecs::parse_image("registry.example.com:5000/app:1");
    static_assert(p && p->registry == "registry.example.com:5000" && p->path == "app" && p->tag == "1");
    static_assert(!ecs::parse_image("app:").has_value());
    BOOST_TEST(p->tag == "1");
}

BOOST_AUTO_TEST_CASE(an_image_decodes_and_encodes_exactly_as_written) {
    const char* json = R"({"family":"f","containerDefinitions":[{"name":"a","image":"Registry.Example.com/App#1:Latest"}]})";
    auto r = core::decode<ecs::register_task_definition_request>(json);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(core::encode(*r) == json);
    // ECS's character set admits upper case and '#', which Docker's own grammar refuses.
    for (const auto& d : core::validate(*r)) BOOST_TEST(d.rule != "ECS-TD-063", d);
}

BOOST_AUTO_TEST_SUITE_END()
