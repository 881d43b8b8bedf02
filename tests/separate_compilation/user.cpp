// A TU of a program built with AWSMODEL_SEPARATE_COMPILATION: it decodes, validates and encodes
// every top-level shape, yet compiles none of their codecs (the CTest `symbols` test checks its
// object file); they come from src.cpp. Linking proves src.hpp instantiates every shape the
// headers declare extern.
#define BOOST_TEST_MODULE awsmodel separate compilation
#include <boost/test/included/unit_test.hpp>

#include <awsmodel/awsmodel.hpp>

#include <fstream>
#include <iterator>
#include <string>

#ifndef AWSMODEL_SEPARATE_COMPILATION
#error "this test is about AWSMODEL_SEPARATE_COMPILATION"
#endif

using namespace awsmodel;

namespace {

std::string read(const std::string& name) {
    std::ifstream in(std::string(AWSMODEL_EXAMPLES) + "/" + name, std::ios::binary);
    BOOST_TEST_REQUIRE(static_cast<bool>(in), name);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A document decodes, has no error finding, and encodes to text that decodes to the same value.
template <class T>
void round_trip_file(const std::string& name) {
    BOOST_TEST_CONTEXT(name) {
        auto r = core::decode<T>(read(name));
        BOOST_TEST_REQUIRE(static_cast<bool>(r));
        BOOST_TEST(!core::has_errors(core::validate(*r)));
        std::string text = core::encode(*r);
        std::string again;
        core::encode(*r, again);
        BOOST_TEST(text == again);
        auto back = core::decode<T>(text);
        BOOST_TEST_REQUIRE(static_cast<bool>(back));
        BOOST_TEST((*back == *r));
    }
}

// Shapes with no example document: an empty value goes through all four entry points.
template <class T>
void round_trip_empty() {
    T v{};
    std::string text = core::encode(v);
    auto r = core::decode<T>(text);
    if (r) BOOST_TEST((*r == v));
    else BOOST_TEST(core::has_errors(r.diagnostics())); // an empty required member may be refused
    (void)core::validate(v);
}

} // namespace

BOOST_AUTO_TEST_CASE(documents_round_trip_through_the_separately_compiled_codec) {
    round_trip_file<ecs::register_task_definition_request>("task-definition-ec2-bridge.json");
    round_trip_file<ecs::register_task_definition_request>("task-definition-fargate-firelens.json");
    round_trip_file<ecs::create_cluster_request>("create-cluster.json");
    round_trip_file<ec2::create_volume_request>("create-volume.json");
    round_trip_file<ec2::create_key_pair_request>("create-key-pair.json");
    round_trip_file<ec2::import_key_pair_request>("import-key-pair.json");
    round_trip_file<ec2::run_instances_request>("run-instances.json");
}

BOOST_AUTO_TEST_CASE(a_broken_document_is_still_reported) {
    auto r = core::decode<ecs::register_task_definition_request>(read("task-definition-broken.json"));
    BOOST_TEST_REQUIRE(static_cast<bool>(r));
    BOOST_TEST(core::has_errors(core::validate(*r)));
}

BOOST_AUTO_TEST_CASE(every_other_top_level_shape_links) {
    round_trip_empty<ecs::task_definition>();
    round_trip_empty<ecs::describe_task_definition_response>();
    round_trip_empty<ecs::cluster>();
    round_trip_empty<ecs::create_cluster_response>();
    round_trip_empty<ecs::describe_clusters_response>();
    round_trip_empty<ec2::volume>();
    round_trip_empty<ec2::describe_volumes_result>();
    round_trip_empty<ec2::instance>();
    round_trip_empty<ec2::reservation>();
    round_trip_empty<ec2::describe_instances_result>();
    round_trip_empty<ec2::key_pair>();
    round_trip_empty<ec2::key_pair_info>();
    round_trip_empty<ec2::import_key_pair_result>();
    round_trip_empty<ec2::describe_key_pairs_result>();
}
