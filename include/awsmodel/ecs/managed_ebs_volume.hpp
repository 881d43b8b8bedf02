// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_MANAGED_EBS_VOLUME_HPP
#define AWSMODEL_ECS_MANAGED_EBS_VOLUME_HPP

/// What the EBS volumes ECS creates for tasks have in common, whether RunTask or StartTask
/// (ecs/run_task.hpp) or a service (ecs/service_volume.hpp) asks for them: the file system and
/// the tags ECS puts on each volume.

#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/ecs/propagate_tags.hpp>
#include <awsmodel/ecs/tag.hpp>

#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace awsmodel::ecs {

/// botocore ecs `EBSResourceType`: what the tags of a managed EBS volume go on.
enum class ebs_resource_type { volume };
constexpr auto wire_names(ebs_resource_type) noexcept { return std::to_array<std::string_view>({"volume"}); }

/// botocore ecs `TaskFilesystemType`: the file system ECS makes on a new volume (ntfs for Windows).
enum class task_filesystem_type { ext3, ext4, xfs, ntfs };
constexpr auto wire_names(task_filesystem_type) noexcept {
    return std::to_array<std::string_view>({"ext3", "ext4", "xfs", "ntfs"});
}

/// The tags ECS puts on a volume it creates: given here, copied from the task definition or the
/// service, or both.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EBSTagSpecification.html
struct ebs_tag_specification : core::model {
    core::open_enum<ebs_resource_type> resource_type;
    std::optional<std::vector<tag>> tags;
    std::optional<core::open_enum<ecs::propagate_tags>> propagate_tags;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = ebs_tag_specification;
        return core::fields<core::camel_case,
                            core::field<&T::resource_type>,
                            core::field<&T::tags, core::with{.min = 0, .max = 50}>,
                            core::field<&T::propagate_tags, core::with{.aws_default = "NONE"}>>();
    }
    friend bool operator==(const ebs_tag_specification&, const ebs_tag_specification&) = default;
};

} // namespace awsmodel::ecs

#endif
