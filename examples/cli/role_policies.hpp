// The command line's IAM options: `--policy-kind` (what an iam-policy document is) and the role
// policies a task definition is checked against (`--execution-role-policy`, `--task-role-policy`,
// `--enable-execute-command`). Kept apart from main.cpp, which only forwards the options.
#ifndef AWSMODEL_EXAMPLES_CLI_ROLE_POLICIES_HPP
#define AWSMODEL_EXAMPLES_CLI_ROLE_POLICIES_HPP

#include "kind.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::cli {

struct role_policy_options {
    std::string policy_kind;                 ///< identity, resource, trust, or empty
    std::vector<std::string> execution_role; ///< policy files of the execution role
    std::vector<std::string> task_role;      ///< policy files of the task role
    bool enable_execute_command = false;
    std::string account, region;             ///< the task's, for ARNs the task definition leaves open
    bool any_role() const { return !execution_role.empty() || !task_role.empty() || enable_execute_command; }
};

/// Consumes the option at `args[i]` (and its value); returns how many arguments it took (0 when
/// it is not one of these), or -1 with `error` set.
int parse_role_policy_option(const std::vector<std::string>& args, std::size_t i, role_policy_options& o,
                             std::string& error);

/// Adds the policy kind to the context of the validation; false with `error` for an unknown kind.
bool add_policy_kind(const role_policy_options& o, context_store& store, std::string& error);

/// The permissions the task definition `text` needs that the role policies do not grant, at the
/// task definition's pointers (IAM-030, IAM-031); a policy file that does not decode is reported
/// as its own file's findings in `policy_findings` (file, finding).
void check_role_policies(std::string_view text, const role_policy_options& o, core::diagnostics& ds,
                         std::vector<std::pair<std::string, core::diagnostic>>& policy_findings);

} // namespace awsmodel::cli


namespace awsmodel::cli {

/// `awsmodel iam roles [--account ID] [--region R] [--enable-execute-command] TD_FILE`: the roles a
/// task definition needs, as {"executionRolePolicy", "taskRolePolicy" (null when no feature needs a
/// task role), "trustPolicy"};
/// `awsmodel iam url-decode FILE`: the policy of a URL-encoded document (as GetRolePolicy returns
/// it), decoded and re-encoded.
int cmd_iam(const std::vector<std::string>& args);

} // namespace awsmodel::cli

#endif
