// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CORE_RESULT_HPP
#define AWSMODEL_CORE_RESULT_HPP

#include <awsmodel/core/diagnostic.hpp>

#include <optional>
#include <stdexcept>
#include <utility>

namespace awsmodel::core {

/// Thrown only by the throwing conveniences; carries every finding.
class validation_error : public std::runtime_error {
public:
    explicit validation_error(diagnostics ds)
        : std::runtime_error(summary(ds)), diagnostics_(std::move(ds)) {}
    const core::diagnostics& findings() const noexcept { return diagnostics_; }

private:
    static std::string summary(const diagnostics& ds) {
        std::string s = cat(ds.size(), ds.size() == 1 ? " finding" : " findings");
        for (const auto& d : ds) s += cat("\n  ", d.pointer.empty() ? "/" : d.pointer, ": ", d.rule, ": ", d.message);
        return s;
    }
    core::diagnostics diagnostics_;
};

/// A value, or the findings that prevented it. Warnings may accompany a value.
template <class T>
class result {
public:
    result() = default;
    result(T value, core::diagnostics ds = {}) : value_(std::move(value)), diagnostics_(std::move(ds)) {}
    explicit result(core::diagnostics ds) : diagnostics_(std::move(ds)) {}

    bool has_value() const noexcept { return value_.has_value(); }
    explicit operator bool() const noexcept { return has_value(); }

    /// The value; throws `validation_error` with every finding when there is none.
    T& value() & {
        if (!value_) throw validation_error(diagnostics_);
        return *value_;
    }
    const T& value() const& {
        if (!value_) throw validation_error(diagnostics_);
        return *value_;
    }
    T&& value() && {
        if (!value_) throw validation_error(diagnostics_);
        return std::move(*value_);
    }
    T* operator->() noexcept { return &*value_; }
    const T* operator->() const noexcept { return &*value_; }
    T& operator*() noexcept { return *value_; }
    const T& operator*() const noexcept { return *value_; }

    const core::diagnostics& diagnostics() const noexcept { return diagnostics_; }
    core::diagnostics& diagnostics() noexcept { return diagnostics_; }

private:
    std::optional<T> value_;
    core::diagnostics diagnostics_;
};

} // namespace awsmodel::core

#endif
