// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_SECRET_HPP
#define AWSMODEL_ECS_SECRET_HPP

#include <awsmodel/core/fields.hpp>
#include <awsmodel/ecs/name_or_arn.hpp>

#include <string>

namespace awsmodel::ecs {

/// A secret the agent fetches with the execution role and hands to the container as an environment
/// variable (`secrets`) or to its log driver (`logConfiguration.secretOptions`).
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Secret.html
struct secret : core::model {
    std::string name;       ///< the environment variable or log option it becomes
    name_or_arn value_from; ///< a Secrets Manager secret ARN, an SSM parameter ARN, or a parameter name
    core::extra_members extra;

    static constexpr auto fields() {
        using T = secret;
        return core::fields<core::camel_case,
                            core::field<&T::name>,
                            core::field<&T::value_from>>();
    }
    friend bool operator==(const secret&, const secret&) = default;
};

} // namespace awsmodel::ecs

#endif
