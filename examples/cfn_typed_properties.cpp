// Reads a task definition's Properties as a template writes them, functions and all, changes
// what it knows as typed values, and prints the resource's template again with every function
// where it was.
//
//   cfn_typed_properties > web.template.json
//
// docs/cloudformation.md quotes the region between the `// [typed]` lines.
#include <awsmodel/cfn/encode_cloudformation.hpp>
#include <awsmodel/core/quantity.hpp>
#include <awsmodel/ecs/task_definition.hpp>

#include <boost/json/parse.hpp>

#include <iostream>

int main() {
    using namespace awsmodel;
    using namespace awsmodel::core::literals;

    // [typed]
    boost::json::value properties = boost::json::parse(R"({
      "Cpu": "256", "Memory": "512", "NetworkMode": "awsvpc", "RequiresCompatibilities": ["FARGATE"],
      "ExecutionRoleArn": {"Fn::GetAtt": ["ExecutionRole", "Arn"]},
      "ContainerDefinitions": [{
        "Name": "web", "Image": {"Fn::Sub": "${Repository}:1.27"},
        "LogConfiguration": {"LogDriver": "awslogs", "Options": {
          "awslogs-group": {"Ref": "Logs"}, "awslogs-region": {"Ref": "AWS::Region"}, "awslogs-stream-prefix": "web"}}
      }]})");
    auto read = cfn::read_properties<cfn::ecs_task_definition>(properties);
    for (const auto& finding : read.value.diagnostics()) std::cerr << finding << '\n';
    if (!read.value) return 1;
    cfn::typed_properties<cfn::ecs_task_definition>& task = *read.value;

    // literals are the API value's members; functions are kept at their pointers
    ecs::container_definition& web = task.api.container_definitions.at(0);
    web.memory = 384_MiB;
    ecs::port_mapping http;
    http.container_port = core::port{8080};
    web.port_mappings = {http};
    for (const auto& finding : task.set<&ecs::register_task_definition_request::task_role_arn>(cfn::get_att("TaskRole", "Arn")))
        std::cerr << finding << '\n';

    for (const auto& finding : cfn::validate(task)) std::cerr << finding << '\n';
    std::vector<cfn::note> not_carried_over;
    std::cout << core::encode_cloudformation(task, not_carried_over, {.logical_id = "WebTask"}) << '\n';
    // [typed]
    return not_carried_over.empty() ? 0 : 1;
}
