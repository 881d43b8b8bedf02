// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_SERVICE_HPP
#define AWSMODEL_ECS_SERVICE_HPP

/// ECS services: CreateService and UpdateService, the Service that DescribeServices returns and
/// the responses (ecs/service_model.hpp), and the requests' rules (ecs/service_rules.hpp), which
/// read the task definition and the cluster from the validation context.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html

#include <awsmodel/core/codec_fwd.hpp>
#include <awsmodel/ecs/service_model.hpp>
#include <awsmodel/ecs/service_rules.hpp>
#include <awsmodel/shapes.hpp>

// The codecs of the shapes awsmodel/shapes.hpp lists for this header, extern with separate compilation.
AWSMODEL_EXTERN_CODECS(AWSMODEL_SHAPES_ECS_SERVICE);

#endif
