// EC2-KP-006 and EC2-KP-007: ImportKeyPair's material is decoded and the key inside read, not
// pattern-matched. The keys below are public keys made with ssh-keygen and openssl for these tests
// (their private halves were never kept); some cases build SSH key blobs by hand to reach exact
// modulus lengths and malformed structures that no tool writes.
#include <awsmodel/core/base64.hpp>
#include <awsmodel/core/json.hpp>
#include <awsmodel/ec2/key_pair.hpp>
#include <awsmodel/testing/boost_test.hpp>

#include <boost/test/data/test_case.hpp>
#include "../support/rule_case.hpp"
#include <boost/test/unit_test.hpp>

#include <string>

using namespace awsmodel;
namespace bdata = boost::unit_test::data;

namespace {

const std::string openssh_rsa1024 = R"KEY(ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQC15cBXyKCuK9UxA2B1lQm+I+O3iS8HYH1dCB+cpSxjF5Xlw8QOMVbV9ixspbtUsKqpUouQv5QKm3HlXuVguLaW6TvKkmNn5AXcpYqz7gI8vJ+PkiI27edvhySaF75v2TPfEbnwjpRtvOINN0L+2qBN/J9/OqBZqF1O15bfkash2w== test-rsa-1024
)KEY";
const std::string openssh_rsa2048 = R"KEY(ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCfrLPG6SnbQEGgld0/sMAkfoX76tc3tdbPZUW43zCG6rjMm0lUiDPpjrs4kxUzPnXjuyI1CwojKBifk0OKK6tMieRh0o0GHfs228qEz68FeVwRIrF0luTgSyYZLOonpirN7Ptwo6J++3opt9OActzV6D04x1QksTT6bOTuCZR9XiKMlHO4CVX0on/E/bTmGaBI5CdHqwIfsOtILGBNWnMckKWCeIDx8sM5PumPW2MuAZE+3j5mjmn2l/VzMhp9Kzato1G+Ews7m888KmoisGRUmWQjNIfPYTjf3LuBKgIYd/958aKv/p8MuDrW/lLhfaFts59M4BXxUw7H58H+RomV test-rsa-2048
)KEY";
const std::string openssh_rsa3072 = R"KEY(ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQDUdHwvy4vRGN0CkJ5qoyW1H9ULOtVKaifM/2VWbHt1EaGvBRr4rA0eslPrhAD/15mxgmNWynZHC3qOb2HWZJRfSudzLXNhklcGb1jAOPmU+h/y4R3b7dUfGIEdnmwwkQbmTw1WUjUjFDQZig0Yn1P25Dt37XHvMcpX8c4kRWiCF6ZnULkt+ESIx8wwc4WN+q/1WeTcsyVYOTa1DjfnWt0t/sBrQZ0Y7Y/UU5jG9dafrBs6PKxYeEebyB78xw+cpKSV6/Ywqf6rBp7TshVgR7NKDhOQgL2GWNozmj5Ij5R+r7yRTPKoust1LSYU1S8Acff3O0X30Lo9OP4rOi1VDMIGx8MevSLWKLLL2LECqUaX45Xj8uCpSTmQcVIkVFvz8+ulBZ0RckKZnzz4rneC4bZvGd6/izp52GDzZJO0049XaDLRWluqD9WXULLEWeaSRmlYQWZI6A19uamYebev3wst/QMrAyrHMx1OlZdTw3I7nJbThtb+3k5WXAud9UHIpN0= test-rsa-3072
)KEY";
const std::string openssh_rsa4096 = R"KEY(ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAACAQCu87oR6PIrPOY34tM56cjRuZnLmRDE8XHxT34GoCg3ZBD6EjN+HYUlxcI0OLuMCZy5Ct8hn03px5Tollon822+KzDWFdkMtEZM6mV+C3M7dZUzbGi4Vq0fK4MR9t9yEbTBGcI3IcgyzGIq6O0pWB3V7EGFVvalO7n9MXVhZvCNADpseu9k4DDnmkP1hkApnoEDx/s/MhDCqsiMqJO+fzeSPWC3QbK2/eDQWJgbHNGOdz3ung/HqKUHAO9RNkvB19QBHcwe06jIkuYmyCjsaxBreJYGfegwbVRkJUM8pY1ttWGZKFKcLPyCFB1Cb5dF0E7uQe6Y8bKLzWSuI1iz2YLeHqGQ2S1Oz9KW35u/VSRoHsjamYLhOck63JAB+NF/qVGS4vBYSKCMp+XkkXsYMQe8PXNmIwTzI4wAOY32wg6Gs5krWO5subdnBB4Qnt9FdWqiu3V99qRYWdqZzaKuvG7Cu+ss4OR72bQoj7hoDvBogR/xY2/qUwA3ka1JmZDPcbHwz1QAEYzDen22c1ponmI66pXv8pJa+uNSV0ZC73TjEvGQhi1fpsCABx3CissTFb0C4xJCTzcD1E+0rptoDq0Y9/N7/5WlvaF0j1oYSywWQggoBGAHEtWtmfLM2zlYP11wH7l/n24pQRwXZHFe/uL111QjQCYwpyeX9lpD7sAdpQ== test-rsa-4096
)KEY";
const std::string openssh_rsa1536 = R"KEY(ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAwQDg0Y6tP4wf0HMCodwLKVMC1BtSZFKeXtXXocyuAB9oTDNZq3nqXP1Vt78qWSFzKxNxX/iIQ+WnoYvwSdY/qS/gRHd/wnwKBWmRSLGThoCcZVoNJz/NhDOF9b0Vb3PMVyEP/L0m09dEY4INjm4E1L6chNN9XQYJfeZpmvtft9pDQ0sDH2hJ4mlhZ0QS7Ez1UDH9gNJs24dDharp9z3xsd7ric7KB1/AH+kpwmF0T0BVOZr2vQi34QyH+k0Z9r3hN78=
)KEY";
const std::string openssh_ed = R"KEY(ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAID9SOQo5VFK1mVngE6wN8OxvIaAi2N6w/uNSZUBpy48j awsmodel-example
)KEY";
const std::string openssh_ec = R"KEY(ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBJ8D0Vz3+dNd6i30hgmIlK6LmJUYty/q29eVZAyHeGCbTH4ceMwQHuzTikPcT+Xxl2GGfXRiAuy+rO6czu0ZCqA= ec
)KEY";
const std::string openssh_dsa = R"KEY(ssh-dss AAAAB3NzaC1kc3MAAACBAIc26KAATMl02Srfmb98lfdpBhBC59qn+wv/DGwnlvpfhZF+eZxNBHntRS1pwFeiOJE8TxBS0RTZ0CkwVrh8f6u6nVllNu+/aIqCuXssrgntY8casoHfxuJpgVrsh6had7NUhg0xlJYR+xlgpYRWlQsYQ8wEIETV23OORg9pc21DAAAAFQCvToFG+adLCw7dPZEELBzobSuR8wAAAIAWIXeO7qFNRxQtfqzp8T4wNrS28MUfGT/XKwPyPIaYgO71qwsCkcXAuEF84uG3VBrZYovVsFGQjqSYXoN3QruZxkvX/OsK9f14NtE7fQHx0BYC+mrFS8EyQZ2d6nyAPKHHP/DMTarndYKs6K5VwbVNYh7kAPeLREL5ZM0HduD6fwAAAIAOPIL0c3psmAYsxTvERcZZYZkNWA2NyWdt5LeG21Z+DNrqeFpOjCailD9e0c1EZlk0uQBILH2vL/y2PIMw4pfAGWASqs3GqA3nCWOcjoqLiScsu0g9UuoDXh3kr+XYS6vY6wAxvshUcjURRiqFJl1Zxq4j6R2fb/CKwUNRjmTcUQ== dsa
)KEY";
const std::string rfc4716_rsa1024 = R"KEY(---- BEGIN SSH2 PUBLIC KEY ----
Comment: "1024-bit RSA, converted by root@vm from OpenSSH"
AAAAB3NzaC1yc2EAAAADAQABAAAAgQC15cBXyKCuK9UxA2B1lQm+I+O3iS8HYH1dCB+cpS
xjF5Xlw8QOMVbV9ixspbtUsKqpUouQv5QKm3HlXuVguLaW6TvKkmNn5AXcpYqz7gI8vJ+P
kiI27edvhySaF75v2TPfEbnwjpRtvOINN0L+2qBN/J9/OqBZqF1O15bfkash2w==
---- END SSH2 PUBLIC KEY ----
)KEY";
const std::string rfc4716_ed25519 = R"KEY(---- BEGIN SSH2 PUBLIC KEY ----
Comment: "256-bit ED25519, converted by root@vm from OpenSSH"
AAAAC3NzaC1lZDI1NTE5AAAAID9SOQo5VFK1mVngE6wN8OxvIaAi2N6w/uNSZUBpy48j
---- END SSH2 PUBLIC KEY ----
)KEY";
const std::string pem_rsa2048 = R"KEY(-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAn6yzxukp20BBoJXdP7DA
JH6F++rXN7XWz2VFuN8whuq4zJtJVIgz6Y67OJMVMz5147siNQsKIygYn5NDiiur
TInkYdKNBh37NtvKhM+vBXlcESKxdJbk4EsmGSzqJ6Yqzez7cKOifvt6KbfTgHLc
1eg9OMdUJLE0+mzk7gmUfV4ijJRzuAlV9KJ/xP205hmgSOQnR6sCH7DrSCxgTVpz
HJClgniA8fLDOT7pj1tjLgGRPt4+Zo5p9pf1czIafSs2raNRvhMLO5vPPCpqIrBk
VJlkIzSHz2E439y7gSoCGHf/efGir/6fDLg61v5S4X2hbbOfTOAV8VMOx+fB/kaJ
lQIDAQAB
-----END PUBLIC KEY-----
)KEY";
const std::string pem_rsa4096 = R"KEY(-----BEGIN PUBLIC KEY-----
MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEArvO6EejyKzzmN+LTOenI
0bmZy5kQxPFx8U9+BqAoN2QQ+hIzfh2FJcXCNDi7jAmcuQrfIZ9N6ceU6JZaJ/Nt
visw1hXZDLRGTOplfgtzO3WVM2xouFatHyuDEfbfchG0wRnCNyHIMsxiKujtKVgd
1exBhVb2pTu5/TF1YWbwjQA6bHrvZOAw55pD9YZAKZ6BA8f7PzIQwqrIjKiTvn83
kj1gt0Gytv3g0FiYGxzRjnc97p4Px6ilBwDvUTZLwdfUAR3MHtOoyJLmJsgo7GsQ
a3iWBn3oMG1UZCVDPKWNbbVhmShSnCz8ghQdQm+XRdBO7kHumPGyi81kriNYs9mC
3h6hkNktTs/Slt+bv1UkaB7I2pmC4TnJOtyQAfjRf6lRkuLwWEigjKfl5JF7GDEH
vD1zZiME8yOMADmN9sIOhrOZK1jubLm3ZwQeEJ7fRXVqort1ffakWFnamc2irrxu
wrvrLODke9m0KI+4aA7waIEf8WNv6lMAN5GtSZmQz3Gx8M9UABGMw3p9tnNaaJ5i
OuqV7/KSWvrjUldGQu904xLxkIYtX6bAgAcdworLExW9AuMSQk83A9RPtK6baA6t
GPfze/+Vpb2hdI9aGEssFkIIKARgBxLVrZnyzNs5WD9dcB+5f59uKUEcF2RxXv7i
9ddUI0AmMKcnl/ZaQ+7AHaUCAwEAAQ==
-----END PUBLIC KEY-----
)KEY";
const std::string pkcs1_rsa1024 = R"KEY(-----BEGIN RSA PUBLIC KEY-----
MIGJAoGBALXlwFfIoK4r1TEDYHWVCb4j47eJLwdgfV0IH5ylLGMXleXDxA4xVtX2
LGylu1SwqqlSi5C/lAqbceVe5WC4tpbpO8qSY2fkBdylirPuAjy8n4+SIjbt52+H
JJoXvm/ZM98RufCOlG284g03Qv7aoE38n386oFmoXU7Xlt+RqyHbAgMBAAE=
-----END RSA PUBLIC KEY-----
)KEY";
const std::string pem_ecdsa = R"KEY(-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEnwPRXPf5013qLfSGCYiUrouYlRi3
L+rb15VkDId4YJtMfhx4zBAe7NOKQ9xP5fGXYYZ9dGIC7L6s7pzO7RkKoA==
-----END PUBLIC KEY-----
)KEY";
const std::string pem_ed25519 = R"KEY(-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEAB3rkXfv782Vq5RrzyPyDp+uptYX7+RT2Y86Q/m02MIg=
-----END PUBLIC KEY-----
)KEY";

// --- hand-made SSH and DER structures -------------------------------------------------------

std::string u32(std::size_t n) {
    return {static_cast<char>(n >> 24 & 0xFF), static_cast<char>(n >> 16 & 0xFF), static_cast<char>(n >> 8 & 0xFF),
            static_cast<char>(n & 0xFF)};
}
std::string ssh_string(std::string_view s) { return u32(s.size()) + std::string(s); }

// A modulus of exactly `bits` bits. It is no product of primes: EC2, like this library, reads its length.
std::string modulus(std::size_t bits) {
    std::string n((bits + 7) / 8, '\xff');
    n[0] = static_cast<char>((1u << ((bits - 1) % 8 + 1)) - 1);
    if (static_cast<unsigned char>(n[0]) & 0x80) n.insert(n.begin(), '\0'); // mpints are signed
    return n;
}
const std::string f4{"\x01\x00\x01", 3}; // 65537
std::string rsa_blob(std::size_t bits) { return ssh_string("ssh-rsa") + ssh_string(f4) + ssh_string(modulus(bits)); }
std::string line(std::string_view type, std::string_view blob) {
    return std::string(type) + " " + core::base64_encode(blob) + " made-by-hand\n";
}
std::string rsa_line(std::size_t bits) { return line("ssh-rsa", rsa_blob(bits)); }
std::string ed25519_blob() { return ssh_string("ssh-ed25519") + ssh_string(std::string(32, '\x07')); }

std::string der(unsigned char tag, std::string_view content) {
    std::string out(1, static_cast<char>(tag));
    if (content.size() < 0x80) {
        out += static_cast<char>(content.size());
    } else {
        out += '\x82';
        out += static_cast<char>(content.size() >> 8);
        out += static_cast<char>(content.size() & 0xFF);
    }
    return out + std::string(content);
}
const std::string oid_rsa{"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01", 9};

// The body of a PEM file: the base64 between its armour lines.
std::string pem_body(const std::string& pem) {
    std::string body;
    std::size_t start = pem.find('\n') + 1, end = pem.find("-----END");
    for (char c : pem.substr(start, end - start))
        if (c != '\n') body += c;
    return body;
}

// Clearly not a real key: armour around a marker, to prove messages never quote a private key.
const std::string fake_private_key = "-----BEGIN OPENSSH PRIVATE KEY-----\n"
                                     "NOT-A-REAL-KEY-PRIVATE-CONTENT-MARKER\n"
                                     "-----END OPENSSH PRIVATE KEY-----\n";

std::string b64(std::string_view file) { return core::base64_encode(file); }

// --- rule cases ------------------------------------------------------------------------------

// A case gives PublicKeyMaterial as it goes on the wire. The breaking one must report the rule at
// /PublicKeyMaterial with that severity; its near miss must not report the rule at all.
struct material_case {
    const char* name;
    const char* rule;
    core::severity level;
    std::string breaking;
    std::string near_miss;
};
std::ostream& operator<<(std::ostream& os, const material_case& c) { return os << c.rule << " " << c.name; }

const auto error = core::severity::error;

const material_case material_cases[] = {
    // EC2-KP-006: the wire text is the base64 of the file, exactly once.
    {"empty material", "EC2-KP-006", error, "", b64(openssh_ed)},
    {"key text instead of its base64", "EC2-KP-006", error, openssh_ed, b64(openssh_ed)},
    {"base64 applied twice", "EC2-KP-006", error, b64(b64(openssh_ed)), b64(openssh_ed)},
    {"not base64 at all", "EC2-KP-006", error, "c3NoLWVkMjU1MTkg*", b64(openssh_ed)},
    // 395 bytes: the encoding ends in one '='.
    {"padding missing", "EC2-KP-006", error, b64(openssh_rsa2048).substr(0, b64(openssh_rsa2048).size() - 1),
     b64(openssh_rsa2048)},
    {"wrapped at 76 columns", "EC2-KP-006", error, b64(openssh_rsa2048).insert(76, "\n"), b64(openssh_rsa2048)},
    // base64 DER is itself base64: one more layer is the documented format, not double encoding.
    {"DER base64 is not double encoding", "EC2-KP-006", error, b64(b64(openssh_rsa2048)), b64(pem_body(pem_rsa2048))},

    // EC2-KP-007: the key inside. RSA lengths: 1024, 2048, 4096; 3072 a warning.
    {"RSA 1536 bits (real key)", "EC2-KP-007", error, b64(openssh_rsa1536), b64(openssh_rsa2048)},
    {"RSA 1023 bits", "EC2-KP-007", error, b64(rsa_line(1023)), b64(rsa_line(1024))},
    {"RSA 2047 bits", "EC2-KP-007", error, b64(rsa_line(2047)), b64(rsa_line(2048))},
    {"RSA 2049 bits", "EC2-KP-007", error, b64(rsa_line(2049)), b64(rsa_line(2048))},
    {"RSA 4097 bits", "EC2-KP-007", error, b64(rsa_line(4097)), b64(rsa_line(4096))},
    {"RSA 8192 bits", "EC2-KP-007", error, b64(rsa_line(8192)), b64(openssh_rsa4096)},
    {"RSA 3072 bits (real key) is a warning", "EC2-KP-007", core::severity::warning, b64(openssh_rsa3072),
     b64(openssh_rsa4096)},
    {"DSA", "EC2-KP-007", error, b64(openssh_dsa), b64(openssh_rsa1024)},
    {"ECDSA", "EC2-KP-007", error, b64(openssh_ec), b64(openssh_ed)},
    {"FIDO security key", "EC2-KP-007", error,
     b64(line("sk-ssh-ed25519@openssh.com", ssh_string("sk-ssh-ed25519@openssh.com") + ssh_string(std::string(32, 'k')))),
     b64(line("ssh-ed25519", ed25519_blob()))},
    {"private key", "EC2-KP-007", error, b64(fake_private_key), b64(openssh_ed)},
    {"unarmoured openssh-key-v1", "EC2-KP-007", error,
     b64(b64(std::string("openssh-key-v1\0NOT-A-REAL-KEY", 29))), b64(openssh_ed)},
    {"PuTTY private key", "EC2-KP-007", error, b64("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\n"),
     b64(openssh_ed)},
    {"line type differs from the blob's", "EC2-KP-007", error, b64(line("ssh-ed25519", rsa_blob(2048))),
     b64(line("ssh-rsa", rsa_blob(2048)))},
    {"bytes after the RSA modulus", "EC2-KP-007", error, b64(line("ssh-rsa", rsa_blob(2048) + "xx")),
     b64(line("ssh-rsa", rsa_blob(2048)))},
    {"ED25519 key of 31 bytes", "EC2-KP-007", error,
     b64(line("ssh-ed25519", ssh_string("ssh-ed25519") + ssh_string(std::string(31, '\x07')))),
     b64(line("ssh-ed25519", ed25519_blob()))},
    {"RSA exponent even", "EC2-KP-007", error,
     b64(line("ssh-rsa", ssh_string("ssh-rsa") + ssh_string(std::string("\x01\x00\x00", 3)) + ssh_string(modulus(2048)))),
     b64(line("ssh-rsa", ssh_string("ssh-rsa") + ssh_string(std::string("\x03", 1)) + ssh_string(modulus(2048))))},
    {"key data cut short", "EC2-KP-007", error, b64(line("ssh-rsa", rsa_blob(2048).substr(0, 40))),
     b64(line("ssh-rsa", rsa_blob(2048)))},
    {"two keys in one file", "EC2-KP-007", error, b64(openssh_ed + openssh_rsa1024), b64("# laptop\n" + openssh_ed)},
    {"RFC 4716 ED25519 (RSA only)", "EC2-KP-007", error, b64(rfc4716_ed25519), b64(rfc4716_rsa1024)},
    {"RFC 4716 without END line", "EC2-KP-007", error, b64(rfc4716_rsa1024.substr(0, rfc4716_rsa1024.find("---- END"))),
     b64(rfc4716_rsa1024)},
    {"PEM ECDSA", "EC2-KP-007", error, b64(pem_ecdsa), b64(pem_rsa2048)},
    {"PEM ED25519 (OpenSSH only)", "EC2-KP-007", error, b64(pem_ed25519), b64(pem_rsa4096)},
    {"PKCS#1 RSA PUBLIC KEY", "EC2-KP-007", error, b64(pkcs1_rsa1024), b64(pem_rsa2048)},
    {"base64 DER with a cut length", "EC2-KP-007", error,
     b64(b64(core::base64_decode(pem_body(pem_rsa2048)).bytes.substr(0, 200))), b64(pem_body(pem_rsa2048))},
    {"base64 DER private key", "EC2-KP-007", error,
     b64(b64(der(0x30, der(0x02, std::string(1, '\0')) + der(0x30, der(0x06, oid_rsa) + der(0x05, "")) +
                           der(0x04, std::string(300, 'p'))))),
     b64(pem_body(pem_rsa4096))},
    {"not a key", "EC2-KP-007", error, b64("hello world\n"), b64(openssh_ed)},
};

core::diagnostics findings(const std::string& wire) {
    boost::json::object doc{{"KeyName", "imported"}, {"PublicKeyMaterial", wire}};
    auto r = core::decode<ec2::import_key_pair_request>(boost::json::serialize(doc));
    BOOST_TEST_REQUIRE(r.has_value(), "the test document must decode");
    return core::validate(*r);
}

// The row as the harness's case: the rule at /PublicKeyMaterial at the row's severity.
test_support::rule_case as_rule_case(const material_case& m) {
    return {m.rule, "/PublicKeyMaterial", m.breaking, m.near_miss, m.level};
}

} // namespace

BOOST_AUTO_TEST_SUITE(key_pair_public_key)

BOOST_DATA_TEST_CASE(breaking_material_reports_the_rule, bdata::make(material_cases), c) {
    test_support::check_breaking(as_rule_case(c), findings);
}

BOOST_DATA_TEST_CASE(near_miss_material_does_not_report_the_rule, bdata::make(material_cases), c) {
    // At no severity: a near miss of a warning is not an error either.
    test_support::check_near_miss(test_support::at_any_level(as_rule_case(c)), findings);
}

// What the inspector finds in each format, from keys real tools wrote.
struct format_case {
    const char* name;
    std::string file;
    ec2::key_type type;
    ec2::public_key_format format;
    std::size_t bits;
    bool warns;
};
std::ostream& operator<<(std::ostream& os, const format_case& c) { return os << c.name; }

const format_case format_cases[] = {
    {"OpenSSH RSA 1024", openssh_rsa1024, ec2::key_type::rsa, ec2::public_key_format::openssh, 1024, false},
    {"OpenSSH RSA 2048", openssh_rsa2048, ec2::key_type::rsa, ec2::public_key_format::openssh, 2048, false},
    {"OpenSSH RSA 3072", openssh_rsa3072, ec2::key_type::rsa, ec2::public_key_format::openssh, 3072, true},
    {"OpenSSH RSA 4096", openssh_rsa4096, ec2::key_type::rsa, ec2::public_key_format::openssh, 4096, false},
    {"OpenSSH ED25519", openssh_ed, ec2::key_type::ed25519, ec2::public_key_format::openssh, 256, false},
    {"authorized_keys line with options", "restrict,pty " + openssh_ed, ec2::key_type::ed25519,
     ec2::public_key_format::openssh, 256, false},
    {"CRLF line end", openssh_rsa2048.substr(0, openssh_rsa2048.size() - 1) + "\r\n", ec2::key_type::rsa,
     ec2::public_key_format::openssh, 2048, false},
    {"RFC 4716 RSA 1024", rfc4716_rsa1024, ec2::key_type::rsa, ec2::public_key_format::rfc4716, 1024, false},
    {"RFC 4716 with a continued header",
     "---- BEGIN SSH2 PUBLIC KEY ----\nComment: \"a long \\\ncomment\"\nx-owner: ops\n" +
         rfc4716_rsa1024.substr(rfc4716_rsa1024.find("AAAA")),
     ec2::key_type::rsa, ec2::public_key_format::rfc4716, 1024, false},
    {"PEM SubjectPublicKeyInfo RSA 2048", pem_rsa2048, ec2::key_type::rsa, ec2::public_key_format::pem_spki, 2048, false},
    {"PEM SubjectPublicKeyInfo RSA 4096", pem_rsa4096, ec2::key_type::rsa, ec2::public_key_format::pem_spki, 4096, false},
    {"base64 DER RSA 2048", pem_body(pem_rsa2048) + "\n", ec2::key_type::rsa, ec2::public_key_format::base64_der, 2048,
     false},
    {"binary DER RSA 2048 (undocumented: a warning)", core::base64_decode(pem_body(pem_rsa2048)).bytes,
     ec2::key_type::rsa, ec2::public_key_format::binary_der, 2048, true},
};

BOOST_DATA_TEST_CASE(inspect_reads_type_format_and_length, bdata::make(format_cases), c) {
    auto r = ec2::inspect_public_key(c.file);
    BOOST_TEST_REQUIRE(r.key.has_value());
    BOOST_TEST((r.key->type == c.type));
    BOOST_TEST((r.key->format == c.format));
    BOOST_TEST(r.key->bits == c.bits);
    BOOST_TEST(r.acceptable());
    BOOST_TEST(r.findings.size() == (c.warns ? 1u : 0u));
}

BOOST_AUTO_TEST_CASE(messages_never_quote_the_material) {
    for (const std::string& wire : {b64(fake_private_key), fake_private_key, b64(b64(fake_private_key))}) {
        auto ds = findings(wire);
        BOOST_TEST(!ds.empty());
        for (const auto& d : ds) BOOST_TEST(d.message.find("MARKER") == std::string::npos, d.message);
    }
    // The comment of a public key is the owner's text: it is not echoed either.
    auto ds = findings(b64(line("ssh-rsa", rsa_blob(1536))));
    for (const auto& d : ds) BOOST_TEST(d.message.find("made-by-hand") == std::string::npos, d.message);
}

BOOST_AUTO_TEST_CASE(messages_say_what_was_found_and_what_is_accepted) {
    auto ds = findings(b64(openssh_dsa));
    BOOST_TEST_REQUIRE(ds.size() == 1u);
    BOOST_TEST(ds[0].message.find("DSA") != std::string::npos, ds[0].message);
    BOOST_TEST(ds[0].message.find("ED25519") != std::string::npos, ds[0].message);
    ds = findings(b64(openssh_rsa1536));
    BOOST_TEST_REQUIRE(ds.size() == 1u);
    BOOST_TEST(ds[0].message.find("1536 bits") != std::string::npos, ds[0].message);
    BOOST_TEST(ds[0].message.find("1024, 2048 or 4096") != std::string::npos, ds[0].message);
    ds = findings(b64(fake_private_key));
    BOOST_TEST_REQUIRE(ds.size() == 1u);
    BOOST_TEST(ds[0].message.find("BEGIN OPENSSH PRIVATE KEY") != std::string::npos, ds[0].message);
}

BOOST_AUTO_TEST_CASE(material_keeps_its_wire_text_and_decodes_on_demand) {
    auto m = ec2::public_key_material::from_file_content(openssh_ed);
    BOOST_TEST(m.wire() == core::base64_encode(openssh_ed));
    BOOST_TEST(m.decode().bytes == openssh_ed);
    std::string doc = R"({"KeyName":"k","PublicKeyMaterial":")" + m.wire() + "\"}";
    auto r = core::decode<ec2::import_key_pair_request>(doc);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->public_key_material.wire() == m.wire());
    BOOST_TEST(core::encode(*r) == doc);
}

BOOST_AUTO_TEST_SUITE_END()
