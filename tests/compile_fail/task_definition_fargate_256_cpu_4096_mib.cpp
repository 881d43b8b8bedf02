// expect: fargate_256_cpu_takes_512_1024_or_2048_mib
// ECS-TD-013: a quarter vCPU takes at most 2 GiB on Fargate; the error names what it takes.
#include <awsmodel/ecs/task_definition_builder.hpp>

using namespace awsmodel;

int main() {
    auto b = ecs::task_definition_builder{}.family("web");
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    auto r = std::move(b).fargate<256, 4096>().container(ecs::container_builder{}.name("web").image("nginx")).build();
#else
    auto r = std::move(b).fargate<256, 2048>().container(ecs::container_builder{}.name("web").image("nginx")).build();
#endif
    return r.has_value() ? 0 : 1;
}
