// expect: requires at least one container; call .container
// ECS-TD-003: a task definition runs at least one container.
#include <awsmodel/ecs/task_definition_builder.hpp>

using namespace awsmodel;

int main() {
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    auto r = ecs::task_definition_builder{}.family("web").fargate<256, 512>().build();
#else
    auto r = ecs::task_definition_builder{}
                 .family("web")
                 .fargate<256, 512>()
                 .container(ecs::container_builder{}.name("web").image("nginx:1.27"))
                 .build();
#endif
    return r.has_value() ? 0 : 1;
}
