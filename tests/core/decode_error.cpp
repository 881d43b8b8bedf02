// Boost.JSON's conversions keep awsmodel's findings: try_value_to's error_code names the first
// one, value_to throws them all, core::try_value_to returns them all.
#include <awsmodel/core/decode_error.hpp>
#include <awsmodel/core/json.hpp>
#include <awsmodel/core/secret.hpp>

#include <boost/json/parse.hpp>
#include <boost/test/unit_test.hpp>

#include <optional>
#include <string>
#include <vector>

using namespace awsmodel;

namespace decode_error_sample {
struct leaf : core::model {
    std::string name;
    std::optional<std::int32_t> count;
    static constexpr auto fields() {
        return core::fields<core::camel_case, core::field<&leaf::name>, core::field<&leaf::count>>();
    }
    friend bool operator==(const leaf&, const leaf&) = default;
};
struct holder : core::model {
    std::optional<std::vector<leaf>> leaves;
    std::optional<core::secret_string> password;
    static constexpr auto fields() {
        return core::fields<core::camel_case, core::field<&holder::leaves>, core::field<&holder::password>>();
    }
    friend bool operator==(const holder&, const holder&) = default;
};
} // namespace decode_error_sample

using decode_error_sample::holder;

BOOST_AUTO_TEST_SUITE(decode_error)

BOOST_AUTO_TEST_CASE(a_nested_wrong_type_keeps_its_pointer_and_rule_through_try_value_to) {
    const auto jv = boost::json::parse(R"({"leaves":[{"name":"a"},{"name":"b","count":"7"}]})");

    auto mine = core::try_value_to<holder>(jv);
    BOOST_TEST_REQUIRE(!mine.has_value());
    BOOST_TEST_REQUIRE(mine.diagnostics().size() == 1u);
    BOOST_TEST(mine.diagnostics()[0].pointer == "/leaves/1/count");
    BOOST_TEST(mine.diagnostics()[0].rule == core::rules::wrong_type);

    auto theirs = boost::json::try_value_to<holder>(jv);
    BOOST_TEST_REQUIRE(theirs.has_error());
    const boost::system::error_code ec = theirs.error();
    BOOST_TEST((ec.category() == core::decode_category()));
    BOOST_TEST(std::string(ec.category().name()) == "awsmodel.decode");
    BOOST_TEST((ec == core::decode_errc::wrong_type));
    BOOST_TEST((ec != core::decode_errc::required));
    // The code says what kind of problem came first and where the findings are.
    BOOST_TEST(ec.message().find("COMMON-002") != std::string::npos, ec.message());
    BOOST_TEST(ec.message().find("core::try_value_to") != std::string::npos, ec.message());
}

BOOST_AUTO_TEST_CASE(the_code_tells_the_kinds_apart) {
    auto kind = [](std::string_view text) { return boost::json::try_value_to<holder>(boost::json::parse(text)).error(); };
    BOOST_TEST((kind(R"({"leaves":[{}]})") == core::decode_errc::required));
    BOOST_TEST(kind(R"({"leaves":[{}]})").message().find("AWSMODEL-REQUIRED") != std::string::npos);
    BOOST_TEST((kind(R"({"Leaves":[]})") == core::decode_errc::unknown_member));
    BOOST_TEST((kind(R"({"leaves":[{"name":"a","count":9999999999}]})") == core::decode_errc::wrong_type));
    BOOST_TEST((kind(R"([1])") == core::decode_errc::wrong_type));
    BOOST_TEST(core::make_error_code(core::decode_errc::limit).message().find("AWSMODEL-LIMIT") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(value_to_throws_every_finding) {
    const auto jv = boost::json::parse(R"({"leaves":[{"count":true},{"name":3}]})");
    try {
        (void)boost::json::value_to<holder>(jv);
        BOOST_FAIL("value_to did not throw");
    } catch (const core::decode_failure& e) {
        const auto& ds = e.diagnostics();
        BOOST_TEST_REQUIRE(ds.size() == 3u);
        BOOST_TEST(ds[0].pointer == "/leaves/0/count");
        BOOST_TEST(ds[0].rule == core::rules::wrong_type);
        BOOST_TEST(ds[1].pointer == "/leaves/0/name");
        BOOST_TEST(ds[1].rule == core::rules::required);
        BOOST_TEST(ds[2].pointer == "/leaves/1/name");
        BOOST_TEST((e.code() == core::decode_errc::wrong_type));
        std::string what = e.what();
        for (const auto& d : ds) BOOST_TEST(what.find(core::summary_of(d)) != std::string::npos, what);
    }
    // and it is the system_error Boost.JSON users catch
    BOOST_CHECK_THROW((void)boost::json::value_to<holder>(jv), boost::system::system_error);
}

BOOST_AUTO_TEST_CASE(success_is_unchanged) {
    const auto jv = boost::json::parse(R"({"leaves":[{"name":"a","count":2}],"password":"pw"})");
    auto theirs = boost::json::try_value_to<holder>(jv);
    BOOST_TEST_REQUIRE(theirs.has_value());
    BOOST_TEST(*theirs->leaves->at(0).count == 2);
    auto mine = core::try_value_to<holder>(jv);
    BOOST_TEST_REQUIRE(mine.has_value());
    BOOST_TEST((*mine == *theirs));
    BOOST_TEST((boost::json::value_to<holder>(jv) == *mine));
    BOOST_TEST(boost::json::value_from(*mine) == jv);
}

BOOST_AUTO_TEST_CASE(secrets_stay_out_of_the_code_and_the_exception) {
    // the secret is well-formed; a later member fails, so the secret's text was in the document
    const auto jv = boost::json::parse(R"({"password":"hunter2-s3cr3t","leaves":[{"name":1}]})");
    auto theirs = boost::json::try_value_to<holder>(jv);
    BOOST_TEST_REQUIRE(theirs.has_error());
    BOOST_TEST(theirs.error().message().find("hunter2") == std::string::npos);
    try {
        (void)boost::json::value_to<holder>(jv);
        BOOST_FAIL("value_to did not throw");
    } catch (const core::decode_failure& e) {
        BOOST_TEST(std::string(e.what()).find("hunter2") == std::string::npos);
    }
    // a secret of the wrong type is named, not quoted
    auto wrong = boost::json::try_value_to<holder>(boost::json::parse(R"({"password":["hunter2-s3cr3t"]})"));
    BOOST_TEST_REQUIRE(wrong.has_error());
    BOOST_TEST(wrong.error().message().find("hunter2") == std::string::npos, wrong.error().message());
    BOOST_TEST((wrong.error() == core::decode_errc::wrong_type));
    auto all = core::try_value_to<holder>(boost::json::parse(R"({"password":["hunter2-s3cr3t"]})"));
    BOOST_TEST_REQUIRE(all.diagnostics().size() == 1u);
    BOOST_TEST(all.diagnostics()[0].pointer == "/password");
    BOOST_TEST(all.diagnostics()[0].message.find("hunter2") == std::string::npos, all.diagnostics()[0].message);
}

BOOST_AUTO_TEST_SUITE_END()
