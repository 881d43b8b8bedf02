// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_IAM_ACTIONS_HPP
#define AWSMODEL_IAM_ACTIONS_HPP

/// Questions to IAM's service and action catalogue (iam/action_catalog.hpp, generated from the
/// data cfn-lint ships): whether a service prefix exists, whether it has an action, which
/// actions a wildcard names, which resource forms an ARN service has.
/// https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html

#include <awsmodel/iam/action_catalog.hpp>
#include <awsmodel/iam/wildcard.hpp>

#include <cstddef>
#include <string_view>

namespace awsmodel::iam {

/// The actions of a service prefix, lower case and each between spaces; nothing when IAM has no
/// such service. Prefixes are lower case in IAM; the lookup is too.
constexpr const detail::catalog_service* find_service(std::string_view prefix) noexcept {
    for (const auto& s : detail::catalog_services)
        if (iequals(s.prefix, prefix)) return &s;
    return nullptr;
}

/// Calls `f(action)` for each action of the service, lower case.
template <class F>
constexpr void for_each_action(const detail::catalog_service& s, F&& f) {
    std::string_view rest = s.actions;
    while (!rest.empty()) {
        std::size_t start = rest.find_first_not_of(' ');
        if (start == std::string_view::npos) break;
        std::size_t end = rest.find(' ', start);
        f(rest.substr(start, end - start));
        rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end);
    }
}

/// How many of the service's actions `pattern` (an action name, with or without wildcards)
/// names, comparing without regard to case.
constexpr std::size_t count_matching_actions(const detail::catalog_service& s, std::string_view pattern) noexcept {
    std::size_t n = 0;
    for_each_action(s, [&](std::string_view a) { n += wildcard_match(pattern, a, true) ? 1 : 0; });
    return n;
}

/// The total count of actions in the catalogue.
constexpr std::size_t catalog_action_count() noexcept {
    std::size_t n = 0;
    for (const auto& s : detail::catalog_services) for_each_action(s, [&](std::string_view) { ++n; });
    return n;
}

namespace literal_error {
// Not constexpr: reaching one while compiling is the error, and the compiler prints its name.
void action_is_not_service_colon_name();
void action_is_not_in_iams_catalogue();
} // namespace literal_error

/// An action named in code, checked against the catalogue while compiling:
/// `iam::action("ecr:BatchGetImage")`. A misspelt action ("ecr:BatchGetImages") does not compile.
class action {
public:
    template <std::size_t N>
    consteval action(const char (&text)[N]) : text_(text, N - 1) {
        const std::size_t colon = text_.find(':');
        if (colon == std::string_view::npos) literal_error::action_is_not_service_colon_name();
        const auto* service = find_service(text_.substr(0, colon));
        if (!service || count_matching_actions(*service, text_.substr(colon + 1)) == 0)
            literal_error::action_is_not_in_iams_catalogue();
    }
    constexpr std::string_view view() const noexcept { return text_; }
    constexpr operator std::string_view() const noexcept { return text_; }

private:
    std::string_view text_;
};

/// The literal heads of an ARN service's resource formats, each between newlines; nothing when
/// the catalogue has no resource type of that service.
constexpr const detail::catalog_arn_service* find_arn_service(std::string_view service) noexcept {
    for (const auto& s : detail::catalog_arn_services)
        if (s.service == service) return &s;
    return nullptr;
}

/// Whether the resource part of an ARN (after its fifth colon) can be of one of the service's
/// resource types: its literal head (up to a wildcard or a variable) and a format's head agree
/// as far as both go.
constexpr bool resource_fits(const detail::catalog_arn_service& s, std::string_view resource) noexcept {
    std::size_t cut = resource.find_first_of("*?$");
    std::string_view mine = resource.substr(0, cut);
    std::string_view rest = s.heads;
    while (rest.size() > 1) {
        std::size_t end = rest.find('\n', 1);
        std::string_view head = rest.substr(1, end - 1);
        std::size_t n = head.size() < mine.size() ? head.size() : mine.size();
        if (head.substr(0, n) == mine.substr(0, n)) {
            // The whole head when the resource is literal and longer: "role/" fits "role/x".
            if (mine.size() >= head.size() || cut != std::string_view::npos) return true;
        }
        rest = rest.substr(end);
    }
    return false;
}

} // namespace awsmodel::iam

#endif
