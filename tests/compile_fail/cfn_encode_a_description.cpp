// expect: takes a request that creates a resource awsmodel models in CloudFormation
// A template's resource is what a request creates: a described task definition (with its
// revision and status, which no template states) is not one.
#include <awsmodel/cfn/encode_cloudformation.hpp>
#include <awsmodel/ecs/task_definition.hpp>

using namespace awsmodel;

int main() {
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    ecs::task_definition described;
    std::string t = core::encode_cloudformation(described);
#else
    ecs::register_task_definition_request request;
    std::string t = core::encode_cloudformation(request);
#endif
    return t.empty() ? 1 : 0;
}
