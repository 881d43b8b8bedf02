// Policy documents decode from text, from a boost::json::value and from IAM's URL-encoded answers,
// and encode back as written: a string stays a string, a list a list, statements and condition
// keys in their order.
#include <awsmodel/core/json.hpp>
#include <awsmodel/iam/managed_policy.hpp>
#include <awsmodel/iam/policy.hpp>
#include <awsmodel/iam/role_requests.hpp>

#include <boost/json/parse.hpp>
#include <boost/test/unit_test.hpp>

using namespace awsmodel;

namespace {
const char* text = R"({"Version":"2012-10-17","Id":"p1","Statement":[)"
                   R"({"Sid":"One","Effect":"Allow","Action":"s3:GetObject","Resource":["arn:aws:s3:::b/*"],)"
                   R"("Condition":{"StringLike":{"s3:prefix":["home/","docs/"]},"Bool":{"aws:SecureTransport":true},)"
                   R"("NumericLessThan":{"s3:max-keys":10}}},)"
                   R"({"Effect":"Deny","Principal":{"AWS":["123456789012","arn:aws:iam::123456789012:root"],"Service":"ecs-tasks.amazonaws.com"},)"
                   R"("NotAction":["iam:*"],"NotResource":"*"}]})";
}

BOOST_AUTO_TEST_SUITE(iam_policy_document)

BOOST_AUTO_TEST_CASE(round_trip_keeps_each_form) {
    auto r = core::decode<iam::policy_document>(text);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(core::encode(*r) == text);
    const auto& list = *r->statement.get_if<std::vector<iam::statement>>();
    BOOST_TEST(list[0].action->holds<std::string>());
    BOOST_TEST(list[0].resource->holds<std::vector<std::string>>());
    BOOST_TEST(list[1].principal->get_if<iam::principal_map>()->aws->holds<std::vector<std::string>>());
    // Condition operators keep their order, values their JSON types.
    auto it = list[0].condition->begin();
    BOOST_TEST(it->first == "StringLike");
    BOOST_TEST((++it)->first == "Bool");
    BOOST_TEST(it->second.begin()->second.get().is_bool());
}

BOOST_AUTO_TEST_CASE(a_lone_statement_stays_an_object) {
    const std::string one = R"({"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":"*","Action":"sqs:SendMessage","Resource":"*"}})";
    auto r = core::decode<iam::policy_document>(one);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->statement.holds<iam::statement>());
    BOOST_TEST(core::encode(*r) == one);
}

BOOST_AUTO_TEST_CASE(decodes_from_a_boost_json_value) {
    boost::json::value jv = boost::json::parse(text);
    auto r = core::try_value_to<iam::policy_document>(jv);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(boost::json::value_from(*r) == jv);
}

BOOST_AUTO_TEST_CASE(decodes_iams_url_encoded_answer) {
    const std::string encoded = iam::url_encode(text);
    BOOST_TEST(encoded.find('{') == std::string::npos);
    auto r = iam::decode_url_encoded_policy(encoded);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(core::encode(*r) == text);
    // As a member of GetRolePolicy's answer: kept as sent, decoded on request.
    auto answer = core::decode<iam::get_role_policy_response>(
        R"({"RoleName":"r","PolicyName":"p","PolicyDocument":")" + encoded + R"("})");
    BOOST_TEST_REQUIRE(answer.has_value());
    BOOST_TEST(answer->policy_document.wire() == encoded);
    BOOST_TEST(core::encode(*answer->policy_document.document()) == text);
    BOOST_TEST(!iam::decode_url_encoded_policy("%7").has_value());
}

BOOST_AUTO_TEST_CASE(unknown_members_are_reported_or_kept) {
    const std::string odd = R"({"RevisionId":"x","Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*","Extra":1}})";
    auto strict = core::decode<iam::policy_document>(odd);
    BOOST_TEST(!strict.has_value());
    auto kept = core::decode<iam::policy_document>(odd, {.unknown = core::unknown_members::keep});
    BOOST_TEST_REQUIRE(kept.has_value());
    BOOST_TEST(boost::json::parse(core::encode(*kept)) == boost::json::parse(odd));
}

BOOST_AUTO_TEST_CASE(policy_document_text_encodes_a_document) {
    auto r = core::decode<iam::policy_document>(text);
    BOOST_TEST_REQUIRE(r.has_value());
    auto member = iam::managed_policy_answer::from(*r);
    BOOST_TEST(member.wire() == iam::url_encode(text));
    BOOST_TEST((*member.document() == *r));
}

BOOST_AUTO_TEST_CASE(the_catalogue_knows_services_and_actions) {
    BOOST_TEST(iam::catalog_action_count() > 15000u);
    const auto* ecr = iam::find_service("ecr");
    BOOST_TEST_REQUIRE(ecr != nullptr);
    BOOST_TEST(iam::count_matching_actions(*ecr, "GetAuthorizationToken") == 1u);
    BOOST_TEST(iam::count_matching_actions(*ecr, "BatchGet*") >= 1u);
    BOOST_TEST(iam::find_service("s4") == nullptr);
}

BOOST_AUTO_TEST_SUITE_END()
