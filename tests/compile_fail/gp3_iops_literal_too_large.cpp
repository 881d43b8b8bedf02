// expect: iops_are_outside_the_range_of_the_volume_type
#include <awsmodel/ec2/create_volume_builder.hpp>

int main() {
    using namespace awsmodel::ec2;
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    auto r = create_volume<volume_type::gp3>().availability_zone("a").size(1000).iops(80001).build();
#else
    auto r = create_volume<volume_type::gp3>().availability_zone("a").size(1000).iops(80000).build();
#endif
    return r.has_value() ? 0 : 1;
}
