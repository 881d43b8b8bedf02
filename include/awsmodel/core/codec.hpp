// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CORE_CODEC_HPP
#define AWSMODEL_CORE_CODEC_HPP

// The one customization point of the codec: `core::codec<T>` says how values of T decode (a
// table of operations for the decoder's state machine), encode (through a sink of
// detail/writer.hpp) and are walked by validation. Every kind of value goes through it, the
// built-in ones included, and the question "what kind of value is this" is answered once, by
// `codec_kind_of<T>`, which core/json_schema.hpp and value_from (core/json.hpp) ask too.
//
// A type of one's own that is neither a modelled struct nor a strong scalar (`wire()` and
// `from_wire()`, which need nothing more) specializes it,
//
//     template <> struct awsmodel::core::codec<my::thing> { ... };
//
// providing what the built-in specializations below provide: `decode_ops()`, `encode(sink, v)`,
// `has_checks()` and `walk(v, checker)`, and, for the schema and value_from,
// `schema(generator, bounds)` and `to_value(v, jv)`.

#include <awsmodel/core/rule_id.hpp>
#include <awsmodel/core/checker.hpp>
#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/one_of.hpp>
#include <awsmodel/core/string_map.hpp>
#include <awsmodel/core/text.hpp>
#include <awsmodel/core/timestamp.hpp>
#include <awsmodel/detail/type_ops.hpp>
#include <awsmodel/detail/writer.hpp>

#include <boost/hana/for_each.hpp>
#include <boost/hana/unpack.hpp>

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace awsmodel::core {

/// The kinds of value the codec knows.
enum class codec_kind {
    optional,    ///< std::optional<T>: absent, or a T
    structure,   ///< a modelled struct (core::reflected)
    list,        ///< std::vector<T>
    map,         ///< core::string_map<T>
    string,      ///< std::string
    boolean,     ///< bool
    integer,     ///< an integral type; its range is the member's
    number,      ///< a floating-point type
    timestamp,   ///< core::timestamp<format>
    enumeration, ///< core::open_enum<E>
    text,        ///< core::text<Policy>: a string with the policy's rules
    scalar,      ///< a strong type over a wire scalar: `wire()` and `static from_wire(wire_type)`
    one_of,      ///< core::one_of<Alternatives...>: one of several JSON types
    none,        ///< no mapping
};

namespace detail {

template <class T>
concept has_own_rules = requires(const T& v, checker& c) { validate_rules(v, c); };

template <class E>
constexpr rule_id enum_rule_of() {
    if constexpr (requires { enum_rule(E{}); })
        return enum_rule(E{});
    else
        return rules::enum_value;
}

} // namespace detail

/// What kind of value `T` is, for the codec.
template <class T>
constexpr codec_kind codec_kind_of() noexcept {
    if constexpr (detail::is_optional<T>)
        return codec_kind::optional;
    else if constexpr (reflected<T>)
        return codec_kind::structure;
    else if constexpr (detail::is_vector<T>)
        return codec_kind::list;
    else if constexpr (is_string_map<T>)
        return codec_kind::map;
    else if constexpr (std::is_same_v<T, std::string>)
        return codec_kind::string;
    else if constexpr (std::is_same_v<T, bool>)
        return codec_kind::boolean;
    else if constexpr (std::is_integral_v<T>)
        return codec_kind::integer;
    else if constexpr (std::is_floating_point_v<T>)
        return codec_kind::number;
    else if constexpr (is_timestamp<T>)
        return codec_kind::timestamp;
    else if constexpr (requires(const T& v) { typename T::enum_type; v.is_known(); v.wire_view(); })
        return codec_kind::enumeration;
    else if constexpr (is_text<T>)
        return codec_kind::text;
    else if constexpr (is_one_of<T>)
        return codec_kind::one_of;
    else if constexpr (detail::wire_wrapper<T>)
        return codec_kind::scalar;
    else
        return codec_kind::none;
}

template <class T, codec_kind K = codec_kind_of<T>()>
struct builtin_codec {
    static_assert(K != codec_kind::none, "awsmodel: no JSON mapping for this member type: make it a modelled struct, "
                                         "give it wire() and from_wire(), or specialize core::codec for it");
};

/// The customization point: specialize it for a type of your own.
template <class T>
struct codec : builtin_codec<T> {};

namespace detail {

template <class T>
constexpr type_ops make_ops() noexcept {
    type_ops o = codec<T>::decode_ops();
    // Leaves store a scalar in one step with their own conversion; an optional engages first
    // (its decode_ops says how), and a one_of chooses its alternative first.
    constexpr codec_kind k = codec_kind_of<T>();
    if constexpr (k != codec_kind::optional && k != codec_kind::one_of) {
        if (o.set_string == nullptr) o.set_string = o.on_string;
        if (o.set_number == nullptr) o.set_number = o.on_number;
    }
    return o;
}

} // namespace detail

// ---- optional --------------------------------------------------------------------------------

template <class T>
struct builtin_codec<T, codec_kind::optional> {
    using V = typename T::value_type;
    static constexpr detail::type_ops decode_ops() noexcept {
        using namespace detail;
        type_ops o = ops_of<V>;
        o.inner = &ops_of<V>;
        o.engage = +[](void* p) -> void* { return &static_cast<T*>(p)->emplace(); };
        o.set_string = nullptr;
        o.set_number = nullptr;
        o.on_null = nullptr; // a nullable inside takes null, through engage
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
    }
    template <class Sink>
    static void encode(Sink& out, const T& v) {
        if (v)
            codec<V>::encode(out, *v);
        else
            detail::write_literal(out, "null");
    }
    static constexpr bool has_checks() noexcept { return codec<V>::has_checks(); }
    template <class C>
    static void walk(const T& v, C& c) {
        if (v) codec<V>::walk(*v, c);
    }
};

// ---- structure -------------------------------------------------------------------------------

template <class T>
struct builtin_codec<T, codec_kind::structure> {
    static constexpr detail::type_ops decode_ops() noexcept {
        using namespace detail;
        static_assert(field_table<T>.size() <= 128, "a structure has at most 128 members");
        type_ops o{};
        o.shape = shape_kind::structure;
        o.fields = field_table<T>.data();
        o.field_count = field_table<T>.size();
        for (std::size_t i = 0; i < o.field_count; ++i)
            if (field_table<T>[i].required) o.required_mask[i / 64] |= std::uint64_t(1) << (i % 64);
        o.slots = field_slots<T>.data();
        o.slot_mask = field_slots<T>.size() - 1;
        if constexpr (has_extra_members<T>)
            o.extras = +[](void* p) noexcept -> extra_members* { return &static_cast<T*>(p)->extra; };
        if constexpr (has_member_order<T>)
            o.order = +[](void* p) noexcept -> member_order* { return &static_cast<T*>(p)->order; };
        o.open_members = has_open_members<T>;
        return o;
    }
    template <class Sink>
    static void encode(Sink& out, const T& v) {
        using namespace detail;
        const std::size_t start = out.position();
        if constexpr (has_member_order<T>) {
            if (!v.order.empty()) {
                encode_in_order(out, v);
                close_container(out, start, '{', '}');
                return;
            }
        }
        boost::hana::for_each(T::fields(), [&](auto f) { encode_member(out, v, f); });
        if constexpr (has_extra_members<T>)
            for (const auto& e : v.extra) encode_extra(out, e);
        close_container(out, start, '{', '}');
    }
    /// Whether validation can report anything about such a value. Members of types without any
    /// check (plain strings, numbers, most quantities, lists of them) are then not visited:
    /// most of a task definition is such values, and visiting them cost more than the rules.
    static constexpr bool has_checks() noexcept {
        if constexpr (detail::has_own_rules<T>)
            return true;
        else
            return boost::hana::unpack(T::fields(), [](auto... f) {
                return (false || ... || codec<typename decltype(f)::value_type>::has_checks());
            });
    }
    template <class C>
    static void walk(const T& v, C& c) {
        if constexpr (encloses_context<T>)
            c.within(v, [&] { walk_here(v, c); });
        else
            walk_here(v, c);
    }

private:
    template <class Sink, class F>
    static void encode_member(Sink& out, const T& v, F) {
        using namespace detail;
        const auto& m = v.*F::member;
        if constexpr (is_optional<typename F::value_type>) {
            if (!m) return;
        }
        // `,"name":` is one constant per member, written with one copy of a known size.
        constexpr auto& key = quoted_key<F>;
        out.reserve(key.size());
        out.put(key.data(), key.size());
        if constexpr (is_optional<typename F::value_type>)
            codec<typename F::value_type::value_type>::encode(out, *m);
        else
            codec<typename F::value_type>::encode(out, m);
    }
    template <class Sink>
    static void encode_extra(Sink& out, const extra_member& e) {
        using namespace detail;
        out.reserve(1);
        out.put(',');
        write_escaped(out, e.name);
        out.reserve(1 + e.json.size());
        out.put(':');
        out.put(e.json.data(), e.json.size());
    }
    // The members in the order decoded; then those set since, in the table's order, and kept
    // unknown members the order does not account for.
    template <class Sink>
    static void encode_in_order(Sink& out, const T& v) {
        constexpr std::size_t n = boost::hana::unpack(T::fields(), [](auto... f) { return sizeof...(f); });
        bool written[n > 0 ? n : 1] = {};
        std::size_t next_extra = 0;
        auto write_index = [&](std::size_t index) {
            std::size_t i = 0;
            boost::hana::for_each(T::fields(), [&](auto f) {
                if (i++ == index) encode_member(out, v, f);
            });
            written[index] = true;
        };
        for (std::uint8_t entry : v.order.entries()) {
            if (entry == member_order::extra_entry) {
                if constexpr (has_extra_members<T>)
                    if (next_extra < v.extra.size()) encode_extra(out, v.extra[next_extra++]);
            } else if (entry < n && !written[entry]) {
                write_index(entry);
            }
        }
        for (std::size_t i = 0; i < n; ++i)
            if (!written[i]) write_index(i);
        if constexpr (has_extra_members<T>)
            for (; next_extra < v.extra.size(); ++next_extra) encode_extra(out, v.extra[next_extra]);
    }

    template <class C>
    static void walk_here(const T& v, C& c) {
        boost::hana::for_each(T::fields(), [&](auto f) {
            using F = decltype(f);
            using M = typename F::value_type;
            if constexpr (codec<M>::has_checks()) {
                // an absent member has nothing to check; do not extend the pointer for it.
                if constexpr (detail::is_optional<M>) {
                    if (!(v.*F::member)) return;
                }
                c.at(F::name, [&] { codec<M>::walk(v.*F::member, c); });
            }
        });
        if constexpr (requires { validate_rules(v, c); }) validate_rules(v, c);
    }
};

// ---- list and map ----------------------------------------------------------------------------

template <class T>
struct builtin_codec<T, codec_kind::list> {
    using E = typename T::value_type;
    static constexpr detail::type_ops decode_ops() noexcept {
        using namespace detail;
        type_ops o{};
        o.shape = shape_kind::list;
        o.element = &ops_of<E>;
        o.element_size = sizeof(E);
        o.append = +[](void* p) -> void* {
            auto& v = *static_cast<T*>(p);
            // Growing 1, 2, 4 reallocates and moves twice before the usual list length; small
            // elements start at 4, wide structures (a container definition is 1.6 KB) at 1.
            if constexpr (sizeof(E) <= 128)
                if (v.capacity() == 0) v.reserve(4);
            return &v.emplace_back();
        };
        return o;
    }
    template <class Sink>
    static void encode(Sink& out, const T& v) {
        const std::size_t start = out.position();
        for (const auto& e : v) {
            out.reserve(1);
            out.put(',');
            codec<E>::encode(out, e);
        }
        detail::close_container(out, start, '[', ']');
    }
    static constexpr bool has_checks() noexcept { return codec<E>::has_checks(); }
    template <class C>
    static void walk(const T& v, C& c) {
        if constexpr (has_checks()) {
            std::size_t i = 0;
            for (const auto& e : v) c.at(i++, [&] { codec<E>::walk(e, c); });
        }
    }
};

template <class T>
struct builtin_codec<T, codec_kind::map> {
    using E = typename T::mapped_type;
    static constexpr detail::type_ops decode_ops() noexcept {
        using namespace detail;
        type_ops o{};
        o.shape = shape_kind::map;
        o.element = &ops_of<E>;
        o.element_size = sizeof(typename T::value_type);
        o.insert = +[](void* p, std::string_view k, bool replace) -> void* {
            auto& m = *static_cast<T*>(p);
            if (m.empty()) m.reserve(4); // as for lists: maps (log options, labels) rarely hold one entry
            if (void* e = m.try_emplace(k)) return e;
            return replace ? &m.insert_or_assign(k, E{}) : nullptr;
        };
        return o;
    }
    template <class Sink>
    static void encode(Sink& out, const T& v) {
        const std::size_t start = out.position();
        for (const auto& [k, e] : v) {
            out.reserve(1);
            out.put(',');
            detail::write_escaped(out, k);
            out.reserve(1);
            out.put(':');
            codec<E>::encode(out, e);
        }
        detail::close_container(out, start, '{', '}');
    }
    static constexpr bool has_checks() noexcept { return codec<E>::has_checks(); }
    template <class C>
    static void walk(const T& v, C& c) {
        if constexpr (has_checks())
            for (const auto& entry : v) c.at(entry.first, [&] { codec<E>::walk(entry.second, c); }); // clang 14 cannot capture a structured binding
    }
};

// ---- scalars ---------------------------------------------------------------------------------

/// What scalars share: nothing to check unless the type has rules of its own.
template <class T>
struct scalar_checks {
    static constexpr bool has_checks() noexcept { return detail::has_own_rules<T>; }
    template <class C>
    static void walk(const T& v, C& c) {
        // A leaf strong type with rules of its own (ec2::instance_type_name) is checked wherever
        // it appears, so no structure that holds one has to remember to.
        if constexpr (requires { validate_rules(v, c); }) validate_rules(v, c);
    }
};

template <class T>
struct builtin_codec<T, codec_kind::string> : scalar_checks<T> {
    static constexpr detail::type_ops decode_ops() noexcept {
        detail::type_ops o{};
        o.shape = detail::shape_kind::string;
        o.on_string = +[](void* p, std::string_view s) -> detail::conv {
            static_cast<std::string*>(p)->assign(s.data(), s.size());
            return detail::conv::ok;
        };
        return o;
    }
    template <class Sink>
    static void encode(Sink& out, std::string_view v) {
        detail::write_escaped(out, v);
    }
};

template <class T>
struct builtin_codec<T, codec_kind::boolean> : scalar_checks<T> {
    static constexpr detail::type_ops decode_ops() noexcept {
        detail::type_ops o{};
        o.shape = detail::shape_kind::boolean;
        o.on_bool = +[](void* p, bool b) -> detail::conv {
            *static_cast<bool*>(p) = b;
            return detail::conv::ok;
        };
        return o;
    }
    template <class Sink>
    static void encode(Sink& out, bool v) {
        detail::write_literal(out, v ? "true" : "false");
    }
};

template <class T>
struct builtin_codec<T, codec_kind::integer> : scalar_checks<T> {
    static constexpr detail::type_ops decode_ops() noexcept {
        detail::type_ops o{};
        o.shape = detail::shape_kind::integer;
        o.integer_bits = static_cast<std::uint8_t>(std::numeric_limits<T>::digits + std::is_signed_v<T>);
        o.integer_signed = std::is_signed_v<T>;
        o.on_number = +[](void* p, const detail::number& n) -> detail::conv {
            return detail::integer_from(*static_cast<T*>(p), n);
        };
        return o;
    }
    template <class Sink>
    static void encode(Sink& out, T v) {
        detail::write_integer(out, v);
    }
};

template <class T>
struct builtin_codec<T, codec_kind::number> : scalar_checks<T> {
    static constexpr detail::type_ops decode_ops() noexcept {
        detail::type_ops o{};
        o.shape = detail::shape_kind::number;
        o.on_number = +[](void* p, const detail::number& n) -> detail::conv {
            // 1e400 reads as infinity, which JSON cannot write back.
            double d = detail::number_as_double(n);
            if (!std::isfinite(d) || std::fabs(d) > std::numeric_limits<T>::max()) return detail::conv::out_of_range;
            *static_cast<T*>(p) = static_cast<T>(d);
            return detail::conv::ok;
        };
        return o;
    }
    template <class Sink>
    static void encode(Sink& out, T v) {
        detail::write_double(out, static_cast<double>(v));
    }
};

template <class T>
struct builtin_codec<T, codec_kind::timestamp> : scalar_checks<T> {
    static constexpr detail::type_ops decode_ops() noexcept {
        using namespace detail;
        type_ops o{};
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
        return o;
    }
    template <class Sink>
    static void encode(Sink& out, const T& v) {
        detail::write_timestamp(out, v);
    }
};

/// A strong type over a wire scalar decodes as its wire type and converts.
template <class T>
struct wire_scalar_codec {
    using W = typename T::wire_type;
    static constexpr detail::type_ops decode_ops() noexcept {
        using namespace detail;
        type_ops o = ops_of<W>;
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
        o.set_string = o.on_string;
        o.set_number = o.on_number;
        return o;
    }
    template <class Sink>
    static void encode(Sink& out, const T& v) {
        if constexpr (requires { v.wire_view(); })
            detail::write_escaped(out, v.wire_view());
        else
            codec<W>::encode(out, v.wire());
    }
};

template <class T>
struct builtin_codec<T, codec_kind::scalar> : wire_scalar_codec<T>, scalar_checks<T> {};

template <class T>
struct builtin_codec<T, codec_kind::enumeration> : wire_scalar_codec<T> {
    static constexpr bool has_checks() noexcept { return true; }
    template <class C>
    static void walk(const T& v, C& c) {
        // A producer that promises to add members (the ECS agent): a member this library does not
        // know yet is no mistake, unless the validation is strict.
        if constexpr (promised_open<typename T::enum_type>)
            if (!c.template document<strict_validation>()) return;
        if (!v.is_known())
            c.error(detail::enum_rule_of<typename T::enum_type>(), "",
                    cat("\"", v.wire_view(), "\" is not a value awsmodel knows; allowed: ",
                        allowed_values<typename T::enum_type>(), " (values are case-sensitive)"));
    }
};

template <class T>
struct builtin_codec<T, codec_kind::text> : wire_scalar_codec<T> {
    static constexpr bool has_checks() noexcept { return true; }
    template <class C>
    static void walk(const T& v, C& c) {
        using P = typename T::policy;
        if (int problems = P::check(v.view()))
            for_each_problem<P>(problems, [&](rule_id rule, int problem) {
                c.error(rule, "", P::message(problem, v.view()));
            });
    }
};

// ---- one of several JSON types ---------------------------------------------------------------

namespace detail {

/// Whether an alternative's decoder takes this kind of JSON value.
constexpr bool takes(const type_ops& o, json_kind k) noexcept {
    const type_ops* t = &o;
    while (t->inner) t = t->inner;
    if (t->shape == shape_kind::raw) return true;
    switch (k) {
    case json_kind::string: return t->on_string != nullptr;
    case json_kind::number: return t->on_number != nullptr;
    case json_kind::boolean: return t->on_bool != nullptr;
    case json_kind::object: return t->shape == shape_kind::structure || t->shape == shape_kind::map;
    case json_kind::array: return t->shape == shape_kind::list;
    case json_kind::null: return false;
    }
    return false;
}

/// Whether a structure alternative has a member of this name.
constexpr bool has_member(const type_ops& o, std::string_view key) noexcept {
    const type_ops* t = &o;
    while (t->inner) t = t->inner;
    if (t->shape != shape_kind::structure) return false;
    for (std::size_t i = 0; i < t->field_count; ++i)
        if (t->fields[i].name == key) return true;
    return false;
}

} // namespace detail

template <class T>
struct builtin_codec<T, codec_kind::one_of> {
    using variant = typename T::variant_type;
    static constexpr std::size_t count = std::variant_size_v<variant>;

    template <std::size_t I>
    using alternative = std::variant_alternative_t<I, variant>;

    // The alternatives' decoders, in order, for choosing one by what the document holds.
    static constexpr std::array<const detail::type_ops*, count> alternatives = []<std::size_t... I>(
                                                                                   std::index_sequence<I...>) {
        return std::array<const detail::type_ops*, count>{&detail::ops_of<alternative<I>>...};
    }(std::make_index_sequence<count>{});

    template <std::size_t I = 0>
    static void* emplace(void* p, std::size_t index) {
        if constexpr (I < count) {
            if (index == I) return &static_cast<T*>(p)->template emplace<I>();
            return emplace<I + 1>(p, index);
        } else {
            return nullptr;
        }
    }

    static constexpr detail::type_ops decode_ops() noexcept {
        using namespace detail;
        // An object chosen by its first key is already open when the choice is made, too late to
        // capture it whole: a raw alternative (core::json_value) must be the only object taker.
        static_assert([] {
            std::size_t objects = 0;
            bool raw = false;
            for (const type_ops* a : alternatives) {
                const type_ops* t = a;
                while (t->inner) t = t->inner;
                objects += takes(*a, json_kind::object) ? 1 : 0;
                raw = raw || t->shape == shape_kind::raw;
            }
            return !(raw && objects > 1);
        }(), "a one_of with a core::json_value alternative has no other alternative that takes an object");
        type_ops o{};
        o.shape = shape_kind::one_of;
        o.alternatives = alternatives.data();
        o.alternative_count = count;
        // By the kind of JSON value: the first alternative that takes it.
        o.choose = +[](void* p, json_kind k, const type_ops** chosen) -> void* {
            for (std::size_t i = 0; i < count; ++i)
                if (takes(*alternatives[i], k)) {
                    *chosen = alternatives[i];
                    return emplace(p, i);
                }
            return nullptr;
        };
        // Objects, when more than one alternative is an object: by the first key, the first
        // structure that has a member of that name, else the first object alternative.
        o.choose_by_key = +[](void* p, std::string_view key, const type_ops** chosen) -> void* {
            std::size_t fallback = count;
            for (std::size_t i = 0; i < count; ++i) {
                if (!takes(*alternatives[i], json_kind::object)) continue;
                if (has_member(*alternatives[i], key)) {
                    *chosen = alternatives[i];
                    return emplace(p, i);
                }
                if (fallback == count) fallback = i;
            }
            if (fallback == count) return nullptr;
            *chosen = alternatives[fallback];
            return emplace(p, fallback);
        };
        o.objects_by_key = [] {
            std::size_t objects = 0;
            for (const type_ops* a : alternatives) objects += takes(*a, json_kind::object) ? 1 : 0;
            return objects > 1;
        }();
        return o;
    }
    template <class Sink>
    static void encode(Sink& out, const T& v) {
        std::visit([&](const auto& a) { codec<std::remove_cvref_t<decltype(a)>>::encode(out, a); }, v.value());
    }
    static constexpr bool has_checks() noexcept {
        return []<std::size_t... I>(std::index_sequence<I...>) {
            return (false || ... || codec<alternative<I>>::has_checks());
        }(std::make_index_sequence<count>{});
    }
    template <class C>
    static void walk(const T& v, C& c) {
        std::visit([&](const auto& a) { codec<std::remove_cvref_t<decltype(a)>>::walk(a, c); }, v.value());
    }
};

} // namespace awsmodel::core

#endif
