// expect: requires 'family'; call .family
// A task definition is registered under a family: a builder never given one has no build().
#include <awsmodel/ecs/task_definition_builder.hpp>

using namespace awsmodel;

int main() {
    auto web = ecs::container_builder{}.name("web").image("nginx:1.27").memory(core::mebibytes(256));
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    auto r = ecs::task_definition_builder{}.ec2().container(std::move(web)).build();
#else
    auto r = ecs::task_definition_builder{}.family("web").ec2().container(std::move(web)).build();
#endif
    return r.has_value() ? 0 : 1;
}
