// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CFN_PROPERTIES_HPP
#define AWSMODEL_CFN_PROPERTIES_HPP

// A resource's `Properties` and the API document they are: conversions both ways and
// validation by the API document's rules, for any resource described as in
// cfn/ecs_task_definition.hpp (its type name, its API type, its differences, and where the
// shapes differ, a `reshape_to_api` / `reshape_to_cfn` pair).

#include <awsmodel/cfn/detail/translate.hpp>
#include <awsmodel/cfn/differences.hpp>
#include <awsmodel/cfn/intrinsic.hpp>
#include <awsmodel/core/codec_fwd.hpp>
#include <awsmodel/core/decode_options.hpp>
#include <awsmodel/core/diagnostic.hpp>
#include <awsmodel/core/json.hpp>
#include <awsmodel/core/result.hpp>

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace awsmodel::cfn {

/// A resource of the list (cfn/resource_types.hpp): its CloudFormation type and API type.
template <class R>
concept resource = requires {
    { R::type } -> std::convertible_to<std::string_view>;
    typename R::api_type;
    R::cfn_only;
    R::api_only;
};

/// What a conversion gives: the value when it could be formed, the findings that prevented it,
/// and what the other form cannot hold (each at its pointer in the document converted).
template <class T>
struct conversion {
    core::result<T> value;
    std::vector<note> not_carried_over;
};

namespace detail {

/// Moves a member of `from` (at `from_key`) to `to[to_key]`, noting where it was read.
struct reshaper {
    boost::json::object& props;
    std::map<std::string, std::string>& moved; // CloudFormation-named pointer after -> before
    std::vector<note>& notes;
};

template <class R>
struct api_walk {
    boost::json::value document;
    walk_state state;
    std::map<std::string, std::string> moved;
};

/// Properties (CloudFormation) to the API document's JSON; `variant` as walk_state says, and -1
/// to leave out every function, as a conversion does.
template <resource R>
api_walk<R> walk_to_api(const boost::json::value& properties, int variant) {
    api_walk<R> w;
    w.state.variant = variant;
    w.state.top_cfn_only = R::cfn_only;
    w.state.top_api_only = R::api_only;
    boost::json::value props = properties;
    if constexpr (requires(reshaper& r) { R::reshape_to_api(r); }) {
        if (auto* o = props.if_object()) {
            reshaper r{*o, w.moved, w.state.notes};
            R::reshape_to_api(r);
        }
    }
    if (variant < 0) {
        // a conversion leaves functions out, so a required one is a finding of its own
        w.state.variant = 0;
    }
    to_api<typename R::api_type>(props, w.document, w.state, "", "");
    if (variant < 0) {
        // required members holding a function got a stand-in: take them out again
        for (const std::string& p : w.state.functions) {
            std::string parent = p.substr(0, p.rfind('/'));
            std::string key = p.substr(p.rfind('/') + 1);
            boost::system::error_code ec;
            auto* holder = w.document.find_pointer(parent, ec);
            if (holder && holder->is_object()) holder->as_object().erase(key);
        }
    }
    return w;
}

/// A pointer of the walked document back to the Properties as written.
template <class R>
std::string properties_pointer(const api_walk<R>& w, std::string_view api_pointer) {
    std::string p = map_pointer(w.state.pointers, api_pointer);
    return map_pointer(w.moved, p);
}

template <class R>
core::result<typename R::api_type> decode_walked(const api_walk<R>& w, const core::decode_options& opt) {
    using A = typename R::api_type;
    auto r = core::decode<A>(boost::json::serialize(w.document), opt);
    return r;
}

} // namespace detail

/// The API document that `properties` (a resource's `Properties` as CloudFormation writes them)
/// stand for. An intrinsic function has no value until CloudFormation deploys the stack, so the
/// member holding one is left out and noted (a required one is a finding); properties the API
/// has no member for are notes as well. Findings and notes point into `properties`.
template <resource R>
conversion<typename R::api_type> to_api(const boost::json::value& properties, const core::decode_options& opt = {}) {
    using A = typename R::api_type;
    auto w = detail::walk_to_api<R>(properties, -1);
    conversion<A> out{detail::decode_walked(w, opt), std::move(w.state.notes)};
    for (const std::string& f : w.state.functions)
        out.not_carried_over.push_back({detail::properties_pointer(w, f),
                                        "an intrinsic function has no value until CloudFormation resolves it; left out"});
    for (core::diagnostic& d : out.value.diagnostics()) d.pointer = detail::properties_pointer(w, d.pointer);
    for (core::diagnostic& d : w.state.findings) out.value.diagnostics().push_back(std::move(d));
    if (core::has_errors(w.state.findings) && out.value.has_value())
        out.value = core::result<A>(std::move(out.value.diagnostics()));
    return out;
}

/// The `Properties` of the API document `api`, and what CloudFormation cannot hold.
template <resource R>
boost::json::value to_properties(const typename R::api_type& api, std::vector<note>& not_carried_over) {
    boost::json::value in = boost::json::value_from(api);
    boost::json::value out;
    detail::walk_state s;
    s.top_cfn_only = R::cfn_only;
    s.top_api_only = R::api_only;
    detail::from_api<typename R::api_type>(in, out, s, "", "");
    if constexpr (requires(boost::json::object& o, std::vector<note>& n) { R::reshape_to_cfn(o, n); }) {
        if (auto* o = out.if_object()) R::reshape_to_cfn(*o, s.notes);
    }
    for (note& n : s.notes) not_carried_over.push_back(std::move(n));
    return out;
}

/// The findings of `properties` by the API document's rules, at pointers relative to
/// `Properties`. Literals are checked as in an API document, with the same rule ids. A
/// member holding an intrinsic function skips every check that needs its value: the rules run
/// on several stand-ins of each function's type (left out where it is optional, and each value
/// of an enumeration), and a finding is kept only when every run reports it and it is neither
/// at, inside nor around a function.
template <resource R>
core::diagnostics validate(const boost::json::value& properties, const core::decode_options& opt = {}) {
    using A = typename R::api_type;
    auto findings_of = [&](const detail::api_walk<R>& w) {
        core::diagnostics ds;
        auto r = detail::decode_walked(w, opt);
        ds = r.diagnostics();
        if (r.has_value()) {
            core::diagnostics v = core::validate<A>(*r);
            ds.insert(ds.end(), v.begin(), v.end());
        }
        core::diagnostics kept;
        for (core::diagnostic& d : ds) {
            bool depends = std::any_of(w.state.functions.begin(), w.state.functions.end(),
                                       [&](const std::string& f) { return detail::related(d.pointer, f); });
            if (depends) continue;
            d.pointer = detail::properties_pointer(w, d.pointer);
            kept.push_back(std::move(d));
        }
        return kept;
    };
    auto first = detail::walk_to_api<R>(properties, 0);
    core::diagnostics out = first.state.findings;
    core::diagnostics common = findings_of(first);
    if (!first.state.functions.empty()) {
        int runs = std::max(first.state.variants_wanted, 3);
        for (int k = 1; k < runs && !common.empty(); ++k) {
            auto w = detail::walk_to_api<R>(properties, k);
            core::diagnostics ds = findings_of(w);
            std::erase_if(common, [&](const core::diagnostic& d) {
                return std::none_of(ds.begin(), ds.end(), [&](const core::diagnostic& e) {
                    return e.rule == d.rule && e.pointer == d.pointer;
                });
            });
        }
    }
    out.insert(out.end(), common.begin(), common.end());
    return out;
}

} // namespace awsmodel::cfn

#endif
