// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CORE_PORT_HPP
#define AWSMODEL_CORE_PORT_HPP

#include <awsmodel/core/result.hpp>

#include <compare>
#include <cstdint>
#include <ostream>

namespace awsmodel::core {

namespace literal_error {
// Called only from consteval code when a literal is wrong: the compiler names the function.
void port_must_be_between_0_and_65535();
} // namespace literal_error

/// A TCP or UDP port number. A literal is checked when compiled (`port{70000}` does not compile);
/// a runtime number goes through `port::from`, which returns diagnostics instead.
class port {
public:
    using wire_type = std::int32_t;

    /// Port 0: "any"/dynamic where AWS allows it. Exists so that decoded values can be built.
    constexpr port() noexcept : number_(0) {}
    consteval port(int number) : number_(number) {
        if (!valid(number)) literal_error::port_must_be_between_0_and_65535();
    }

    static constexpr bool valid(std::int64_t n) noexcept { return n >= 0 && n <= 65535; }

    /// The checked path for numbers known only at run time.
    static result<port> from(std::int64_t n, std::string pointer = {}, std::string_view rule = "ECS-TD-068") {
        if (!valid(n))
            return result<port>(diagnostics{{std::move(pointer), rule, severity::error,
                                             cat("port ", n, " is outside 0-65535")}});
        return port(unchecked{}, static_cast<std::int32_t>(n));
    }

    constexpr std::int32_t number() const noexcept { return number_; }
    constexpr const std::int32_t& wire() const noexcept { return number_; }
    /// Decoding keeps whatever the document says; `validate()` reports a number out of range.
    static constexpr port from_wire(std::int32_t n) noexcept { return port(unchecked{}, n); }

    friend constexpr auto operator<=>(const port&, const port&) noexcept = default;
    friend std::ostream& operator<<(std::ostream& os, const port& p) { return os << p.number_; }

private:
    struct unchecked {};
    constexpr port(unchecked, std::int32_t n) noexcept : number_(n) {}
    std::int32_t number_;
};

} // namespace awsmodel::core

#endif
