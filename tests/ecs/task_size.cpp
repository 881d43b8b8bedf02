#include <awsmodel/core/json.hpp>
#include <awsmodel/ecs/task_definition.hpp>
#include <awsmodel/ecs/task_size.hpp>
#include <awsmodel/testing/boost_test.hpp>

#include <boost/test/data/test_case.hpp>
#include "../support/rule_case.hpp"
#include <boost/test/unit_test.hpp>

#include <string>

using namespace awsmodel;
namespace bdata = boost::unit_test::data;

namespace {

// A written task size and the amount ECS registers for it (-1: ECS refuses the text).
struct size_case {
    const char* text;
    int amount;
};
std::ostream& operator<<(std::ostream& os, const size_case& c) { return os << '"' << c.text << '"'; }

const size_case cpu_cases[] = {
    {"1024", 1024},       {"256", 256},          {"0", 0},            {"1 vCPU", 1024},     {"1 vcpu", 1024},
    {"1vCPU", 1024},      {"1 VCPU", 1024},      {"0.5 vCPU", 512},   {".25 vCPU", 256},    {".25 vcpu", 256},
    {"0.125 vCPU", 128},  {"192 vCPU", 196608},  {"2.0 vCPU", 2048},  {"16 vCPU", 16384},   {"2147483647", 2147483647},
    {"", -1},             {"1 CPU", -1},         {"1024 units", -1},  {"1.5", -1},          {" 1024", -1},
    {"1024 ", -1},        {"-1", -1},            {"vCPU", -1},        {". vCPU", -1},       {"0.3 vCPU", -1},
    {"0.0001 vCPU", -1},  {"2147483648", -1},    {"3000000 vCPU", -1}, {"1,5 vCPU", -1},    {"1e3", -1},
};

const size_case memory_cases[] = {
    {"2048", 2048},      {"512", 512},       {"2 GB", 2048},     {"2GB", 2048},    {"2 gb", 2048},
    {"0.5GB", 512},      {".5 gb", 512},     {"120 GB", 122880}, {"1.5 GB", 1536}, {"0.25GB", 256},
    {"", -1},            {"2 GiB", -1},      {"2048 MiB", -1},   {"2048MB", -1},   {"2 G", -1},
    {"0.1 GB", -1},      {"GB", -1},         {"2 GB ", -1},      {"4294967296", -1},
};

} // namespace

BOOST_AUTO_TEST_SUITE(task_size)

BOOST_DATA_TEST_CASE(task_cpu_converts_units_and_vcpus, bdata::make(cpu_cases), c) {
    auto cpu = ecs::task_cpu::from_wire(c.text);
    BOOST_TEST(cpu.wire() == c.text);
    auto units = cpu.units();
    if (c.amount < 0) {
        BOOST_TEST(!units.has_value());
        BOOST_TEST(!ecs::task_cpu::from(c.text).has_value());
    } else {
        BOOST_TEST_REQUIRE(units.has_value());
        BOOST_TEST(units->count() == c.amount);
        BOOST_TEST(ecs::task_cpu::from(c.text).has_value());
    }
}

BOOST_DATA_TEST_CASE(task_memory_converts_mib_and_gb, bdata::make(memory_cases), c) {
    auto memory = ecs::task_memory::from_wire(c.text);
    auto mib = memory.mebibytes();
    if (c.amount < 0) {
        BOOST_TEST(!mib.has_value());
    } else {
        BOOST_TEST_REQUIRE(mib.has_value());
        BOOST_TEST(mib->count() == c.amount);
    }
}

// Rule cases on a whole request: ECS-TD-009 at /cpu and ECS-TD-010 at /memory, each with a near
// miss that differs only just enough to be accepted.
using test_support::rule_case;

const rule_case rule_cases[] = {
    {"ECS-TD-009", "/cpu", R"("cpu": "1 CPU")", R"("cpu": "1 vCPU")"},
    {"ECS-TD-009", "/cpu", R"("cpu": "")", R"("cpu": "0")"},
    {"ECS-TD-009", "/cpu", R"("cpu": "0.3 vCPU")", R"("cpu": "0.375 vCPU")"},
    {"ECS-TD-009", "/cpu", R"("cpu": "1024.5")", R"("cpu": "1024")"},
    {"ECS-TD-009", "/cpu", R"("cpu": "2147483648")", R"("cpu": "2147483647")"},
    {"ECS-TD-010", "/memory", R"("memory": "2 GiB")", R"("memory": "2 GB")"},
    {"ECS-TD-010", "/memory", R"("memory": "")", R"("memory": "0")"},
    {"ECS-TD-010", "/memory", R"("memory": "0.1GB")", R"("memory": "0.5GB")"},
    {"ECS-TD-010", "/memory", R"("memory": "512MiB")", R"("memory": "512")"},
};

core::diagnostics findings(const std::string& member) {
    std::string json = std::string(R"({"family": "web", "containerDefinitions": [{"name": "a", "image": "nginx"}], )") +
                       member + "}";
    auto r = core::decode<ecs::register_task_definition_request>(json);
    BOOST_TEST_REQUIRE(r.has_value(), "the test document must decode: " << json);
    return core::validate(*r);
}

BOOST_DATA_TEST_CASE(breaking_size_reports_its_rule_at_its_pointer, bdata::make(rule_cases), c) {
    test_support::check_breaking(c, findings);
}

BOOST_DATA_TEST_CASE(near_miss_size_does_not_report_the_rule, bdata::make(rule_cases), c) {
    test_support::check_near_miss(c, findings);
}

BOOST_AUTO_TEST_CASE(both_sizes_are_reported_not_just_the_first) {
    auto ds = findings(R"("cpu": "one", "memory": "lots")");
    BOOST_TEST(testing::reports(ds, "ECS-TD-009", "/cpu"));
    BOOST_TEST(testing::reports(ds, "ECS-TD-010", "/memory"));
}

BOOST_AUTO_TEST_CASE(the_written_form_round_trips_unchanged) {
    const char* json = R"({"family":"web","containerDefinitions":[],"cpu":".25 vcpu","memory":"0.5GB"})";
    auto r = core::decode<ecs::register_task_definition_request>(json);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(core::encode(*r) == json);
    BOOST_TEST(r->cpu->units()->count() == 256);
    BOOST_TEST(r->memory->mebibytes()->count() == 512);
}

BOOST_AUTO_TEST_CASE(literals_are_checked_when_compiled_and_amounts_write_plain_numbers) {
    using namespace core::literals;
    ecs::task_cpu cpu{"0.5 vCPU"};
    ecs::task_memory memory{"1 GB"};
    BOOST_TEST(cpu.units()->count() == 512);
    BOOST_TEST(memory.mebibytes()->count() == 1024);
    BOOST_TEST(ecs::task_cpu(2048_cpu).wire() == "2048");
    BOOST_TEST(ecs::task_memory(4096_MiB).wire() == "4096");
    static_assert(ecs::task_cpu_policy::check("4 vCPU") == 0 && ecs::task_cpu_policy::check("4 cores") != 0);
    static_assert(ecs::task_memory_policy::check("8GB") == 0 && ecs::task_memory_policy::check("8 GiB") != 0);
}

BOOST_AUTO_TEST_CASE(runtime_text_goes_through_the_checked_path) {
    auto bad = ecs::task_memory::from("2 gigs", "/memory");
    BOOST_TEST_REQUIRE(!bad.has_value());
    BOOST_TEST(testing::reports(bad.diagnostics(), "ECS-TD-010", "/memory"));
    BOOST_TEST(bad.diagnostics()[0].message.find("\"2 gigs\"") != std::string::npos);
    auto good = ecs::task_cpu::from("2 vCPU");
    BOOST_TEST_REQUIRE(good.has_value());
    BOOST_TEST(good->units()->count() == 2048);
}

BOOST_AUTO_TEST_SUITE_END()
