// core::json_schema: the fragments each kind of member type gives, `$defs` shared per structure,
// and the descriptor's constraints (min; max, pattern and default where a descriptor has them).
#include <awsmodel/core/json_schema.hpp>

#include <awsmodel/core/port.hpp>
#include <awsmodel/core/quantity.hpp>
#include <awsmodel/ec2/ebs_volume.hpp>
#include <awsmodel/ecs/tag.hpp>
#include <awsmodel/ecs/task_definition.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <optional>
#include <regex>
#include <string>
#include <vector>

namespace schema_sample {
using namespace awsmodel;

enum class shade { light, dark };
constexpr auto wire_names(shade) noexcept { return std::to_array<std::string_view>({"light", "dark"}); }

struct no_spaces {
    static constexpr std::string_view rule = "TEST-001";
    static constexpr int check(std::string_view s) { return s.find(' ') == std::string_view::npos ? 0 : 1; }
    static std::string message(int, std::string_view) { return "no spaces"; }
};

// A descriptor with every member of the field descriptor, `max`, `pattern` and `aws_default`
// included, as json_schema reads them when present.

struct leaf : core::model {
    std::optional<std::string> text;
    static constexpr auto fields() { return core::fields<core::camel_case,
                            core::field<&leaf::text>>(); }
};

struct node : core::model {
    std::string name;
    std::optional<std::vector<node>> children;
    static constexpr auto fields() {
        return core::fields<core::camel_case,
                            core::field<&node::name>,
                            core::field<&node::children>>();
    }
};

struct doc : core::model {
    std::string name;
    std::vector<leaf> items;
    std::optional<leaf> first;
    std::optional<std::int32_t> small;
    std::optional<std::int64_t> count;
    std::optional<std::uint64_t> big;
    std::optional<std::int32_t> at_least_one;
    std::optional<bool> flag;
    std::optional<double> ratio;
    std::optional<core::gibibytes> size;
    std::optional<core::port> port;
    std::optional<core::open_enum<shade>> shade_of;
    std::optional<std::vector<core::open_enum<shade>>> shades;
    std::optional<core::timestamp<core::time_format::epoch_seconds>> at;
    std::optional<core::string_map<std::string>> labels;
    std::optional<core::text<no_spaces>> word;
    std::optional<std::string> short_text;
    std::optional<std::vector<std::string>> names;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = doc;
        return core::fields<core::camel_case,
                            core::field<&T::name, core::with{.min = 1}>,
                            core::field<&T::items, core::with{.min = 1}>,
                            core::field<&T::first>,
                            core::field<&T::small>,
                            core::field<&T::count>,
                            core::field<&T::big>,
                            core::field<&T::at_least_one, core::with{.min = 1}>,
                            core::field<&T::flag>,
                            core::field<&T::ratio>,
                            core::field<&T::size>,
                            core::field<&T::port>,
                            core::field<&T::shade_of, core::with{.name = "shade"}>,
                            core::field<&T::shades>,
                            core::field<&T::at>,
                            core::field<&T::labels>,
                            core::field<&T::word>,
                            core::field<&T::short_text, core::with{.min = 0}>,
                            core::field<&T::names, core::with{.min = 0}>>();
    }
};

struct rich : core::model {
    std::optional<std::string> code;
    std::optional<std::vector<std::string>> few;
    std::optional<std::int32_t> percent;
    std::optional<bool> enabled;
    std::optional<core::open_enum<shade>> shade_of;
    std::optional<std::int32_t> unbounded;

    static constexpr auto fields() {
        using T = rich;
        return core::fields<core::camel_case, core::field<&T::code, core::with{.min = 2, .max = 8, .pattern = "^[a-z]+$"}>,
                            core::field<&T::few, core::with{.min = 1, .max = 3}>,
                            core::field<&T::percent, core::with{.min = 0, .max = 100, .aws_default = "50"}>,
                            core::field<&T::enabled, core::with{.aws_default = "false"}>,
                            core::field<&T::shade_of, core::with{.name = "shade", .aws_default = "dark"}>,
                            core::field<&T::unbounded>>();
    }
};

boost::json::value js(std::string_view text) { return boost::json::parse(text); }

const boost::json::object& def(const boost::json::object& schema, std::string_view name) {
    return schema.at("$defs").as_object().at(name).as_object();
}
const boost::json::value& prop(const boost::json::object& schema, std::string_view type, std::string_view member) {
    return def(schema, type).at("properties").as_object().at(member);
}
} // namespace schema_sample

using namespace schema_sample;
using awsmodel::core::json_schema;

BOOST_AUTO_TEST_SUITE(json_schema_suite)

BOOST_AUTO_TEST_CASE(root_is_a_draft_2020_12_ref_to_the_type) {
    auto s = json_schema<doc>("doc: a sample");
    BOOST_TEST(s.at("$schema") == "https://json-schema.org/draft/2020-12/schema");
    BOOST_TEST(s.at("title") == "doc: a sample");
    BOOST_TEST(s.at("$ref") == "#/$defs/schema_sample.doc");
    // Keys in a fixed order: $schema, title, $ref, $defs.
    std::vector<std::string> keys;
    for (const auto& kv : s) keys.emplace_back(kv.key());
    BOOST_TEST((keys == std::vector<std::string>{"$schema", "title", "$ref", "$defs"}));
    BOOST_TEST(!json_schema<doc>().contains("title"));
}

BOOST_AUTO_TEST_CASE(structure_lists_required_members_and_refuses_unknown_ones) {
    auto s = json_schema<doc>();
    const auto& d = def(s, "schema_sample.doc");
    BOOST_TEST(d.at("type") == "object");
    BOOST_TEST(d.at("required") == js(R"(["name", "items"])"));
    BOOST_TEST(d.at("additionalProperties") == false); // extra_members is not a property
    BOOST_TEST(d.at("properties").as_object().size() == 18u);
    BOOST_TEST(!d.at("properties").as_object().contains("extra"));
    // Properties in field-table order.
    BOOST_TEST(d.at("properties").as_object().begin()->key() == "name");
    // No `required` at all when every member is optional.
    BOOST_TEST(!def(s, "schema_sample.leaf").contains("required"));
    BOOST_TEST(def(s, "schema_sample.leaf").at("additionalProperties") == false);
}

BOOST_AUTO_TEST_CASE(each_structure_is_one_shared_def) {
    auto s = json_schema<doc>();
    BOOST_TEST(s.at("$defs").as_object().size() == 2u);
    BOOST_TEST(prop(s, "schema_sample.doc", "first") == js(R"({"$ref": "#/$defs/schema_sample.leaf"})"));
    BOOST_TEST(prop(s, "schema_sample.doc", "items") ==
               js(R"({"type": "array", "items": {"$ref": "#/$defs/schema_sample.leaf"}, "minItems": 1})"));
    // A structure that holds itself refers to its own entry.
    auto n = json_schema<node>();
    BOOST_TEST(n.at("$defs").as_object().size() == 1u);
    BOOST_TEST(prop(n, "schema_sample.node", "children") ==
               js(R"({"type": "array", "items": {"$ref": "#/$defs/schema_sample.node"}})"));
}

BOOST_AUTO_TEST_CASE(integers_carry_the_range_of_their_cpp_type) {
    auto s = json_schema<doc>();
    BOOST_TEST(prop(s, "schema_sample.doc", "small") ==
               js(R"({"type": "integer", "minimum": -2147483648, "maximum": 2147483647})"));
    BOOST_TEST(prop(s, "schema_sample.doc", "count") ==
               js(R"({"type": "integer", "minimum": -9223372036854775808, "maximum": 9223372036854775807})"));
    BOOST_TEST(prop(s, "schema_sample.doc", "big") ==
               js(R"({"type": "integer", "minimum": 0, "maximum": 18446744073709551615})"));
    // botocore's min narrows the range; strong types travel as their wire integer.
    BOOST_TEST(prop(s, "schema_sample.doc", "atLeastOne") ==
               js(R"({"type": "integer", "minimum": 1, "maximum": 2147483647})"));
    BOOST_TEST(prop(s, "schema_sample.doc", "size") == prop(s, "schema_sample.doc", "small"));
    BOOST_TEST(prop(s, "schema_sample.doc", "port") == prop(s, "schema_sample.doc", "small"));
    BOOST_TEST(prop(s, "schema_sample.doc", "flag") == js(R"({"type": "boolean"})"));
    BOOST_TEST(prop(s, "schema_sample.doc", "ratio") == js(R"({"type": "number"})"));
}

BOOST_AUTO_TEST_CASE(enumerations_list_their_wire_names) {
    auto s = json_schema<doc>();
    BOOST_TEST(prop(s, "schema_sample.doc", "shade") == js(R"({"type": "string", "enum": ["light", "dark"]})"));
    BOOST_TEST(prop(s, "schema_sample.doc", "shades") ==
               js(R"({"type": "array", "items": {"type": "string", "enum": ["light", "dark"]}})"));
    auto v = json_schema<awsmodel::ec2::create_volume_request>();
    const auto& names = prop(v, "ec2.create_volume_request", "VolumeType").at("enum").as_array();
    BOOST_TEST(names.size() == 7u);
    BOOST_TEST((std::find(names.begin(), names.end(), boost::json::value("gp3")) != names.end()));
}

BOOST_AUTO_TEST_CASE(strings_maps_and_text) {
    auto s = json_schema<doc>();
    BOOST_TEST(prop(s, "schema_sample.doc", "name") == js(R"({"type": "string", "minLength": 1})"));
    // botocore's min 0 says nothing.
    BOOST_TEST(prop(s, "schema_sample.doc", "shortText") == js(R"({"type": "string"})"));
    BOOST_TEST(prop(s, "schema_sample.doc", "names") == js(R"({"type": "array", "items": {"type": "string"}})"));
    BOOST_TEST(prop(s, "schema_sample.doc", "labels") ==
               js(R"({"type": "object", "additionalProperties": {"type": "string"}})"));
    BOOST_TEST(prop(s, "schema_sample.doc", "word") == js(R"({"type": "string"})"));
    auto t = json_schema<awsmodel::ecs::tag>();
    // botocore's TagKey: 1-128 characters of its pattern, from the field table.
    BOOST_TEST(prop(t, "ecs.tag", "key") ==
               js(R"js({"type": "string", "minLength": 1, "maxLength": 128, "pattern": "([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)"})js"));
}

BOOST_AUTO_TEST_CASE(descriptor_max_pattern_and_default) {
    auto s = json_schema<rich>();
    BOOST_TEST(prop(s, "schema_sample.rich", "code") ==
               js(R"({"type": "string", "minLength": 2, "maxLength": 8, "pattern": "^[a-z]+$"})"));
    BOOST_TEST(prop(s, "schema_sample.rich", "few") ==
               js(R"({"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 3})"));
    BOOST_TEST(prop(s, "schema_sample.rich", "percent") ==
               js(R"({"type": "integer", "minimum": 0, "maximum": 100, "default": 50})"));
    BOOST_TEST(prop(s, "schema_sample.rich", "enabled") == js(R"({"type": "boolean", "default": false})"));
    BOOST_TEST(prop(s, "schema_sample.rich", "shade") ==
               js(R"({"type": "string", "enum": ["light", "dark"], "default": "dark"})"));
    BOOST_TEST(prop(s, "schema_sample.rich", "unbounded") ==
               js(R"({"type": "integer", "minimum": -2147483648, "maximum": 2147483647})"));
}

// The real tables' defaults in their members' JSON types: a strong integer type's default is a
// number, a list's default is a list of its one element.
BOOST_AUTO_TEST_CASE(real_defaults_take_their_members_json_type) {
    auto v = json_schema<awsmodel::ec2::create_volume_request>();
    BOOST_TEST(prop(v, "ec2.create_volume_request", "Throughput").as_object().at("default") == js("125"));
    BOOST_TEST(prop(v, "ec2.create_volume_request", "VolumeType").as_object().at("default") == js(R"("gp2")"));
    auto t = json_schema<awsmodel::ecs::register_task_definition_request>();
    BOOST_TEST(prop(t, "ecs.register_task_definition_request", "requiresCompatibilities").as_object().at("default") ==
               js(R"(["EC2"])"));
}

BOOST_AUTO_TEST_CASE(timestamps_take_both_wire_forms) {
    auto s = json_schema<doc>();
    const auto& at = prop(s, "schema_sample.doc", "at").as_object();
    BOOST_TEST(at.at("type") == js(R"(["number", "string"])"));
    BOOST_TEST(at.at("minimum") == -62135596800LL);
    BOOST_TEST(at.at("maximum") == 253402300799LL);
    // The pattern admits what parse_iso8601 reads, apart from the calendar check.
    std::regex re(std::string(at.at("pattern").as_string()), std::regex::ECMAScript);
    for (const char* ok : {"2024-01-02", "2024-01-02T03:04", "2024-01-02T03:04:05Z", "2024-01-02 03:04:05.123456+01:00",
                           "2024-01-02t03:04:05,5z", "2024-01-02T03:04:05-0130", "2024-01-02T03:04:05+01"}) {
        BOOST_TEST_INFO(ok);
        BOOST_TEST(std::regex_search(ok, re));
        BOOST_TEST(awsmodel::core::parse_iso8601(ok).has_value());
    }
    for (const char* bad : {"2024-1-02", "2024-01-02Z", "2024-01-02T03", "2024-01-02T03:04:05.", "yesterday",
                            "2024-01-02T03:04:05Z ", "2024-01-02T03:04:05+1"}) {
        BOOST_TEST_INFO(bad);
        BOOST_TEST(!std::regex_search(bad, re));
        BOOST_TEST(!awsmodel::core::parse_iso8601(bad).has_value());
    }
}

BOOST_AUTO_TEST_CASE(the_text_is_stable) {
    BOOST_TEST(boost::json::serialize(json_schema<awsmodel::ec2::describe_volumes_result>()) ==
               boost::json::serialize(json_schema<awsmodel::ec2::describe_volumes_result>()));
    auto s = json_schema<awsmodel::ec2::describe_volumes_result>();
    std::string previous;
    for (const auto& kv : s.at("$defs").as_object()) {
        bool in_order = previous < std::string(kv.key());
        BOOST_TEST(in_order, previous << " before " << kv.key());
        previous = kv.key();
    }
}

BOOST_AUTO_TEST_SUITE_END()
