// expect: create_service_builder::build\(\) requires 'taskDefinition'
// ECS-SV-007: the ECS deployment controller (the default) starts tasks of a task definition.
#include <awsmodel/ecs/create_service_builder.hpp>

using namespace awsmodel;

int main() {
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    auto r = ecs::create_service().service_name("storefront-web").desired_count(2).ec2().build();
#else
    auto r = ecs::create_service()
                 .service_name("storefront-web")
                 .task_definition(core::runtime("storefront-web:7"))
                 .desired_count(2)
                 .ec2()
                 .build();
#endif
    return r.has_value() ? 0 : 1;
}
