// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_DETAIL_ENCODER_HPP
#define AWSMODEL_DETAIL_ENCODER_HPP

// Writes typed values as JSON text directly from the field tables, with no DOM in between.

#include <awsmodel/detail/type_ops.hpp>

#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <cmath>
#include <string>
#include <string_view>

namespace awsmodel::core::detail {

// eight bytes at a time; a word with no control character, quote or backslash (the
// usual case) is copied without looking at its bytes one by one.
inline std::uint64_t special_bytes(std::uint64_t w) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
    std::uint64_t control = (w - ones * 0x20) & ~w & high;
    std::uint64_t q = w ^ (ones * '"'), b = w ^ (ones * '\\');
    return control | ((q - ones) & ~q & high) | ((b - ones) & ~b & high);
}

inline void write_escaped(std::string& out, std::string_view s) {
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    const char* run = s.data();
    const char* p = run;
    const char* end = s.data() + s.size();
    auto escape = [&](const char* at) {
        unsigned char c = static_cast<unsigned char>(*at);
        out.append(run, at);
        run = at + 1;
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
    };
    while (end - p >= 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        if (special_bytes(w)) {
            for (int k = 0; k < 8; ++k) {
                unsigned char c = static_cast<unsigned char>(p[k]);
                if (c < 0x20 || c == '"' || c == '\\') escape(p + k);
            }
        }
        p += 8;
    }
    for (; p != end; ++p) {
        unsigned char c = static_cast<unsigned char>(*p);
        if (c < 0x20 || c == '"' || c == '\\') escape(p);
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

template <class F>
inline constexpr auto quoted_key = [] {
    std::array<char, F::name.size() + 4> k{};
    k[0] = ',';
    k[1] = '"';
    for (std::size_t i = 0; i < F::name.size(); ++i) k[i + 2] = F::name[i]; // wire names need no escaping
    k[F::name.size() + 2] = '"';
    k[F::name.size() + 3] = ':';
    return k;
}();

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
        // `,"name":` is one constant per member, written with one append.
        constexpr auto& key = quoted_key<F>;
        if (first)
            out.append(key.data() + 1, key.size() - 1);
        else
            out.append(key.data(), key.size());
        first = false;
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
