// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_KMS_KEY_HPP
#define AWSMODEL_ECS_KMS_KEY_HPP

#include <awsmodel/core/fixed_string.hpp>
#include <awsmodel/kms/key.hpp>

namespace awsmodel::ecs {

/// A KMS key reference of an ECS member, checked under `Rule` (ECS-CL-008 for cluster configuration).
template <core::fixed_string Rule>
using kms_key = kms::key_reference<Rule>;

using kms::names_multi_region_key;

} // namespace awsmodel::ecs

#endif
