// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CORE_DIAGNOSTIC_HPP
#define AWSMODEL_CORE_DIAGNOSTIC_HPP

#include <awsmodel/core/rule_id.hpp>

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace awsmodel::core {

enum class severity { error, warning };

constexpr std::string_view to_string(severity s) noexcept {
    return s == severity::error ? "error" : "warning";
}

/// One finding: where (a JSON Pointer into the document), which rule (an id from the rule
/// catalogue, or an `AWSMODEL-` id for structural checks), how bad, and a sentence for a person.
struct diagnostic {
    std::string pointer;
    std::string_view rule;
    severity level = severity::error;
    std::string message;

    friend bool operator==(const diagnostic&, const diagnostic&) = default;
    friend std::ostream& operator<<(std::ostream& os, const diagnostic& d) {
        return os << (d.pointer.empty() ? "/" : d.pointer) << ": " << d.rule << " (" << to_string(d.level)
                  << "): " << d.message;
    }
};

using diagnostics = std::vector<diagnostic>;

inline bool has_errors(const diagnostics& ds) noexcept {
    return std::any_of(ds.begin(), ds.end(), [](const diagnostic& d) { return d.level == severity::error; });
}

/// Rule ids for checks that the rule catalogue does not number: the JSON itself and the shape.
namespace rules {
inline constexpr rule_id syntax = "AWSMODEL-SYNTAX";       ///< not JSON, or not UTF-8
inline constexpr rule_id limit = "AWSMODEL-LIMIT";         ///< size, depth or count limits
inline constexpr rule_id required = "AWSMODEL-REQUIRED";   ///< a required member is absent
inline constexpr rule_id duplicate = "AWSMODEL-DUPLICATE"; ///< an object key repeats
inline constexpr rule_id min = "AWSMODEL-MIN";             ///< below botocore's `min`
inline constexpr rule_id enum_value = "AWSMODEL-ENUM";     ///< a value this library does not know
inline constexpr rule_id unknown_member = "COMMON-001";
inline constexpr rule_id wrong_type = "COMMON-002";
inline constexpr rule_id resource_id = "COMMON-003";
inline constexpr rule_id arn = "COMMON-004";
inline constexpr rule_id tags = "COMMON-005";
} // namespace rules

namespace detail {
// One part of a cat(), as text: integers are written into its own buffer, so that the length of
// the whole is known before anything is copied and the result is allocated once.
struct cat_piece {
    std::string_view text;
    std::string owned; // floating point, as std::to_string writes it ("1.500000")
    char digits[24];

    template <class P>
    void set(const P& p) {
        if constexpr (std::is_same_v<P, bool>) {
            digits[0] = p ? '1' : '0';
            text = {digits, 1};
        } else if constexpr (std::is_same_v<P, char>) {
            digits[0] = p;
            text = {digits, 1};
        } else if constexpr (std::is_integral_v<P>) {
            text = {digits, static_cast<std::size_t>(std::to_chars(digits, digits + sizeof digits, p).ptr - digits)};
        } else if constexpr (std::is_floating_point_v<P>) {
            owned = std::to_string(p);
            text = owned;
        } else if constexpr (requires { std::string_view(p.view()); }) {
            text = p.view(); // a strong string type (core::text, an id)
        } else {
            text = std::string_view(p);
        }
    }
};
} // namespace detail

/// Concatenates pieces of a message or pointer; numbers are written in decimal.
template <class... Parts>
std::string cat(const Parts&... parts) {
    std::string out;
    if constexpr (sizeof...(Parts) > 0) {
        detail::cat_piece pieces[sizeof...(Parts)];
        std::size_t i = 0, size = 0;
        (pieces[i++].set(parts), ...);
        for (const detail::cat_piece& p : pieces) size += p.text.size();
        out.reserve(size);
        for (const detail::cat_piece& p : pieces) out.append(p.text);
    }
    return out;
}

/// Appends one reference token to a JSON Pointer, escaping `~` and `/` (RFC 6901).
inline void append_token(std::string& pointer, std::string_view token) {
    pointer += '/';
    // most tokens need no escaping: one append instead of one push_back per character.
    if (token.find_first_of("~/") == std::string_view::npos) {
        pointer.append(token.data(), token.size());
        return;
    }
    for (char c : token) {
        if (c == '~')
            pointer += "~0";
        else if (c == '/')
            pointer += "~1";
        else
            pointer += c;
    }
}

} // namespace awsmodel::core

#endif
