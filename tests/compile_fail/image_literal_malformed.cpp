// expect: image_must_be_registry_path_tag_or_digest_of_at_most_255_characters
#include <awsmodel/ecs/image.hpp>

int main() {
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    // A digest is sha256: and exactly 64 hexadecimal digits; this one has 63.
    awsmodel::ecs::image i{"nginx@sha256:94afd1f2e64d908bc90dbca0035a5b567012345678abcdef0123456789abcde"};
#else
    awsmodel::ecs::image i{"nginx@sha256:94afd1f2e64d908bc90dbca0035a5b5670123456789abcdef0123456789abcde"};
#endif
    return i.parse()->digest.empty();
}
