// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_TASK_DEFINITION_LIST_HPP
#define AWSMODEL_ECS_TASK_DEFINITION_LIST_HPP

/// The pages ListTaskDefinitions and ListTaskDefinitionFamilies return: task definition ARNs and
/// family names. They are a header of their own rather than part of ecs/task_definition.hpp
/// because they hold nothing of a task definition but its name: a program that pages through
/// the names need not compile the task definition's values and rules, and the task
/// definition's group of awsmodel/shapes.hpp stays the documents that describe one.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListTaskDefinitions.html
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListTaskDefinitionFamilies.html

#include <awsmodel/core/arn.hpp>
#include <awsmodel/core/codec_fwd.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/ecs/name.hpp>
#include <awsmodel/shapes.hpp>

#include <optional>
#include <string>
#include <vector>

namespace awsmodel::ecs {

/// ListTaskDefinitions' output: one page of task definition ARNs (family:revision at the end);
/// `nextToken` asks for the next.
struct list_task_definitions_response : core::model {
    std::optional<std::vector<core::arn>> task_definition_arns;
    std::optional<std::string> next_token;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = list_task_definitions_response;
        return core::fields<core::camel_case,
                            core::field<&T::task_definition_arns>,
                            core::field<&T::next_token>>();
    }
    friend bool operator==(const list_task_definitions_response&, const list_task_definitions_response&) = default;
};

/// ListTaskDefinitionFamilies' output: one page of family names.
struct list_task_definition_families_response : core::model {
    std::optional<std::vector<ecs::task_family>> families;
    std::optional<std::string> next_token;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = list_task_definition_families_response;
        return core::fields<core::camel_case,
                            core::field<&T::families>,
                            core::field<&T::next_token>>();
    }
    friend bool operator==(const list_task_definition_families_response&,
                           const list_task_definition_families_response&) = default;
};

} // namespace awsmodel::ecs

// The codecs of the shapes awsmodel/shapes.hpp lists for this header, extern with separate compilation.
AWSMODEL_EXTERN_CODECS(AWSMODEL_SHAPES_ECS_TASK_DEFINITION_LIST);

#endif
