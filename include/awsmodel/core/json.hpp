// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CORE_JSON_HPP
#define AWSMODEL_CORE_JSON_HPP

#include <awsmodel/core/codec_fwd.hpp>
#include <awsmodel/core/decode_error.hpp>
#include <awsmodel/core/decode_options.hpp>
#include <awsmodel/core/result.hpp>
#include <awsmodel/detail/decoder.hpp>
#include <awsmodel/detail/encoder.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>
#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>

#include <boost/hana/for_each.hpp>

#include <concepts>
#include <new>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>

namespace awsmodel::core {

namespace detail {

inline std::string where(std::string_view text, std::size_t offset) {
    std::size_t line = 1, col = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            col = 1;
        } else {
            ++col;
        }
    }
    return cat("line ", line, ", column ", col, " (byte ", offset, ")");
}

inline std::string syntax_message(const boost::system::error_code& ec) {
    namespace je = boost::json;
    if (ec == je::error::too_deep) return "the document nests deeper than the decoder's limit (decode_options::max_depth)";
    if (ec == je::error::syntax) return "this is not valid JSON";
    if (ec == je::error::incomplete) return "the document ends too early: a value, quote or bracket is missing";
    if (ec == je::error::invalid_escape || ec == je::error::expected_hex_digit) return "a string holds an invalid escape";
    if (ec == je::error::exponent_overflow) return "a number's exponent is too large";
    if (ec == je::error::illegal_leading_surrogate || ec == je::error::illegal_trailing_surrogate)
        return "a \\u escape holds an unpaired surrogate";
    return cat("this is not valid JSON: ", ec.message());
}

// What is wrong at the byte where the parser stopped: Boost.JSON reports invalid UTF-8, raw
// control characters and a bad \u escape all as `syntax`, and the byte tells them apart.
inline std::string syntax_message(const boost::system::error_code& ec, std::string_view text, std::size_t at) {
    namespace je = boost::json;
    if (ec == je::error::syntax && at < text.size()) {
        static constexpr char hex[] = "0123456789ABCDEF";
        unsigned char c = static_cast<unsigned char>(text[at]);
        std::string byte = cat("0x", std::string(1, hex[c >> 4]), std::string(1, hex[c & 15]));
        if (c >= 0x80)
            return cat("the text is not valid UTF-8 (byte ", byte, "); AWS documents are UTF-8: re-save the file as UTF-8");
        if (c < 0x20)
            return cat("a raw control character (byte ", byte,
                       ") is not allowed in JSON; inside a string write it as an escape such as \\u00",
                       std::string(1, hex[c >> 4]), std::string(1, hex[c & 15]));
        if (c == '\'') return "JSON strings and member names take double quotes, not single quotes";
        // A file edited by a merge that was never finished (AWS's docs published one).
        for (std::string_view marker : {"<<<<<<<", "=======", ">>>>>>>"})
            if (text.substr(at, marker.size()) == marker && (at == 0 || text[at - 1] == '\n'))
                return cat("a merge-conflict marker (", marker, ") stands here: the file holds both sides of an unresolved merge; keep one");
        if (c == '/') return "JSON has no comments: remove the comment";
        if ((c == ']' || c == '}') && at > 0) {
            std::size_t before = text.find_last_not_of(" \t\r\n", at - 1);
            if (before != std::string_view::npos && text[before] == ',')
                return "a comma must be followed by another element or member: remove the trailing comma";
        }
        auto one_of = [](char x, std::string_view set) { return set.find(x) != std::string_view::npos; };
        if (at >= 6 && text[at - 6] == '\\' && text[at - 5] == 'u' && one_of(text[at - 4], "dD") &&
            one_of(text[at - 3], "89abAB"))
            return cat("the escape ", text.substr(at - 6, 6),
                       " starts a UTF-16 surrogate pair, but no \\uDC00-\\uDFFF escape follows to complete it");
    }
    return syntax_message(ec);
}

// Replays a DOM as parser events, so that values and text go through the one decoder.
inline bool replay(decoder& d, const boost::json::value& v, std::size_t depth, std::size_t max_depth,
                   boost::system::error_code& ec) {
    namespace je = boost::json;
    if (depth > max_depth) {
        ec = je::error::too_deep;
        return false;
    }
    switch (v.kind()) {
    case je::kind::object: {
        if (!d.on_object_begin(ec)) return false;
        for (const auto& kv : v.get_object()) {
            if (!d.on_key(kv.key(), kv.key().size(), ec) || !replay(d, kv.value(), depth + 1, max_depth, ec)) return false;
        }
        return d.on_object_end(v.get_object().size(), ec);
    }
    case je::kind::array: {
        if (!d.on_array_begin(ec)) return false;
        for (const auto& e : v.get_array())
            if (!replay(d, e, depth + 1, max_depth, ec)) return false;
        return d.on_array_end(v.get_array().size(), ec);
    }
    case je::kind::string: return d.on_string(v.get_string(), v.get_string().size(), ec);
    case je::kind::int64: return d.on_int64(v.get_int64(), {}, ec);
    case je::kind::uint64: return d.on_uint64(v.get_uint64(), {}, ec);
    case je::kind::double_: return d.on_double(v.get_double(), {}, ec);
    case je::kind::bool_: return d.on_bool(v.get_bool(), ec);
    case je::kind::null: return d.on_null(ec);
    }
    return true;
}

// Room for one more finding is reserved before decoding starts, so that running out of memory
// is still reported when no further allocation succeeds ("out of memory" fits in a std::string
// without allocating). Findings already made are kept.
template <class T>
result<T> failed_with(diagnostics& ds, std::string_view rule, std::string_view message,
                      std::string_view detail = {}) noexcept {
    std::string m;
    try {
        m = cat(message, detail);
    } catch (...) {
        m = "out of memory";
    }
    if (ds.size() == ds.capacity()) ds.pop_back();
    ds.push_back({std::string(), rule, severity::error, std::move(m)});
    return result<T>(std::move(ds));
}

template <class T, class Run>
result<T> decode_with(Run&& run) noexcept {
    diagnostics ds;
    try {
        ds.reserve(4);
    } catch (...) {
        return result<T>(); // not even one finding fits: no value, and no finding either
    }
    try {
        T value{};
        run(value, ds);
        if (has_errors(ds)) return result<T>(std::move(ds));
        return result<T>(std::move(value), std::move(ds));
    } catch (const std::bad_alloc&) {
        return failed_with<T>(ds, rules::limit, "out of memory");
    } catch (const std::exception& e) {
        return failed_with<T>(ds, rules::syntax, "decoding failed: ", e.what());
    } catch (...) {
        return failed_with<T>(ds, rules::syntax, "decoding failed: an exception escaped a member's conversion");
    }
}

} // namespace detail

/// Decodes JSON text straight into `T`, collecting every structural finding (unknown or
/// mistyped members, missing required ones, below botocore's minimums, limits), each with the
/// JSON Pointer of its member. The value is returned when there is no error.
template <document T>
result<T> decode(std::string_view text, const decode_options& opt) noexcept {
    return detail::decode_with<T>([&](T& value, diagnostics& ds) {
        if (text.size() > opt.max_document_bytes) {
            ds.push_back({"", rules::limit, severity::error,
                          cat("the document is ", text.size(), " bytes; the limit is ", opt.max_document_bytes,
                              " (decode_options::max_document_bytes)")});
            return;
        }
        if (text.substr(0, 3) == "\xEF\xBB\xBF") {
            ds.push_back({"", rules::syntax, severity::error,
                          "the document starts with a UTF-8 byte order mark, which AWS does not accept: remove it"});
            return;
        }
        if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
            ds.push_back({"", rules::syntax, severity::error, "the document is empty"});
            return;
        }
        boost::json::parse_options po;
        po.max_depth = opt.max_depth;
        boost::json::basic_parser<detail::decoder> p(po, opt, ds, &value, &detail::ops_of<T>);
        boost::system::error_code ec;
        std::size_t n = p.write_some(false, text.data(), text.size(), ec);
        if (p.handler().stopped()) return;
        if (ec) {
            std::string_view rule = ec == boost::json::error::too_deep ? rules::limit : rules::syntax;
            ds.push_back({p.handler().pointer(), rule, severity::error,
                          cat(detail::where(text, n), ": ", detail::syntax_message(ec, text, n))});
        } else if (n < text.size()) {
            ds.push_back({"", rules::syntax, severity::error,
                          cat(detail::where(text, n), ": unexpected text after the end of the document; a file holds one JSON value")});
        }
    });
}

/// Decodes a Boost.JSON value with the same checks as text.
template <document T, class Value>
    requires std::same_as<Value, boost::json::value>
result<T> decode(const Value& v, const decode_options& opt = {}) noexcept {
    return detail::decode_with<T>([&](T& value, diagnostics& ds) {
        detail::decoder d(opt, ds, &value, &detail::ops_of<T>);
        boost::system::error_code ec;
        if (!detail::replay(d, v, 1, opt.max_depth, ec) && !d.stopped() && ec)
            ds.push_back({d.pointer(), rules::limit, severity::error, detail::syntax_message(ec)});
    });
}

/// The wire JSON of a value, compact, members in field-table order.
template <document T>
std::string encode(const T& v) {
    std::string out;
    detail::encode_to(out, v);
    return out;
}

/// Appends the wire JSON of a value to `out`.
template <document T>
void encode(const T& v, std::string& out) {
    detail::encode_to(out, v);
}

// Boost.JSON conversions, found through the `core::model` base: `boost::json::value_from(x)`,
// `value_to<T>(jv)` and `try_value_to<T>(jv)` work for every modelled type.
namespace detail {

/// Builds the Boost.JSON value of `v` directly, kind by kind as core::codec classifies them, the
/// members in field-table order and kept unknown members after them, as `encode` writes them.
template <class T>
void build_value(const T& v, boost::json::value& jv) {
    constexpr codec_kind k = codec_kind_of<T>();
    if constexpr (requires { codec<T>::to_value(v, jv); }) {
        codec<T>::to_value(v, jv);
    } else if constexpr (k == codec_kind::optional) {
        if (v)
            build_value(*v, jv);
        else
            jv.emplace_null();
    } else if constexpr (k == codec_kind::structure) {
        boost::json::object& o = jv.emplace_object();
        boost::hana::for_each(T::fields(), [&](auto f) {
            using F = decltype(f);
            const auto& m = v.*F::member;
            if constexpr (is_optional<typename F::value_type>) {
                if (!m) return;
            }
            build_value(m, o[F::name]);
        });
        if constexpr (has_extra_members<T>)
            for (const auto& e : v.extra) o[e.name] = boost::json::parse(e.json, o.storage());
    } else if constexpr (k == codec_kind::list) {
        boost::json::array& a = jv.emplace_array();
        a.reserve(v.size());
        for (const auto& e : v) build_value(e, a.emplace_back(nullptr));
    } else if constexpr (k == codec_kind::map) {
        boost::json::object& o = jv.emplace_object();
        for (const auto& entry : v) build_value(entry.second, o[entry.first]);
    } else if constexpr (k == codec_kind::string) {
        jv.emplace_string().assign(v);
    } else if constexpr (k == codec_kind::boolean) {
        jv.emplace_bool() = v;
    } else if constexpr (k == codec_kind::integer) {
        if constexpr (std::is_signed_v<T>)
            jv.emplace_int64() = v;
        else
            jv.emplace_uint64() = v;
    } else if constexpr (k == codec_kind::number) {
        jv.emplace_double() = static_cast<double>(v);
    } else if constexpr (k == codec_kind::timestamp) {
        // The wire form (a string or a number with exactly the microseconds) comes from the writer.
        std::string text;
        encode_to(text, v);
        jv = boost::json::parse(text, jv.storage());
    } else if constexpr (k == codec_kind::one_of) {
        std::visit([&](const auto& a) { build_value(a, jv); }, v.value());
    } else if constexpr (requires { v.wire_view(); }) {
        jv.emplace_string().assign(v.wire_view());
    } else if constexpr (std::is_same_v<std::remove_cvref_t<decltype(v.wire())>, std::string_view>) {
        // a secret lends its wire text as a view; the DOM is the wire, so it goes there
        jv.emplace_string().assign(v.wire());
    } else {
        build_value(v.wire(), jv);
    }
}

} // namespace detail

template <reflected T>
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const T& v) {
    detail::build_value(v, jv);
}

/// `boost::json::try_value_to<T>` without losing the findings: the value, or every finding
/// that prevented it, as `decode` gives them.
template <reflected T>
result<T> try_value_to(const boost::json::value& jv, const decode_options& opt = {}) noexcept {
    return decode<T>(jv, opt);
}

// Boost.JSON's error channel is one error_code: it names the first finding (core/decode_error.hpp),
// and core::try_value_to has the rest.
template <reflected T>
boost::json::result<T> tag_invoke(boost::json::try_value_to_tag<T>, const boost::json::value& jv) {
    auto r = decode<T>(jv);
    if (!r) return detail::failure_code(r.diagnostics());
    return std::move(*r);
}

// Chosen by value_to over the overload above, so that what it throws keeps every finding.
template <reflected T>
T tag_invoke(boost::json::value_to_tag<T>, const boost::json::value& jv) {
    auto r = decode<T>(jv);
    if (!r) throw decode_failure(std::move(r.diagnostics()));
    return std::move(*r);
}

} // namespace awsmodel::core

#endif
