// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_IMAGE_HPP
#define AWSMODEL_ECS_IMAGE_HPP

/// A container image reference (`ContainerDefinition.image`): kept exactly as written, split on
/// demand into registry, repository, tag and digest the way Docker splits it.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html

#include <awsmodel/core/rule_id.hpp>
#include <awsmodel/core/diagnostic.hpp>
#include <awsmodel/core/result.hpp>
#include <awsmodel/core/text.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace awsmodel::ecs {

/// The account and Region of a private ECR registry (`<account>.dkr.ecr.<region>.amazonaws.com`).
struct ecr_registry {
    std::string_view account, region;
    bool china = false; ///< the `.amazonaws.com.cn` partition
    friend constexpr bool operator==(const ecr_registry&, const ecr_registry&) = default;
};

/// The parts of an image reference, as views into the reference they came from.
struct image_reference {
    std::string_view registry; ///< as written; empty when the reference names none (Docker Hub)
    std::string_view path;     ///< the repository path as written: `nginx`, `amazon/aws-for-fluent-bit`
    std::string_view tag;      ///< empty when absent; Docker then pulls `latest` unless a digest is given
    std::string_view digest;   ///< `sha256:<64 hex>`, or empty

    /// The registry Docker contacts: `docker.io` when none is written (or the legacy `index.docker.io`).
    constexpr std::string_view normalized_registry() const noexcept {
        return registry.empty() || registry == "index.docker.io" ? std::string_view("docker.io") : registry;
    }
    /// The repository as Docker Hub names it: a single-name official image lives under `library/`.
    /// A normalization for comparing references; the wire text is never rewritten.
    std::string normalized_repository() const {
        if (normalized_registry() == "docker.io" && path.find('/') == std::string_view::npos)
            return core::cat("library/", path);
        return std::string(path);
    }
    /// The account and Region when the registry is a private ECR registry with a 12-digit account.
    constexpr std::optional<ecr_registry> ecr() const noexcept {
        constexpr std::string_view mid = ".dkr.ecr.";
        std::size_t m = registry.find(mid);
        if (m != 12) return std::nullopt;
        for (char c : registry.substr(0, 12))
            if (c < '0' || c > '9') return std::nullopt;
        std::string_view rest = registry.substr(m + mid.size());
        bool china = false;
        if (rest.ends_with(".amazonaws.com.cn")) {
            china = true;
            rest.remove_suffix(17);
        } else if (rest.ends_with(".amazonaws.com")) {
            rest.remove_suffix(14);
        } else {
            return std::nullopt;
        }
        if (rest.empty()) return std::nullopt;
        for (char c : rest)
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return std::nullopt;
        return ecr_registry{registry.substr(0, 12), rest, china};
    }

    friend constexpr bool operator==(const image_reference&, const image_reference&) = default;
};

namespace detail {

/// Problems of an image reference, in the order they are looked for.
enum image_problem : int {
    image_ok,
    image_empty,
    image_too_long,
    image_bad_character,
    image_bad_digest,
    image_empty_part,      // `nginx:`, `a//b`, `/a`, `@sha256:...`
    image_misplaced_colon, // `team/app:1/x`: a colon inside the path
};

// A table, because every character of every image is looked up when a task definition is validated.
inline constexpr auto image_chars = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 256; ++c)
        t[static_cast<std::size_t>(c)] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                                         c == '-' || c == '_' || c == ':' || c == '.' || c == '/' || c == '#';
    return t;
}();

constexpr bool image_char(char c) noexcept { return image_chars[static_cast<unsigned char>(c)]; }

// Docker treats the first path component as a registry only when it looks like a host: it holds a
// dot or a port, is `localhost`, or has upper case (which a repository cannot).
constexpr bool looks_like_registry(std::string_view first) noexcept {
    if (first == "localhost") return true;
    for (char c : first)
        if (c == '.' || c == ':' || (c >= 'A' && c <= 'Z')) return true;
    return false;
}

constexpr int split_image(std::string_view s, image_reference& out) noexcept {
    if (s.empty()) return image_empty;
    std::string_view name = s;
    std::size_t at = s.find('@');
    if (at != std::string_view::npos) {
        name = s.substr(0, at);
        out.digest = s.substr(at + 1);
    }
    // ECS counts the 255 characters before the @ of a digest reference, and the whole otherwise.
    if (name.size() > 255) return image_too_long;
    for (char c : name)
        if (!image_char(c)) return image_bad_character;
    if (at != std::string_view::npos) {
        std::string_view d = out.digest;
        if (d.size() != 7 + 64 || d.substr(0, 7) != "sha256:") return image_bad_digest;
        for (char c : d.substr(7))
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return image_bad_digest;
    }
    if (name.empty()) return image_empty_part;
    // A colon after the last slash starts the tag; one before it is a registry port.
    std::size_t slash = name.rfind('/');
    std::size_t colon = name.rfind(':');
    if (colon != std::string_view::npos && (slash == std::string_view::npos || colon > slash)) {
        out.tag = name.substr(colon + 1);
        name = name.substr(0, colon);
        if (out.tag.empty()) return image_empty_part;
    }
    std::size_t first = name.find('/');
    if (first != std::string_view::npos && looks_like_registry(name.substr(0, first))) {
        out.registry = name.substr(0, first);
        name = name.substr(first + 1);
        if (out.registry.front() == ':') return image_empty_part;
    }
    out.path = name;
    if (name.empty() || name.front() == '/' || name.back() == '/' || name.find("//") != std::string_view::npos)
        return image_empty_part;
    if (name.find(':') != std::string_view::npos) return image_misplaced_colon;
    return image_ok;
}

} // namespace detail

/// Splits an image reference as Docker does (`[registry/]path[:tag][@digest]`); nothing when it
/// breaks ECS-TD-063. The character set is the one ECS documents, which also admits upper case
/// and `#` (Docker itself refuses upper-case repositories when it pulls).
constexpr std::optional<image_reference> parse_image(std::string_view s) noexcept {
    image_reference r;
    if (detail::split_image(s, r) != detail::image_ok) return std::nullopt;
    return r;
}

namespace literal_error {
// Called only from consteval code when a literal is wrong: the compiler names the function.
void image_must_be_registry_path_tag_or_digest_of_at_most_255_characters();
} // namespace literal_error

/// ECS-TD-063: up to 255 characters of letters, digits, - _ : . / #; a digest is `sha256:` and
/// exactly 64 hexadecimal digits, and the 255 characters count only what comes before the `@`.
struct image_policy {
    static constexpr core::rule_id rule = "ECS-TD-063";
    static constexpr int check(std::string_view s) noexcept {
        image_reference r;
        return detail::split_image(s, r);
    }
    static constexpr void literal_failed(int problem) {
        if (problem) literal_error::image_must_be_registry_path_tag_or_digest_of_at_most_255_characters();
    }
    static std::string message(int problem, std::string_view s) {
        using core::cat;
        std::string quoted = cat("the image \"", s, "\"");
        switch (problem) {
        case detail::image_empty:
            return "the image is empty: name one, such as nginx:1.27 or "
                   "<account>.dkr.ecr.<region>.amazonaws.com/<repository>:<tag>";
        case detail::image_too_long:
            return cat(quoted, " has ", s.substr(0, s.find('@')).size(),
                       " characters before any digest; ECS allows at most 255");
        case detail::image_bad_character:
            return cat(quoted, " has a character ECS does not allow; use letters, digits and - _ : . / # (a template "
                               "placeholder such as ${IMAGE} or <IMAGE> must be substituted before registering)");
        case detail::image_bad_digest:
            return cat(quoted,
                       " has a malformed digest: after @ ECS takes sha256: followed by exactly 64 hexadecimal digits");
        case detail::image_misplaced_colon:
            return cat(quoted, " has a colon inside the repository path; a colon separates the tag (after the last /) "
                               "or a registry port (in the first component, which then must be a host such as "
                               "registry.example.com:5000)");
        default:
            return cat(quoted, " has an empty part: write [registry/]repository[:tag][@sha256:<digest>] with no empty "
                               "tag, path component or registry");
        }
    }
};

/// The image of a container, exactly as the document writes it; `parse()` splits it.
class image : public core::text<image_policy> {
public:
    using core::text<image_policy>::text;
    using core::text<image_policy>::operator=;
    image() = default;

    /// The checked path for references known only at run time (reports ECS-TD-063).
    static core::result<image> from(std::string s, std::string pointer = {}) {
        if (int problem = image_policy::check(s))
            return core::result<image>(core::diagnostics{
                {std::move(pointer), image_policy::rule, core::severity::error, image_policy::message(problem, s)}});
        return from_wire(std::move(s));
    }
    /// Decoding keeps whatever the document says; `validate()` reports a malformed reference.
    static image from_wire(std::string s) noexcept {
        image i;
        static_cast<core::text<image_policy>&>(i) = core::text<image_policy>::from_wire(std::move(s));
        return i;
    }

    /// The parts, viewing this object's text; nothing when the reference breaks ECS-TD-063.
    std::optional<image_reference> parse() const noexcept { return parse_image(view()); }

    friend bool operator==(const image&, const image&) = default;
};

} // namespace awsmodel::ecs

namespace awsmodel::core {
// The validation walker checks text types by their policy; `ecs::image` is one with more to say.
template <> inline constexpr bool is_text<ecs::image> = true;
} // namespace awsmodel::core

#endif
