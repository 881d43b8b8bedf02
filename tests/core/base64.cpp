#include <awsmodel/core/base64.hpp>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <string>

using namespace awsmodel;
namespace bdata = boost::unit_test::data;

namespace {

struct vector_case {
    const char* bytes;
    const char* text;
};
std::ostream& operator<<(std::ostream& os, const vector_case& c) { return os << '"' << c.text << '"'; }

// RFC 4648 section 10.
const vector_case rfc4648[] = {{"", ""},         {"f", "Zg=="},         {"fo", "Zm8="},        {"foo", "Zm9v"},
                               {"foob", "Zm9vYg=="}, {"fooba", "Zm9vYmE="}, {"foobar", "Zm9vYmFy"}};

struct bad_case {
    const char* text;
    core::base64_problem problem;
    std::size_t offset;
};
std::ostream& operator<<(std::ostream& os, const bad_case& c) { return os << '"' << c.text << '"'; }

const bad_case bad[] = {
    {"Zg", core::base64_problem::bad_length, 2},
    {"Zg=", core::base64_problem::bad_length, 3},
    {"Zm9vY", core::base64_problem::bad_length, 5},
    {"Z===", core::base64_problem::misplaced_padding, 1},
    {"Zg==Zg==", core::base64_problem::misplaced_padding, 4},
    {"Zm9=Yg==", core::base64_problem::misplaced_padding, 4},
    {"Zm9v====", core::base64_problem::misplaced_padding, 4},
    {"Zh==", core::base64_problem::nonzero_padding_bits, 1},
    {"Zm9=", core::base64_problem::nonzero_padding_bits, 2},
    {"Zm9-", core::base64_problem::url_safe_character, 3},
    {"Zm9_", core::base64_problem::url_safe_character, 3},
    {"Zm9*", core::base64_problem::bad_character, 3},
    {"Zm9v\nYg==", core::base64_problem::whitespace, 4},
    {" Zm9v", core::base64_problem::whitespace, 0},
    {"Zm9vYg==\n", core::base64_problem::whitespace, 8},
};

} // namespace

BOOST_AUTO_TEST_SUITE(base64)

BOOST_DATA_TEST_CASE(rfc4648_vectors_encode_and_decode, bdata::make(rfc4648), c) {
    BOOST_TEST(core::base64_encode(c.bytes) == c.text);
    auto d = core::base64_decode(c.text);
    BOOST_TEST_REQUIRE(static_cast<bool>(d));
    BOOST_TEST(d.bytes == c.bytes);
    BOOST_TEST(core::is_base64(c.text));
}

BOOST_DATA_TEST_CASE(non_canonical_text_is_rejected_with_the_reason_and_place, bdata::make(bad), c) {
    auto d = core::base64_decode(c.text);
    BOOST_TEST(!d);
    BOOST_TEST((d.problem == c.problem), core::describe(d.problem));
    BOOST_TEST(d.offset == c.offset);
    BOOST_TEST(d.bytes.empty());
    BOOST_TEST(!core::is_base64(c.text));
}

BOOST_AUTO_TEST_CASE(whitespace_is_skipped_only_when_asked) {
    auto wrapped = core::base64_decode("Zm9v\r\nYmFy\n Zg==\n", {true});
    BOOST_TEST_REQUIRE(static_cast<bool>(wrapped));
    BOOST_TEST(wrapped.bytes == "foobarf");
    // Skipping whitespace relaxes nothing else.
    BOOST_TEST((core::base64_decode("Zm9v\nYg", {true}).problem == core::base64_problem::bad_length));
    BOOST_TEST((core::base64_decode("Zh==\n", {true}).problem == core::base64_problem::nonzero_padding_bits));
}

BOOST_AUTO_TEST_CASE(every_byte_value_round_trips) {
    std::string all;
    for (int i = 0; i < 256; ++i) all += static_cast<char>(i);
    for (std::size_t n = 0; n <= all.size(); n += 37) {
        std::string part = all.substr(0, n) + all.substr(256 - n % 3);
        auto d = core::base64_decode(core::base64_encode(part));
        BOOST_TEST_REQUIRE(static_cast<bool>(d));
        BOOST_TEST(d.bytes == part);
    }
}

BOOST_AUTO_TEST_CASE(problems_read_as_sentences) {
    BOOST_TEST(core::describe(core::base64_problem::url_safe_character).find("standard alphabet") != std::string_view::npos);
    BOOST_TEST(core::describe(core::base64_problem::whitespace).find("base64 -w0") != std::string_view::npos);
}

BOOST_AUTO_TEST_SUITE_END()
