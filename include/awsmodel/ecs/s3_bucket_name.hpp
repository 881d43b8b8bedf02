// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_S3_BUCKET_NAME_HPP
#define AWSMODEL_ECS_S3_BUCKET_NAME_HPP

#include <awsmodel/core/rule_id.hpp>
#include <awsmodel/core/diagnostic.hpp>
#include <awsmodel/core/fixed_string.hpp>
#include <awsmodel/core/text.hpp>

#include <string>
#include <string_view>

namespace awsmodel::ecs {

namespace literal_error {
void s3_bucket_name_must_be_3_to_63_characters();
void s3_bucket_name_may_hold_only_lower_case_letters_digits_dots_and_hyphens();
void s3_bucket_name_must_begin_and_end_with_a_letter_or_digit();
void s3_bucket_name_must_not_hold_two_adjacent_dots();
void s3_bucket_name_must_not_look_like_an_ip_address();
void s3_bucket_name_uses_a_prefix_or_suffix_that_s3_reserves();
} // namespace literal_error

namespace detail {
constexpr bool bucket_char(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
}
constexpr bool bucket_edge(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
constexpr bool ipv4_form(std::string_view s) noexcept {
    int groups = 1, digits = 0;
    for (char c : s) {
        if (c == '.') {
            if (digits == 0) return false;
            ++groups;
            digits = 0;
        } else if (c >= '0' && c <= '9') {
            ++digits;
        } else {
            return false;
        }
    }
    return groups == 4 && digits > 0;
}
constexpr bool reserved_bucket_affix(std::string_view s) noexcept {
    for (std::string_view p : {"xn--", "sthree-", "amzn-s3-demo-"})
        if (s.starts_with(p)) return true;
    for (std::string_view x : {"-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"})
        if (s.ends_with(x)) return true;
    return false;
}
} // namespace detail

/// A general purpose S3 bucket name, as S3's naming rules state it: 3-63 lower-case letters,
/// digits, dots and hyphens, a letter or digit at each end, no "..", not an IPv4 address, none
/// of the prefixes and suffixes S3 keeps for access points and directory buckets. `Rule` is the
/// rule id of the member that holds it (ECS-CL-007 for execute-command logging).
template <core::fixed_string Rule>
struct s3_bucket_name_policy {
    static constexpr core::rule_id rule{Rule.view()};

    static constexpr int check(std::string_view s) noexcept {
        if (s.size() < 3 || s.size() > 63) return 1;
        for (char c : s)
            if (!detail::bucket_char(c)) return 2;
        if (!detail::bucket_edge(s.front()) || !detail::bucket_edge(s.back())) return 3;
        if (s.find("..") != std::string_view::npos) return 4;
        if (detail::ipv4_form(s)) return 5;
        if (detail::reserved_bucket_affix(s)) return 6;
        return 0;
    }
    static constexpr void literal_failed(int problem) {
        switch (problem) {
        case 1: literal_error::s3_bucket_name_must_be_3_to_63_characters(); break;
        case 2: literal_error::s3_bucket_name_may_hold_only_lower_case_letters_digits_dots_and_hyphens(); break;
        case 3: literal_error::s3_bucket_name_must_begin_and_end_with_a_letter_or_digit(); break;
        case 4: literal_error::s3_bucket_name_must_not_hold_two_adjacent_dots(); break;
        case 5: literal_error::s3_bucket_name_must_not_look_like_an_ip_address(); break;
        case 6: literal_error::s3_bucket_name_uses_a_prefix_or_suffix_that_s3_reserves(); break;
        default: break;
        }
    }
    static std::string message(int problem, std::string_view s) {
        using core::cat;
        std::string head = cat("\"", s, "\" is not an S3 bucket name: ");
        switch (problem) {
        case 1: return cat(head, "it has ", s.size(), " characters; a bucket name has 3-63");
        case 2:
            return cat(head, "it may hold only lower-case letters, digits, dots and hyphens (no upper case, "
                             "underscores or spaces); give the bucket's name, not its ARN or URL");
        case 3: return cat(head, "it must begin and end with a lower-case letter or digit");
        case 4: return cat(head, "two dots may not be adjacent");
        case 5: return cat(head, "it may not be formatted as an IP address");
        default:
            return cat(head, "the prefixes xn--, sthree-, amzn-s3-demo- and the suffixes -s3alias, --ol-s3, .mrap, "
                             "--x-s3, --table-s3 are reserved by S3");
        }
    }
};

/// An S3 bucket name checked under `Rule`.
template <core::fixed_string Rule>
using s3_bucket_name = core::text<s3_bucket_name_policy<Rule>>;

} // namespace awsmodel::ecs

#endif
