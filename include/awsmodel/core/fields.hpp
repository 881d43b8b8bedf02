// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CORE_FIELDS_HPP
#define AWSMODEL_CORE_FIELDS_HPP

// The field table: what every codec, the validation walk, the builders and the schema know about
// a member, stated once beside the struct.
//
//     static constexpr auto fields() {
//         using T = create_volume_request;
//         return core::fields<core::pascal_case,
//                             core::field<&T::availability_zone>,
//                             core::field<&T::size, core::with{.min = 1, .max = 65536}>,
//                             core::field<&T::volume_type, core::with{.aws_default = "gp2"}>,
//                             core::field<&T::operator_>>();      // wire name "Operator"
//     }
//
// The wire name comes from the member's own name by the service's convention (ECS camelCase,
// EC2 PascalCase; a trailing `_`, which keeps a member clear of a keyword, is dropped); `.name`
// spells it out where AWS departs from the convention. A table that leaves out a data member
// (other than `extra`) does not compile. tools/sync_field_tables.py keeps min, max and pattern
// equal to botocore's, and its --check is a test.

#include <awsmodel/core/enum.hpp>

#include <boost/hana/tuple.hpp>

#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
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
template <class T> inline constexpr bool is_vector = false;
template <class T, class A> inline constexpr bool is_vector<std::vector<T, A>> = true;
} // namespace detail

/// No bound: the botocore shape states no `min` (or no `max`).
inline constexpr std::int64_t no_min = INT64_MIN;
inline constexpr std::int64_t no_max = INT64_MAX;

/// Text held by value, as a template argument of class type must hold it: a wire name, a
/// pattern, a default.
template <std::size_t Capacity>
struct option_text {
    char data[Capacity]{};
    std::size_t size = 0;

    constexpr option_text() noexcept = default;
    template <std::size_t N>
    consteval option_text(const char (&s)[N]) noexcept : size(N - 1) {
        static_assert(N - 1 <= Capacity, "awsmodel: field option text too long");
        for (std::size_t i = 0; i + 1 < N; ++i) data[i] = s[i];
    }
    constexpr std::string_view view() const noexcept { return {data, size}; }
    constexpr bool empty() const noexcept { return size == 0; }
};

/// What a field states beyond its member. Every option is optional; designated initializers
/// name the ones that apply: `core::with{.min = 1, .max = 255, .aws_default = "gp2"}`.
struct with {
    /// The wire name, where AWS spells it otherwise than the convention would.
    option_text<64> name{};
    /// botocore's `min` and `max`: the length of a string, the count of a list or map, or the
    /// value of a number. Decoding enforces `min`, as botocore's parameter validator does; `max`
    /// and `pattern` are documented limits that the JSON Schema states.
    std::int64_t min = no_min;
    std::int64_t max = no_max;
    option_text<256> pattern{};
    /// The value AWS applies when the member is absent, as written on the wire (for a list, its
    /// one element), where AWS documents one.
    option_text<64> aws_default{};
    /// The CloudFormation property name, where it is not the member's name in PascalCase.
    option_text<64> cfn{};
};

/// Naming conventions of the services' wire names.
struct camel_case {};  ///< ECS: `containerDefinitions`
struct pascal_case {}; ///< EC2: `AvailabilityZone`
/// The member's own name (a trailing `_` dropped): Docker's stats, `cpu_stats`, `rx_bytes`.
struct snake_case {};
/// No convention: every field states `.name`.
struct as_given {};

template <class C>
concept naming_convention = std::same_as<C, camel_case> || std::same_as<C, pascal_case> ||
                            std::same_as<C, snake_case> || std::same_as<C, as_given>;

namespace detail {

/// The member's name as the compiler spells the template argument `&ns::type::member`.
// C++20 has no reflection of names; GCC and Clang both print the argument in
// __PRETTY_FUNCTION__ ("[with auto M = &ns::T::name]" and "[M = &ns::T::name]").
template <auto M>
consteval std::string_view member_name() noexcept {
    std::string_view f = __PRETTY_FUNCTION__;
    std::size_t end = f.find_first_of(";]", f.rfind("M = &"));
    std::string_view arg = f.substr(0, end);
    return arg.substr(arg.rfind("::") + 2);
}

constexpr option_text<64> convert_name(std::string_view snake, bool capitalise_first) {
    option_text<64> out;
    while (!snake.empty() && snake.back() == '_') snake.remove_suffix(1);
    bool up = capitalise_first;
    for (char c : snake) {
        if (c == '_') {
            up = true;
            continue;
        }
        out.data[out.size++] = (up && c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
        up = false;
    }
    return out;
}

constexpr option_text<64> keep_name(std::string_view snake) {
    option_text<64> out;
    while (!snake.empty() && snake.back() == '_') snake.remove_suffix(1);
    for (char c : snake) out.data[out.size++] = c;
    return out;
}

template <class E>
struct enum_traits {
    static constexpr bool is_enum = false;
};
template <class E>
struct enum_traits<open_enum<E>> {
    static constexpr bool is_enum = true;
    using type = E;
};
template <class V>
struct unwrapped_enum : enum_traits<V> {};
template <class V>
struct unwrapped_enum<std::optional<V>> : unwrapped_enum<V> {};
template <class V, class A>
struct unwrapped_enum<std::vector<V, A>> : unwrapped_enum<V> {};

} // namespace detail

/// One member of a modelled shape. A member whose type is not `std::optional` is required:
/// botocore lists it under `required`, and decoding reports it when absent.
template <auto Member, with Options = with{}>
struct field {
    using class_type = typename detail::member_traits<decltype(Member)>::class_type;
    using value_type = typename detail::member_traits<decltype(Member)>::value_type;
    static constexpr auto member = Member;
    static constexpr with options = Options;
    static constexpr bool required = !detail::is_optional<value_type>;
    static constexpr std::int64_t min = Options.min;
    static constexpr std::int64_t max = Options.max;
    static constexpr std::string_view pattern = options.pattern.view();
    static constexpr std::string_view aws_default = options.aws_default.view();
    /// The C++ member's name: `availability_zone`.
    static constexpr std::string_view member_name = detail::member_name<Member>();
    /// The CloudFormation property name. A function over a variable template, so that only what
    /// reads it pays for it: every TU that includes a model instantiates every field of its table.
    static constexpr std::string_view cfn_name() noexcept { return cfn_text<>.view(); }
    // (Clang does not take `member_name` here as a constant while the class is being defined.)
    template <int = 0>
    static constexpr option_text<64> cfn_text =
        Options.cfn.empty() ? detail::convert_name(detail::member_name<Member>(), true) : Options.cfn;
    /// The enumeration of an enum member (or of the elements of a list of them); empty otherwise.
    static constexpr auto enumeration() noexcept {
        using U = detail::unwrapped_enum<value_type>;
        if constexpr (U::is_enum)
            return wire_names(typename U::type{});
        else
            return std::array<std::string_view, 0>{};
    }
};

/// A field as its table names it, by the table's convention.
template <class Convention, class F>
struct named_field : F {
    static constexpr option_text<64> name_text = [] {
        if constexpr (!F::options.name.empty())
            return F::options.name;
        else if constexpr (std::same_as<Convention, camel_case>)
            return detail::convert_name(detail::member_name<F::member>(), false);
        else if constexpr (std::same_as<Convention, pascal_case>)
            return detail::convert_name(detail::member_name<F::member>(), true);
        else if constexpr (std::same_as<Convention, snake_case>)
            return detail::keep_name(detail::member_name<F::member>());
        else
            static_assert(sizeof(F) == 0, "awsmodel: a table without a naming convention names every field (.name)");
    }();
    /// The wire name, exactly as botocore spells it.
    static constexpr std::string_view name = name_text.view();
};

namespace detail {

template <class U>
U& reference_for_counting() noexcept; // declared only: nothing calls it
struct any_initializer {
    // Named only in a requires-expression, never called; g++ warns about an inline member
    // declared without a body there, so it has one.
    template <class U>
    operator U&() const&& noexcept {
        return reference_for_counting<U>();
    }
};
template <class T, std::size_t... I>
constexpr bool initializable_with(std::index_sequence<I...>) {
    return requires { T{(static_cast<void>(I), any_initializer{})...}; };
}
template <class F, class...>
struct first_of : F {};

template <class T>
concept keeps_extra = requires(T& t) { t.extra; };
template <class T>
concept keeps_order = requires(T& t) { t.order; };

/// Fails to compile when T's table leaves out a data member; the error names T as this
/// template's first argument. T{n values} compiles for every n up to the number of initializers
/// an aggregate takes (its base, `core::model`, and every data member) and for none after it.
/// The table's entries are distinct members of T (the decoder's index of wire names rejects a
/// repeated one), so T has at least as many; one probe past the count the table accounts for
/// then decides whether it has more. Boost.PFR counts fields the same way but refuses types with
/// a base, and bisecting over all counts cost every TU that includes a model a second or more.
template <class T, std::size_t InTable>
struct field_table_is_complete {
    static constexpr std::size_t initializers =
        1 /* the base */ + InTable + (keeps_extra<T> ? 1 : 0) + (keeps_order<T> ? 1 : 0);
    static_assert(!initializable_with<T>(std::make_index_sequence<initializers + 1>{}),
                  "awsmodel: this struct's field table leaves out a data member: every data member but "
                  "`extra` and `order` needs a core::field entry (the struct is field_table_is_complete's first argument)");
    static constexpr bool value = true;
};

} // namespace detail

/// The field table of a type: `static constexpr auto fields() { return core::fields<Convention, ...>(); }`.
/// Its entries, in any order, are every data member of the struct but `extra`.
template <class Convention, class... Fields>
    requires naming_convention<Convention>
constexpr auto fields() noexcept {
    if constexpr (sizeof...(Fields) > 0) {
        using T = typename detail::first_of<Fields...>::class_type;
        static_assert((std::same_as<T, typename Fields::class_type> && ...),
                      "awsmodel: every field of a table belongs to the same struct");
        static_assert(detail::field_table_is_complete<T, sizeof...(Fields)>::value);
    }
    return boost::hana::tuple<named_field<Convention, Fields>...>{};
}

/// Base of every modelled shape. It holds nothing; it makes `awsmodel::core` an associated
/// namespace, so that Boost.JSON finds the generic `tag_invoke` overloads of `awsmodel/json.hpp`.
struct model {
    friend constexpr bool operator==(const model&, const model&) noexcept = default;
};

/// A type that states its members once, in a field table.
template <class T>
concept reflected = std::derived_from<T, model> && requires { T::fields(); };

/// A document that is not a modelled struct but a map or a one_of of them, which the codec
/// decodes, encodes and validates as a whole (the ECS agent's /task/stats is an object keyed by
/// container). A type opts in by specializing this to true.
template <class T>
inline constexpr bool is_top_level_document = false;

/// What core::decode, encode, validate and json_schema take.
template <class T>
concept document = reflected<T> || is_top_level_document<T>;

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

/// The order in which a document wrote a structure's members, for documents whose producers do
/// not agree on one (the ECS agent on EC2 and on Fargate write the same task in different
/// orders): a type opts in by declaring `core::member_order order;`, and encoding then writes
/// the members it has in the order decoded, those set later after them in the table's order.
/// It is presentation, not value: two values that differ only in it are equal.
class member_order {
public:
    /// An entry: the index of a member in the field table, or `extra_entry` for the next kept
    /// unknown member.
    static constexpr std::uint8_t extra_entry = 0xFF;
    void push(std::uint8_t entry) { entries_.push_back(entry); }
    const std::vector<std::uint8_t>& entries() const noexcept { return entries_; }
    bool empty() const noexcept { return entries_.empty(); }
    void clear() noexcept { entries_.clear(); }
    friend bool operator==(const member_order&, const member_order&) noexcept { return true; }

private:
    std::vector<std::uint8_t> entries_;
};

template <class T>
concept has_member_order = requires(T& t) {
    { t.order } -> std::same_as<member_order&>;
};

/// A structure whose producer promises to add members (the ECS agent's documents): unknown
/// members are kept (`unknown_members::reject` keeps them too) unless decoding is strict.
/// A type opts in with `static constexpr bool open_members = true;` and `core::extra_members extra;`.
template <class T>
concept has_open_members = has_extra_members<T> && requires { requires T::open_members; };

} // namespace awsmodel::core

#endif
