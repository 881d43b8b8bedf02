// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_NAME_HPP
#define AWSMODEL_ECS_NAME_HPP

/// The names ECS gives its resources one shape: 1-255 letters, digits, hyphens and underscores
/// (a task definition family, ECS-TD-002; a container, ECS-TD-061; a cluster, ECS-CL-001; a
/// volume, ECS-TD-037). Each is a member type (`core::text` of its policy), so one policy serves
/// the literal that does not compile, the builder's run-time check and the rule `validate()`
/// reports, with one message.

#include <awsmodel/core/diagnostic.hpp>
#include <awsmodel/core/rule_id.hpp>
#include <awsmodel/core/text.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace awsmodel::ecs {

namespace names {

inline constexpr std::size_t max_length = 255;

// Problems are bit flags, so that a message can name every one of them.
enum problem : int { empty = 1, too_long = 2, bad_character = 4 };

constexpr bool allowed(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

/// The problems of `s` as a name, 0 for a good one.
constexpr int check(std::string_view s) noexcept {
    if (s.empty()) return empty;
    int p = 0;
    if (s.size() > max_length) p |= too_long;
    for (char c : s)
        if (!allowed(c)) {
            p |= bad_character;
            break;
        }
    return p;
}

/// The sentence for a name of `what` ("family", "container name") with `problem`s.
inline std::string message(std::string_view what, int problem, std::string_view s) {
    using core::cat;
    if (problem & empty)
        return cat("the ", what, " is empty; a ", what, " is 1-", max_length, " letters, digits, hyphens and underscores");
    std::string m = cat("the ", what, " \"", s.substr(0, 80), s.size() > 80 ? "...\"" : "\"");
    if (problem & too_long) m += cat(" is ", s.size(), " characters long");
    if (problem & bad_character) {
        std::size_t at = 0;
        while (at < s.size() && allowed(s[at])) ++at;
        static constexpr char hex[] = "0123456789ABCDEF";
        const auto u = static_cast<unsigned char>(s[at]);
        // Control characters and UTF-8 bytes are named by value: printed raw they would be unreadable.
        std::string shown = s[at] == ' '              ? std::string("a space")
                            : u < 0x20 || u >= 0x7f ? cat("the byte 0x", std::string(1, hex[u >> 4]), std::string(1, hex[u & 15]))
                                                    : cat("'", std::string(1, s[at]), "'");
        m += cat(problem & too_long ? " and" : "", " has ", shown, " at position ", at);
    }
    return m + cat("; a ", what, " is 1-", max_length,
                   " letters, digits, hyphens and underscores (write \"my-app\" or \"my_app\", not \"my app\" or \"my.app\")");
}

} // namespace names

namespace literal_error {
// Called only from consteval code when a name literal is wrong: the compiler names the function.
void task_family_must_not_be_empty();
void task_family_must_be_at_most_255_characters();
void task_family_may_use_only_letters_digits_hyphens_and_underscores();
void container_name_must_not_be_empty();
void container_name_must_be_at_most_255_characters();
void container_name_may_use_only_letters_digits_hyphens_and_underscores();
void cluster_name_must_be_1_to_255_letters_digits_hyphens_or_underscores();
} // namespace literal_error

/// A task definition's family: ECS-TD-001 when it is empty (the family is required), ECS-TD-002
/// when it is malformed.
struct task_family_policy {
    static constexpr core::rule_id rule = "ECS-TD-002";
    static constexpr core::rule_id rule_of(int problem) noexcept {
        if (problem == names::empty) return "ECS-TD-001";
        return "ECS-TD-002";
    }
    static constexpr int check(std::string_view s) noexcept { return names::check(s); }
    static constexpr void literal_failed(int problem) {
        if (problem & names::empty) literal_error::task_family_must_not_be_empty();
        if (problem & names::too_long) literal_error::task_family_must_be_at_most_255_characters();
        if (problem & names::bad_character) literal_error::task_family_may_use_only_letters_digits_hyphens_and_underscores();
    }
    static std::string message(int problem, std::string_view s) {
        if (problem == names::empty)
            return "the task definition needs a family: the name its revisions are registered under (1-255 letters, "
                   "digits, hyphens and underscores)";
        return names::message("family", problem & ~names::empty, s);
    }
};
using task_family = core::text<task_family_policy>;

/// A container's name (ECS-TD-061). Other containers (dependsOn, links, volumesFrom) and the
/// proxy configuration refer to it.
struct container_name_policy {
    static constexpr core::rule_id rule = "ECS-TD-061";
    static constexpr int check(std::string_view s) noexcept { return names::check(s); }
    static constexpr void literal_failed(int problem) {
        if (problem & names::empty) literal_error::container_name_must_not_be_empty();
        if (problem & names::too_long) literal_error::container_name_must_be_at_most_255_characters();
        if (problem & names::bad_character)
            literal_error::container_name_may_use_only_letters_digits_hyphens_and_underscores();
    }
    static std::string message(int problem, std::string_view s) { return names::message("container name", problem, s); }
};
using container_name = core::text<container_name_policy>;

/// A cluster's short name (ECS-CL-001): the short name, not the ARN.
struct cluster_name_policy {
    static constexpr core::rule_id rule = "ECS-CL-001";
    static constexpr int check(std::string_view s) noexcept { return names::check(s); }
    static constexpr void literal_failed(int problem) {
        if (problem) literal_error::cluster_name_must_be_1_to_255_letters_digits_hyphens_or_underscores();
    }
    static std::string message(int problem, std::string_view s) {
        std::string m = names::message("cluster name", problem, s);
        if (s.starts_with("arn:")) m += "; give the cluster's short name, not its ARN";
        return m;
    }
};
using cluster_name = core::text<cluster_name_policy>;

} // namespace awsmodel::ecs

#endif
