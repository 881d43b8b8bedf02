// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CORE_POINTER_HPP
#define AWSMODEL_CORE_POINTER_HPP

// JSON Pointers of findings, spelt from the field tables: a rule names `core::member<&T::iops>`
// and the pointer token is the wire name the table gives that member ("Iops"), so a rule cannot
// point at a member under a name the document does not use.

#include <awsmodel/core/diagnostic.hpp>
#include <awsmodel/core/fields.hpp>

#include <boost/hana/tuple.hpp>

#include <concepts>
#include <string>
#include <string_view>
#include <type_traits>

namespace awsmodel::core {

namespace detail {
template <class F, auto Member>
constexpr bool names_member() noexcept {
    if constexpr (std::is_same_v<std::remove_cv_t<decltype(F::member)>, decltype(Member)>)
        return F::member == Member;
    else
        return false;
}

// A fold over the table's fields rather than hana::for_each: rules name a few hundred members,
// each looked up where the rule is defined, and the fold costs the compiler a fraction of it.
template <auto Member, class Table>
struct wire_name_in;
template <auto Member, class... F>
struct wire_name_in<Member, boost::hana::tuple<F...>> {
    static constexpr std::string_view value = [] {
        std::string_view name;
        ((names_member<F, Member>() ? (void)(name = F::name) : void()), ...);
        return name;
    }();
};

template <auto Member>
constexpr std::string_view wire_name_of() {
    using C = typename member_traits<decltype(Member)>::class_type;
    return wire_name_in<Member, decltype(C::fields())>::value;
}
} // namespace detail

/// One reference token of a pointer: a member's wire name.
struct member_token {
    std::string_view name;
};

/// The token of member `Member` of a type with a field table, e.g. `core::member<&port_mapping::host_port>`
/// is "hostPort". A member the table lacks does not compile.
template <auto Member>
inline constexpr member_token member = [] {
    constexpr std::string_view name = detail::wire_name_of<Member>();
    static_assert(!name.empty(), "awsmodel: core::member names a member that its struct's field table lacks");
    return member_token{name};
}();

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
