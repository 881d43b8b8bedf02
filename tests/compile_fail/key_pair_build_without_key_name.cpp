// expect: requires 'key_name'; call .key_name
// KeyName is required: a builder that was never given one has no build().
#include <awsmodel/ec2/key_pair.hpp>

int main() {
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    auto r = awsmodel::ec2::create_key_pair_builder{}.key_type(awsmodel::ec2::key_type::ed25519).build();
#else
    auto r = awsmodel::ec2::create_key_pair_builder{}.key_type(awsmodel::ec2::key_type::ed25519).key_name("deploy").build();
#endif
    return r.has_value() ? 0 : 1;
}
