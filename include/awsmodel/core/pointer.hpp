// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CORE_POINTER_HPP
#define AWSMODEL_CORE_POINTER_HPP

// JSON Pointers of findings, spelt from the field tables: a rule names `core::member<&T::iops>`
// and the pointer token is the wire name the table gives that member ("Iops"), so a rule cannot
// point at a member under a name the document does not use.

#include <awsmodel/core/diagnostic.hpp>
#include <awsmodel/core/fields.hpp>

#include <boost/hana/at.hpp>
#include <boost/hana/tuple.hpp>

#include <concepts>
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace awsmodel::core {

namespace detail {
template <auto Member>
struct member_constant {};

// The position of Member in a table: one comparison of types per field, and only the field found
// has its wire name computed. Rules name a few hundred members, each looked up where the rule is
// defined; evaluating every field's name at each lookup cost a TU with the task definition's rules
// a second of compile time.
template <auto Member, class Table>
struct field_of;
template <auto Member, class... F>
struct field_of<Member, boost::hana::tuple<F...>> {
    static constexpr std::size_t index = [] {
        std::size_t i = 0, found = sizeof...(F);
        ((std::is_same_v<member_constant<F::member>, member_constant<Member>> ? (void)(found = i) : void(), ++i), ...);
        return found;
    }();
    static_assert(index < sizeof...(F), "awsmodel: core::member names a member that its struct's field table lacks");
    using type = std::remove_cvref_t<decltype(boost::hana::at_c<index>(std::declval<boost::hana::tuple<F...>&>()))>;
};

template <auto Member>
constexpr std::string_view wire_name_of() {
    using C = typename member_traits<decltype(Member)>::class_type;
    return field_of<Member, decltype(C::fields())>::type::name;
}
} // namespace detail

/// One reference token of a pointer: a member's wire name.
struct member_token {
    std::string_view name;
};

/// The token of member `Member` of a type with a field table, e.g. `core::member<&port_mapping::host_port>`
/// is "hostPort". A member the table lacks does not compile.
template <auto Member>
inline constexpr member_token member{detail::wire_name_of<Member>()};

/// A key of a map member (a log option, a label), escaped as a pointer token.
struct key {
    std::string_view name;
};

namespace detail {
inline void append_pointer_part(std::string& out, member_token m) { append_token(out, m.name); }
inline void append_pointer_part(std::string& out, key k) { append_token(out, k.name); }
template <std::integral I>
void append_pointer_part(std::string& out, I index) {
    out += cat('/', index);
}
/// A pointer built by another call: appended as it is.
inline void append_pointer_part(std::string& out, const std::string& p) { out += p; }
} // namespace detail

/// The pointer of `parts` relative to the value being checked: members, element indices and map
/// keys, e.g. `core::pointer(member<&container_definition::port_mappings>, j, member<&port_mapping::host_port>)`
/// is "/portMappings/<j>/hostPort".
template <class... Parts>
std::string pointer(const Parts&... parts) {
    std::string out;
    (detail::append_pointer_part(out, parts), ...);
    return out;
}

} // namespace awsmodel::core

#endif
