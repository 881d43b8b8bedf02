// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CORE_ENUM_HPP
#define AWSMODEL_CORE_ENUM_HPP

#include <awsmodel/core/rule_id.hpp>

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace awsmodel::core {

/// An enumeration that has one wire string per enumerator, in enumerator order, found by ADL:
/// `constexpr auto wire_names(volume_type) { return std::to_array<std::string_view>({...}); }`.
template <class E>
concept wire_enum = std::is_enum_v<E> && requires(E e) { wire_names(e)[0]; };

template <wire_enum E>
constexpr std::string_view to_wire(E e) noexcept {
    constexpr auto names = wire_names(E{});
    auto i = static_cast<std::size_t>(e);
    return i < names.size() ? names[i] : std::string_view{};
}

template <wire_enum E>
constexpr std::optional<E> from_wire(std::string_view s) noexcept {
    constexpr auto names = wire_names(E{});
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == s) return static_cast<E>(i);
    return std::nullopt;
}

/// A wire enumeration that keeps a value it does not know: AWS adds values, and a description
/// from a newer API must decode and re-encode unchanged. `validate()` reports unknown values.
template <wire_enum E>
class open_enum {
public:
    using enum_type = E;
    using wire_type = std::string;

    constexpr open_enum() noexcept = default;
    constexpr open_enum(E e) noexcept : known_(e) {}

    /// The enumerator, or nothing when the wire string is not one this library knows.
    constexpr std::optional<E> known() const noexcept {
        return unknown_ ? std::nullopt : std::optional<E>(known_);
    }
    constexpr bool is_known() const noexcept { return !unknown_; }
    std::string_view wire_view() const noexcept { return unknown_ ? std::string_view(*unknown_) : to_wire(known_); }
    std::string wire() const { return std::string(wire_view()); }

    static open_enum from_wire(std::string_view s) {
        open_enum r;
        if (auto e = core::from_wire<E>(s))
            r.known_ = *e;
        else
            r.unknown_ = std::string(s);
        return r;
    }

    friend bool operator==(const open_enum& a, const open_enum& b) noexcept {
        return a.known_ == b.known_ && a.unknown_ == b.unknown_;
    }
    friend bool operator==(const open_enum& a, E e) noexcept { return !a.unknown_ && a.known_ == e; }
    friend std::ostream& operator<<(std::ostream& os, const open_enum& v) { return os << v.wire_view(); }

private:
    E known_{};
    std::optional<std::string> unknown_;
};

/// An enumeration whose producer promises to add members and never rename them, declared with
/// `constexpr bool promised_open_enumeration(E) { return true; }` next to it: its unknown members are kept
/// and re-encoded, and validation reports them only when strict (core::strict_validation).
template <class E>
concept promised_open = requires { requires promised_open_enumeration(E{}); };

/// In a validation context, makes validation strict: unknown members of promised-open
/// enumerations are findings. `core::validate(v, core::validation_context{core::strict})`.
struct strict_validation {};
inline constexpr strict_validation strict{};

/// Every wire string of `E`, joined with `|`, for messages.
template <wire_enum E>
std::string allowed_values() {
    std::string s;
    for (auto n : wire_names(E{})) {
        if (!s.empty()) s += '|';
        s += n;
    }
    return s;
}

} // namespace awsmodel::core

#endif
