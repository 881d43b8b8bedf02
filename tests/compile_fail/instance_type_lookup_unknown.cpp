// expect: instance_type_is_not_in_the_catalog
#include <awsmodel/ec2/instance_type.hpp>

#ifndef AWSMODEL_COMPILE_FAIL_FIXED
constexpr auto vcpus = awsmodel::ec2::instance_type<"m5.lrage">.vcpus;
#else
constexpr auto vcpus = awsmodel::ec2::instance_type<"m5.large">.vcpus;
#endif
int main() { return vcpus == 2 ? 0 : 1; }
