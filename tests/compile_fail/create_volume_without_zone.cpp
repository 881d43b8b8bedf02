// expect: create_volume_builder::build\(\) requires 'availability_zone'
#include <awsmodel/ec2/create_volume_builder.hpp>

int main() {
    using namespace awsmodel::ec2;
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    auto r = create_volume<volume_type::gp3>().size(100).build();
#else
    auto r = create_volume<volume_type::gp3>().availability_zone("us-east-1a").size(100).build();
#endif
    return r.has_value() ? 0 : 1;
}
