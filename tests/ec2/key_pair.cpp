// Key pairs: the name, enum, tag and description rules (EC2-KP-001..005, -008, -012), the
// builders, and the real documents of the corpus. The material rules (-006, -007) are in
// key_pair_public_key.cpp; the private key's hygiene in key_pair_secret.cpp.
#include <awsmodel/core/json.hpp>
#include <awsmodel/ec2/key_pair.hpp>
#include <awsmodel/testing/boost_test.hpp>
#include "../support/corpus.hpp"

#include <boost/json/parse.hpp>
#include <boost/test/data/test_case.hpp>
#include "../support/rule_case.hpp"
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace awsmodel;
namespace bdata = boost::unit_test::data;

namespace {

// A public key made with ssh-keygen for these tests; its private half was not kept.
const std::string ed25519_pub =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAID9SOQo5VFK1mVngE6wN8OxvIaAi2N6w/uNSZUBpy48j awsmodel-example\n";
const std::string ed25519_wire = core::base64_encode(ed25519_pub);

using test_support::findings_of;

// A rule case: a document of one kind, the rule, and the pointer a finding must name. A breaking
// document reports the rule there; its near miss, just inside the limit, does not report the rule.
// Each case names its shape last.
using test_support::rule_case;

std::string create(const std::string& members) { return "{" + members + "}"; }
std::string import_doc(const std::string& members) {
    return R"({"PublicKeyMaterial": ")" + ed25519_wire + "\"" + (members.empty() ? "" : ", ") + members + "}";
}

const std::string name_255(255, 'n');
const std::string name_256(256, 'n');

const auto create_shape = test_support::shape_of<ec2::create_key_pair_request>("create");
const auto import_shape = test_support::shape_of<ec2::import_key_pair_request>("import");
const auto info_shape = test_support::shape_of<ec2::key_pair_info>("key-pair-info");
const auto key_pair_shape = test_support::shape_of<ec2::key_pair>("key-pair");
const auto import_result_shape = test_support::shape_of<ec2::import_key_pair_result>("import-key-pair-result");

const std::string sha1_hex = "1f:51:ae:28:bf:89:e9:d8:1f:25:5d:37:2d:7d:b8:ca:9f:f5:f1:6f";
const std::string md5_hex = "1f:51:ae:28:bf:89:e9:d8:1f:25:5d:37:2d:7d:b8:ca";
const std::string sha256_b64 = "nJbZHMt/ZBgKu0eDU9oJTvGE/BVj1nV3cqdCL8pmHJU=";

const rule_case cases[] = {
    // EC2-KP-001: 1-255 ASCII characters.
    {"EC2-KP-001", "/KeyName", create(R"("KeyName": "")"), create(R"("KeyName": "k")"), {}, create_shape},
    {"EC2-KP-001", "/KeyName", create(R"("KeyName": ")" + name_256 + "\""),
     create(R"("KeyName": ")" + name_255 + "\""), {}, create_shape},
    {"EC2-KP-001", "/KeyName", create(R"("KeyName": "clé-de-déploiement")"),
     create(R"("KeyName": "cle-de-deploiement")"), {}, create_shape},
    {"EC2-KP-001", "/KeyName", create(R"("KeyName": "deploy\u00a0key")"),
     create(R"("KeyName": "deploy~key\u007f")"), {}, create_shape},
    {"EC2-KP-001", "/KeyName", import_doc(R"("KeyName": "ключ")"), import_doc(R"("KeyName": "key")"), {}, import_shape},
    {"EC2-KP-001", "/KeyName", import_doc(R"("KeyName": ")" + name_256 + "\""),
     import_doc(R"("KeyName": ")" + name_255 + "\""), {}, import_shape},
    // EC2-KP-002: no leading or trailing space; inner spaces are fine.
    {"EC2-KP-002", "/KeyName", create(R"("KeyName": " deploy")"), create(R"("KeyName": "de ploy")"),
     {}, create_shape},
    {"EC2-KP-002", "/KeyName", create(R"("KeyName": "deploy ")"), create(R"("KeyName": "deploy")"),
     {}, create_shape},
    {"EC2-KP-002", "/KeyName", import_doc(R"("KeyName": " ")"), import_doc(R"("KeyName": "_")"), {}, import_shape},
    // EC2-KP-003 / -004: the enums, case-sensitive.
    {"EC2-KP-003", "/KeyType", create(R"("KeyName": "k", "KeyType": "RSA")"),
     create(R"("KeyName": "k", "KeyType": "rsa")"), {}, create_shape},
    {"EC2-KP-003", "/KeyType", create(R"("KeyName": "k", "KeyType": "ed448")"),
     create(R"("KeyName": "k", "KeyType": "ed25519")"), {}, create_shape},
    {"EC2-KP-004", "/KeyFormat", create(R"("KeyName": "k", "KeyFormat": "PEM")"),
     create(R"("KeyName": "k", "KeyFormat": "pem")"), {}, create_shape},
    {"EC2-KP-004", "/KeyFormat", create(R"("KeyName": "k", "KeyFormat": "openssh")"),
     create(R"("KeyName": "k", "KeyFormat": "ppk")"), {}, create_shape},
    // EC2-KP-005: tag specifications tag the key pair; COMMON-005: the tags themselves.
    {"EC2-KP-005", "/TagSpecifications/0/ResourceType",
     create(R"("KeyName": "k", "TagSpecifications": [{"ResourceType": "instance", "Tags": [{"Key": "a", "Value": "b"}]}])"),
     create(R"("KeyName": "k", "TagSpecifications": [{"ResourceType": "key-pair", "Tags": [{"Key": "a", "Value": "b"}]}])"),
     {}, create_shape},
    {"EC2-KP-005", "/TagSpecifications/1/ResourceType",
     import_doc(R"("KeyName": "k", "TagSpecifications": [{"ResourceType": "key-pair"}, {"Tags": []}])"),
     import_doc(R"("KeyName": "k", "TagSpecifications": [{"ResourceType": "key-pair"}, {"ResourceType": "key-pair"}])"),
     {}, import_shape},
    {"COMMON-005", "/TagSpecifications/0/Tags/0/Key",
     create(R"("KeyName": "k", "TagSpecifications": [{"ResourceType": "key-pair", "Tags": [{"Key": "aws:owner"}]}])"),
     create(R"("KeyName": "k", "TagSpecifications": [{"ResourceType": "key-pair", "Tags": [{"Key": "awsowner"}]}])"),
     {}, create_shape},
    {"COMMON-005", "/TagSpecifications/0/Tags/1/Key",
     import_doc(R"("KeyName": "k", "TagSpecifications": [{"ResourceType": "key-pair", "Tags": [{"Key": "a"}, {"Key": "a"}]}])"),
     import_doc(R"("KeyName": "k", "TagSpecifications": [{"ResourceType": "key-pair", "Tags": [{"Key": "a"}, {"Key": "A"}]}])"),
     {}, import_shape},
    // EC2-KP-012: the descriptions.
    {"EC2-KP-012", "/KeyPairId", R"({"KeyPairId": "key-0123abcd"})",
     R"({"KeyPairId": "key-0123456789abcdef0"})", {}, info_shape},
    {"COMMON-003", "/KeyPairId", R"({"KeyPairId": "key-0123456789ABCDEF0"})",
     R"({"KeyPairId": "key-0123456789abcdef0"})", {}, info_shape},
    {"EC2-KP-012", "/KeyFingerprint", R"({"KeyType": "rsa", "KeyFingerprint": ")" + sha256_b64 + "\"}",
     R"({"KeyType": "rsa", "KeyFingerprint": ")" + sha1_hex + "\"}", {}, info_shape},
    {"EC2-KP-012", "/KeyFingerprint", R"({"KeyType": "rsa", "KeyFingerprint": "1F:51:AE:28:BF:89:E9:D8:1F:25:5D:37:2D:7D:B8:CA"})",
     R"({"KeyType": "rsa", "KeyFingerprint": ")" + md5_hex + "\"}", {}, info_shape},
    {"EC2-KP-012", "/KeyFingerprint", R"({"KeyType": "ed25519", "KeyFingerprint": ")" + md5_hex + "\"}",
     R"({"KeyType": "ed25519", "KeyFingerprint": ")" + sha256_b64 + "\"}", {}, info_shape},
    // EC2 may leave the '=' off a SHA-256 fingerprint; a 42-character one is no digest.
    {"EC2-KP-012", "/KeyFingerprint",
     R"({"KeyType": "ed25519", "KeyFingerprint": ")" + sha256_b64.substr(0, 42) + "\"}",
     R"({"KeyType": "ed25519", "KeyFingerprint": ")" + sha256_b64.substr(0, 43) + "\"}", {}, info_shape},
    {"EC2-KP-012", "/KeyFingerprint", R"({"KeyFingerprint": "1f:51:ae:28:bf:89:e9:d8:1f:25:5d:37:2d:7d:b8"})",
     R"({"KeyFingerprint": ")" + md5_hex + "\"}", {}, info_shape},
    {"EC2-KP-012", "/Tags/1/Key", R"({"Tags": [{"Key": "env", "Value": "a"}, {"Key": "env", "Value": "b"}]})",
     R"({"Tags": [{"Key": "env", "Value": "a"}, {"Key": "Env", "Value": "b"}]})", {}, info_shape},
    {"EC2-KP-012", "/Tags/0/Key", R"({"Tags": [{"Value": "a"}]})", R"({"Tags": [{"Key": "", "Value": "a"}]})",
     {}, info_shape},
    {"EC2-KP-012", "/PublicKey",
     R"({"KeyType": "rsa", "PublicKey": ")" + ed25519_pub.substr(0, ed25519_pub.size() - 1) + "\"}",
     R"({"KeyType": "ed25519", "PublicKey": ")" + ed25519_pub.substr(0, ed25519_pub.size() - 1) + "\"}", {}, info_shape},
    {"EC2-KP-012", "/PublicKey", R"({"PublicKey": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAID9SOQo5 x"})",
     R"({"PublicKey": ")" + ed25519_pub.substr(0, ed25519_pub.size() - 1) + "\"}", {}, info_shape},
    {"EC2-KP-003", "/KeyType", R"({"KeyType": "dsa"})", R"({"KeyType": "rsa"})", {}, info_shape},
    {"EC2-KP-012", "/KeyFingerprint", R"({"KeyName": "k", "KeyFingerprint": ")" + md5_hex + "\"}",
     R"({"KeyName": "k", "KeyFingerprint": ")" + sha1_hex + "\"}", {}, key_pair_shape},
    {"EC2-KP-012", "/KeyPairId", R"({"KeyPairId": "key-01234567"})", R"({"KeyPairId": "key-012345670abcdef01"})",
     {}, key_pair_shape},
    {"EC2-KP-012", "/KeyFingerprint", R"({"KeyFingerprint": ")" + sha1_hex + "\"}",
     R"({"KeyFingerprint": ")" + md5_hex + "\"}", {}, import_result_shape},
    {"EC2-KP-001", "/KeyName", R"({"KeyName": ""})", R"({"KeyName": "k"})",
     {}, import_result_shape},
};

std::string read(const std::filesystem::path& p) {
    std::ifstream f(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(f), {}};
}

// Decodes, re-encodes and decodes again: the value and the JSON survive unchanged.
template <class T>
void round_trips(const std::string& text, const std::string& name) {
    auto r = core::decode<T>(text);
    BOOST_TEST_REQUIRE(r.has_value(), name << ": " << testing::verdict(r.diagnostics()).message().str());
    std::string out = core::encode(*r);
    BOOST_TEST((boost::json::parse(out) == boost::json::parse(text)), name << ": " << out);
    auto again = core::decode<T>(out);
    BOOST_TEST_REQUIRE(again.has_value(), name);
    BOOST_TEST((*again == *r), name);
}

} // namespace

BOOST_AUTO_TEST_SUITE(key_pair)

BOOST_DATA_TEST_CASE(breaking_document_reports_the_rule_at_its_pointer, bdata::make(cases), c) {
    test_support::check_breaking(c);
}

BOOST_DATA_TEST_CASE(near_miss_does_not_report_the_rule, bdata::make(cases), c) {
    test_support::check_near_miss(c);
}

BOOST_AUTO_TEST_CASE(a_name_that_breaks_both_name_rules_is_reported_under_both) {
    auto ds = findings_of<ec2::create_key_pair_request>(R"({"KeyName": "clé "})");
    BOOST_TEST(testing::reports(ds, "EC2-KP-001", "/KeyName"));
    BOOST_TEST(testing::reports(ds, "EC2-KP-002", "/KeyName"));
    BOOST_TEST(ds.size() == 2u);
}

BOOST_AUTO_TEST_CASE(every_violation_is_reported_not_just_the_first) {
    auto ds = findings_of<ec2::create_key_pair_request>(
        R"({"KeyName": " k", "KeyType": "RSA", "KeyFormat": "PEM",
            "TagSpecifications": [{"ResourceType": "volume", "Tags": [{"Key": "aws:x"}]}]})");
    auto ids = testing::rule_ids(ds);
    for (const char* rule : {"EC2-KP-002", "EC2-KP-003", "EC2-KP-004", "EC2-KP-005", "COMMON-005"})
        BOOST_TEST((std::find(ids.begin(), ids.end(), rule) != ids.end()), rule);
}

// EC2-KP-008: each request has only its own members; the other's are unknown (COMMON-001).
BOOST_AUTO_TEST_CASE(ec2_kp_008_create_key_pair_takes_no_public_key_material) {
    auto r = core::decode<ec2::create_key_pair_request>(R"({"KeyName": "k", "PublicKeyMaterial": ")" + ed25519_wire + "\"}");
    BOOST_TEST_REQUIRE(!r.has_value());
    BOOST_TEST_REQUIRE(r.diagnostics().size() == 1u);
    const auto& d = r.diagnostics()[0];
    BOOST_TEST(d.rule == "COMMON-001");
    BOOST_TEST(d.pointer == "/PublicKeyMaterial");
    BOOST_TEST(d.message.find("\"PublicKeyMaterial\"") != std::string::npos, d.message);
}

BOOST_AUTO_TEST_CASE(ec2_kp_008_import_key_pair_takes_no_key_type_or_format) {
    auto r = core::decode<ec2::import_key_pair_request>(import_doc(R"("KeyName": "k", "KeyType": "rsa", "KeyFormat": "pem")"));
    BOOST_TEST_REQUIRE(!r.has_value());
    BOOST_TEST(testing::reports(r.diagnostics(), "COMMON-001", "/KeyType"));
    BOOST_TEST(testing::reports(r.diagnostics(), "COMMON-001", "/KeyFormat"));
    for (const auto& d : r.diagnostics())
        BOOST_TEST((d.message.find("\"KeyType\"") != std::string::npos || d.message.find("\"KeyFormat\"") != std::string::npos),
                   d.message);
    // The same document without them is valid: the type comes from the material.
    BOOST_TEST(testing::valid_json<ec2::import_key_pair_request>(import_doc(R"("KeyName": "k")")));
}

BOOST_AUTO_TEST_CASE(required_members_are_reported_when_absent) {
    auto c = core::decode<ec2::create_key_pair_request>(R"({"KeyType": "rsa"})");
    BOOST_TEST(testing::reports(c.diagnostics(), "AWSMODEL-REQUIRED", "/KeyName"));
    auto i = core::decode<ec2::import_key_pair_request>(R"({"KeyName": "k"})");
    BOOST_TEST(testing::reports(i.diagnostics(), "AWSMODEL-REQUIRED", "/PublicKeyMaterial"));
}

BOOST_AUTO_TEST_CASE(accepted_corpus_documents_decode_and_round_trip, test_support::needs_corpus()) {
    const std::filesystem::path corpus = AWSMODEL_CORPUS;
    std::ifstream manifest(corpus / "MANIFEST.tsv");
    BOOST_TEST_REQUIRE(manifest.good());
    std::string row;
    int seen = 0;
    while (std::getline(manifest, row)) {
        std::istringstream cols(row);
        std::string file, service, shape, expect;
        std::getline(cols, file, '\t');
        std::getline(cols, service, '\t');
        std::getline(cols, shape, '\t');
        std::getline(cols, expect, '\t');
        if (file.rfind("key-pair/", 0) != 0 || expect != "accept") continue;
        std::string text = read(corpus / file);
        if (shape == "DescribeKeyPairsResult")
            round_trips<ec2::describe_key_pairs_result>(text, file);
        else if (shape == "KeyPair")
            round_trips<ec2::key_pair>(text, file);
        else if (shape == "CreateKeyPairRequest")
            round_trips<ec2::create_key_pair_request>(text, file);
        else
            BOOST_ERROR(file << ": a key pair shape this test does not know: " << shape);
        ++seen;
    }
    BOOST_TEST(seen >= 12);
}

BOOST_AUTO_TEST_CASE(corpus_documents_that_follow_the_rules_validate, test_support::needs_corpus()) {
    // 0015 is a recorded AWS response: ids and fingerprints as EC2 writes them.
    BOOST_TEST(testing::valid_file<ec2::describe_key_pairs_result>(AWSMODEL_CORPUS "/key-pair/0015.json"));
    BOOST_TEST(testing::valid_file<ec2::create_key_pair_request>(AWSMODEL_CORPUS "/key-pair/0010.json"));
    // 0003 comes from documentation: "key-0b94643da6EXAMPLE" is a placeholder, not an id.
    auto ds = findings_of<ec2::describe_key_pairs_result>(read(AWSMODEL_CORPUS "/key-pair/0003.json"));
    BOOST_TEST(testing::reports(ds, "COMMON-003", "/KeyPairs/0/KeyPairId"));
}

BOOST_AUTO_TEST_CASE(example_documents_are_valid) {
    BOOST_TEST(testing::valid_file<ec2::create_key_pair_request>(AWSMODEL_EXAMPLES "/create-key-pair.json"));
    BOOST_TEST(testing::valid_file<ec2::import_key_pair_request>(AWSMODEL_EXAMPLES "/import-key-pair.json"));
}

BOOST_AUTO_TEST_CASE(key_pair_info_round_trips_with_iso8601_time_and_public_key) {
    std::string json = R"({"KeyPairId":"key-0123456789abcdef0","KeyType":"ed25519","Tags":[{"Key":"team","Value":"ops"}],)"
                       R"("PublicKey":")" +
                       ed25519_pub.substr(0, ed25519_pub.size() - 1) +
                       R"(","CreateTime":"2023-08-01T10:20:30.000Z","KeyName":"laptop","KeyFingerprint":")" + sha256_b64 +
                       "\"}";
    auto r = core::decode<ec2::key_pair_info>(json);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST((r->key_type == ec2::key_type::ed25519));
    BOOST_TEST(r->create_time->wire() == "2023-08-01T10:20:30.000Z");
    BOOST_TEST(core::encode(*r) == json);
    BOOST_TEST(testing::valid(*r));
}

BOOST_AUTO_TEST_CASE(a_key_type_from_a_newer_api_is_kept_and_reported) {
    auto r = core::decode<ec2::key_pair_info>(R"({"KeyType":"ml-dsa"})");
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(!r->key_type->is_known());
    BOOST_TEST(core::encode(*r) == R"({"KeyType":"ml-dsa"})");
    BOOST_TEST(testing::reports(core::validate(*r), "EC2-KP-003", "/KeyType"));
}

// --- builders --------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(create_builder_with_a_literal_name) {
    auto r = ec2::create_key_pair_builder{}
                 .key_name("deploy-2024")
                 .key_type(ec2::key_type::ed25519)
                 .key_format(ec2::key_format::ppk)
                 .tag("team", "platform")
                 .build();
    BOOST_TEST_REQUIRE(r.has_value(), testing::verdict(r.diagnostics()).message().str());
    BOOST_TEST(core::encode(*r) ==
               R"({"KeyName":"deploy-2024","KeyType":"ed25519","TagSpecifications":[{"ResourceType":"key-pair",)"
               R"("Tags":[{"Key":"team","Value":"platform"}]}],"KeyFormat":"ppk"})");
}

BOOST_AUTO_TEST_CASE(create_builder_checks_a_runtime_name_in_build) {
    std::string from_user = " clé";
    auto r = ec2::create_key_pair_builder{}.key_name(core::runtime(from_user)).build();
    BOOST_TEST(!r.has_value());
    BOOST_TEST(testing::reports(r.diagnostics(), "EC2-KP-001", "/KeyName"));
    BOOST_TEST(testing::reports(r.diagnostics(), "EC2-KP-002", "/KeyName"));
    BOOST_CHECK_THROW(r.value(), core::validation_error);

    auto ok = ec2::create_key_pair_builder{}.key_name(core::runtime("from-config")).build();
    BOOST_TEST(ok.has_value());
    BOOST_TEST(ok->key_name == "from-config");
}

BOOST_AUTO_TEST_CASE(create_builder_reports_every_finding_of_the_request) {
    auto r = ec2::create_key_pair_builder{}.key_name("k").tag("aws:reserved", "x").tag("a", "b").tag("a", "c").build();
    BOOST_TEST(!r.has_value());
    BOOST_TEST(testing::reports(r.diagnostics(), "COMMON-005", "/TagSpecifications/0/Tags/0/Key"));
    BOOST_TEST(testing::reports(r.diagnostics(), "COMMON-005", "/TagSpecifications/0/Tags/2/Key"));
}

BOOST_AUTO_TEST_CASE(import_builder_encodes_the_key_file_once) {
    auto r = ec2::import_key_pair_builder{}.public_key(ed25519_pub).key_name("laptop").dry_run().build();
    BOOST_TEST_REQUIRE(r.has_value(), testing::verdict(r.diagnostics()).message().str());
    BOOST_TEST(r->public_key_material.wire() == ed25519_wire);
    BOOST_TEST(core::encode(*r) == R"({"DryRun":true,"KeyName":"laptop","PublicKeyMaterial":")" + ed25519_wire + "\"}");
}

BOOST_AUTO_TEST_CASE(import_builder_rejects_a_key_ec2_does_not_import) {
    const std::string dsa = "ssh-dss AAAAB3NzaC1kc3MAAACBAIc26KAATMl02Srfmb98lfdpBhBC59qn+wv/DGwnlvpfhZF+eZxNBHntRS1pwFei"
                            "OJE8TxBS0RTZ0CkwVrh8f6u6nVllNu+/aIqCuXssrgntY8casoHfxuJpgVrsh6had7NUhg0xlJYR+xlgpYRWlQsYQ8wEIETV"
                            "23OORg9pc21DAAAAFQCvToFG+adLCw7dPZEELBzobSuR8w== dsa\n";
    auto r = ec2::import_key_pair_builder{}.key_name("old").public_key(dsa).build();
    BOOST_TEST(!r.has_value());
    BOOST_TEST(testing::reports(r.diagnostics(), "EC2-KP-007", "/PublicKeyMaterial"));
    // Material already in wire form goes in unchanged.
    auto w = ec2::import_key_pair_builder{}
                 .key_name(core::runtime("laptop"))
                 .public_key_material(ec2::public_key_material::from_wire(ed25519_wire))
                 .build();
    BOOST_TEST(w.has_value());
}

BOOST_AUTO_TEST_CASE(key_name_from_is_the_checked_path_for_runtime_strings) {
    auto bad = ec2::key_name::from(std::string(256, 'x'), "/KeyName");
    BOOST_TEST(!bad.has_value());
    BOOST_TEST(testing::reports(bad.diagnostics(), "EC2-KP-001", "/KeyName"));
    auto good = ec2::key_name::from(std::string(255, 'x'));
    BOOST_TEST(good.has_value());
    static_assert(ec2::key_name_policy::check("deploy") == 0);
    static_assert(ec2::key_name_policy::check("deploy ") == ec2::key_name_policy::edge_space);
}

BOOST_AUTO_TEST_SUITE_END()
