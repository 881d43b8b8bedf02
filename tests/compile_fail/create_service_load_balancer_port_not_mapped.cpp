// expect: create_service_builder::load_balancer<Port>\(\) requires a port the container maps
// ECS-SV-062: the load balancer's containerPort is a port mapping of its container; this
// container's ports are all literals (.port<P>()), so its handle knows it maps 8080 only.
#include <awsmodel/ecs/create_service_builder.hpp>

using namespace awsmodel;

int main() {
    auto [task, web] = ecs::task_definition_builder{}.family("storefront-web").fargate<512, 1024>().add_container(
        ecs::container_builder{}.name("web").image("nginx:1.27").port<8080>());
    constexpr const char* target_group = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123456789abcdef";
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    auto r = ecs::create_service(task)
                 .service_name("storefront-web")
                 .desired_count(2)
                 .network_configuration(ecs::awsvpc({"subnet-0a1b2c3d"}))
                 .load_balancer<80>(web, core::runtime(target_group))
                 .build();
#else
    auto r = ecs::create_service(task)
                 .service_name("storefront-web")
                 .desired_count(2)
                 .network_configuration(ecs::awsvpc({"subnet-0a1b2c3d"}))
                 .load_balancer<8080>(web, core::runtime(target_group))
                 .build();
#endif
    return r.has_value() ? 0 : 1;
}
