// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CORE_VALIDATE_HPP
#define AWSMODEL_CORE_VALIDATE_HPP

#include <awsmodel/core/checker.hpp>
#include <awsmodel/core/codec.hpp>
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

/// Whether `walk` can report anything about a value of type `T` (core::codec<T> says).
template <class T>
constexpr bool has_checks() {
    return codec<T>::has_checks();
}

template <class T>
void walk(const T& v, checker& c) {
    codec<T>::walk(v, c);
}

} // namespace detail

/// Every finding of every rule that applies to `v` and to the values inside it. Never throws
/// except `std::bad_alloc`.
template <document T>
diagnostics validate(const T& v) {
    diagnostics out;
    checker c(out);
    detail::walk(v, c);
    return out;
}

/// The same, with the documents `context` holds available to the rules that consult them (a
/// rule whose document is absent is skipped). Never throws except `std::bad_alloc`.
template <document T>
diagnostics validate(const T& v, const validation_context& context) {
    diagnostics out;
    checker c(out, context);
    detail::walk(v, c);
    return out;
}

} // namespace awsmodel::core

#endif
