// expect: requires maximumPercent 100 for a DAEMON service
// ECS-SV-020: a DAEMON service runs one task per container instance, so its maximumPercent is 100.
#include <awsmodel/ecs/create_service_builder.hpp>

using namespace awsmodel;

int main() {
    auto [task, agent] = ecs::task_definition_builder{}.family("log-agent").ec2().add_container(
        ecs::container_builder{}.name("agent").image("fluent/fluent-bit:3.1").memory(core::mebibytes(128)));
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    auto r = ecs::create_service(task).service_name("log-agent").daemon().deployment<0, 200>().build();
#else
    auto r = ecs::create_service(task).service_name("log-agent").daemon().deployment<0, 100>().build();
#endif
    (void)agent;
    return r.has_value() ? 0 : 1;
}
