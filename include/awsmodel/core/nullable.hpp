// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CORE_NULLABLE_HPP
#define AWSMODEL_CORE_NULLABLE_HPP

// A member that is always present and may be JSON null. AWS's APIs never send null, so the
// rest of awsmodel refuses it; Go's encoding/json writes null for a nil slice, map or pointer,
// and the ECS agent's documents are full of them (`"Containers":null`, `"io_serviced_recursive":
// null`, a stopped container's `null` in /task/stats). Absent stays distinct: a required member
// of this type must be there, `std::optional<nullable<T>>` may be absent, null or a value.

#include <awsmodel/core/codec.hpp>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <optional>
#include <utility>

namespace awsmodel::core {

/// A T or JSON null. `null` is the default: what Go writes for a zero value of a nil type.
template <class T>
class nullable {
public:
    using value_type = T;
    nullable() = default;
    nullable(T v) : v_(std::move(v)) {}
    nullable(std::nullptr_t) noexcept {}

    bool is_null() const noexcept { return !v_; }
    explicit operator bool() const noexcept { return v_.has_value(); }
    const T& operator*() const noexcept { return *v_; }
    T& operator*() noexcept { return *v_; }
    const T* operator->() const noexcept { return &*v_; }
    T* operator->() noexcept { return &*v_; }
    /// The value, or nullptr when null.
    const T* get() const noexcept { return v_ ? &*v_ : nullptr; }
    T& emplace() { return v_.emplace(); }
    void set_null() noexcept { v_.reset(); }

    friend bool operator==(const nullable&, const nullable&) = default;

private:
    std::optional<T> v_;
};

namespace detail {
template <class T>
void build_value(const T& v, boost::json::value& jv); // core/json.hpp
} // namespace detail

template <class T>
struct codec<nullable<T>> {
    using N = nullable<T>;
    static constexpr detail::type_ops decode_ops() noexcept {
        using namespace detail;
        type_ops o = ops_of<T>;
        o.inner = &ops_of<T>;
        o.engage = +[](void* p) -> void* { return &static_cast<N*>(p)->emplace(); };
        o.on_null = +[](void* p) { static_cast<N*>(p)->set_null(); };
        // T's conversions take a T: these take the nullable, for an optional around it to call.
        o.on_string = o.set_string = nullptr;
        o.on_number = o.set_number = nullptr;
        o.on_bool = nullptr;
        if constexpr (ops_of<T>.on_string != nullptr)
            o.on_string = o.set_string = +[](void* p, std::string_view s) -> conv {
                return ops_of<T>.on_string(&static_cast<N*>(p)->emplace(), s);
            };
        if constexpr (ops_of<T>.on_number != nullptr)
            o.on_number = o.set_number = +[](void* p, const number& n) -> conv {
                return ops_of<T>.on_number(&static_cast<N*>(p)->emplace(), n);
            };
        if constexpr (ops_of<T>.on_bool != nullptr)
            o.on_bool = +[](void* p, bool b) -> conv { return ops_of<T>.on_bool(&static_cast<N*>(p)->emplace(), b); };
        return o;
    }
    template <class Sink>
    static void encode(Sink& out, const N& v) {
        if (v)
            codec<T>::encode(out, *v);
        else
            detail::write_literal(out, "null");
    }
    static constexpr bool has_checks() noexcept { return codec<T>::has_checks(); }
    template <class C>
    static void walk(const N& v, C& c) {
        if (v) codec<T>::walk(*v, c);
    }
    static void to_value(const N& v, boost::json::value& jv) {
        if (v)
            detail::build_value(*v, jv);
        else
            jv.emplace_null();
    }
    template <class Generator, class Bounds>
    static boost::json::object schema(Generator& g, const Bounds& b) {
        return boost::json::object{{"anyOf", boost::json::array{g.template of<T>(b), boost::json::object{{"type", "null"}}}}};
    }
};

} // namespace awsmodel::core

#endif
