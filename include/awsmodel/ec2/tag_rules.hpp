// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_EC2_TAG_RULES_HPP
#define AWSMODEL_EC2_TAG_RULES_HPP

#include <awsmodel/core/rule_id.hpp>
#include <awsmodel/core/checker.hpp>
#include <awsmodel/core/tags.hpp>
#include <awsmodel/ec2/tag.hpp>

#include <algorithm>
#include <initializer_list>
#include <set>
#include <string>
#include <string_view>

namespace awsmodel::ec2 {


/// Tags of a request that creates a resource (COMMON-005), and the resource type each
/// specification must name (`type_rule`, e.g. EBS-CV-015 for `volume`). `member` is the
/// request's member that holds `specs` (`core::member<&R::tag_specifications>`). Descriptions are
/// not checked: AWS itself puts `aws:` tags on resources it creates.
inline void check_tag_specifications(const std::optional<std::vector<tag_specification>>& specs, core::checker_like auto& c,
                                     core::member_token member, std::initializer_list<resource_type> allowed,
                                     core::rule_id type_rule) {
    constexpr core::member_token resource_type_member = core::member<&tag_specification::resource_type>;
    constexpr core::member_token tags_member = core::member<&tag_specification::tags>;
    constexpr core::member_token key = core::member<&tag::key>;
    constexpr core::member_token value = core::member<&tag::value>;
    if (!specs) return;
    for (std::size_t i = 0; i < specs->size(); ++i) {
        const tag_specification& s = (*specs)[i];
        std::string at = core::pointer(member, i);
        if (!s.resource_type) {
            c.error(type_rule, core::pointer(at, resource_type_member),
                    "a tag specification must name the resource type it tags");
        } else if (auto t = s.resource_type->known();
                   !t || std::find(allowed.begin(), allowed.end(), *t) == allowed.end()) {
            std::string names;
            for (auto a : allowed) names += core::cat(names.empty() ? "" : " or ", core::to_wire(a));
            c.error(type_rule, core::pointer(at, resource_type_member),
                    core::cat("this request tags ", names, " resources, not \"", s.resource_type->wire_view(), "\""));
        }
        if (!s.tags) continue;
        if (s.tags->size() > core::tags::max_per_resource)
            c.error(core::rules::tags, core::pointer(at, tags_member),
                    core::cat(s.tags->size(), " tags; a resource takes at most ", core::tags::max_per_resource, " user tags"));
        std::set<std::string_view> seen;
        for (std::size_t j = 0; j < s.tags->size(); ++j) {
            const tag& t = (*s.tags)[j];
            std::string tp = core::pointer(at, tags_member, j);
            if (!t.key || t.key->empty()) {
                c.error(core::rules::tags, core::pointer(tp, key),
                        core::cat("a tag needs a key of 1 to ", core::tags::max_key_characters, " characters"));
                continue;
            }
            const std::size_t len = core::tags::characters(*t.key);
            if (len > core::tags::max_key_characters)
                c.error(core::rules::tags, core::pointer(tp, key),
                        core::cat("the tag key is ", len, " characters; at most ", core::tags::max_key_characters, " are allowed"));
            if (core::tags::reserved_prefix(*t.key))
                c.error(core::rules::tags, core::pointer(tp, key),
                        core::cat("the tag key \"", *t.key, "\" starts with \"aws:\", which AWS reserves for its own tags"));
            if (!seen.insert(*t.key).second)
                c.error(core::rules::tags, core::pointer(tp, key),
                        core::cat("the tag key \"", *t.key, "\" is used twice; keys must be unique"));
            if (t.value) {
                const std::size_t vlen = core::tags::characters(*t.value);
                if (vlen > core::tags::max_value_characters)
                    c.error(core::rules::tags, core::pointer(tp, value),
                            core::cat("the tag value is ", vlen, " characters; at most ", core::tags::max_value_characters,
                                      " are allowed"));
                if (core::tags::reserved_prefix(*t.value))
                    c.error(core::rules::tags, core::pointer(tp, value),
                            "the tag value starts with \"aws:\", which AWS reserves for its own tags");
            }
        }
    }
}

} // namespace awsmodel::ec2

#endif
