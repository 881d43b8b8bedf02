// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CORE_FIXED_STRING_HPP
#define AWSMODEL_CORE_FIXED_STRING_HPP

#include <cstddef>
#include <string_view>

namespace awsmodel::core {

/// A string literal usable as a template argument (wire names, rule ids).
template <std::size_t N>
struct fixed_string {
    char data[N]{};

    consteval fixed_string(const char (&s)[N]) noexcept {
        for (std::size_t i = 0; i < N; ++i) data[i] = s[i];
    }
    constexpr std::string_view view() const noexcept { return {data, N - 1}; }
    constexpr std::size_t size() const noexcept { return N - 1; }
};

} // namespace awsmodel::core

#endif
