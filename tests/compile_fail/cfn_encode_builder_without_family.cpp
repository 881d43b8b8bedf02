// expect: requires 'family'; call .family
// A builder goes into a CloudFormation template as it goes into build(): one that lacks what a
// task definition needs does not compile there either.
#include <awsmodel/cfn/encode_cloudformation.hpp>
#include <awsmodel/ecs/task_definition_builder.hpp>

using namespace awsmodel;

int main() {
    auto web = ecs::container_builder{}.name("web").image("nginx:1.27").memory(core::mebibytes(256));
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    auto t = core::encode_cloudformation(ecs::task_definition_builder{}.ec2().container(std::move(web)));
#else
    auto t = core::encode_cloudformation(ecs::task_definition_builder{}.family("web").ec2().container(std::move(web)));
#endif
    return t.has_value() ? 0 : 1;
}
