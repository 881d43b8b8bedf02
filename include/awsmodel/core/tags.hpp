// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CORE_TAGS_HPP
#define AWSMODEL_CORE_TAGS_HPP

/// What AWS's tagging rules say for every service (COMMON-005): at most 50 user tags per
/// resource, keys of 1-128 and values of at most 256 Unicode characters, and `aws:` (in any case)
/// reserved for AWS's own tags. ECS and EC2 spell the tag shape differently (`key`/`Key`) and ECS
/// restricts the characters further; both check these limits from here.
/// https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html

#include <cstddef>
#include <string_view>

namespace awsmodel::core::tags {

inline constexpr std::size_t max_per_resource = 50;
inline constexpr std::size_t max_key_characters = 128;
inline constexpr std::size_t max_value_characters = 256;

/// The Unicode characters of UTF-8 text, as AWS counts tag lengths.
constexpr std::size_t characters(std::string_view s) noexcept {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

/// Starts with `aws:` in any case, the prefix AWS reserves.
constexpr bool reserved_prefix(std::string_view s) noexcept {
    return s.size() >= 4 && (s[0] | 0x20) == 'a' && (s[1] | 0x20) == 'w' && (s[2] | 0x20) == 's' && s[3] == ':';
}

} // namespace awsmodel::core::tags

#endif
