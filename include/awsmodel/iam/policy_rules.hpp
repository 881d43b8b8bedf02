// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_IAM_POLICY_RULES_HPP
#define AWSMODEL_IAM_POLICY_RULES_HPP

/// The rules of policy documents, IAM-001..IAM-028: the grammar of the IAM JSON policy reference,
/// the quotas of the IAM quotas page, and the checks IAM Access Analyzer's ValidatePolicy
/// documents (errors for what IAM refuses or cannot mean, warnings for its security warnings).
/// Rules that depend on the policy's kind read iam::policy_use from the context and are skipped
/// without it.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html

#include <awsmodel/core/checker.hpp>
#include <awsmodel/core/codec_fwd.hpp>
#include <awsmodel/iam/actions.hpp>
#include <awsmodel/iam/global_condition_keys.hpp>
#include <awsmodel/iam/policy_document.hpp>
#include <awsmodel/iam/policy_kind.hpp>
#include <awsmodel/iam/policy_values.hpp>
#include <awsmodel/iam/wildcard.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::iam {

namespace detail {

/// Calls `f(value, pointer)` for each string of a string_or_list member, the pointer relative to
/// the statement.
template <auto Member, class F>
void for_each_value(const statement& s, F&& f) {
    const auto& m = s.*Member;
    if (!m) return;
    if (const auto* one = m->template get_if<std::string>()) {
        f(std::string_view(*one), core::pointer(core::member<Member>));
        return;
    }
    std::size_t i = 0;
    for (const auto& v : *m->template get_if<std::vector<std::string>>()) {
        f(std::string_view(v), core::pointer(core::member<Member>, i));
        ++i;
    }
}

/// Whether a list of patterns (Action) names the action, as IAM matches them.
inline bool names_action(const statement& s, std::string_view action) {
    bool found = false;
    for_each_value<&statement::action>(s, [&](std::string_view a, const std::string&) {
        found = found || wildcard_match(a, action, true);
    });
    return found;
}

inline bool allows(const statement& s) { return s.effect && *s.effect == effect::allow; }

/// The pointer of statement `i` relative to the document: `/Statement` for a lone statement.
inline std::string statement_pointer(const policy_document& p, std::size_t i) {
    if (p.statement.holds<statement>()) return core::pointer(core::member<&policy_document::statement>);
    return core::pointer(core::member<&policy_document::statement>, i);
}

inline std::string_view kind_name(policy_kind k) { return core::to_wire(k); }

template <class C>
void check_action(std::string_view a, const std::string& at, C& c) {
    if (a == "*") return;
    const std::size_t colon = a.find(':');
    std::string_view prefix = a.substr(0, colon);
    std::string_view name = colon == std::string_view::npos ? std::string_view{} : a.substr(colon + 1);
    if (colon == std::string_view::npos || !is_service_prefix(prefix, true) || !is_action_name(name)) {
        c.error("IAM-010", at,
                core::cat("\"", a, "\" is not an action: expected \"*\" or service:Action (a service prefix, "
                               "a colon, letters and digits with * and ? as wildcards), such as \"s3:GetObject\""));
        return;
    }
    if (has_wildcard(prefix)) return;
    const auto* service = find_service(prefix);
    if (!service) {
        c.error("IAM-011", at, core::cat("\"", prefix, "\" (in \"", a, "\") is not a service prefix IAM knows, such as s3, ecr or logs"));
        return;
    }
    if (count_matching_actions(*service, name) == 0)
        c.error("IAM-012", at,
                has_wildcard(name)
                    ? core::cat("\"", a, "\" matches no action of ", prefix)
                    : core::cat("\"", name, "\" is not an action of ", prefix, " (in \"", a, "\")"));
}

template <class C>
void check_variables(std::string_view v, const std::string& at, C& c) {
    if (auto bad = first_placeholder(v))
        c.error("IAM-015", at,
                core::cat("\"", *bad, "\" in \"", v, "\" is not an IAM policy variable (${prefix:key}, such as "
                                                     "${aws:username}): a template's substitution left unresolved?"));
}

template <class C>
void check_resource(std::string_view r, const std::string& at, C& c) {
    check_variables(r, at, c);
    if (r == "*") return;
    auto a = parse_policy_arn(r);
    if (!a) {
        c.error("IAM-013", at,
                core::cat("\"", r, "\" is neither \"*\" nor an ARN: expected arn:<partition>:<service>:<region>:"
                               "<account>:<resource>, with an account of 12 digits, a wildcard or none"));
        return;
    }
    if (has_wildcard(a->service) || a->service.find('$') != std::string_view::npos) return;
    const auto* arn_service = find_arn_service(a->service);
    if (!arn_service) {
        if (!find_service(a->service))
            c.error("IAM-014", at, core::cat("\"", a->service, "\" in \"", r, "\" is not a service IAM knows"));
        return;
    }
    if (!resource_fits(*arn_service, a->resource))
        c.error("IAM-014", at,
                core::cat("\"", a->resource, "\" in \"", r, "\" is no resource type of ", a->service,
                          " (IAM's resource types begin with the forms of the service's ARN formats)"));
}

template <class C>
void check_principal(const principal& p, std::string_view member, C& c) {
    std::string base = core::pointer(core::member_token{member});
    if (const auto* s = p.get_if<std::string>()) {
        if (*s != "*")
            c.error("IAM-018", base, core::cat("\"", *s, "\" is not a principal: a principal is \"*\" or an object of "
                                                         "AWS, Service, Federated and CanonicalUser principals"));
        return;
    }
    const auto& m = *p.get_if<principal_map>();
    auto each = [&](const std::optional<string_or_list>& v, core::member_token kind, auto&& ok, std::string_view form) {
        if (!v) return;
        if (const auto* one = v->get_if<std::string>()) {
            if (!ok(std::string_view(*one)))
                c.error("IAM-018", core::pointer(core::member_token{member}, kind),
                        core::cat("\"", *one, "\" is not a principal of its kind: expected ", form));
            return;
        }
        std::size_t i = 0;
        for (const auto& e : *v->get_if<std::vector<std::string>>()) {
            if (!ok(std::string_view(e)))
                c.error("IAM-018", core::pointer(core::member_token{member}, kind, i),
                        core::cat("\"", e, "\" is not a principal of its kind: expected ", form));
            ++i;
        }
    };
    each(m.aws, core::member<&principal_map::aws>, is_aws_principal,
         "\"*\", a 12-digit account, or an IAM or STS ARN of the account's root, a user, a role or a session");
    each(m.service, core::member<&principal_map::service>, is_service_principal,
         "a service principal such as ecs-tasks.amazonaws.com");
    each(m.federated, core::member<&principal_map::federated>, is_federated_principal,
         "a SAML or OIDC provider ARN, or cognito-identity.amazonaws.com, www.amazon.com, graph.facebook.com, "
         "accounts.google.com");
    each(m.canonical_user, core::member<&principal_map::canonical_user>, is_canonical_user,
         "an S3 canonical user id: 64 hexadecimal digits");
}

template <class C>
void check_condition(const condition_block& block, C& c) {
    for (const auto& operator_entry : block) { // clang 14 cannot capture a structured binding
        const std::string& op = operator_entry.first;
        const condition_keys& keys = operator_entry.second;
        std::string op_at = core::pointer(core::member<&statement::condition>, core::key{op});
        auto parsed = parse_operator(op);
        if (!parsed) {
            c.error("IAM-020", op_at,
                    core::cat("\"", op, "\" is not a condition operator: expected one of ",
                              core::allowed_values<condition_operator>(),
                              ", optionally with IfExists (not Null) and a ForAllValues: or ForAnyValue: prefix"));
            continue;
        }
        const condition_value_type type = value_type_of(parsed->base);
        for (const auto& entry : keys) {
            const std::string& key = entry.first;
            std::string key_at = core::pointer(core::member<&statement::condition>, core::key{op}, core::key{key});
            if (key.size() >= 4 && iequals(std::string_view(key).substr(0, 4), "aws:") && !is_global_condition_key(key))
                c.error("IAM-022", key_at,
                        core::cat("\"", key, "\" is not a global condition key (keys with the aws: prefix are AWS's "
                                             "own: aws:SourceArn, aws:SourceAccount, aws:PrincipalTag/<key>, ...)"));
            for_each_condition_value(entry.second.get(), [&](const boost::json::value* v, std::optional<std::size_t> i) {
                std::string at = i ? core::pointer(key_at, *i) : key_at;
                if (!v || !value_has_type(*v, type)) {
                    c.error("IAM-021", at,
                            core::cat("the value of ", key, " is not ", describe(type), ", which ", op,
                                      " compares: ", v ? describe_value(*v) : std::string("a nested list or object")));
                    return;
                }
                if (v->is_string()) check_variables(std::string_view(v->get_string()), at, c);
            });
        }
    }
}

} // namespace detail

void validate_rules(const statement& s, core::checker_like auto& c) {
    const policy_use* use = c.template document<policy_use>();
    const policy_document* doc = c.template document<policy_document>();

    // IAM-005: the grammar requires Effect; its value is checked as an enumeration under the same id.
    if (!s.effect) c.error("IAM-005", "", "the statement has no Effect: give \"Allow\" or \"Deny\"");
    // IAM-006: exactly one of Action and NotAction.
    if (s.action.has_value() == s.not_action.has_value())
        c.error("IAM-006", "",
                s.action ? "the statement has both Action and NotAction: give one"
                         : "the statement has neither Action nor NotAction: give one");
    // IAM-007
    if (s.resource && s.not_resource)
        c.error("IAM-007", core::member<&statement::not_resource>,
                "the statement has both Resource and NotResource: give one");
    if (use) {
        const bool has_resource = s.resource || s.not_resource;
        // IAM-008: identity policies name what they grant on.
        if (use->kind == policy_kind::identity && !has_resource)
            c.error("IAM-008", "", "an identity-based policy statement needs Resource or NotResource (\"*\" for all)");
        // IAM-009: a trust policy's resource is the role itself.
        if (use->kind == policy_kind::trust && has_resource)
            c.error("IAM-009", s.resource ? core::member<&statement::resource> : core::member<&statement::not_resource>,
                    "a trust policy statement takes no Resource or NotResource: the resource is the role");
        const bool has_principal = s.principal || s.not_principal;
        // IAM-016
        if (use->kind == policy_kind::identity && has_principal)
            c.error("IAM-016", s.principal ? core::member<&statement::principal> : core::member<&statement::not_principal>,
                    "an identity-based policy takes no Principal or NotPrincipal: the principal is the identity it "
                    "is attached to");
        // IAM-017
        if (use->kind != policy_kind::identity && !has_principal)
            c.error("IAM-017", "",
                    core::cat("a ", detail::kind_name(use->kind), " policy statement needs a Principal (or NotPrincipal)"));
        // IAM-019: trust policies grant only the role's assumption and its session tags.
        if (use->kind == policy_kind::trust)
            detail::for_each_value<&statement::action>(s, [&](std::string_view a, const std::string& at) {
                if (!is_trust_action(a))
                    c.error("IAM-019", at,
                            core::cat("\"", a, "\" is not an action of a trust policy: expected sts:AssumeRole, "
                                               "sts:AssumeRoleWithSAML, sts:AssumeRoleWithWebIdentity, sts:TagSession, "
                                               "sts:SetSourceIdentity or sts:SetContext"));
            });
    }
    // IAM-024: IAM's own policies take alphanumeric Sids (resource policies of other services are freer).
    if (use && use->kind == policy_kind::identity && s.sid && !is_alphanumeric(*s.sid))
        c.error("IAM-024", core::member<&statement::sid>,
                core::cat("Sid \"", *s.sid, "\" has other characters than letters and digits, which IAM refuses "
                                           "in an identity-based policy"));

    detail::for_each_value<&statement::action>(s, [&](std::string_view a, const std::string& at) { detail::check_action(a, at, c); });
    detail::for_each_value<&statement::not_action>(s, [&](std::string_view a, const std::string& at) { detail::check_action(a, at, c); });
    detail::for_each_value<&statement::resource>(s, [&](std::string_view r, const std::string& at) { detail::check_resource(r, at, c); });
    detail::for_each_value<&statement::not_resource>(s, [&](std::string_view r, const std::string& at) { detail::check_resource(r, at, c); });
    if (s.principal) detail::check_principal(*s.principal, core::member<&statement::principal>.name, c);
    if (s.not_principal) detail::check_principal(*s.not_principal, core::member<&statement::not_principal>.name, c);
    if (s.condition) detail::check_condition(*s.condition, c);

    // IAM-003: 2008-10-17 (and an absent Version) reads ${...} as the characters themselves.
    if (doc && !(doc->version && *doc->version == policy_version::v2012_10_17)) {
        bool warned = false;
        auto variables = [&](std::string_view r, const std::string& at) {
            if (!warned && r.find("${") != std::string_view::npos) {
                c.warning("IAM-003", at,
                          core::cat("\"", r, "\" holds a policy variable, which IAM substitutes only with Version "
                                             "\"2012-10-17\"; with this policy's version it matches the text \"${...}\""));
                warned = true;
            }
        };
        detail::for_each_value<&statement::resource>(s, variables);
        detail::for_each_value<&statement::not_resource>(s, variables);
    }

    // Access Analyzer's security warnings.
    if (detail::allows(s)) {
        bool star = false;
        detail::for_each_value<&statement::resource>(s, [&](std::string_view r, const std::string&) { star = star || r == "*"; });
        const bool broad = star || s.not_resource.has_value();
        const auto where = s.resource ? core::member<&statement::resource> : core::member<&statement::not_resource>;
        // IAM-026
        if (broad && detail::names_action(s, "iam:passrole"))
            c.warning("IAM-026", where,
                      "the statement allows iam:PassRole on every role (Resource \"*\" or NotResource): whoever holds it "
                      "can hand any role, an administrator's too, to a service; name the roles' ARNs");
        // IAM-028
        if (broad && detail::names_action(s, "iam:createservicelinkedrole"))
            c.warning("IAM-028", where,
                      "the statement allows iam:CreateServiceLinkedRole on every service-linked role: name the roles' "
                      "ARNs or limit iam:AWSServiceName with a condition");
        // IAM-027
        if (s.not_principal)
            c.warning("IAM-027", core::member<&statement::not_principal>,
                      "Allow with NotPrincipal grants everyone but the principals named, anonymous users included; use "
                      "Principal with the principals to allow");
    }
}

void validate_rules(const policy_document& p, core::checker_like auto& c) {
    // IAM-002
    if (!p.version)
        c.warning("IAM-002", "",
                  "the policy has no Version: IAM reads it as \"2008-10-17\", which does not substitute policy "
                  "variables; give \"Version\": \"2012-10-17\"");
    // IAM-004
    if (const auto* list = p.statement.get_if<std::vector<statement>>(); list && list->empty())
        c.error("IAM-004", core::member<&policy_document::statement>, "the policy has no statement");
    // IAM-023: Sids are the statements' names; a repeat is refused.
    const auto all = statements_of(p);
    auto repeats = core::find_repeats(all.size(), [&](std::size_t i) -> std::optional<std::string_view> {
        if (all[i]->sid && !all[i]->sid->empty()) return std::string_view(*all[i]->sid);
        return std::nullopt;
    });
    for (const auto& r : repeats)
        c.error("IAM-023", core::pointer(detail::statement_pointer(p, r.index), core::member<&statement::sid>),
                core::cat("Sid \"", *all[r.index]->sid, "\" is also statement ", r.first, "'s: Sids are unique in a policy"));
    // IAM-025: the size quota of the policy's use, whitespace not counted.
    if (const policy_use* use = c.template document<policy_use>(); use && use->max_characters) {
        const std::string text = core::encode(p);
        std::size_t n = 0;
        for (char ch : text) n += (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') ? 0 : 1;
        if (n > use->max_characters)
            c.error("IAM-025", "",
                    core::cat("the policy has ", n, " characters without whitespace; the quota of ", use->quota_of, " is ",
                              use->max_characters));
    }
}

} // namespace awsmodel::iam

#endif
