// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CLOUDFORMATION_TEMPLATE_HPP
#define AWSMODEL_CLOUDFORMATION_TEMPLATE_HPP

// Reading a whole CloudFormation template, JSON or YAML, into the JSON CloudFormation itself
// works on: YAML's short forms become the long forms (`!GetAtt a.b` is {"Fn::GetAtt": ["a", "b"]}),
// aliases are expanded, plain scalars are typed as YAML 1.1 types them (as CloudFormation and
// cfn-lint read them). This is the `awsmodel::cloudformation` library; the header-only core does
// not depend on it, nor on libyaml, which only its sources include.

#include <awsmodel/cloudformation/location.hpp>
#include <awsmodel/core/diagnostic.hpp>

#include <boost/json/value.hpp>

#include <cstddef>
#include <string_view>
#include <vector>

namespace awsmodel::cloudformation {

/// The rule ids of a template's own structure; its syntax, repeated keys and limits are
/// reported as AWSMODEL-SYNTAX, AWSMODEL-DUPLICATE and AWSMODEL-LIMIT, as for any document.
namespace rules {
/// The template is a mapping whose Resources section is a mapping of at least one resource.
inline constexpr core::rule_id resources = "CFN-TPL-001";
/// A resource is a mapping with a Type, a string.
inline constexpr core::rule_id resource_type = "CFN-TPL-002";
/// A resource's Properties, when given, is a mapping.
inline constexpr core::rule_id properties = "CFN-TPL-003";
/// Logical ids are alphanumeric and not shared between a parameter and a resource.
inline constexpr core::rule_id logical_id = "CFN-TPL-004";
/// Ref names a parameter, a resource or a pseudo parameter, Fn::GetAtt a resource (templates
/// without a Transform, whose macros make names of their own).
inline constexpr core::rule_id reference = "CFN-TPL-005";
} // namespace rules

enum class template_format { json, yaml };

/// Limits of a reader that may be handed a hostile template.
struct read_options {
    /// CloudFormation's quota on a template body read from Amazon S3 (TemplateURL), 1 MB, counted
    /// in bytes as cfn-lint's E1002 counts it. A TemplateBody passed inline is limited to
    /// 51,200 bytes, which this reader does not enforce: the same text may go through S3.
    std::size_t max_bytes = 1'000'000;
    /// Deepest nesting of mappings and sequences (real templates nest fewer than 20 levels); JSON
    /// templates nest at most 1,000 levels whatever this says.
    std::size_t max_depth = 100;
    /// Most values that aliases may copy in all: an alias of an alias doubles a tree, so ten lines
    /// of anchors can otherwise stand for billions of values.
    std::size_t max_alias_values = 100'000;
};

/// A finding of the reader, with where it is in the text.
struct located_diagnostic {
    core::diagnostic diagnostic;
    location at;
};

struct parsed_template {
    template_format format = template_format::yaml;
    /// The template as JSON; null when it could not be read.
    boost::json::value root;
    location_map locations;
    /// Errors that make the template unreadable (root is null), then findings on its structure.
    std::vector<located_diagnostic> diagnostics;

    bool ok() const noexcept {
        for (const auto& d : diagnostics)
            if (d.diagnostic.level == core::severity::error) return false;
        return true;
    }
};

/// Reads a template, JSON when its first character other than white space is `{` and it parses
/// as JSON, YAML otherwise; then checks its structure (rules::resources and the others). Never
/// throws but std::bad_alloc.
parsed_template read_template(std::string_view text, const read_options& options = {});

/// Only the first step: the text as JSON, with the locations, or the syntax error.
parsed_template parse_template(std::string_view text, const read_options& options = {});

/// The structural checks of read_template, on any JSON (a template built in code).
std::vector<located_diagnostic> check_structure(const boost::json::value& root, const location_map& locations = {});

} // namespace awsmodel::cloudformation

#endif
