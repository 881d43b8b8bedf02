// core::one_of: a value that is one of several JSON types, chosen by what the document holds,
// decoded without a DOM, re-encoded as it came, with findings at the value's pointer.
#include <awsmodel/core/json.hpp>
#include <awsmodel/core/json_schema.hpp>
#include <awsmodel/core/one_of.hpp>
#include <awsmodel/core/validate.hpp>

#include <boost/json/parse.hpp>
#include <boost/test/unit_test.hpp>

#include <optional>
#include <string>
#include <vector>

using namespace awsmodel;

namespace one_of_sample {
enum class shade { light, dark };
constexpr auto wire_names(shade) noexcept { return std::to_array<std::string_view>({"LIGHT", "DARK"}); }

// `{"Ref": "Name"}`, as CloudFormation writes one in place of a literal.
struct ref : core::model {
    std::string ref_;
    static constexpr auto fields() {
        return core::fields<core::as_given, core::field<&ref::ref_, core::with{.name = "Ref"}>>();
    }
    friend bool operator==(const ref&, const ref&) = default;
};
struct inner : core::model {
    std::optional<std::string> name;
    std::optional<core::open_enum<shade>> shade_of;
    static constexpr auto fields() {
        return core::fields<core::camel_case, core::field<&inner::name, core::with{.min = 1}>,
                            core::field<&inner::shade_of, core::with{.name = "shade"}>>();
    }
    friend bool operator==(const inner&, const inner&) = default;
};
struct doc : core::model {
    std::optional<core::one_of<std::string, std::vector<std::string>>> action;
    std::optional<core::one_of<inner, ref>> thing;
    std::optional<std::vector<core::one_of<std::int32_t, ref>>> counts;
    static constexpr auto fields() {
        using T = doc;
        return core::fields<core::camel_case, core::field<&T::action>, core::field<&T::thing>, core::field<&T::counts>>();
    }
    friend bool operator==(const doc&, const doc&) = default;
};

std::string findings(std::string_view text) {
    auto r = core::decode<doc>(text);
    core::diagnostics ds = r ? core::validate(*r) : r.diagnostics();
    std::string out;
    for (const auto& d : ds) out += d.pointer + " " + std::string(d.rule) + " " + d.message + "\n";
    return out;
}
} // namespace one_of_sample

using namespace one_of_sample;

BOOST_AUTO_TEST_SUITE(one_of_suite)

BOOST_AUTO_TEST_CASE(the_json_type_chooses_the_alternative_and_encoding_keeps_it) {
    for (std::string_view text : {R"({"action":"s3:GetObject","thing":{"name":"x"},"counts":[1,{"Ref":"N"},3]})",
                                  R"({"action":["s3:GetObject","s3:PutObject"],"thing":{"Ref":"Other"}})",
                                  R"({"action":[]})"}) {
        auto r = core::decode<doc>(text);
        BOOST_TEST_REQUIRE(r.has_value(), text);
        BOOST_TEST(core::encode(*r) == text);
    }
    auto r = core::decode<doc>(R"({"action":"a","thing":{"Ref":"X"},"counts":[{"Ref":"N"},2]})");
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->action->holds<std::string>());
    BOOST_TEST(r->thing->get_if<ref>()->ref_ == "X");
    BOOST_TEST((*r->counts)[0].holds<ref>());
    BOOST_TEST(*(*r->counts)[1].get_if<std::int32_t>() == 2);
}

BOOST_AUTO_TEST_CASE(an_object_alternative_is_chosen_by_its_first_key) {
    // {} takes the first object alternative; a key of neither is unknown in the first.
    auto empty = core::decode<doc>(R"({"thing":{}})");
    BOOST_TEST_REQUIRE(empty.has_value());
    BOOST_TEST(empty->thing->holds<inner>());
    BOOST_TEST(findings(R"({"thing":{"Ref":"X","name":"y"}})") ==
               "/thing/name COMMON-001 unknown member \"name\"; this object takes: Ref\n");
    BOOST_TEST(findings(R"({"thing":{"colour":"y"}})") ==
               "/thing/colour COMMON-001 unknown member \"colour\"; this object takes: name, shade\n");
}

BOOST_AUTO_TEST_CASE(findings_name_the_value_and_its_alternatives) {
    BOOST_TEST(findings(R"({"action":3})") == "/action COMMON-002 expected a string or an array, got a number (3)\n");
    BOOST_TEST(findings(R"({"action":{}})") == "/action COMMON-002 expected a string or an array, got an object\n");
    BOOST_TEST(findings(R"({"counts":["x",true]})") ==
               "/counts/0 COMMON-002 expected an integer or an object, got a string (\"x\")\n"
               "/counts/1 COMMON-002 expected an integer or an object, got the boolean true (true)\n");
    // checks of the chosen alternative apply: its minimum when decoding, its rules when validating
    BOOST_TEST(findings(R"({"thing":{"name":""}})") ==
               "/thing/name AWSMODEL-MIN the value is 0 characters long; the shortest allowed is 1\n");
    BOOST_TEST(findings(R"({"thing":{"shade":"GREY"}})") ==
               "/thing/shade AWSMODEL-ENUM \"GREY\" is not a value awsmodel knows; allowed: LIGHT|DARK (values are "
               "case-sensitive)\n");
    BOOST_TEST(findings(R"({"action":null})") ==
               "/action COMMON-002 expected a string or an array, got null; AWS does not accept null: leave the member "
               "out instead\n");
}

BOOST_AUTO_TEST_CASE(a_dom_decodes_as_text_does) {
    auto r = core::decode<doc>(boost::json::parse(R"({"action":["a"],"thing":{"Ref":"X"}})"));
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->action->holds<std::vector<std::string>>());
    BOOST_TEST(r->thing->holds<ref>());
}

BOOST_AUTO_TEST_CASE(the_schema_lists_the_alternatives) {
    auto s = core::json_schema<doc>();
    const auto& props = s.at("$defs").as_object().at("one_of_sample.doc").as_object().at("properties").as_object();
    BOOST_TEST(props.at("action") ==
               boost::json::parse(R"({"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]})"));
    BOOST_TEST(props.at("thing") ==
               boost::json::parse(R"({"anyOf": [{"$ref": "#/$defs/one_of_sample.inner"}, {"$ref": "#/$defs/one_of_sample.ref"}]})"));
}

BOOST_AUTO_TEST_SUITE_END()
