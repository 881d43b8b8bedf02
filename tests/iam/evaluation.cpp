// The evaluator: explicit Deny wins, NotAction/NotResource, wildcards, condition operators and
// their set qualifiers, and an undecided answer where an operator is not evaluated.
#include <awsmodel/iam/evaluation.hpp>
#include <awsmodel/iam/policy.hpp>

#include <boost/test/unit_test.hpp>

using namespace awsmodel;

namespace {
iam::policy_document policy(const std::string& statements) {
    auto r = core::decode<iam::policy_document>(R"({"Version":"2012-10-17","Statement":[)" + statements + "]}");
    BOOST_TEST_REQUIRE(r.has_value());
    return std::move(*r);
}
iam::decision decide(const iam::policy_document& p, std::string_view action, std::string_view resource,
                     const iam::request_context& ctx = {}) {
    return iam::evaluate(p, action, resource, ctx).decision;
}
} // namespace

BOOST_AUTO_TEST_SUITE(iam_evaluation)

BOOST_AUTO_TEST_CASE(allow_deny_and_implicit_deny) {
    auto p = policy(R"({"Effect":"Allow","Action":"s3:Get*","Resource":"arn:aws:s3:::b/*"},)"
                    R"({"Effect":"Deny","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/secret/*"})");
    BOOST_TEST((decide(p, "s3:getobject", "arn:aws:s3:::b/x") == iam::decision::allowed)); // actions ignore case
    BOOST_TEST((decide(p, "s3:GetObject", "arn:aws:s3:::b/secret/k") == iam::decision::explicit_deny));
    BOOST_TEST((decide(p, "s3:PutObject", "arn:aws:s3:::b/x") == iam::decision::implicit_deny));
    BOOST_TEST((decide(p, "s3:GetObject", "arn:aws:s3:::B/x") == iam::decision::implicit_deny)); // resources do not
    BOOST_TEST(iam::evaluate(p, "s3:GetObject", "arn:aws:s3:::b/secret/k").by->statement == 1u);
}

BOOST_AUTO_TEST_CASE(not_action_and_not_resource) {
    auto p = policy(R"({"Effect":"Allow","NotAction":"iam:*","NotResource":"arn:aws:s3:::private/*"})");
    BOOST_TEST((decide(p, "s3:GetObject", "arn:aws:s3:::public/x") == iam::decision::allowed));
    BOOST_TEST((decide(p, "iam:PassRole", "*") == iam::decision::implicit_deny));
    BOOST_TEST((decide(p, "s3:GetObject", "arn:aws:s3:::private/x") == iam::decision::implicit_deny));
}

BOOST_AUTO_TEST_CASE(conditions) {
    auto p = policy(R"({"Effect":"Allow","Action":"s3:ListBucket","Resource":"*","Condition":{)"
                    R"("StringLike":{"s3:prefix":["home/${aws:username}/*"]},"NumericLessThanEquals":{"s3:max-keys":"10"},)"
                    R"("Bool":{"aws:SecureTransport":true},"IpAddress":{"aws:SourceIp":"10.0.0.0/8"},)"
                    R"("DateLessThan":{"aws:CurrentTime":"2030-01-01T00:00:00Z"},"ArnLike":{"aws:SourceArn":"arn:aws:ecs:*:123456789012:*"}}})");
    iam::request_context ok;
    ok.set("aws:username", {"ana"}).set("s3:prefix", {"home/ana/docs"}).set("s3:max-keys", {"5"});
    ok.set("aws:SecureTransport", {"true"}).set("aws:sourceip", {"10.1.2.3"}).set("aws:CurrentTime", {"2026-12-04T01:00:00Z"});
    ok.set("aws:SourceArn", {"arn:aws:ecs:us-east-1:123456789012:task/c/1"});
    BOOST_TEST((decide(p, "s3:ListBucket", "arn:aws:s3:::b", ok) == iam::decision::allowed));
    auto other = ok;
    other.keys[1].second = {"home/bob/docs"};
    BOOST_TEST((decide(p, "s3:ListBucket", "arn:aws:s3:::b", other) == iam::decision::implicit_deny));
    auto far = ok;
    far.keys[4].second = {"192.168.0.1"};
    BOOST_TEST((decide(p, "s3:ListBucket", "arn:aws:s3:::b", far) == iam::decision::implicit_deny));
    auto missing = ok;
    missing.keys.pop_back(); // no aws:SourceArn: ArnLike is false
    BOOST_TEST((decide(p, "s3:ListBucket", "arn:aws:s3:::b", missing) == iam::decision::implicit_deny));
}

BOOST_AUTO_TEST_CASE(if_exists_null_and_negation) {
    auto p = policy(R"({"Effect":"Allow","Action":"ec2:RunInstances","Resource":"*","Condition":{)"
                    R"("StringEqualsIfExists":{"ec2:InstanceType":"t3.micro"},"Null":{"aws:RequestTag/team":"false"},)"
                    R"("StringNotEquals":{"aws:RequestedRegion":"eu-west-1"}}})");
    iam::request_context tagged;
    tagged.set("aws:RequestTag/team", {"web"});
    BOOST_TEST((decide(p, "ec2:RunInstances", "*", tagged) == iam::decision::allowed)); // absent type, absent region
    auto big = tagged;
    big.set("ec2:InstanceType", {"m5.large"});
    BOOST_TEST((decide(p, "ec2:RunInstances", "*", big) == iam::decision::implicit_deny));
    BOOST_TEST((decide(p, "ec2:RunInstances", "*", {}) == iam::decision::implicit_deny)); // Null: the tag must be there
    auto eu = tagged;
    eu.set("aws:RequestedRegion", {"eu-west-1"});
    BOOST_TEST((decide(p, "ec2:RunInstances", "*", eu) == iam::decision::implicit_deny));
}

BOOST_AUTO_TEST_CASE(set_qualifiers) {
    auto all = policy(R"({"Effect":"Allow","Action":"ec2:CreateTags","Resource":"*","Condition":{"ForAllValues:StringEquals":{"aws:TagKeys":["team","env"]}}})");
    auto any = policy(R"({"Effect":"Allow","Action":"ec2:CreateTags","Resource":"*","Condition":{"ForAnyValue:StringEquals":{"aws:TagKeys":["team"]}}})");
    iam::request_context both, extra, none;
    both.set("aws:TagKeys", {"team", "env"});
    extra.set("aws:TagKeys", {"team", "owner"});
    BOOST_TEST((decide(all, "ec2:CreateTags", "*", both) == iam::decision::allowed));
    BOOST_TEST((decide(all, "ec2:CreateTags", "*", extra) == iam::decision::implicit_deny));
    BOOST_TEST((decide(all, "ec2:CreateTags", "*", none) == iam::decision::allowed)); // vacuously true, as IAM says
    BOOST_TEST((decide(any, "ec2:CreateTags", "*", extra) == iam::decision::allowed));
    BOOST_TEST((decide(any, "ec2:CreateTags", "*", none) == iam::decision::implicit_deny));
}

BOOST_AUTO_TEST_CASE(unsupported_operators_are_reported_not_guessed) {
    auto p = policy(R"({"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"BinaryEquals":{"s3:x":"QUJD"}}})");
    auto e = iam::evaluate(p, "s3:GetObject", "arn:aws:s3:::b/k");
    BOOST_TEST((e.decision == iam::decision::undecided));
    BOOST_TEST_REQUIRE(e.undecided.size() == 1u);
    BOOST_TEST(e.undecided[0].find("BinaryEquals") != std::string::npos);
    // An undecided Deny leaves even an Allow undecided.
    auto q = policy(R"({"Effect":"Allow","Action":"s3:*","Resource":"*"},)"
                    R"({"Effect":"Deny","Action":"s3:*","Resource":"*","Condition":{"IpAddress":{"aws:SourceIp":"2001:db8::/32"}}})");
    iam::request_context v6;
    v6.set("aws:SourceIp", {"2001:db8::1"});
    BOOST_TEST((iam::evaluate(q, "s3:GetObject", "*", v6).decision == iam::decision::undecided));
}

BOOST_AUTO_TEST_SUITE_END()
