// expect: allows at most 10 containers
// ECS-TD-004: at most 10 containers per task definition, a quota AWS does not raise.
#include <awsmodel/ecs/task_definition_builder.hpp>

using namespace awsmodel;

namespace {
auto c(core::literal<ecs::container_name_policy> name) {
    return ecs::container_builder{}.name(name).image("busybox:1.36").memory(core::mebibytes(16));
}
} // namespace

int main() {
    auto r = ecs::task_definition_builder{}
                 .family("many")
                 .ec2()
                 .container(c("c1")).container(c("c2")).container(c("c3")).container(c("c4")).container(c("c5"))
                 .container(c("c6")).container(c("c7")).container(c("c8")).container(c("c9")).container(c("c10"))
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
                 .container(c("c11"))
#endif
                 .build();
    return r.has_value() ? 0 : 1;
}
