// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_SECRET_REFERENCE_HPP
#define AWSMODEL_ECS_SECRET_REFERENCE_HPP

/// What a `valueFrom` of `secrets` or `logConfiguration.secretOptions` may name (ECS-TD-096), read
/// into its parts. Container overrides of RunTask take the same forms.
/// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-secrets-manager.html
/// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-ssm-paramstore.html

#include <awsmodel/core/arn.hpp>
#include <awsmodel/core/diagnostic.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace awsmodel::ecs {

/// Where the agent fetches a secret from.
enum class secret_source {
    secrets_manager,    ///< a Secrets Manager secret ARN
    parameter_arn,      ///< an SSM Parameter Store parameter ARN (any Region)
    parameter_name,     ///< an SSM parameter name or path: the task's own Region only
};

/// A `valueFrom` read into its parts; views into the text it came from.
struct secret_reference {
    secret_source source = secret_source::parameter_name;
    /// The secret's name as the ARN writes it (with Secrets Manager's 6-character suffix, if
    /// given), or the parameter's name or path.
    std::string_view name;
    /// Secrets Manager only: the JSON key, version stage and version id that select one value of
    /// the secret; each empty when not given (`...:secret:db-AbCdEf:password::`).
    std::string_view json_key, version_stage, version_id;
    /// The ARN's parts for the two ARN forms.
    std::optional<core::arn_parts> arn;
};

/// Why a `valueFrom` is none of the accepted forms.
enum class secret_reference_problem {
    none,
    empty,
    malformed_arn,      ///< starts with arn: but is not an ARN
    wrong_service,      ///< an ARN of neither Secrets Manager nor Systems Manager
    secret_resource,    ///< a Secrets Manager ARN whose resource is not secret:<name>[:<key>:<stage>:<id>]
    parameter_resource, ///< an SSM ARN whose resource is not parameter/<name>
    parameter_name,     ///< a bare name with characters SSM does not allow, or a path without its leading /
};

namespace detail {

// SSM parameter names: letters, digits, _ . - and / between the levels of a hierarchy.
constexpr bool ssm_parameter_chars(std::string_view s) noexcept {
    for (char ch : s)
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_' ||
              ch == '.' || ch == '-' || ch == '/'))
            return false;
    return true;
}

// Secrets Manager names: letters, digits and / _ + = . @ -, and the ! of the secrets other
// services manage ("rds!cluster-...").
constexpr bool secret_name_chars(std::string_view s) noexcept {
    for (char ch : s)
        // Compared one by one: a find() in the list of symbols is a library call per character.
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '/' ||
              ch == '_' || ch == '+' || ch == '=' || ch == '.' || ch == '@' || ch == '-' || ch == '!'))
            return false;
    return true;
}

struct secret_reference_reading {
    secret_reference_problem problem = secret_reference_problem::none;
    secret_reference ref;
};

constexpr secret_reference_reading read_secret_reference(std::string_view s) noexcept {
    secret_reference_reading r;
    if (s.empty()) {
        r.problem = secret_reference_problem::empty;
        return r;
    }
    if (!s.starts_with("arn:")) {
        // A parameter in a hierarchy is named by its full path, which starts with /.
        bool ok = s.size() <= 2048 && ssm_parameter_chars(s) &&
                  (s.find('/') == std::string_view::npos || s.front() == '/') && s != "/" && !s.ends_with("/") &&
                  s.find("//") == std::string_view::npos;
        if (!ok) r.problem = secret_reference_problem::parameter_name;
        r.ref.source = secret_source::parameter_name;
        r.ref.name = s;
        return r;
    }
    auto a = core::parse_arn(s);
    if (!a) {
        r.problem = secret_reference_problem::malformed_arn;
        return r;
    }
    r.ref.arn = a;
    if (a->service == "secretsmanager") {
        r.ref.source = secret_source::secrets_manager;
        // secret:<name> or secret:<name>:<json-key>:<version-stage>:<version-id>; the agent splits
        // on ':' and accepts exactly these two shapes (empty fields keep their colons).
        std::string_view rest = a->resource;
        std::string_view parts[5];
        std::size_t n = 0;
        for (;;) {
            std::size_t colon = rest.find(':');
            if (n < 5) parts[n] = rest.substr(0, colon);
            ++n;
            if (colon == std::string_view::npos) break;
            rest.remove_prefix(colon + 1);
        }
        if (parts[0] != "secret" || (n != 2 && n != 5) || parts[1].empty() || !secret_name_chars(parts[1])) {
            r.problem = secret_reference_problem::secret_resource;
            return r;
        }
        r.ref.name = parts[1];
        if (n == 5) {
            r.ref.json_key = parts[2];
            r.ref.version_stage = parts[3];
            r.ref.version_id = parts[4];
        }
        return r;
    }
    if (a->service == "ssm") {
        r.ref.source = secret_source::parameter_arn;
        std::string_view res = a->resource;
        constexpr std::string_view prefix = "parameter/";
        std::string_view name = res.starts_with(prefix) ? res.substr(prefix.size()) : std::string_view{};
        if (name.empty() || !ssm_parameter_chars(name) || name.front() == '/' || name.ends_with("/") ||
            name.find("//") != std::string_view::npos) {
            r.problem = secret_reference_problem::parameter_resource;
            return r;
        }
        r.ref.name = name;
        return r;
    }
    r.problem = secret_reference_problem::wrong_service;
    return r;
}

} // namespace detail

/// The parts of a `valueFrom`; nothing when it is none of the forms ECS accepts.
constexpr std::optional<secret_reference> parse_secret_reference(std::string_view s) noexcept {
    auto r = detail::read_secret_reference(s);
    if (r.problem != secret_reference_problem::none) return std::nullopt;
    return r.ref;
}

/// What is wrong with a `valueFrom`, or `none`.
constexpr secret_reference_problem check_secret_reference(std::string_view s) noexcept {
    return detail::read_secret_reference(s).problem;
}

/// The sentence for a person. It leaves the value's text out only where it is not a reference at
/// all (an empty one); a reference names where a secret is, not the secret.
inline std::string secret_reference_message(secret_reference_problem p, std::string_view s) {
    using core::cat;
    constexpr std::string_view forms =
        "use a Secrets Manager secret ARN (arn:aws:secretsmanager:<region>:<account>:secret:<name>, optionally "
        "followed by :<json-key>:<version-stage>:<version-id>), an SSM parameter ARN "
        "(arn:aws:ssm:<region>:<account>:parameter/<name>), or the name of an SSM parameter in the task's Region";
    switch (p) {
    case secret_reference_problem::none: return {};
    case secret_reference_problem::empty: return cat("valueFrom is empty; ", forms);
    case secret_reference_problem::malformed_arn:
        return cat("\"", s, "\" starts with arn: but is not an ARN (arn:<partition>:<service>:<region>:<12-digit account>:<resource>); ", forms);
    case secret_reference_problem::wrong_service:
        return cat("\"", s, "\" is an ARN of neither Secrets Manager nor Systems Manager Parameter Store; ", forms);
    case secret_reference_problem::secret_resource:
        return cat("\"", s, "\" is a Secrets Manager ARN whose resource is not secret:<name> or "
                            "secret:<name>:<json-key>:<version-stage>:<version-id> (keep the colons of empty fields, "
                            "e.g. secret:db-AbCdEf:password::)");
    case secret_reference_problem::parameter_resource:
        return cat("\"", s, "\" is an SSM ARN whose resource is not parameter/<name> (a parameter /a/b has the ARN "
                            "...:parameter/a/b; names use letters, digits, _ . - and /)");
    case secret_reference_problem::parameter_name:
        return cat("\"", s, "\" is not an SSM parameter name: names use letters, digits, _ . - and /, and a path "
                            "starts with / (\"/app/db/password\"); or ", forms);
    }
    return {};
}

} // namespace awsmodel::ecs

#endif
