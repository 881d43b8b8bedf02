// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_PROPAGATE_TAGS_HPP
#define AWSMODEL_ECS_PROPAGATE_TAGS_HPP

/// Whose tags ECS copies onto the tasks (and the tasks' EBS volumes) it starts: the task
/// definition's, the service's, or none. Shared by RunTask, StartTask and the service shapes.
/// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-using-tags.html

#include <awsmodel/core/enum.hpp>

#include <array>
#include <string_view>

namespace awsmodel::ecs {

/// botocore ecs `PropagateTags`.
enum class propagate_tags { task_definition, service, none };
constexpr auto wire_names(propagate_tags) noexcept {
    return std::to_array<std::string_view>({"TASK_DEFINITION", "SERVICE", "NONE"});
}

} // namespace awsmodel::ecs

#endif
