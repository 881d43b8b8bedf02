// The execution and task roles derived from a task definition: each need at its member, the
// policy that grants exactly them (which the evaluator then allows), and the trust policies.
#include <awsmodel/ecs/task_definition.hpp>
#include <awsmodel/ecs/task_roles.hpp>
#include <awsmodel/iam/policy.hpp>

#include <boost/test/unit_test.hpp>

using namespace awsmodel;

namespace {
const char* td_text = R"({"family":"web","executionRoleArn":"arn:aws:iam::123456789012:role/exec",
  "containerDefinitions":[
   {"name":"app","image":"123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/web:1.4",
    "logConfiguration":{"logDriver":"awslogs","options":{"awslogs-group":"/ecs/web","awslogs-region":"eu-west-1",
      "awslogs-stream-prefix":"app","awslogs-create-group":"true"}},
    "environmentFiles":[{"value":"arn:aws:s3:::config-bucket/web.env","type":"s3"}]},
   {"name":"side","image":"nginx",
    "secrets":[{"name":"DB","valueFrom":"arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf:password::"},
               {"name":"API","valueFrom":"arn:aws:ssm:eu-west-1:123456789012:parameter/web/api"}]}]})";

ecs::register_task_definition_request td() {
    auto r = core::decode<ecs::register_task_definition_request>(td_text);
    BOOST_TEST_REQUIRE(r.has_value());
    return std::move(*r);
}

const ecs::permission_need* find(const std::vector<ecs::permission_need>& needs, std::string_view action) {
    for (const auto& n : needs)
        if (n.action == action) return &n;
    return nullptr;
}
} // namespace

BOOST_AUTO_TEST_SUITE(ecs_task_roles)

BOOST_AUTO_TEST_CASE(execution_role_needs_each_at_its_member) {
    auto needs = ecs::execution_role_needs(td(), {.customer_keys = {"arn:aws:kms:eu-west-1:123456789012:key/k1"}});
    const auto* pull = find(needs, "ecr:BatchGetImage");
    BOOST_TEST_REQUIRE(pull != nullptr);
    BOOST_TEST(pull->resource == "arn:aws:ecr:eu-west-1:123456789012:repository/shop/web");
    BOOST_TEST(pull->pointer == "/containerDefinitions/0/image");
    BOOST_TEST(find(needs, "ecr:GetAuthorizationToken")->resource == "*");
    const auto* create = find(needs, "logs:CreateLogGroup");
    BOOST_TEST_REQUIRE(create != nullptr);
    BOOST_TEST(create->resource == "arn:aws:logs:eu-west-1:123456789012:log-group:/ecs/web:*");
    BOOST_TEST(create->pointer == "/containerDefinitions/0/logConfiguration/options/awslogs-create-group");
    const auto* secret = find(needs, "secretsmanager:GetSecretValue");
    BOOST_TEST_REQUIRE(secret != nullptr);
    BOOST_TEST(secret->resource == "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf");
    BOOST_TEST(secret->pointer == "/containerDefinitions/1/secrets/0/valueFrom");
    BOOST_TEST(find(needs, "ssm:GetParameters")->pointer == "/containerDefinitions/1/secrets/1/valueFrom");
    BOOST_TEST(find(needs, "s3:GetObject")->resource == "arn:aws:s3:::config-bucket/web.env");
    BOOST_TEST(find(needs, "s3:GetBucketLocation")->resource == "arn:aws:s3:::config-bucket");
    BOOST_TEST(find(needs, "kms:Decrypt")->resource == "arn:aws:kms:eu-west-1:123456789012:key/k1");
    // A public image needs no ECR permission.
    BOOST_TEST(std::count_if(needs.begin(), needs.end(), [](const auto& n) { return n.pointer == "/containerDefinitions/1/image"; }) == 0);
}

BOOST_AUTO_TEST_CASE(the_derived_policy_grants_exactly_the_needs_and_is_valid) {
    const auto t = td();
    auto needs = ecs::execution_role_needs(t);
    auto policy = ecs::execution_role_policy(t);
    BOOST_TEST(ecs::missing_permissions(needs, {&policy}, ecs::task_role_kind::execution).empty());
    auto ds = core::validate(policy, core::validation_context{iam::role_inline_policy});
    BOOST_TEST(ds.empty(), ds.size() << " findings, first: " << (ds.empty() ? core::diagnostic{} : ds[0]));
    // Without the logs statement, the check names the member and the action.
    auto& statements = *policy.statement.get_if<std::vector<iam::statement>>();
    statements.erase(std::remove_if(statements.begin(), statements.end(), [](const iam::statement& s) { return s.sid == "Logs"; }),
                     statements.end());
    auto missing = ecs::missing_permissions(needs, {&policy}, ecs::task_role_kind::execution);
    BOOST_TEST_REQUIRE(missing.size() == 3u);
    BOOST_TEST(missing[0].pointer == "/containerDefinitions/0/logConfiguration/options/awslogs-group");
    BOOST_TEST(missing[0].message.find("logs:CreateLogStream") != std::string::npos);
    BOOST_TEST(missing[0].rule == "IAM-030");
}

BOOST_AUTO_TEST_CASE(task_role_for_ecs_exec) {
    auto none = ecs::task_role_needs(td());
    BOOST_TEST(none.empty());
    auto exec = ecs::task_role_needs(td(), {.enable_execute_command = true});
    BOOST_TEST(exec.size() == 4u);
    BOOST_TEST(exec[0].action == "ssmmessages:CreateControlChannel");
    iam::policy_document nothing;
    nothing.version = iam::policy_version::v2012_10_17;
    nothing.statement = std::vector<iam::statement>{};
    auto missing = ecs::missing_permissions(exec, {&nothing}, ecs::task_role_kind::task);
    BOOST_TEST(missing.size() == 4u);
    BOOST_TEST(missing[0].rule == "IAM-031");
}

BOOST_AUTO_TEST_CASE(an_unknown_region_or_account_makes_a_warning_not_an_error) {
    auto t = core::decode<ecs::register_task_definition_request>(
        R"({"family":"f","containerDefinitions":[{"name":"a","image":"nginx","secrets":[{"name":"S","valueFrom":"db-password"}]}]})");
    BOOST_TEST_REQUIRE(t.has_value());
    auto p = core::decode<iam::policy_document>(
        R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ssm:GetParameters","Resource":"arn:aws:ssm:us-east-1:123456789012:parameter/db-password"}]})");
    BOOST_TEST_REQUIRE(p.has_value());
    auto open = ecs::missing_permissions(ecs::execution_role_needs(*t), {&*p}, ecs::task_role_kind::execution);
    BOOST_TEST_REQUIRE(open.size() == 1u);
    BOOST_TEST((open[0].level == core::severity::warning));
    BOOST_TEST(open[0].pointer == "/containerDefinitions/0/secrets/0/valueFrom");
    auto exact = ecs::missing_permissions(ecs::execution_role_needs(*t, {.account = "123456789012", .region = "us-east-1"}),
                                          {&*p}, ecs::task_role_kind::execution);
    BOOST_TEST(exact.empty());
}

BOOST_AUTO_TEST_CASE(trust_policies_with_the_confused_deputy_conditions) {
    auto plain = ecs::task_role_trust_policy();
    BOOST_TEST(core::encode(plain) ==
               R"({"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:AssumeRole"}})");
    auto scoped = ecs::execution_role_trust_policy({.account = "123456789012", .region = "eu-west-1"});
    BOOST_TEST(core::encode(scoped) ==
               R"({"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"},)"
               R"("Action":"sts:AssumeRole","Condition":{"ArnLike":{"aws:SourceArn":"arn:aws:ecs:eu-west-1:123456789012:*"},)"
               R"("StringEquals":{"aws:SourceAccount":"123456789012"}}}})");
    auto ds = core::validate(scoped, core::validation_context{iam::trust_policy});
    BOOST_TEST(ds.empty(), ds.size() << " findings, first: " << (ds.empty() ? core::diagnostic{} : ds[0]));
}

BOOST_AUTO_TEST_SUITE_END()
