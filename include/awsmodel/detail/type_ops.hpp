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
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace awsmodel::core::detail {

/// A JSON number as the parser saw it, with its text when the parser had it (not when a DOM is
/// replayed): a double cannot hold every microsecond of an epoch timestamp, the text can.
struct number {
    enum kind_t : unsigned char { int64, uint64, real } kind;
    std::int64_t i = 0;
    std::uint64_t u = 0;
    double d = 0;
    std::string_view text = {};
};

/// What a leaf conversion says; the decoder turns it into a diagnostic with the pointer.
enum class conv : unsigned char { ok, wrong_type, out_of_range, bad_timestamp };

enum class shape_kind : unsigned char { structure, list, map, string, integer, number, boolean, timestamp };

struct type_ops;

struct field_entry {
    std::string_view name;
    const type_ops* ops;
    void* (*address)(void*) noexcept;
    void (*reset)(void*); // back to its initial state, when a repeated member replaces the first
    std::int64_t min;
    bool required;
};

struct type_ops {
    shape_kind shape;
    std::uint8_t integer_bits = 0; // integer: the width, for messages that state the range
    bool integer_signed = true;
    conv (*on_string)(void*, std::string_view) = nullptr;
    conv (*on_number)(void*, const number&) = nullptr;
    conv (*on_bool)(void*, bool) = nullptr;
    // The same conversions applied to the member itself, engaging an optional on the way: a known
    // member or an element takes its scalar in one call, without unwrapping the optional first.
    conv (*set_string)(void*, std::string_view) = nullptr;
    conv (*set_number)(void*, const number&) = nullptr;
    // structure
    const field_entry* fields = nullptr;
    std::size_t field_count = 0;
    std::uint64_t required_mask[2] = {0, 0};
    const std::uint8_t* slots = nullptr; // member index + 1 by key_hash, 0 = empty
    std::size_t slot_mask = 0;
    extra_members* (*extras)(void*) noexcept = nullptr;
    // list and map
    const type_ops* element = nullptr;
    std::size_t element_size = 0; // what one more element costs, for decode_options::max_element_bytes
    void* (*append)(void*) = nullptr;
    // map: a new entry for the key; when the key is already there, nullptr, or with `replace` the
    // existing entry emptied for the repeated key's value to replace it
    void* (*insert)(void*, std::string_view, bool replace) = nullptr;
    // optional
    const type_ops* inner = nullptr;
    void* (*engage)(void*) = nullptr;
};


/// A strong type over a wire scalar: `wire()` and `static from_wire(wire_type)`.
template <class T>
concept wire_wrapper = requires(const T& t) {
    typename T::wire_type;
    t.wire();
    T::from_wire(std::declval<typename T::wire_type>());
};

template <class I>
conv integer_from(I& out, const number& n) noexcept {
    if (n.kind == number::real) {
        // Boost.JSON hands over integers beyond 64 bits (2^64, -2^63-1) and 1e400 as doubles: those
        // are too large, not fractions.
        if (!std::isfinite(n.d) || std::fabs(n.d) >= 0x1p63) return conv::out_of_range;
        return conv::wrong_type;
    }
    if (n.kind == number::uint64) {
        if (!std::in_range<I>(n.u)) return conv::out_of_range;
        out = static_cast<I>(n.u);
        return conv::ok;
    }
    if (!std::in_range<I>(n.i)) return conv::out_of_range;
    out = static_cast<I>(n.i);
    return conv::ok;
}

/// The timestamps both wire forms can carry: years 0001 to 9999, as `from_epoch_seconds` admits.
inline constexpr std::int64_t earliest_timestamp_us = -62135596800LL * 1000000;
inline constexpr std::int64_t latest_timestamp_us = 253402300799LL * 1000000;

inline bool timestamp_in_range(time_point tp) noexcept {
    auto us = tp.time_since_epoch().count();
    return us >= earliest_timestamp_us && us <= latest_timestamp_us;
}

/// Epoch seconds read exactly from the number's text (`1565286137.413`): nothing when the text is
/// not plain decimal digits with an optional fraction, or lies outside the range. Beyond six
/// fraction digits it rounds half away from zero, as `from_epoch_seconds` does.
inline std::optional<time_point> epoch_seconds_from_text(std::string_view t) noexcept {
    bool neg = !t.empty() && t[0] == '-';
    if (neg) t.remove_prefix(1);
    std::size_t i = 0;
    std::int64_t secs = 0;
    for (; i < t.size() && t[i] >= '0' && t[i] <= '9'; ++i) {
        if (i == 12) return std::nullopt; // beyond year 9999 whatever the digits
        secs = secs * 10 + (t[i] - '0');
    }
    if (i == 0) return std::nullopt;
    std::int64_t us = 0;
    if (i < t.size()) {
        if (t[i] != '.') return std::nullopt; // an exponent: the double is all there is
        std::size_t start = ++i;
        for (; i < t.size() && t[i] >= '0' && t[i] <= '9'; ++i) {
            std::size_t digit = i - start;
            if (digit < 6)
                us = us * 10 + (t[i] - '0');
            else if (digit == 6 && t[i] >= '5')
                ++us;
        }
        std::size_t n = i - start;
        if (n == 0 || i != t.size()) return std::nullopt;
        for (std::size_t k = n; k < 6; ++k) us *= 10;
    }
    std::int64_t total = secs * 1000000 + us;
    if (neg) total = -total;
    time_point tp{std::chrono::microseconds(total)};
    if (!timestamp_in_range(tp)) return std::nullopt;
    return tp;
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
                       +[](void* p) noexcept -> void* { return &(static_cast<T*>(p)->*F::member); },
                       +[](void* p) { static_cast<T*>(p)->*F::member = V{}; }, F::min, F::required};
}

template <class T>
inline constexpr auto field_table = boost::hana::unpack(T::fields(), [](auto... f) {
    return std::array<field_entry, sizeof...(f)>{make_field_entry<T>(f)...};
});

constexpr std::size_t key_hash(std::string_view k) noexcept {
    std::size_t n = k.size();
    if (n == 0) return 0;
    return (n * 0x9E3779B1u) ^ (static_cast<unsigned char>(k[0]) * 0x85EBCA77u) ^
           (static_cast<unsigned char>(k[n - 1]) * 0xC2B2AE3Du) ^ (static_cast<unsigned char>(k[n / 2]) * 0x27D4EB2Fu) ^
           ((static_cast<unsigned char>(k[n / 2]) * 0x27D4EB2Fu) >> 13);
}

template <class T>
inline constexpr auto field_slots = [] {
    constexpr std::size_t n = field_table<T>.size();
    constexpr std::size_t size = std::bit_ceil(2 * n + 2);
    std::array<std::uint8_t, size> slots{};
    for (std::size_t i = 0; i < n; ++i) {
        std::size_t h = key_hash(field_table<T>[i].name) & (size - 1);
        while (slots[h]) h = (h + 1) & (size - 1);
        slots[h] = static_cast<std::uint8_t>(i + 1);
    }
    return slots;
}();

template <class T>
constexpr type_ops make_ops() noexcept {
    type_ops o{};
    if constexpr (is_optional<T>) {
        using V = typename T::value_type;
        o = ops_of<V>;
        o.inner = &ops_of<V>;
        o.engage = +[](void* p) -> void* { return &static_cast<T*>(p)->emplace(); };
        o.set_string = nullptr;
        o.set_number = nullptr;
        if constexpr (std::is_same_v<V, std::string>) {
            // Built at its length: assigning to the empty string emplace() makes costs a second pass.
            o.set_string = +[](void* p, std::string_view s) -> conv {
                static_cast<T*>(p)->emplace(s.data(), s.size());
                return conv::ok;
            };
        } else if constexpr (ops_of<V>.on_string != nullptr) {
            o.set_string = +[](void* p, std::string_view s) -> conv {
                return ops_of<V>.on_string(&static_cast<T*>(p)->emplace(), s);
            };
        }
        if constexpr (ops_of<V>.on_number != nullptr) {
            o.set_number = +[](void* p, const number& n) -> conv {
                return ops_of<V>.on_number(&static_cast<T*>(p)->emplace(), n);
            };
        }
        return o;
    } else if constexpr (reflected<T>) {
        static_assert(field_table<T>.size() <= 128, "a structure has at most 128 members");
        o.shape = shape_kind::structure;
        o.fields = field_table<T>.data();
        o.field_count = field_table<T>.size();
        for (std::size_t i = 0; i < o.field_count; ++i)
            if (field_table<T>[i].required) o.required_mask[i / 64] |= std::uint64_t(1) << (i % 64);
        o.slots = field_slots<T>.data();
        o.slot_mask = field_slots<T>.size() - 1;
        if constexpr (has_extra_members<T>)
            o.extras = +[](void* p) noexcept -> extra_members* { return &static_cast<T*>(p)->extra; };
    } else if constexpr (is_vector<T>) {
        o.shape = shape_kind::list;
        o.element = &ops_of<typename T::value_type>;
        o.element_size = sizeof(typename T::value_type);
        o.append = +[](void* p) -> void* {
            auto& v = *static_cast<T*>(p);
            // Growing 1, 2, 4 reallocates and moves twice before the usual list length; small
            // elements start at 4, wide structures (a container definition is 1.6 KB) at 1.
            if constexpr (sizeof(typename T::value_type) <= 128)
                if (v.capacity() == 0) v.reserve(4);
            return &v.emplace_back();
        };
    } else if constexpr (is_string_map<T>) {
        o.shape = shape_kind::map;
        o.element = &ops_of<typename T::mapped_type>;
        o.element_size = sizeof(typename T::value_type);
        o.insert = +[](void* p, std::string_view k, bool replace) -> void* {
            auto& m = *static_cast<T*>(p);
            if (m.empty()) m.reserve(4); // as for lists: maps (log options, labels) rarely hold one entry
            if (void* e = m.try_emplace(k)) return e;
            return replace ? &m.insert_or_assign(k, typename T::mapped_type{}) : nullptr;
        };
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
        o.integer_bits = static_cast<std::uint8_t>(std::numeric_limits<T>::digits + std::is_signed_v<T>);
        o.integer_signed = std::is_signed_v<T>;
        o.on_number = +[](void* p, const number& n) -> conv { return integer_from(*static_cast<T*>(p), n); };
    } else if constexpr (std::is_floating_point_v<T>) {
        o.shape = shape_kind::number;
        o.on_number = +[](void* p, const number& n) -> conv {
            // 1e400 reads as infinity, which JSON cannot write back.
            double d = number_as_double(n);
            if (!std::isfinite(d) || std::fabs(d) > std::numeric_limits<T>::max()) return conv::out_of_range;
            *static_cast<T*>(p) = static_cast<T>(d);
            return conv::ok;
        };
    } else if constexpr (is_timestamp<T>) {
        o.shape = shape_kind::timestamp;
        o.on_string = +[](void* p, std::string_view s) -> conv {
            auto tp = parse_iso8601(s);
            if (!tp) return conv::bad_timestamp;
            // An offset can carry 9999-12-31 past the year 9999 (or 0001-01-01 before year 1),
            // which neither wire form can write back.
            if (!timestamp_in_range(*tp)) return conv::out_of_range;
            *static_cast<T*>(p) = T(*tp);
            return conv::ok;
        };
        o.on_number = +[](void* p, const number& n) -> conv {
            auto tp = n.text.empty() ? std::nullopt : epoch_seconds_from_text(n.text);
            if (!tp) tp = from_epoch_seconds(number_as_double(n));
            if (!tp || !timestamp_in_range(*tp)) return conv::out_of_range;
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
    o.set_string = o.on_string;
    o.set_number = o.on_number;
    return o;
}

} // namespace awsmodel::core::detail

#endif
