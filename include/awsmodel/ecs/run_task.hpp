// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_RUN_TASK_HPP
#define AWSMODEL_ECS_RUN_TASK_HPP

/// RunTask and StartTask: the requests and responses (ecs/run_task_model.hpp) and their rules
/// (ecs/run_task_rules.hpp), which read the task definition and the cluster from the validation
/// context.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html

#include <awsmodel/core/codec_fwd.hpp>
#include <awsmodel/ecs/run_task_model.hpp>
#include <awsmodel/ecs/run_task_rules.hpp>
#include <awsmodel/shapes.hpp>

// The codecs of the shapes awsmodel/shapes.hpp lists for this header, extern with separate compilation.
AWSMODEL_EXTERN_CODECS(AWSMODEL_SHAPES_ECS_RUN_TASK);

#endif
