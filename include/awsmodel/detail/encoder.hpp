// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_DETAIL_ENCODER_HPP
#define AWSMODEL_DETAIL_ENCODER_HPP

// Writes typed values as JSON text directly from the field tables, with no DOM in between: each
// value is written by its core::codec, through the sinks of detail/writer.hpp.

#include <awsmodel/core/codec.hpp>
#include <awsmodel/detail/writer.hpp>

#include <cstddef>
#include <string>

namespace awsmodel::core::detail {

/// Appends the wire JSON of `v` to `out`.
template <class T>
void encode_to(std::string& out, const T& v) {
    string_sink sink(out);
    codec<T>::encode(sink, v);
    sink.finish();
}

/// `encode(v).size()`, without building the text.
template <class T>
std::size_t encoded_size(const T& v) {
    size_sink sink;
    codec<T>::encode(sink, v);
    return sink.position();
}

/// At least `encoded_size(v)`, at most what it would be if every string byte needed the widest
/// escape; cheaper, since no string is read.
template <class T>
std::size_t encoded_size_bound(const T& v) {
    size_bound_sink sink;
    codec<T>::encode(sink, v);
    return sink.position();
}

} // namespace awsmodel::core::detail

#endif
