// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_DETAIL_TYPE_OPS_HPP
#define AWSMODEL_DETAIL_TYPE_OPS_HPP

// The decoder is one non-template state machine driven by JSON events; what it needs to know about
// each C++ type is gathered here, once per type, into a constant table of function pointers built
// from the field tables. Only these small functions are instantiated per type.

#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/string_map.hpp>
#include <awsmodel/core/text.hpp>
#include <awsmodel/core/timestamp.hpp>

#include <boost/hana/for_each.hpp>
#include <boost/hana/length.hpp>
#include <boost/hana/unpack.hpp>

#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace awsmodel::core::detail {

/// A JSON number as the parser saw it.
struct number {
    enum kind_t : unsigned char { int64, uint64, real } kind;
    std::int64_t i = 0;
    std::uint64_t u = 0;
    double d = 0;
};

/// What a leaf conversion says; the decoder turns it into a diagnostic with the pointer.
enum class conv : unsigned char { ok, wrong_type, out_of_range, bad_timestamp };

enum class shape_kind : unsigned char { structure, list, map, string, integer, number, boolean, timestamp };

struct type_ops;

struct field_entry {
    std::string_view name;
    const type_ops* ops;
    void* (*address)(void*) noexcept;
    std::int64_t min;
    bool required;
};

struct type_ops {
    shape_kind shape;
    conv (*on_string)(void*, std::string_view) = nullptr;
    conv (*on_number)(void*, const number&) = nullptr;
    conv (*on_bool)(void*, bool) = nullptr;
    // structure
    const field_entry* fields = nullptr;
    std::size_t field_count = 0;
    extra_members* (*extras)(void*) noexcept = nullptr;
    // list and map
    const type_ops* element = nullptr;
    void* (*append)(void*) = nullptr;
    void* (*insert)(void*, std::string_view) = nullptr; // nullptr when the key is already there
    // optional
    const type_ops* inner = nullptr;
    void* (*engage)(void*) = nullptr;
};

template <class T> inline constexpr bool is_vector = false;
template <class T, class A> inline constexpr bool is_vector<std::vector<T, A>> = true;

/// A strong type over a wire scalar: `wire()` and `static from_wire(wire_type)`.
template <class T>
concept wire_wrapper = requires(const T& t) {
    typename T::wire_type;
    t.wire();
    T::from_wire(std::declval<typename T::wire_type>());
};

template <class I>
conv integer_from(I& out, const number& n) noexcept {
    if (n.kind == number::real) return conv::wrong_type;
    if (n.kind == number::uint64) {
        if (n.u > static_cast<std::uint64_t>(std::numeric_limits<I>::max())) return conv::out_of_range;
        out = static_cast<I>(n.u);
        return conv::ok;
    }
    if (n.i < std::numeric_limits<I>::min() || n.i > std::numeric_limits<I>::max()) return conv::out_of_range;
    out = static_cast<I>(n.i);
    return conv::ok;
}

inline double number_as_double(const number& n) noexcept {
    return n.kind == number::real ? n.d : n.kind == number::int64 ? static_cast<double>(n.i) : static_cast<double>(n.u);
}

template <class T> constexpr type_ops make_ops() noexcept;

template <class T>
inline constexpr type_ops ops_of = make_ops<T>();

template <class T, class F>
constexpr field_entry make_field_entry(F) noexcept {
    using V = typename F::value_type;
    return field_entry{F::name, &ops_of<V>,
                       +[](void* p) noexcept -> void* { return &(static_cast<T*>(p)->*F::member); }, F::min,
                       F::required};
}

template <class T>
inline constexpr auto field_table = boost::hana::unpack(T::fields(), [](auto... f) {
    return std::array<field_entry, sizeof...(f)>{make_field_entry<T>(f)...};
});

template <class T>
constexpr type_ops make_ops() noexcept {
    type_ops o{};
    if constexpr (is_optional<T>) {
        using V = typename T::value_type;
        o = ops_of<V>;
        o.inner = &ops_of<V>;
        o.engage = +[](void* p) -> void* { return &static_cast<T*>(p)->emplace(); };
    } else if constexpr (reflected<T>) {
        static_assert(field_table<T>.size() <= 128, "a structure has at most 128 members");
        o.shape = shape_kind::structure;
        o.fields = field_table<T>.data();
        o.field_count = field_table<T>.size();
        if constexpr (has_extra_members<T>)
            o.extras = +[](void* p) noexcept -> extra_members* { return &static_cast<T*>(p)->extra; };
    } else if constexpr (is_vector<T>) {
        o.shape = shape_kind::list;
        o.element = &ops_of<typename T::value_type>;
        o.append = +[](void* p) -> void* { return &static_cast<T*>(p)->emplace_back(); };
    } else if constexpr (is_string_map<T>) {
        o.shape = shape_kind::map;
        o.element = &ops_of<typename T::mapped_type>;
        o.insert = +[](void* p, std::string_view k) -> void* { return static_cast<T*>(p)->try_emplace(k); };
    } else if constexpr (std::is_same_v<T, std::string>) {
        o.shape = shape_kind::string;
        o.on_string = +[](void* p, std::string_view s) -> conv {
            static_cast<std::string*>(p)->assign(s.data(), s.size());
            return conv::ok;
        };
    } else if constexpr (std::is_same_v<T, bool>) {
        o.shape = shape_kind::boolean;
        o.on_bool = +[](void* p, bool b) -> conv {
            *static_cast<bool*>(p) = b;
            return conv::ok;
        };
    } else if constexpr (std::is_integral_v<T>) {
        o.shape = shape_kind::integer;
        o.on_number = +[](void* p, const number& n) -> conv { return integer_from(*static_cast<T*>(p), n); };
    } else if constexpr (std::is_floating_point_v<T>) {
        o.shape = shape_kind::number;
        o.on_number = +[](void* p, const number& n) -> conv {
            *static_cast<T*>(p) = static_cast<T>(number_as_double(n));
            return conv::ok;
        };
    } else if constexpr (is_timestamp<T>) {
        o.shape = shape_kind::timestamp;
        o.on_string = +[](void* p, std::string_view s) -> conv {
            auto tp = parse_iso8601(s);
            if (!tp) return conv::bad_timestamp;
            *static_cast<T*>(p) = T(*tp);
            return conv::ok;
        };
        o.on_number = +[](void* p, const number& n) -> conv {
            auto tp = from_epoch_seconds(number_as_double(n));
            if (!tp) return conv::out_of_range;
            *static_cast<T*>(p) = T(*tp);
            return conv::ok;
        };
    } else if constexpr (wire_wrapper<T>) {
        using W = typename T::wire_type;
        o = ops_of<W>;
        if constexpr (std::is_same_v<W, std::string>) {
            o.on_string = +[](void* p, std::string_view s) -> conv {
                *static_cast<T*>(p) = T::from_wire(std::string(s));
                return conv::ok;
            };
        } else {
            o.on_number = +[](void* p, const number& n) -> conv {
                W w{};
                conv c = ops_of<W>.on_number(&w, n);
                if (c == conv::ok) *static_cast<T*>(p) = T::from_wire(w);
                return c;
            };
        }
    } else {
        static_assert(sizeof(T) == 0, "awsmodel: no JSON mapping for this member type");
    }
    return o;
}

} // namespace awsmodel::core::detail

#endif
