// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_AWSMODEL_HPP
#define AWSMODEL_AWSMODEL_HPP

// Everything. Prefer the headers of the concepts you use: each compiles on its own.

#include <awsmodel/core/json.hpp>
#include <awsmodel/core/validate.hpp>
#include <awsmodel/rules.hpp>

#include <awsmodel/ec2/ami.hpp>
#include <awsmodel/ec2/create_volume_builder.hpp>
#include <awsmodel/ec2/ebs_volume.hpp>
#include <awsmodel/ec2/instance.hpp>
#include <awsmodel/ec2/instance_type.hpp>
#include <awsmodel/ec2/key_pair.hpp>
#include <awsmodel/ec2/run_instances.hpp>

#include <awsmodel/ecs/cluster.hpp>
#include <awsmodel/ecs/container_instance_launch.hpp>
#include <awsmodel/ecs/task_definition.hpp>
#include <awsmodel/ecs/task_definition_builder.hpp>

#endif
