// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_EC2_INSTANCE_TYPE_HPP
#define AWSMODEL_EC2_INSTANCE_TYPE_HPP

/// EC2 instance types: a catalog of every type DescribeInstanceTypes describes, searchable while
/// compiling and at run time, and `instance_type_name`, the `InstanceType` member of requests.
/// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_InstanceTypeInfo.html
///
///   static_assert(ec2::instance_type<"m5.large">.vcpus == 2);
///   if (auto* t = ec2::find_instance_type(name); t && t->supports(ec2::architecture::arm64)) ...
///
/// The catalog is generated from the data the Python package moto ships, plus the names only of
/// the few older types that botocore's InstanceType enum has and that data lacks (see
/// ec2/instance_type_catalog.hpp for both versions). AWS adds types faster than any release
/// of this library, so a name it does not know is a warning, never an error.

#include <awsmodel/core/rule_id.hpp>
#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/fixed_string.hpp>
#include <awsmodel/core/result.hpp>
#include <awsmodel/core/checker.hpp>

#include <algorithm>
#include <concepts>
#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <awsmodel/ec2/instance_type_catalog.hpp>
#include <awsmodel/ec2/instance_type_info.hpp>

namespace awsmodel::ec2 {

/// Every instance type of the catalog, sorted by name.
constexpr std::span<const instance_type_info> all_instance_types() noexcept { return detail::instance_types; }

/// The catalog entry of `name` (exact, case-sensitive, as AWS spells it), or nullptr. A binary
/// search, usable in constant expressions.
constexpr const instance_type_info* find_instance_type(std::string_view name) noexcept {
    auto all = all_instance_types();
    auto it = std::lower_bound(all.begin(), all.end(), name,
                               [](const instance_type_info& t, std::string_view n) { return t.name < n; });
    return it != all.end() && it->name == name ? &*it : nullptr;
}

/// True for a name of the catalog, or one that botocore's InstanceType enum lists without the
/// catalog describing it (`find_instance_type` gives nullptr for those).
constexpr bool is_known_instance_type(std::string_view name) noexcept {
    if (find_instance_type(name)) return true;
    const auto& rest = detail::instance_type_names_without_details;
    return std::binary_search(std::begin(rest), std::end(rest), name);
}

namespace literal_error {
// Called only from consteval code when a name is not known: the compiler names it.
void instance_type_is_not_in_the_catalog();
} // namespace literal_error

namespace detail {
// constexpr, not consteval: the variable template below is constant-initialized anyway, and
// clang 14 refuses a consteval call there.
constexpr const instance_type_info& catalog_entry(std::string_view name) {
    const instance_type_info* t = find_instance_type(name);
    if (!t) literal_error::instance_type_is_not_in_the_catalog();
    return *t;
}
} // namespace detail

/// The catalog entry of a name known while compiling: `instance_type<"m5.large">.memory_mib`.
/// A name that is not in the catalog does not compile.
template <core::fixed_string Name>
inline constexpr const instance_type_info& instance_type = detail::catalog_entry(Name.view());

/// The rule under which an unknown `InstanceType` is reported.
inline constexpr core::rule_id instance_type_rule = "EC2-RI-004";

namespace detail {

// Optimal string alignment distance, case-insensitive, stopping early past `limit`: enough to
// catch a transposed, dropped, doubled or mistyped letter, or a wrong case.
inline std::size_t typo_distance(std::string_view a, std::string_view b, std::size_t limit) {
    auto lower = [](char ch) { return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch; };
    if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > limit) return limit + 1;
    std::vector<std::size_t> before(b.size() + 1), prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        std::size_t row_min = cur[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1]))
                cur[j] = std::min(cur[j], before[j - 2] + 1);
            row_min = std::min(row_min, cur[j]);
        }
        if (row_min > limit) return limit + 1;
        std::swap(before, prev);
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

} // namespace detail

/// The known name closest to `name` (a typo or a wrong case away), or an empty view.
inline std::string_view closest_instance_type_name(std::string_view name) {
    constexpr std::size_t limit = 2;
    std::string_view best;
    std::size_t best_distance = limit + 1;
    auto consider = [&](std::string_view known) {
        std::size_t d = detail::typo_distance(name, known, limit);
        if (d < best_distance) {
            best = known;
            best_distance = d;
        }
    };
    for (const auto& t : all_instance_types()) consider(t.name);
    for (std::string_view n : detail::instance_type_names_without_details) consider(n);
    return best;
}

namespace detail {
inline std::string unknown_instance_type_message(std::string_view name) {
    std::string m = core::cat("\"", name, "\" is not an instance type awsmodel knows (its catalog of ",
                              instance_type_count, " types and botocore's InstanceType enum)");
    std::string_view near = closest_instance_type_name(name);
    if (!near.empty())
        m += core::cat("; did you mean \"", near, "\"? (names are case-sensitive)");
    else
        m += "; expected a name such as m5.large, lower-case family.size";
    m += ". If AWS launched this type after awsmodel was released, the request is fine: a newer "
         "catalog (tools/gen_instance_types.py) will know it";
    return m;
}
} // namespace detail

/// A name checked while compiling: `instance_type_name n{"m5.lrage"}` does not compile. Names
/// known only at run time go through `instance_type_name::from`.
struct instance_type_literal {
    std::string_view value;

    template <class S>
        requires std::convertible_to<const S&, std::string_view>
    consteval instance_type_literal(const S& s) : value(s) {
        if (!is_known_instance_type(value)) literal_error::instance_type_is_not_in_the_catalog();
    }
};

/// An EC2 `InstanceType` value. Like `core::open_enum`, it keeps any string: a type newer than
/// this library decodes and re-encodes unchanged, and `validate()` warns about it (EC2-RI-004).
class instance_type_name {
public:
    using wire_type = std::string;

    instance_type_name() = default;
    instance_type_name(instance_type_literal lit) : value_(lit.value) {}

    /// The checked path for names known only at run time. An unknown name still gives a value,
    /// with the EC2-RI-004 warning beside it, since the catalog may lag AWS.
    static core::result<instance_type_name> from(std::string s, std::string pointer = {}) {
        core::diagnostics ds;
        if (!is_known_instance_type(s))
            ds.push_back({std::move(pointer), instance_type_rule, core::severity::warning,
                          detail::unknown_instance_type_message(s)});
        return core::result<instance_type_name>(from_wire(std::move(s)), std::move(ds));
    }
    static instance_type_name from_wire(std::string s) noexcept {
        instance_type_name n;
        n.value_ = std::move(s);
        return n;
    }

    const std::string& str() const noexcept { return value_; }
    const std::string& wire() const noexcept { return value_; }
    std::string_view view() const noexcept { return value_; }

    /// The catalog entry, or nullptr for a name the catalog does not describe.
    const instance_type_info* info() const noexcept { return find_instance_type(value_); }
    /// False for a name that neither the catalog nor botocore's InstanceType enum has.
    bool is_known() const noexcept { return is_known_instance_type(value_); }

    friend bool operator==(const instance_type_name&, const instance_type_name&) = default;
    friend auto operator<=>(const instance_type_name&, const instance_type_name&) = default;
    friend bool operator==(const instance_type_name& n, std::string_view s) noexcept { return n.value_ == s; }
    friend std::ostream& operator<<(std::ostream& os, const instance_type_name& n) { return os << n.value_; }

private:
    std::string value_;
};

/// EC2-RI-004: a name awsmodel does not know. A warning: the type may be newer than awsmodel.
inline void validate_rules(const instance_type_name& n, core::checker_like auto& c) {
    if (!n.is_known()) c.warning(instance_type_rule, "", detail::unknown_instance_type_message(n.view()));
}

} // namespace awsmodel::ec2

#endif
