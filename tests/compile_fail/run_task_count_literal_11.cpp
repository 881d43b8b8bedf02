// expect: run_task_builder::count<N>\(\) requires N from 1 to 10
// ECS-RT-002: RunTask starts 1-10 tasks per call.
#include <awsmodel/ecs/run_task_builder.hpp>

using namespace awsmodel;

int main() {
    auto [task, web] = ecs::task_definition_builder{}.family("report").ec2().add_container(
        ecs::container_builder{}.name("report").image("reports/nightly:1.4").memory(core::mebibytes(512)));
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    auto r = ecs::run_task(task).ec2().count<11>().build();
#else
    auto r = ecs::run_task(task).ec2().count<10>().build();
#endif
    (void)web;
    return r.has_value() ? 0 : 1;
}
