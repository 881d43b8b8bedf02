// expect: requires handles of containers added to this builder
// ECS-TD-087: a container can depend only on containers of its own task definition; a handle
// from another builder has another type.
#include <awsmodel/ecs/task_definition_builder.hpp>

using namespace awsmodel;

int main() {
    auto [other, other_db] = ecs::task_definition_builder{}.family("db").fargate<256, 512>().add_container(
        ecs::container_builder{}.name("db").image("postgres:16"));
    auto [other2, other_web] = std::move(other).add_container(ecs::container_builder{}.name("web").image("nginx"));
    auto [task, db] = ecs::task_definition_builder{}.family("web").fargate<256, 512>().add_container(
        ecs::container_builder{}.name("db").image("postgres:16"));
    auto [task2, web] = std::move(task).add_container(ecs::container_builder{}.name("web").image("nginx"));
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    auto r = std::move(task2).depends_on(other_web, other_db, ecs::container_condition::start).build();
#else
    auto r = std::move(task2).depends_on(web, db, ecs::container_condition::start).build();
#endif
    (void)other2;
    return r.has_value() ? 0 : 1;
}
