// expect: key_name_must_not_start_or_end_with_a_space
// EC2-KP-002 for a name literal: EC2 rejects leading and trailing spaces.
#include <awsmodel/ec2/key_pair.hpp>

int main() {
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    awsmodel::ec2::key_name name{"deploy "};
#else
    awsmodel::ec2::key_name name{"deploy"};
#endif
    return name.str().empty();
}
