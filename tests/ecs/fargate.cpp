#include <awsmodel/ecs/fargate.hpp>

#include <boost/test/unit_test.hpp>

using namespace awsmodel::ecs;

// Every row's edges, and the values just outside them.
static_assert(fargate_size_allowed(256, 512) && fargate_size_allowed(256, 2048) && !fargate_size_allowed(256, 3072));
static_assert(!fargate_size_allowed(256, 1536) && !fargate_size_allowed(256, 4096));
static_assert(fargate_size_allowed(512, 4096) && !fargate_size_allowed(512, 5120) && !fargate_size_allowed(512, 512));
static_assert(fargate_size_allowed(1024, 2048) && fargate_size_allowed(1024, 8192) && !fargate_size_allowed(1024, 1024));
static_assert(!fargate_size_allowed(1024, 2560)); // not a 1024 step
static_assert(fargate_size_allowed(4096, 30720) && !fargate_size_allowed(4096, 31744));
static_assert(fargate_size_allowed(8192, 20480) && !fargate_size_allowed(8192, 17408)); // 4096 steps
static_assert(fargate_size_allowed(16384, 122880) && !fargate_size_allowed(16384, 36864)); // 8192 steps
static_assert(!fargate_size_allowed(128, 512) && !fargate_size_allowed(32768, 131072));
// Windows: 1, 2 and 4 vCPU only.
static_assert(fargate_size_allowed(1024, 2048, true) && !fargate_size_allowed(512, 1024, true));
static_assert(!fargate_size_allowed(8192, 16384, true));
static_assert(fargate<2048, 16384>.memory.count() == 16384);
static_assert(fargate_size{4096, 8192, true}.windows);

BOOST_AUTO_TEST_SUITE(fargate_sizes)

BOOST_AUTO_TEST_CASE(messages_list_what_a_cpu_size_allows) {
    BOOST_TEST(fargate_allowed_memory(256) == "512, 1024 or 2048 MiB");
    BOOST_TEST(fargate_allowed_memory(8192) == "16384-61440 MiB in steps of 4096");
    BOOST_TEST(fargate_allowed_memory(3000).find("256, 512, 1024") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_table_admits_exactly_the_documented_combinations) {
    int allowed = 0;
    for (int cpu : {256, 512, 1024, 2048, 4096, 8192, 16384})
        for (int mib = 512; mib <= 122880; mib += 512) allowed += fargate_size_allowed(cpu, mib);
    // 3 + 4 + 7 + 13 + 23 + 12 + 12 combinations.
    BOOST_TEST(allowed == 74);
}

BOOST_AUTO_TEST_SUITE_END()
