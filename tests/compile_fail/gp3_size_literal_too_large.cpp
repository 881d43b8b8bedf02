// expect: volume_size_is_outside_the_range_of_its_volume_type
#include <awsmodel/ec2/create_volume_builder.hpp>

int main() {
    using namespace awsmodel::ec2;
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    auto r = create_volume<volume_type::gp3>().availability_zone("us-east-1a").size(70000).build();
#else
    auto r = create_volume<volume_type::gp3>().availability_zone("us-east-1a").size(65536).build();
#endif
    return r.has_value() ? 0 : 1;
}
