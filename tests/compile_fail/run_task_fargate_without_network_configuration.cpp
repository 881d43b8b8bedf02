// expect: run_task_builder::build\(\) requires 'networkConfiguration' with launchType FARGATE
// ECS-RT-009: Fargate tasks use awsvpc networking, whose subnets the request gives. The task
// definition's network mode is set at run time here, so only the launch type tells.
#include <awsmodel/ecs/run_task_builder.hpp>

using namespace awsmodel;

int main() {
    auto [task, web] = ecs::task_definition_builder{}
                           .family("report")
                           .network_mode(ecs::network_mode::awsvpc)
                           .add_container(ecs::container_builder{}.name("report").image("reports/nightly:1.4"));
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    auto r = ecs::run_task(task).fargate().build();
#else
    auto r = ecs::run_task(task).fargate().network_configuration(ecs::awsvpc({"subnet-0a1b2c3d"})).build();
#endif
    (void)web;
    return r.has_value() ? 0 : 1;
}
