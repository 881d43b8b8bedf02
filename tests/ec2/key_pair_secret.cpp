// CreateKeyPair's KeyMaterial is a private key: no message this library produces may contain it.
// Each document plants a marker in KeyMaterial and also has something wrong with it; every
// message the library can produce for it is searched for the marker.
#include <awsmodel/core/json.hpp>
#include <awsmodel/ec2/key_pair.hpp>
#include <awsmodel/testing/boost_test.hpp>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <sstream>

using namespace awsmodel;
namespace bdata = boost::unit_test::data;

namespace {

// A fake key: armour around the marker, with the \n escapes a real KeyMaterial has.
constexpr std::string_view marker = "SECRET-MARKER-6b1f0c";
const std::string material = R"(-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA SECRET-MARKER-6b1f0c\n-----END RSA PRIVATE KEY-----)";

struct leak_case {
    const char* what;
    std::string json;
    bool decodes; ///< the document decodes (its problems are rule violations)
};
std::ostream& operator<<(std::ostream& os, const leak_case& c) { return os << c.what; }

const std::string km = R"("KeyMaterial": ")" + material + "\"";

const leak_case cases[] = {
    {"type error before the material", R"({"KeyName": 5, )" + km + "}", false},
    {"type error after the material", "{" + km + R"(, "KeyFingerprint": ["x"]})", false},
    {"unknown member", "{" + km + R"(, "PrivateKey": "x"})", false},
    {"material repeated", "{" + km + ", " + km + "}", false},
    {"null next to the material", "{" + km + R"(, "KeyName": null})", false},
    {"syntax error after the material", "{" + km + ", }", false},
    {"document cut inside the material", R"({"KeyMaterial": "-----BEGIN RSA PRIVATE KEY-----\nSECRET-MARKER-6b1f0c)", false},
    {"rule violations", R"({"KeyPairId": "key-0123abcd", "KeyName": " clé ", "KeyFingerprint": "zz", )" + km +
                            R"(, "Tags": [{"Value": "v"}, {"Key": "a"}, {"Key": "a"}]})",
     true},
};

// Every text the library produces about a document: decode and validate findings, their
// operator<<, validation_error::what(), and the value's material printed.
std::vector<std::string> every_message(const std::string& json, bool& decoded) {
    std::vector<std::string> out;
    auto r = core::decode<ec2::key_pair>(json);
    decoded = r.has_value();
    core::diagnostics ds = r.diagnostics();
    if (r) {
        auto more = core::validate(*r);
        ds.insert(ds.end(), more.begin(), more.end());
        std::ostringstream printed;
        printed << *r->key_material;
        out.push_back(printed.str());
    }
    for (const auto& d : ds) {
        out.push_back(d.message);
        std::ostringstream line;
        line << d;
        out.push_back(line.str());
    }
    try {
        if (r) throw core::validation_error(ds);
        r.value();
    } catch (const core::validation_error& e) {
        out.emplace_back(e.what());
    }
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(key_pair_secret)

BOOST_DATA_TEST_CASE(no_message_contains_the_private_key, bdata::make(cases), c) {
    bool decoded = false;
    auto messages = every_message(c.json, decoded);
    BOOST_TEST(decoded == c.decodes);
    BOOST_TEST(messages.size() >= 3u); // the document does produce findings
    for (const auto& m : messages) BOOST_TEST(m.find(marker) == std::string::npos, m);
}

BOOST_AUTO_TEST_CASE(the_marker_does_reach_the_value) {
    // Without this, the search above could pass because the material never got decoded.
    auto r = core::decode<ec2::key_pair>("{" + km + "}");
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->key_material->reveal().find(marker) != std::string_view::npos);
    BOOST_TEST(r->key_material->reveal().find("\n") != std::string_view::npos); // escapes decoded
    BOOST_TEST(core::encode(*r) == "{" + std::string(R"("KeyMaterial":")") + material + "\"}");
    std::ostringstream printed;
    printed << *r->key_material;
    BOOST_TEST(printed.str() == core::redacted);
}

BOOST_AUTO_TEST_CASE(the_cli_validate_path_does_not_leak_either) {
    // What `awsmodel validate key-pair` prints: the findings' lines.
    auto r = core::decode<ec2::key_pair>("{" + km + R"(, "KeyName": " x"})");
    BOOST_TEST_REQUIRE(r.has_value());
    std::ostringstream all;
    for (const auto& d : core::validate(*r)) all << d << '\n';
    BOOST_TEST(!all.str().empty());
    BOOST_TEST(all.str().find(marker) == std::string::npos, all.str());
}

BOOST_AUTO_TEST_SUITE_END()
