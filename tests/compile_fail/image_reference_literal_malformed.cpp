// expect: image_must_be_an_ami_id_or_resolve_ssm_and_a_parameter_name
#include <awsmodel/ec2/ami.hpp>

int main() {
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    awsmodel::ec2::image_reference image{"ami-12345"};
#else
    awsmodel::ec2::image_reference image{"resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id"};
#endif
    return image.str().empty();
}
