// expect: run_task_builder::network_configuration\(\) is for task definitions whose networkMode is awsvpc
// ECS-RT-009: a bridge task definition's tasks share the instance's network; a networkConfiguration
// is refused.
#include <awsmodel/ecs/run_task_builder.hpp>

using namespace awsmodel;

int main() {
    auto [task, web] = ecs::task_definition_builder{}.family("report").ec2().add_container(
        ecs::container_builder{}.name("report").image("reports/nightly:1.4").memory(core::mebibytes(512)));
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    auto r = ecs::run_task(task).ec2().network_configuration(ecs::awsvpc({"subnet-0a1b2c3d"})).build();
#else
    auto r = ecs::run_task(task).ec2().build();
#endif
    (void)web;
    return r.has_value() ? 0 : 1;
}
