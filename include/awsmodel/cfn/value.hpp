// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CFN_VALUE_HPP
#define AWSMODEL_CFN_VALUE_HPP

// A CloudFormation property value: the literal AWS takes, or an intrinsic function that
// CloudFormation resolves when it deploys the stack.

#include <awsmodel/cfn/intrinsic.hpp>
#include <awsmodel/core/one_of.hpp>

namespace awsmodel::cfn {

/// A literal `T` or one intrinsic function. It decodes by what the document holds: a value of
/// T's JSON kind is the literal, decoded by T's own codec with T's findings; an object is the
/// function, unless T is itself an object, when an object whose first key is `Ref` or a
/// `Fn::` name is the function and any other the literal. It encodes as it was decoded.
/// Validation checks a literal as T; a function has no value yet, so T's rules are skipped for
/// it, not guessed. In the JSON Schema it is an `anyOf` of T's schema and the functions'.
template <class T>
using value = core::one_of<T, intrinsic>;

/// Whether the value is an intrinsic function rather than a literal.
template <class T>
bool is_intrinsic(const value<T>& v) noexcept {
    return v.template holds<intrinsic>();
}

/// The literal, or nullptr when a function is held.
template <class T>
const T* literal(const value<T>& v) noexcept {
    return v.template get_if<T>();
}

/// The function, or nullptr when a literal is held.
template <class T>
const intrinsic* function(const value<T>& v) noexcept {
    return v.template get_if<intrinsic>();
}

} // namespace awsmodel::cfn

#endif
