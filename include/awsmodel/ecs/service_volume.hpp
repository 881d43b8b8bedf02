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
#include <awsmodel/ecs/propagate_tags.hpp>
#include <awsmodel/ecs/tag.hpp>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::ecs {

/// botocore ecs `EBSResourceType`: what a tag specification tags.
enum class ebs_resource_type { volume };
constexpr auto wire_names(ebs_resource_type) noexcept { return std::to_array<std::string_view>({"volume"}); }

/// botocore ecs `TaskFilesystemType`.
enum class task_filesystem_type { ext3, ext4, xfs, ntfs };
constexpr auto wire_names(task_filesystem_type) noexcept {
    return std::to_array<std::string_view>({"ext3", "ext4", "xfs", "ntfs"});
}

/// The tags ECS puts on the volumes it creates.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EBSTagSpecification.html
struct ebs_tag_specification : core::model {
    core::open_enum<ebs_resource_type> resource_type;
    std::optional<std::vector<tag>> tags;
    std::optional<core::open_enum<ecs::propagate_tags>> propagate_tags; ///< TASK_DEFINITION or SERVICE; absent: none are copied
    core::extra_members extra;

    static constexpr auto fields() {
        using T = ebs_tag_specification;
        return core::fields<core::camel_case,
                            core::field<&T::resource_type>,
                            core::field<&T::tags, core::with{.min = 0, .max = 50}>,
                            core::field<&T::propagate_tags>>();
    }
    friend bool operator==(const ebs_tag_specification&, const ebs_tag_specification&) = default;
};

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
