// Property tests over generated documents (fixed seeds, so a failure repeats): every ecs.config
// text round-trips and `set` is what `get` reads; a task written with its members in any order,
// unknown members among them, re-encodes as written; stats maps keep null and {}.
#include <awsmodel/core/json.hpp>
#include <awsmodel/core/validate.hpp>
#include <awsmodel/ecs_agent/ecs_config.hpp>
#include <awsmodel/ecs_agent/stats.hpp>
#include <awsmodel/ecs_agent/task_metadata.hpp>
#include <awsmodel/testing/boost_test.hpp>

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

using namespace awsmodel;

namespace property_tests {

BOOST_AUTO_TEST_SUITE(ecs_agent_properties)

BOOST_AUTO_TEST_CASE(any_ecs_config_text_round_trips) {
    std::mt19937 rng(20261204);
    const std::vector<std::string> pieces = {"ECS_CLUSTER", "=", "==", "prod", " ", "\t", "\r", "\n", "#", "'", "\"",
                                             "[22,80]", "{\"a\":\"b\"}", "$X", "ECS_RESERVED_MEMORY", "\xE2\x80\x9C", ""};
    for (int i = 0; i < 2000; ++i) {
        std::string text;
        for (int n = std::uniform_int_distribution<int>(0, 24)(rng); n > 0; --n)
            text += pieces[std::uniform_int_distribution<std::size_t>(0, pieces.size() - 1)(rng)];
        auto c = ecs_agent::ecs_config::parse(text);
        BOOST_TEST_REQUIRE(c.text() == text);
        // The rules never throw and always point at a variable.
        for (const auto& d : core::validate(c)) BOOST_TEST_REQUIRE((d.pointer.empty() || d.pointer[0] == '/'));
        // set, then get, reads what was set, and the other lines stay.
        auto before = c.lines().size();
        c.set("ECS_RESERVED_MEMORY", "512");
        BOOST_TEST_REQUIRE(*c.get("ECS_RESERVED_MEMORY") == "512");
        BOOST_TEST_REQUIRE(c.lines().size() <= before + 1);
        BOOST_TEST_REQUIRE(ecs_agent::ecs_config::parse(c.text()).text() == c.text());
    }
}

BOOST_AUTO_TEST_CASE(a_task_in_any_member_order_re_encodes_as_written) {
    std::mt19937 rng(7);
    std::vector<std::string> members = {
        R"("Cluster":"c")", R"("TaskARN":"arn:aws:ecs:us-east-1:123456789012:task/c/1")", R"("Family":"f")",
        R"("Revision":"3")", R"("KnownStatus":"RUNNING")", R"("DesiredStatus":"STOPPED")",
        R"("Limits":{"CPU":0.25,"Memory":512})", R"("PullStartedAt":"2024-05-06T07:08:09.123456789Z")",
        R"("LaunchType":"FARGATE")", R"("ClockDrift":{"ClockErrorBound":0.8318369999999999,"ReferenceTimestamp":"2024-05-06T07:00:00Z","ClockSynchronizationStatus":"SYNCHRONIZED"})",
        R"("EphemeralStorageMetrics":{"Utilized":261,"Reserved":20496})", R"("FutureMember":[null,true,{"x":1,"y":"z"}])",
        R"("Containers":[{"Type":"NORMAL","DockerId":"d","Name":"n","DockerName":"n","Image":"i","ImageID":"","DesiredStatus":"RUNNING","KnownStatus":"RUNNING","Limits":{"CPU":2},"Networks":[{"IPv4Addresses":["10.0.0.1"],"NetworkMode":"awsvpc"}]}])"};
    for (int i = 0; i < 500; ++i) {
        std::shuffle(members.begin(), members.end(), rng);
        std::size_t keep = std::uniform_int_distribution<std::size_t>(5, members.size())(rng);
        std::vector<std::string> chosen(members.begin(), members.begin() + static_cast<std::ptrdiff_t>(keep));
        // The five required members must be there.
        for (const auto& m : members)
            if ((m.rfind(R"("Cluster")", 0) == 0 || m.rfind(R"("TaskARN")", 0) == 0 || m.rfind(R"("Family")", 0) == 0 ||
                 m.rfind(R"("Revision")", 0) == 0 || m.rfind(R"("KnownStatus")", 0) == 0) &&
                std::find(chosen.begin(), chosen.end(), m) == chosen.end())
                chosen.push_back(m);
        std::string doc = "{";
        for (std::size_t j = 0; j < chosen.size(); ++j) doc += (j ? "," : "") + chosen[j];
        doc += "}";
        auto t = core::decode<ecs_agent::task>(doc);
        BOOST_TEST_REQUIRE(t.has_value(), doc << "\n" << testing::verdict(t.diagnostics()).message().str());
        BOOST_TEST_REQUIRE(core::encode(*t) == doc);
        // Values do not depend on the order they were written in.
        auto again = core::decode<ecs_agent::task>(core::encode(*t));
        BOOST_TEST_REQUIRE((*again == *t));
    }
}

BOOST_AUTO_TEST_CASE(stats_maps_keep_null_and_empty_values) {
    std::mt19937 rng(11);
    const std::vector<std::string> values = {"null", "{}", R"({"read":"0001-01-01T00:00:00Z","preread":"0001-01-01T00:00:00Z"})",
                                             R"({"cpu_stats":{"cpu_usage":{"total_usage":18446744073709551615,"percpu_usage":null}}})",
                                             R"({"memory_stats":{"limit":9223372036854772000,"stats":{"anon":1}}})"};
    for (int i = 0; i < 300; ++i) {
        std::string doc = "{";
        for (int n = std::uniform_int_distribution<int>(0, 6)(rng), j = 0; j < n; ++j)
            doc += (j ? ",\"" : "\"") + std::to_string(j) + "\":" + values[std::uniform_int_distribution<std::size_t>(0, values.size() - 1)(rng)];
        doc += "}";
        auto m = core::decode<ecs_agent::task_stats>(doc);
        BOOST_TEST_REQUIRE(m.has_value(), doc);
        BOOST_TEST_REQUIRE(core::encode(*m) == doc);
    }
}

BOOST_AUTO_TEST_SUITE_END()

} // namespace property_tests
