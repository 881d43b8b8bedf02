// The generic codec on a small modelled type: every kind of member, both directions, and the
// Boost.JSON conversions.
#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/json.hpp>
#include <awsmodel/core/port.hpp>
#include <awsmodel/core/quantity.hpp>
#include <awsmodel/core/timestamp.hpp>
#include <awsmodel/core/validate.hpp>
#include <awsmodel/ec2/ebs_volume.hpp>
#include <awsmodel/ec2/run_instances.hpp>
#include <awsmodel/ecs/task_definition.hpp>
#include <awsmodel/testing/boost_test.hpp>

#include <boost/json.hpp>
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <iterator>
#include <string>

namespace sample {
using namespace awsmodel;
enum class hue { red, dark_green };
constexpr auto wire_names(hue) noexcept { return std::to_array<std::string_view>({"red", "dark-green"}); }

struct inner : core::model {
    std::string name;
    std::optional<core::port> port;
    core::extra_members extra;
    static constexpr auto fields() {
        return core::fields<core::camel_case, core::field<&inner::name, core::with{.min = 1}>, core::field<&inner::port>>();
    }
    friend bool operator==(const inner&, const inner&) = default;
};

struct outer : core::model {
    std::optional<std::int64_t> big;
    std::optional<double> ratio;
    std::optional<bool> flag;
    std::optional<core::mebibytes> memory;
    std::optional<core::open_enum<hue>> colour;
    std::optional<core::timestamp<core::time_format::epoch_seconds>> at;
    std::optional<std::vector<inner>> items;
    std::optional<core::string_map<std::string>> labels;
    std::optional<inner> one;
    core::extra_members extra;
    static constexpr auto fields() {
        return core::fields<core::camel_case, core::field<&outer::big>, core::field<&outer::ratio>, core::field<&outer::flag>, core::field<&outer::memory>, core::field<&outer::colour>, core::field<&outer::at>, core::field<&outer::items, core::with{.min = 1}>, core::field<&outer::labels>, core::field<&outer::one>>();
    }
    friend bool operator==(const outer&, const outer&) = default;
};
// Scalars stored by the decoder's one-step path: members, list elements and map entries.
struct scalars : core::model {
    std::string id;
    std::optional<std::string> note;
    std::optional<std::int32_t> count;
    std::optional<std::vector<std::string>> words;
    std::optional<core::timestamp<core::time_format::iso8601>> when;
    std::optional<core::string_map<std::string>> labels;
    static constexpr auto fields() {
        return core::fields<core::camel_case, core::field<&scalars::id, core::with{.min = 3}>, core::field<&scalars::note>, core::field<&scalars::count, core::with{.min = 1}>, core::field<&scalars::words>, core::field<&scalars::when>, core::field<&scalars::labels>>();
    }
    friend bool operator==(const scalars&, const scalars&) = default;
};
} // namespace sample

using namespace awsmodel;

BOOST_AUTO_TEST_SUITE(codec)

BOOST_AUTO_TEST_CASE(every_member_kind_round_trips) {
    const std::string text =
        R"({"big":9007199254740993,"ratio":0.25,"flag":false,"memory":512,"colour":"dark-green","at":1565286137.413,)"
        R"("items":[{"name":"a","port":80},{"name":"b\"\n\u00e9"}],"labels":{"z":"1","a":""},"one":{"name":"x"}})";
    auto r = core::decode<sample::outer>(text);
    BOOST_TEST_REQUIRE(r.has_value(), testing::verdict(r.diagnostics()).message().str());
    BOOST_TEST(*r->big == 9007199254740993LL);
    BOOST_TEST((r->colour == sample::hue::dark_green));
    BOOST_TEST(r->memory->count() == 512);
    BOOST_TEST((*r->items)[0].port->number() == 80);
    BOOST_TEST((*r->items)[1].name == "b\"\n\xC3\xA9");
    BOOST_TEST(core::encode(*r) == R"({"big":9007199254740993,"ratio":0.25,"flag":false,"memory":512,"colour":"dark-green",)"
                                   R"("at":1565286137.413,"items":[{"name":"a","port":80},{"name":"b\"\n)"
                                   "\xC3\xA9"
                                   R"("}],"labels":{"z":"1","a":""},"one":{"name":"x"}})");
}

BOOST_AUTO_TEST_CASE(structural_findings_name_the_member_and_are_all_reported) {
    auto r = core::decode<sample::outer>(
        R"({"big":"1","items":[{"name":""},{"port":80.5}],"colour":null,"Flag":true,"labels":{"a":1}})");
    BOOST_TEST(!r.has_value());
    const auto& ds = r.diagnostics();
    BOOST_TEST(testing::reports(ds, "COMMON-002", "/big"));
    BOOST_TEST(testing::reports(ds, "AWSMODEL-MIN", "/items/0/name"));
    BOOST_TEST(testing::reports(ds, "COMMON-002", "/items/1/port"));
    BOOST_TEST(testing::reports(ds, "AWSMODEL-REQUIRED", "/items/1/name"));
    BOOST_TEST(testing::reports(ds, "COMMON-002", "/colour"));
    BOOST_TEST(testing::reports(ds, "COMMON-001", "/Flag"));
    BOOST_TEST(testing::reports(ds, "COMMON-002", "/labels/a"));
    BOOST_TEST(ds.size() == 7u);
    // Unknown members that differ only in case get a suggestion.
    auto flag = std::find_if(ds.begin(), ds.end(), [](const auto& d) { return d.pointer == "/Flag"; });
    BOOST_TEST(flag->message.find("did you mean \"flag\"") != std::string::npos, flag->message);
}

BOOST_AUTO_TEST_CASE(list_minimum_length_from_botocore) {
    auto r = core::decode<sample::outer>(R"({"items":[]})");
    BOOST_TEST(testing::reports(r.diagnostics(), "AWSMODEL-MIN", "/items"));
}

BOOST_AUTO_TEST_CASE(unknown_enum_values_are_kept_and_reported_by_validate) {
    auto r = core::decode<sample::outer>(R"({"colour":"ultraviolet"})");
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(core::encode(*r) == R"({"colour":"ultraviolet"})");
    auto ds = core::validate(*r);
    BOOST_TEST(testing::reports(ds, "AWSMODEL-ENUM", "/colour"));
    BOOST_TEST(ds[0].message.find("red|dark-green") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(ports_out_of_range_decode_and_are_reported_by_their_checked_path) {
    auto r = core::port::from(70000, "/port");
    BOOST_TEST(!r.has_value());
    BOOST_TEST(r.diagnostics()[0].pointer == "/port");
    BOOST_TEST(core::port::from(443).value().number() == 443);
}

BOOST_AUTO_TEST_CASE(boost_json_conversions_find_every_modelled_type) {
    sample::outer o;
    o.flag = true;
    o.items = std::vector<sample::inner>{{{}, "web", core::port{8080}, {}}};
    boost::json::value jv = boost::json::value_from(o);
    BOOST_TEST(boost::json::serialize(jv) == R"({"flag":true,"items":[{"name":"web","port":8080}]})");
    auto back = boost::json::value_to<sample::outer>(jv);
    BOOST_TEST((back == o));
    auto bad = boost::json::try_value_to<sample::outer>(boost::json::parse(R"({"flag":"yes"})"));
    BOOST_TEST(bad.has_error());
    // The DOM goes through the same checks as text.
    auto dom = core::decode<sample::outer>(boost::json::parse(R"({"items":[{"name":"a","port":"80"}]})"));
    BOOST_TEST(testing::reports(dom.diagnostics(), "COMMON-002", "/items/0/port"));
}

// value_from builds the value directly; it must be the value of the encoded text, member for
// member and number for number, for every kind of member the example documents hold.
BOOST_AUTO_TEST_CASE(value_from_is_the_value_of_the_encoded_text) {
    auto same = [](const auto& v, bool same_text = true) {
        boost::json::value direct = boost::json::value_from(v);
        BOOST_TEST(direct == boost::json::parse(core::encode(v)));
        // Boost.JSON spells doubles its own way (1E-1 for 0.1); the values are what must agree.
        if (same_text) BOOST_TEST(boost::json::serialize(direct) == core::encode(v));
    };
    for (const char* name : {"task-definition-ec2-bridge.json", "task-definition-fargate-firelens.json",
                             "task-definition-broken.json"}) {
        std::ifstream f(std::string(AWSMODEL_EXAMPLES) + "/" + name);
        std::string text((std::istreambuf_iterator<char>(f)), {});
        auto td = core::decode<ecs::register_task_definition_request>(text);
        BOOST_TEST_REQUIRE(td.has_value(), name);
        same(*td);
    }
    for (const char* name : {"create-volume.json", "run-instances.json"}) {
        std::ifstream f(std::string(AWSMODEL_EXAMPLES) + "/" + name);
        std::string text((std::istreambuf_iterator<char>(f)), {});
        if (std::string(name) == "create-volume.json") {
            auto v = core::decode<ec2::create_volume_request>(text);
            BOOST_TEST_REQUIRE(v.has_value());
            same(*v);
        } else {
            auto v = core::decode<ec2::run_instances_request>(text);
            BOOST_TEST_REQUIRE(v.has_value());
            same(*v);
        }
    }
    // kept unknown members, timestamps and doubles
    core::decode_options keep;
    keep.unknown = core::unknown_members::keep;
    auto kept = core::decode<sample::outer>(R"({"ratio":0.1,"at":1565286137.413,"later":{"x":[1,2.5,"y"]}})", keep);
    BOOST_TEST_REQUIRE(kept.has_value());
    same(*kept, false);
}

BOOST_AUTO_TEST_CASE(setters_engage_an_optional_and_convert_in_one_call) {
    namespace d = core::detail;
    std::optional<std::string> text;
    const std::string_view long_text = "longer than the fifteen bytes kept inline";
    BOOST_TEST((d::ops_of<std::optional<std::string>>.set_string(&text, long_text) == d::conv::ok));
    BOOST_TEST_REQUIRE(text.has_value());
    BOOST_TEST(*text == long_text);

    std::optional<std::int32_t> small;
    BOOST_TEST((d::ops_of<std::optional<std::int32_t>>.set_number(&small, d::number{d::number::int64, 7}) == d::conv::ok));
    BOOST_TEST((small == 7));
    BOOST_TEST((d::ops_of<std::optional<std::int32_t>>.set_number(&small, d::number{d::number::int64, 1LL << 40}) ==
                d::conv::out_of_range));

    std::optional<core::timestamp<core::time_format::iso8601>> when;
    BOOST_TEST((d::ops_of<decltype(when)>.set_string(&when, "yesterday") == d::conv::bad_timestamp));

    // A plain member's setter is its conversion; a type without a string form has none.
    BOOST_TEST((d::ops_of<std::string>.set_string == d::ops_of<std::string>.on_string));
    BOOST_TEST((d::ops_of<std::int32_t>.set_number == d::ops_of<std::int32_t>.on_number));
    BOOST_TEST((d::ops_of<std::optional<sample::inner>>.set_string == nullptr));
    BOOST_TEST((d::ops_of<std::optional<std::string>>.set_number == nullptr));
}

BOOST_AUTO_TEST_CASE(members_elements_and_map_entries_decode_in_one_step) {
    auto r = core::decode<sample::scalars>(
        R"({"id":"abc","note":"a note longer than fifteen bytes","count":3,"words":["x","a word longer than fifteen"],)"
        R"("when":"2024-01-02T03:04:05Z","labels":{"k":"v"}})");
    BOOST_TEST_REQUIRE(r.has_value(), testing::verdict(r.diagnostics()).message().str());
    BOOST_TEST(r->id == "abc");
    BOOST_TEST(*r->note == "a note longer than fifteen bytes");
    BOOST_TEST((r->count == 3));
    BOOST_TEST(r->words->size() == 2u);
    BOOST_TEST((*r->words)[1] == "a word longer than fifteen");
    BOOST_TEST(*r->labels->find("k") == "v");
    BOOST_TEST(core::encode(*r) == R"({"id":"abc","note":"a note longer than fifteen bytes","count":3,)"
                                   R"("words":["x","a word longer than fifteen"],"when":"2024-01-02T03:04:05.000Z",)"
                                   R"("labels":{"k":"v"}})");

    // Without reject_duplicate_keys the last occurrence replaces the first.
    core::decode_options last_wins;
    last_wins.reject_duplicate_keys = false;
    auto twice = core::decode<sample::scalars>(R"({"id":"abc","note":"first","note":"second"})", last_wins);
    BOOST_TEST_REQUIRE(twice.has_value());
    BOOST_TEST(*twice->note == "second");
}

BOOST_AUTO_TEST_CASE(one_step_scalars_report_the_same_findings) {
    auto r = core::decode<sample::scalars>(
        R"({"id":"ab","count":0,"words":["x",1,{}],"when":"yesterday","labels":{"k":2},"note":true})");
    BOOST_TEST(!r.has_value());
    const auto& ds = r.diagnostics();
    BOOST_TEST(testing::reports(ds, "AWSMODEL-MIN", "/id"));
    BOOST_TEST(testing::reports(ds, "AWSMODEL-MIN", "/count"));
    BOOST_TEST(testing::reports(ds, "COMMON-002", "/words/1"));
    BOOST_TEST(testing::reports(ds, "COMMON-002", "/words/2"));
    BOOST_TEST(testing::reports(ds, "COMMON-002", "/when"));
    BOOST_TEST(testing::reports(ds, "COMMON-002", "/labels/k"));
    BOOST_TEST(testing::reports(ds, "COMMON-002", "/note"));
    BOOST_TEST_REQUIRE(ds.size() == 7u);
    BOOST_TEST(ds[0].message == "the value is 2 characters long; the shortest allowed is 3");
    BOOST_TEST(ds[1].message == "the value is below the minimum 1");
    BOOST_TEST(ds[2].message == "expected a string, got a number (1)");
    BOOST_TEST(ds[3].message == "expected a string, got an object");
    BOOST_TEST(ds[4].message ==
               "expected a timestamp: ISO 8601 such as 2024-01-02T03:04:05Z, or epoch seconds; got \"yesterday\"");

    // Elements past max_array_length are reported once and skipped.
    core::decode_options few;
    few.max_array_length = 2;
    auto many = core::decode<sample::scalars>(R"({"id":"abc","words":["a","b","c","d"]})", few);
    BOOST_TEST(testing::reports(many.diagnostics(), "AWSMODEL-LIMIT", "/words/2"));
    BOOST_TEST(many.diagnostics().size() == 1u);
}

BOOST_AUTO_TEST_CASE(member_names_compare_equal_only_when_every_byte_is) {
    // The word-wise comparison of member names, at every length around its 4- and 8-byte loads,
    // with the difference at every position.
    using awsmodel::core::detail::same_bytes;
    for (std::size_t n = 0; n <= 40; ++n) {
        std::string a(n, 'k'), b(n, 'k');
        for (std::size_t i = 0; i < n; ++i) a[i] = b[i] = static_cast<char>('a' + i % 26);
        BOOST_TEST(same_bytes(a.data(), b.data(), n));
        for (std::size_t at = 0; at < n; ++at) {
            std::string c = b;
            c[at] = static_cast<char>(c[at] ^ 0x20);
            BOOST_TEST(!same_bytes(a.data(), c.data(), n), "length " << n << ", difference at " << at);
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
