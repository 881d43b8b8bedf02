// expect: limits_of\(Type\).iops_allowed
#include <awsmodel/ec2/create_volume_builder.hpp>

int main() {
    using namespace awsmodel::ec2;
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    auto r = create_volume<volume_type::gp2>().availability_zone("a").size(100).iops(300).build();
#else
    auto r = create_volume<volume_type::gp2>().availability_zone("a").size(100).build();
#endif
    return r.has_value() ? 0 : 1;
}
