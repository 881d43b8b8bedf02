// expect: port_must_be_between_0_and_65535
// ECS-TD-067: a container port is a TCP or UDP port number.
#include <awsmodel/ecs/container_builder.hpp>

using namespace awsmodel;

int main() {
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    auto c = ecs::container_builder{}.name("web").image("nginx:1.27").port(70000).build();
#else
    auto c = ecs::container_builder{}.name("web").image("nginx:1.27").port(7000).build();
#endif
    return c.has_value() ? 0 : 1;
}
