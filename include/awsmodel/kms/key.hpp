// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_KMS_KEY_HPP
#define AWSMODEL_KMS_KEY_HPP

/// How a request names a KMS key, wherever ECS or EC2 takes one: a key id
/// (`1234abcd-12ab-34cd-56ef-1234567890ab`, or `mrk-` and 32 hex digits for a multi-Region key), a
/// key ARN, `alias/<name>`, or an alias ARN. One policy serves literals, builders and rules; only the
/// rule id differs with the member that holds the reference (EBS-CV-012, ECS-CL-008, ...).
/// https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id

#include <awsmodel/core/arn.hpp>
#include <awsmodel/core/fixed_string.hpp>
#include <awsmodel/core/rule_id.hpp>
#include <awsmodel/core/text.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace awsmodel::kms {

namespace literal_error {
// Called only from consteval code when a key literal is wrong: the compiler names the function.
void kms_key_must_be_a_key_id_key_arn_alias_name_or_alias_arn();
} // namespace literal_error

namespace detail {
constexpr bool is_hex(char c) noexcept { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
} // namespace detail

/// A key id: a UUID (8-4-4-4-12 hex digits) or, for a multi-Region key, `mrk-` and 32 hex digits.
constexpr bool is_key_id(std::string_view s) noexcept {
    if (s.size() != 36) return false;
    if (s.substr(0, 4) == "mrk-") {
        for (char c : s.substr(4))
            if (!detail::is_hex(c)) return false;
        return true;
    }
    for (std::size_t i = 0; i < 36; ++i) {
        bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? s[i] != '-' : !detail::is_hex(s[i])) return false;
    }
    return true;
}

/// `alias/` and 1-250 of letters, digits, `/`, `_` and `-`.
constexpr bool is_alias_name(std::string_view s) noexcept {
    if (s.substr(0, 6) != "alias/" || s.size() == 6 || s.size() > 256) return false;
    for (char c : s.substr(6))
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' || c == '_' || c == '-'))
            return false;
    return true;
}

/// Any of the four forms.
constexpr bool is_key_reference(std::string_view s) noexcept {
    if (is_key_id(s) || is_alias_name(s)) return true;
    auto a = core::parse_arn(s);
    return a && a->service == "kms" && !a->account.empty() &&
           ((a->resource.substr(0, 4) == "key/" && is_key_id(a->resource.substr(4))) || is_alias_name(a->resource));
}

/// True when the reference names a multi-Region key (an `mrk-` key id, or a key ARN with one).
/// An alias may point at one too; only KMS can tell.
constexpr bool names_multi_region_key(std::string_view s) noexcept {
    if (s.starts_with("mrk-")) return true;
    auto a = core::parse_arn(s);
    return a && a->service == "kms" && a->resource.starts_with("key/mrk-");
}

/// The text policy of a key reference reported under `Rule`.
template <core::fixed_string Rule>
struct key_policy {
    static constexpr core::rule_id rule{Rule.view()};
    static constexpr int check(std::string_view s) noexcept { return is_key_reference(s) ? 0 : 1; }
    static constexpr void literal_failed(int problem) {
        if (problem) literal_error::kms_key_must_be_a_key_id_key_arn_alias_name_or_alias_arn();
    }
    static std::string message(int, std::string_view s) {
        return core::cat("\"", s,
                         "\" does not name a KMS key: use a key id (1234abcd-12ab-34cd-56ef-1234567890ab), a key ARN, "
                         "alias/<name>, or an alias ARN");
    }
};

/// A KMS key reference held by a member whose rule id is `Rule`.
template <core::fixed_string Rule>
using key_reference = core::text<key_policy<Rule>>;

} // namespace awsmodel::kms

#endif
