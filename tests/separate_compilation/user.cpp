// A TU of a program built with AWSMODEL_SEPARATE_COMPILATION: it decodes, validates and encodes
// every top-level shape of awsmodel/shapes.hpp's list, yet compiles none of their codecs (the
// CTest `symbols` test checks its object file); they come from src.cpp. Linking proves src.hpp
// instantiates every shape the headers declare extern; `extern_lines` checks that the headers
// declare extern exactly the shapes of the list.
#define BOOST_TEST_MODULE awsmodel separate compilation
#include <boost/test/included/unit_test.hpp>

#include <awsmodel/awsmodel.hpp>

#include <cstddef>
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

// Every shape of the list (awsmodel/shapes.hpp), taken from the list itself: a shape added there
// goes through all four entry points here, so linking proves src.hpp instantiates it and the
// `symbols` test proves its header declares it extern.
BOOST_AUTO_TEST_CASE(every_top_level_shape_of_the_list_links) {
    std::size_t shapes = 0;
    for_each_top_level_shape([&](auto type, const top_level_shape_info& info) {
        using T = typename decltype(type)::type;
        BOOST_TEST_CONTEXT(info.kind) {
            BOOST_TEST(!info.service.empty());
            BOOST_TEST(!info.botocore_shape.empty());
            round_trip_empty<T>();
        }
        ++shapes;
    });
#define AWSMODEL_COUNT_SHAPE(T, kind, service, shape) +1
    BOOST_TEST(shapes == std::size_t(0 AWSMODEL_TOP_LEVEL_SHAPES(AWSMODEL_COUNT_SHAPE)));
#undef AWSMODEL_COUNT_SHAPE
    BOOST_TEST(shapes >= 20u);
}
