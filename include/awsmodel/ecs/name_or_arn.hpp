// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_NAME_OR_ARN_HPP
#define AWSMODEL_ECS_NAME_OR_ARN_HPP

#include <awsmodel/core/arn.hpp>

#include <compare>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

namespace awsmodel::ecs {

/// A member that takes either a full ARN or, within the same account and Region, a bare name:
/// `taskRoleArn` (an IAM role name or role ARN), `secrets[].valueFrom` (a secret or parameter
/// ARN, or a parameter name), `repositoryCredentials.credentialsParameter`. It keeps the text as
/// written; which form is acceptable where is for the rules of the member that holds it, so
/// `validate()` reports nothing by itself.
class name_or_arn {
public:
    using wire_type = std::string;

    name_or_arn() = default;
    explicit name_or_arn(std::string s) noexcept : value_(std::move(s)) {}
    static name_or_arn from_wire(std::string s) noexcept { return name_or_arn(std::move(s)); }

    const std::string& wire() const noexcept { return value_; }
    const std::string& str() const noexcept { return value_; }
    std::string_view view() const noexcept { return value_; }

    /// Written as an ARN (starts with `arn:`), whether or not it is a well-formed one.
    bool is_arn() const noexcept { return view().starts_with("arn:"); }
    /// The ARN's parts; nothing for a name or a malformed ARN (COMMON-004).
    std::optional<core::arn_parts> arn() const noexcept { return core::parse_arn(view()); }

    friend bool operator==(const name_or_arn&, const name_or_arn&) = default;
    friend auto operator<=>(const name_or_arn&, const name_or_arn&) = default;
    friend bool operator==(const name_or_arn& a, std::string_view s) noexcept { return a.value_ == s; }
    friend std::ostream& operator<<(std::ostream& os, const name_or_arn& a) { return os << a.value_; }

private:
    std::string value_;
};

} // namespace awsmodel::ecs

#endif
