// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_DETAIL_WRITER_HPP
#define AWSMODEL_DETAIL_WRITER_HPP

// The JSON writer's primitives: sinks, escaping, numbers, timestamps. core::codec writes each
// kind of value with them (detail/encoder.hpp runs it).
//
// One writer, templated on where the bytes go: `string_sink` writes them, `size_sink` only counts
// them, so `encoded_size` agrees with `encode` by construction (ECS-TD-051 needs the size, not
// the text). Writers ask the sink for room once (`reserve`) and then put bytes without further
// checks: `std::string::push_back` and small `append`s each check the capacity and the length
// again, and that bookkeeping cost more than the copying itself.

#include <awsmodel/core/timestamp.hpp>

#include <boost/config.hpp>
#include <boost/endian/conversion.hpp>

#include <algorithm>
#include <bit>
#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace awsmodel::core::detail {

/// Appends to a `std::string` through a raw cursor. The bytes go first to a buffer on the stack,
/// as Boost.JSON's `serialize` does: a small document then costs one allocation of its exact size.
/// Past that the string itself is the buffer: its size covers its whole capacity while the sink
/// writes, and `finish()` (or, when an exception interrupts the writer, the destructor) trims it
/// to what was written.
class string_sink {
public:
    explicit string_sink(std::string& s) noexcept : s_(s), offset_(s.size()) {
        begin_ = cur_ = stack_.data();
        end_ = begin_ + stack_.size();
    }
    string_sink(const string_sink&) = delete;
    string_sink& operator=(const string_sink&) = delete;
    ~string_sink() {
        if (!on_stack()) s_.resize(position()); // shrinking: no allocation, cannot throw
    }

    /// Room for `n` more bytes, written by the calls below without checks.
    BOOST_FORCEINLINE void reserve(std::size_t n) {
        if (static_cast<std::size_t>(end_ - cur_) < n) [[unlikely]]
            grow(n);
    }
    BOOST_FORCEINLINE void put(char c) noexcept { *cur_++ = c; }
    BOOST_FORCEINLINE void put(const char* p, std::size_t n) noexcept {
        std::memcpy(cur_, p, n);
        cur_ += n;
    }
    /// The first `n` bytes of `w` (in memory order); stores all eight, so it needs room for eight.
    BOOST_FORCEINLINE void put_word(std::uint64_t w, std::size_t n) noexcept {
        w = boost::endian::native_to_little(w);
        std::memcpy(cur_, &w, 8);
        cur_ += n;
    }
#if defined(__SSE2__)
    /// The first `n` bytes of `v`; stores all sixteen, so it needs room for sixteen.
    BOOST_FORCEINLINE void put_block(__m128i v, std::size_t n) noexcept {
        _mm_storeu_si128(reinterpret_cast<__m128i*>(cur_), v);
        cur_ += n;
    }
#endif
    /// Where formatting functions (`std::to_chars`) write, within the room reserved.
    char* cursor() noexcept { return cur_; }
    void advance_to(char* p) noexcept { cur_ = p; }

    /// Positions count from the start of the string, whichever buffer holds the bytes.
    std::size_t position() const noexcept { return offset_ + static_cast<std::size_t>(cur_ - begin_); }
    void overwrite(std::size_t at, char c) noexcept { begin_[at - offset_] = c; }

    void finish() {
        if (on_stack())
            s_.append(begin_, cur_);
        else
            s_.resize(position());
        begin_ = cur_ = end_ = nullptr; // the destructor has nothing left to do
        offset_ = s_.size();
    }

private:
    bool on_stack() const noexcept { return begin_ == stack_.data(); }

    void grow(std::size_t n) {
        std::size_t used = position();
        // The string's size runs ahead of the cursor by at most `step`: resize() writes zeros
        // over what it adds, and zeroing the whole capacity at each doubling cost as much as the
        // copies. The capacity still doubles (reserve), so the copies stay linear.
        std::size_t want = used + std::max(n, step);
        if (want > s_.capacity()) s_.reserve(std::max(want, 2 * std::max(s_.capacity(), used)));
        if (on_stack()) s_.append(begin_, cur_);
        s_.resize(want);
        begin_ = s_.data();
        offset_ = 0;
        cur_ = begin_ + used;
        end_ = begin_ + s_.size();
    }

    static constexpr std::size_t step = 1024;

    std::string& s_;
    std::array<char, 4096> stack_;
    char* begin_;
    char* cur_;
    char* end_;
    std::size_t offset_; // the position of begin_
};

/// Counts what `string_sink` would write. Formatting functions write into a scratch buffer, so
/// `reserve` before `cursor()` must not ask for more than `scratch_size`.
class size_sink {
public:
    static constexpr std::size_t scratch_size = 64;

    void reserve(std::size_t) noexcept {}
    void put(char) noexcept { ++n_; }
    void put(const char*, std::size_t n) noexcept { n_ += n; }
    void put_word(std::uint64_t, std::size_t n) noexcept { n_ += n; }
    void add(std::size_t n) noexcept { n_ += n; }
#if defined(__SSE2__)
    void put_block(__m128i, std::size_t n) noexcept { n_ += n; }
#endif
    char* cursor() noexcept { return scratch_.data(); }
    void advance_to(char* p) noexcept { n_ += static_cast<std::size_t>(p - scratch_.data()); }

    std::size_t position() const noexcept { return n_; }
    void overwrite(std::size_t, char) noexcept {}

private:
    std::size_t n_ = 0;
    std::array<char, scratch_size> scratch_;
};

/// Counts at least what `string_sink` would write, and at most what it would if every byte of
/// every string took the widest escape: the strings are not read, only their lengths, which is
/// most of what an exact count costs. ECS-TD-051 needs the exact size only near its limit.
class size_bound_sink : public size_sink {};
inline constexpr std::size_t widest_escape = 6; // \u001f

// A word with no control character, quote or backslash (the usual case) goes out without looking
// at its bytes one by one. A byte above a flagged one may be flagged too (the borrow of the
// subtraction), but the lowest flagged byte is always one that needs escaping.
inline std::uint64_t special_bytes(std::uint64_t w) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
    std::uint64_t control = (w - ones * 0x20) & ~w & high;
    std::uint64_t q = w ^ (ones * '"'), b = w ^ (ones * '\\');
    return control | ((q - ones) & ~q & high) | ((b - ones) & ~b & high);
}

// Bytes in memory order, the first one in the low byte.
inline std::uint64_t load_word(const char* p) noexcept {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    return boost::endian::little_to_native(w);
}

inline std::uint32_t load_half(const char* p) noexcept {
    std::uint32_t w;
    std::memcpy(&w, p, 4);
    return boost::endian::little_to_native(w);
}

// The last `n` (1-7) bytes before `end` in the low bytes of a word, the rest spaces (which need no
// escaping). `size` is the whole string's: from 8 bytes on, one load of the last eight covers the
// tail; below, loads that stay within the string.
inline std::uint64_t load_tail(const char* end, std::size_t n, std::size_t size) noexcept {
    constexpr std::uint64_t spaces = 0x2020202020202020ULL;
    const char* p = end - n;
    std::uint64_t w;
    if (size >= 8) {
        w = load_word(end - 8) >> (8 * (8 - n));
    } else if (n >= 4) {
        // Two overlapping halves: the bytes they share land on the same positions.
        w = load_half(p) | (std::uint64_t{load_half(end - 4)} << (8 * (n - 4)));
    } else {
        auto byte = [](char c) { return std::uint64_t{static_cast<unsigned char>(c)}; };
        w = byte(p[0]) | (byte(p[n / 2]) << (8 * (n / 2))) | (byte(p[n - 1]) << (8 * (n - 1)));
    }
    return w | (spaces << (8 * n));
}

#if defined(__SSE2__)
// Sixteen bytes at once where the target has SSE2 (every x86-64): one bit per byte to escape.
inline unsigned special_mask(__m128i v) noexcept {
    const __m128i control_max = _mm_set1_epi8(0x1f);
    __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(v, control_max), control_max); // v <= 0x1f, unsigned
    __m128i quote = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));
    __m128i backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
    return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(control, _mm_or_si128(quote, backslash))));
}
#endif

// One byte that needs escaping, with room reserved again: the escape writes up to six bytes for
// one, and what the caller reserved covers each remaining input byte only once. `left` counts the
// input bytes from this one on.
template <class Sink>
void write_escape(Sink& out, unsigned char c, std::size_t left) {
    static constexpr char hex[] = "0123456789abcdef";
    out.reserve(left + 24);
    out.put('\\');
    switch (c) {
    case '"': out.put('"'); break;
    case '\\': out.put('\\'); break;
    case '\n': out.put('n'); break;
    case '\r': out.put('r'); break;
    case '\t': out.put('t'); break;
    case '\b': out.put('b'); break;
    case '\f': out.put('f'); break;
    default:
        out.put("u00", 3);
        out.put(hex[c >> 4]);
        out.put(hex[c & 15]);
    }
}

// How many bytes each byte takes inside a JSON string, as write_escape writes it: the quote, the
// backslash and five controls take two (\", \n), the other controls six (\u001f), the rest one.
inline constexpr auto escaped_width = [] {
    std::array<unsigned char, 256> w{};
    for (std::size_t c = 0; c < w.size(); ++c) w[c] = c < 0x20 ? 6 : 1;
    for (unsigned char c : {'"', '\\', '\n', '\r', '\t', '\b', '\f'}) w[c] = 2;
    return w;
}();

// The length of `s` as a JSON string, quotes included. Counting needs no output, so a block with
// something to escape adds the widths of its flagged bytes instead of leaving the fast loop;
// ECS-TD-051 counts every task definition it validates.
inline std::size_t escaped_length(std::string_view s) noexcept {
    std::size_t n = s.size() + 2;
    const char* p = s.data();
    const char* const end = p + s.size();
    auto extra = [&](const char* at) { n += escaped_width[static_cast<unsigned char>(*at)] - 1u; };
#if defined(__SSE2__)
    for (; end - p >= 16; p += 16) {
        for (unsigned m = special_mask(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p))); m; m &= m - 1)
            extra(p + std::countr_zero(m));
    }
#endif
    for (; end - p >= 8; p += 8) {
        // special_bytes may also flag a clean byte above a flagged one; its width adds nothing.
        if (special_bytes(load_word(p)))
            for (int k = 0; k < 8; ++k) extra(p + k);
    }
    for (; p != end; ++p) extra(p);
    return n;
}

// The room kept beyond the remaining input and the closing quote: block stores write whole blocks
// and advance the cursor by the clean bytes only.
inline constexpr std::size_t escape_slack = 16;

template <class Sink>
void write_escaped(Sink& out, std::string_view s) {
    if constexpr (std::is_same_v<Sink, size_sink>) {
        out.add(escaped_length(s));
        return;
    } else if constexpr (std::is_same_v<Sink, size_bound_sink>) {
        out.add(widest_escape * s.size() + 2);
        return;
    }
    const char* p = s.data();
    const char* const end = p + s.size();
    out.reserve(s.size() + 2 + escape_slack);
    out.put('"');
    for (;;) {
        // Each step copies the clean bytes before the first one to escape (all of them when there
        // is none), then escapes that one.
        auto left = static_cast<std::size_t>(end - p);
        std::size_t clean;
#if defined(__SSE2__)
        if (left >= 16) {
            __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
            unsigned m = special_mask(v);
            if (!m) [[likely]] {
                out.put_block(v, 16);
                p += 16;
                continue;
            }
            clean = static_cast<std::size_t>(std::countr_zero(m));
            out.put_block(v, clean);
        } else
#endif
        if (left >= 8) {
            std::uint64_t w = load_word(p);
            std::uint64_t f = special_bytes(w);
            if (!f) [[likely]] {
                out.put_word(w, 8);
                p += 8;
                continue;
            }
            clean = static_cast<std::size_t>(std::countr_zero(f)) / 8;
            out.put_word(w, clean);
        } else if (left > 0) {
            std::uint64_t w = load_tail(end, left, s.size());
            std::uint64_t f = special_bytes(w);
            if (!f) [[likely]] {
                out.put_word(w, left);
                break;
            }
            clean = static_cast<std::size_t>(std::countr_zero(f)) / 8;
            out.put_word(w, clean);
        } else {
            break;
        }
        p += clean;
        write_escape(out, static_cast<unsigned char>(*p), left - clean);
        ++p;
    }
    out.put('"');
}

template <class Sink>
void write_literal(Sink& out, std::string_view s) {
    out.reserve(s.size());
    out.put(s.data(), s.size());
}

template <class Sink, class I>
void write_integer(Sink& out, I v) {
    out.reserve(24);
    char* p = out.cursor();
    out.advance_to(std::to_chars(p, p + 24, v).ptr);
}

template <class Sink>
void write_double(Sink& out, double d) {
    if (!std::isfinite(d)) {
        write_literal(out, "null"); // JSON has no infinity; decoding never produces one
        return;
    }
    if (d == 0 && std::signbit(d)) {
        write_literal(out, "-0.0"); // "-0" would read back as the integer 0 and lose the sign
        return;
    }
    out.reserve(32);
    char* p = out.cursor();
    out.advance_to(std::to_chars(p, p + 32, d).ptr);
}

template <class Sink, time_format F>
void write_timestamp(Sink& out, const timestamp<F>& t) {
    static_assert(timestamp<F>::max_wire_size + 2 <= size_sink::scratch_size);
    out.reserve(timestamp<F>::max_wire_size + 2);
    char* p = out.cursor();
    // ISO 8601 text is digits, '-', ':', '.', 'T' and 'Z': nothing to escape.
    if constexpr (F == time_format::iso8601) *p++ = '"';
    p = t.write_wire(p);
    if constexpr (F == time_format::iso8601) *p++ = '"';
    out.advance_to(p);
}

template <class F>
inline constexpr auto quoted_key = [] {
    std::array<char, F::name.size() + 4> k{};
    k[0] = ',';
    k[1] = '"';
    for (std::size_t i = 0; i < F::name.size(); ++i) k[i + 2] = F::name[i]; // wire names need no escaping
    k[F::name.size() + 2] = '"';
    k[F::name.size() + 3] = ':';
    return k;
}();

// Every member and element is written with a leading comma; the first comma becomes the opening
// bracket at the end (or the bracket is written then when there was nothing), which spares a
// test per member.
template <class Sink>
BOOST_FORCEINLINE void close_container(Sink& out, std::size_t start, char open, char close) {
    if (out.position() == start) {
        out.reserve(2);
        out.put(open);
    } else {
        out.reserve(1);
        out.overwrite(start, open);
    }
    out.put(close);
}

} // namespace awsmodel::core::detail

#endif
