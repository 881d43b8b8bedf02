// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CORE_SECRET_HPP
#define AWSMODEL_CORE_SECRET_HPP

/// Secret strings: private keys (CreateKeyPair's KeyMaterial), passwords, tokens. The value goes
/// where it must (the wire, through `wire()`; the caller, through `reveal()`) and nowhere else:
/// no implicit conversion, `operator<<` prints a redaction, validation never quotes it, and its
/// memory is overwritten before it is released or reused.

#include <cstddef>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

namespace awsmodel::core {

/// Overwrites `n` bytes with zeros. The writes go through a volatile pointer: the compiler must
/// perform them even though the memory is about to be freed and never read again.
inline void secure_wipe(void* p, std::size_t n) noexcept {
    volatile unsigned char* b = static_cast<volatile unsigned char*>(p);
    for (std::size_t i = 0; i < n; ++i) b[i] = 0;
}

/// What `operator<<` writes instead of a secret.
inline constexpr std::string_view redacted = "<redacted>";

/// A string that is never shown and is wiped from memory when it is destroyed or replaced.
/// `Allocator` exists so that tests can watch the buffers being released; use `secret_string`.
template <class Allocator = std::allocator<char>>
class basic_secret_string {
public:
    using wire_type = std::string;

    basic_secret_string() = default;
    /// Takes the value and wipes the string it came from.
    explicit basic_secret_string(std::string s) { take(s); }
    basic_secret_string(const basic_secret_string& o) : value_(o.value_) {}
    basic_secret_string(basic_secret_string&& o) noexcept : value_(std::move(o.value_)) { o.wipe(); }
    ~basic_secret_string() { wipe(); }

    basic_secret_string& operator=(const basic_secret_string& o) {
        if (this != &o) {
            wipe();
            value_ = o.value_;
        }
        return *this;
    }
    basic_secret_string& operator=(basic_secret_string&& o) noexcept {
        if (this != &o) {
            wipe();
            value_ = std::move(o.value_);
            o.wipe(); // a short value stays in the source's inline buffer after a move
        }
        return *this;
    }

    /// Decoding hands over a temporary copy of the document's text; it is wiped here.
    static basic_secret_string from_wire(std::string s) { return basic_secret_string(std::move(s)); }
    /// The wire text, for the encoder. Prefer `reveal()` in application code: the name says what it does.
    std::string_view wire() const noexcept { return {value_.data(), value_.size()}; }
    /// The secret itself.
    std::string_view reveal() const noexcept { return wire(); }

    std::size_t size() const noexcept { return value_.size(); }
    bool empty() const noexcept { return value_.empty(); }

    /// Overwrites the value and the whole buffer behind it, then empties it.
    void wipe() noexcept {
        // Extending to the capacity first makes every byte of the buffer part of the string, so
        // that the wipe covers bytes a longer earlier value left behind.
        value_.resize(value_.capacity());
        secure_wipe(value_.data(), value_.size());
        value_.clear();
    }

    /// Compares in time that depends on the lengths only, not on where the first difference is.
    friend bool operator==(const basic_secret_string& a, const basic_secret_string& b) noexcept {
        if (a.value_.size() != b.value_.size()) return false;
        unsigned char diff = 0;
        for (std::size_t i = 0; i < a.value_.size(); ++i)
            diff |= static_cast<unsigned char>(a.value_[i] ^ b.value_[i]);
        return diff == 0;
    }
    friend std::ostream& operator<<(std::ostream& os, const basic_secret_string&) { return os << redacted; }

private:
    void take(std::string& s) {
        value_.assign(s.data(), s.size());
        s.resize(s.capacity());
        secure_wipe(s.data(), s.size());
        s.clear();
    }

    std::basic_string<char, std::char_traits<char>, Allocator> value_;
};

using secret_string = basic_secret_string<>;

template <class T> inline constexpr bool is_secret = false;
template <class A> inline constexpr bool is_secret<basic_secret_string<A>> = true;

} // namespace awsmodel::core

#endif
