// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CORE_JSON_VALUE_HPP
#define AWSMODEL_CORE_JSON_VALUE_HPP

// Any JSON value, kept as it came: where a document holds something awsmodel does not type, such
// as the arguments of a CloudFormation intrinsic function, which may be literals of any kind or
// further functions. Its core::codec captures the value as a DOM while the rest of the document
// decodes typed, and writes it back in awsmodel's own number and string forms.

#include <awsmodel/core/codec.hpp>
#include <awsmodel/detail/type_ops.hpp>
#include <awsmodel/detail/writer.hpp>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/string.hpp>
#include <boost/json/value.hpp>

#include <string_view>
#include <utility>

namespace awsmodel::core {

/// A JSON value of any kind (null included), decoded and encoded as it is.
class json_value {
public:
    json_value() = default;
    json_value(boost::json::value v) : v_(std::move(v)) {}
    json_value(std::string_view s) : v_(boost::json::string(s)) {}
    json_value(const char* s) : v_(boost::json::string(s)) {}
    json_value(std::int64_t i) : v_(i) {}
    json_value(int i) : v_(static_cast<std::int64_t>(i)) {}

    const boost::json::value& get() const noexcept { return v_; }
    boost::json::value& get() noexcept { return v_; }

    friend bool operator==(const json_value&, const json_value&) = default;

private:
    boost::json::value v_;
};

template <>
struct codec<json_value> {
    static constexpr detail::type_ops decode_ops() noexcept {
        detail::type_ops o{};
        o.shape = detail::shape_kind::raw;
        o.take_json = +[](void* p, boost::json::value&& v) { static_cast<json_value*>(p)->get() = std::move(v); };
        return o;
    }
    template <class Sink>
    static void encode(Sink& out, const json_value& v) {
        write(out, v.get());
    }
    static constexpr bool has_checks() noexcept { return false; }
    template <class C>
    static void walk(const json_value&, C&) {}
    /// Any JSON value: the empty schema.
    template <class Generator, class Bounds>
    static boost::json::object schema(Generator&, const Bounds&) {
        return {};
    }
    static void to_value(const json_value& v, boost::json::value& jv) { jv = v.get(); }

private:
    template <class Sink>
    static void write(Sink& out, const boost::json::value& v) {
        namespace je = boost::json;
        switch (v.kind()) {
        case je::kind::null: detail::write_literal(out, "null"); break;
        case je::kind::bool_: detail::write_literal(out, v.get_bool() ? "true" : "false"); break;
        case je::kind::int64: detail::write_integer(out, v.get_int64()); break;
        case je::kind::uint64: detail::write_integer(out, v.get_uint64()); break;
        case je::kind::double_: detail::write_double(out, v.get_double()); break;
        case je::kind::string: detail::write_escaped(out, v.get_string()); break;
        case je::kind::array: {
            const std::size_t start = out.position();
            for (const auto& e : v.get_array()) {
                out.reserve(1);
                out.put(',');
                write(out, e);
            }
            detail::close_container(out, start, '[', ']');
            break;
        }
        case je::kind::object: {
            const std::size_t start = out.position();
            for (const auto& kv : v.get_object()) {
                out.reserve(1);
                out.put(',');
                detail::write_escaped(out, kv.key());
                out.reserve(1);
                out.put(':');
                write(out, kv.value());
            }
            detail::close_container(out, start, '{', '}');
            break;
        }
        }
    }
};

} // namespace awsmodel::core

#endif
