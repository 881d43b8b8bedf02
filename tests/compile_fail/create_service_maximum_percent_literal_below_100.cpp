// expect: requires maximumPercent of at least 100 for a REPLICA service
// ECS-SV-036: with the ECS deployment controller a REPLICA service's maximumPercent is at least
// 100 (below it a rolling deployment could not keep the desired count running).
#include <awsmodel/ecs/create_service_builder.hpp>

using namespace awsmodel;

int main() {
    auto [task, web] = ecs::task_definition_builder{}.family("storefront-web").ec2().add_container(
        ecs::container_builder{}.name("web").image("nginx:1.27").memory(core::mebibytes(256)));
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    auto r = ecs::create_service(task).service_name("storefront-web").desired_count(4).deployment<50, 90>().build();
#else
    auto r = ecs::create_service(task).service_name("storefront-web").desired_count(4).deployment<50, 100>().build();
#endif
    (void)web;
    return r.has_value() ? 0 : 1;
}
