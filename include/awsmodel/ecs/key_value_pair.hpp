// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_KEY_VALUE_PAIR_HPP
#define AWSMODEL_ECS_KEY_VALUE_PAIR_HPP

#include <awsmodel/core/fields.hpp>

#include <optional>
#include <string>

namespace awsmodel::ecs {

/// A name and a value: a container's environment variable, or a property of a proxy configuration.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KeyValuePair.html
struct key_value_pair : core::model {
    std::optional<std::string> name;
    std::optional<std::string> value;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = key_value_pair;
        return core::fields<core::camel_case,
                            core::field<&T::name>,
                            core::field<&T::value>>();
    }
    friend bool operator==(const key_value_pair&, const key_value_pair&) = default;
};

} // namespace awsmodel::ecs

#endif
