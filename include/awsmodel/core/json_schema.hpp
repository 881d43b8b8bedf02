// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CORE_JSON_SCHEMA_HPP
#define AWSMODEL_CORE_JSON_SCHEMA_HPP

// A JSON Schema (draft 2020-12) of the API wire form of a reflected type, generated from the field
// tables: what strict decoding accepts, plus the enumerations `validate()` checks. What only the
// rules know (cross-member constraints, text policies) is not in it; docs/json-schema.md says what is.

#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/string_map.hpp>
#include <awsmodel/core/text.hpp>
#include <awsmodel/core/timestamp.hpp>
#include <awsmodel/core/codec.hpp>
#include <awsmodel/detail/type_ops.hpp>

#include <boost/hana/for_each.hpp>
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/string.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace awsmodel::core {

/// The dialect `json_schema` writes.
inline constexpr std::string_view json_schema_dialect = "https://json-schema.org/draft/2020-12/schema";

namespace detail::schema {

// botocore's "no max" (core::no_max) is the largest int64, as core::no_min is the least.
inline constexpr std::int64_t unbounded = no_max;

/// What a member's descriptor says about its value: lengths for strings, counts for lists and
/// maps, the range for numbers.
struct bounds {
    std::int64_t min = no_min;
    std::int64_t max = unbounded;
    std::string_view pattern = {};
};


/// ISO 8601 as `parse_iso8601` reads it: date, then optionally `T`/space, hours and minutes,
/// seconds with a fraction, and `Z` or an offset. The calendar check is the decoder's.
inline constexpr std::string_view iso8601_pattern =
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}([.,][0-9]+)?)?([Zz]|[+-][0-9]{2}:?([0-9]{2})?)?)?$";

inline void put_length(boost::json::object& o, const bounds& b, std::string_view lo, std::string_view hi) {
    if (b.min != no_min && b.min > 0) o[lo] = b.min;
    if (b.max != unbounded) o[hi] = b.max;
}

/// The C++ name of `T` (`awsmodel::ecs::tag`), from the compiler's name of this function: no RTTI.
template <class T>
constexpr std::string_view type_name() noexcept {
    // GCC: "... type_name() [with T = awsmodel::ecs::tag; std::string_view = ...]"
    // Clang: "... type_name() [T = awsmodel::ecs::tag]"
    std::string_view f = __PRETTY_FUNCTION__;
    std::size_t start = f.find("T = ") + 4;
    std::size_t end = f.find_first_of(";]", start);
    return f.substr(start, end - start);
}

/// Builds the schemas of a type and of the structures it reaches, one `$defs` entry per structure.
class generator {
public:
    template <class T>
    boost::json::object of(const bounds& b = {}) {
        using boost::json::object;
        // The kind is core::codec's (codec_kind_of): the one classification of member types. A
        // type with a codec of its own describes itself.
        constexpr codec_kind k = codec_kind_of<T>();
        if constexpr (requires(generator& g) { codec<T>::schema(g, b); }) {
            return codec<T>::schema(*this, b);
        } else if constexpr (k == codec_kind::optional) {
            // Absent is allowed (the member is not `required`); `null` is not, as for botocore.
            return of<typename T::value_type>(b);
        } else if constexpr (k == codec_kind::structure) {
            return object{{"$ref", "#/$defs/" + define<T>()}};
        } else if constexpr (k == codec_kind::list) {
            object o{{"type", "array"}, {"items", of<typename T::value_type>()}};
            put_length(o, b, "minItems", "maxItems");
            return o;
        } else if constexpr (k == codec_kind::map) {
            object o{{"type", "object"}, {"additionalProperties", of<typename T::mapped_type>()}};
            put_length(o, b, "minProperties", "maxProperties");
            return o;
        } else if constexpr (k == codec_kind::string) {
            object o{{"type", "string"}};
            put_length(o, b, "minLength", "maxLength");
            if (!b.pattern.empty()) o["pattern"] = b.pattern;
            return o;
        } else if constexpr (k == codec_kind::boolean) {
            return object{{"type", "boolean"}};
        } else if constexpr (k == codec_kind::integer) {
            // The decoder reports a value outside the C++ type as out of range.
            object o{{"type", "integer"}};
            if constexpr (std::is_signed_v<T>) {
                o["minimum"] = std::max<std::int64_t>(std::numeric_limits<T>::min(), b.min);
                o["maximum"] = std::min<std::int64_t>(std::numeric_limits<T>::max(), b.max);
            } else {
                o["minimum"] = std::max<std::int64_t>(0, b.min);
                if (b.max != unbounded)
                    o["maximum"] = std::min<std::uint64_t>(std::numeric_limits<T>::max(), static_cast<std::uint64_t>(std::max<std::int64_t>(0, b.max)));
                else
                    o["maximum"] = static_cast<std::uint64_t>(std::numeric_limits<T>::max());
            }
            return o;
        } else if constexpr (k == codec_kind::number) {
            object o{{"type", "number"}};
            if (b.min != no_min) o["minimum"] = b.min;
            if (b.max != unbounded) o["maximum"] = b.max;
            return o;
        } else if constexpr (k == codec_kind::timestamp) {
            // Both wire forms decode, whichever the service writes; `minimum`/`maximum` apply to
            // the number, `pattern` to the string.
            return object{{"type", boost::json::array{"number", "string"}},
                          {"minimum", earliest_timestamp_us / 1000000},
                          {"maximum", latest_timestamp_us / 1000000},
                          {"pattern", iso8601_pattern},
                          {"description", "A point in time between the years 1 and 9999: epoch seconds, or an ISO 8601 "
                                          "date-time (UTC unless it has an offset)."}};
        } else if constexpr (k == codec_kind::enumeration) {
            // The values this library knows; `validate()` reports any other as an error.
            boost::json::array names;
            for (std::string_view n : wire_names(typename T::enum_type{})) names.emplace_back(n);
            object o{{"type", "string"}, {"enum", std::move(names)}};
            return o;
        } else if constexpr (k == codec_kind::text || k == codec_kind::scalar) {
            // Strong types and constrained text travel as their wire scalar.
            return of<typename T::wire_type>(b);
        } else if constexpr (k == codec_kind::one_of) {
            // Exactly one alternative holds; they differ in JSON type, or, for objects, in members.
            boost::json::array alternatives;
            [&]<std::size_t... I>(std::index_sequence<I...>) {
                (alternatives.emplace_back(of<std::variant_alternative_t<I, typename T::variant_type>>(b)), ...);
            }(std::make_index_sequence<std::variant_size_v<typename T::variant_type>>{});
            return object{{"anyOf", std::move(alternatives)}};
        } else {
            static_assert(sizeof(T) == 0, "awsmodel: no JSON Schema mapping for this member type");
        }
    }

    /// The `$defs` entries, in name order.
    boost::json::object take_defs() {
        boost::json::object defs;
        for (auto& [name, def] : defs_) defs.emplace(name, std::move(def));
        defs_.clear();
        return defs;
    }

private:
    template <class T>
    std::string define() {
        auto [it, inserted] = names_.try_emplace(type_name<T>());
        if (!inserted) return it->second;
        it->second = unique_name(def_name(std::string(type_name<T>())));
        std::string name = it->second;
        defs_[name]; // taken before the members: a structure that reaches itself refers to it
        boost::json::object props;
        boost::json::array required;
        boost::hana::for_each(T::fields(), [&](auto f) {
            using F = decltype(f);
            boost::json::object p =
                of<typename F::value_type>(bounds{F::min, F::max, F::pattern});
            if (std::string_view d = F::aws_default; !d.empty())
                p["default"] = default_value<typename F::value_type>(d);
            props.emplace(F::name, std::move(p));
            if (F::required) required.emplace_back(F::name);
        });
        boost::json::object o{{"type", "object"}, {"properties", std::move(props)}};
        if (!required.empty()) o["required"] = std::move(required);
        o["additionalProperties"] = false; // strict decoding reports unknown members
        if constexpr (ops_of<T>.single_member) {
            o["minProperties"] = 1;
            o["maxProperties"] = 1;
        }
        defs_[name] = std::move(o);
        return name;
    }

    // `awsmodel::ecs::container_definition` -> `ecs.container_definition`; anything else a URI
    // fragment would have to escape becomes `_`.
    static std::string def_name(std::string cpp) {
        constexpr std::string_view ns = "awsmodel::";
        if (cpp.starts_with(ns)) cpp.erase(0, ns.size());
        std::string out;
        for (std::size_t i = 0; i < cpp.size(); ++i) {
            char c = cpp[i];
            if (c == ':' && i + 1 < cpp.size() && cpp[i + 1] == ':') {
                out += '.';
                ++i;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                       c == '.' || c == '-') {
                out += c;
            } else {
                out += '_';
            }
        }
        return out;
    }

    std::string unique_name(std::string base) {
        std::string name = base;
        for (int n = 2; defs_.contains(name); ++n) name = base + "-" + std::to_string(n);
        return name;
    }

    // `aws_default` in the member's JSON type; for a list it is the list's one element.
    template <class T>
    static boost::json::value default_value(std::string_view d) {
        constexpr codec_kind k = codec_kind_of<T>();
        if constexpr (k == codec_kind::optional) {
            return default_value<typename T::value_type>(d);
        } else if constexpr (k == codec_kind::list) {
            return boost::json::array{default_value<typename T::value_type>(d)};
        } else if constexpr (k == codec_kind::text || k == codec_kind::scalar) {
            return default_value<typename T::wire_type>(d);
        } else if constexpr (k == codec_kind::boolean) {
            if (d == "true") return true;
            if (d == "false") return false;
        } else if constexpr (k == codec_kind::integer) {
            std::int64_t n = 0;
            auto [p, ec] = std::from_chars(d.data(), d.data() + d.size(), n);
            if (ec == std::errc{} && p == d.data() + d.size()) return n;
        } else if constexpr (k == codec_kind::number) {
            double x = 0;
            auto [p, ec] = std::from_chars(d.data(), d.data() + d.size(), x);
            if (ec == std::errc{} && p == d.data() + d.size()) return x;
        }
        return boost::json::string(d);
    }

    std::map<std::string, boost::json::object> defs_;
    std::map<std::string_view, std::string> names_; // C++ name -> `$defs` name
};

} // namespace detail::schema

/// A JSON Schema (draft 2020-12) of `T`'s API wire form: member types, `required` members, no
/// unknown members (`additionalProperties: false`, as strict decoding), the values of enumerations,
/// botocore's lengths, counts, ranges and patterns, the range of each C++ integer type, both
/// timestamp forms, and AWS's documented defaults. Each structure is one `$defs` entry, which the
/// others reach with `$ref`; the document itself is a `$ref` to `T`'s entry. Keys come in a fixed
/// order (members in field-table order, `$defs` by name), so the text is stable.
///
/// A document the schema accepts can still break a rule: `validate()` checks what a schema cannot
/// say (the Fargate CPU and memory table, members that exclude each other, text policies).
template <document T>
boost::json::object json_schema(std::string_view title = {}) {
    detail::schema::generator g;
    boost::json::object root{{"$schema", json_schema_dialect}};
    if (!title.empty()) root["title"] = title;
    boost::json::object ref = g.of<T>();
    if (ref.contains("$ref"))
        root["$ref"] = std::move(ref["$ref"]);
    else
        for (auto& member : ref) root[member.key()] = std::move(member.value()); // a map or a one_of
    
    root["$defs"] = g.take_defs();
    return root;
}

} // namespace awsmodel::core

#endif
