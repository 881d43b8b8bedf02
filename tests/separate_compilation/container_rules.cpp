// A TU of the separately compiled program that validates a part of a task definition, a container
// alone. With AWSMODEL_SEPARATE_COMPILATION, ecs/task_definition.hpp declares the container's rules
// without defining them: they come from src.cpp (awsmodel/src.hpp instantiates them), and the CTest
// `symbols` test checks that this object file defines none. The container is not a top-level shape,
// so its decoder and walk are instantiated here, from core/json.hpp and core/validate.hpp.
#include <boost/test/unit_test.hpp>

#include <awsmodel/core/json.hpp>
#include <awsmodel/core/validate.hpp>
#include <awsmodel/ecs/task_definition.hpp>

#include <algorithm>

#ifndef AWSMODEL_SEPARATE_COMPILATION
#error "this test is about AWSMODEL_SEPARATE_COMPILATION"
#endif
#ifdef AWSMODEL_ECS_TASK_DEFINITION_RULES_HPP
#error "with separate compilation, ecs/task_definition.hpp leaves the rules to awsmodel/src.hpp"
#endif

using namespace awsmodel;

namespace {
bool reports(const core::diagnostics& found, std::string_view rule, std::string_view pointer) {
    return std::any_of(found.begin(), found.end(),
                       [&](const core::diagnostic& d) { return d.rule == rule && d.pointer == pointer; });
}
} // namespace

BOOST_AUTO_TEST_CASE(a_container_validated_alone_gets_its_rules_from_the_separate_tu) {
    // ECS-TD-065: memoryReservation must be less than memory; one MiB less passes.
    auto broken = core::decode<ecs::container_definition>(
        R"({"name": "web", "image": "nginx", "memory": 512, "memoryReservation": 512})");
    BOOST_TEST_REQUIRE(static_cast<bool>(broken));
    BOOST_TEST(reports(core::validate(*broken), "ECS-TD-065", "/memoryReservation"));

    auto near = core::decode<ecs::container_definition>(
        R"({"name": "web", "image": "nginx", "memory": 512, "memoryReservation": 511})");
    BOOST_TEST_REQUIRE(static_cast<bool>(near));
    BOOST_TEST(!core::has_errors(core::validate(*near)));
}
