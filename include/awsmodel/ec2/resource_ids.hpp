// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_EC2_RESOURCE_IDS_HPP
#define AWSMODEL_EC2_RESOURCE_IDS_HPP

/// The ids of EC2 resources, one type per prefix (COMMON-003), for EC2's shapes and for the ECS
/// shapes that name EC2 resources (an awsvpc task's subnets and security groups, the snapshot of
/// a task's or a service's managed EBS volume).

#include <awsmodel/core/resource_id.hpp>

namespace awsmodel::ec2 {

using ami_id = core::resource_id<"ami">;
using subnet_id = core::resource_id<"subnet">;
using security_group_id = core::resource_id<"sg">;
using network_interface_id = core::resource_id<"eni">;
using launch_template_id = core::resource_id<"lt">;
using vpc_id = core::resource_id<"vpc">;
using kernel_id = core::resource_id<"aki">;
using ramdisk_id = core::resource_id<"ari">;
using placement_group_id = core::resource_id<"pg">;
using dedicated_host_id = core::resource_id<"h">;
using capacity_reservation_id = core::resource_id<"cr">;
using reservation_id = core::resource_id<"r">;
using volume_id = core::resource_id<"vol">;
using snapshot_id = core::resource_id<"snap">;
using instance_id = core::resource_id<"i">;

} // namespace awsmodel::ec2

#endif
