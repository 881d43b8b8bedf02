// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CORE_DECODE_ERROR_HPP
#define AWSMODEL_CORE_DECODE_ERROR_HPP

// How a failed decode travels through Boost.JSON's error channel: `boost::json::try_value_to`
// can return only an error_code, so the code says what kind of problem the first finding is;
// `boost::json::value_to` throws `decode_failure`, which holds every finding, and
// `core::try_value_to` (core/json.hpp) returns them all without throwing.

#include <awsmodel/core/diagnostic.hpp>

#include <boost/system/error_category.hpp>
#include <boost/system/error_code.hpp>
#include <boost/system/is_error_code_enum.hpp>
#include <boost/system/system_error.hpp>

#include <string>
#include <string_view>
#include <type_traits>

namespace awsmodel::core {

/// The kind of the first error finding of a failed decode: the value of its error_code.
enum class decode_errc {
    syntax = 1,     ///< AWSMODEL-SYNTAX: not JSON, not UTF-8, or an exception escaped a conversion
    wrong_type,     ///< COMMON-002: a member of the wrong JSON type, or a number that does not fit
    required,       ///< AWSMODEL-REQUIRED: a required member is absent
    unknown_member, ///< COMMON-001: a member the shape does not have
    duplicate,      ///< AWSMODEL-DUPLICATE: a key repeats
    below_min,      ///< AWSMODEL-MIN: below botocore's minimum
    limit,          ///< AWSMODEL-LIMIT: size, depth, count or memory
    other,          ///< a finding of another rule
};

/// The kind of a finding's rule.
constexpr decode_errc errc_of(std::string_view rule) noexcept {
    if (rule == rules::syntax) return decode_errc::syntax;
    if (rule == rules::wrong_type) return decode_errc::wrong_type;
    if (rule == rules::required) return decode_errc::required;
    if (rule == rules::unknown_member) return decode_errc::unknown_member;
    if (rule == rules::duplicate) return decode_errc::duplicate;
    if (rule == rules::min) return decode_errc::below_min;
    if (rule == rules::limit) return decode_errc::limit;
    return decode_errc::other;
}

namespace detail {

inline constexpr unsigned long long decode_category_id = 0x6177736d6f64656cULL; // "awsmodel"

inline std::string_view describe(decode_errc e) noexcept {
    switch (e) {
    case decode_errc::syntax: return "the document is not valid JSON (AWSMODEL-SYNTAX)";
    case decode_errc::wrong_type: return "a member has the wrong JSON type (COMMON-002)";
    case decode_errc::required: return "a required member is missing (AWSMODEL-REQUIRED)";
    case decode_errc::unknown_member: return "an unknown member (COMMON-001)";
    case decode_errc::duplicate: return "a key appears more than once (AWSMODEL-DUPLICATE)";
    case decode_errc::below_min: return "a value is below its minimum (AWSMODEL-MIN)";
    case decode_errc::limit: return "a decoder limit was reached (AWSMODEL-LIMIT)";
    case decode_errc::other: return "the document breaks a rule";
    }
    return "decoding failed";
}

class decode_category_impl : public boost::system::error_category {
public:
    constexpr decode_category_impl() noexcept : boost::system::error_category(decode_category_id) {}
    const char* name() const noexcept override { return "awsmodel.decode"; }
    std::string message(int ev) const override {
        return cat(describe(static_cast<decode_errc>(ev)),
                   "; core::try_value_to returns every finding, and value_to throws core::decode_failure with them");
    }
};

} // namespace detail

/// The category of decode failures, named "awsmodel.decode". Every code whose category compares
/// equal to it came from awsmodel's decoder.
inline const boost::system::error_category& decode_category() noexcept {
    static const detail::decode_category_impl c;
    return c;
}

inline boost::system::error_code make_error_code(decode_errc e) noexcept {
    return {static_cast<int>(e), decode_category()};
}

/// One line for a finding: its pointer, rule and message. Messages come from the decoder, which
/// never quotes a secret member's value.
inline std::string summary_of(const diagnostic& d) {
    return cat(d.pointer.empty() ? "/" : d.pointer, ": ", d.rule, ": ", d.message);
}

/// The error_code of a failed decode: its value is the kind of the first error finding. An
/// error_code holds a category and an int, nothing more: the findings themselves travel in
/// `core::try_value_to`'s result and in `decode_failure`. `ds` without an error gives no error.
inline boost::system::error_code error_code_of(const diagnostics& ds) noexcept {
    for (const diagnostic& d : ds)
        if (d.level == severity::error) return make_error_code(errc_of(d.rule));
    return {};
}

namespace detail {
// A decode that failed without a finding ran out of memory before it could make one.
inline boost::system::error_code failure_code(const diagnostics& ds) {
    boost::system::error_code ec = error_code_of(ds);
    return ec ? ec : make_error_code(decode_errc::limit);
}
} // namespace detail

/// Thrown by `boost::json::value_to<T>` for a modelled T: a `boost::system::system_error` whose
/// code() is `error_code_of(diagnostics())` and whose what() lists every finding.
class decode_failure : public boost::system::system_error {
public:
    explicit decode_failure(core::diagnostics ds)
        : boost::system::system_error(detail::failure_code(ds), list(ds)), diagnostics_(std::move(ds)) {}
    /// Every finding of the decode, as `core::decode` returns them.
    const core::diagnostics& diagnostics() const noexcept { return diagnostics_; }

private:
    static std::string list(const core::diagnostics& ds) {
        std::string s = cat("awsmodel could not decode the value: ", ds.size(), ds.size() == 1 ? " finding" : " findings");
        for (const auto& d : ds) s += cat("\n  ", summary_of(d));
        return s;
    }
    core::diagnostics diagnostics_;
};

} // namespace awsmodel::core

template <>
struct boost::system::is_error_code_enum<awsmodel::core::decode_errc> : std::true_type {};

#endif
