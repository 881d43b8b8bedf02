// ecs.config as ecs-init reads it: the round trip, editing, typed values, and the rules
// ECS-AG-001..005 and 009..017 (each with a file that breaks it and one that nearly does).
#include <awsmodel/core/json.hpp>
#include <awsmodel/core/validate.hpp>
#include <awsmodel/ecs/container_instance_launch.hpp>
#include <awsmodel/ecs/ecs_config.hpp>
#include <awsmodel/ecs/registered_resources.hpp>
#include <awsmodel/ecs_agent/ecs_config.hpp>
#include "../support/rule_case.hpp"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <chrono>
#include <string>
#include <vector>

using namespace awsmodel;
namespace bdata = boost::unit_test::data;
using namespace std::chrono_literals;

namespace ecs_config_tests {

core::diagnostics file_findings(const std::string& text) { return core::validate(ecs_agent::ecs_config::parse(text)); }

BOOST_AUTO_TEST_SUITE(ecs_config_file)

BOOST_AUTO_TEST_CASE(every_text_round_trips_byte_for_byte) {
    for (std::string text : {"", "\n", "ECS_CLUSTER=prod", "ECS_CLUSTER=prod\n", "  ECS_CLUSTER = prod  \r\n# comment\n\n",
                             "ECS_CLUSTER=a\nECS_CLUSTER=b\nnot a setting\nFOO=bar=baz\n\n\n", "\r\n\r\n"})
        BOOST_TEST(ecs_agent::ecs_config::parse(text).text() == text);
}

BOOST_AUTO_TEST_CASE(lines_are_read_as_ecs_init_reads_them) {
    auto c = ecs_agent::ecs_config::parse(
        "  ECS_CLUSTER=first\n# ECS_RESERVED_MEMORY=1\nno equals sign\nECS_CLUSTER=second=part\nECS_LOGLEVEL='debug'\n");
    // A later line wins, split at the first '='; the line is trimmed.
    BOOST_TEST(*c.get("ECS_CLUSTER") == "second=part");
    // '#' is no comment: the line sets a variable named "# ECS_RESERVED_MEMORY", not ECS_RESERVED_MEMORY.
    BOOST_TEST(!c.get("ECS_RESERVED_MEMORY"));
    BOOST_TEST(*c.get("# ECS_RESERVED_MEMORY") == "1");
    // Quotes stay.
    BOOST_TEST(*c.get("ECS_LOGLEVEL") == "'debug'");
    BOOST_TEST(c.lines().size() == 6u);
    BOOST_TEST(!c.lines()[2].is_setting());
}

BOOST_AUTO_TEST_CASE(set_and_erase_change_only_their_lines) {
    auto c = ecs_agent::ecs_config::parse("# written by user data\nECS_CLUSTER=a\nECS_CLUSTER=b\n\n");
    c.set("ECS_CLUSTER", "prod");
    c.set("ECS_RESERVED_MEMORY", "256");
    BOOST_TEST(c.text() == "# written by user data\nECS_CLUSTER=a\nECS_CLUSTER=prod\n\nECS_RESERVED_MEMORY=256\n");
    BOOST_TEST(c.erase("ECS_CLUSTER") == 2u);
    BOOST_TEST(c.text() == "# written by user data\n\nECS_RESERVED_MEMORY=256\n");
    auto empty = ecs_agent::ecs_config::parse("");
    empty.set("ECS_CLUSTER", "x");
    BOOST_TEST(empty.text() == "ECS_CLUSTER=x\n");
}

BOOST_AUTO_TEST_CASE(values_are_typed_as_the_agent_parses_them) {
    auto c = ecs_agent::ecs_config::parse(
        "ECS_ENABLE_TASK_ENI=T\nECS_CONTAINER_STOP_TIMEOUT=1m30s\nECS_RESERVED_MEMORY=256\nECS_RESERVED_PORTS=[22, 80]\n"
        "ECS_AVAILABLE_LOGGING_DRIVERS=[\"json-file\",\"awslogs\"]\nECS_INSTANCE_ATTRIBUTES={\"stack\": \"prod\"}\n"
        "ECS_TASK_METADATA_RPS_LIMIT=100,150\nECS_DYNAMIC_HOST_PORT_RANGE=40000-50000\nECS_LOG_MAX_FILE_SIZE_MB=2.5\n"
        "ECS_EXCLUDE_UNTRACKED_IMAGE=a:1,b:2\nECS_LOGLEVEL=DEBUG\nECS_IMAGE_PULL_TIMEOUT=0\n");
    BOOST_TEST(*c.get_as<bool>("ECS_ENABLE_TASK_ENI"));
    BOOST_TEST((*c.get_as<std::chrono::nanoseconds>("ECS_CONTAINER_STOP_TIMEOUT") == 90s));
    BOOST_TEST(*c.get_as<std::uint16_t>("ECS_RESERVED_MEMORY") == 256);
    BOOST_TEST((*c.get_as<ecs_agent::config_ports>("ECS_RESERVED_PORTS") == ecs_agent::config_ports{22, 80}));
    BOOST_TEST((*c.get_as<ecs_agent::config_strings>("ECS_AVAILABLE_LOGGING_DRIVERS") ==
                ecs_agent::config_strings{"json-file", "awslogs"}));
    BOOST_TEST(c.get_as<ecs_agent::config_pairs>("ECS_INSTANCE_ATTRIBUTES")->at(0).second == "prod");
    BOOST_TEST((*c.get_as<ecs_agent::config_integer_pair>("ECS_TASK_METADATA_RPS_LIMIT") == ecs_agent::config_integer_pair{100, 150}));
    BOOST_TEST((*c.get_as<ecs_agent::config_ports>("ECS_DYNAMIC_HOST_PORT_RANGE") == ecs_agent::config_ports{40000, 50000}));
    BOOST_TEST(*c.get_as<double>("ECS_LOG_MAX_FILE_SIZE_MB") == 2.5);
    BOOST_TEST(c.get_as<ecs_agent::config_strings>("ECS_EXCLUDE_UNTRACKED_IMAGE")->size() == 2u);
    BOOST_TEST(*c.get_as<std::string>("ECS_LOGLEVEL") == "DEBUG"); // case-insensitive, as written
    BOOST_TEST((*c.get_as<std::chrono::nanoseconds>("ECS_IMAGE_PULL_TIMEOUT") == 0ns));
    BOOST_TEST(file_findings(c.text()).empty(), testing::verdict(file_findings(c.text())).message().str());
}

BOOST_AUTO_TEST_CASE(durations_are_go_durations) {
    auto d = [](std::string_view s) { return ecs_agent::detail::go_duration(s); };
    BOOST_TEST((*d("300ms") == 300ms));
    BOOST_TEST((*d("1.5h") == 90min));
    BOOST_TEST((*d("2h45m") == 165min));
    BOOST_TEST((*d("-1s") == -1s));
    BOOST_TEST((*d("1\xC2\xB5s") == 1us));
    BOOST_TEST(!d("30"));   // a bare number other than 0 is no duration
    BOOST_TEST(!d("1d"));   // nor a unit Go lacks
    BOOST_TEST(!d(""));
    BOOST_TEST(!d(".s"));
}

BOOST_AUTO_TEST_CASE(the_json_form_is_the_text_as_a_string) {
    auto c = ecs_agent::ecs_config::parse("ECS_CLUSTER=prod\n");
    BOOST_TEST(core::encode(c) == R"("ECS_CLUSTER=prod\n")");
    auto back = core::decode<ecs_agent::ecs_config>(core::encode(c));
    BOOST_TEST_REQUIRE(back.has_value());
    BOOST_TEST(back->text() == c.text());
}

BOOST_AUTO_TEST_CASE(secrets_are_never_quoted) {
    const std::string secret = "c2VjcmV0LXBhc3N3b3Jk";
    auto ds = file_findings("ECS_ENGINE_AUTH_DATA='{\"https://index.docker.io/v1/\":{\"auth\":\"" + secret + "\"}}'\n");
    BOOST_TEST_REQUIRE(!ds.empty());
    for (const auto& d : ds) BOOST_TEST(d.message.find(secret) == std::string::npos, d.message);
}

BOOST_AUTO_TEST_CASE(the_launch_recipe_writes_through_the_model) {
    ecs::container_instance_launch l;
    l.cluster = ecs::cluster_name::from_wire("prod");
    l.agent_settings.insert_or_assign("ECS_RESERVED_MEMORY", "256");
    l.agent_settings.insert_or_assign("ECS_ENABLED_GPU_SUPPORT", "true");
    auto file = ecs::ecs_config_file(l);
    BOOST_TEST(file.text() == "ECS_CLUSTER=prod\nECS_RESERVED_MEMORY=256\nECS_ENABLED_GPU_SUPPORT=true\n");
    BOOST_TEST(ecs::ecs_config(l) == file.text());
    // And reports what the agent would make of it: the misspelt GPU variable.
    l.instance_type = ec2::instance_type_name::from_wire("m5.large");
    auto r = ecs::run_instances(l);
    bool found = false;
    for (const auto& d : r.diagnostics())
        found |= d.rule == "ECS-AG-009" && d.pointer == "/UserData/ECS_ENABLED_GPU_SUPPORT" &&
                 d.message.find("did you mean ECS_ENABLE_GPU_SUPPORT?") != std::string::npos;
    BOOST_TEST(found, testing::verdict(r.diagnostics()).message().str());
}

BOOST_AUTO_TEST_CASE(registration_reads_the_reserved_memory_and_ports_from_the_model) {
    auto file = ecs_agent::ecs_config::parse("ECS_RESERVED_MEMORY=256\nECS_RESERVED_PORTS=[22, 8080]\n");
    auto config = ecs::agent_config_of(file);
    BOOST_TEST_REQUIRE(config.has_value());
    BOOST_TEST(config->reserved_memory_mib == 256);
    BOOST_TEST((*config->reserved_ports == std::vector<std::uint16_t>{22, 8080}));
    auto resources = ecs::registered_resources(ec2::instance_type<"m5.large">, *config);
    BOOST_TEST_REQUIRE(resources.has_value());
}

const test_support::rule_case rule_cases[] = {
    {"ECS-AG-001", "/ECS_ENABLE_CONTAINER_METADATA", "ECS_ENABLE_CONTAINER_METADATA=yes", "ECS_ENABLE_CONTAINER_METADATA=t"},
    {"ECS-AG-002", "/ECS_RESERVED_MEMORY", "ECS_RESERVED_MEMORY=256MiB", "ECS_RESERVED_MEMORY=256"},
    {"ECS-AG-003", "/ECS_RESERVED_PORTS", "ECS_RESERVED_PORTS=22,80", "ECS_RESERVED_PORTS=[22,80]"},
    {"ECS-AG-004", "/ECS_INSTANCE_ATTRIBUTES", R"(ECS_INSTANCE_ATTRIBUTES={"team": ""})", R"(ECS_INSTANCE_ATTRIBUTES={"team": "a"})"},
    {"ECS-AG-005", "/ECS_AVAILABLE_LOGGING_DRIVERS", R"(ECS_AVAILABLE_LOGGING_DRIVERS=["awslog"])", R"(ECS_AVAILABLE_LOGGING_DRIVERS=["awslogs"])"},
    {"ECS-AG-009", "/ECS_ENABLED_GPU_SUPPORT", "ECS_ENABLED_GPU_SUPPORT=true", "ECS_ENABLE_GPU_SUPPORT=true"},
    {"ECS-AG-009", "/ECS_CLUSTR", "ECS_CLUSTR=prod", "ECS_CLUSTER=prod"},
    {"ECS-AG-010", "/ECS_CONTAINER_STOP_TIMEOUT", "ECS_CONTAINER_STOP_TIMEOUT=30", "ECS_CONTAINER_STOP_TIMEOUT=30s"},
    {"ECS-AG-010", "/ECS_MANIFEST_PULL_TIMEOUT", "ECS_MANIFEST_PULL_TIMEOUT=29s", "ECS_MANIFEST_PULL_TIMEOUT=30s"},
    {"ECS-AG-010", "/ECS_IMAGE_PULL_BEHAVIOR", "ECS_IMAGE_PULL_BEHAVIOR=prefer_cached", "ECS_IMAGE_PULL_BEHAVIOR=prefer-cached"},
    {"ECS-AG-010", "/ECS_TASK_METADATA_RPS_LIMIT", "ECS_TASK_METADATA_RPS_LIMIT=40", "ECS_TASK_METADATA_RPS_LIMIT=40,60"},
    {"ECS-AG-010", "/ECS_DYNAMIC_HOST_PORT_RANGE", "ECS_DYNAMIC_HOST_PORT_RANGE=60000-50000", "ECS_DYNAMIC_HOST_PORT_RANGE=50000-60000"},
    {"ECS-AG-011", "/ECS_CONTAINER_INSTANCE_TAGS", "ECS_CONTAINER_INSTANCE_TAGS={\xE2\x80\x9C" "env\xE2\x80\x9D: \"a\"}",
     R"(ECS_CONTAINER_INSTANCE_TAGS={"env": "a"})"},
    {"ECS-AG-011", "/ECS_LOG_OPTS", R"(ECS_LOG_OPTS=["max-size"])", R"(ECS_LOG_OPTS={"max-size": "10m"})"},
    {"ECS-AG-012", "/ECS_CLUSTER", "ECS_CLUSTER=my.cluster", "ECS_CLUSTER=my-cluster"},
    {"ECS-AG-012", "/ECS_CLUSTER", "ECS_CLUSTER=arn:aws:ecs:us-east-1:123456789012:cluster/",
     "ECS_CLUSTER=arn:aws:ecs:us-east-1:123456789012:cluster/prod"},
    {"ECS-AG-013", "/ECS_LOGLEVEL", "ECS_LOGLEVEL=\"debug\"", "ECS_LOGLEVEL=debug"},
    {"ECS-AG-014", "/ECS_ENGINE_AUTH_DATA", R"(ECS_ENGINE_AUTH_DATA={"r": {"auth": "x"}})",
     "ECS_ENGINE_AUTH_TYPE=dockercfg\nECS_ENGINE_AUTH_DATA={\"r\": {\"auth\": \"x\"}}"},
    {"ECS-AG-014", "/ECS_EXTERNAL", "ECS_EXTERNAL=true", "ECS_EXTERNAL=true\nAWS_DEFAULT_REGION=us-east-1"},
    {"ECS-AG-015", "/ECS_CLUSTER", "ECS_CLUSTER=a\nECS_CLUSTER=b", "ECS_CLUSTER=a\nECS_RESERVED_MEMORY=1"},
    {"ECS-AG-016", "/ECS_CLUSTER ", "ECS_CLUSTER =prod", "ECS_CLUSTER=prod"},
    {"ECS-AG-017", "/HTTP_PROXY", "HTTP_PROXY=http://${PROXY_HOST}:3128", "HTTP_PROXY=http://10.0.0.1:3128"},
};

BOOST_DATA_TEST_CASE(breaking_file_reports_the_rule_at_its_pointer, bdata::make(rule_cases), c) {
    test_support::check_breaking(c, file_findings);
}
BOOST_DATA_TEST_CASE(near_miss_file_has_no_finding, bdata::make(rule_cases), c) {
    core::diagnostics ds = test_support::check_near_miss(c, file_findings);
    BOOST_TEST(ds.empty(), testing::verdict(ds).message().str());
}

BOOST_AUTO_TEST_CASE(misspellings_suggest_the_variable_meant) {
    auto ds = file_findings("ECS_ENABLED_GPU_SUPPORT=true\necs_cluster=prod\nECS_NOT_A_THING_AT_ALL_REALLY=1\nFOO=bar\n");
    BOOST_TEST_REQUIRE(ds.size() == 3u, testing::verdict(ds).message().str());
    BOOST_TEST(ds[0].message.find("did you mean ECS_ENABLE_GPU_SUPPORT?") != std::string::npos);
    BOOST_TEST(ds[1].message.find("did you mean ECS_CLUSTER?") != std::string::npos);
    BOOST_TEST(ds[2].message.find("did you mean") == std::string::npos); // nothing near: just not read
    BOOST_TEST((ds[0].level == core::severity::warning));
}

BOOST_AUTO_TEST_SUITE_END()

} // namespace ecs_config_tests
