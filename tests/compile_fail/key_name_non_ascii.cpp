// expect: key_name_must_use_only_ascii_characters
// The builder checks a literal name while compiling: key pair names are ASCII (EC2-KP-001).
#include <awsmodel/ec2/key_pair.hpp>

int main() {
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    auto r = awsmodel::ec2::create_key_pair_builder{}.key_name("clé-de-déploiement").build();
#else
    auto r = awsmodel::ec2::create_key_pair_builder{}.key_name("cle-de-deploiement").build();
#endif
    return r.has_value() ? 0 : 1;
}
