// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_IAM_TAG_HPP
#define AWSMODEL_IAM_TAG_HPP

/// IAM's tags and timestamps (the query protocol writes ISO 8601).
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_Tag.html

#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/timestamp.hpp>

#include <string>

namespace awsmodel::iam {

using timestamp = core::timestamp<core::time_format::iso8601>;

/// botocore iam `Tag`.
struct tag : core::model {
    std::string key;
    std::string value;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = tag;
        return core::fields<core::pascal_case,
                            core::field<&T::key, core::with{.min = 1, .max = 128, .pattern = "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+"}>,
                            core::field<&T::value, core::with{.min = 0, .max = 256, .pattern = "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*"}>>();
    }
    friend bool operator==(const tag&, const tag&) = default;
};

} // namespace awsmodel::iam

#endif
