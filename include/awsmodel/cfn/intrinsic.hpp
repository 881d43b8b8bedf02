// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CFN_INTRINSIC_HPP
#define AWSMODEL_CFN_INTRINSIC_HPP

// CloudFormation's intrinsic functions, `{"Ref": ...}` and `{"Fn::...": ...}`, as a modelled
// object of exactly one member. Their arguments may be literals of any JSON kind or further
// functions, so they are kept as JSON (core::json_value) and checked for their shape only:
// the number of elements a function takes, and whether it takes a string or a list.
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html

#include <awsmodel/core/codec.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/fixed_string.hpp>
#include <awsmodel/core/json.hpp>
#include <awsmodel/core/json_value.hpp>
#include <awsmodel/core/one_of.hpp>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::cfn {

/// One argument of an intrinsic function: a literal of any JSON kind, or another function.
using argument = core::json_value;

/// The argument list of a function that takes exactly `N` of them; `Shape` says which, for the
/// finding when a document gives another number.
template <std::size_t N, core::fixed_string Shape>
struct arguments : std::vector<argument> {
    using std::vector<argument>::vector;
    static constexpr std::size_t arity = N;
    friend bool operator==(const arguments&, const arguments&) = default;
};

/// One intrinsic function: exactly one member is engaged, the function's own.
struct intrinsic : core::model {
    std::optional<std::string> ref;                                                             ///< Ref: a logical name or pseudo parameter
    std::optional<core::one_of<std::string, arguments<2, "[logical name, attribute]">>> get_att; ///< Fn::GetAtt, also "Name.Attribute"
    std::optional<core::one_of<std::string, arguments<2, "[template, {variables}]">>> sub;       ///< Fn::Sub
    std::optional<arguments<2, "[delimiter, [values...]]">> join;                              ///< Fn::Join
    std::optional<arguments<3, "[condition, value if true, value if false]">> if_;              ///< Fn::If
    std::optional<arguments<2, "[index, list]">> select;                                        ///< Fn::Select
    std::optional<argument> import_value;                                                       ///< Fn::ImportValue
    std::optional<arguments<3, "[map name, top-level key, second-level key]">> find_in_map;     ///< Fn::FindInMap
    std::optional<argument> base64;                                                             ///< Fn::Base64
    std::optional<argument> get_azs;                                                            ///< Fn::GetAZs: a region, "" for this one
    std::optional<arguments<2, "[delimiter, source]">> split;                                   ///< Fn::Split
    std::optional<arguments<3, "[ip block, count, cidr bits]">> cidr;                           ///< Fn::Cidr

    static constexpr auto fields() {
        using T = intrinsic;
        using core::field;
        using core::with;
        return core::fields<core::as_given, field<&T::ref, with{.name = "Ref"}>, field<&T::get_att, with{.name = "Fn::GetAtt"}>,
                            field<&T::sub, with{.name = "Fn::Sub"}>, field<&T::join, with{.name = "Fn::Join"}>,
                            field<&T::if_, with{.name = "Fn::If"}>, field<&T::select, with{.name = "Fn::Select"}>,
                            field<&T::import_value, with{.name = "Fn::ImportValue"}>,
                            field<&T::find_in_map, with{.name = "Fn::FindInMap"}>, field<&T::base64, with{.name = "Fn::Base64"}>,
                            field<&T::get_azs, with{.name = "Fn::GetAZs"}>, field<&T::split, with{.name = "Fn::Split"}>,
                            field<&T::cidr, with{.name = "Fn::Cidr"}>>();
    }

    /// The wire name of the function held ("Ref", "Fn::Join"), or "" for none.
    std::string_view function() const noexcept {
        std::string_view name;
        boost::hana::for_each(fields(), [&](auto f) {
            if (name.empty() && (this->*decltype(f)::member).has_value()) name = decltype(f)::name;
        });
        return name;
    }

    friend bool operator==(const intrinsic&, const intrinsic&) = default;
};

/// The JSON of a function, to nest it as another's argument.
inline argument to_argument(const intrinsic& f) {
    boost::json::value jv;
    core::detail::build_value(f, jv);
    return argument(std::move(jv));
}

/// A nested argument read as a function: the findings say why when it is not one.
inline core::result<intrinsic> as_intrinsic(const argument& a) { return core::decode<intrinsic>(a.get()); }

/// What the builders take: a literal, another function, or a list of either.
struct operand {
    argument json;
    operand(argument a) : json(std::move(a)) {}
    operand(const intrinsic& f) : json(to_argument(f)) {}
    operand(std::string_view s) : json(s) {}
    operand(const char* s) : json(s) {}
    operand(const std::string& s) : json(std::string_view(s)) {}
    operand(std::int64_t i) : json(i) {}
    operand(int i) : json(i) {}
    operand(std::initializer_list<operand> list) : json(to_array(list)) {}
    operand(const std::vector<operand>& list) : json(to_array(list)) {}

private:
    template <class List>
    static boost::json::value to_array(const List& list) {
        boost::json::array a;
        for (const operand& o : list) a.push_back(o.json.get());
        return a;
    }
};

namespace detail {
template <class Args, class... Operands>
Args args(Operands&&... o) {
    return Args{operand(std::forward<Operands>(o)).json...};
}
template <auto Member, class... Operands>
intrinsic with(Operands&&... o) {
    intrinsic f;
    using A = typename std::remove_cvref_t<decltype(f.*Member)>::value_type;
    f.*Member = args<A>(std::forward<Operands>(o)...);
    return f;
}
} // namespace detail

/// `{"Ref": name}`.
inline intrinsic ref(std::string_view name) {
    intrinsic f;
    f.ref = std::string(name);
    return f;
}
/// `{"Fn::GetAtt": [resource, attribute]}`.
inline intrinsic get_att(std::string_view resource, std::string_view attribute) {
    intrinsic f;
    f.get_att.emplace(detail::args<arguments<2, "[logical name, attribute]">>(resource, attribute));
    return f;
}
/// `{"Fn::GetAtt": "Resource.Attribute"}`.
inline intrinsic get_att(std::string_view dotted) {
    intrinsic f;
    f.get_att.emplace(std::string(dotted));
    return f;
}
/// `{"Fn::Sub": template}`.
inline intrinsic sub(std::string_view text) {
    intrinsic f;
    f.sub.emplace(std::string(text));
    return f;
}
/// `{"Fn::Sub": [template, {name: value...}]}`.
inline intrinsic sub(std::string_view text, boost::json::object variables) {
    intrinsic f;
    f.sub.emplace(detail::args<arguments<2, "[template, {variables}]">>(text, argument(std::move(variables))));
    return f;
}
/// `{"Fn::Join": [delimiter, [values...]]}`.
inline intrinsic join(std::string_view delimiter, const std::vector<operand>& values) {
    return detail::with<&intrinsic::join>(delimiter, values);
}
/// `{"Fn::If": [condition, a, b]}`.
inline intrinsic if_(std::string_view condition, const operand& a, const operand& b) {
    return detail::with<&intrinsic::if_>(condition, a, b);
}
/// `{"Fn::Select": [index, list]}`.
inline intrinsic select(std::int64_t index, const operand& list) { return detail::with<&intrinsic::select>(index, list); }
/// `{"Fn::ImportValue": name}`.
inline intrinsic import_value(const operand& name) {
    intrinsic f;
    f.import_value = name.json;
    return f;
}
/// `{"Fn::FindInMap": [map, top, second]}`.
inline intrinsic find_in_map(const operand& map, const operand& top, const operand& second) {
    return detail::with<&intrinsic::find_in_map>(map, top, second);
}
/// `{"Fn::Base64": value}`.
inline intrinsic base64(const operand& v) {
    intrinsic f;
    f.base64 = v.json;
    return f;
}
/// `{"Fn::GetAZs": region}`; "" is the stack's region.
inline intrinsic get_azs(const operand& region = "") {
    intrinsic f;
    f.get_azs = region.json;
    return f;
}
/// `{"Fn::Split": [delimiter, source]}`.
inline intrinsic split(std::string_view delimiter, const operand& source) {
    return detail::with<&intrinsic::split>(delimiter, source);
}
/// `{"Fn::Cidr": [block, count, bits]}`.
inline intrinsic cidr(const operand& block, const operand& count, const operand& bits) {
    return detail::with<&intrinsic::cidr>(block, count, bits);
}

} // namespace awsmodel::cfn

namespace awsmodel::core {

// The argument list is a list with its arity checked while decoding.
template <std::size_t N, fixed_string S>
struct codec<cfn::arguments<N, S>> : builtin_codec<cfn::arguments<N, S>, codec_kind::list> {
    static constexpr detail::type_ops decode_ops() noexcept {
        detail::type_ops o = builtin_codec<cfn::arguments<N, S>, codec_kind::list>::decode_ops();
        o.arity = N;
        o.arity_shape = S.view();
        return o;
    }
    template <class Generator, class Bounds>
    static boost::json::object schema(Generator&, const Bounds&) {
        return {{"type", "array"}, {"minItems", N}, {"maxItems", N}, {"description", S.view()}};
    }
    static void to_value(const cfn::arguments<N, S>& v, boost::json::value& jv) {
        boost::json::array& a = jv.emplace_array();
        for (const auto& e : v) a.push_back(e.get());
    }
};

// An intrinsic function object holds one function: a second key, or none, is a finding.
template <>
struct codec<cfn::intrinsic> : builtin_codec<cfn::intrinsic, codec_kind::structure> {
    static constexpr detail::type_ops decode_ops() noexcept {
        detail::type_ops o = builtin_codec<cfn::intrinsic, codec_kind::structure>::decode_ops();
        o.single_member = true;
        return o;
    }
};

} // namespace awsmodel::core

#endif
