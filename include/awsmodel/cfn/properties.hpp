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
#include <optional>
#include <charconv>
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
    R::scopes;
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
    std::vector<std::string>& synthesized; // members the API needs that the resource implies
    core::diagnostics& findings;

    /// Moves the member at pointer `from` to pointer `to` (both of object keys), creating objects
    /// on the way; a finding or note at `to` then names `from`.
    void move(std::string_view from, std::string_view to) {
        boost::json::object* parent = find_parent(from);
        std::string_view key = from.substr(from.rfind('/') + 1);
        if (!parent || !parent->contains(key)) return;
        boost::json::value v = std::move(parent->at(key));
        parent->erase(key);
        put(to, std::move(v));
        moved[std::string(to)] = std::string(from);
    }
    /// The value at pointer `at` (object keys and list indices), or nullptr.
    boost::json::value* value_at(std::string_view at) {
        boost::json::value* v = nullptr;
        boost::json::object* o = &props;
        while (!at.empty()) {
            at.remove_prefix(1);
            auto slash = at.find('/');
            std::string_view token = at.substr(0, slash);
            at = slash == std::string_view::npos ? std::string_view() : at.substr(slash);
            if (o) {
                v = o->if_contains(token);
            } else if (v && v->is_array()) {
                std::size_t i = 0;
                auto [p, ec] = std::from_chars(token.data(), token.data() + token.size(), i);
                v = ec == std::errc() && p == token.data() + token.size() && i < v->as_array().size() ? &v->as_array()[i]
                                                                                                   : nullptr;
            } else {
                v = nullptr;
            }
            if (!v) return nullptr;
            o = v->if_object();
        }
        return v;
    }
    /// The object holding the member at pointer `at`, if there is one.
    boost::json::object* find_parent(std::string_view at) {
        std::string_view parent = at.substr(0, at.rfind('/'));
        if (parent.empty()) return &props;
        boost::json::value* v = value_at(parent);
        return v ? v->if_object() : nullptr;
    }
    /// Calls `f(pointer)` for each element of the list at pointer `list` (of object keys).
    template <class F>
    void for_each_element(std::string_view list, F&& f) {
        boost::json::object* parent = find_parent(list);
        std::string_view key = list.substr(list.rfind('/') + 1);
        auto* v = parent ? parent->if_contains(key) : nullptr;
        if (!v || !v->is_array()) return;
        for (std::size_t i = 0; i < v->as_array().size(); ++i)
            if (v->as_array()[i].is_object()) f(core::cat(list, "/", i));
    }
    /// A member the resource does not take under that name: a finding, and it is dropped.
    void refuse(std::string_view at, std::string_view why) {
        boost::json::object* parent = find_parent(at);
        std::string_view key = at.substr(at.rfind('/') + 1);
        if (!parent || !parent->contains(key)) return;
        parent->erase(key);
        findings.push_back({std::string(at), core::rules::unknown_member, core::severity::error,
                            core::cat("'", key, "' is not a CloudFormation property here; ", why)});
    }
    /// Sets the member at `to` (a pointer of object keys), creating objects on the way.
    boost::json::value& put(std::string_view to, boost::json::value v) {
        // the objects on the way are created; a list on the way must exist
        std::string_view parent = to.substr(0, to.rfind('/'));
        std::string_view key = to.substr(to.rfind('/') + 1);
        boost::json::object* o = &props;
        if (!parent.empty()) {
            boost::json::value* holder = value_at(parent);
            if (!holder) holder = &put(parent, boost::json::object());
            if (!holder->is_object()) holder->emplace_object();
            o = &holder->as_object();
        }
        return (*o)[key] = std::move(v);
    }
    /// A member the API requires and the resource implies (an Instance is one instance).
    void synthesize(std::string_view to, boost::json::value v) {
        put(to, std::move(v));
        synthesized.emplace_back(to);
    }
};

template <class R>
struct api_walk {
    boost::json::value document;
    walk_state state;
    std::map<std::string, std::string> moved;
    std::vector<std::string> synthesized;
};

/// How typed Properties are read (walk_state::keep): list elements holding functions left out,
/// or given stand-ins where the list could not go without them.
enum class keep_mode { none, drop_from_lists, placeholders_in_lists };

/// Properties (CloudFormation) to the API document's JSON; `variant` as walk_state says, and -1
/// to leave out every function, as a conversion does. With `keep`, what the API document cannot
/// hold is kept (walk_state::kept) and required members holding functions get stand-in
/// `variant`.
template <resource R>
api_walk<R> walk_to_api(const boost::json::value& properties, int variant, keep_mode keep = keep_mode::none,
                        bool fill_in = false) {
    api_walk<R> w;
    w.state.variant = keep == keep_mode::none ? variant : variant + 1;
    w.state.keep = keep != keep_mode::none;
    w.state.placeholders_in_lists = keep == keep_mode::placeholders_in_lists;
    if (w.state.keep) w.state.check_cfn_required = false;
    w.state.scopes = R::scopes;
    boost::json::value props = properties;
    if constexpr (requires(reshaper& r) { R::reshape_to_api(r); }) {
        if (auto* o = props.if_object()) {
            reshaper r{*o, w.moved, w.state.notes, w.synthesized, w.state.findings};
            R::reshape_to_api(r);
        }
    }
    if (variant < 0) {
        // a conversion leaves functions out, so a required one is a finding of its own
        w.state.variant = 0;
        w.state.check_cfn_required = false;
    }
    to_api<typename R::api_type>(props, w.document, w.state, "", "");
    if constexpr (requires { R::filled_in; }) {
        // Validation only: what fills them in is not known, so a conversion's API document goes
        // without them. The stand-in is a valid name, and findings at it are dropped.
        if ((variant >= 0 && keep == keep_mode::none) || fill_in)
            for (const difference& g : R::filled_in) {
                std::string_view at = g.name; // an API pointer
                boost::system::error_code ec;
                auto* parent = w.document.find_pointer(at.substr(0, at.rfind('/')), ec);
                std::string_view key = at.substr(at.rfind('/') + 1);
                if (parent && parent->is_object() && !parent->as_object().contains(key)) {
                    parent->as_object()[key] = "CloudFormationFilledIn";
                    w.synthesized.push_back(map_pointer(w.state.pointers, at));
                    if (fill_in) w.state.kept.push_back({w.synthesized.back(), nullptr, kept_kind::filled_in, true});
                }
            }
    }
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
    for (core::diagnostic& d : w.state.findings) {
        d.pointer = detail::map_pointer(w.moved, d.pointer);
        out.value.diagnostics().push_back(std::move(d));
    }
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
    s.scopes = R::scopes;
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
    auto depends_on_function = [](const detail::api_walk<R>& w, const core::diagnostic& d) {
        return std::any_of(w.state.functions.begin(), w.state.functions.end(),
                           [&](const std::string& f) { return detail::related(d.pointer, f); });
    };
    // The findings of one run; nullopt when only a stand-in kept the document from decoding (a
    // stand-in need not be a valid value of a checked type: "a" is no security group id), so
    // that the run says nothing either way.
    auto findings_of = [&](const detail::api_walk<R>& w) -> std::optional<core::diagnostics> {
        auto r = detail::decode_walked(w, opt);
        core::diagnostics ds = r.diagnostics();
        if (!r.has_value() && !w.state.functions.empty() &&
            std::all_of(ds.begin(), ds.end(), [&](const core::diagnostic& d) {
                return d.level != core::severity::error || depends_on_function(w, d);
            }))
            return std::nullopt;
        if (r.has_value()) {
            core::diagnostics v = core::validate<A>(*r);
            ds.insert(ds.end(), v.begin(), v.end());
        }
        core::diagnostics kept;
        for (core::diagnostic& d : ds) {
            if (depends_on_function(w, d)) continue;
            std::string reshaped = detail::map_pointer(w.state.pointers, d.pointer);
            if (std::any_of(w.synthesized.begin(), w.synthesized.end(),
                            [&](const std::string& p) { return detail::related(reshaped, p); }))
                continue;
            d.pointer = detail::map_pointer(w.moved, reshaped);
            kept.push_back(std::move(d));
        }
        return kept;
    };
    auto first = detail::walk_to_api<R>(properties, 0);
    core::diagnostics out = first.state.findings;
    for (core::diagnostic& d : out) d.pointer = detail::map_pointer(first.moved, d.pointer);
    std::optional<core::diagnostics> common = findings_of(first);
    if (!first.state.functions.empty()) {
        int runs = std::max(first.state.variants_wanted, 3);
        for (int k = 1; k < runs && (!common || !common->empty()); ++k) {
            std::optional<core::diagnostics> ds = findings_of(detail::walk_to_api<R>(properties, k));
            if (!ds) continue;
            if (!common) {
                common = std::move(ds);
                continue;
            }
            std::erase_if(*common, [&](const core::diagnostic& d) {
                return std::none_of(ds->begin(), ds->end(), [&](const core::diagnostic& e) {
                    return e.rule == d.rule && e.pointer == d.pointer;
                });
            });
        }
    }
    if (!common) common.emplace();
    // CloudFormation's own "required" is said once: a rule of the API document at the same
    // pointer (ECS-TD-062 for an image) says it better.
    std::erase_if(out, [&](const core::diagnostic& d) {
        return d.rule == core::rules::required && std::any_of(common->begin(), common->end(), [&](const core::diagnostic& e) {
                   return e.pointer == d.pointer;
               });
    });
    out.insert(out.end(), common->begin(), common->end());
    return out;
}

} // namespace awsmodel::cfn

#endif
