// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_TASK_DEFINITION_HPP
#define AWSMODEL_ECS_TASK_DEFINITION_HPP

/// ECS task definitions: the RegisterTaskDefinition request, the TaskDefinition that ECS
/// describes, DescribeTaskDefinition's response (ecs/task_definition_model.hpp), and their rules
/// (ecs/task_definition_rules.hpp and ecs/container_definition_rules.hpp).
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html
///
/// With AWSMODEL_SEPARATE_COMPILATION the rules are left to awsmodel/src.hpp, which compiles them
/// once for the program: this header then declares the request's and the container's
/// `validate_rules` (the model headers do) without defining them, so a TU that decodes, validates
/// and encodes a task definition parses none of the ~2,000 lines of rules. Include the rule
/// headers yourself to call their helpers.

#include <awsmodel/core/codec_fwd.hpp>
#include <awsmodel/ecs/task_definition_model.hpp>
#ifndef AWSMODEL_SEPARATE_COMPILATION
#include <awsmodel/ecs/task_definition_rules.hpp>
#endif
#include <awsmodel/shapes.hpp>

// The codecs of the shapes awsmodel/shapes.hpp lists for this header, extern with separate compilation.
AWSMODEL_EXTERN_CODECS(AWSMODEL_SHAPES_ECS_TASK_DEFINITION);

#endif
