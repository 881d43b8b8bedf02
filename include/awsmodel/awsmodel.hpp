// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_AWSMODEL_HPP
#define AWSMODEL_AWSMODEL_HPP

// Everything. Prefer the headers of the concepts you use: each compiles on its own. Every header
// of awsmodel/shapes.hpp's list is included here (src.hpp and for_each_top_level_shape need them).

#include <awsmodel/core/json.hpp>
#include <awsmodel/core/validate.hpp>
#include <awsmodel/rules.hpp>

#include <awsmodel/ec2/ami.hpp>
#include <awsmodel/ec2/attach_volume.hpp>
#include <awsmodel/ec2/create_volume_builder.hpp>
#include <awsmodel/ec2/ebs_volume.hpp>
#include <awsmodel/ec2/instance.hpp>
#include <awsmodel/ec2/instance_type.hpp>
#include <awsmodel/ec2/key_pair.hpp>
#include <awsmodel/ec2/run_instances.hpp>

#include <awsmodel/ecs/cluster.hpp>
#include <awsmodel/ecs/container_instance.hpp>
#include <awsmodel/ecs/container_instance_launch.hpp>
#include <awsmodel/ecs/create_service_builder.hpp>
#include <awsmodel/ecs/run_task.hpp>
#include <awsmodel/ecs/run_task_builder.hpp>
#include <awsmodel/ecs/task.hpp>
#include <awsmodel/ecs/service.hpp>
#include <awsmodel/ecs/task_definition.hpp>
#include <awsmodel/ecs/task_definition_builder.hpp>
#include <awsmodel/ecs/task_definition_list.hpp>
#include <awsmodel/ecs_agent/container_metadata_file.hpp>
#include <awsmodel/ecs_agent/ecs_config.hpp>
#include <awsmodel/ecs_agent/error_body.hpp>
#include <awsmodel/ecs_agent/introspection.hpp>
#include <awsmodel/ecs_agent/stats.hpp>
#include <awsmodel/ecs_agent/task_metadata.hpp>
#include <awsmodel/ecs_agent/task_protection.hpp>

#include <awsmodel/iam/managed_policy.hpp>
#include <awsmodel/iam/policy.hpp>
#include <awsmodel/iam/role_requests.hpp>

#include <awsmodel/shapes.hpp>

#include <string_view>
#include <type_traits>

namespace awsmodel {

/// What awsmodel/shapes.hpp says of a top-level shape besides its type.
struct top_level_shape_info {
    std::string_view kind;           ///< the command line's name: `create-volume`
    std::string_view service;        ///< ecs or ec2
    std::string_view botocore_shape; ///< `CreateVolumeRequest`
};

/// Calls `f(std::type_identity<T>{}, top_level_shape_info{...})` for each top-level shape of
/// awsmodel/shapes.hpp, in the list's order: the hook for code that covers every shape
/// (a schema per shape, tests/separate_compilation).
template <class F>
constexpr void for_each_top_level_shape(F&& f) {
#define AWSMODEL_DETAIL_VISIT_SHAPE(T, kind, service, shape) f(std::type_identity<T>{}, top_level_shape_info{kind, service, shape});
    AWSMODEL_TOP_LEVEL_SHAPES(AWSMODEL_DETAIL_VISIT_SHAPE)
#undef AWSMODEL_DETAIL_VISIT_SHAPE
}

} // namespace awsmodel

#endif
