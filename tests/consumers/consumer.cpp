// What a service embedding awsmodel writes: decode, validate, encode.
#include <awsmodel/core/json.hpp>
#include <awsmodel/ec2/create_volume_builder.hpp>

#include <iostream>

int main() {
    using namespace awsmodel;
    auto req = ec2::create_volume<ec2::volume_type::gp3>().availability_zone("us-east-1a").size(100).build();
    if (!req) return 1;
    auto back = core::decode<ec2::create_volume_request>(core::encode(*req));
    std::cout << core::encode(*back) << '\n';
    return back && *back == *req ? 0 : 1;
}
