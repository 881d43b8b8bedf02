// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_TAG_HPP
#define AWSMODEL_ECS_TAG_HPP

#include <awsmodel/core/rule_id.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/tags.hpp>
#include <awsmodel/core/timestamp.hpp>
#include <awsmodel/core/checker.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace awsmodel::ecs {

/// ECS (JSON protocol) sends timestamps as epoch seconds.
using timestamp = core::timestamp<core::time_format::epoch_seconds>;

/// An ECS tag (`key`/`value`, lower case, unlike EC2's).
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Tag.html
struct tag : core::model {
    std::optional<std::string> key;
    std::optional<std::string> value;
    core::extra_members extra;

    static constexpr auto fields() {
        return core::fields<core::camel_case,
                            core::field<&tag::key, core::with{.min = 1, .max = 128, .pattern = "([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)"}>,
                            core::field<&tag::value, core::with{.min = 0, .max = 256, .pattern = "([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)"}>>();
    }
    friend bool operator==(const tag&, const tag&) = default;
};

namespace detail {
// ECS tags: letters, digits, spaces and _ . : / = + - @ (botocore TagKey pattern). Non-ASCII
// letters are allowed by the pattern (\p{L}); bytes >= 0x80 are accepted as such.
inline bool ecs_tag_chars(std::string_view s) noexcept {
    for (unsigned char c : s) {
        if (c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) continue;
        if (std::string_view(" _.:/=+-@").find(static_cast<char>(c)) == std::string_view::npos) return false;
    }
    return true;
}

// What a builder's `.tag(key, value)` does to its request's optional tag list; the rules check the
// result (check_tags), not this.
inline void append_tag(std::optional<std::vector<tag>>& tags, std::string key, std::string value) {
    if (!tags) tags.emplace();
    tag& t = tags->emplace_back();
    t.key = std::move(key);
    t.value = std::move(value);
}
} // namespace detail

/// The tag rules of ECS requests (COMMON-005 as stated for ECS; `rule` is the resource's own id,
/// e.g. ECS-TD-034 for task definitions). `member` is the request's member that holds the tags
/// (`core::member<&create_cluster_request::tags>`).
inline void check_tags(const std::optional<std::vector<tag>>& tags, core::checker_like auto& c, core::rule_id rule,
                       core::member_token member) {
    using core::cat;
    constexpr core::member_token key = core::member<&tag::key>;
    constexpr core::member_token value = core::member<&tag::value>;
    if (!tags) return;
    if (tags->size() > core::tags::max_per_resource)
        c.error(rule, member, cat(tags->size(), " tags; a resource takes at most ", core::tags::max_per_resource));
    const core::repeats repeated = core::find_repeats(tags->size(), [&](std::size_t i) {
        const auto& key = (*tags)[i].key;
        return key ? std::optional<std::string_view>(*key) : std::nullopt;
    });
    std::size_t next_repeat = 0;
    for (std::size_t i = 0; i < tags->size(); ++i) {
        const tag& t = (*tags)[i];
        std::string at = core::pointer(member, i);
        if (!t.key) {
            c.error(rule, core::pointer(at, key), "a tag needs a key");
            continue;
        }
        const std::string& k = *t.key;
        if (k.empty() || core::tags::characters(k) > core::tags::max_key_characters)
            c.error(rule, core::pointer(at, key),
                    cat("a tag key is 1-", core::tags::max_key_characters, " characters; this one has ",
                        core::tags::characters(k)));
        if (!detail::ecs_tag_chars(k))
            c.error(rule, core::pointer(at, key),
                    cat("the tag key \"", k, "\" has a character ECS does not allow; use letters, digits, spaces and _ . : / = + - @"));
        if (core::tags::reserved_prefix(k))
            c.error(rule, core::pointer(at, key),
                    cat("the tag key \"", k, "\" starts with \"aws:\", which AWS reserves"));
        if (next_repeat < repeated.size() && repeated[next_repeat].index == i) {
            ++next_repeat;
            c.error(rule, core::pointer(at, key), cat("the tag key \"", k, "\" is used twice"));
        }
        if (t.value) {
            if (core::tags::characters(*t.value) > core::tags::max_value_characters)
                c.error(rule, core::pointer(at, value),
                        cat("a tag value is at most ", core::tags::max_value_characters, " characters; this one has ",
                            core::tags::characters(*t.value)));
            if (!detail::ecs_tag_chars(*t.value))
                c.error(rule, core::pointer(at, value),
                        "the tag value has a character ECS does not allow; use letters, digits, spaces and _ . : / = + - @");
            if (core::tags::reserved_prefix(*t.value))
                c.error(rule, core::pointer(at, value), "the tag value starts with \"aws:\", which AWS reserves");
        }
    }
}

} // namespace awsmodel::ecs

#endif
