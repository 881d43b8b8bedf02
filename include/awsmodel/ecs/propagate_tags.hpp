// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_PROPAGATE_TAGS_HPP
#define AWSMODEL_ECS_PROPAGATE_TAGS_HPP

/// Where the tags of the tasks a service or RunTask starts (and of their managed EBS volumes)
/// are copied from.
/// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-using-tags.html

#include <awsmodel/core/enum.hpp>

#include <array>
#include <string_view>

namespace awsmodel::ecs {

/// botocore ecs `PropagateTags`: from the task definition, from the service, or not at all.
enum class propagate_tags { task_definition, service, none };
constexpr auto wire_names(propagate_tags) noexcept {
    return std::to_array<std::string_view>({"TASK_DEFINITION", "SERVICE", "NONE"});
}

} // namespace awsmodel::ecs

#endif
