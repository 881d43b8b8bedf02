// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_FAILURE_HPP
#define AWSMODEL_ECS_FAILURE_HPP

#include <awsmodel/core/arn.hpp>
#include <awsmodel/core/fields.hpp>

#include <optional>
#include <string>

namespace awsmodel::ecs {

/// botocore ecs `Failure`: one resource a Describe call could not return (`reason` such as
/// `MISSING`), next to the ones it could.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Failure.html
struct failure : core::model {
    std::optional<core::arn> arn; ///< the ARN ECS built from the name that was asked for
    std::optional<std::string> reason;
    std::optional<std::string> detail;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = failure;
        return core::fields<core::camel_case,
                            core::field<&T::arn>,
                            core::field<&T::reason>,
                            core::field<&T::detail>>();
    }
    friend bool operator==(const failure&, const failure&) = default;
};

} // namespace awsmodel::ecs

#endif
