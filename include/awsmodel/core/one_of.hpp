// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CORE_ONE_OF_HPP
#define AWSMODEL_CORE_ONE_OF_HPP

// A value that is one of several JSON types where AWS accepts either: an IAM `Action` is a
// string or a list of strings, a CloudFormation property a literal or `{"Ref": ...}`.

#include <cstddef>
#include <type_traits>
#include <utility>
#include <variant>

namespace awsmodel::core {

/// One of `Alternatives`, chosen when decoding by the JSON value the document holds: the first
/// alternative that takes a value of that JSON type (a string, a number, a boolean, an array or
/// an object). When several alternatives are objects, the object's first key decides: the first
/// structure with a member of that name, else the first object alternative. It encodes as the
/// alternative it holds, so a string stays a string and a list a list.
template <class... Alternatives>
class one_of {
    static_assert(sizeof...(Alternatives) >= 2, "a one_of has at least two alternatives");

public:
    using variant_type = std::variant<Alternatives...>;

    one_of() = default;
    template <class A>
        requires(!std::is_same_v<std::remove_cvref_t<A>, one_of> && std::is_constructible_v<variant_type, A &&>)
    one_of(A&& a) : v_(std::forward<A>(a)) {}

    /// The alternative held, as a std::variant.
    const variant_type& value() const noexcept { return v_; }
    variant_type& value() noexcept { return v_; }
    std::size_t index() const noexcept { return v_.index(); }

    template <class A>
    bool holds() const noexcept {
        return std::holds_alternative<A>(v_);
    }
    template <class A>
    const A* get_if() const noexcept {
        return std::get_if<A>(&v_);
    }
    template <class A>
    A* get_if() noexcept {
        return std::get_if<A>(&v_);
    }
    template <std::size_t I, class... Args>
    auto& emplace(Args&&... args) {
        return v_.template emplace<I>(std::forward<Args>(args)...);
    }

    friend bool operator==(const one_of&, const one_of&) = default;

private:
    variant_type v_;
};

template <class T> inline constexpr bool is_one_of = false;
template <class... A> inline constexpr bool is_one_of<one_of<A...>> = true;

} // namespace awsmodel::core

#endif
