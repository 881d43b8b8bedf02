// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_SRC_HPP
#define AWSMODEL_SRC_HPP

// Separate compilation: include this file in exactly one .cpp of a program whose TUs define
// AWSMODEL_SEPARATE_COMPILATION (see awsmodel/core/codec_fwd.hpp). It compiles the decoder, the
// encoder and every rule of each top-level shape once; the other TUs link to them.
//
// The shapes are those of awsmodel/shapes.hpp, the list from which each header declares them
// extern (AWSMODEL_EXTERN_CODECS); tests/separate_compilation fails to link if one is missing here,
// and finds a shape instantiated in a user TU if one is missing there.

#include <awsmodel/awsmodel.hpp>
#include <awsmodel/ecs/container_definition_rules.hpp>
#include <awsmodel/ecs/task_definition_rules.hpp>
#include <awsmodel/shapes.hpp>

#define AWSMODEL_DETAIL_INSTANTIATE_CODEC(T, kind, service, shape) AWSMODEL_CODEC_INSTANTIATIONS(, T);
AWSMODEL_TOP_LEVEL_SHAPES(AWSMODEL_DETAIL_INSTANTIATE_CODEC)
#undef AWSMODEL_DETAIL_INSTANTIATE_CODEC

// The rules that ecs/task_definition.hpp leaves out with separate compilation, for TUs that
// validate a task definition's parts themselves (a container alone instantiates validate there).
template void awsmodel::ecs::validate_rules(const awsmodel::ecs::container_definition&, awsmodel::core::checker&);
template void awsmodel::ecs::validate_rules(const awsmodel::ecs::register_task_definition_request&,
                                            awsmodel::core::checker&);

#endif
