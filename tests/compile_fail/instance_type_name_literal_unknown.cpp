// expect: instance_type_is_not_in_the_catalog
#include <awsmodel/ec2/instance_type.hpp>

int main() {
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    awsmodel::ec2::instance_type_name type{"m5.lrage"};
#else
    awsmodel::ec2::instance_type_name type{"m5.large"};
#endif
    return type.info() == nullptr;
}
