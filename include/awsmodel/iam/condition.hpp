// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_IAM_CONDITION_HPP
#define AWSMODEL_IAM_CONDITION_HPP

/// A statement's Condition block: operator -> condition key -> a value or a list of values.
/// Values keep their JSON type (`"true"` and `true` are both accepted by Bool and re-encode as
/// written), and operators and keys keep their order.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html

#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/json_value.hpp>
#include <awsmodel/core/string_map.hpp>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::iam {

/// The values of one condition key: a string, number or boolean, or a list of them.
using condition_values = core::json_value;
/// Condition keys and their values, for one operator.
using condition_keys = core::string_map<condition_values>;
/// The Condition element.
using condition_block = core::string_map<condition_keys>;

/// The base operators (without the IfExists suffix and the set qualifiers).
enum class condition_operator {
    string_equals, string_not_equals, string_equals_ignore_case, string_not_equals_ignore_case, string_like,
    string_not_like, numeric_equals, numeric_not_equals, numeric_less_than, numeric_less_than_equals,
    numeric_greater_than, numeric_greater_than_equals, date_equals, date_not_equals, date_less_than,
    date_less_than_equals, date_greater_than, date_greater_than_equals, bool_, binary_equals, ip_address,
    not_ip_address, arn_equals, arn_like, arn_not_equals, arn_not_like, null
};
constexpr auto wire_names(condition_operator) noexcept {
    return std::to_array<std::string_view>(
        {"StringEquals", "StringNotEquals", "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase", "StringLike",
         "StringNotLike", "NumericEquals", "NumericNotEquals", "NumericLessThan", "NumericLessThanEquals",
         "NumericGreaterThan", "NumericGreaterThanEquals", "DateEquals", "DateNotEquals", "DateLessThan",
         "DateLessThanEquals", "DateGreaterThan", "DateGreaterThanEquals", "Bool", "BinaryEquals", "IpAddress",
         "NotIpAddress", "ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike", "Null"});
}

/// What the values of an operator are.
enum class condition_value_type { string, number, date, boolean, binary, ip_address, arn };

constexpr condition_value_type value_type_of(condition_operator op) noexcept {
    using o = condition_operator;
    switch (op) {
    case o::numeric_equals: case o::numeric_not_equals: case o::numeric_less_than: case o::numeric_less_than_equals:
    case o::numeric_greater_than: case o::numeric_greater_than_equals: return condition_value_type::number;
    case o::date_equals: case o::date_not_equals: case o::date_less_than: case o::date_less_than_equals:
    case o::date_greater_than: case o::date_greater_than_equals: return condition_value_type::date;
    case o::bool_: case o::null: return condition_value_type::boolean;
    case o::binary_equals: return condition_value_type::binary;
    case o::ip_address: case o::not_ip_address: return condition_value_type::ip_address;
    case o::arn_equals: case o::arn_like: case o::arn_not_equals: case o::arn_not_like: return condition_value_type::arn;
    default: return condition_value_type::string;
    }
}

/// A set qualifier: how a multivalued key's values are compared.
enum class set_qualifier { none, for_all_values, for_any_value };

/// An operator as written: a qualifier, the base operator and IfExists.
struct parsed_operator {
    set_qualifier qualifier = set_qualifier::none;
    condition_operator base{};
    bool if_exists = false;
};

/// Reads `ForAnyValue:StringLikeIfExists` and the like; nothing for an operator IAM does not have
/// (Null takes no IfExists).
constexpr std::optional<parsed_operator> parse_operator(std::string_view s) noexcept {
    parsed_operator p;
    if (s.starts_with("ForAllValues:")) {
        p.qualifier = set_qualifier::for_all_values;
        s.remove_prefix(13);
    } else if (s.starts_with("ForAnyValue:")) {
        p.qualifier = set_qualifier::for_any_value;
        s.remove_prefix(12);
    }
    if (auto e = core::from_wire<condition_operator>(s)) {
        p.base = *e;
        return p;
    }
    if (s.ends_with("IfExists")) {
        if (auto e = core::from_wire<condition_operator>(s.substr(0, s.size() - 8)); e && *e != condition_operator::null) {
            p.base = *e;
            p.if_exists = true;
            return p;
        }
    }
    return std::nullopt;
}

} // namespace awsmodel::iam

#endif
