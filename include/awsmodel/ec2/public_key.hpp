// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_EC2_PUBLIC_KEY_HPP
#define AWSMODEL_EC2_PUBLIC_KEY_HPP

/// The public keys that ImportKeyPair takes (EC2-KP-006, EC2-KP-007): what the key file holds,
/// read far enough to know the algorithm and the RSA modulus length, which is what EC2 checks.
/// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/create-key-pairs.html#how-to-generate-your-own-key-and-import-it-to-aws
///
/// Accepted: an OpenSSH public key line (`ssh-rsa` or `ssh-ed25519`), an RFC 4716 SSH2 public key
/// file (RSA only), a base64 DER SubjectPublicKeyInfo (RSA only), also in PEM armour
/// (`-----BEGIN PUBLIC KEY-----`). RSA moduli of 1024, 2048 or 4096 bits.
///
/// No message produced here quotes the material: when a person pastes a private key by mistake,
/// the findings must be safe to log.

#include <awsmodel/core/rule_id.hpp>
#include <awsmodel/core/base64.hpp>
#include <awsmodel/core/diagnostic.hpp>
#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/checker.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace awsmodel::ec2 {

/// botocore ec2 `KeyType`.
enum class key_type { rsa, ed25519 };
constexpr auto wire_names(key_type) noexcept { return std::to_array<std::string_view>({"rsa", "ed25519"}); }
constexpr core::rule_id enum_rule(key_type) noexcept { return "EC2-KP-003"; }

/// How a public key file is written.
enum class public_key_format {
    openssh,      ///< `ssh-ed25519 AAAA... comment`, as in ~/.ssh/id_ed25519.pub and authorized_keys
    rfc4716,      ///< `---- BEGIN SSH2 PUBLIC KEY ----` (ssh-keygen -e)
    pem_spki,     ///< `-----BEGIN PUBLIC KEY-----` (openssl rsa -pubout)
    base64_der,   ///< the base64 of a DER SubjectPublicKeyInfo, without armour
    binary_der,   ///< the DER bytes themselves
};

/// What a usable public key file holds.
struct public_key_summary {
    key_type type = key_type::rsa;
    public_key_format format = public_key_format::openssh;
    std::size_t bits = 0; ///< the RSA modulus length; 256 for ED25519
};

/// A finding about a key file, before it is placed at a pointer under a rule.
struct public_key_finding {
    core::severity level = core::severity::error;
    std::string message;
};

/// The outcome of `inspect_public_key`: the key when one was found (possibly with warnings), and
/// every finding.
struct public_key_report {
    std::optional<public_key_summary> key;
    std::vector<public_key_finding> findings;

    bool acceptable() const noexcept {
        for (const auto& f : findings)
            if (f.level == core::severity::error) return false;
        return key.has_value();
    }
};

/// RSA modulus lengths EC2 imports. AWS lists 1024, 2048 and 4096; 3072 is not listed, so it is
/// reported as a warning rather than an error.
inline constexpr std::array<std::size_t, 3> accepted_rsa_bits{1024, 2048, 4096};

namespace detail {

inline constexpr std::string_view accepted_formats =
    "EC2 imports an OpenSSH public key (ssh-rsa or ssh-ed25519), an RFC 4716 SSH2 public key (RSA), "
    "or a base64 DER / PEM \"BEGIN PUBLIC KEY\" SubjectPublicKeyInfo (RSA)";

inline bool is_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

inline std::string_view trim(std::string_view s) noexcept {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

inline std::vector<std::string_view> lines_of(std::string_view s) {
    std::vector<std::string_view> out;
    while (!s.empty()) {
        std::size_t n = s.find('\n');
        std::string_view line = s.substr(0, n);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        out.push_back(line);
        if (n == std::string_view::npos) break;
        s.remove_prefix(n + 1);
    }
    return out;
}

/// Length in bits of a non-negative big-endian integer, leading zero bytes ignored.
inline std::size_t bit_length(std::string_view magnitude) noexcept {
    std::size_t i = 0;
    while (i < magnitude.size() && magnitude[i] == 0) ++i;
    if (i == magnitude.size()) return 0;
    auto top = static_cast<unsigned char>(magnitude[i]);
    std::size_t bits = (magnitude.size() - i - 1) * 8;
    while (top) {
        ++bits;
        top >>= 1;
    }
    return bits;
}

// The SSH wire encoding (RFC 4253 section 6.6): uint32 length-prefixed strings and mpints.
struct ssh_reader {
    std::string_view data;
    std::size_t pos = 0;

    bool string(std::string_view& out) noexcept {
        if (data.size() - pos < 4) return false;
        std::uint32_t n = 0;
        for (int i = 0; i < 4; ++i) n = (n << 8) | static_cast<unsigned char>(data[pos + i]);
        pos += 4;
        if (data.size() - pos < n) return false;
        out = data.substr(pos, n);
        pos += n;
        return true;
    }
    bool at_end() const noexcept { return pos == data.size(); }
};

// DER (X.690), only as far as SubjectPublicKeyInfo and RSAPublicKey need.
struct der_reader {
    std::string_view data;
    std::size_t pos = 0;

    bool next(unsigned char& tag, std::string_view& content) noexcept {
        if (data.size() - pos < 2) return false;
        tag = static_cast<unsigned char>(data[pos++]);
        std::size_t len = static_cast<unsigned char>(data[pos++]);
        if (len & 0x80) {
            std::size_t n = len & 0x7F;
            if (n == 0 || n > 4 || data.size() - pos < n) return false; // indefinite or absurd lengths
            len = 0;
            for (std::size_t i = 0; i < n; ++i) len = (len << 8) | static_cast<unsigned char>(data[pos++]);
        }
        if (data.size() - pos < len) return false;
        content = data.substr(pos, len);
        pos += len;
        return true;
    }
    bool at_end() const noexcept { return pos == data.size(); }
};

inline constexpr unsigned char der_integer = 0x02, der_bit_string = 0x03, der_null = 0x05, der_oid = 0x06,
                               der_sequence = 0x30;

inline constexpr std::string_view oid_rsa_encryption{"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01", 9};
inline constexpr std::string_view oid_ec_public_key{"\x2a\x86\x48\xce\x3d\x02\x01", 7};
inline constexpr std::string_view oid_dsa{"\x2a\x86\x48\xce\x38\x04\x01", 7};
inline constexpr std::string_view oid_ed25519{"\x2b\x65\x70", 3};

inline constexpr std::string_view make_ed25519 =
    "create an accepted key with ssh-keygen -t ed25519 (or ssh-keygen -t rsa -b 4096)";

class inspector {
public:
    public_key_report report;

    void error(std::string m) { report.findings.push_back({core::severity::error, std::move(m)}); }
    void warning(std::string m) { report.findings.push_back({core::severity::warning, std::move(m)}); }

    void file(std::string_view content) {
        std::string_view t = trim(content);
        if (t.substr(0, 3) == "\xEF\xBB\xBF") t = trim(t.substr(3));
        if (t.empty()) {
            error("the public key file is empty");
            return;
        }
        if (private_key(t)) return;
        if (t.substr(0, 5) == "---- ") {
            rfc4716(t);
        } else if (t.substr(0, 11) == "-----BEGIN ") {
            pem(t);
        } else if (static_cast<unsigned char>(t.front()) == der_sequence && !core::is_base64(t)) {
            der(content, public_key_format::binary_der);
        } else if (auto b = core::base64_decode(t, {true}); b && !b.bytes.empty() && static_cast<unsigned char>(b.bytes[0]) == der_sequence) {
            der(b.bytes, public_key_format::base64_der);
        } else if (b && b.bytes.substr(0, 15) == std::string_view("openssh-key-v1\0", 15)) {
            error(private_message("an OpenSSH private key (openssh-key-v1) without its armour"));
        } else {
            openssh(t);
        }
    }

private:
    static std::string private_message(std::string_view what) {
        return core::cat("this is ", what, ", not a public key: import only the public key (ssh-keygen -y -f KEYFILE "
                                           "prints it) and never send a private key to any API");
    }

    // Recognises private keys by their armour and magic alone, so that nothing of them is read.
    bool private_key(std::string_view t) {
        if (t.find("PRIVATE KEY-----") != std::string_view::npos) {
            std::size_t b = t.find("-----BEGIN ");
            std::string_view label = "PRIVATE KEY";
            if (b != std::string_view::npos) {
                std::size_t e = t.find("-----", b + 11);
                if (e != std::string_view::npos && e - (b + 11) <= 40) label = t.substr(b + 11, e - (b + 11));
            }
            // The label is one of a handful of fixed words (RSA, OPENSSH, ENCRYPTED...), never key content.
            bool plain = true;
            for (char c : label) plain = plain && ((c >= 'A' && c <= 'Z') || c == ' ' || (c >= '0' && c <= '9'));
            error(private_message(plain ? core::cat("a private key (\"-----BEGIN ", label, "-----\")")
                                        : std::string("a private key")));
            return true;
        }
        if (t.substr(0, 20) == "PuTTY-User-Key-File-") {
            error(private_message("a PuTTY private key (.ppk)"));
            return true;
        }
        if (t.find("openssh-key-v1") != std::string_view::npos) {
            error(private_message("an OpenSSH private key (openssh-key-v1)"));
            return true;
        }
        return false;
    }

    static std::string_view algorithm_name(std::string_view type) noexcept {
        if (type == "ssh-dss") return "a DSA key (ssh-dss)";
        if (type.substr(0, 11) == "ecdsa-sha2-") return "an ECDSA key (ecdsa-sha2-...)";
        if (type.substr(0, 3) == "sk-") return "a FIDO security-key key (sk-...)";
        if (type.find("-cert-v01@openssh.com") != std::string_view::npos)
            return "an OpenSSH certificate (...-cert-v01@openssh.com), not a key";
        return {};
    }

    // The SSH wire blob of a key: its type, then e and n (RSA) or 32 bytes (ED25519).
    void ssh_blob(std::string_view blob, std::string_view expected_type, public_key_format format) {
        ssh_reader r{blob};
        std::string_view type;
        if (!r.string(type)) {
            error("the key data is cut short: it does not start with the key type");
            return;
        }
        if (type != expected_type) {
            std::string_view named = type == "ssh-rsa" || type == "ssh-ed25519" || !algorithm_name(type).empty()
                                         ? type
                                         : std::string_view("another type");
            error(core::cat("the key line says \"", expected_type, "\" but the key data inside is \"", named,
                            "\"; the file was edited or pieced together from two keys: export the key again"));
            return;
        }
        if (type == "ssh-rsa") {
            std::string_view e, n;
            if (!r.string(e) || !r.string(n)) {
                error("the RSA key data is cut short: the exponent or the modulus is missing");
                return;
            }
            if (!r.at_end()) {
                error("the RSA key data has bytes after the modulus; export the key again");
                return;
            }
            if ((!e.empty() && (e[0] & 0x80)) || (!n.empty() && (n[0] & 0x80))) {
                error("the RSA key data holds a negative number; export the key again");
                return;
            }
            if (bit_length(e) < 2 || !(static_cast<unsigned char>(e.back()) & 1)) {
                error("the RSA public exponent is not an odd number of at least 3; the key is not usable");
                return;
            }
            rsa(bit_length(n), format);
        } else {
            std::string_view k;
            if (!r.string(k) || !r.at_end() || k.size() != 32) {
                error("the ED25519 key data is not a 32-byte key; export the key again");
                return;
            }
            report.key = public_key_summary{key_type::ed25519, format, 256};
        }
    }

    void rsa(std::size_t bits, public_key_format format) {
        report.key = public_key_summary{key_type::rsa, format, bits};
        for (auto a : accepted_rsa_bits)
            if (bits == a) return;
        if (bits == 3072) {
            warning("the RSA key is 3072 bits; AWS documents 1024, 2048 and 4096 bits for imported keys, so EC2 "
                    "may reject it: use 4096 bits (ssh-keygen -t rsa -b 4096) or ED25519");
            return;
        }
        error(core::cat("the RSA key is ", bits, " bits; EC2 imports 1024, 2048 or 4096-bit RSA keys: create one with "
                        "ssh-keygen -t rsa -b 4096, or use ED25519"));
    }

    void openssh(std::string_view t) {
        std::vector<std::string_view> keys;
        for (std::string_view line : lines_of(t)) {
            line = trim(line);
            if (!line.empty() && line.front() != '#') keys.push_back(line);
        }
        if (keys.size() > 1) {
            error(core::cat("the file holds ", keys.size(), " lines; a key pair is one public key: import one key (one line)"));
            return;
        }
        std::string_view line = keys.empty() ? t : keys.front();
        std::vector<std::string_view> tokens;
        for (std::size_t i = 0; i < line.size();) {
            while (i < line.size() && is_space(line[i])) ++i;
            std::size_t start = i;
            while (i < line.size() && !is_space(line[i])) ++i;
            if (i > start) tokens.push_back(line.substr(start, i - start));
        }
        // authorized_keys lines may start with options; the key type is the first token that names one.
        std::size_t at = tokens.size();
        for (std::size_t i = 0; i < tokens.size() && i < 2; ++i) {
            std::string_view k = tokens[i];
            if (k == "ssh-rsa" || k == "ssh-ed25519" || !algorithm_name(k).empty()) {
                at = i;
                break;
            }
        }
        if (at == tokens.size()) {
            error(core::cat("the file is not a public key in a format EC2 imports; ", accepted_formats));
            return;
        }
        std::string_view type = tokens[at];
        if (type != "ssh-rsa" && type != "ssh-ed25519") {
            error(core::cat("this is ", algorithm_name(type), "; EC2 imports RSA (ssh-rsa) and ED25519 (ssh-ed25519) keys only: ",
                            make_ed25519));
            return;
        }
        if (at + 1 >= tokens.size()) {
            error(core::cat("the \"", type, "\" line has no key data after the type"));
            return;
        }
        auto blob = core::base64_decode(tokens[at + 1]);
        if (!blob) {
            error(core::cat("the key data after \"", type, "\" ", core::describe(blob.problem)));
            return;
        }
        ssh_blob(blob.bytes, type, public_key_format::openssh);
    }

    void rfc4716(std::string_view t) {
        auto lines = lines_of(t);
        if (trim(lines.front()) != "---- BEGIN SSH2 PUBLIC KEY ----") {
            error(core::cat("the file starts like an RFC 4716 key but its first line is not \"---- BEGIN SSH2 PUBLIC KEY ----\"; ",
                            accepted_formats));
            return;
        }
        std::string body;
        bool headers = true, continued = false, ended = false;
        for (std::size_t i = 1; i < lines.size(); ++i) {
            std::string_view line = trim(lines[i]);
            if (line == "---- END SSH2 PUBLIC KEY ----") {
                ended = true;
                break;
            }
            if (headers && (continued || line.find(':') != std::string_view::npos)) {
                continued = !line.empty() && line.back() == '\\';
                continue;
            }
            headers = false;
            body += line;
        }
        if (!ended) {
            error("the RFC 4716 key has no \"---- END SSH2 PUBLIC KEY ----\" line; the file is cut short");
            return;
        }
        auto blob = core::base64_decode(body);
        if (!blob) {
            error(core::cat("the RFC 4716 key body ", core::describe(blob.problem)));
            return;
        }
        ssh_reader r{blob.bytes};
        std::string_view type;
        if (!r.string(type)) {
            error("the RFC 4716 key data is cut short: it does not start with the key type");
            return;
        }
        if (type == "ssh-ed25519") {
            error("EC2 imports ED25519 keys in OpenSSH format only, not RFC 4716: convert it with "
                  "ssh-keygen -i -f KEYFILE and import that line");
            return;
        }
        if (type != "ssh-rsa") {
            std::string_view what = algorithm_name(type);
            error(core::cat("this is ", what.empty() ? std::string_view("a key of a type EC2 does not import") : what,
                            "; EC2 imports RSA keys in RFC 4716 format: ", make_ed25519));
            return;
        }
        ssh_blob(blob.bytes, "ssh-rsa", public_key_format::rfc4716);
    }

    void pem(std::string_view t) {
        std::size_t e = t.find("-----", 11);
        std::string_view label = e == std::string_view::npos ? std::string_view() : t.substr(11, e - 11);
        if (label == "RSA PUBLIC KEY") {
            error("this is a PKCS#1 \"RSA PUBLIC KEY\"; EC2 imports the SubjectPublicKeyInfo form (\"BEGIN PUBLIC KEY\"): "
                  "convert it with openssl rsa -RSAPublicKey_in -pubout -in KEYFILE");
            return;
        }
        if (label != "PUBLIC KEY") {
            bool known = label == "CERTIFICATE" || label == "SSH2 PUBLIC KEY" || label == "DSA PUBLIC KEY" ||
                         label == "EC PUBLIC KEY";
            error(core::cat("this PEM file holds ", known ? core::cat("a \"", label, "\"") : std::string("something"),
                            ", not a public key EC2 imports; ", accepted_formats));
            return;
        }
        std::size_t body_start = t.find('\n', e);
        std::size_t end = t.find("-----END PUBLIC KEY-----");
        if (body_start == std::string_view::npos || end == std::string_view::npos || end < body_start) {
            error("the PEM public key has no \"-----END PUBLIC KEY-----\" line; the file is cut short");
            return;
        }
        auto der_bytes = core::base64_decode(t.substr(body_start, end - body_start), {true});
        if (!der_bytes) {
            error(core::cat("the PEM body ", core::describe(der_bytes.problem)));
            return;
        }
        der(der_bytes.bytes, public_key_format::pem_spki);
    }

    void der(std::string_view bytes, public_key_format format) {
        der_reader outer{bytes};
        unsigned char tag;
        std::string_view seq;
        if (!outer.next(tag, seq) || tag != der_sequence || !outer.at_end()) {
            error("the DER data is not one complete ASN.1 SEQUENCE; export the key again (openssl rsa -pubout)");
            return;
        }
        der_reader in{seq};
        std::string_view first;
        if (!in.next(tag, first)) {
            error("the DER SubjectPublicKeyInfo is empty");
            return;
        }
        if (tag == der_integer) {
            // RSAPublicKey is two INTEGERs; private keys (PKCS#1, PKCS#8) start with a version INTEGER and go on.
            std::size_t count = 1;
            unsigned char t2;
            std::string_view c2;
            bool all_integers = true;
            while (!in.at_end() && in.next(t2, c2)) {
                ++count;
                all_integers = all_integers && t2 == der_integer;
            }
            if (count == 2 && all_integers)
                error("this is a PKCS#1 RSAPublicKey; EC2 imports the SubjectPublicKeyInfo form: convert it with "
                      "openssl rsa -RSAPublicKey_in -pubout -in KEYFILE");
            else
                error(private_message("a private key in DER form"));
            return;
        }
        std::string_view oid, bits;
        if (tag != der_sequence) {
            error("the DER data is not a SubjectPublicKeyInfo (no algorithm identifier)");
            return;
        }
        der_reader alg{first};
        if (!alg.next(tag, oid) || tag != der_oid) {
            error("the DER algorithm identifier has no object identifier");
            return;
        }
        if (oid != oid_rsa_encryption) {
            if (oid == oid_ec_public_key)
                error(core::cat("this is an ECDSA public key; EC2 imports RSA keys in DER form: ", make_ed25519));
            else if (oid == oid_dsa)
                error(core::cat("this is a DSA public key; EC2 imports RSA keys in DER form: ", make_ed25519));
            else if (oid == oid_ed25519)
                error("EC2 imports ED25519 keys in OpenSSH format only, not DER: use the .pub file ssh-keygen writes");
            else
                error(core::cat("the DER key is of an algorithm EC2 does not import; ", accepted_formats));
            return;
        }
        if (!in.next(tag, bits) || tag != der_bit_string || bits.empty() || bits[0] != 0 || !in.at_end()) {
            error("the DER RSA key has no well-formed BIT STRING after its algorithm; export the key again");
            return;
        }
        der_reader key{bits.substr(1)};
        std::string_view rsa_seq, n, e;
        if (!key.next(tag, rsa_seq) || tag != der_sequence || !key.at_end()) {
            error("the DER RSA key does not hold an RSAPublicKey SEQUENCE; export the key again");
            return;
        }
        der_reader nums{rsa_seq};
        unsigned char tn = 0, te = 0;
        if (!nums.next(tn, n) || !nums.next(te, e) || tn != der_integer || te != der_integer || !nums.at_end()) {
            error("the DER RSA key is not a modulus and an exponent; export the key again");
            return;
        }
        if ((!n.empty() && (n[0] & 0x80)) || (!e.empty() && (e[0] & 0x80)) || bit_length(e) < 2 ||
            !(static_cast<unsigned char>(e.back()) & 1)) {
            error("the DER RSA key's modulus or exponent is not a valid RSA number; export the key again");
            return;
        }
        if (format == public_key_format::binary_der)
            warning("this is binary DER; AWS documents the base64 of the DER for ImportKeyPair: encode the DER file "
                    "with base64 first (openssl rsa -pubin -outform DER | base64), or use the PEM or OpenSSH form");
        rsa(bit_length(n), format);
    }
};

} // namespace detail

/// Reads the content of a public key file (what `cat key.pub` prints) and says what it is and
/// what EC2 would object to. Never quotes the content.
inline public_key_report inspect_public_key(std::string_view file_content) {
    detail::inspector i;
    i.file(file_content);
    if (!i.report.acceptable() && i.report.findings.empty()) i.error("the file is not a public key EC2 imports");
    return std::move(i.report);
}

/// ImportKeyPair's `PublicKeyMaterial`: a blob, on the wire the base64 of the key file's content.
/// The wire text is kept as it came; `decode()` gives the file content when it is wanted.
class public_key_material {
public:
    using wire_type = std::string;

    public_key_material() = default;

    /// The wire form: base64 of the key file content.
    static public_key_material from_wire(std::string base64) {
        public_key_material m;
        m.wire_ = std::move(base64);
        return m;
    }
    /// From the key file content itself (`ssh-ed25519 AAAA... me@host`): encoded once, here, so
    /// that it cannot be encoded twice or not at all.
    static public_key_material from_file_content(std::string_view content) {
        return from_wire(core::base64_encode(content));
    }

    const std::string& wire() const noexcept { return wire_; }
    /// The key file content, or why the wire text is not base64.
    core::base64_decoded decode() const { return core::base64_decode(wire_); }

    friend bool operator==(const public_key_material&, const public_key_material&) = default;

private:
    std::string wire_;
};

namespace detail {
inline bool looks_like_key_text(std::string_view s) noexcept {
    s = trim(s);
    return s.substr(0, 4) == "ssh-" || s.substr(0, 6) == "ecdsa-" || s.substr(0, 3) == "sk-" ||
           s.substr(0, 5) == "---- " || s.substr(0, 5) == "-----" || s.substr(0, 20) == "PuTTY-User-Key-File-";
}
} // namespace detail

/// EC2-KP-006 (the wire text is the base64 of the key file, once) and EC2-KP-007 (the file is a
/// key EC2 imports), reported at `pointer` relative to the checker's position.
inline void check_public_key_material(const public_key_material& m, core::checker_like auto& c,
                                      std::string_view pointer = "/PublicKeyMaterial") {
    auto report_key = [&](std::string_view content) {
        for (auto& f : inspect_public_key(content).findings)
            c.add("EC2-KP-007", f.level, pointer, std::move(f.message));
    };
    if (m.wire().empty()) {
        c.error("EC2-KP-006", pointer,
                "PublicKeyMaterial is empty; give the base64 encoding of the public key file (base64 -w0 KEYFILE.pub)");
        return;
    }
    auto file = m.decode();
    if (!file) {
        if (detail::looks_like_key_text(m.wire())) {
            c.error("EC2-KP-006", pointer,
                    "PublicKeyMaterial holds the key file's text itself; on the wire it is the base64 of that text: "
                    "encode it once (base64 -w0 KEYFILE.pub), or let an SDK do it (fileb:// in the AWS CLI)");
            report_key(m.wire());
        } else {
            c.error("EC2-KP-006", pointer,
                    core::cat("PublicKeyMaterial is not base64: it ", core::describe(file.problem), " (at character ",
                              file.offset, "); give the base64 of the public key file"));
        }
        return;
    }
    // base64 of base64: an SDK that encodes blobs was handed text that was already encoded.
    std::string_view inner_text = detail::trim(file.bytes);
    if (auto inner = core::base64_decode(inner_text, {true}); inner && detail::looks_like_key_text(inner.bytes)) {
        c.error("EC2-KP-006", pointer,
                "PublicKeyMaterial is base64-encoded twice: decoding it once gives base64 text, not the key file; "
                "encode the key file only once");
        report_key(inner.bytes);
        return;
    }
    report_key(file.bytes);
}

} // namespace awsmodel::ec2

#endif
