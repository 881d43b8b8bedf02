// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_IAM_WILDCARD_HPP
#define AWSMODEL_IAM_WILDCARD_HPP

/// IAM's wildcards: `*` matches any run of characters (none included), `?` any one character,
/// in actions, resources, principals and the String/ArnLike operators. Actions and condition keys
/// compare without regard to case, resources and most values with.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html#reference_policies_elements_resource_wildcards

#include <cstddef>
#include <string_view>

namespace awsmodel::iam {

constexpr char ascii_lower(char ch) noexcept { return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch; }

constexpr bool iequals(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
    return true;
}

/// Whether `value` matches `pattern`. Iterative, with one backtrack point: linear in practice and
/// never recursive, whatever the pattern.
constexpr bool wildcard_match(std::string_view pattern, std::string_view value, bool ignore_case = false) noexcept {
    std::size_t p = 0, v = 0, star = std::string_view::npos, resume = 0;
    auto same = [&](char a, char b) { return ignore_case ? ascii_lower(a) == ascii_lower(b) : a == b; };
    while (v < value.size()) {
        if (p < pattern.size() && (pattern[p] == '?' || (pattern[p] != '*' && same(pattern[p], value[v])))) {
            ++p;
            ++v;
        } else if (p < pattern.size() && pattern[p] == '*') {
            star = p++;
            resume = v;
        } else if (star != std::string_view::npos) {
            p = star + 1;
            v = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*') ++p;
    return p == pattern.size();
}

constexpr bool has_wildcard(std::string_view s) noexcept {
    return s.find_first_of("*?") != std::string_view::npos;
}

} // namespace awsmodel::iam

#endif
