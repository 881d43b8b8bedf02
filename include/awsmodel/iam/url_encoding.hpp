// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_IAM_URL_ENCODING_HPP
#define AWSMODEL_IAM_URL_ENCODING_HPP

/// The URL encoding (RFC 3986 percent-encoding) of the policy documents IAM's API returns: a
/// GetRolePolicy or GetPolicyVersion answer, a Role's AssumeRolePolicyDocument.
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRolePolicy.html

#include <optional>
#include <string>
#include <string_view>

namespace awsmodel::iam {

/// The text of a percent-encoded string; nothing when a `%` is not followed by two hex digits.
/// `+` stays `+`: IAM encodes a space as %20.
inline std::optional<std::string> url_decode(std::string_view s) {
    auto hex = [](char ch) -> int {
        if (ch >= '0' && ch <= '9') return ch - '0';
        if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
        if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
        return -1;
    };
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '%') {
            out += s[i];
            continue;
        }
        if (s.size() - i < 3) return std::nullopt;
        const int hi = hex(s[i + 1]), lo = hex(s[i + 2]);
        if (hi < 0 || lo < 0) return std::nullopt;
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
    }
    return out;
}

/// Percent-encodes everything but RFC 3986's unreserved characters, as IAM does.
inline std::string url_encode(std::string_view s) {
    constexpr char digits[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(s.size() * 2);
    for (unsigned char ch : s) {
        if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '.' ||
            ch == '_' || ch == '~') {
            out += static_cast<char>(ch);
        } else {
            out += '%';
            out += digits[ch >> 4];
            out += digits[ch & 15];
        }
    }
    return out;
}

} // namespace awsmodel::iam

#endif
