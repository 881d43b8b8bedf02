#include "role_policies.hpp"

#include <awsmodel/ecs/task_definition.hpp>
#include <awsmodel/ecs/task_roles.hpp>
#include <awsmodel/iam/policy.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>

namespace awsmodel::cli {

int parse_role_policy_option(const std::vector<std::string>& args, std::size_t i, role_policy_options& o,
                             std::string& error) {
    const std::string& a = args[i];
    if (a == "--enable-execute-command") {
        o.enable_execute_command = true;
        return 1;
    }
    if (a != "--policy-kind" && a != "--execution-role-policy" && a != "--task-role-policy" && a != "--account" &&
        a != "--region")
        return 0;
    if (i + 1 >= args.size()) {
        error = a + " takes " +
                (a == "--policy-kind" ? "identity, resource or trust" : a == "--account" ? "an account id" : a == "--region" ? "a Region" : "a FILE");
        return -1;
    }
    if (a == "--policy-kind")
        o.policy_kind = args[i + 1];
    else if (a == "--account")
        o.account = args[i + 1];
    else if (a == "--region")
        o.region = args[i + 1];
    else
        (a == "--execution-role-policy" ? o.execution_role : o.task_role).push_back(args[i + 1]);
    return 2;
}

bool add_policy_kind(const role_policy_options& o, context_store& store, std::string& error) {
    if (o.policy_kind.empty()) return true;
    static const iam::policy_use uses[] = {iam::managed_policy, iam::resource_policy, iam::trust_policy};
    for (const auto& u : uses)
        if (core::to_wire(u.kind) == o.policy_kind) {
            store.context.add(u);
            return true;
        }
    error = "--policy-kind takes identity, resource or trust, not \"" + o.policy_kind + "\"";
    return false;
}

namespace {

bool read_policies(const std::vector<std::string>& files, std::vector<iam::policy_document>& out,
                   std::vector<std::pair<std::string, core::diagnostic>>& findings) {
    bool ok = true;
    for (const auto& f : files) {
        std::ifstream in(f, std::ios::binary);
        std::string text((std::istreambuf_iterator<char>(in)), {});
        if (!in && !in.eof()) {
            findings.push_back({f, {"", core::rules::syntax.view(), core::severity::error, "cannot read the file"}});
            ok = false;
            continue;
        }
        auto r = core::decode<iam::policy_document>(text);
        for (const auto& d : r.diagnostics()) findings.push_back({f, d});
        if (!r) {
            ok = false;
            continue;
        }
        out.push_back(std::move(*r));
    }
    return ok;
}

} // namespace

void check_role_policies(std::string_view text, const role_policy_options& o, core::diagnostics& ds,
                         std::vector<std::pair<std::string, core::diagnostic>>& policy_findings) {
    auto td = core::decode<ecs::register_task_definition_request>(text);
    if (!td) return; // the validation reports why
    ecs::role_options options;
    options.enable_execute_command = o.enable_execute_command;
    if (!o.account.empty()) options.account = o.account;
    if (!o.region.empty()) options.region = o.region;
    auto check = [&](const std::vector<std::string>& files, ecs::task_role_kind role,
                     const std::vector<ecs::permission_need>& needs) {
        std::vector<iam::policy_document> policies;
        if (!read_policies(files, policies, policy_findings)) return;
        std::vector<const iam::policy_document*> ptrs;
        for (const auto& p : policies) ptrs.push_back(&p);
        auto more = ecs::missing_permissions(needs, ptrs, role);
        ds.insert(ds.end(), more.begin(), more.end());
    };
    if (!o.execution_role.empty())
        check(o.execution_role, ecs::task_role_kind::execution, ecs::execution_role_needs(*td, options));
    if (!o.task_role.empty() || o.enable_execute_command)
        check(o.task_role, ecs::task_role_kind::task, ecs::task_role_needs(*td, options));
}

} // namespace awsmodel::cli

namespace awsmodel::cli {

namespace {
bool slurp(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    out.assign(std::istreambuf_iterator<char>(in), {});
    return true;
}
int print_findings(const std::string& file, const core::diagnostics& ds) {
    for (const auto& d : ds)
        std::cerr << file << ':' << (d.pointer.empty() ? "/" : d.pointer) << ": " << d.rule << ": " << d.message << '\n';
    return 1;
}
} // namespace

int cmd_iam(const std::vector<std::string>& args) {
    if (args.empty()) {
        std::cerr << "awsmodel: iam takes roles or url-decode\n";
        return 2;
    }
    if (args[0] == "url-decode") {
        if (args.size() != 2) {
            std::cerr << "awsmodel: iam url-decode takes a FILE\n";
            return 2;
        }
        std::string text;
        if (!slurp(args[1], text)) return print_findings(args[1], {{"", core::rules::syntax.view(), core::severity::error, "cannot read the file"}});
        while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
        auto r = iam::decode_url_encoded_policy(text);
        if (!r) return print_findings(args[1], r.diagnostics());
        std::cout << core::encode(*r) << '\n';
        return 0;
    }
    if (args[0] != "roles") {
        std::cerr << "awsmodel: unknown iam command \"" << args[0] << "\"\n";
        return 2;
    }
    ecs::role_options o;
    std::string file;
    for (std::size_t i = 1; i < args.size(); ++i) {
        if ((args[i] == "--account" || args[i] == "--region") && i + 1 < args.size()) {
            (args[i] == "--account" ? o.account : o.region) = args[i + 1];
            ++i;
        } else if (args[i] == "--enable-execute-command") {
            o.enable_execute_command = true;
        } else if (file.empty()) {
            file = args[i];
        } else {
            std::cerr << "awsmodel: iam roles takes one task definition FILE\n";
            return 2;
        }
    }
    std::string text;
    if (file.empty() || !slurp(file, text)) {
        std::cerr << "awsmodel: iam roles: cannot read the task definition \"" << file << "\"\n";
        return file.empty() ? 2 : 1;
    }
    auto td = core::decode<ecs::register_task_definition_request>(text);
    if (!td) return print_findings(file, td.diagnostics());
    std::cout << "{\"executionRolePolicy\":" << core::encode(ecs::execution_role_policy(*td, o))
              << ",\"taskRolePolicy\":"
              << (ecs::task_role_needs(*td, o).empty() ? std::string("null") : core::encode(ecs::task_role_policy(*td, o)))
              << ",\"trustPolicy\":" << core::encode(ecs::task_role_trust_policy(o)) << "}\n";
    return 0;
}

} // namespace awsmodel::cli
