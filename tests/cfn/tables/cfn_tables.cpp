// Prints each modelled resource's Properties as awsmodel models them (cfn::describe), one JSON
// object keyed by resource type, for the drift test against cfn-lint's schemas.
#include <awsmodel/cfn/describe.hpp>
#include <awsmodel/cfn/resource_types.hpp>

#include <boost/json/serialize.hpp>

#include <iostream>
#include <string>

// AWS::EC2::KeyPair is two requests: each is compared with the one schema.
template <class R>
std::string key() {
    std::string k(R::type);
    if constexpr (requires { R::request; }) k += " " + std::string(R::request);
    return k;
}

int main() {
    boost::json::object out;
#define AWSMODEL_CFN_TABLE(R) out[key<R>()] = awsmodel::cfn::describe<R>();
    AWSMODEL_CFN_RESOURCE_TYPES(AWSMODEL_CFN_TABLE)
#undef AWSMODEL_CFN_TABLE
    std::cout << boost::json::serialize(out) << "\n";
}
