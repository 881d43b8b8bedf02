// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_EC2_KMS_KEY_HPP
#define AWSMODEL_EC2_KMS_KEY_HPP

#include <awsmodel/core/arn.hpp>
#include <awsmodel/core/text.hpp>

#include <string>
#include <string_view>

namespace awsmodel::ec2 {

namespace literal_error {
void kms_key_must_be_a_key_id_key_arn_alias_name_or_alias_arn();
} // namespace literal_error

namespace detail {
constexpr bool is_hex(char c) noexcept { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
constexpr bool is_key_id(std::string_view s) noexcept {
    if (s.size() != 36) return false;
    if (s.substr(0, 4) == "mrk-") { // multi-Region key: mrk- and 32 hex digits
        for (char c : s.substr(4))
            if (!is_hex(c)) return false;
        return true;
    }
    for (std::size_t i = 0; i < 36; ++i) { // 8-4-4-4-12
        bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? s[i] != '-' : !is_hex(s[i])) return false;
    }
    return true;
}
constexpr bool is_alias_name(std::string_view s) noexcept {
    if (s.substr(0, 6) != "alias/" || s.size() == 6 || s.size() > 256) return false;
    for (char c : s.substr(6))
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' || c == '_' || c == '-'))
            return false;
    return true;
}
} // namespace detail

/// How a request names a KMS key: key id, key ARN, `alias/name`, or alias ARN (EBS-CV-012).
struct kms_key_policy {
    static constexpr std::string_view rule = "EBS-CV-012";
    static constexpr int check(std::string_view s) noexcept {
        if (detail::is_key_id(s) || detail::is_alias_name(s)) return 0;
        if (auto a = core::parse_arn(s); a && a->service == "kms" && !a->account.empty() &&
                                         ((a->resource.substr(0, 4) == "key/" && detail::is_key_id(a->resource.substr(4))) ||
                                          detail::is_alias_name(a->resource)))
            return 0;
        return 1;
    }
    static constexpr void literal_failed(int problem) {
        if (problem) literal_error::kms_key_must_be_a_key_id_key_arn_alias_name_or_alias_arn();
    }
    static std::string message(int, std::string_view s) {
        return core::cat("\"", s,
                         "\" does not name a KMS key: use a key id (1234abcd-12ab-34cd-56ef-1234567890ab), a key ARN, "
                         "alias/<name>, or an alias ARN");
    }
};

using kms_key_reference = core::text<kms_key_policy>;

} // namespace awsmodel::ec2

#endif
