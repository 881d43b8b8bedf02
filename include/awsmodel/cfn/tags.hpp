// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CFN_TAGS_HPP
#define AWSMODEL_CFN_TAGS_HPP

// EC2 requests tag what they create through TagSpecifications, one per resource type; a
// CloudFormation EC2 resource takes the tags of the resource it is as `Tags`.

#include <awsmodel/cfn/properties.hpp>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::cfn {

/// Properties' `Tags` as the request's TagSpecifications of `resource_type`.
inline void tags_to_specification(detail::reshaper& r, std::string_view resource_type) {
    r.refuse("/TagSpecifications", "write the resource's tags as 'Tags'");
    if (!r.props.contains("Tags")) return;
    r.put("/TagSpecifications", boost::json::array{boost::json::object{}});
    r.synthesize("/TagSpecifications/0/ResourceType", boost::json::string(resource_type));
    r.move("/Tags", "/TagSpecifications/0/Tags");
}

/// The request's TagSpecifications of `resource_type` as `Tags`; those of other types are noted.
inline void tags_from_specification(boost::json::object& props, std::string_view resource_type, std::vector<note>& notes) {
    auto it = props.find("TagSpecifications");
    if (it == props.end()) return;
    boost::json::value specs = std::move(it->value());
    props.erase(it);
    boost::json::array tags;
    bool any = false;
    if (auto* a = specs.if_array()) {
        for (std::size_t i = 0; i < a->size(); ++i) {
            auto* spec = (*a)[i].if_object();
            if (!spec) continue;
            auto* type = spec->if_contains("ResourceType");
            bool ours = type && type->is_string() && type->as_string() == resource_type;
            if (!ours) {
                notes.push_back({detail::join_pointer(detail::join_pointer("", "TagSpecifications"), std::to_string(i)),
                                 core::cat("the tags for resource type ",
                                           type && type->is_string() ? std::string_view(type->as_string()) : "(none)",
                                           " have no CloudFormation property on ", resource_type, "; left out")});
                continue;
            }
            any = true;
            if (auto* t = spec->if_contains("Tags"); t && t->is_array())
                for (auto& tag : t->as_array()) tags.push_back(tag);
        }
    }
    if (any) props["Tags"] = std::move(tags);
}

/// In the description of the tables: `Tags` where the request has TagSpecifications.
inline void describe_tags_for_specification(boost::json::object& o) {
    auto& props = o["properties"].as_object();
    auto it = props.find("TagSpecifications");
    if (it == props.end()) return;
    boost::json::value tags = it->value().as_object()["items"].as_object()["properties"].as_object()["Tags"];
    props.erase(it);
    props["Tags"] = std::move(tags);
}

} // namespace awsmodel::cfn

#endif
