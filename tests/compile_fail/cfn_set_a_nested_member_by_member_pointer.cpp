// expect: takes a member of the resource's API type, one of its field table
// typed_properties::set<&Member> names a member of the Properties' own API type; a container's
// image is nested in a list, so it is set by its pointer.
#include <awsmodel/cfn/ecs_task_definition.hpp>
#include <awsmodel/cfn/typed_properties.hpp>

using namespace awsmodel;

int main() {
    cfn::typed_properties<cfn::ecs_task_definition> t;
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    auto ds = t.set<&ecs::container_definition::image>(cfn::ref("Image"));
#else
    auto ds = t.set<&ecs::register_task_definition_request::task_role_arn>(cfn::ref("Role"));
#endif
    return ds.empty() ? 0 : 1;
}
