// expect: task_family_may_use_only_letters_digits_hyphens_and_underscores
// ECS-TD-002: a family is 1-255 letters, digits, hyphens and underscores.
#include <awsmodel/ecs/task_definition_builder.hpp>

using namespace awsmodel;

int main() {
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    auto b = ecs::task_definition_builder{}.family("storefront web");
#else
    auto b = ecs::task_definition_builder{}.family("storefront-web");
#endif
    auto r = std::move(b).fargate<256, 512>().container(ecs::container_builder{}.name("web").image("nginx")).build();
    return r.has_value() ? 0 : 1;
}
