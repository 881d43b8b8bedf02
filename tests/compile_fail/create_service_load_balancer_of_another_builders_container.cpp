// expect: create_service_builder::load_balancer\(\) requires a handle of a container of the task definition builder
// ECS-SV-062: the load balancer's container is one of the service's task definition.
#include <awsmodel/ecs/create_service_builder.hpp>

using namespace awsmodel;

int main() {
    auto [other, admin] = ecs::task_definition_builder{}.family("admin").ec2().add_container(
        ecs::container_builder{}.name("web").image("admin/web:1.0").memory(core::mebibytes(256)).port<8080>());
    auto [task, web] = ecs::task_definition_builder{}.family("storefront-web").ec2().add_container(
        ecs::container_builder{}.name("web").image("nginx:1.27").memory(core::mebibytes(256)).port<8080>());
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    auto r = ecs::create_service(task)
                 .service_name("storefront-web")
                 .desired_count(2)
                 .load_balancer<8080>(admin, "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123456789abcdef")
                 .build();
#else
    auto r = ecs::create_service(task)
                 .service_name("storefront-web")
                 .desired_count(2)
                 .load_balancer<8080>(web, "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123456789abcdef")
                 .build();
#endif
    (void)admin;
    return r.has_value() ? 0 : 1;
}
