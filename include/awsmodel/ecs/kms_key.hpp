// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_KMS_KEY_HPP
#define AWSMODEL_ECS_KMS_KEY_HPP

#include <awsmodel/core/arn.hpp>
#include <awsmodel/core/fixed_string.hpp>
#include <awsmodel/core/text.hpp>
#include <awsmodel/ec2/kms_key.hpp>

#include <string_view>

namespace awsmodel::ecs {

/// The KMS key identifier forms of ec2/kms_key.hpp (key id, key ARN, alias name, alias ARN),
/// reported under the rule id of the ECS member that holds one.
template <core::fixed_string Rule>
struct kms_key_policy : ec2::kms_key_policy {
    static constexpr std::string_view rule = Rule.view();
};

/// A KMS key reference checked under `Rule` (ECS-CL-008 for cluster configuration).
template <core::fixed_string Rule>
using kms_key = core::text<kms_key_policy<Rule>>;

/// True when the reference names a multi-Region key (`mrk-` key id, or a key ARN with one).
/// An alias may point at one too; only KMS can tell.
constexpr bool names_multi_region_key(std::string_view s) noexcept {
    if (s.starts_with("mrk-")) return true;
    auto a = core::parse_arn(s);
    return a && a->service == "kms" && a->resource.starts_with("key/mrk-");
}

} // namespace awsmodel::ecs

#endif
