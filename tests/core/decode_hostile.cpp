// Hostile and malformed text: every case is rejected with one clear finding, its rule id and the
// JSON Pointer of the member it concerns, and nothing escapes core::decode.
#include "robustness_probe.hpp"

#include <awsmodel/core/json.hpp>
#include <awsmodel/core/validate.hpp>
#include <awsmodel/ec2/ebs_volume.hpp>
#include <awsmodel/testing/boost_test.hpp>

#include <boost/json/parse.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <string>

using namespace awsmodel;
using robustness::probe;
namespace bdata = boost::unit_test::data;

static_assert(noexcept(core::decode<probe>(std::string_view{})), "decoding text never throws");
static_assert(noexcept(core::decode<probe>(boost::json::value{})), "decoding a DOM never throws");

namespace {

// Keeps embedded NUL bytes, which a `const char*` would cut off.
template <std::size_t N>
std::string bytes(const char (&s)[N]) {
    return std::string(s, N - 1);
}

struct hostile_case {
    const char* what;
    std::string text;
    const char* rule;    // the one finding expected
    const char* pointer; // where
};
std::ostream& operator<<(std::ostream& os, const hostile_case& c) { return os << c.what; }

const hostile_case hostile_cases[] = {
    // Numbers that do not fit the member.
    {"2^31 for a 32-bit member", R"({"count":2147483648})", "COMMON-002", "/count"},
    {"-2^31-1 for a 32-bit member", R"({"count":-2147483649})", "COMMON-002", "/count"},
    {"2^63 for a 64-bit member", R"({"count":1,"total":9223372036854775808})", "COMMON-002", "/total"},
    {"2^64-1 for a 64-bit member", R"({"count":1,"total":18446744073709551615})", "COMMON-002", "/total"},
    {"2^64 for a 64-bit member", R"({"count":1,"total":18446744073709551616})", "COMMON-002", "/total"},
    {"-2^63-1 for a 64-bit member", R"({"count":1,"total":-9223372036854775809})", "COMMON-002", "/total"},
    {"1e400 for an integer member", R"({"count":1e400})", "COMMON-002", "/count"},
    {"1e400 (infinity) for a double member", R"({"count":1,"ratio":1e400})", "COMMON-002", "/ratio"},
    {"-1e400 for a double member", R"({"count":1,"ratio":-1e400})", "COMMON-002", "/ratio"},
    {"1.5 for an integer member", R"({"count":1.5})", "COMMON-002", "/count"},
    {"1.0 for an integer member", R"({"count":1.0})", "COMMON-002", "/count"},
    {"1e2 for an integer member", R"({"count":1e2})", "COMMON-002", "/count"},
    {"a fraction inside a list", R"({"count":1,"numbers":[1,2.5]})", "COMMON-002", "/numbers/1"},
    {"an exponent beyond Boost.JSON's range", R"({"count":1,"ratio":1e99999999999})", "AWSMODEL-SYNTAX", "/ratio"},
    {"an epoch timestamp past the year 9999", R"({"count":1,"at":253402300800})", "COMMON-002", "/at"},
    {"an ISO timestamp whose offset leaves the year 9999", R"({"count":1,"when":"9999-12-31T23:30:00-01:00"})",
     "COMMON-002", "/when"},
    {"an ISO timestamp before the year 1", R"({"count":1,"when":"0000-12-31T23:59:59Z"})", "COMMON-002", "/when"},
    // Repeated keys, strict by default: the pointer names the repeated member.
    {"a repeated member", R"({"count":1,"count":2})", "AWSMODEL-DUPLICATE", "/count"},
    {"a repeated member in a list element", R"({"count":1,"leaves":[{"name":"a"},{"name":"b","name":"c"}]})",
     "AWSMODEL-DUPLICATE", "/leaves/1/name"},
    {"a repeated map key", R"({"count":1,"labels":{"a":"1","b":"2","a":"3"}})", "AWSMODEL-DUPLICATE", "/labels/a"},
    // Text that is not JSON, or not UTF-8.
    {"invalid UTF-8 in a string", bytes("{\"count\":1,\"label\":\"caf\xE9\"}"), "AWSMODEL-SYNTAX", "/label"},
    {"an overlong UTF-8 encoding", bytes("{\"count\":1,\"label\":\"\xC0\xAF\"}"), "AWSMODEL-SYNTAX", "/label"},
    {"a UTF-16 surrogate encoded as UTF-8", bytes("{\"count\":1,\"label\":\"\xED\xA0\x80\"}"), "AWSMODEL-SYNTAX",
     "/label"},
    {"a UTF-8 sequence cut short", bytes("{\"count\":1,\"label\":\"\xE2\x82\"}"), "AWSMODEL-SYNTAX", "/label"},
    {"a raw NUL byte in a string", bytes("{\"count\":1,\"label\":\"a\0b\"}"), "AWSMODEL-SYNTAX", "/label"},
    {"a raw NUL byte between tokens", bytes("{\"count\":1,\0\"flag\":true}"), "AWSMODEL-SYNTAX", "/count"},
    {"an unpaired surrogate escape", R"({"count":1,"label":"\ud800"})", "AWSMODEL-SYNTAX", "/label"},
    {"a UTF-8 byte order mark", bytes("\xEF\xBB\xBF{\"count\":1}"), "AWSMODEL-SYNTAX", ""},
    {"empty input", "", "AWSMODEL-SYNTAX", ""},
    {"whitespace only", " \r\n\t ", "AWSMODEL-SYNTAX", ""},
    {"trailing garbage", R"({"count":1} x)", "AWSMODEL-SYNTAX", ""},
    {"a second document", R"({"count":1}{"count":2})", "AWSMODEL-SYNTAX", ""},
    {"a truncated document", R"({"count":1,"leaves":[{"name":"a)", "AWSMODEL-SYNTAX", "/leaves/0/name"},
    {"a truncated number", R"({"count":1,"ratio":1.)", "AWSMODEL-SYNTAX", "/ratio"},
    {"a single quote", R"({'count':1})", "AWSMODEL-SYNTAX", ""},
    {"a comment", R"({"count":1 /* one */})", "AWSMODEL-SYNTAX", "/count"},
    {"a trailing comma", R"({"count":1,})", "AWSMODEL-SYNTAX", "/count"},
    {"NaN", R"({"count":1,"ratio":NaN})", "AWSMODEL-SYNTAX", "/ratio"},
    // Structure.
    {"null for a member", R"({"count":null})", "COMMON-002", "/count"},
    {"a string for an integer", R"({"count":"1"})", "COMMON-002", "/count"},
    {"a number for a string", R"({"count":1,"label":7})", "COMMON-002", "/label"},
    {"a string for a boolean", R"({"count":1,"flag":"true"})", "COMMON-002", "/flag"},
    {"an object for a list", R"({"count":1,"leaves":{}})", "COMMON-002", "/leaves"},
    {"a list for an object", R"({"count":1,"one":[]})", "COMMON-002", "/one"},
    {"an array at the top", R"([{"count":1}])", "COMMON-002", ""},
    {"a missing required member", R"({"flag":true})", "AWSMODEL-REQUIRED", "/count"},
    {"a missing required member in a list element", R"({"count":1,"leaves":[{"name":"a"},{"count":2}]})",
     "AWSMODEL-REQUIRED", "/leaves/1/name"},
    {"below botocore's min", R"({"count":1,"one":{"name":""}})", "AWSMODEL-MIN", "/one/name"},
    {"an unknown member", R"({"count":1,"Count":2})", "COMMON-001", "/Count"},
    {"an unknown member in a nested object", R"({"count":1,"one":{"name":"a","extra":1}})", "COMMON-001",
     "/one/extra"},
    {"an unknown member whose name needs escaping", R"({"count":1,"a/b~c":1})", "COMMON-001", "/a~1b~0c"},
};

} // namespace

BOOST_AUTO_TEST_SUITE(decode_hostile)

BOOST_DATA_TEST_CASE(rejected_with_one_finding_at_the_member, bdata::make(hostile_cases), c) {
    auto r = core::decode<probe>(c.text);
    BOOST_TEST(!r.has_value());
    const auto& ds = r.diagnostics();
    BOOST_TEST(ds.size() == 1u, testing::verdict(ds).message().str());
    BOOST_TEST(testing::reports(ds, c.rule, c.pointer),
               "expected " << c.rule << " at \"" << c.pointer << "\"; got " << testing::verdict(ds).message().str());
    for (const auto& d : ds) BOOST_TEST(d.message.size() > 20u, "the message explains: " << d);
}

// Just inside each limit: accepted, with the value it says.
BOOST_AUTO_TEST_CASE(numbers_at_the_edges_of_their_members) {
    auto r = core::decode<probe>(R"({"count":-2147483648,"total":9223372036854775807,"ratio":1.7976931348623157e308})");
    BOOST_TEST_REQUIRE(r.has_value(), testing::verdict(r.diagnostics()).message().str());
    BOOST_TEST(r->count == INT32_MIN);
    BOOST_TEST(*r->total == INT64_MAX);
    BOOST_TEST(core::encode(*r) == R"({"count":-2147483648,"total":9223372036854775807,"ratio":1.7976931348623157e+308})");
    r = core::decode<probe>(R"({"count":2147483647,"total":-9223372036854775808,"ratio":-0})");
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->count == INT32_MAX);
    BOOST_TEST(*r->total == INT64_MIN);
    // Underflow is not an error: 1e-400 is as close to 0 as a double gets.
    r = core::decode<probe>(R"({"count":-0,"ratio":1e-400})");
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->count == 0);
    BOOST_TEST(*r->ratio == 0.0);
}

BOOST_AUTO_TEST_CASE(the_message_states_the_number_and_the_range) {
    auto r = core::decode<probe>(R"({"count":1,"total":18446744073709551616})");
    BOOST_TEST_REQUIRE(r.diagnostics().size() == 1u);
    BOOST_TEST(r.diagnostics()[0].message ==
               "the number 18446744073709551616 does not fit this member, a 64-bit integer "
               "(-9223372036854775808 to 9223372036854775807)");
    r = core::decode<probe>(R"({"count":1.5})");
    BOOST_TEST(r.diagnostics()[0].message == "expected an integer, got a number with a fraction or exponent (1.5)");
}

BOOST_AUTO_TEST_CASE(a_negative_number_for_an_unsigned_meaning_is_a_validation_finding) {
    // JSON and botocore accept -1 for an integer; the EBS rules say what a size can be.
    auto r = core::decode<ec2::create_volume_request>(R"({"AvailabilityZone":"a","Size":-1,"VolumeType":"gp3","Iops":-5})");
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->size->count() == -1);
    auto ds = core::validate(*r);
    BOOST_TEST(testing::reports(ds, "EBS-CV-004", "/Size"));
    BOOST_TEST(testing::reports(ds, "EBS-CV-007", "/Iops"));
}

BOOST_AUTO_TEST_CASE(an_escaped_nul_is_legal_json_and_round_trips) {
    auto r = core::decode<probe>(R"({"count":1,"label":"a\u0000b","labels":{"\u0000":"\u001f"}})");
    BOOST_TEST_REQUIRE(r.has_value(), testing::verdict(r.diagnostics()).message().str());
    BOOST_TEST(*r->label == bytes("a\0b"));
    std::string out = core::encode(*r);
    BOOST_TEST(out == R"({"count":1,"label":"a\u0000b","labels":{"\u0000":"\u001f"}})");
    auto again = core::decode<probe>(out);
    BOOST_TEST_REQUIRE(again.has_value());
    BOOST_TEST((*again == *r));
}

BOOST_AUTO_TEST_CASE(valid_utf8_and_escaped_pairs_are_kept) {
    auto r = core::decode<probe>(R"({"count":1,"label":"\ud83d\ude00 caf)" "\xC3\xA9" R"( \u00e9"})");
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(*r->label == "\xF0\x9F\x98\x80 caf\xC3\xA9 \xC3\xA9");
    BOOST_TEST(core::encode(*r) == "{\"count\":1,\"label\":\"\xF0\x9F\x98\x80 caf\xC3\xA9 \xC3\xA9\"}");
}

BOOST_AUTO_TEST_CASE(whitespace_around_the_document_is_fine) {
    BOOST_TEST(core::decode<probe>(" \n\t{\"count\":1}\r\n ").has_value());
}

BOOST_AUTO_TEST_CASE(syntax_findings_say_where_and_what) {
    auto r = core::decode<probe>(bytes("{\"count\":1,\n\"label\":\"caf\xE9\"}"));
    BOOST_TEST_REQUIRE(r.diagnostics().size() == 1u);
    const std::string& m = r.diagnostics()[0].message;
    BOOST_TEST(m.find("line 2, column 13") != std::string::npos, m);
    BOOST_TEST(m.find("not valid UTF-8 (byte 0xE9)") != std::string::npos, m);
    r = core::decode<probe>(bytes("{\"count\":1,\"label\":\"a\0\"}"));
    BOOST_TEST(r.diagnostics()[0].message.find("\\u0000") != std::string::npos, r.diagnostics()[0].message);
}

// Without reject_duplicate_keys the last occurrence wins, as it does for botocore (Python's
// json.loads) and most JSON readers: members, map keys, whole nested objects and kept extras.
BOOST_AUTO_TEST_CASE(lenient_duplicates_keep_the_last_occurrence) {
    core::decode_options opt;
    opt.reject_duplicate_keys = false;
    auto r = core::decode<probe>(
        R"({"count":1,"one":{"name":"a","count":5},"count":2,"labels":{"k":"x","k":"y"},"one":{"name":"b"}})", opt);
    BOOST_TEST_REQUIRE(r.has_value(), testing::verdict(r.diagnostics()).message().str());
    BOOST_TEST(r->count == 2);
    BOOST_TEST(*r->labels->find("k") == "y");
    BOOST_TEST(r->labels->size() == 1u);
    BOOST_TEST(r->one->name == "b");
    BOOST_TEST(!r->one->count.has_value()); // the whole first object is replaced, not merged
    BOOST_TEST(core::encode(*r) == R"({"count":2,"labels":{"k":"y"},"one":{"name":"b"}})");

    opt.unknown = core::unknown_members::keep;
    r = core::decode<probe>(R"({"count":1,"x":1,"y":2,"x":[3]})", opt);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(core::encode(*r) == R"({"count":1,"y":2,"x":[3]})");
}

BOOST_AUTO_TEST_CASE(kept_unknown_members_repeat_strictly_too) {
    core::decode_options opt;
    opt.unknown = core::unknown_members::keep;
    auto r = core::decode<probe>(R"({"count":1,"x":1,"x":2})", opt);
    BOOST_TEST(testing::reports(r.diagnostics(), "AWSMODEL-DUPLICATE", "/x"));
}

// Found by the fuzzer: a kept 1e400 was written back as `Infinity`, which is not JSON.
BOOST_AUTO_TEST_CASE(a_kept_unknown_member_cannot_hold_infinity) {
    core::decode_options opt;
    opt.unknown = core::unknown_members::keep;
    auto r = core::decode<probe>(R"({"count":1,"x":1e400})", opt);
    BOOST_TEST(testing::reports(r.diagnostics(), "COMMON-002", "/x"), testing::verdict(r.diagnostics()).message().str());
    r = core::decode<probe>(R"({"count":1,"one":{"name":"a","x":[1,{"y":-1e400}]}})", opt);
    BOOST_TEST(testing::reports(r.diagnostics(), "COMMON-002", "/one/x"), testing::verdict(r.diagnostics()).message().str());
    r = core::decode<probe>(R"({"count":1,"x":[1e308,-0.0,1e-400]})", opt);
    BOOST_TEST_REQUIRE(r.has_value());
    auto again = core::decode<probe>(core::encode(*r), opt);
    BOOST_TEST_REQUIRE(again.has_value());
    BOOST_TEST(core::encode(*again) == core::encode(*r));
}

BOOST_AUTO_TEST_CASE(unknown_members_strict_ignored_or_kept) {
    const char* text = R"({"count":1,"zz":[1,{"a":null}],"one":{"name":"n","q":true,"w":"\u0000"},"label":"l"})";
    auto strict = core::decode<probe>(text);
    BOOST_TEST(testing::reports(strict.diagnostics(), "COMMON-001", "/zz"));
    BOOST_TEST(testing::reports(strict.diagnostics(), "COMMON-001", "/one/q"));
    BOOST_TEST(testing::reports(strict.diagnostics(), "COMMON-001", "/one/w"));
    BOOST_TEST(strict.diagnostics().size() == 3u);

    core::decode_options opt;
    opt.unknown = core::unknown_members::ignore;
    auto ignored = core::decode<probe>(text, opt);
    BOOST_TEST_REQUIRE(ignored.has_value());
    BOOST_TEST(ignored->extra.empty());
    BOOST_TEST(core::encode(*ignored) == R"({"count":1,"label":"l","one":{"name":"n"}})");

    // Kept members go back into the object they came from, after its known members.
    opt.unknown = core::unknown_members::keep;
    auto kept = core::decode<probe>(text, opt);
    BOOST_TEST_REQUIRE(kept.has_value());
    BOOST_TEST(kept->extra.size() == 1u);
    BOOST_TEST(kept->one->extra.size() == 2u);
    std::string out = core::encode(*kept);
    BOOST_TEST(out == R"({"count":1,"label":"l","one":{"name":"n","q":true,"w":"\u0000"},"zz":[1,{"a":null}]})");
    auto again = core::decode<probe>(out, opt);
    BOOST_TEST_REQUIRE(again.has_value());
    BOOST_TEST((*again == *kept));
    BOOST_TEST(core::encode(*again) == out);
}

BOOST_AUTO_TEST_CASE(a_dom_goes_through_the_same_checks) {
    boost::json::parse_options po;
    po.max_depth = 1000;
    auto dom = [&](std::string_view s) { return boost::json::parse(s, {}, po); };
    BOOST_TEST(testing::reports(core::decode<probe>(dom(R"({"count":2147483648})")).diagnostics(), "COMMON-002", "/count"));
    BOOST_TEST(testing::reports(core::decode<probe>(dom(R"({"count":1,"total":18446744073709551616})")).diagnostics(),
                                "COMMON-002", "/total"));
    BOOST_TEST(testing::reports(core::decode<probe>(dom(R"({"count":1,"ratio":1e400})")).diagnostics(), "COMMON-002",
                                "/ratio"));
    BOOST_TEST(testing::reports(core::decode<probe>(dom(R"({"count":1.0})")).diagnostics(), "COMMON-002", "/count"));
    auto r = core::decode<probe>(dom(R"({"count":1,"at":-1.5,"label":"a\u0000b"})"));
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(core::encode(*r) == R"({"count":1,"label":"a\u0000b","at":-1.5})");
}

// Found by the fuzzer: Boost.JSON 1.81 reads long mantissas imprecisely, so a double did not
// read back as itself. Doubles are read from their text with std::from_chars.
BOOST_AUTO_TEST_CASE(long_mantissas_are_read_exactly) {
    const std::string five = "5" + std::string(104, '0');
    auto r = core::decode<probe>(R"({"count":1,"ratio":)" + five + "}");
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(*r->ratio == 5e104);
    BOOST_TEST(core::encode(*r) == R"({"count":1,"ratio":5e+104})");
    core::decode_options opt;
    opt.unknown = core::unknown_members::keep;
    r = core::decode<probe>(R"({"count":1,"x":)" + five + "}", opt);
    BOOST_TEST_REQUIRE(r.has_value());
    std::string out = core::encode(*r);
    auto again = core::decode<probe>(out, opt);
    BOOST_TEST_REQUIRE(again.has_value());
    BOOST_TEST(core::encode(*again) == out);
    r = core::decode<probe>(R"({"count":1,"ratio":0.1000000000000000055511151231257827})");
    BOOST_TEST(*r->ratio == 0.1);
}

// Each of these once changed on its way back in: the encoding must read back as itself.
BOOST_AUTO_TEST_CASE(encodings_read_back_as_themselves) {
    for (const char* text : {
             R"({"count":1,"ratio":-0.0})",
             R"({"count":1,"ratio":5e-324})",
             R"({"count":1,"ratio":1e+300})",
             R"({"count":1,"at":-1.5})",
             R"({"count":1,"at":-0.000001})",
             R"({"count":1,"at":253402300799})",
             R"({"count":1,"at":253402300798.999999})",
             R"({"count":1,"at":-62135596800})",
             R"({"count":1,"when":"0001-01-01T00:00:00.000Z"})",
             R"({"count":1,"when":"9999-12-31T23:59:59.000Z"})",
         }) {
        auto r = core::decode<probe>(text);
        BOOST_TEST_REQUIRE(r.has_value(), text << ": " << testing::verdict(r.diagnostics()).message().str());
        BOOST_TEST(core::encode(*r) == text);
    }
}

BOOST_AUTO_TEST_CASE(epoch_seconds_are_read_exactly_from_the_text) {
    // A double near 2.5e11 is 30 microseconds coarse; the text is exact.
    auto r = core::decode<probe>(R"({"count":1,"at":253402300798.000001})");
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->at->time().time_since_epoch().count() == 253402300798000001LL);
    // Beyond microseconds: rounded half away from zero.
    r = core::decode<probe>(R"({"count":1,"at":-1.0000005})");
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->at->time().time_since_epoch().count() == -1000001LL);
    r = core::decode<probe>(R"({"count":1,"at":1.5e9})");
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->at->wire() == "1500000000");
}

BOOST_AUTO_TEST_SUITE_END()
