// expect: container_name_may_use_only_letters_digits_hyphens_and_underscores
// ECS-TD-061: a container name is 1-255 letters, digits, hyphens and underscores.
#include <awsmodel/ecs/container_builder.hpp>

using namespace awsmodel;

int main() {
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    auto c = ecs::container_builder{}.name("web.v2").image("nginx:1.27").build();
#else
    auto c = ecs::container_builder{}.name("web-v2").image("nginx:1.27").build();
#endif
    return c.has_value() ? 0 : 1;
}
