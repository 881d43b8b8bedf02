// Prints a CloudFormation template holding one AWS::ECS::TaskDefinition, built with the task
// definition builder: the same checked value that `core::encode` writes as a
// RegisterTaskDefinition request.
//
//   cfn_task_definition > web.template.json
//   aws cloudformation deploy --template-file web.template.json --stack-name web
//
// docs/cloudformation.md quotes the region between the `// [cfn]` lines.
#include <awsmodel/cfn/encode_cloudformation.hpp>
#include <awsmodel/ecs/task_definition_builder.hpp>

#include <iostream>

int main() {
    using namespace awsmodel;
    using namespace awsmodel::core::literals;

    // [cfn]
    auto web = ecs::container_builder{}
                   .name("web")
                   .image("public.ecr.aws/nginx/nginx:1.27")
                   .port<80>()
                   .awslogs("/ecs/web", "eu-west-1", "web");
    auto built = ecs::task_definition_builder{}
                     .family("web")
                     .fargate<256, 512>()
                     .execution_role("arn:aws:iam::123456789012:role/ecsTaskExecutionRole")
                     .container(std::move(web))
                     .tag("service", "web")
                     .build();
    for (const auto& finding : built.diagnostics()) std::cerr << finding << '\n';
    if (!built) return 1;
    std::vector<cfn::note> not_carried_over;
    std::string tmpl = core::encode_cloudformation(*built, not_carried_over, {.logical_id = "WebTask"});
    for (const auto& n : not_carried_over) std::cerr << n.pointer << ": " << n.text << '\n';
    std::cout << tmpl << '\n';
    // [cfn]
    return not_carried_over.empty() ? 0 : 1;
}
