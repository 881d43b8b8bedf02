// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_SRC_HPP
#define AWSMODEL_SRC_HPP

// Separate compilation: include this file in exactly one .cpp of a program whose TUs define
// AWSMODEL_SEPARATE_COMPILATION (see awsmodel/core/codec_fwd.hpp). It compiles the decoder, the
// encoder and every rule of each top-level shape once; the other TUs link to them.
//
// The list is the one the headers declare with AWSMODEL_EXTERN_CODEC; tests/separate_compilation
// fails to link if a shape is missing here, and finds a shape instantiated in a user TU if it is
// missing there.

#include <awsmodel/awsmodel.hpp>

AWSMODEL_CODEC_INSTANTIATIONS(, awsmodel::ecs::register_task_definition_request);
AWSMODEL_CODEC_INSTANTIATIONS(, awsmodel::ecs::task_definition);
AWSMODEL_CODEC_INSTANTIATIONS(, awsmodel::ecs::describe_task_definition_response);
AWSMODEL_CODEC_INSTANTIATIONS(, awsmodel::ecs::create_cluster_request);
AWSMODEL_CODEC_INSTANTIATIONS(, awsmodel::ecs::cluster);
AWSMODEL_CODEC_INSTANTIATIONS(, awsmodel::ecs::create_cluster_response);
AWSMODEL_CODEC_INSTANTIATIONS(, awsmodel::ecs::describe_clusters_response);
AWSMODEL_CODEC_INSTANTIATIONS(, awsmodel::ec2::create_volume_request);
AWSMODEL_CODEC_INSTANTIATIONS(, awsmodel::ec2::volume);
AWSMODEL_CODEC_INSTANTIATIONS(, awsmodel::ec2::describe_volumes_result);
AWSMODEL_CODEC_INSTANTIATIONS(, awsmodel::ec2::run_instances_request);
AWSMODEL_CODEC_INSTANTIATIONS(, awsmodel::ec2::instance);
AWSMODEL_CODEC_INSTANTIATIONS(, awsmodel::ec2::reservation);
AWSMODEL_CODEC_INSTANTIATIONS(, awsmodel::ec2::describe_instances_result);
AWSMODEL_CODEC_INSTANTIATIONS(, awsmodel::ec2::create_key_pair_request);
AWSMODEL_CODEC_INSTANTIATIONS(, awsmodel::ec2::import_key_pair_request);
AWSMODEL_CODEC_INSTANTIATIONS(, awsmodel::ec2::key_pair);
AWSMODEL_CODEC_INSTANTIATIONS(, awsmodel::ec2::key_pair_info);
AWSMODEL_CODEC_INSTANTIATIONS(, awsmodel::ec2::import_key_pair_result);
AWSMODEL_CODEC_INSTANTIATIONS(, awsmodel::ec2::describe_key_pairs_result);

#endif
