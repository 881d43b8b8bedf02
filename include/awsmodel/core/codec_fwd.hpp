// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CORE_CODEC_FWD_HPP
#define AWSMODEL_CORE_CODEC_FWD_HPP

// The codec's entry points, declared without their definitions, and the switch that compiles
// them once for the whole program instead of in every translation unit.
//
// Header-only (the default), each TU that decodes, validates or encodes a shape compiles the
// parser, the writer and every rule of that shape: about 12 s of g++ -O2 for a task definition.
// With separate compilation, define AWSMODEL_SEPARATE_COMPILATION for every TU of the program and
// compile `#include <awsmodel/src.hpp>` in exactly one of them: the top-level shapes' codecs are
// then declared `extern template` in their headers and instantiated in that one TU only. Other
// shapes still work, instantiated where they are used. Headers whose rules are long leave them
// out too and src.hpp defines them (ecs/task_definition.hpp).

#include <awsmodel/core/decode_options.hpp>
#include <awsmodel/core/diagnostic.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/result.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace awsmodel::core {

template <document T>
result<T> decode(std::string_view text, const decode_options& opt = {}) noexcept;

template <document T>
std::string encode(const T& v);

template <document T>
void encode(const T& v, std::string& out);

class validation_context;

template <document T>
diagnostics validate(const T& v);

template <document T>
diagnostics validate(const T& v, const validation_context& context);

namespace detail {
/// `encode(v).size()` without building the text (defined in detail/encoder.hpp, which
/// core/validate.hpp includes): ECS-TD-051's rule only names it, so value-type headers need not
/// include the encoder.
template <class T>
std::size_t encoded_size(const T& v);
template <class T>
std::size_t encoded_size_bound(const T& v);
} // namespace detail

} // namespace awsmodel::core

// The five entry points of one shape, for AWSMODEL_EXTERN_CODEC and src.hpp; `kind` is `extern`
// or empty.
#define AWSMODEL_CODEC_INSTANTIATIONS(kind, T)                                                              \
    kind template ::awsmodel::core::result<T> awsmodel::core::decode<T>(std::string_view,                    \
                                                                        const ::awsmodel::core::decode_options&) noexcept; \
    kind template std::string awsmodel::core::encode<T>(const T&);                                            \
    kind template void awsmodel::core::encode<T>(const T&, std::string&);                                     \
    kind template ::awsmodel::core::diagnostics awsmodel::core::validate<T>(const T&);                        \
    kind template ::awsmodel::core::diagnostics awsmodel::core::validate<T>(const T&,                        \
                                                                            const ::awsmodel::core::validation_context&)

/// Written at global scope after a top-level shape and its rules: with separate compilation, TUs
/// use the instantiations of src.hpp instead of compiling their own.
#ifdef AWSMODEL_SEPARATE_COMPILATION
#define AWSMODEL_EXTERN_CODEC(T) AWSMODEL_CODEC_INSTANTIATIONS(extern, T)
#else
#define AWSMODEL_EXTERN_CODEC(T) static_assert(true, "")
#endif

/// Written at global scope at the end of a header that defines a group of top-level shapes
/// (awsmodel/shapes.hpp): `AWSMODEL_EXTERN_CODECS(AWSMODEL_SHAPES_EC2_KEY_PAIR);`. The
/// declarations follow the list, so a shape added to the list is declared extern with no other edit.
#define AWSMODEL_EXTERN_CODECS(group) group(AWSMODEL_DETAIL_EXTERN_CODEC_OF) static_assert(true, "")
#define AWSMODEL_DETAIL_EXTERN_CODEC_OF(T, kind, service, shape) AWSMODEL_EXTERN_CODEC(T);

#endif
