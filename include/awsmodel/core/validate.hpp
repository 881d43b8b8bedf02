// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CORE_VALIDATE_HPP
#define AWSMODEL_CORE_VALIDATE_HPP

#include <awsmodel/core/codec_fwd.hpp>
#include <awsmodel/core/diagnostic.hpp>
#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/string_map.hpp>
#include <awsmodel/core/text.hpp>

#include <boost/hana/for_each.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::core {

/// Collects findings while `validate()` walks a value; rules of a type receive it positioned at
/// that value, and name members relative to it (`c.error("EBS-CV-005", "/Iops", ...)`).
class checker {
public:
    explicit checker(diagnostics& out) : out_(out) {}

    void error(std::string_view rule, std::string_view relative, std::string message) {
        add(rule, severity::error, relative, std::move(message));
    }
    void warning(std::string_view rule, std::string_view relative, std::string message) {
        add(rule, severity::warning, relative, std::move(message));
    }
    void add(std::string_view rule, severity level, std::string_view relative, std::string message) {
        out_.push_back({pointer() + std::string(relative), rule, level, std::move(message)});
    }
    /// The pointer of the value being checked.
    // built only when a finding needs it; walking keeps the tokens, not the text.
    std::string pointer() const {
        std::string p;
        for (const token& t : path_) {
            if (t.is_index)
                p += cat('/', t.index);
            else
                append_token(p, t.name);
        }
        return p;
    }

    /// Runs `f` with the position moved to a member or element.
    template <class F>
    void at(std::string_view token, F&& f) {
        path_.push_back({token, 0, false});
        f();
        path_.pop_back();
    }
    template <class F>
    void at(std::size_t index, F&& f) {
        path_.push_back({{}, index, true});
        f();
        path_.pop_back();
    }

private:
    struct token {
        std::string_view name;
        std::size_t index;
        bool is_index;
    };
    diagnostics& out_;
    std::vector<token> path_;
};

/// What rules receive. Rules take it as `core::checker_like auto&`, which makes each of them a
/// template: a TU that holds values without validating them instantiates none of their bodies.
template <class C>
concept checker_like = std::same_as<C, checker>;

namespace detail {

template <class E>
constexpr std::string_view enum_rule_of() {
    if constexpr (requires { enum_rule(E{}); })
        return enum_rule(E{});
    else
        return rules::enum_value;
}

template <class T>
void walk(const T& v, checker& c) {
    if constexpr (detail::is_optional<T>) {
        if (v) walk(*v, c);
    } else if constexpr (reflected<T>) {
        boost::hana::for_each(T::fields(), [&](auto f) {
            using F = decltype(f);
            // an absent member has nothing to check; do not extend the pointer for it.
            if constexpr (detail::is_optional<typename F::value_type>) {
                if (!(v.*F::member)) return;
            }
            c.at(F::name, [&] { walk(v.*F::member, c); });
        });
        if constexpr (requires { validate_rules(v, c); }) validate_rules(v, c);
    } else if constexpr (requires { v.begin(); v.size(); typename T::value_type; } && !std::is_same_v<T, std::string>) {
        if constexpr (is_string_map<T>) {
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
