// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CORE_VALIDATE_HPP
#define AWSMODEL_CORE_VALIDATE_HPP

#include <awsmodel/core/checker.hpp>
#include <awsmodel/core/codec_fwd.hpp>
#include <awsmodel/core/diagnostic.hpp>
#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/string_map.hpp>
#include <awsmodel/core/text.hpp>
// ECS-TD-051 counts the encoded size of a task definition: validating compiles the count.
#include <awsmodel/detail/encoder.hpp>

#include <boost/hana/for_each.hpp>
#include <boost/hana/unpack.hpp>
#include <boost/unordered/unordered_flat_map.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace awsmodel::core {

template <class KeyOf>
repeats find_repeats_hashed(std::size_t n, KeyOf& key_of) {
    repeats out;
    boost::unordered_flat_map<std::string_view, std::size_t> first;
    first.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        if (std::optional<std::string_view> k = key_of(i)) {
            auto [at, inserted] = first.try_emplace(*k, i);
            if (!inserted) out.push_back({i, at->second});
        }
    return out;
}

namespace detail {

template <class E>
constexpr std::string_view enum_rule_of() {
    if constexpr (requires { enum_rule(E{}); })
        return enum_rule(E{});
    else
        return rules::enum_value;
}

template <class T>
concept has_own_rules = requires(const T& v, checker& c) { validate_rules(v, c); };

template <class T>
concept sequence_like = requires(const T& v) { v.begin(); v.size(); typename T::value_type; } && !std::is_same_v<T, std::string>;

/// Whether `walk` can report anything about a value of type `T`. Members and elements of types
/// without any check (plain strings, numbers, most quantities, lists of them) are then not
/// visited at all: most of a task definition is such values, and visiting them cost more than the
/// rules.
template <class T>
constexpr bool has_checks() {
    if constexpr (is_optional<T>) {
        return has_checks<typename T::value_type>();
    } else if constexpr (reflected<T>) {
        if constexpr (has_own_rules<T>)
            return true;
        else
            return boost::hana::unpack(T::fields(), [](auto... f) {
                return (false || ... || has_checks<typename decltype(f)::value_type>());
            });
    } else if constexpr (sequence_like<T>) {
        if constexpr (is_string_map<T>)
            return has_checks<typename T::mapped_type>();
        else
            return has_checks<typename T::value_type>();
    } else if constexpr (requires(const T& v) { typename T::enum_type; v.is_known(); }) {
        return true;
    } else {
        return is_text<T> || has_own_rules<T>;
    }
}

template <class T>
void walk(const T& v, checker& c) {
    if constexpr (detail::is_optional<T>) {
        if (v) walk(*v, c);
    } else if constexpr (reflected<T>) {
        boost::hana::for_each(T::fields(), [&](auto f) {
            using F = decltype(f);
            if constexpr (has_checks<typename F::value_type>()) {
                // an absent member has nothing to check; do not extend the pointer for it.
                if constexpr (detail::is_optional<typename F::value_type>) {
                    if (!(v.*F::member)) return;
                }
                c.at(F::name, [&] { walk(v.*F::member, c); });
            }
        });
        if constexpr (requires { validate_rules(v, c); }) validate_rules(v, c);
    } else if constexpr (sequence_like<T>) {
        if constexpr (!has_checks<T>()) {
            return;
        } else if constexpr (is_string_map<T>) {
            for (const auto& entry : v) c.at(entry.first, [&] { walk(entry.second, c); }); // clang 14 cannot capture a structured binding
        } else {
            std::size_t i = 0;
            for (const auto& e : v) c.at(i++, [&] { walk(e, c); });
        }
    } else if constexpr (requires { typename T::enum_type; v.is_known(); }) {
        if (!v.is_known())
            c.error(enum_rule_of<typename T::enum_type>(), "",
                    cat("\"", v.wire_view(), "\" is not a value awsmodel knows; allowed: ",
                        allowed_values<typename T::enum_type>(), " (values are case-sensitive)"));
    } else if constexpr (is_text<T>) {
        using P = typename T::policy;
        if (int problems = P::check(v.view()))
            for_each_problem<P>(problems, [&](std::string_view rule, int problem) {
                c.error(rule, "", P::message(problem, v.view()));
            });
    } else if constexpr (requires { validate_rules(v, c); }) {
        // A leaf strong type with rules of its own (ec2::instance_type_name) is checked wherever
        // it appears, so no structure that holds one has to remember to.
        validate_rules(v, c);
    }
}

} // namespace detail

/// Every finding of every rule that applies to `v` and to the values inside it. Never throws
/// except `std::bad_alloc`.
template <reflected T>
diagnostics validate(const T& v) {
    diagnostics out;
    checker c(out);
    detail::walk(v, c);
    return out;
}

} // namespace awsmodel::core

#endif
