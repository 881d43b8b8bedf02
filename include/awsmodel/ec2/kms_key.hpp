// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_EC2_KMS_KEY_HPP
#define AWSMODEL_EC2_KMS_KEY_HPP

#include <awsmodel/kms/key.hpp>

namespace awsmodel::ec2 {

/// The KMS key of an EBS volume (CreateVolume, block device mappings), EBS-CV-012.
using kms_key_policy = kms::key_policy<"EBS-CV-012">;
using kms_key_reference = kms::key_reference<"EBS-CV-012">;

} // namespace awsmodel::ec2

#endif
