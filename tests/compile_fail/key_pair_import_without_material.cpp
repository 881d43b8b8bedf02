// expect: requires 'public_key_material'
// ImportKeyPair needs the public key as well as the name.
#include <awsmodel/ec2/key_pair.hpp>

int main() {
    const char* pub = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAID9SOQo5VFK1mVngE6wN8OxvIaAi2N6w/uNSZUBpy48j me\n";
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    auto r = awsmodel::ec2::import_key_pair_builder{}.key_name("laptop").build();
#else
    auto r = awsmodel::ec2::import_key_pair_builder{}.key_name("laptop").public_key(pub).build();
#endif
    (void)pub;
    return r.has_value() ? 0 : 1;
}
