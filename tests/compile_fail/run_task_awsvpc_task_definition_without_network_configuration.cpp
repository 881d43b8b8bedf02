// expect: run_task_builder::build\(\) requires 'networkConfiguration' for a task definition whose networkMode is awsvpc
// ECS-RT-009: the task definition builder's type knows it is awsvpc (.fargate<...>()), so even on
// EC2 instances the request needs the tasks' subnets.
#include <awsmodel/ecs/run_task_builder.hpp>

using namespace awsmodel;

int main() {
    auto [task, web] = ecs::task_definition_builder{}.family("report").fargate<256, 512>().add_container(
        ecs::container_builder{}.name("report").image("reports/nightly:1.4"));
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    auto r = ecs::run_task(task).count<2>().build();
#else
    auto r = ecs::run_task(task).count<2>().network_configuration(ecs::awsvpc({"subnet-0a1b2c3d"})).build();
#endif
    (void)web;
    return r.has_value() ? 0 : 1;
}
