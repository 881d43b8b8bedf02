// The value-types TU of the compile-time goal: builds a task definition in code, with no JSON.
#include <awsmodel/ecs/task_definition.hpp>

#include <cstdio>
#include <utility>

int main() {
    using namespace awsmodel;
    ecs::register_task_definition_request td;
    td.family = "web";
    ecs::container_definition c;
    c.name = ecs::container_name("app");
    c.essential = true;
    td.container_definitions.push_back(std::move(c));
    std::printf("%s: %zu container(s)\n", td.family.str().c_str(), td.container_definitions.size());
}
