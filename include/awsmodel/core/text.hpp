// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CORE_TEXT_HPP
#define AWSMODEL_CORE_TEXT_HPP

#include <awsmodel/core/result.hpp>
#include <awsmodel/core/rule_id.hpp>

#include <compare>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

namespace awsmodel::core {

/// What a policy of a constrained string provides:
/// - `rule`: the rule id its violations are reported under;
/// - `check(s)`: 0 when `s` is acceptable, else a problem number;
/// - `literal_failed(problem)`: calls a non-constexpr function named after the problem, so that a
///   bad literal stops compilation with that name in the error;
/// - `message(problem, s)`: the sentence for a person (may leave `s` out, e.g. for secrets).
template <class P>
concept text_policy = requires(std::string_view s, int problem) {
    { P::rule } -> std::convertible_to<std::string_view>;
    { P::check(s) } -> std::same_as<int>;
    { P::message(problem, s) } -> std::convertible_to<std::string>;
};

/// A policy that covers several rules (e.g. EC2-KP-001 and EC2-KP-002 for key names) also has
/// `rule_of(problem)`; its `check` then returns problems as bit flags, and each is reported under
/// its own rule.
template <class P>
constexpr bool multi_rule_policy = requires(int problem) {
    { P::rule_of(problem) } -> std::convertible_to<std::string_view>;
};

/// Calls `f(rule, problem)` for every problem in `problems`, the value `Policy::check` returned.
template <text_policy Policy, class F>
void for_each_problem(int problems, F&& f) {
    if constexpr (multi_rule_policy<Policy>) {
        for (int bit = 1; bit > 0 && bit <= problems; bit <<= 1)
            if (problems & bit) f(rule_id(Policy::rule_of(bit)), bit);
    } else {
        f(rule_id(Policy::rule), problems);
    }
}

/// A string literal checked by `Policy` while compiling (the pattern of `fmt::format_string`).
template <text_policy Policy>
struct literal {
    std::string_view value;

    template <class S>
        requires std::convertible_to<const S&, std::string_view>
    consteval literal(const S& s) : value(s) {
        if (int problem = Policy::check(value)) Policy::literal_failed(problem);
    }
};

/// Marks a string known only at run time, to be checked by `Policy` when a builder receives it.
struct runtime_text {
    std::string value;
};
inline runtime_text runtime(std::string s) { return {std::move(s)}; }

/// A string constrained by `Policy`. Literals are checked when compiled; runtime strings go
/// through `from()`, which returns the findings; decoding keeps what the document says and
/// `validate()` reports it.
template <text_policy Policy>
class text {
public:
    using policy = Policy;
    using wire_type = std::string;

    text() = default;
    text(literal<Policy> lit) : value_(lit.value) {}
    text& operator=(literal<Policy> lit) {
        value_ = lit.value;
        return *this;
    }

    static result<text> from(std::string s, std::string pointer = {}) {
        if (int problems = Policy::check(s)) {
            diagnostics ds;
            for_each_problem<Policy>(problems, [&](rule_id rule, int problem) {
                ds.push_back({pointer, rule, severity::error, Policy::message(problem, s)});
            });
            return result<text>(std::move(ds));
        }
        return from_wire(std::move(s));
    }
    static text from_wire(std::string s) noexcept {
        text t;
        t.value_ = std::move(s);
        return t;
    }

    const std::string& str() const noexcept { return value_; }
    const std::string& wire() const noexcept { return value_; }
    std::string_view view() const noexcept { return value_; }
    /// Reads as the string it holds wherever a string_view is taken (lookups, comparisons, messages).
    operator std::string_view() const noexcept { return value_; }
    bool empty() const noexcept { return value_.empty(); }
    std::size_t size() const noexcept { return value_.size(); }

    friend bool operator==(const text&, const text&) = default;
    friend auto operator<=>(const text&, const text&) = default;
    friend bool operator==(const text& t, std::string_view s) noexcept { return t.value_ == s; }
    friend std::ostream& operator<<(std::ostream& os, const text& t) { return os << t.value_; }

private:
    std::string value_;
};

template <class T> inline constexpr bool is_text = false;
template <class P> inline constexpr bool is_text<text<P>> = true;

} // namespace awsmodel::core

#endif
