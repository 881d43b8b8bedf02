// expect: container_builder::build.. requires 'image'; call .image
// ECS-TD-062: ECS rejects a container without an image, although botocore does not require one.
#include <awsmodel/ecs/container_builder.hpp>

using namespace awsmodel;

int main() {
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    auto c = ecs::container_builder{}.name("web").port(8080).build();
#else
    auto c = ecs::container_builder{}.name("web").image("nginx:1.27").port(8080).build();
#endif
    return c.has_value() ? 0 : 1;
}
