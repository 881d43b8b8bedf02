// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_IAM_EVALUATION_HPP
#define AWSMODEL_IAM_EVALUATION_HPP

/// Whether a set of identity-based policies allows an action on a resource: IAM's evaluation
/// within one account, without SCPs, permissions boundaries, session policies or resource-based
/// policies. An explicit Deny wins; otherwise an Allow allows; otherwise the request is denied
/// implicitly. A condition whose operator this evaluator does not implement (BinaryEquals, IPv6
/// ranges, an unknown operator) makes its statement undecided, and the answer says so rather than
/// guessing: `decision::undecided` with the reasons.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html

#include <awsmodel/core/string_map.hpp>
#include <awsmodel/core/timestamp.hpp>
#include <awsmodel/iam/condition.hpp>
#include <awsmodel/iam/policy_document.hpp>
#include <awsmodel/iam/policy_values.hpp>
#include <awsmodel/iam/wildcard.hpp>

#include <boost/json/value.hpp>

#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::iam {

/// The request's condition keys and their values (one for a single-valued key, several for a
/// multivalued one such as aws:TagKeys). Keys compare without regard to case.
struct request_context {
    std::vector<std::pair<std::string, std::vector<std::string>>> keys;

    request_context& set(std::string key, std::vector<std::string> values) {
        keys.emplace_back(std::move(key), std::move(values));
        return *this;
    }
    const std::vector<std::string>* find(std::string_view key) const noexcept {
        for (const auto& [k, v] : keys)
            if (iequals(k, key)) return &v;
        return nullptr;
    }
};

enum class decision {
    allowed,        ///< an Allow applies and no Deny does
    implicit_deny,  ///< no statement applies
    explicit_deny,  ///< a Deny applies
    undecided,      ///< a statement that could change the answer has a condition this evaluator cannot decide
};

/// Where a statement is: the policy's index in the list and the statement's in the policy.
struct statement_ref {
    std::size_t policy = 0;
    std::size_t statement = 0;
};

struct evaluation {
    iam::decision decision = decision::implicit_deny;
    /// The statement that decided (an Allow or a Deny), when one did.
    std::optional<statement_ref> by;
    /// Why statements stayed undecided: "BinaryEquals is not evaluated (policy 0, statement 2)".
    std::vector<std::string> undecided;

    bool allowed() const noexcept { return decision == decision::allowed; }
};

namespace detail {

enum class tri { no, yes, unknown };

/// Substitutes policy variables from the request (Version 2012-10-17 only); nothing when a
/// variable's key is absent, which IAM treats as a value that matches nothing.
inline std::optional<std::string> substitute(std::string_view s, const request_context& ctx, bool variables) {
    if (!variables || s.find("${") == std::string_view::npos) return std::string(s);
    std::string out;
    std::size_t pos = 0;
    while (pos < s.size()) {
        std::size_t start = s.find("${", pos);
        if (start == std::string_view::npos) {
            out += s.substr(pos);
            break;
        }
        out += s.substr(pos, start - pos);
        std::size_t end = s.find('}', start);
        if (end == std::string_view::npos) {
            out += s.substr(start);
            break;
        }
        std::string_view inner = s.substr(start + 2, end - start - 2);
        if (inner == "*" || inner == "?" || inner == "$")
            out += inner == "$" ? "$" : inner == "*" ? "*" : "?";
        else {
            std::string_view key = inner, fallback;
            bool has_default = false;
            if (std::size_t comma = inner.find(','); comma != std::string_view::npos) {
                key = inner.substr(0, comma);
                fallback = inner.substr(comma + 1);
                while (!fallback.empty() && fallback.front() == ' ') fallback.remove_prefix(1);
                if (fallback.size() >= 2 && fallback.front() == '\'' && fallback.back() == '\'') {
                    fallback = fallback.substr(1, fallback.size() - 2);
                    has_default = true;
                }
                while (!key.empty() && key.back() == ' ') key.remove_suffix(1);
            }
            const auto* v = ctx.find(key);
            if (v && v->size() == 1)
                out += (*v)[0];
            else if (has_default)
                out += fallback;
            else
                return std::nullopt;
        }
        pos = end + 1;
    }
    return out;
}

inline std::optional<double> number_of(std::string_view s) {
    if (!detail::is_number_text(s)) return std::nullopt;
    return std::strtod(std::string(s).c_str(), nullptr);
}

inline std::optional<double> date_of(std::string_view s) {
    if (detail::is_number_text(s)) return number_of(s);
    std::string text(s);
    if (text.size() == 10) text += "T00:00:00Z";
    auto tp = core::parse_iso8601(text);
    if (!tp) return std::nullopt;
    return std::chrono::duration<double>(tp->time_since_epoch()).count();
}

inline std::optional<std::uint32_t> ipv4_of(std::string_view s) {
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
        std::size_t dot = s.find('.');
        std::string_view part = s.substr(0, dot);
        unsigned octet = 0;
        auto [p, ec] = std::from_chars(part.data(), part.data() + part.size(), octet);
        if (ec != std::errc{} || p != part.data() + part.size() || octet > 255) return std::nullopt;
        v = (v << 8) | octet;
        if (i < 3) {
            if (dot == std::string_view::npos) return std::nullopt;
            s.remove_prefix(dot + 1);
        } else if (dot != std::string_view::npos) {
            return std::nullopt;
        }
    }
    return v;
}

/// One request value against one policy value, for the positive form of the operator.
inline tri matches(condition_operator op, std::string_view policy_value, std::string_view request_value) {
    using o = condition_operator;
    switch (op) {
    case o::string_equals: case o::string_not_equals: return policy_value == request_value ? tri::yes : tri::no;
    case o::string_equals_ignore_case: case o::string_not_equals_ignore_case:
        return iequals(policy_value, request_value) ? tri::yes : tri::no;
    case o::string_like: case o::string_not_like: return wildcard_match(policy_value, request_value) ? tri::yes : tri::no;
    case o::arn_equals: case o::arn_not_equals: return policy_value == request_value ? tri::yes : tri::no;
    case o::arn_like: case o::arn_not_like: return wildcard_match(policy_value, request_value) ? tri::yes : tri::no;
    case o::bool_: return iequals(policy_value, request_value) ? tri::yes : tri::no;
    case o::numeric_equals: case o::numeric_not_equals: case o::numeric_less_than: case o::numeric_less_than_equals:
    case o::numeric_greater_than: case o::numeric_greater_than_equals:
    case o::date_equals: case o::date_not_equals: case o::date_less_than: case o::date_less_than_equals:
    case o::date_greater_than: case o::date_greater_than_equals: {
        const bool date = value_type_of(op) == condition_value_type::date;
        auto p = date ? date_of(policy_value) : number_of(policy_value);
        auto r = date ? date_of(request_value) : number_of(request_value);
        if (!p || !r) return tri::no;
        switch (op) {
        case o::numeric_equals: case o::numeric_not_equals: case o::date_equals: case o::date_not_equals:
            return *r == *p ? tri::yes : tri::no;
        case o::numeric_less_than: case o::date_less_than: return *r < *p ? tri::yes : tri::no;
        case o::numeric_less_than_equals: case o::date_less_than_equals: return *r <= *p ? tri::yes : tri::no;
        case o::numeric_greater_than: case o::date_greater_than: return *r > *p ? tri::yes : tri::no;
        default: return *r >= *p ? tri::yes : tri::no;
        }
    }
    case o::ip_address: case o::not_ip_address: {
        std::size_t slash = policy_value.find('/');
        auto net = ipv4_of(policy_value.substr(0, slash));
        auto addr = ipv4_of(request_value);
        if (!net) return tri::unknown; // IPv6 ranges are not evaluated
        if (!addr) return request_value.find(':') != std::string_view::npos ? tri::unknown : tri::no;
        unsigned bits = 32;
        if (slash != std::string_view::npos) bits = static_cast<unsigned>(std::atoi(std::string(policy_value.substr(slash + 1)).c_str()));
        const std::uint32_t mask = bits == 0 ? 0 : ~std::uint32_t(0) << (32 - bits);
        return (*net & mask) == (*addr & mask) ? tri::yes : tri::no;
    }
    default: return tri::unknown;
    }
}

constexpr bool negated(condition_operator op) noexcept {
    using o = condition_operator;
    return op == o::string_not_equals || op == o::string_not_equals_ignore_case || op == o::string_not_like ||
           op == o::numeric_not_equals || op == o::date_not_equals || op == o::not_ip_address ||
           op == o::arn_not_equals || op == o::arn_not_like;
}

inline std::string scalar_text(const boost::json::value& v) {
    if (v.is_string()) return std::string(v.get_string());
    if (v.is_bool()) return v.get_bool() ? "true" : "false";
    if (v.is_int64()) return std::to_string(v.get_int64());
    if (v.is_uint64()) return std::to_string(v.get_uint64());
    if (v.is_double()) return std::to_string(v.get_double());
    return {};
}

/// One key's condition: whether a request value matches any of the policy's values.
inline tri any_policy_value(condition_operator op, const std::vector<std::string>& values, std::string_view request_value) {
    tri result = tri::no;
    for (const auto& p : values) {
        tri t = matches(op, p, request_value);
        if (t == tri::yes) return tri::yes;
        if (t == tri::unknown) result = tri::unknown;
    }
    return result;
}

inline tri negate(tri t) { return t == tri::yes ? tri::no : t == tri::no ? tri::yes : tri::unknown; }

inline tri evaluate_key(const parsed_operator& op, const std::vector<std::string>& policy_values,
                        const std::vector<std::string>* request_values) {
    if (op.base == condition_operator::null) {
        const bool want_absent = !policy_values.empty() && iequals(policy_values[0], "true");
        const bool absent = request_values == nullptr || request_values->empty();
        return absent == want_absent ? tri::yes : tri::no;
    }
    const bool absent = request_values == nullptr || request_values->empty();
    if (absent) {
        if (op.qualifier == set_qualifier::for_all_values) return tri::yes;
        if (op.qualifier == set_qualifier::for_any_value) return tri::no;
        if (op.if_exists) return tri::yes;
        return negated(op.base) ? tri::yes : tri::no;
    }
    // Per request value: does it match (the positive form)?
    auto positive = [&](const std::string& r) { return any_policy_value(op.base, policy_values, r); };
    const bool neg = negated(op.base);
    if (op.qualifier == set_qualifier::for_all_values) {
        tri all = tri::yes;
        for (const auto& r : *request_values) {
            tri t = neg ? negate(positive(r)) : positive(r);
            if (t == tri::no) return tri::no;
            if (t == tri::unknown) all = tri::unknown;
        }
        return all;
    }
    // ForAnyValue and single-valued keys: any request value.
    tri any = tri::no;
    for (const auto& r : *request_values) {
        tri t = neg && op.qualifier == set_qualifier::for_any_value ? negate(positive(r)) : positive(r);
        if (t == tri::yes) {
            any = tri::yes;
            break;
        }
        if (t == tri::unknown) any = tri::unknown;
    }
    return neg && op.qualifier == set_qualifier::none ? negate(any) : any;
}

inline tri evaluate_condition(const condition_block& block, const request_context& ctx, bool variables,
                              std::vector<std::string>& why) {
    tri all = tri::yes;
    for (const auto& [name, keys] : block) {
        auto op = parse_operator(name);
        if (!op || op->base == condition_operator::binary_equals) {
            why.push_back(core::cat(name, " is not evaluated"));
            all = tri::unknown;
            continue;
        }
        for (const auto& entry : keys) {
            std::vector<std::string> values;
            bool unresolved = false;
            for_each_condition_value(entry.second.get(), [&](const boost::json::value* v, std::optional<std::size_t>) {
                if (!v) return;
                auto s = substitute(scalar_text(*v), ctx, variables);
                if (s)
                    values.push_back(std::move(*s));
                else
                    unresolved = true;
            });
            if (unresolved && values.empty()) return tri::no;
            tri t = evaluate_key(*op, values, ctx.find(entry.first));
            if (t == tri::no) return tri::no;
            if (t == tri::unknown) {
                why.push_back(core::cat(name, " on ", entry.first, " is not evaluated for this value"));
                all = tri::unknown;
            }
        }
    }
    return all;
}

inline bool any_pattern(const std::optional<string_or_list>& patterns, std::string_view value, bool ignore_case,
                        const request_context& ctx, bool variables) {
    if (!patterns) return false;
    for (std::string_view p : values_of(*patterns)) {
        auto s = substitute(p, ctx, variables);
        if (s && wildcard_match(*s, value, ignore_case)) return true;
    }
    return false;
}

} // namespace detail

/// Whether `policies` (identity-based) allow `action` on `resource` with the request's `context`.
inline evaluation evaluate(const std::vector<const policy_document*>& policies, std::string_view action,
                           std::string_view resource, const request_context& context = {}) {
    evaluation out;
    std::optional<statement_ref> allow, deny_unknown, allow_unknown;
    for (std::size_t p = 0; p < policies.size(); ++p) {
        const policy_document& doc = *policies[p];
        const bool variables = doc.version && *doc.version == policy_version::v2012_10_17;
        bool decided_deny = false;
        for_each_statement(doc, [&](const statement& s, std::size_t i) {
            if (decided_deny || !s.effect || !s.effect->is_known()) return;
            const bool action_applies = s.action ? detail::any_pattern(s.action, action, true, context, false)
                                        : s.not_action ? !detail::any_pattern(s.not_action, action, true, context, false)
                                                       : false;
            if (!action_applies) return;
            const bool resource_applies = s.resource ? detail::any_pattern(s.resource, resource, false, context, variables)
                                          : s.not_resource
                                              ? !detail::any_pattern(s.not_resource, resource, false, context, variables)
                                              : false;
            if (!resource_applies) return;
            detail::tri cond = detail::tri::yes;
            std::vector<std::string> why;
            if (s.condition) cond = detail::evaluate_condition(*s.condition, context, variables, why);
            const statement_ref ref{p, i};
            const bool deny = *s.effect == effect::deny;
            if (cond == detail::tri::no) return;
            if (cond == detail::tri::unknown) {
                for (auto& w : why) out.undecided.push_back(core::cat(w, " (policy ", p, ", statement ", i, ")"));
                (deny ? deny_unknown : allow_unknown) = ref;
                return;
            }
            if (deny) {
                out.decision = decision::explicit_deny;
                out.by = ref;
                decided_deny = true;
            } else if (!allow) {
                allow = ref;
            }
        });
        if (out.decision == decision::explicit_deny) return out;
    }
    if (deny_unknown) {
        out.decision = decision::undecided;
        out.by = deny_unknown;
    } else if (allow) {
        out.decision = decision::allowed;
        out.by = allow;
    } else if (allow_unknown) {
        out.decision = decision::undecided;
        out.by = allow_unknown;
    } else {
        out.decision = decision::implicit_deny;
    }
    return out;
}

inline evaluation evaluate(const policy_document& policy, std::string_view action, std::string_view resource,
                           const request_context& context = {}) {
    return evaluate(std::vector<const policy_document*>{&policy}, action, resource, context);
}

} // namespace awsmodel::iam

#endif
