// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CFN_DESCRIBE_HPP
#define AWSMODEL_CFN_DESCRIBE_HPP

// A resource's Properties as awsmodel models them, in CloudFormation's names, for the drift
// test that compares them with cfn-lint's schemas (tests/cfn/test_cfn_drift.py): per property
// its JSON type, whether it is required, its enumeration, and what it holds; per structure the
// CloudFormation properties it leaves out, with the reason.

#include <awsmodel/cfn/detail/translate.hpp>
#include <awsmodel/cfn/differences.hpp>
#include <awsmodel/core/codec.hpp>

#include <boost/hana/for_each.hpp>
#include <boost/json/value.hpp>

#include <span>
#include <string_view>

namespace awsmodel::cfn {
namespace detail {

template <class T>
boost::json::object describe_type(int depth, std::span<const scoped_differences> scopes, const std::string& api);

template <class T>
boost::json::object describe_structure(int depth, std::span<const scoped_differences> scopes, const std::string& api) {
    walk_state s;
    s.scopes = scopes;
    boost::json::object props;
    boost::json::array required;
    boost::hana::for_each(T::fields(), [&](auto f) {
        using F = decltype(f);
        if (find_difference(differences<T>::api_only, F::name) || s.find(api, false, F::name)) return;
        boost::json::object p = describe_type<typename F::value_type>(depth + 1, scopes, join_pointer(api, F::name));
        constexpr auto e = F::enumeration();
        if constexpr (e.size() > 0) {
            boost::json::array values;
            for (std::string_view v : e) values.emplace_back(v);
            p["enum"] = std::move(values);
        }
        std::string name = cfn_name_of<F>();
        if (F::required) required.emplace_back(name);
        props[name] = std::move(p);
    });
    // what CloudFormation requires beyond the API, apart: the drift test holds it to the schema
    boost::json::array cfn_required;
    for (const difference& d : cfn_required_of<T>()) cfn_required.emplace_back(d.name);
    for (const scoped_differences& sc : scopes)
        if (pointer_matches(sc.api_pointer, api))
            for (const difference& d : sc.cfn_required) cfn_required.emplace_back(d.name);
    boost::json::object not_modelled;
    for (const difference& d : differences<T>::cfn_only) not_modelled[d.name] = d.reason;
    for (const scoped_differences& sc : scopes)
        if (pointer_matches(sc.api_pointer, api))
            for (const difference& d : sc.cfn_only) not_modelled[d.name] = d.reason;
    boost::json::object api_only;
    for (const difference& d : differences<T>::api_only) api_only[d.name] = d.reason;
    for (const scoped_differences& sc : scopes)
        if (pointer_matches(sc.api_pointer, api))
            for (const difference& d : sc.api_only) api_only[d.name] = d.reason;
    return {{"type", "object"}, {"properties", std::move(props)}, {"required", std::move(required)}, {"cfn_required", std::move(cfn_required)},
            {"not_modelled", std::move(not_modelled)}, {"api_only", std::move(api_only)}};
}

template <class T>
boost::json::object describe_type(int depth, std::span<const scoped_differences> scopes, const std::string& api) {
    constexpr core::codec_kind kind = core::codec_kind_of<T>();
    using K = core::codec_kind;
    if constexpr (kind == K::optional) {
        return describe_type<typename T::value_type>(depth, scopes, api);
    } else if constexpr (kind == K::structure) {
        if (depth > 12) return {{"type", "object"}};
        return describe_structure<T>(depth, scopes, api);
    } else if constexpr (kind == K::list) {
        return {{"type", "array"}, {"items", describe_type<typename T::value_type>(depth + 1, scopes, join_pointer(api, "0"))}};
    } else if constexpr (kind == K::map) {
        return {{"type", "object"}, {"values", describe_type<typename T::mapped_type>(depth + 1, scopes, join_pointer(api, "*"))}};
    } else if constexpr (kind == K::boolean) {
        return {{"type", "boolean"}};
    } else if constexpr (kind == K::integer) {
        return {{"type", "integer"}};
    } else if constexpr (kind == K::number) {
        return {{"type", "number"}};
    } else if constexpr (kind == K::scalar) {
        using W = std::remove_cvref_t<typename T::wire_type>;
        if constexpr (std::is_same_v<W, std::string> || std::is_same_v<W, std::string_view>)
            return {{"type", "string"}};
        else
            return describe_type<W>(depth, scopes, api);
    } else if constexpr (kind == K::one_of) {
        return {{"type", "one_of"}};
    } else if constexpr (kind == K::timestamp) {
        return {{"type", "timestamp"}};
    } else {
        return {{"type", "string"}};
    }
}

} // namespace detail

/// Resource `R`'s Properties as awsmodel models them (see the header's comment).
template <class R>
boost::json::object describe() {
    boost::json::object o = detail::describe_structure<typename R::api_type>(0, R::scopes, "");
    if constexpr (requires { R::describe_reshaped(o); }) R::describe_reshaped(o);
    return o;
}

} // namespace awsmodel::cfn

#endif
