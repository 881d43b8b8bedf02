// expect: resource_id_must_be_its_prefix_a_hyphen_and_8_or_17_lower_case_hex_digits
#include <awsmodel/ec2/ebs_volume.hpp>

int main() {
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    awsmodel::ec2::volume_id id{"vol-XYZ"};
#else
    awsmodel::ec2::volume_id id{"vol-0123456789abcdef0"};
#endif
    return id.str().empty();
}
