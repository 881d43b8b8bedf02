// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CFN_RESOURCE_TYPES_HPP
#define AWSMODEL_CFN_RESOURCE_TYPES_HPP

/// The CloudFormation resources awsmodel models, as the API documents they are. Adding one is its
/// header (cfn/ecs_task_definition.hpp shows what a resource states), its include and its
/// `X(descriptor)` line here; cfn::validate_properties, cfn::is_supported,
/// core::encode_cloudformation, the command line's `cfn` and the drift test follow. A type whose
/// Properties are one of two requests (AWS::EC2::KeyPair: CreateKeyPair or ImportKeyPair) has a
/// descriptor per request, each saying which Properties it `takes`; the first that does is used.

#include <awsmodel/cfn/ec2_instance.hpp>
#include <awsmodel/cfn/ec2_key_pair.hpp>
#include <awsmodel/cfn/ec2_launch_template.hpp>
#include <awsmodel/cfn/ec2_volume.hpp>
#include <awsmodel/cfn/ecs_cluster.hpp>
#include <awsmodel/cfn/ecs_service.hpp>
#include <awsmodel/cfn/ecs_task_definition.hpp>

#define AWSMODEL_CFN_RESOURCE_TYPES(X)                                                                         \
    X(::awsmodel::cfn::ecs_task_definition)                                                                    \
    X(::awsmodel::cfn::ecs_cluster)                                                                            \
    X(::awsmodel::cfn::ecs_service)                                                                            \
    X(::awsmodel::cfn::ec2_instance)                                                                           \
    X(::awsmodel::cfn::ec2_volume)                                                                             \
    X(::awsmodel::cfn::ec2_key_pair)                                                                           \
    X(::awsmodel::cfn::ec2_key_pair_import)                                                                    \
    X(::awsmodel::cfn::ec2_launch_template)

#endif
