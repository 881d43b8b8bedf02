// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_TASK_SIZE_HPP
#define AWSMODEL_ECS_TASK_SIZE_HPP

/// Task-level `cpu` and `memory`: JSON strings that ECS converts to CPU units and MiB when it
/// registers the task definition ("1 vCPU" becomes 1024, "2 GB" becomes 2048). They are kept as
/// written, so that a document re-encodes unchanged, and expose the converted amount.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html

#include <awsmodel/core/rule_id.hpp>
#include <awsmodel/core/diagnostic.hpp>
#include <awsmodel/core/quantity.hpp>
#include <awsmodel/core/result.hpp>
#include <awsmodel/core/text.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace awsmodel::ecs {

namespace detail {

enum size_problem : int { size_ok, size_empty, size_form, size_fraction, size_too_large };

struct scaled_amount {
    int problem;
    std::int32_t value;
};

constexpr bool unit_equals_ignoring_case(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}

// Either a plain integer, taken as is, or a decimal number, optional spaces and `unit` (any case),
// worth `per_unit` each. The result must be a whole amount: ECS stores integers.
constexpr scaled_amount parse_amount(std::string_view s, std::string_view unit, std::int64_t per_unit) noexcept {
    constexpr std::int64_t max = INT32_MAX;
    if (s.empty()) return {size_empty, 0};
    std::size_t i = 0;
    std::int64_t whole = 0;
    bool digits = false, huge = false;
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
        digits = true;
        if (whole <= max) whole = whole * 10 + (s[i] - '0');
        else huge = true;
    }
    if (i == s.size()) {
        if (huge || whole > max) return {size_too_large, 0};
        return {size_ok, static_cast<std::int32_t>(whole)};
    }
    std::int64_t num = whole, den = 1;
    if (s[i] == '.') {
        for (++i; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
            digits = true;
            if (den >= 1000000) {
                if (s[i] != '0') return {size_fraction, 0}; // finer than any whole unit
                continue;
            }
            num = num * 10 + (s[i] - '0');
            den *= 10;
        }
    }
    if (!digits) return {size_form, 0};
    while (i < s.size() && s[i] == ' ') ++i;
    if (!unit_equals_ignoring_case(s.substr(i), unit)) return {size_form, 0};
    if (huge || whole > 10000000) return {size_too_large, 0}; // keeps the arithmetic below in range
    if (num * per_unit % den != 0) return {size_fraction, 0};
    std::int64_t v = num * per_unit / den;
    if (v > max) return {size_too_large, 0};
    return {size_ok, static_cast<std::int32_t>(v)};
}

constexpr scaled_amount parse_task_cpu(std::string_view s) noexcept { return parse_amount(s, "vcpu", 1024); }
constexpr scaled_amount parse_task_memory(std::string_view s) noexcept { return parse_amount(s, "gb", 1024); }

} // namespace detail

namespace literal_error {
// Called only from consteval code when a literal is wrong: the compiler names the function.
void task_cpu_must_be_cpu_units_like_1024_or_vcpus_like_1_vcpu();
void task_memory_must_be_mib_like_2048_or_gb_like_2_gb();
} // namespace literal_error

/// ECS-TD-009: an integer string of CPU units ("1024") or vCPUs ("1 vCPU", "1 vcpu", ".25 vCPU").
struct task_cpu_policy {
    static constexpr core::rule_id rule = "ECS-TD-009";
    static constexpr int check(std::string_view s) noexcept { return detail::parse_task_cpu(s).problem; }
    static constexpr void literal_failed(int problem) {
        if (problem) literal_error::task_cpu_must_be_cpu_units_like_1024_or_vcpus_like_1_vcpu();
    }
    static std::string message(int problem, std::string_view s) {
        using core::cat;
        switch (problem) {
        case detail::size_empty:
            return "the task cpu is an empty string: give CPU units (\"1024\") or vCPUs (\"1 vCPU\"), or leave cpu out";
        case detail::size_fraction:
            return cat("the task cpu \"", s, "\" is not a whole number of CPU units (1 vCPU = 1024 units); use e.g. "
                                             "\".25 vCPU\", \"0.5 vCPU\" or the units themselves (\"256\", \"512\")");
        case detail::size_too_large: return cat("the task cpu \"", s, "\" is far beyond any task size (192 vCPU = 196608 units)");
        default:
            return cat("the task cpu \"", s, "\" is neither CPU units nor vCPUs: write an integer string such as \"1024\" "
                                             "or a vCPU string such as \"1 vCPU\" (ECS takes no other form)");
        }
    }
};

/// ECS-TD-010: an integer string of MiB ("2048") or GB ("2GB", "2 GB"); no other unit.
struct task_memory_policy {
    static constexpr core::rule_id rule = "ECS-TD-010";
    static constexpr int check(std::string_view s) noexcept { return detail::parse_task_memory(s).problem; }
    static constexpr void literal_failed(int problem) {
        if (problem) literal_error::task_memory_must_be_mib_like_2048_or_gb_like_2_gb();
    }
    static std::string message(int problem, std::string_view s) {
        using core::cat;
        switch (problem) {
        case detail::size_empty:
            return "the task memory is an empty string: give MiB (\"2048\") or GB (\"2 GB\"), or leave memory out";
        case detail::size_fraction:
            return cat("the task memory \"", s, "\" is not a whole number of MiB (1 GB = 1024 MiB); use e.g. \"0.5 GB\" "
                                                "or the MiB themselves (\"512\")");
        case detail::size_too_large: return cat("the task memory \"", s, "\" is far beyond any task size");
        default:
            return cat("the task memory \"", s, "\" is neither MiB nor GB: write an integer string of MiB such as "
                                                "\"2048\" or a GB string such as \"2 GB\" (ECS takes no other unit: "
                                                "not MB, MiB or GiB)");
        }
    }
};

namespace detail {
// The shared body of the two task-size strings: a checked text plus the checked path and decoding.
template <class Self, class Policy>
class task_size_text : public core::text<Policy> {
public:
    using core::text<Policy>::text;
    using core::text<Policy>::operator=;
    task_size_text() = default;

    /// The checked path for strings known only at run time.
    static core::result<Self> from(std::string s, std::string pointer = {}) {
        if (int problem = Policy::check(s))
            return core::result<Self>(
                core::diagnostics{{std::move(pointer), Policy::rule, core::severity::error, Policy::message(problem, s)}});
        return Self::from_wire(std::move(s));
    }
    /// Decoding keeps whatever the document says; `validate()` reports what ECS would refuse.
    static Self from_wire(std::string s) noexcept {
        Self t;
        static_cast<core::text<Policy>&>(t) = core::text<Policy>::from_wire(std::move(s));
        return t;
    }
};
} // namespace detail

/// The task's `cpu` as written ("1024", "1 vCPU", ".25 vcpu").
class task_cpu : public detail::task_size_text<task_cpu, task_cpu_policy> {
public:
    using task_size_text::task_size_text;
    using task_size_text::operator=;
    task_cpu() = default;
    /// Writes the units as ECS stores them ("1024").
    explicit task_cpu(core::cpu_units u) { *this = from_wire(std::to_string(u.count())); }

    /// The CPU units ECS registers; nothing when the text breaks ECS-TD-009.
    std::optional<core::cpu_units> units() const noexcept {
        auto r = detail::parse_task_cpu(view());
        if (r.problem) return std::nullopt;
        return core::cpu_units(r.value);
    }
    friend bool operator==(const task_cpu&, const task_cpu&) = default;
};

/// The task's `memory` as written ("2048", "2 GB", "0.5GB").
class task_memory : public detail::task_size_text<task_memory, task_memory_policy> {
public:
    using task_size_text::task_size_text;
    using task_size_text::operator=;
    task_memory() = default;
    /// Writes the MiB as ECS stores them ("2048").
    explicit task_memory(core::mebibytes m) { *this = from_wire(std::to_string(m.count())); }

    /// The MiB ECS registers; nothing when the text breaks ECS-TD-010.
    std::optional<core::mebibytes> mebibytes() const noexcept {
        auto r = detail::parse_task_memory(view());
        if (r.problem) return std::nullopt;
        return core::mebibytes(r.value);
    }
    friend bool operator==(const task_memory&, const task_memory&) = default;
};

} // namespace awsmodel::ecs

namespace awsmodel::core {
// The validation walker checks text types by their policy; these two have more to say.
template <> inline constexpr bool is_text<ecs::task_cpu> = true;
template <> inline constexpr bool is_text<ecs::task_memory> = true;
} // namespace awsmodel::core

#endif
