// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_SERVICE_VOLUME_HPP
#define AWSMODEL_ECS_SERVICE_VOLUME_HPP

/// The volumes a service configures when it deploys: today an Amazon EBS volume that ECS creates,
/// attaches to each task and deletes with it, for a task definition volume marked
/// `configuredAtLaunch`. The service shapes (ecs/service.hpp) and their deployments hold these.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceVolumeConfiguration.html

#include <awsmodel/core/arn.hpp>
#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/quantity.hpp>
#include <awsmodel/ec2/resource_ids.hpp>
#include <awsmodel/ecs/managed_ebs_volume.hpp>
#include <awsmodel/ecs/propagate_tags.hpp>
#include <awsmodel/ecs/tag.hpp>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::ecs {

/// The EBS volume ECS creates for each task of the service. `volumeType` is a plain string in the
/// model (gp2, gp3, io1, io2, sc1, st1, standard).
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceManagedEBSVolumeConfiguration.html
struct service_managed_ebs_volume_configuration : core::model {
    std::optional<bool> encrypted;
    std::optional<std::string> kms_key_id; ///< a KMS key id, ARN or alias; needs `encrypted`
    std::optional<std::string> volume_type;
    std::optional<core::gibibytes> size_in_gib; ///< needed unless `snapshot_id` is given
    std::optional<ec2::snapshot_id> snapshot_id;
    std::optional<core::mebibytes_per_second> volume_initialization_rate; ///< with `snapshot_id` only
    std::optional<core::iops> iops; ///< gp3, io1, io2
    std::optional<core::mebibytes_per_second> throughput; ///< gp3 only
    std::optional<std::vector<ebs_tag_specification>> tag_specifications;
    core::arn role_arn; ///< the infrastructure role ECS manages the volume with
    std::optional<core::open_enum<task_filesystem_type>> filesystem_type;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = service_managed_ebs_volume_configuration;
        return core::fields<core::camel_case,
                            core::field<&T::encrypted>,
                            core::field<&T::kms_key_id>,
                            core::field<&T::volume_type, core::with{.aws_default = "gp3"}>,
                            core::field<&T::size_in_gib, core::with{.name = "sizeInGiB"}>,
                            core::field<&T::snapshot_id>,
                            core::field<&T::volume_initialization_rate>,
                            core::field<&T::iops>,
                            core::field<&T::throughput>,
                            core::field<&T::tag_specifications>,
                            core::field<&T::role_arn>,
                            core::field<&T::filesystem_type>>();
    }
    friend bool operator==(const service_managed_ebs_volume_configuration&,
                           const service_managed_ebs_volume_configuration&) = default;
};

/// A volume of the task definition (marked configuredAtLaunch) that the service configures.
struct service_volume_configuration : core::model {
    std::string name; ///< the task definition volume's name
    std::optional<service_managed_ebs_volume_configuration> managed_ebs_volume;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = service_volume_configuration;
        return core::fields<core::camel_case,
                            core::field<&T::name>,
                            core::field<&T::managed_ebs_volume, core::with{.name = "managedEBSVolume"}>>();
    }
    friend bool operator==(const service_volume_configuration&, const service_volume_configuration&) = default;
};

} // namespace awsmodel::ecs

#endif
