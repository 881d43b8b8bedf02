// expect: cluster_name_must_be_1_to_255_letters_digits_hyphens_or_underscores
#include <awsmodel/ecs/cluster.hpp>

int main() {
    awsmodel::ecs::create_cluster_request req;
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    req.cluster_name = awsmodel::ecs::cluster_name("payments.prod");
#else
    req.cluster_name = awsmodel::ecs::cluster_name("payments-prod");
#endif
    return req.cluster_name->str().empty();
}
