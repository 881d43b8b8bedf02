// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_EC2_KEY_PAIR_HPP
#define AWSMODEL_EC2_KEY_PAIR_HPP

/// EC2 key pairs: CreateKeyPair and ImportKeyPair requests and results, and DescribeKeyPairs'
/// descriptions; builders that check the required members while compiling.
/// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateKeyPair.html
/// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ImportKeyPair.html
/// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_KeyPairInfo.html
///
/// EC2-KP-008 (CreateKeyPair takes no PublicKeyMaterial; ImportKeyPair no KeyType or KeyFormat)
/// needs no code: the members are not in those shapes, so decoding reports them (COMMON-001).

#include <awsmodel/core/rule_id.hpp>
#include <awsmodel/core/codec_fwd.hpp>
#include <awsmodel/shapes.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/resource_id.hpp>
#include <awsmodel/core/result.hpp>
#include <awsmodel/core/secret.hpp>
#include <awsmodel/core/text.hpp>
#include <awsmodel/core/validate.hpp>
#include <awsmodel/ec2/public_key.hpp>
#include <awsmodel/ec2/tag.hpp>
#include <awsmodel/ec2/tag_rules.hpp>

#include <array>
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace awsmodel::ec2 {

/// botocore ec2 `KeyFormat`: the form of the private key CreateKeyPair returns.
enum class key_format { pem, ppk };
constexpr auto wire_names(key_format) noexcept { return std::to_array<std::string_view>({"pem", "ppk"}); }
constexpr core::rule_id enum_rule(key_format) noexcept { return "EC2-KP-004"; }

namespace literal_error {
// Called only from consteval code when a key pair name literal is wrong: the compiler names the function.
void key_name_must_not_be_empty();
void key_name_must_be_at_most_255_characters();
void key_name_must_use_only_ascii_characters();
void key_name_must_not_start_or_end_with_a_space();
} // namespace literal_error

/// Key pair names: 1-255 ASCII characters (EC2-KP-001), no leading or trailing space (EC2-KP-002).
struct key_name_policy {
    static constexpr core::rule_id rule = "EC2-KP-001";
    // Problems are bit flags, so that a name that breaks both rules is reported under both.
    static constexpr int empty = 1, too_long = 2, not_ascii = 4, edge_space = 8;
    static constexpr std::size_t max_length = 255;

    static constexpr core::rule_id rule_of(int problem) noexcept {
        if (problem == edge_space) return "EC2-KP-002";
        return "EC2-KP-001";
    }
    static constexpr std::size_t characters(std::string_view s) noexcept {
        std::size_t n = 0;
        for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        return n;
    }
    static constexpr int check(std::string_view s) noexcept {
        if (s.empty()) return empty;
        int p = 0;
        if (characters(s) > max_length) p |= too_long;
        for (char c : s)
            if (static_cast<unsigned char>(c) >= 0x80) p |= not_ascii;
        if (s.front() == ' ' || s.back() == ' ') p |= edge_space;
        return p;
    }
    static constexpr void literal_failed(int problem) {
        if (problem & empty) literal_error::key_name_must_not_be_empty();
        if (problem & too_long) literal_error::key_name_must_be_at_most_255_characters();
        if (problem & not_ascii) literal_error::key_name_must_use_only_ascii_characters();
        if (problem & edge_space) literal_error::key_name_must_not_start_or_end_with_a_space();
    }
    static std::string message(int problem, std::string_view s) {
        using core::cat;
        switch (problem) {
        case empty: return "the key pair name is empty; give a name of 1-255 ASCII characters";
        case too_long:
            return cat("the key pair name is ", characters(s), " characters long; at most 255 are allowed");
        case not_ascii: {
            std::size_t at = 0;
            while (at < s.size() && static_cast<unsigned char>(s[at]) < 0x80) ++at;
            return cat("the key pair name \"", s, "\" has a non-ASCII character at byte ", at,
                       "; key pair names take ASCII characters only: replace it (e.g. an accented letter by its plain one)");
        }
        default:
            return cat("the key pair name \"", s, "\" ", s.front() == ' ' ? "starts" : "ends",
                       " with a space, which EC2 rejects: remove the leading and trailing spaces");
        }
    }
};

/// A key pair name. A literal is checked when compiled (`key_name{"déploiement"}` does not
/// compile); a runtime string goes through `key_name::from`.
using key_name = core::text<key_name_policy>;

/// `key-` and 17 hexadecimal digits (COMMON-003; EC2-KP-012 for the 17).
using key_pair_id = core::resource_id<"key">;

/// CreateKeyPair's input: EC2 makes the key pair and returns the private key once.
struct create_key_pair_request : core::model {
    ec2::key_name key_name;
    std::optional<core::open_enum<ec2::key_type>> key_type;
    std::optional<std::vector<tag_specification>> tag_specifications; ///< resource type key-pair
    std::optional<core::open_enum<ec2::key_format>> key_format;
    std::optional<bool> dry_run;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = create_key_pair_request;
        return core::fields<core::pascal_case,
                            core::field<&T::key_name>,
                            core::field<&T::key_type, core::with{.aws_default = "rsa"}>,
                            core::field<&T::tag_specifications>,
                            core::field<&T::key_format, core::with{.aws_default = "pem"}>,
                            core::field<&T::dry_run>>();
    }
    friend bool operator==(const create_key_pair_request&, const create_key_pair_request&) = default;
};

/// ImportKeyPair's input: a public key made elsewhere. Its type comes from the material.
struct import_key_pair_request : core::model {
    std::optional<std::vector<tag_specification>> tag_specifications; ///< resource type key-pair
    std::optional<bool> dry_run;
    ec2::key_name key_name;
    ec2::public_key_material public_key_material;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = import_key_pair_request;
        return core::fields<core::pascal_case,
                            core::field<&T::tag_specifications>,
                            core::field<&T::dry_run>,
                            core::field<&T::key_name>,
                            core::field<&T::public_key_material>>();
    }
    friend bool operator==(const import_key_pair_request&, const import_key_pair_request&) = default;
};

/// CreateKeyPair's output (botocore `KeyPair`), the only place the private key ever appears.
struct key_pair : core::model {
    std::optional<ec2::key_pair_id> key_pair_id;
    std::optional<std::vector<tag>> tags;
    std::optional<ec2::key_name> key_name;
    std::optional<std::string> key_fingerprint; ///< SHA-1 of the DER private key (RSA), base64 SHA-256 (ED25519)
    /// The private key, unencrypted, in the KeyFormat asked for. Never printed; wiped when released.
    std::optional<core::secret_string> key_material;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = key_pair;
        return core::fields<core::pascal_case,
                            core::field<&T::key_pair_id>,
                            core::field<&T::tags>,
                            core::field<&T::key_name>,
                            core::field<&T::key_fingerprint>,
                            core::field<&T::key_material>>();
    }
    friend bool operator==(const key_pair&, const key_pair&) = default;
};

/// A key pair as DescribeKeyPairs returns it.
struct key_pair_info : core::model {
    std::optional<ec2::key_pair_id> key_pair_id;
    std::optional<core::open_enum<ec2::key_type>> key_type;
    std::optional<std::vector<tag>> tags;
    std::optional<std::string> public_key; ///< only with IncludePublicKey=true; the OpenSSH line
    std::optional<timestamp> create_time;  ///< creation or import time, UTC
    std::optional<ec2::key_name> key_name;
    std::optional<std::string> key_fingerprint;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = key_pair_info;
        return core::fields<core::pascal_case,
                            core::field<&T::key_pair_id>,
                            core::field<&T::key_type>,
                            core::field<&T::tags>,
                            core::field<&T::public_key>,
                            core::field<&T::create_time>,
                            core::field<&T::key_name>,
                            core::field<&T::key_fingerprint>>();
    }
    friend bool operator==(const key_pair_info&, const key_pair_info&) = default;
};

/// ImportKeyPair's output.
struct import_key_pair_result : core::model {
    std::optional<std::string> key_fingerprint; ///< MD5 per RFC 4716 (RSA), base64 SHA-256 (ED25519)
    std::optional<ec2::key_name> key_name;
    std::optional<ec2::key_pair_id> key_pair_id;
    std::optional<std::vector<tag>> tags;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = import_key_pair_result;
        return core::fields<core::pascal_case,
                            core::field<&T::key_fingerprint>,
                            core::field<&T::key_name>,
                            core::field<&T::key_pair_id>,
                            core::field<&T::tags>>();
    }
    friend bool operator==(const import_key_pair_result&, const import_key_pair_result&) = default;
};

/// DescribeKeyPairs' output.
struct describe_key_pairs_result : core::model {
    std::optional<std::vector<key_pair_info>> key_pairs;
    core::extra_members extra;

    static constexpr auto fields() {
        return core::fields<core::pascal_case,
                            core::field<&describe_key_pairs_result::key_pairs>>();
    }
    friend bool operator==(const describe_key_pairs_result&, const describe_key_pairs_result&) = default;
};

// --- rules -------------------------------------------------------------------------------------

/// The fingerprint forms EC2 writes: colon-separated hex of an MD5 (16 bytes, imported RSA) or
/// SHA-1 (20 bytes, created RSA) digest, or the base64 of a SHA-256 digest (ED25519), with or
/// without its '=' padding.
enum class fingerprint_form { md5_hex, sha1_hex, sha256_base64, unknown };

inline fingerprint_form classify_fingerprint(std::string_view f) noexcept {
    auto hex = [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); };
    if (f.size() == 47 || f.size() == 59) {
        bool ok = true;
        for (std::size_t i = 0; i < f.size(); ++i) ok = ok && (i % 3 == 2 ? f[i] == ':' : hex(f[i]));
        if (ok) return f.size() == 47 ? fingerprint_form::md5_hex : fingerprint_form::sha1_hex;
    }
    std::string padded(f);
    if (padded.size() == 43) padded += '=';
    if (padded.size() == 44) {
        auto d = core::base64_decode(padded);
        if (d && d.bytes.size() == 32) return fingerprint_form::sha256_base64;
    }
    return fingerprint_form::unknown;
}

namespace detail {

inline constexpr std::string_view form_names[] = {"MD5 colon hex (16 bytes, imported RSA key)",
                                                  "SHA-1 colon hex (20 bytes, RSA key created by EC2)",
                                                  "base64 SHA-256 (ED25519 key)"};

/// The key pair id, fingerprint and tags of a key pair description `k` (EC2-KP-012), which
/// one of the description types holds under the same names. `allowed` lists the fingerprint
/// forms this description can have; `why` says what decided it.
template <class K>
void check_description(const K& k, core::checker_like auto& c, std::initializer_list<fingerprint_form> allowed,
                       std::string_view why) {
    using core::cat;
    const std::optional<key_pair_id>& id = k.key_pair_id;
    const std::optional<std::string>& fingerprint = k.key_fingerprint;
    const std::optional<std::vector<tag>>& tags = k.tags;
    // An 8-digit id is well formed (COMMON-003) but not one EC2 issues for key pairs.
    if (id && key_pair_id::policy::check(id->view()) == 0 && id->view().size() != 21)
        c.error("EC2-KP-012", core::member<&K::key_pair_id>,
                cat("\"", id->view(), "\" has 8 hex digits; key pair ids are \"key-\" and 17 (e.g. key-0123456789abcdef0)"));
    if (fingerprint) {
        auto form = classify_fingerprint(*fingerprint);
        bool ok = false;
        for (auto a : allowed) ok = ok || a == form;
        if (!ok) {
            std::string expected;
            for (auto a : allowed) expected += cat(expected.empty() ? "" : " or ", form_names[static_cast<int>(a)]);
            c.error("EC2-KP-012", core::member<&K::key_fingerprint>,
                    cat("the fingerprint \"", *fingerprint, "\" is ",
                        form == fingerprint_form::unknown ? std::string("not a form EC2 writes")
                                                          : cat("a ", form_names[static_cast<int>(form)]),
                        "; ", why, " it is ", expected));
        }
    }
    if (tags) {
        std::set<std::string_view> seen;
        for (std::size_t i = 0; i < tags->size(); ++i) {
            const tag& t = (*tags)[i];
            if (!t.key)
                c.error("EC2-KP-012", core::pointer(core::member<&K::tags>, i, core::member<&tag::key>),
                        "a tag of a key pair description has no Key");
            else if (!seen.insert(*t.key).second)
                c.error("EC2-KP-012", core::pointer(core::member<&K::tags>, i, core::member<&tag::key>),
                        cat("the tag key \"", *t.key, "\" appears twice; a resource's tag keys are unique"));
        }
    }
}

} // namespace detail

/// EC2-KP-005 and COMMON-005 (tags); EC2-KP-001..004 come from the member types.
inline void validate_rules(const create_key_pair_request& r, core::checker_like auto& c) {
    using R = create_key_pair_request;
    check_tag_specifications(r.tag_specifications, c, core::member<&R::tag_specifications>, {resource_type::key_pair},
                             "EC2-KP-005");
}

/// EC2-KP-005, COMMON-005, EC2-KP-006 and EC2-KP-007 (the material); EC2-KP-001/002 from the name.
inline void validate_rules(const import_key_pair_request& r, core::checker_like auto& c) {
    using R = import_key_pair_request;
    check_tag_specifications(r.tag_specifications, c, core::member<&R::tag_specifications>, {resource_type::key_pair},
                             "EC2-KP-005");
    check_public_key_material(r.public_key_material, c);
}

/// EC2-KP-012 applied to CreateKeyPair's output: a created key's fingerprint is SHA-1 (RSA) or
/// SHA-256 (ED25519). KeyMaterial is not examined: no finding may quote it.
inline void validate_rules(const key_pair& k, core::checker_like auto& c) {
    detail::check_description(k, c, {fingerprint_form::sha1_hex, fingerprint_form::sha256_base64},
                              "for a key pair created by EC2");
}

/// EC2-KP-012 applied to ImportKeyPair's output: an imported key's fingerprint is MD5 (RSA) or SHA-256 (ED25519).
inline void validate_rules(const import_key_pair_result& k, core::checker_like auto& c) {
    detail::check_description(k, c, {fingerprint_form::md5_hex, fingerprint_form::sha256_base64},
                              "for an imported key pair");
}

/// EC2-KP-012: id, fingerprint form for the key type, tags, and the public key when included.
/// An unknown KeyType is EC2-KP-003 (the enum's rule), reported by the walk.
inline void validate_rules(const key_pair_info& k, core::checker_like auto& c) {
    std::optional<key_type> type = k.key_type ? k.key_type->known() : std::nullopt;
    if (type == key_type::rsa)
        detail::check_description(k, c, {fingerprint_form::md5_hex, fingerprint_form::sha1_hex}, "for an RSA key pair");
    else if (type == key_type::ed25519)
        detail::check_description(k, c, {fingerprint_form::sha256_base64}, "for an ED25519 key pair");
    else
        detail::check_description(k, c,
                                  {fingerprint_form::md5_hex, fingerprint_form::sha1_hex, fingerprint_form::sha256_base64},
                                  "without a known KeyType");
    if (k.public_key) {
        auto pk = inspect_public_key(*k.public_key);
        if (!pk.key) {
            c.error("EC2-KP-012", core::member<&key_pair_info::public_key>,
                    "PublicKey is not a public key EC2 writes (an OpenSSH public key line)");
        } else if (type && pk.key->type != *type) {
            c.error("EC2-KP-012", core::member<&key_pair_info::public_key>,
                    core::cat("PublicKey is an ", core::to_wire(pk.key->type), " key but KeyType says ",
                              core::to_wire(*type)));
        }
    }
}

// --- builders ----------------------------------------------------------------------------------

/// Builds a CreateKeyPair request; `build()` does not compile until `key_name` is given.
///
///   auto req = ec2::create_key_pair_builder{}.key_name("deploy").key_type(ec2::key_type::ed25519).build();
///
/// A literal name is checked when compiled; `core::runtime(s)` defers the check to `build()`,
/// which returns every finding of every rule.
template <bool HasKeyName = false>
class create_key_pair_builder {
public:
    create_key_pair_builder() = default;

    create_key_pair_builder<true> key_name(core::literal<key_name_policy> name) && {
        return with_name(ec2::key_name(name));
    }
    create_key_pair_builder<true> key_name(core::runtime_text name) && {
        return with_name(ec2::key_name::from_wire(std::move(name.value)));
    }
    create_key_pair_builder key_type(ec2::key_type t) && {
        req_.key_type = t;
        return std::move(*this);
    }
    create_key_pair_builder key_format(ec2::key_format f) && {
        req_.key_format = f;
        return std::move(*this);
    }
    /// Adds a tag to the key pair (a `key-pair` tag specification).
    create_key_pair_builder tag(std::string key, std::string value) && {
        add_tag(req_.tag_specifications, std::move(key), std::move(value));
        return std::move(*this);
    }
    create_key_pair_builder dry_run(bool on = true) && {
        req_.dry_run = on;
        return std::move(*this);
    }

    /// The request, or every error found in it; warnings accompany a value.
    core::result<create_key_pair_request> build() && {
        static_assert(HasKeyName, "create_key_pair_builder::build() requires 'key_name'; call .key_name(...)");
        auto ds = core::validate(req_);
        if (core::has_errors(ds)) return core::result<create_key_pair_request>(std::move(ds));
        return core::result<create_key_pair_request>(std::move(req_), std::move(ds));
    }

private:
    template <bool> friend class create_key_pair_builder;

    create_key_pair_builder<true> with_name(ec2::key_name n) {
        create_key_pair_builder<true> b;
        b.req_ = std::move(req_);
        b.req_.key_name = std::move(n);
        return b;
    }
    static void add_tag(std::optional<std::vector<tag_specification>>& specs, std::string key, std::string value) {
        ec2::add_tag(specs, resource_type::key_pair, std::move(key), std::move(value));
    }

    create_key_pair_request req_;
};

/// Builds an ImportKeyPair request; `build()` does not compile until `key_name` and the public
/// key are given.
///
///   auto req = ec2::import_key_pair_builder{}.key_name("laptop").public_key(read("id_ed25519.pub")).build();
template <bool HasKeyName = false, bool HasMaterial = false>
class import_key_pair_builder {
public:
    import_key_pair_builder() = default;

    import_key_pair_builder<true, HasMaterial> key_name(core::literal<key_name_policy> name) && {
        return with_name(ec2::key_name(name));
    }
    import_key_pair_builder<true, HasMaterial> key_name(core::runtime_text name) && {
        return with_name(ec2::key_name::from_wire(std::move(name.value)));
    }
    /// The content of the public key file, as `cat KEYFILE.pub` prints it; encoded here, once.
    import_key_pair_builder<HasKeyName, true> public_key(std::string_view file_content) && {
        return with_material(ec2::public_key_material::from_file_content(file_content));
    }
    /// The material in its wire form (base64 of the file), e.g. from another document.
    import_key_pair_builder<HasKeyName, true> public_key_material(ec2::public_key_material m) && {
        return with_material(std::move(m));
    }
    import_key_pair_builder tag(std::string key, std::string value) && {
        ec2::add_tag(req_.tag_specifications, resource_type::key_pair, std::move(key), std::move(value));
        return std::move(*this);
    }
    import_key_pair_builder dry_run(bool on = true) && {
        req_.dry_run = on;
        return std::move(*this);
    }

    /// The request, or every error found in it (EC2-KP-007 reads the key); warnings accompany a value.
    core::result<import_key_pair_request> build() && {
        static_assert(HasKeyName, "import_key_pair_builder::build() requires 'key_name'; call .key_name(...)");
        static_assert(HasMaterial,
                      "import_key_pair_builder::build() requires 'public_key_material'; call .public_key(...) or "
                      ".public_key_material(...)");
        auto ds = core::validate(req_);
        if (core::has_errors(ds)) return core::result<import_key_pair_request>(std::move(ds));
        return core::result<import_key_pair_request>(std::move(req_), std::move(ds));
    }

private:
    template <bool, bool> friend class import_key_pair_builder;

    import_key_pair_builder<true, HasMaterial> with_name(ec2::key_name n) {
        import_key_pair_builder<true, HasMaterial> b;
        b.req_ = std::move(req_);
        b.req_.key_name = std::move(n);
        return b;
    }
    import_key_pair_builder<HasKeyName, true> with_material(ec2::public_key_material m) {
        import_key_pair_builder<HasKeyName, true> b;
        b.req_ = std::move(req_);
        b.req_.public_key_material = std::move(m);
        return b;
    }

    import_key_pair_request req_;
};

} // namespace awsmodel::ec2

// The codecs of the shapes awsmodel/shapes.hpp lists for this header, extern with separate compilation.
AWSMODEL_EXTERN_CODECS(AWSMODEL_SHAPES_EC2_KEY_PAIR);

#endif
