// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_IAM_POLICY_VALUES_HPP
#define AWSMODEL_IAM_POLICY_VALUES_HPP

/// The forms of the strings a policy holds: action names, resource ARNs with wildcards and policy
/// variables, principals, and condition values by operator type.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html

#include <awsmodel/core/diagnostic.hpp>
#include <awsmodel/iam/condition.hpp>
#include <awsmodel/iam/wildcard.hpp>

#include <boost/json/value.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace awsmodel::iam {

constexpr bool is_lower_alnum(char ch) noexcept { return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'); }
constexpr bool is_alnum(char ch) noexcept {
    return is_lower_alnum(ch) || (ch >= 'A' && ch <= 'Z');
}

constexpr bool is_alphanumeric(std::string_view s) noexcept {
    for (char ch : s)
        if (!is_alnum(ch)) return false;
    return true;
}

/// A service prefix: letters, digits and hyphens (with wildcards when `wildcards`). IAM writes
/// prefixes in lower case but compares actions, prefixes included, without regard to case, so
/// "SNS:Publish" is sns:Publish.
constexpr bool is_service_prefix(std::string_view s, bool wildcards) noexcept {
    if (s.empty()) return false;
    for (char ch : s)
        if (!(is_alnum(ch) || ch == '-' || (wildcards && (ch == '*' || ch == '?')))) return false;
    return true;
}

/// An ARN's service field: lower case only (ARNs compare with regard to case).
constexpr bool is_arn_service(std::string_view s) noexcept {
    if (s.empty()) return false;
    for (char ch : s)
        if (!(is_lower_alnum(ch) || ch == '-')) return false;
    return true;
}

/// An action name: letters and digits, with * and ? as wildcards.
constexpr bool is_action_name(std::string_view s) noexcept {
    if (s.empty()) return false;
    for (char ch : s)
        if (!(is_alnum(ch) || ch == '*' || ch == '?')) return false;
    return true;
}

/// Whether the text inside `${...}` is a policy variable: `*`, `?` or `$` (the escapes), or a
/// condition key `prefix:name` (the prefix letters, digits, dots and hyphens: aws, s3,
/// www.amazon.com), with an optional `, 'default'`.
constexpr bool is_policy_variable(std::string_view inner) noexcept {
    if (inner == "*" || inner == "?" || inner == "$") return true;
    if (std::size_t comma = inner.find(','); comma != std::string_view::npos) inner = inner.substr(0, comma);
    while (!inner.empty() && inner.back() == ' ') inner.remove_suffix(1);
    const std::size_t colon = inner.find(':');
    if (colon == 0 || colon == std::string_view::npos || colon + 1 >= inner.size()) return false;
    for (char ch : inner.substr(0, colon))
        if (!(is_alnum(ch) || ch == '.' || ch == '-')) return false;
    const std::string_view name = inner.substr(colon + 1);
    if (name.front() == ':') return false; // "AWS::AccountId" is CloudFormation's, not IAM's
    for (char ch : name)
        if (!(is_alnum(ch) || ch == '/' || ch == '-' || ch == '_' || ch == '.' || ch == ':' || ch == '@')) return false;
    return true;
}

/// The first `${...}` of `s` that is not a policy variable (or an unclosed `${`).
constexpr std::optional<std::string_view> first_placeholder(std::string_view s) noexcept {
    std::size_t pos = 0;
    while ((pos = s.find("${", pos)) != std::string_view::npos) {
        const std::size_t end = s.find('}', pos);
        if (end == std::string_view::npos) return s.substr(pos);
        if (!is_policy_variable(s.substr(pos + 2, end - pos - 2))) return s.substr(pos, end - pos + 1);
        pos = end + 1;
    }
    return std::nullopt;
}

/// The parts of a Resource ARN, which may hold wildcards and policy variables.
struct policy_arn {
    std::string_view partition, service, region, account, resource;
};

namespace detail {
constexpr bool wild_or_variable(std::string_view s) noexcept {
    return has_wildcard(s) || s.find("${") != std::string_view::npos;
}
} // namespace detail

/// Splits a Resource ARN: colons inside `${...}` do not split, a partition of AWS's (or a
/// wildcard), a service, a region of letters, digits and hyphens, an account of 12 digits,
/// `aws` (AWS managed policies) or none; wildcards and variables stand for any of them.
constexpr std::optional<policy_arn> parse_policy_arn(std::string_view s) noexcept {
    std::string_view f[5];
    std::size_t pos = 0;
    for (int i = 0; i < 5; ++i) {
        std::size_t c = pos;
        for (; c < s.size() && s[c] != ':'; ++c)
            if (s[c] == '$' && c + 1 < s.size() && s[c + 1] == '{') {
                const std::size_t end = s.find('}', c);
                if (end == std::string_view::npos) return std::nullopt;
                c = end;
            }
        if (c >= s.size()) return std::nullopt;
        f[i] = s.substr(pos, c - pos);
        pos = c + 1;
    }
    policy_arn a{f[1], f[2], f[3], f[4], s.substr(pos)};
    if (f[0] != "arn" || a.service.empty() || a.resource.empty()) return std::nullopt;
    if (!detail::wild_or_variable(a.partition) && a.partition != "aws" && !a.partition.starts_with("aws-"))
        return std::nullopt;
    if (!detail::wild_or_variable(a.service) && !is_arn_service(a.service)) return std::nullopt;
    if (!detail::wild_or_variable(a.region))
        for (char ch : a.region)
            if (!(is_lower_alnum(ch) || ch == '-')) return std::nullopt;
    if (!a.account.empty() && a.account != "aws" && a.account.find("${") == std::string_view::npos) {
        if (a.account.size() > 12) return std::nullopt;
        for (char ch : a.account)
            if (!((ch >= '0' && ch <= '9') || ch == '*' || ch == '?')) return std::nullopt;
        if (!has_wildcard(a.account) && a.account.size() != 12) return std::nullopt;
    }
    return a;
}

constexpr bool is_account_id(std::string_view s) noexcept {
    if (s.size() != 12) return false;
    for (char ch : s)
        if (ch < '0' || ch > '9') return false;
    return true;
}

/// An AWS principal: "*", an account, an IAM or STS ARN of a root, user, role or session, or the
/// unique id IAM writes in place of a deleted principal's ARN (AIDA..., AROA...).
constexpr bool is_aws_principal(std::string_view s) noexcept {
    if (s == "*" || is_account_id(s)) return true;
    if (s.size() == 21 && s[0] == 'A') {
        bool id = true;
        for (char ch : s) id = id && ((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'));
        if (id) return true;
    }
    auto a = parse_policy_arn(s);
    if (!a || !a->region.empty() || !is_account_id(a->account)) return false;
    if (a->service == "iam")
        return a->resource == "root" || a->resource.starts_with("user/") || a->resource.starts_with("role/") ||
               a->resource.starts_with("federated-user/");
    if (a->service == "sts") return a->resource.starts_with("assumed-role/") || a->resource.starts_with("federated-user/");
    return false;
}

/// A service principal: a host name under amazonaws.com (or amazonaws.com.cn).
constexpr bool is_service_principal(std::string_view s) noexcept {
    if (!(s.ends_with(".amazonaws.com") || s.ends_with(".amazonaws.com.cn"))) return false;
    for (char ch : s)
        if (!(is_lower_alnum(ch) || ch == '.' || ch == '-')) return false;
    return s.front() != '.';
}

constexpr bool is_federated_principal(std::string_view s) noexcept {
    if (s == "cognito-identity.amazonaws.com" || s == "www.amazon.com" || s == "graph.facebook.com" ||
        s == "accounts.google.com")
        return true;
    auto a = parse_policy_arn(s);
    return a && a->service == "iam" && is_account_id(a->account) &&
           (a->resource.starts_with("saml-provider/") || a->resource.starts_with("oidc-provider/"));
}

constexpr bool is_canonical_user(std::string_view s) noexcept {
    if (s.size() != 64) return false;
    for (char ch : s)
        if (!((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f'))) return false;
    return true;
}

/// The actions a trust policy may grant (with wildcards: those that match one of them).
constexpr bool is_trust_action(std::string_view a) noexcept {
    constexpr std::string_view allowed[] = {"sts:assumerole", "sts:assumerolewithsaml", "sts:assumerolewithwebidentity",
                                            "sts:tagsession", "sts:setsourceidentity", "sts:setcontext"};
    if (a == "*") return true;
    for (std::string_view x : allowed)
        if (wildcard_match(a, x, true)) return true;
    return false;
}

/// Calls `f(scalar, index)` for each value of a condition key: the value itself (no index), or
/// each element of a list; nullptr for an element that is itself a list or an object.
template <class F>
void for_each_condition_value(const boost::json::value& v, F&& f) {
    if (!v.is_array()) {
        f(v.is_array() || v.is_object() ? nullptr : &v, std::nullopt);
        return;
    }
    std::size_t i = 0;
    for (const auto& e : v.get_array()) {
        f(e.is_array() || e.is_object() ? nullptr : &e, std::optional<std::size_t>(i));
        ++i;
    }
}

namespace detail {
constexpr bool is_number_text(std::string_view s) noexcept {
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
    if (s.empty()) return false;
    bool digits = false, dot = false;
    for (char ch : s) {
        if (ch >= '0' && ch <= '9')
            digits = true;
        else if (ch == '.' && !dot)
            dot = true;
        else
            return false;
    }
    return digits;
}
constexpr bool digits(std::string_view s, std::size_t n) noexcept {
    if (s.size() < n) return false;
    for (std::size_t i = 0; i < n; ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}
/// ISO 8601 as IAM reads dates: a date, optionally a time to the minute, second or fraction, and
/// Z or an offset; or epoch seconds.
constexpr bool is_date_text(std::string_view s) noexcept {
    if (is_number_text(s)) return true;
    if (!digits(s, 4) || s.size() < 10 || s[4] != '-' || !digits(s.substr(5), 2) || s[7] != '-' || !digits(s.substr(8), 2))
        return false;
    s.remove_prefix(10);
    if (s.empty()) return true;
    if (s[0] != 'T' || !digits(s.substr(1), 2) || s.size() < 6 || s[3] != ':' || !digits(s.substr(4), 2)) return false;
    s.remove_prefix(6);
    if (!s.empty() && s[0] == ':') {
        if (!digits(s.substr(1), 2)) return false;
        s.remove_prefix(3);
        if (!s.empty() && s[0] == '.') {
            s.remove_prefix(1);
            while (!s.empty() && s[0] >= '0' && s[0] <= '9') s.remove_prefix(1);
        }
    }
    if (s.empty() || s == "Z") return true;
    return (s[0] == '+' || s[0] == '-') && s.size() == 6 && digits(s.substr(1), 2) && s[3] == ':' && digits(s.substr(4), 2);
}
constexpr bool is_ipv4_cidr(std::string_view s) noexcept {
    std::size_t slash = s.find('/');
    std::string_view addr = s.substr(0, slash);
    int parts = 0;
    while (!addr.empty()) {
        std::size_t dot = addr.find('.');
        std::string_view p = addr.substr(0, dot);
        if (p.empty() || p.size() > 3) return false;
        int v = 0;
        for (char ch : p) {
            if (ch < '0' || ch > '9') return false;
            v = v * 10 + (ch - '0');
        }
        if (v > 255) return false;
        ++parts;
        if (dot == std::string_view::npos) break;
        addr.remove_prefix(dot + 1);
        if (addr.empty()) return false;
    }
    if (parts != 4) return false;
    if (slash == std::string_view::npos) return true;
    std::string_view bits = s.substr(slash + 1);
    if (bits.empty() || bits.size() > 2 || !digits(bits, bits.size())) return false;
    return (bits.size() == 1 ? bits[0] - '0' : (bits[0] - '0') * 10 + (bits[1] - '0')) <= 32;
}
constexpr bool is_ipv6_cidr(std::string_view s) noexcept {
    std::size_t slash = s.find('/');
    std::string_view addr = s.substr(0, slash);
    if (addr.find(':') == std::string_view::npos) return false;
    for (char ch : addr)
        if (!((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F') || ch == ':' || ch == '.'))
            return false;
    if (slash == std::string_view::npos) return true;
    std::string_view bits = s.substr(slash + 1);
    return !bits.empty() && bits.size() <= 3 && digits(bits, bits.size());
}
constexpr bool is_base64_text(std::string_view s) noexcept {
    if (s.empty() || s.size() % 4) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char ch = s[i];
        if (!(is_alnum(ch) || ch == '+' || ch == '/' || (ch == '=' && i + 2 >= s.size()))) return false;
    }
    return true;
}
} // namespace detail

/// Whether a scalar condition value fits what the operator compares. Strings and numbers are
/// interchangeable where IAM converts them (a number for StringEquals, "10" for NumericLessThan);
/// a `${...}` variable stands for a value of any type.
inline bool value_has_type(const boost::json::value& v, condition_value_type type) {
    if (v.is_null()) return false;
    std::string_view s = v.is_string() ? std::string_view(v.get_string()) : std::string_view{};
    if (v.is_string() && s.find("${") != std::string_view::npos) return true;
    switch (type) {
    case condition_value_type::string: return true;
    case condition_value_type::number: return v.is_number() || (v.is_string() && detail::is_number_text(s));
    case condition_value_type::date: return v.is_number() || (v.is_string() && detail::is_date_text(s));
    case condition_value_type::boolean: return v.is_bool() || (v.is_string() && (iequals(s, "true") || iequals(s, "false")));
    case condition_value_type::binary: return v.is_string() && detail::is_base64_text(s);
    case condition_value_type::ip_address: return v.is_string() && (detail::is_ipv4_cidr(s) || detail::is_ipv6_cidr(s));
    case condition_value_type::arn: return v.is_string() && (s.starts_with("arn:") || s == "*");
    }
    return false;
}

inline std::string_view describe(condition_value_type t) {
    switch (t) {
    case condition_value_type::string: return "a string";
    case condition_value_type::number: return "a number";
    case condition_value_type::date: return "a date (ISO 8601, such as 2026-01-31T12:00:00Z, or epoch seconds)";
    case condition_value_type::boolean: return "a boolean (true or false)";
    case condition_value_type::binary: return "base64 text";
    case condition_value_type::ip_address: return "an IP address or CIDR block";
    case condition_value_type::arn: return "an ARN";
    }
    return "a value";
}

inline std::string describe_value(const boost::json::value& v) {
    if (v.is_string()) return core::cat("\"", std::string_view(v.get_string()), "\"");
    if (v.is_bool()) return v.get_bool() ? "true" : "false";
    if (v.is_null()) return "null";
    if (v.is_number()) return "a number";
    return "a list or an object";
}

} // namespace awsmodel::iam

#endif
