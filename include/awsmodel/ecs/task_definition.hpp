// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_TASK_DEFINITION_HPP
#define AWSMODEL_ECS_TASK_DEFINITION_HPP

/// ECS task definitions: the RegisterTaskDefinition request, the TaskDefinition that ECS
/// describes, DescribeTaskDefinition's response (ecs/task_definition_model.hpp), and their rules
/// (ecs/task_definition_rules.hpp and ecs/container_definition_rules.hpp).
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html

#include <awsmodel/core/codec_fwd.hpp>
#include <awsmodel/ecs/task_definition_model.hpp>
#include <awsmodel/ecs/task_definition_rules.hpp>
#include <awsmodel/shapes.hpp>

// The codecs of the shapes awsmodel/shapes.hpp lists for this header, extern with separate compilation.
AWSMODEL_EXTERN_CODECS(AWSMODEL_SHAPES_ECS_TASK_DEFINITION);

#endif
