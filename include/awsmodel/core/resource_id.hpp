// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CORE_RESOURCE_ID_HPP
#define AWSMODEL_CORE_RESOURCE_ID_HPP

#include <awsmodel/core/rule_id.hpp>
#include <awsmodel/core/diagnostic.hpp>
#include <awsmodel/core/fixed_string.hpp>
#include <awsmodel/core/text.hpp>

#include <string>
#include <string_view>

namespace awsmodel::core {

namespace literal_error {
void resource_id_must_be_its_prefix_a_hyphen_and_8_or_17_lower_case_hex_digits();
} // namespace literal_error

/// An EC2-style id: the type prefix, a hyphen and 8 or 17 lower-case hexadecimal digits (COMMON-003).
template <fixed_string Prefix>
struct resource_id_policy {
    static constexpr core::rule_id rule = rules::resource_id;
    static constexpr std::string_view prefix = Prefix.view();

    static constexpr int check(std::string_view s) noexcept {
        if (s.size() <= prefix.size() + 1 || s.substr(0, prefix.size()) != prefix || s[prefix.size()] != '-') return 1;
        std::string_view hex = s.substr(prefix.size() + 1);
        if (hex.size() != 8 && hex.size() != 17) return 1;
        for (char c : hex)
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return 1;
        return 0;
    }
    static constexpr void literal_failed(int problem) {
        if (problem) literal_error::resource_id_must_be_its_prefix_a_hyphen_and_8_or_17_lower_case_hex_digits();
    }
    static std::string message(int, std::string_view s) {
        return cat("\"", s, "\" is not a valid ", prefix, "- id: expected \"", prefix,
                   "-\" followed by 8 or 17 lower-case hexadecimal digits, e.g. ", prefix, "-0123456789abcdef0");
    }
};

template <fixed_string Prefix>
using resource_id = text<resource_id_policy<Prefix>>;

} // namespace awsmodel::core

#endif
