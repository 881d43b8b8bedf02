// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CFN_TYPED_PROPERTIES_HPP
#define AWSMODEL_CFN_TYPED_PROPERTIES_HPP

// A resource's Properties as a typed API value plus what that value cannot hold: intrinsic
// functions, dynamic references, `AWS::NoValue` and CloudFormation-only properties, each kept as
// read at its pointer. Written again, the Properties are what was read (scalars in the type the
// property takes), so a program can read a template, change the literals it knows and write it
// back without losing a `!Ref`.

#include <awsmodel/cfn/detail/translate.hpp>
#include <awsmodel/cfn/intrinsic.hpp>
#include <awsmodel/cfn/properties.hpp>
#include <awsmodel/core/decode_options.hpp>
#include <awsmodel/core/diagnostic.hpp>
#include <awsmodel/core/json.hpp>
#include <awsmodel/core/result.hpp>

#include <boost/hana/for_each.hpp>
#include <boost/json/value.hpp>
#include <boost/json/value_from.hpp>

#include <algorithm>
#include <charconv>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace awsmodel::cfn {

namespace detail {
// A name for the diagnostic of typed_properties::set<&Member>: the compiler prints it.
template <class A, auto Member>
constexpr bool is_a_member_of_the_api_types_field_table = [] {
    bool found = false;
    boost::hana::for_each(A::fields(), [&](auto f) {
        using F = decltype(f);
        if constexpr (std::is_same_v<std::remove_cv_t<decltype(F::member)>, decltype(Member)>)
            found = found || F::member == Member;
    });
    return found;
}();
} // namespace detail

/// The Properties of a resource `R` (cfn/resource_types.hpp) as its API value `api`, and in
/// `kept`, in the order read, each value `api` cannot hold, at its pointer in the Properties.
/// Where a kept value stands in a required member, `api` holds a stand-in of the member's type
/// there (`kept_value::placeholder`): read it through kept_at() first.
template <resource R>
struct typed_properties {
    using resource_type = R;
    using api_type = typename R::api_type;

    api_type api{};
    std::vector<kept_value> kept;

    /// The kept value at `pointer` (of the Properties), or nullptr when `api` holds it.
    const kept_value* kept_at(std::string_view pointer) const noexcept {
        auto it = std::find_if(kept.begin(), kept.end(), [&](const kept_value& k) { return k.pointer == pointer; });
        return it == kept.end() ? nullptr : &*it;
    }

    /// Sets the Properties at `pointer` to `value`, an intrinsic function or a string holding a
    /// dynamic reference. The findings when the resource has no such property there, or when the
    /// Properties could not go with a function there; then nothing changes.
    core::diagnostics set(std::string_view pointer, boost::json::value value);

    core::diagnostics set(std::string_view pointer, const intrinsic& f) { return set(pointer, boost::json::value_from(f)); }

    /// Sets a member of the API value itself (`&ecs::register_task_definition_request::task_role_arn`)
    /// to a function; a nested member is set by its pointer.
    template <auto Member>
    core::diagnostics set(const intrinsic& f) {
        static_assert(detail::is_a_member_of_the_api_types_field_table<api_type, Member>,
                      "typed_properties::set<&Member>(function) takes a member of the resource's API type, one of its "
                      "field table; set a nested member by its pointer: set(\"/ContainerDefinitions/0/Image\", function)");
        std::string pointer;
        boost::hana::for_each(api_type::fields(), [&](auto field) {
            using F = decltype(field);
            if constexpr (std::is_same_v<std::remove_cv_t<decltype(F::member)>, decltype(Member)>)
                if (F::member == Member) pointer = detail::join_pointer("", detail::cfn_name_of<F>());
        });
        return set(pointer, f);
    }

    friend bool operator==(const typed_properties&, const typed_properties&) = default;
};

namespace detail {

/// A JSON Pointer's tokens, `~1` and `~0` unescaped.
inline std::vector<std::string> pointer_tokens(std::string_view pointer) {
    std::vector<std::string> tokens;
    while (!pointer.empty()) {
        pointer.remove_prefix(1);
        auto slash = pointer.find('/');
        std::string_view raw = pointer.substr(0, slash);
        pointer = slash == std::string_view::npos ? std::string_view() : pointer.substr(slash);
        std::string t;
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] == '~' && i + 1 < raw.size() && (raw[i + 1] == '0' || raw[i + 1] == '1')) {
                t += raw[i + 1] == '0' ? '~' : '/';
                ++i;
            } else {
                t += raw[i];
            }
        }
        tokens.push_back(std::move(t));
    }
    return tokens;
}

inline std::optional<std::size_t> index_token(std::string_view t) noexcept {
    std::size_t i = 0;
    auto [p, ec] = std::from_chars(t.data(), t.data() + t.size(), i);
    if (ec != std::errc() || p != t.data() + t.size() || t.empty()) return std::nullopt;
    return i;
}

/// Puts a kept value back at its pointer in `props`. Objects missing on the way are created
/// (a structure left empty without it); in a list, a placeholder is replaced and any other
/// value inserted at its index, which is right because values are put back in the order read.
inline void put_back(boost::json::value& props, const kept_value& k) {
    std::vector<std::string> tokens = pointer_tokens(k.pointer);
    if (tokens.empty()) {
        props = k.value;
        return;
    }
    boost::json::value* at = &props;
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        if (auto* a = at->if_array()) {
            std::size_t n = std::min(index_token(tokens[i]).value_or(a->size()), a->size());
            if (n == a->size()) a->emplace_back(nullptr);
            at = &(*a)[n];
        } else {
            if (!at->is_object()) at->emplace_object();
            at = &at->as_object()[tokens[i]];
        }
        // created on the way: a list where an index comes next
        if (at->is_null() && index_token(tokens[i + 1])) at->emplace_array();
    }
    const std::string& last = tokens.back();
    if (auto* a = at->if_array()) {
        std::size_t n = std::min(index_token(last).value_or(a->size()), a->size());
        if (k.placeholder && n < a->size()) (*a)[n] = k.value;
        else a->insert(a->begin() + static_cast<std::ptrdiff_t>(n), k.value);
        return;
    }
    if (!at->is_object()) at->emplace_object();
    if (k.kind == kept_kind::filled_in) at->as_object().erase(last);
    else at->as_object()[last] = k.value;
}

inline bool related_to_any(const std::vector<std::string>& functions, std::string_view pointer) {
    return std::any_of(functions.begin(), functions.end(), [&](const std::string& f) { return related(pointer, f); });
}

} // namespace detail

/// `properties` (a resource's `Properties` as CloudFormation writes them) as typed Properties:
/// literals decoded into the API value as cfn::to_api decodes them, everything else kept. A
/// required member holding a function gets a stand-in of its type; the value has none when no
/// stand-in decodes, and the findings say so. Findings point into `properties`.
template <resource R>
conversion<typed_properties<R>> read_properties(const boost::json::value& properties, const core::decode_options& opt = {}) {
    using detail::keep_mode;
    auto first = detail::walk_to_api<R>(properties, 0, keep_mode::drop_from_lists);
    auto decoded = detail::decode_walked(first, opt);
    bool retry = !first.state.functions.empty() || requires { R::filled_in; };
    std::optional<detail::api_walk<R>> chosen;
    if (decoded.has_value()) chosen.emplace(std::move(first));
    if (!chosen && retry) {
        // The first stand-ins that decode: an enumeration's values, a list that cannot be empty
        // given its functions as elements, members CloudFormation fills in given a name.
        int runs = std::max(first.state.variants_wanted, 3);
        for (bool fill : {false, true})
            for (keep_mode mode : {keep_mode::drop_from_lists, keep_mode::placeholders_in_lists})
                for (int k = 0; k < runs && !chosen; ++k) {
                    if (!fill && mode == keep_mode::drop_from_lists && k == 0) continue; // the first walk
                    auto w = detail::walk_to_api<R>(properties, k, mode, fill);
                    auto r = detail::decode_walked(w, opt);
                    if (r.has_value()) {
                        decoded = std::move(r);
                        chosen.emplace(std::move(w));
                    }
                }
    }
    const detail::api_walk<R>& w = chosen ? *chosen : first;
    conversion<typed_properties<R>> out{core::result<typed_properties<R>>(core::diagnostics{}), w.state.notes};
    core::diagnostics ds;
    for (core::diagnostic d : decoded.diagnostics()) {
        if (detail::related_to_any(w.state.functions, d.pointer))
            d.message = core::cat("the value here is one CloudFormation resolves, and no value of its type stood in for it "
                                  "decodes: ", d.message);
        d.pointer = detail::properties_pointer(w, d.pointer);
        ds.push_back(std::move(d));
    }
    for (core::diagnostic d : w.state.findings) {
        d.pointer = detail::map_pointer(w.moved, d.pointer);
        ds.push_back(std::move(d));
    }
    if (!decoded.has_value() || core::has_errors(w.state.findings)) {
        out.value = core::result<typed_properties<R>>(std::move(ds));
        return out;
    }
    typed_properties<R> t{std::move(*decoded), w.state.kept};
    for (kept_value& k : t.kept) k.pointer = detail::map_pointer(w.moved, k.pointer);
    out.value = core::result<typed_properties<R>>(std::move(t), std::move(ds));
    return out;
}

/// The Properties of `typed`: its API value's (cfn::to_properties) with every kept value put
/// back where it was read. What CloudFormation cannot hold is appended to `not_carried_over`.
template <resource R>
boost::json::value to_properties(const typed_properties<R>& typed, std::vector<note>& not_carried_over) {
    boost::json::value props = to_properties<R>(typed.api, not_carried_over);
    for (const kept_value& k : typed.kept) detail::put_back(props, k);
    return props;
}

/// The findings of typed Properties: those of the Properties they write (cfn::validate), so a
/// rule that needs a kept function's value skips it.
template <resource R>
core::diagnostics validate(const typed_properties<R>& typed, const core::decode_options& opt = {}) {
    std::vector<note> ignored;
    return validate<R>(to_properties(typed, ignored), opt);
}

template <resource R>
core::diagnostics typed_properties<R>::set(std::string_view pointer, boost::json::value value) {
    if (!detail::is_unresolved(value))
        return {{std::string(pointer), core::rules::wrong_type, core::severity::error,
                 "set() takes an intrinsic function or a {{resolve:...}} dynamic reference; a literal is set in the API value"}};
    std::vector<note> ignored;
    boost::json::value props = to_properties(*this, ignored);
    kept_value k{std::string(pointer), std::move(value), kept_kind::function, true};
    detail::put_back(props, k);
    auto read = read_properties<R>(props);
    if (!read.value.has_value()) return read.value.diagnostics();
    // a property the resource does not have is a finding of the walk, and so it has no value
    *this = std::move(*read.value);
    return {};
}

} // namespace awsmodel::cfn

#endif
