// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CORE_BASE64_HPP
#define AWSMODEL_CORE_BASE64_HPP

/// Base64 as AWS blobs use it (RFC 4648 section 4, standard alphabet, padded). Decoding is strict
/// by default, because a blob that a lenient decoder would "repair" (missing padding, stray line
/// breaks, URL-safe letters) is exactly the mistake a person wants to hear about before AWS
/// rejects the request or, worse, stores different bytes than they meant.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace awsmodel::core {

/// Why a text is not canonical base64.
enum class base64_problem {
    none,
    bad_length,          ///< not a multiple of 4 characters (padding missing or text cut off)
    bad_character,       ///< outside A-Z a-z 0-9 + / =
    url_safe_character,  ///< '-' or '_': the URL-safe alphabet, which blobs do not use
    whitespace,          ///< a space or line break where `skip_whitespace` is off
    misplaced_padding,   ///< '=' before the end, or more than two
    nonzero_padding_bits ///< the last character carries bits that are not zero: not canonical
};

/// A sentence fragment for messages: "has a character outside the base64 alphabet".
constexpr std::string_view describe(base64_problem p) noexcept {
    switch (p) {
    case base64_problem::none: return "is valid base64";
    case base64_problem::bad_length: return "is not a multiple of 4 characters long (padding '=' missing or the text is cut off)";
    case base64_problem::bad_character: return "has a character outside the base64 alphabet (A-Z a-z 0-9 + / =)";
    case base64_problem::url_safe_character:
        return "uses the URL-safe alphabet ('-' or '_'); AWS blobs use the standard alphabet ('+' and '/')";
    case base64_problem::whitespace: return "contains spaces or line breaks (encode without wrapping, e.g. base64 -w0)";
    case base64_problem::misplaced_padding: return "has '=' padding before its end or more than two '='";
    case base64_problem::nonzero_padding_bits:
        return "ends in a character whose unused bits are not zero, so it is not the canonical encoding of any bytes";
    }
    return "is not valid base64";
}

struct base64_options {
    /// Ignore spaces, tabs and line breaks between characters (PEM and RFC 4716 bodies wrap lines).
    bool skip_whitespace = false;
};

/// The bytes of a base64 text, or why there are none. `offset` is the position in the text of
/// the first offending character (the text length for `bad_length`).
struct base64_decoded {
    std::string bytes;
    base64_problem problem = base64_problem::none;
    std::size_t offset = 0;

    explicit operator bool() const noexcept { return problem == base64_problem::none; }
};

namespace detail {
constexpr int base64_value(char c) noexcept {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}
constexpr bool base64_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
} // namespace detail

/// Decodes strictly: standard alphabet, padding required, nothing after the padding, unused bits
/// zero. With `skip_whitespace`, whitespace anywhere is ignored and everything else is as strict.
inline base64_decoded base64_decode(std::string_view text, base64_options opt = {}) {
    base64_decoded r;
    r.bytes.reserve(text.size() / 4 * 3);
    std::uint32_t group = 0;
    int in_group = 0;    // characters of the current 4-character group seen
    int padding = 0;     // '=' seen
    std::size_t count = 0; // significant characters
    std::size_t last_data = 0;
    auto fail = [&r](base64_problem p, std::size_t at) {
        r.bytes.clear();
        r.problem = p;
        r.offset = at;
        return r;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (detail::base64_space(c)) {
            if (!opt.skip_whitespace) return fail(base64_problem::whitespace, i);
            continue;
        }
        ++count;
        if (c == '=') {
            // Padding fills the last group only: "xx==" or "xxx=".
            if (in_group < 2) return fail(base64_problem::misplaced_padding, i);
            ++padding;
            ++in_group;
            if (in_group == 4) in_group = 0;
            continue;
        }
        if (padding) return fail(base64_problem::misplaced_padding, i);
        int v = detail::base64_value(c);
        if (v < 0) return fail(c == '-' || c == '_' ? base64_problem::url_safe_character : base64_problem::bad_character, i);
        last_data = i;
        group = (group << 6) | static_cast<std::uint32_t>(v);
        if (++in_group == 4) {
            r.bytes += static_cast<char>((group >> 16) & 0xFF);
            r.bytes += static_cast<char>((group >> 8) & 0xFF);
            r.bytes += static_cast<char>(group & 0xFF);
            group = 0;
            in_group = 0;
        }
    }
    if (count % 4 != 0) return fail(base64_problem::bad_length, text.size());
    if (padding == 1) {
        // 3 characters carry 18 bits: 16 of data and 2 that must be zero.
        if (group & 0x3) return fail(base64_problem::nonzero_padding_bits, last_data);
        r.bytes += static_cast<char>((group >> 10) & 0xFF);
        r.bytes += static_cast<char>((group >> 2) & 0xFF);
    } else if (padding == 2) {
        // 2 characters carry 12 bits: 8 of data and 4 that must be zero.
        if (group & 0xF) return fail(base64_problem::nonzero_padding_bits, last_data);
        r.bytes += static_cast<char>((group >> 4) & 0xFF);
    }
    return r;
}

/// True when `text` is canonical base64 (strict, no whitespace).
inline bool is_base64(std::string_view text) { return static_cast<bool>(base64_decode(text)); }

/// The canonical, padded, unwrapped encoding of `bytes`.
inline std::string base64_encode(std::string_view bytes) {
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        std::uint32_t g = static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i])) << 16 |
                          static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i + 1])) << 8 |
                          static_cast<unsigned char>(bytes[i + 2]);
        out += alphabet[g >> 18];
        out += alphabet[(g >> 12) & 63];
        out += alphabet[(g >> 6) & 63];
        out += alphabet[g & 63];
    }
    std::size_t rest = bytes.size() - i;
    if (rest) {
        std::uint32_t g = static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i])) << 16;
        if (rest == 2) g |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i + 1])) << 8;
        out += alphabet[g >> 18];
        out += alphabet[(g >> 12) & 63];
        out += rest == 2 ? alphabet[(g >> 6) & 63] : '=';
        out += '=';
    }
    return out;
}

} // namespace awsmodel::core

#endif
