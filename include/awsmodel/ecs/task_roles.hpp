// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_TASK_ROLES_HPP
#define AWSMODEL_ECS_TASK_ROLES_HPP

/// The IAM roles a task runs with, derived from its task definition: what the execution role (the
/// agent's: image pulls, awslogs, secrets, environment files, FireLens configuration) and the task
/// role (the containers': FireLens outputs, ECS Exec) must be allowed, least privilege, each
/// permission with the pointer of the member that needs it; the policies that grant exactly that;
/// the trust policies of both roles for ecs-tasks.amazonaws.com with the confused-deputy
/// conditions AWS recommends; and the check of a given policy against the needs (IAM-030, IAM-031).
/// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html
/// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html
/// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-exec.html

#include <awsmodel/core/diagnostic.hpp>
#include <awsmodel/core/json_value.hpp>
#include <awsmodel/core/pointer.hpp>
#include <awsmodel/ecs/secret_reference.hpp>
#include <awsmodel/ecs/task_definition_model.hpp>
#include <awsmodel/iam/actions.hpp>
#include <awsmodel/iam/evaluation.hpp>
#include <awsmodel/iam/policy_document.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::ecs {

/// What the derivation cannot read from the task definition.
struct role_options {
    /// The task's account and Region, for the ARNs of secrets named without an ARN and for the
    /// trust policies' conditions; the account defaults to the execution role ARN's, else "*".
    std::optional<std::string> account;
    std::optional<std::string> region;
    /// The partition: aws, aws-cn, aws-us-gov.
    std::string partition = "aws";
    /// Customer managed KMS keys that encrypt the task's secrets or parameters: a secret's ARN does
    /// not say which key encrypts it, so they are given here (the AWS managed key needs no grant).
    std::vector<std::string> customer_keys;
    /// Whether the task runs with ECS Exec (RunTask's or the service's enableExecuteCommand).
    bool enable_execute_command = false;
};

/// One permission a role needs.
struct permission_need {
    std::string action;   ///< "ecr:BatchGetImage"
    std::string resource; ///< an ARN, or "*" for actions that take none
    std::string pointer;  ///< the task definition member that needs it: /containerDefinitions/0/image
    std::string why;      ///< for messages: "pulls the private ECR image"
    std::string group;    ///< the statement it belongs to in a derived policy (its Sid)
};

namespace detail {

// The actions are checked against IAM's catalogue while compiling (iam::action).
inline constexpr iam::action ecr_pull_actions[] = {"ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer",
                                                   "ecr:BatchGetImage"};
inline constexpr iam::action firelens_logs_actions[] = {"logs:CreateLogStream", "logs:PutLogEvents",
                                                        "logs:DescribeLogStreams"};
inline constexpr iam::action ecs_exec_actions[] = {"ssmmessages:CreateControlChannel", "ssmmessages:CreateDataChannel",
                                                   "ssmmessages:OpenControlChannel", "ssmmessages:OpenDataChannel"};

inline std::string containers_pointer(std::size_t i) {
    return core::pointer(core::member<&register_task_definition_request::container_definitions>, i);
}

inline std::string account_of(const register_task_definition_request& td, const role_options& o) {
    if (o.account) return *o.account;
    if (td.execution_role_arn)
        if (auto a = core::parts(*td.execution_role_arn); a && !a->account.empty()) return std::string(a->account);
    return "*";
}

inline void add(std::vector<permission_need>& out, iam::action action, std::string resource, std::string pointer,
                std::string why, std::string group) {
    for (const auto& n : out)
        if (n.action == action.view() && n.resource == resource) return; // the first member that needs it is named
    out.push_back({std::string(action.view()), std::move(resource), std::move(pointer), std::move(why), std::move(group)});
}

/// `arn:aws:s3:::bucket/key` -> `arn:aws:s3:::bucket`.
inline std::string bucket_arn_of(std::string_view object_arn) {
    const std::size_t slash = object_arn.find('/', object_arn.find(":::"));
    return std::string(object_arn.substr(0, slash));
}

inline bool iequals_true(std::string_view s) { return iam::iequals(s, "true"); }

inline std::string_view option(const std::optional<core::string_map<std::string>>& options, std::string_view key) {
    if (!options) return {};
    const std::string* v = options->find(key);
    return v ? std::string_view(*v) : std::string_view{};
}

} // namespace detail

/// What the task definition's execution role must be allowed, in the order the members need it.
inline std::vector<permission_need> execution_role_needs(const register_task_definition_request& td,
                                                         const role_options& o = {}) {
    std::vector<permission_need> out;
    const std::string account = detail::account_of(td, o);
    const std::string region = o.region.value_or("*");
    const std::string& part = o.partition;
    bool secrets_used = false;
    std::string first_secret_pointer;
    for (std::size_t i = 0; i < td.container_definitions.size(); ++i) {
        const container_definition& c = td.container_definitions[i];
        const std::string at = detail::containers_pointer(i);
        // Private ECR images: a token, then the layers of the repository.
        if (c.image && !c.repository_credentials)
            if (auto ref = c.image->parse())
                if (auto ecr = ref->ecr()) {
                    const std::string img = core::pointer(at, core::member<&container_definition::image>);
                    const std::string repo = core::cat("arn:", ecr->china ? "aws-cn" : part, ":ecr:", ecr->region, ":",
                                                       ecr->account, ":repository/", ref->path);
                    detail::add(out, "ecr:GetAuthorizationToken", "*", img, "authenticates to ECR to pull the private image",
                                "EcrAuthorization");
                    for (iam::action a : detail::ecr_pull_actions)
                        detail::add(out, a, repo, img, core::cat("pulls the private ECR image ", c.image->view()), "EcrPull");
                }
        // Private registry credentials: a Secrets Manager secret.
        if (c.repository_credentials) {
            const std::string p = core::pointer(at, core::member<&container_definition::repository_credentials>,
                                                core::member<&repository_credentials::credentials_parameter>);
            std::string_view v = c.repository_credentials->credentials_parameter.view();
            std::string arn = v.starts_with("arn:") ? std::string(v)
                                                    : core::cat("arn:", part, ":secretsmanager:", region, ":", account,
                                                                ":secret:", v, "*");
            detail::add(out, "secretsmanager:GetSecretValue", arn, p, "reads the private registry's credentials",
                        "RegistryCredentials");
            secrets_used = true;
            if (first_secret_pointer.empty()) first_secret_pointer = p;
        }
        // awslogs: the group's streams, and the group itself with awslogs-create-group.
        if (c.log_configuration && c.log_configuration->log_driver == log_driver::awslogs) {
            const auto& opts = c.log_configuration->options;
            std::string_view group = detail::option(opts, "awslogs-group");
            if (!group.empty()) {
                std::string_view r = detail::option(opts, "awslogs-region");
                const std::string arn = core::cat("arn:", part, ":logs:", r.empty() ? std::string_view(region) : r, ":",
                                                  account, ":log-group:", group, ":*");
                const std::string p = core::pointer(at, core::member<&container_definition::log_configuration>,
                                                    core::member<&log_configuration::options>, core::key{"awslogs-group"});
                detail::add(out, "logs:CreateLogStream", arn, p, core::cat("writes the container's logs to ", group), "Logs");
                detail::add(out, "logs:PutLogEvents", arn, p, core::cat("writes the container's logs to ", group), "Logs");
                if (detail::iequals_true(detail::option(opts, "awslogs-create-group")))
                    detail::add(out, "logs:CreateLogGroup", arn,
                                core::pointer(at, core::member<&container_definition::log_configuration>,
                                              core::member<&log_configuration::options>, core::key{"awslogs-create-group"}),
                                core::cat("creates the log group ", group), "Logs");
            }
        }
        // Secrets: Secrets Manager secrets and SSM parameters.
        auto secret_needs = [&](const std::vector<secret>& list, const std::string& list_at) {
            for (std::size_t j = 0; j < list.size(); ++j) {
                const std::string p = core::pointer(list_at, j, core::member<&secret::value_from>);
                std::string_view from = list[j].value_from.view();
                auto ref = parse_secret_reference(from);
                if (!ref) continue; // ECS-TD-096 reports it
                secrets_used = true;
                if (first_secret_pointer.empty()) first_secret_pointer = p;
                if (ref->source == secret_source::secrets_manager) {
                    // The secret's own ARN: without the JSON key, version stage and id that select a value.
                    const auto& a = *ref->arn;
                    std::string arn = core::cat("arn:", a.partition, ":secretsmanager:", a.region, ":", a.account,
                                                ":secret:", ref->name);
                    // Named without its 6-character suffix, the ARN matches through a wildcard.
                    if (ref->name.size() < 7 || ref->name[ref->name.size() - 7] != '-') arn += "-??????";
                    detail::add(out, "secretsmanager:GetSecretValue", arn, p, core::cat("reads the secret ", list[j].name),
                                "Secrets");
                } else if (ref->source == secret_source::parameter_arn) {
                    detail::add(out, "ssm:GetParameters", std::string(from), p, core::cat("reads the parameter ", list[j].name),
                                "Parameters");
                } else {
                    std::string_view name = ref->name;
                    if (name.starts_with('/')) name.remove_prefix(1);
                    detail::add(out, "ssm:GetParameters",
                                core::cat("arn:", part, ":ssm:", region, ":", account, ":parameter/", name), p,
                                core::cat("reads the parameter ", list[j].name), "Parameters");
                }
            }
        };
        if (c.secrets) secret_needs(*c.secrets, core::pointer(at, core::member<&container_definition::secrets>));
        if (c.log_configuration && c.log_configuration->secret_options)
            secret_needs(*c.log_configuration->secret_options,
                         core::pointer(at, core::member<&container_definition::log_configuration>,
                                       core::member<&log_configuration::secret_options>));
        // Environment files from S3.
        if (c.environment_files)
            for (std::size_t j = 0; j < c.environment_files->size(); ++j) {
                const auto& f = (*c.environment_files)[j];
                const std::string p = core::pointer(at, core::member<&container_definition::environment_files>, j,
                                                    core::member<&environment_file::value>);
                detail::add(out, "s3:GetObject", std::string(f.value.view()), p, "reads the environment file",
                            "EnvironmentFiles");
                detail::add(out, "s3:GetBucketLocation", detail::bucket_arn_of(f.value.view()), p,
                            "locates the environment file's bucket", "EnvironmentFiles");
            }
        // FireLens: a configuration file from S3.
        if (c.firelens_configuration && detail::option(c.firelens_configuration->options, "config-file-type") == "s3") {
            std::string_view v = detail::option(c.firelens_configuration->options, "config-file-value");
            if (v.starts_with("arn:")) {
                const std::string p = core::pointer(at, core::member<&container_definition::firelens_configuration>,
                                                    core::member<&firelens_configuration::options>,
                                                    core::key{"config-file-value"});
                detail::add(out, "s3:GetObject", std::string(v), p, "reads the FireLens configuration file", "FireLensConfig");
                detail::add(out, "s3:GetBucketLocation", detail::bucket_arn_of(v), p,
                            "locates the FireLens configuration file's bucket", "FireLensConfig");
            }
        }
    }
    if (secrets_used)
        for (const auto& key : o.customer_keys)
            detail::add(out, "kms:Decrypt", key, first_secret_pointer, "decrypts secrets encrypted with a customer key",
                        "DecryptSecrets");
    return out;
}

/// What the task role must be allowed for the task definition's features: FireLens outputs to
/// CloudWatch Logs, Firehose, Kinesis and S3, and ECS Exec when `o.enable_execute_command`.
inline std::vector<permission_need> task_role_needs(const register_task_definition_request& td, const role_options& o = {}) {
    std::vector<permission_need> out;
    const std::string account = detail::account_of(td, o);
    const std::string region = o.region.value_or("*");
    const std::string& part = o.partition;
    for (std::size_t i = 0; i < td.container_definitions.size(); ++i) {
        const container_definition& c = td.container_definitions[i];
        if (!c.log_configuration || !(c.log_configuration->log_driver == log_driver::awsfirelens)) continue;
        const auto& opts = c.log_configuration->options;
        auto at = [&](std::string_view key) {
            return core::pointer(detail::containers_pointer(i), core::member<&container_definition::log_configuration>,
                                 core::member<&log_configuration::options>, core::key{key});
        };
        std::string_view name = detail::option(opts, "Name");
        std::string_view r = detail::option(opts, "region");
        const std::string_view in = r.empty() ? std::string_view(region) : r;
        if (name == "cloudwatch" || name == "cloudwatch_logs") {
            std::string_view group = detail::option(opts, "log_group_name");
            if (group.empty()) continue;
            const std::string arn = core::cat("arn:", part, ":logs:", in, ":", account, ":log-group:", group, ":*");
            for (iam::action a : detail::firelens_logs_actions)
                detail::add(out, a, arn, at("log_group_name"), core::cat("FireLens sends the logs to ", group), "FireLensLogs");
            if (detail::iequals_true(detail::option(opts, "auto_create_group")))
                detail::add(out, "logs:CreateLogGroup", arn, at("auto_create_group"), core::cat("FireLens creates ", group),
                            "FireLensLogs");
        } else if (name == "firehose" || name == "kinesis_firehose") {
            std::string_view stream = detail::option(opts, "delivery_stream");
            if (stream.empty()) continue;
            detail::add(out, "firehose:PutRecordBatch",
                        core::cat("arn:", part, ":firehose:", in, ":", account, ":deliverystream/", stream),
                        at("delivery_stream"), core::cat("FireLens sends the logs to ", stream), "FireLensFirehose");
        } else if (name == "kinesis" || name == "kinesis_streams") {
            std::string_view stream = detail::option(opts, "stream");
            if (stream.empty()) continue;
            detail::add(out, "kinesis:PutRecords", core::cat("arn:", part, ":kinesis:", in, ":", account, ":stream/", stream),
                        at("stream"), core::cat("FireLens sends the logs to ", stream), "FireLensKinesis");
        } else if (name == "s3") {
            std::string_view bucket = detail::option(opts, "bucket");
            if (bucket.empty()) continue;
            detail::add(out, "s3:PutObject", core::cat("arn:", part, ":s3:::", bucket, "/*"), at("bucket"),
                        core::cat("FireLens writes the logs to ", bucket), "FireLensS3");
        }
    }
    if (o.enable_execute_command)
        for (iam::action a : detail::ecs_exec_actions)
            detail::add(out, a, "*", "", "ECS Exec opens its session channels", "EcsExec");
    return out;
}

/// The policy that grants exactly `needs`: one statement per group (Sid), its actions and
/// resources in the order the task definition needs them.
inline iam::policy_document policy_granting(const std::vector<permission_need>& needs) {
    iam::policy_document doc;
    doc.version = iam::policy_version::v2012_10_17;
    std::vector<iam::statement> statements;
    for (const auto& n : needs) {
        iam::statement* s = nullptr;
        for (auto& e : statements)
            if (e.sid == n.group) s = &e;
        if (!s) {
            s = &statements.emplace_back();
            s->sid = n.group;
            s->effect = iam::effect::allow;
            s->action = std::vector<std::string>{};
            s->resource = std::vector<std::string>{};
        }
        auto& actions = *s->action->get_if<std::vector<std::string>>();
        auto& resources = *s->resource->get_if<std::vector<std::string>>();
        if (std::find(actions.begin(), actions.end(), n.action) == actions.end()) actions.push_back(n.action);
        if (std::find(resources.begin(), resources.end(), n.resource) == resources.end()) resources.push_back(n.resource);
    }
    // A lone action or resource is written as a string, as people write policies.
    for (auto& s : statements) {
        if (auto& a = *s.action->get_if<std::vector<std::string>>(); a.size() == 1) s.action = std::string(a[0]);
        if (auto& r = *s.resource->get_if<std::vector<std::string>>(); r.size() == 1) s.resource = std::string(r[0]);
    }
    doc.statement = std::move(statements);
    return doc;
}

/// The least-privilege execution role policy of the task definition.
inline iam::policy_document execution_role_policy(const register_task_definition_request& td, const role_options& o = {}) {
    return policy_granting(execution_role_needs(td, o));
}

/// The task role policy the task definition's features need (empty statements when none).
inline iam::policy_document task_role_policy(const register_task_definition_request& td, const role_options& o = {}) {
    return policy_granting(task_role_needs(td, o));
}

/// The trust policy of a task's roles: ecs-tasks.amazonaws.com may assume it, and, when the
/// account is given, only for tasks of that account (aws:SourceAccount) and, with the Region too,
/// of ECS in that Region (aws:SourceArn), against the confused deputy.
/// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html#create_task_iam_policy_and_role
inline iam::policy_document task_role_trust_policy(const role_options& o = {}) {
    iam::policy_document doc;
    doc.version = iam::policy_version::v2012_10_17;
    iam::statement s;
    s.effect = iam::effect::allow;
    iam::principal_map p;
    p.service = std::string("ecs-tasks.amazonaws.com");
    s.principal = std::move(p);
    s.action = std::string("sts:AssumeRole");
    if (o.account && *o.account != "*") {
        iam::condition_block block;
        if (o.region)
            block.insert_or_assign("ArnLike", iam::condition_keys{{"aws:SourceArn", core::json_value(core::cat(
                                                                                      "arn:", o.partition, ":ecs:", *o.region,
                                                                                      ":", *o.account, ":*"))}});
        block.insert_or_assign("StringEquals", iam::condition_keys{{"aws:SourceAccount", core::json_value(*o.account)}});
        s.condition = std::move(block);
    }
    doc.statement = std::move(s);
    return doc;
}

/// The execution role's trust policy: the same principal and conditions.
inline iam::policy_document execution_role_trust_policy(const role_options& o = {}) { return task_role_trust_policy(o); }

/// Which role a check is about.
enum class task_role_kind { execution, task };

/// Each need the policies do not grant, at the task definition member that needs it: IAM-030 for
/// the execution role, IAM-031 for the task role; a warning when a condition leaves it undecided.
inline core::diagnostics missing_permissions(const std::vector<permission_need>& needs,
                                             const std::vector<const iam::policy_document*>& policies,
                                             task_role_kind role) {
    constexpr core::rule_id execution = "IAM-030", task = "IAM-031";
    const core::rule_id rule = role == task_role_kind::execution ? execution : task;
    const std::string_view whose = role == task_role_kind::execution ? "the execution role" : "the task role";
    core::diagnostics out;
    for (const auto& n : needs) {
        auto e = iam::evaluate(policies, n.action, n.resource);
        if (e.allowed()) continue;
        std::string message = core::cat(whose, "'s policy does not allow ", n.action, " on ", n.resource, ", which ",
                                        n.why);
        if (e.decision == iam::decision::explicit_deny) message += " (a Deny statement refuses it)";
        if (e.decision == iam::decision::undecided) {
            message = core::cat(whose, "'s policy may not allow ", n.action, " on ", n.resource, ", which ", n.why,
                                ": a condition is not evaluated");
            out.push_back({n.pointer, rule.view(), core::severity::warning, std::move(message)});
            continue;
        }
        // A Region or account the derivation did not know is "*" in the need's ARN, which a policy
        // naming the real ones does not match: the need may be granted, so it is a warning.
        auto arn = iam::parse_policy_arn(n.resource);
        if (arn && (arn->region == "*" || arn->account == "*")) {
            message += "; the task's Region or account is not known here (\"*\" in the ARN): give them to check exactly";
            out.push_back({n.pointer, rule.view(), core::severity::warning, std::move(message)});
            continue;
        }
        out.push_back({n.pointer, rule.view(), core::severity::error, std::move(message)});
    }
    return out;
}

} // namespace awsmodel::ecs

#endif
