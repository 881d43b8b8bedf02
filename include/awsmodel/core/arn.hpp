// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CORE_ARN_HPP
#define AWSMODEL_CORE_ARN_HPP

#include <awsmodel/core/rule_id.hpp>
#include <awsmodel/core/diagnostic.hpp>
#include <awsmodel/core/text.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace awsmodel::core {

/// The parts of an Amazon Resource Name: `arn:partition:service:region:account:resource`.
struct arn_parts {
    std::string_view partition, service, region, account, resource;
};

namespace detail {
constexpr bool arn_partition(std::string_view p) noexcept {
    if (p == "aws") return true;
    if (p.size() < 5 || p.substr(0, 4) != "aws-") return false;
    for (char c : p.substr(4))
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}
} // namespace detail

/// Splits an ARN into its parts; nothing when it is not one (COMMON-004): a known partition,
/// a service, a region of lower-case letters, digits and hyphens or none, an account of 12
/// digits or none (S3 and IAM leave fields empty), and a resource.
constexpr std::optional<arn_parts> parse_arn(std::string_view s) noexcept {
    // One scan to the fifth colon: five calls of find cost more than the bytes on ARNs this short.
    std::string_view f[5];
    std::size_t pos = 0, n = 0;
    for (std::size_t i = 0; i < s.size() && n < 5; ++i)
        if (s[i] == ':') {
            f[n++] = s.substr(pos, i - pos);
            pos = i + 1;
        }
    if (n < 5) return std::nullopt;
    arn_parts a{f[1], f[2], f[3], f[4], s.substr(pos)};
    if (f[0] != "arn" || !detail::arn_partition(a.partition) || a.service.empty() || a.resource.empty()) return std::nullopt;
    for (char c : a.service)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return std::nullopt;
    for (char c : a.region)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return std::nullopt;
    if (!a.account.empty()) {
        if (a.account.size() != 12) return std::nullopt;
        for (char c : a.account)
            if (c < '0' || c > '9') return std::nullopt;
    }
    return a;
}

namespace literal_error {
void arn_must_read_arn_partition_service_region_account_resource();
} // namespace literal_error

struct arn_policy {
    static constexpr core::rule_id rule = rules::arn;
    static constexpr int check(std::string_view s) noexcept { return parse_arn(s) ? 0 : 1; }
    static constexpr void literal_failed(int problem) {
        if (problem) literal_error::arn_must_read_arn_partition_service_region_account_resource();
    }
    static std::string message(int, std::string_view s) {
        return cat("\"", s, "\" is not an ARN: expected arn:<partition>:<service>:<region>:<12-digit account>:<resource>");
    }
};

/// An ARN member. `parts()` gives its partition, service, region, account and resource.
using arn = text<arn_policy>;

inline std::optional<arn_parts> parts(const arn& a) noexcept { return parse_arn(a.view()); }

} // namespace awsmodel::core

#endif
