// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_DETAIL_ENCODER_HPP
#define AWSMODEL_DETAIL_ENCODER_HPP

// Writes typed values as JSON text directly from the field tables, with no DOM in between.

#include <awsmodel/detail/type_ops.hpp>

#include <charconv>
#include <cmath>
#include <string>
#include <string_view>

namespace awsmodel::core::detail {

inline void write_escaped(std::string& out, std::string_view s) {
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    const char* run = s.data();
    const char* end = s.data() + s.size();
    for (const char* p = run; p != end; ++p) {
        unsigned char c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        out.append(run, p);
        run = p + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    out.append(run, end);
    out += '"';
}

template <class I>
void write_integer(std::string& out, I v) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

inline void write_double(std::string& out, double d) {
    if (!std::isfinite(d)) {
        out += "null"; // JSON has no infinity; decoding never produces one
        return;
    }
    if (d == 0 && std::signbit(d)) {
        out += "-0.0"; // "-0" would read back as the integer 0 and lose the sign
        return;
    }
    char buf[32];
    auto r = std::to_chars(buf, buf + sizeof buf, d);
    out.append(buf, r.ptr);
}

template <class T>
void encode_value(std::string& out, const T& v);

template <class T>
void encode_struct(std::string& out, const T& v) {
    out += '{';
    bool first = true;
    boost::hana::for_each(T::fields(), [&](auto f) {
        using F = decltype(f);
        const auto& m = v.*F::member;
        if constexpr (is_optional<typename F::value_type>) {
            if (!m) return;
        }
        if (!first) out += ',';
        first = false;
        out += '"';
        out += F::name; // wire names need no escaping
        out += "\":";
        if constexpr (is_optional<typename F::value_type>)
            encode_value(out, *m);
        else
            encode_value(out, m);
    });
    if constexpr (has_extra_members<T>) {
        for (const auto& e : v.extra) {
            if (!first) out += ',';
            first = false;
            write_escaped(out, e.name);
            out += ':';
            out += e.json;
        }
    }
    out += '}';
}

template <class T>
void encode_value(std::string& out, const T& v) {
    if constexpr (is_optional<T>) {
        if (v)
            encode_value(out, *v);
        else
            out += "null";
    } else if constexpr (reflected<T>) {
        encode_struct(out, v);
    } else if constexpr (is_vector<T>) {
        out += '[';
        bool first = true;
        for (const auto& e : v) {
            if (!first) out += ',';
            first = false;
            encode_value(out, e);
        }
        out += ']';
    } else if constexpr (is_string_map<T>) {
        out += '{';
        bool first = true;
        for (const auto& [k, e] : v) {
            if (!first) out += ',';
            first = false;
            write_escaped(out, k);
            out += ':';
            encode_value(out, e);
        }
        out += '}';
    } else if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, std::string_view>) {
        write_escaped(out, v);
    } else if constexpr (std::is_same_v<T, bool>) {
        out += v ? "true" : "false";
    } else if constexpr (std::is_integral_v<T>) {
        write_integer(out, v);
    } else if constexpr (std::is_floating_point_v<T>) {
        write_double(out, static_cast<double>(v));
    } else if constexpr (is_timestamp<T>) {
        if constexpr (T::format == time_format::epoch_seconds)
            out += v.wire();
        else
            write_escaped(out, v.wire());
    } else if constexpr (requires { v.wire_view(); }) {
        write_escaped(out, v.wire_view());
    } else if constexpr (wire_wrapper<T>) {
        encode_value(out, v.wire());
    } else {
        static_assert(sizeof(T) == 0, "awsmodel: no JSON mapping for this member type");
    }
}

} // namespace awsmodel::core::detail

#endif
