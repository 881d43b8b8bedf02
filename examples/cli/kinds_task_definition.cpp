#include "kind.hpp"

#include <awsmodel/ecs/task_definition.hpp>

namespace {
using namespace awsmodel;
cli::registrar task_definition_kinds{
    cli::make_kind<ecs::register_task_definition_request>("task-definition", "ecs", "RegisterTaskDefinitionRequest"),
    cli::make_kind<ecs::task_definition>("task-definition-description", "ecs", "TaskDefinition"),
    cli::make_kind<ecs::describe_task_definition_response>("describe-task-definition", "ecs",
                                                           "DescribeTaskDefinitionResponse"),
};
} // namespace
