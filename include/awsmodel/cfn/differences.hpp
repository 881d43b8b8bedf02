// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CFN_DIFFERENCES_HPP
#define AWSMODEL_CFN_DIFFERENCES_HPP

// Where a CloudFormation property structure and the API structure it is read as differ in
// members: the CloudFormation properties the API type has no member for, and the API members
// CloudFormation has no property for. Each is stated with the reason, which the conversions
// return as a note and docs/cloudformation.md lists; the drift test
// (tests/cfn/test_cfn_drift.py) checks that every property of cfn-lint's schema is either a
// member or listed here.

#include <algorithm>
#include <array>
#include <span>
#include <string_view>

namespace awsmodel::cfn {

/// One member that one side has and the other has not.
struct difference {
    std::string_view name;   ///< as the side that has it spells it
    std::string_view reason; ///< why it does not carry over, for a person
};

namespace detail {
/// A property CloudFormation returns as an attribute of the resource (its id, its ARN): the
/// template may not set it, and no request has it.
inline constexpr difference read_only(std::string_view name) {
    return {name, "a read-only attribute that CloudFormation returns; a request has no such member"};
}
} // namespace detail

/// Differences that apply to the structure at one API pointer of one resource ("" for its
/// Properties), where the API type is shared with another resource that differs otherwise.
struct scoped_differences {
    std::string_view api_pointer; ///< `*` stands for any element of a list
    std::span<const difference> cfn_only;
    std::span<const difference> api_only;
    std::span<const difference> cfn_required{};
};

/// The differences of the structure read as API type `T`; none unless specialised next to the
/// resource that needs them (cfn/ecs_task_definition.hpp, ...). A specialisation may also list
/// `cfn_required`: the properties CloudFormation's schema requires where the API shape does not
/// (the API then refuses the request by a rule, or CloudFormation before calling it).
template <class T>
struct differences {
    static constexpr std::array<difference, 0> cfn_only{};
    static constexpr std::array<difference, 0> api_only{};
};

/// `differences<T>::cfn_required`, or none.
template <class T>
constexpr std::span<const difference> cfn_required_of() noexcept {
    if constexpr (requires { differences<T>::cfn_required; })
        return differences<T>::cfn_required;
    else
        return {};
}

inline const difference* find_difference(std::span<const difference> list, std::string_view name) noexcept {
    auto it = std::find_if(list.begin(), list.end(), [&](const difference& d) { return d.name == name; });
    return it == list.end() ? nullptr : &*it;
}

} // namespace awsmodel::cfn

#endif
