// decode_options limits: each is reported as AWSMODEL-LIMIT with the pointer where it was reached,
// and a document just inside it decodes.
#include "robustness_probe.hpp"

#include <awsmodel/core/json.hpp>
#include <awsmodel/testing/boost_test.hpp>

#include <boost/json/parse.hpp>
#include <boost/test/unit_test.hpp>

#include <string>

using namespace awsmodel;
using robustness::probe;

namespace {

// `levels` nested containers in all, the top object included, under an unknown member.
std::string nested(std::size_t levels) {
    std::string s = R"({"count":1,"deep":)";
    s.append(levels - 1, '[');
    s.append(levels - 1, ']');
    s += '}';
    return s;
}

std::string numbers(std::size_t n) {
    std::string s = R"({"count":1,"numbers":[)";
    for (std::size_t i = 0; i < n; ++i) s += i ? ",7" : "7";
    return s + "]}";
}

core::decode_options lenient() {
    core::decode_options opt;
    opt.unknown = core::unknown_members::ignore;
    return opt;
}

} // namespace

BOOST_AUTO_TEST_SUITE(decode_limits)

BOOST_AUTO_TEST_CASE(the_defaults) {
    core::decode_options opt;
    BOOST_TEST(opt.max_depth == 64u);
    BOOST_TEST(opt.max_document_bytes == std::size_t(16) << 20);
    BOOST_TEST(opt.max_array_length == 100000u);
    BOOST_TEST(opt.max_element_bytes == std::size_t(256) << 20);
    BOOST_TEST(opt.max_diagnostics == 200u);
    BOOST_TEST(opt.reject_duplicate_keys);
    BOOST_TEST((opt.unknown == core::unknown_members::reject));
}

BOOST_AUTO_TEST_CASE(nesting_deeper_than_max_depth) {
    auto opt = lenient();
    BOOST_TEST(core::decode<probe>(nested(64), opt).has_value());
    auto r = core::decode<probe>(nested(65), opt);
    BOOST_TEST(!r.has_value());
    BOOST_TEST(r.diagnostics().size() == 1u);
    BOOST_TEST(testing::reports(r.diagnostics(), "AWSMODEL-LIMIT", "/deep"), testing::verdict(r.diagnostics()).message().str());
    BOOST_TEST(r.diagnostics()[0].message.find("max_depth") != std::string::npos);

    opt.max_depth = 3;
    BOOST_TEST(core::decode<probe>(R"({"count":1,"leaves":[{"name":"a"}]})", opt).has_value());
    r = core::decode<probe>(R"({"count":1,"leaves":[{"name":"a","count":[[1]]}]})", opt);
    BOOST_TEST(testing::reports(r.diagnostics(), "AWSMODEL-LIMIT", "/leaves/0/count"));
}

BOOST_AUTO_TEST_CASE(a_million_brackets_stop_at_the_limit) {
    std::string s = R"({"count":1,"deep":)" + std::string(1000000, '[');
    auto r = core::decode<probe>(s, lenient());
    BOOST_TEST(testing::reports(r.diagnostics(), "AWSMODEL-LIMIT", "/deep"));
}

BOOST_AUTO_TEST_CASE(a_dom_has_the_same_depth_limit) {
    boost::json::parse_options po;
    po.max_depth = 1000;
    auto opt = lenient();
    BOOST_TEST(core::decode<probe>(boost::json::parse(nested(64), {}, po), opt).has_value());
    auto r = core::decode<probe>(boost::json::parse(nested(65), {}, po), opt);
    BOOST_TEST(testing::reports(r.diagnostics(), "AWSMODEL-LIMIT", "/deep"), testing::verdict(r.diagnostics()).message().str());
}

BOOST_AUTO_TEST_CASE(documents_larger_than_max_document_bytes) {
    core::decode_options opt;
    const std::string text = R"({"count":1,"label":"0123456789"})";
    opt.max_document_bytes = text.size();
    BOOST_TEST(core::decode<probe>(text, opt).has_value());
    opt.max_document_bytes = text.size() - 1;
    auto r = core::decode<probe>(text, opt);
    BOOST_TEST(r.diagnostics().size() == 1u);
    BOOST_TEST(testing::reports(r.diagnostics(), "AWSMODEL-LIMIT", ""));
    BOOST_TEST(r.diagnostics()[0].message.find("max_document_bytes") != std::string::npos);
    // The default, checked before a byte is parsed: 16 MiB + 1 of spaces.
    std::string big(core::decode_options{}.max_document_bytes + 1, ' ');
    BOOST_TEST(testing::reports(core::decode<probe>(big).diagnostics(), "AWSMODEL-LIMIT", ""));
}

BOOST_AUTO_TEST_CASE(arrays_longer_than_max_array_length) {
    BOOST_TEST(core::decode<probe>(numbers(100000)).has_value());
    auto r = core::decode<probe>(numbers(100001));
    BOOST_TEST(r.diagnostics().size() == 1u);
    BOOST_TEST(testing::reports(r.diagnostics(), "AWSMODEL-LIMIT", "/numbers/100000"),
               testing::verdict(r.diagnostics()).message().str());

    core::decode_options opt;
    opt.max_array_length = 2;
    BOOST_TEST(core::decode<probe>(R"({"count":1,"leaves":[{"name":"a"},{"name":"b"}]})", opt).has_value());
    r = core::decode<probe>(R"({"count":1,"leaves":[{"name":"a"},{"name":"b"},{"name":"c"},{"x":[]}]})", opt);
    BOOST_TEST(r.diagnostics().size() == 1u); // the elements beyond the limit are not read
    BOOST_TEST(testing::reports(r.diagnostics(), "AWSMODEL-LIMIT", "/leaves/2"));
}

BOOST_AUTO_TEST_CASE(lists_and_maps_beyond_max_element_bytes) {
    BOOST_TEST(core::decode_options{}.max_element_bytes == std::size_t(256) << 20);
    core::decode_options opt;
    opt.max_element_bytes = 3 * sizeof(robustness::leaf);
    BOOST_TEST(core::decode<probe>(R"({"count":1,"leaves":[{"name":"a"},{"name":"b"},{"name":"c"}]})", opt).has_value());
    auto r = core::decode<probe>(R"({"count":1,"leaves":[{"name":"a"},{"name":"b"},{"name":"c"},{"name":"d"}]})", opt);
    BOOST_TEST(r.diagnostics().size() == 1u);
    BOOST_TEST(testing::reports(r.diagnostics(), "AWSMODEL-LIMIT", "/leaves/3"), testing::verdict(r.diagnostics()).message().str());
    // Lists and maps share the budget.
    opt.max_element_bytes = sizeof(robustness::leaf) + sizeof(std::pair<std::string, std::string>);
    r = core::decode<probe>(R"({"count":1,"leaves":[{"name":"a"}],"labels":{"k":"v","l":"w"}})", opt);
    BOOST_TEST(testing::reports(r.diagnostics(), "AWSMODEL-LIMIT", "/labels/l"), testing::verdict(r.diagnostics()).message().str());
}

BOOST_AUTO_TEST_CASE(decoding_stops_after_max_diagnostics_findings) {
    std::string s = R"({"count":1)";
    for (int i = 0; i < 500; ++i) s += ",\"u" + std::to_string(i) + "\":" + std::to_string(i);
    s += '}';
    auto r = core::decode<probe>(s);
    BOOST_TEST(r.diagnostics().size() == 201u);
    BOOST_TEST(testing::reports(r.diagnostics(), "COMMON-001", "/u199"));
    BOOST_TEST(!testing::reports(r.diagnostics(), "COMMON-001", "/u200"));
    BOOST_TEST(r.diagnostics().back().rule == "AWSMODEL-LIMIT");
    BOOST_TEST(r.diagnostics().back().pointer == "");

    core::decode_options opt;
    opt.max_diagnostics = 3;
    r = core::decode<probe>(s, opt);
    BOOST_TEST(r.diagnostics().size() == 4u);
    // Just inside: as many findings as the limit, and no stop.
    r = core::decode<probe>(R"({"count":1,"a":1,"b":2})", opt);
    BOOST_TEST(r.diagnostics().size() == 2u);
    BOOST_TEST(!testing::reports(r.diagnostics(), "AWSMODEL-LIMIT", ""));
}

BOOST_AUTO_TEST_CASE(long_strings_and_keys_within_the_size_limit) {
    std::string name(1 << 20, 'k');
    std::string s = R"({"count":1,"labels":{")" + name + R"(":")" + name + R"("}})";
    auto r = core::decode<probe>(s);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->labels->begin()->first.size() == name.size());
    BOOST_TEST(core::encode(*r) == s);
}

BOOST_AUTO_TEST_SUITE_END()
