// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CLI_CLOUDFORMATION_TEMPLATE_HPP
#define AWSMODEL_CLI_CLOUDFORMATION_TEMPLATE_HPP

// The command line's `cloudformation-template` kind: whole templates, read by
// awsmodel::cloudformation, whose resources of modelled types are validated by their Properties.

#include <awsmodel/core/decode_options.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::cli {

inline constexpr std::string_view template_kind = "cloudformation-template";

/// `awsmodel validate [--json] [--verbose] cloudformation-template FILE...`: 0 when no finding is an
/// error, 1 otherwise.
int validate_templates(const std::vector<std::string>& files, const core::decode_options& options, bool json,
                       bool verbose);

/// `awsmodel cfn --reencode FILE`: the template with each modelled resource's Properties read as
/// typed Properties and written again (cfn::reencode_properties), functions where they were; 1
/// when the template or one of them could not be read. The template's structure is not checked
/// (validate does that).
int reencode_template(const std::string& file);

/// `awsmodel fmt cloudformation-template FILE`: the template as the JSON CloudFormation reads
/// (short forms expanded, aliases copied), or its findings and 1.
int fmt_template(const std::string& file);

} // namespace awsmodel::cli

#endif
