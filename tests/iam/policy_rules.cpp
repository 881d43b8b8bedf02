// The rules of policy documents, IAM-001..IAM-031: each with a document that breaks it and a near
// miss, for the kind of policy the rule is about.
#include <awsmodel/ecs/task_definition.hpp>
#include <awsmodel/ecs/task_roles.hpp>
#include <awsmodel/iam/policy.hpp>
#include <awsmodel/iam/role_requests.hpp>

#include "../support/rule_case.hpp"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

namespace bdata = boost::unit_test::data;
using namespace awsmodel;
using test_support::rule_case;

namespace {

template <const iam::policy_use* Use>
core::diagnostics policy_findings(const std::string& text) {
    auto r = core::decode<iam::policy_document>(text);
    BOOST_TEST_REQUIRE(r.has_value(), "the test document must decode: " << text.substr(0, 300));
    if constexpr (Use == nullptr)
        return core::validate(*r);
    else
        return core::validate(*r, core::validation_context{*Use});
}
constexpr const iam::policy_use* no_kind = nullptr;
constexpr const iam::policy_use* identity = &iam::managed_policy;
constexpr const iam::policy_use* trust = &iam::trust_policy;
constexpr const iam::policy_use* resource = &iam::resource_policy;

test_support::shape any_kind{"policy", &policy_findings<no_kind>};
test_support::shape as_identity{"identity", &policy_findings<identity>};
test_support::shape as_trust{"trust", &policy_findings<trust>};
test_support::shape as_resource{"resource", &policy_findings<resource>};

// A statement of an identity policy with the given members.
std::string identity_policy(const std::string& members) {
    return R"({"Version":"2012-10-17","Statement":[{)" + members + "}]}";
}
const std::string allow = R"("Effect":"Allow",)";

std::string big_policy(std::size_t actions) {
    std::string list;
    for (std::size_t i = 0; i < actions; ++i) list += std::string(i ? "," : "") + "\"s3:GetObject\"";
    return identity_policy(allow + R"("Action":[)" + list + R"(],"Resource":"*")");
}

// A task definition's execution and task role checked against fixed policies.
const char* execution_policy = R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow",
    "Action":["logs:CreateLogStream","logs:PutLogEvents"],"Resource":"arn:aws:logs:us-east-1:123456789012:log-group:app:*"}]})";
const char* task_policy = R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow",
    "Action":["logs:CreateLogStream","logs:PutLogEvents","logs:DescribeLogStreams"],"Resource":"arn:aws:logs:*:*:log-group:app:*"}]})";

core::diagnostics role_findings(const std::string& td_text, ecs::task_role_kind role) {
    auto td = core::decode<ecs::register_task_definition_request>(td_text);
    BOOST_TEST_REQUIRE(td.has_value());
    auto p = core::decode<iam::policy_document>(role == ecs::task_role_kind::execution ? execution_policy : task_policy);
    BOOST_TEST_REQUIRE(p.has_value());
    ecs::role_options o;
    o.region = "us-east-1";
    auto needs = role == ecs::task_role_kind::execution ? ecs::execution_role_needs(*td, o) : ecs::task_role_needs(*td, o);
    return ecs::missing_permissions(needs, {&*p}, role);
}
core::diagnostics execution_findings(const std::string& t) { return role_findings(t, ecs::task_role_kind::execution); }
core::diagnostics task_findings(const std::string& t) { return role_findings(t, ecs::task_role_kind::task); }

std::string awslogs_td(const std::string& group) {
    return R"({"family":"web","executionRoleArn":"arn:aws:iam::123456789012:role/exec","containerDefinitions":[
        {"name":"app","image":"nginx","logConfiguration":{"logDriver":"awslogs","options":
        {"awslogs-group":")" + group + R"(","awslogs-region":"us-east-1","awslogs-stream-prefix":"web"}}}]})";
}
std::string firelens_td(const std::string& group) {
    return R"({"family":"web","containerDefinitions":[
        {"name":"app","image":"nginx","logConfiguration":{"logDriver":"awsfirelens","options":
        {"Name":"cloudwatch_logs","region":"us-east-1","log_group_name":")" + group + R"("}}}]})";
}

test_support::shape executions{"execution-role", &execution_findings};
test_support::shape tasks{"task-role", &task_findings};
test_support::shape role_answer{"get-role-policy-response", &test_support::findings_of<iam::get_role_policy_response>};

rule_case with(test_support::shape s, rule_case c) {
    c.of = s;
    return c;
}

const rule_case cases[] = {
    with(any_kind, {"IAM-001", "/Version", R"({"Version":"2012-10-18","Statement":{"Effect":"Deny","Action":"s3:GetObject","Resource":"*"}})",
                    R"({"Version":"2008-10-17","Statement":{"Effect":"Deny","Action":"s3:GetObject","Resource":"*"}})"}),
    with(any_kind, {"IAM-002", "", R"({"Statement":{"Effect":"Deny","Action":"s3:GetObject","Resource":"*"}})",
                    R"({"Version":"2008-10-17","Statement":{"Effect":"Deny","Action":"s3:GetObject","Resource":"*"}})",
                    core::severity::warning}),
    with(any_kind, {"IAM-003", "/Statement/Resource",
                    R"({"Version":"2008-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/${aws:username}/*"}})",
                    R"({"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/${aws:username}/*"}})",
                    core::severity::warning}),
    with(any_kind, {"IAM-004", "/Statement", R"({"Version":"2012-10-17","Statement":[]})",
                    R"({"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:GetObject","Resource":"*"}]})"}),
    with(any_kind, {"IAM-005", "/Statement/0/Effect", identity_policy(R"("Effect":"allow","Action":"s3:GetObject","Resource":"*")"),
                    identity_policy(allow + R"("Action":"s3:GetObject","Resource":"*")")}),
    with(any_kind, {"IAM-005", "/Statement/0", identity_policy(R"("Action":"s3:GetObject","Resource":"*")"),
                    identity_policy(R"("Effect":"Deny","Action":"s3:GetObject","Resource":"*")")}),
    with(any_kind, {"IAM-006", "/Statement/0", identity_policy(allow + R"("Action":"s3:GetObject","NotAction":"s3:PutObject","Resource":"*")"),
                    identity_policy(allow + R"("NotAction":"s3:PutObject","Resource":"*")")}),
    with(any_kind, {"IAM-007", "/Statement/0/NotResource", identity_policy(allow + R"("Action":"s3:GetObject","Resource":"*","NotResource":"arn:aws:s3:::b")"),
                    identity_policy(allow + R"("Action":"s3:GetObject","NotResource":"arn:aws:s3:::b")")}),
    with(as_identity, {"IAM-008", "/Statement/0", identity_policy(allow + R"("Action":"s3:GetObject")"),
                       identity_policy(allow + R"("Action":"s3:GetObject","NotResource":"arn:aws:s3:::b/*")")}),
    with(as_trust, {"IAM-009", "/Statement/0/Resource",
                    identity_policy(allow + R"("Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:AssumeRole","Resource":"*")"),
                    identity_policy(allow + R"("Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:AssumeRole")")}),
    with(any_kind, {"IAM-010", "/Statement/0/Action/1", identity_policy(allow + R"("Action":["s3:GetObject","{{prefix}}:{{action}}"],"Resource":"*")"),
                    identity_policy(allow + R"("Action":["s3:GetObject","s3:Get*"],"Resource":"*")")}),
    with(any_kind, {"IAM-011", "/Statement/0/Action", identity_policy(allow + R"("Action":"s4:GetObject","Resource":"*")"),
                    identity_policy(allow + R"("Action":"s3:GetObject","Resource":"*")")}),
    with(any_kind, {"IAM-012", "/Statement/0/Action", identity_policy(allow + R"("Action":"ecr:PullImage","Resource":"*")"),
                    identity_policy(allow + R"("Action":"ecr:batchgetimage","Resource":"*")")}),
    with(any_kind, {"IAM-012", "/Statement/0/Action", identity_policy(allow + R"("Action":"ecr:Pull*","Resource":"*")"),
                    identity_policy(allow + R"("Action":"ecr:BatchGet*","Resource":"*")")}),
    with(any_kind, {"IAM-013", "/Statement/0/Resource", identity_policy(allow + R"("Action":"s3:GetObject","Resource":"bucket/key")"),
                    identity_policy(allow + R"("Action":"s3:GetObject","Resource":"arn:aws:s3:::bucket/key")")}),
    with(any_kind, {"IAM-013", "/Statement/0/Resource", identity_policy(allow + R"("Action":"logs:PutLogEvents","Resource":"arn:aws:logs:us-east-1:1234:log-group:x")"),
                    identity_policy(allow + R"("Action":"logs:PutLogEvents","Resource":"arn:aws:logs:us-east-1:*:log-group:x")")}),
    with(any_kind, {"IAM-014", "/Statement/0/Resource", identity_policy(allow + R"("Action":"iam:GetRole","Resource":"arn:aws:iam::123456789012:rol/x")"),
                    identity_policy(allow + R"("Action":"iam:GetRole","Resource":"arn:aws:iam::123456789012:role/x")")}),
    with(any_kind, {"IAM-015", "/Statement/0/Resource", identity_policy(allow + R"("Action":"kms:Decrypt","Resource":"arn:aws:kms:us-east-1:${AWS::AccountId}:key/k")"),
                    identity_policy(allow + R"("Action":"kms:Decrypt","Resource":"arn:aws:kms:us-east-1:${aws:PrincipalAccount}:key/k")")}),
    with(as_identity, {"IAM-016", "/Statement/0/Principal", identity_policy(allow + R"("Principal":"*","Action":"s3:GetObject","Resource":"*")"),
                       identity_policy(allow + R"("Action":"s3:GetObject","Resource":"*")")}),
    with(as_resource, {"IAM-017", "/Statement/0", identity_policy(allow + R"("Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*")"),
                       identity_policy(allow + R"("Principal":{"AWS":"123456789012"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*")")}),
    with(as_trust, {"IAM-018", "/Statement/0/Principal/Service/1",
                    identity_policy(allow + R"("Principal":{"Service":["ecs-tasks.amazonaws.com","ecs-tasks"]},"Action":"sts:AssumeRole")"),
                    identity_policy(allow + R"("Principal":{"Service":["ecs-tasks.amazonaws.com","ecs.amazonaws.com"]},"Action":"sts:AssumeRole")")}),
    with(as_trust, {"IAM-018", "/Statement/0/Principal/AWS",
                    identity_policy(allow + R"("Principal":{"AWS":"arn:aws:iam::12345678901:root"},"Action":"sts:AssumeRole")"),
                    identity_policy(allow + R"("Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole")")}),
    with(as_trust, {"IAM-019", "/Statement/0/Action/1",
                    identity_policy(allow + R"("Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":["sts:AssumeRole","s3:GetObject"])"),
                    identity_policy(allow + R"("Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":["sts:AssumeRole","sts:TagSession"])")}),
    with(any_kind, {"IAM-020", "/Statement/0/Condition/StringEqual",
                    identity_policy(allow + R"("Action":"s3:GetObject","Resource":"*","Condition":{"StringEqual":{"aws:SourceAccount":"123456789012"}})"),
                    identity_policy(allow + R"("Action":"s3:GetObject","Resource":"*","Condition":{"ForAnyValue:StringEqualsIfExists":{"aws:SourceAccount":"123456789012"}})")}),
    with(any_kind, {"IAM-020", "/Statement/0/Condition/NullIfExists",
                    identity_policy(allow + R"("Action":"s3:GetObject","Resource":"*","Condition":{"NullIfExists":{"aws:SourceVpce":"true"}})"),
                    identity_policy(allow + R"("Action":"s3:GetObject","Resource":"*","Condition":{"Null":{"aws:SourceVpce":"true"}})")}),
    with(any_kind, {"IAM-021", "/Statement/0/Condition/DateLessThan/aws:CurrentTime",
                    identity_policy(allow + R"("Action":"s3:GetObject","Resource":"*","Condition":{"DateLessThan":{"aws:CurrentTime":"31/12/2026"}})"),
                    identity_policy(allow + R"("Action":"s3:GetObject","Resource":"*","Condition":{"DateLessThan":{"aws:CurrentTime":"2026-12-31T00:00:00Z"}})")}),
    with(any_kind, {"IAM-021", "/Statement/0/Condition/IpAddress/aws:SourceIp/1",
                    identity_policy(allow + R"("Action":"s3:GetObject","Resource":"*","Condition":{"IpAddress":{"aws:SourceIp":["10.0.0.0/8","10.0.0.0/33"]}})"),
                    identity_policy(allow + R"("Action":"s3:GetObject","Resource":"*","Condition":{"IpAddress":{"aws:SourceIp":["10.0.0.0/8","2001:db8::/32"]}})")}),
    with(any_kind, {"IAM-021", "/Statement/0/Condition/Bool/aws:SecureTransport",
                    identity_policy(allow + R"("Action":"s3:GetObject","Resource":"*","Condition":{"Bool":{"aws:SecureTransport":"yes"}})"),
                    identity_policy(allow + R"("Action":"s3:GetObject","Resource":"*","Condition":{"Bool":{"aws:SecureTransport":true}})")}),
    with(any_kind, {"IAM-022", "/Statement/0/Condition/StringEquals/aws:SourceAcount",
                    identity_policy(allow + R"("Action":"s3:GetObject","Resource":"*","Condition":{"StringEquals":{"aws:SourceAcount":"123456789012"}})"),
                    identity_policy(allow + R"("Action":"s3:GetObject","Resource":"*","Condition":{"StringEquals":{"aws:sourceaccount":"123456789012"}})")}),
    with(any_kind, {"IAM-023", "/Statement/1/Sid",
                    R"({"Version":"2012-10-17","Statement":[{"Sid":"A","Effect":"Deny","Action":"s3:*","Resource":"*"},{"Sid":"A","Effect":"Deny","Action":"ec2:*","Resource":"*"}]})",
                    R"({"Version":"2012-10-17","Statement":[{"Sid":"A","Effect":"Deny","Action":"s3:*","Resource":"*"},{"Sid":"a","Effect":"Deny","Action":"ec2:*","Resource":"*"}]})"}),
    with(as_identity, {"IAM-024", "/Statement/0/Sid", identity_policy(R"("Sid":"read-all",)" + allow + R"("Action":"s3:GetObject","Resource":"*")"),
                       identity_policy(R"("Sid":"ReadAll2",)" + allow + R"("Action":"s3:GetObject","Resource":"*")")}),
    with(as_identity, {"IAM-025", "", big_policy(420), big_policy(400)}),
    with(any_kind, {"IAM-026", "/Statement/0/Resource", identity_policy(allow + R"("Action":"iam:Pass*","Resource":"*")"),
                    identity_policy(allow + R"("Action":"iam:Pass*","Resource":"arn:aws:iam::123456789012:role/app")"),
                    core::severity::warning}),
    with(as_resource, {"IAM-027", "/Statement/0/NotPrincipal",
                       identity_policy(allow + R"("NotPrincipal":{"AWS":"123456789012"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*")"),
                       identity_policy(R"("Effect":"Deny","NotPrincipal":{"AWS":"123456789012"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*")"),
                       core::severity::warning}),
    with(any_kind, {"IAM-028", "/Statement/0/Resource", identity_policy(allow + R"("Action":"iam:*","Resource":"*")"),
                    identity_policy(allow + R"("Action":"iam:Get*","Resource":"*")"), core::severity::warning}),
    with(role_answer, {"IAM-029", "/PolicyDocument",
                       R"({"RoleName":"r","PolicyName":"p","PolicyDocument":"%7B%22Version%22%3A%ZZ"})",
                       R"({"RoleName":"r","PolicyName":"p","PolicyDocument":"%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%7B%22Effect%22%3A%22Deny%22%2C%22Action%22%3A%22s3%3A%2A%22%2C%22Resource%22%3A%22%2A%22%7D%7D"})"}),
    with(executions, {"IAM-030", "/containerDefinitions/0/logConfiguration/options/awslogs-group", awslogs_td("other"), awslogs_td("app")}),
    with(tasks, {"IAM-031", "/containerDefinitions/0/logConfiguration/options/log_group_name", firelens_td("other"), firelens_td("app")}),
};

} // namespace

BOOST_AUTO_TEST_SUITE(iam_policy_rules)

BOOST_DATA_TEST_CASE(breaking_document_reports_the_rule_at_its_pointer, bdata::make(cases), c) {
    test_support::check_breaking(c);
}

BOOST_DATA_TEST_CASE(near_miss_does_not_report_the_rule, bdata::make(cases), c) { test_support::check_near_miss(c); }

BOOST_AUTO_TEST_CASE(rules_that_need_the_kind_are_skipped_without_it) {
    // A trust policy validated with no kind: no Principal or Resource finding is guessed.
    auto ds = policy_findings<no_kind>(identity_policy(allow + R"("Principal":"*","Action":"s3:GetObject")"));
    for (const auto& d : ds) BOOST_TEST((d.rule != "IAM-008" && d.rule != "IAM-016"), d);
}

BOOST_AUTO_TEST_CASE(an_embedded_policy_reports_below_its_member) {
    auto r = core::decode<iam::create_role_request>(
        R"({"RoleName":"r","AssumeRolePolicyDocument":"{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\",\"Resource\":\"*\"}}"})");
    BOOST_TEST_REQUIRE(r.has_value());
    auto ds = core::validate(*r);
    auto has = [&](std::string_view rule, std::string_view pointer) {
        return std::any_of(ds.begin(), ds.end(), [&](const core::diagnostic& d) { return d.rule == rule && d.pointer == pointer; });
    };
    BOOST_TEST(has("IAM-009", "/AssumeRolePolicyDocument/Statement/Resource")); // a trust policy: no Resource
    BOOST_TEST(has("IAM-017", "/AssumeRolePolicyDocument/Statement"));          // and a Principal
}

BOOST_AUTO_TEST_SUITE_END()
