// expect: requires a handle of a container of the task definition builder this request was made from
// ECS-RT-018: a container override names a container of the task definition the request runs; a
// handle of another task definition builder has another type.
#include <awsmodel/ecs/run_task_builder.hpp>

using namespace awsmodel;

int main() {
    auto [other, other_worker] = ecs::task_definition_builder{}.family("billing").ec2().add_container(
        ecs::container_builder{}.name("worker").image("billing/worker:2.0").memory(core::mebibytes(256)));
    auto [task, worker] = ecs::task_definition_builder{}.family("report").ec2().add_container(
        ecs::container_builder{}.name("worker").image("reports/nightly:1.4").memory(core::mebibytes(256)));
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    auto r = ecs::run_task(task).ec2().environment(other_worker, "REPORT_DATE", "2026-12-01").build();
#else
    auto r = ecs::run_task(task).ec2().environment(worker, "REPORT_DATE", "2026-12-01").build();
#endif
    (void)other_worker;
    (void)worker;
    return r.has_value() ? 0 : 1;
}
