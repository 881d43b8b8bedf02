// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CORE_FIELDS_HPP
#define AWSMODEL_CORE_FIELDS_HPP

#include <awsmodel/core/fixed_string.hpp>

#include <boost/hana/tuple.hpp>

#include <concepts>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::core {

namespace detail {
template <class T> struct member_traits;
template <class C, class M> struct member_traits<M C::*> {
    using class_type = C;
    using value_type = M;
};
template <class T> inline constexpr bool is_optional = false;
template <class T> inline constexpr bool is_optional<std::optional<T>> = true;
} // namespace detail

/// No lower bound: the botocore shape has no `min`.
inline constexpr std::int64_t no_min = INT64_MIN;

/// One member of a modelled shape: its wire name, exactly as botocore spells it, and the C++ member
/// that holds it. A member whose type is not `std::optional` is required: botocore's model lists it
/// under `required`, and decoding reports it when absent. `Min` is botocore's `min` (string or list
/// length, or numeric value), the only constraint its parameter validator enforces.
template <fixed_string Name, auto Member, std::int64_t Min = no_min>
struct field {
    using class_type = typename detail::member_traits<decltype(Member)>::class_type;
    using value_type = typename detail::member_traits<decltype(Member)>::value_type;
    static constexpr std::string_view name = Name.view();
    static constexpr auto member = Member;
    static constexpr bool required = !detail::is_optional<value_type>;
    static constexpr std::int64_t min = Min;
};

/// The field table of a type: `static constexpr auto fields() { return core::fields<...>(); }`.
template <class... Fields>
constexpr auto fields() noexcept {
    return boost::hana::tuple<Fields...>{};
}

/// Base of every modelled shape. It holds nothing; it makes `awsmodel::core` an associated
/// namespace, so that Boost.JSON finds the generic `tag_invoke` overloads of `awsmodel/json.hpp`.
struct model {
    friend constexpr bool operator==(const model&, const model&) noexcept = default;
};

/// A type that states its members once, in a field table.
template <class T>
concept reflected = std::derived_from<T, model> && requires { T::fields(); };

/// A member of a name the shape does not have, kept by `unknown_members::keep` as raw JSON text.
/// A type opts in by declaring `core::extra_members extra;`.
struct extra_member {
    std::string name;
    std::string json;
    friend bool operator==(const extra_member&, const extra_member&) = default;
};
using extra_members = std::vector<extra_member>;

template <class T>
concept has_extra_members = requires(T& t) {
    { t.extra } -> std::same_as<extra_members&>;
};

} // namespace awsmodel::core

#endif
