// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_DETAIL_TYPE_OPS_HPP
#define AWSMODEL_DETAIL_TYPE_OPS_HPP

// The decoder is one non-template state machine driven by JSON events; what it needs to know about
// each C++ type is a constant table of function pointers, `ops_of<T>`, which core::codec<T>
// provides (core/codec.hpp) and the field tables feed. Only these small functions are
// instantiated per type.

#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/string_map.hpp>
#include <awsmodel/core/text.hpp>
#include <awsmodel/core/timestamp.hpp>

#include <boost/hana/for_each.hpp>
#include <boost/json/fwd.hpp>
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

enum class shape_kind : unsigned char { structure, list, map, string, integer, number, boolean, timestamp, one_of, raw };

/// The kind of JSON value an event starts, for choosing the alternative of a one_of.
enum class json_kind : unsigned char { string, number, boolean, object, array, null };

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
    // structure: where the order of its members is recorded (core::member_order), and whether
    // it keeps unknown members unless decoding is strict (core::has_open_members)
    member_order* (*order)(void*) noexcept = nullptr;
    bool open_members = false;
    // a value that takes JSON null (core::nullable): sets it to null
    void (*on_null)(void*) = nullptr;
    // structure: exactly one member, as in a CloudFormation intrinsic function object
    bool single_member = false;
    // list and map
    const type_ops* element = nullptr;
    // list: when not 0, the exact number of elements, and what they are, for the message
    std::size_t arity = 0;
    std::string_view arity_shape = {};
    // raw: any JSON value, captured as a DOM and handed over whole
    void (*take_json)(void*, boost::json::value&&) = nullptr;
    std::size_t element_size = 0; // what one more element costs, for decode_options::max_element_bytes
    void* (*append)(void*) = nullptr;
    // map: a new entry for the key; when the key is already there, nullptr, or with `replace` the
    // existing entry emptied for the repeated key's value to replace it
    void* (*insert)(void*, std::string_view, bool replace) = nullptr;
    // optional
    const type_ops* inner = nullptr;
    void* (*engage)(void*) = nullptr;
    // one_of: the alternative that takes a JSON value of this kind, emplaced (nullptr when none
    // does); with objects_by_key, an object's alternative is chosen at its first key instead.
    void* (*choose)(void*, json_kind, const type_ops**) = nullptr;
    void* (*choose_by_key)(void*, std::string_view, const type_ops**) = nullptr;
    bool objects_by_key = false;
    const type_ops* const* alternatives = nullptr;
    std::size_t alternative_count = 0;
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

// Defined in core/codec.hpp, from core::codec<T>: the one place that knows each kind of value.
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

// Not constexpr: reaching it while compiling is the error, and the compiler prints its name.
void field_table_names_a_wire_name_twice();

// The decoder's open-addressing index of T's wire names. Building it is also where a table that
// lists a member twice fails to compile: the completeness check of core::fields relies on the
// entries being distinct.
template <class T>
inline constexpr auto field_slots = [] {
    constexpr std::size_t n = field_table<T>.size();
    constexpr std::size_t size = std::bit_ceil(2 * n + 2);
    std::array<std::uint8_t, size> slots{};
    for (std::size_t i = 0; i < n; ++i) {
        std::size_t h = key_hash(field_table<T>[i].name) & (size - 1);
        for (; slots[h]; h = (h + 1) & (size - 1))
            if (field_table<T>[slots[h] - 1].name == field_table<T>[i].name) field_table_names_a_wire_name_twice();
        slots[h] = static_cast<std::uint8_t>(i + 1);
    }
    return slots;
}();

} // namespace awsmodel::core::detail

#endif
