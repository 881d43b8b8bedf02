// The encoder's writer on its own: the escaping of every byte at every position of the blocks it
// scans at once, the buffer that moves from the stack to the string, and `encoded_size`, which
// must agree with `encode` byte for byte.
#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/json.hpp>
#include <awsmodel/core/quantity.hpp>
#include <awsmodel/core/secret.hpp>
#include <awsmodel/core/timestamp.hpp>
#include <awsmodel/testing/boost_test.hpp>

#include <boost/json.hpp>
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace enc_sample {
using namespace awsmodel;
enum class shade { light, dark };
constexpr auto wire_names(shade) noexcept { return std::to_array<std::string_view>({"light", "dark"}); }

struct leaf : core::model {
    std::optional<std::string> text;
    core::extra_members extra;
    static constexpr auto fields() { return core::fields<core::camel_case, core::field<&leaf::text>>(); }
    friend bool operator==(const leaf&, const leaf&) = default;
};

struct doc : core::model {
    std::optional<std::string> name;
    std::optional<double> ratio;
    std::optional<std::int64_t> count;
    std::optional<std::uint64_t> big;
    std::optional<bool> flag;
    std::optional<core::gibibytes> size;
    std::optional<core::open_enum<shade>> shade_of;
    std::optional<core::timestamp<core::time_format::epoch_seconds>> at;
    std::optional<core::timestamp<core::time_format::iso8601>> when;
    std::optional<core::secret_string> password;
    std::optional<std::vector<leaf>> leaves;
    std::optional<std::vector<std::string>> words;
    std::optional<core::string_map<std::string>> labels;
    std::optional<leaf> one;
    core::extra_members extra;
    static constexpr auto fields() {
        using T = doc;
        return core::fields<core::camel_case, core::field<&T::name>, core::field<&T::ratio>, core::field<&T::count>, core::field<&T::big>, core::field<&T::flag>, core::field<&T::size>, core::field<&T::shade_of, core::with{.name = "shade"}>, core::field<&T::at>, core::field<&T::when>, core::field<&T::password>, core::field<&T::leaves>, core::field<&T::words>, core::field<&T::labels>, core::field<&T::one>>();
    }
    friend bool operator==(const doc&, const doc&) = default;
};
} // namespace enc_sample

using namespace awsmodel;

namespace {

// The escaping the encoder must produce, one byte at a time: JSON's short escapes, \u00xx for the
// other control characters, everything else (DEL, UTF-8 sequences) as it is.
std::string reference_escape(std::string_view s) {
    static constexpr char hex[] = "0123456789abcdef";
    std::string out = "\"";
    for (char ch : s) {
        auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 15];
            } else {
                out += ch;
            }
        }
    }
    return out + "\"";
}

std::string escaped(std::string_view s) {
    std::string out;
    {
        core::detail::string_sink sink(out);
        core::detail::write_escaped(sink, s);
        sink.finish();
    }
    return out;
}

std::size_t escaped_size(std::string_view s) {
    core::detail::size_sink sink;
    core::detail::write_escaped(sink, s);
    return sink.position();
}

void check_both(const enc_sample::doc& d) {
    std::string text = core::encode(d);
    BOOST_TEST(core::detail::encoded_size(d) == text.size());
    // The text is JSON, and appending to a string that holds something keeps what it held.
    BOOST_TEST(boost::json::parse(text).is_object());
    std::string appended = "prefix:";
    core::encode(d, appended);
    BOOST_TEST(appended == "prefix:" + text);
}

} // namespace

BOOST_AUTO_TEST_SUITE(encoder)

BOOST_AUTO_TEST_CASE(every_byte_is_escaped_as_json_wants_at_every_position_of_a_block) {
    // Lengths around the 8- and 16-byte blocks and their tails, the special byte at each position,
    // alone, doubled, and next to UTF-8 sequences.
    for (int c = 0; c < 256; ++c) {
        for (std::size_t len = 1; len <= 40; ++len) {
            for (std::size_t at = 0; at < len; ++at) {
                std::string s(len, 'a');
                s[at] = static_cast<char>(c);
                for (int twice = 0; twice < 2 && at + twice < len; ++twice) {
                    s[at + twice] = static_cast<char>(c);
                    std::string want = reference_escape(s);
                    // One assertion per failure, not per case: there are 400,000 cases.
                    if (escaped(s) != want || escaped_size(s) != want.size()) {
                        BOOST_TEST_REQUIRE(escaped(s) == want, "byte " << c << " at " << at << " of " << len);
                        BOOST_TEST_REQUIRE(escaped_size(s) == want.size(), "byte " << c << " at " << at << " of " << len);
                    }
                }
            }
        }
    }
    for (std::string s : {std::string(), std::string("\xC3\xA9t\xC3\xA9 \xF0\x9F\x98\x80"), std::string(3, '\0'),
                          std::string(33, '"'), std::string(17, '\x1f'), std::string("{\"a\":\"b\\\\c\"}\n\t\x7f")}) {
        BOOST_TEST(escaped(s) == reference_escape(s));
        BOOST_TEST(escaped_size(s) == reference_escape(s).size());
    }
}

BOOST_AUTO_TEST_CASE(long_strings_of_escapes_grow_the_buffer_past_the_stack) {
    // Every byte escapes to six: the room reserved for the plain bytes is not enough and the
    // writer reserves again, across the move from the stack buffer to the string.
    for (std::size_t len : {std::size_t(700), std::size_t(4095), std::size_t(20000)}) {
        std::string s(len, '\x01');
        BOOST_TEST(escaped(s) == reference_escape(s));
        BOOST_TEST(escaped_size(s) == 6 * len + 2);
        for (std::size_t i = 0; i < len; i += 7) s[i] = 'x';
        BOOST_TEST(escaped(s) == reference_escape(s));
        BOOST_TEST(escaped_size(s) == reference_escape(s).size());
    }
}

BOOST_AUTO_TEST_CASE(encoded_size_is_the_size_of_the_text_for_every_kind_of_value) {
    enc_sample::doc d;
    check_both(d); // {}
    BOOST_TEST(core::encode(d) == "{}");
    d.ratio = -0.0;
    BOOST_TEST(core::encode(d) == R"({"ratio":-0.0})");
    check_both(d);
    d.name = "tab\there \"quoted\" \\ \x01 \xC3\xA9";
    d.ratio = 0.1;
    d.count = std::numeric_limits<std::int64_t>::min();
    d.big = std::numeric_limits<std::uint64_t>::max();
    d.flag = false;
    d.size = core::gibibytes(16384);
    d.shade_of = enc_sample::shade::dark;
    d.at = core::timestamp<core::time_format::epoch_seconds>(*core::from_epoch_seconds(-1.5));
    d.when = core::timestamp<core::time_format::iso8601>(*core::parse_iso8601("2019-08-08T17:42:17.413123Z"));
    d.password = core::secret_string("p\"w");
    d.leaves = std::vector<enc_sample::leaf>{{}, {}};
    (*d.leaves)[1].text = "x";
    d.words = std::vector<std::string>{};
    d.labels = core::string_map<std::string>{{"k\n", "v"}, {"", ""}};
    d.one = enc_sample::leaf{};
    BOOST_TEST(core::encode(d) ==
               R"({"name":"tab\there \"quoted\" \\ \u0001 )"
               "\xC3\xA9"
               R"(","ratio":0.1,"count":-9223372036854775808,"big":18446744073709551615,"flag":false,)"
               R"("size":16384,"shade":"dark","at":-1.5,"when":"2019-08-08T17:42:17.413123Z","password":"p\"w",)"
               R"("leaves":[{},{"text":"x"}],"words":[],"labels":{"k\n":"v","":""},"one":{}})");
    check_both(d);
    for (double x : {std::numeric_limits<double>::infinity(), std::nan(""), 1e300, -2.5e-300, 5e-324}) {
        d.ratio = x;
        check_both(d);
    }
    d.shade_of = core::open_enum<enc_sample::shade>::from_wire("new \"value\"");
    check_both(d);
}

BOOST_AUTO_TEST_CASE(unknown_members_kept_are_counted_with_their_names_escaped) {
    core::decode_options keep;
    keep.unknown = core::unknown_members::keep;
    auto r = core::decode<enc_sample::doc>(
        R"({"name":"n","Odd \"name\"\u0001":[1, {"a" : null}],"one":{"text":"t","x":-0.0},"z":"\u00e9\n"})", keep);
    BOOST_TEST_REQUIRE(r.has_value(), testing::verdict(r.diagnostics()).message().str());
    BOOST_TEST_REQUIRE(r->extra.size() == 2u);
    std::string text = core::encode(*r);
    BOOST_TEST(core::detail::encoded_size(*r) == text.size());
    BOOST_TEST(boost::json::parse(text) == boost::json::parse(R"({"name":"n","one":{"text":"t","x":-0.0},)"
                                                               R"("Odd \"name\"\u0001":[1,{"a":null}],"z":"\u00e9\n"})"));
}

BOOST_AUTO_TEST_CASE(large_documents_move_from_the_stack_buffer_to_the_string) {
    enc_sample::doc d;
    d.words.emplace();
    for (int i = 0; i < 3000; ++i) {
        d.words->push_back(std::string(static_cast<std::size_t>(i % 50), static_cast<char>('a' + i % 26)));
        if (i % 100 == 0) d.words->back() += "\"\x02";
        if (i % 500 == 0) {
            std::string text = core::encode(d);
            BOOST_TEST_REQUIRE(core::detail::encoded_size(d) == text.size());
            auto back = core::decode<enc_sample::doc>(text);
            BOOST_TEST_REQUIRE(back.has_value());
            BOOST_TEST_REQUIRE((*back == d));
        }
    }
    std::string text = core::encode(d);
    BOOST_TEST(text.size() > 70000u);
    BOOST_TEST(core::detail::encoded_size(d) == text.size());
    auto back = core::decode<enc_sample::doc>(text);
    BOOST_TEST_REQUIRE(back.has_value());
    BOOST_TEST((*back == d));
    // Appending to a string that is already long: positions count from its start.
    std::string big(5000, ' ');
    core::encode(d, big);
    BOOST_TEST(big.substr(5000) == text);
}

BOOST_AUTO_TEST_SUITE_END()
