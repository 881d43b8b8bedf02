// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_CAPACITY_PROVIDER_STRATEGY_HPP
#define AWSMODEL_ECS_CAPACITY_PROVIDER_STRATEGY_HPP

#include <awsmodel/core/rule_id.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/checker.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::ecs {

/// One capacity provider of a strategy (a cluster's default, RunTask's, CreateService's).
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProviderStrategyItem.html
struct capacity_provider_strategy_item : core::model {
    std::string capacity_provider;     ///< short name: FARGATE, FARGATE_SPOT or an Auto Scaling group provider
    std::optional<std::int32_t> weight; ///< share of tasks after `base` is met, 0-1000
    std::optional<std::int32_t> base;   ///< tasks placed here first, 0-100000
    core::extra_members extra;

    static constexpr auto fields() {
        using T = capacity_provider_strategy_item;
        return core::fields<core::camel_case,
                            core::field<&T::capacity_provider>,
                            core::field<&T::weight, core::with{.min = 0, .max = 1000, .aws_default = "0"}>,
                            core::field<&T::base, core::with{.min = 0, .max = 100000, .aws_default = "0"}>>();
    }
    friend bool operator==(const capacity_provider_strategy_item&, const capacity_provider_strategy_item&) = default;
};

using capacity_provider_strategy = std::vector<capacity_provider_strategy_item>;

inline constexpr std::int32_t max_strategy_weight = 1000;
inline constexpr std::int32_t max_strategy_base = 100000;
inline constexpr std::size_t max_strategy_providers = 20;

/// The rule ids one request reports strategy problems under: a cluster's default strategy has
/// its own ids, RunTask and CreateService state the same limits under theirs.
struct strategy_rule_ids {
    core::rule_id item;            ///< capacityProvider given, weight 0-1000, base 0-100000
    core::rule_id one_base;        ///< at most one provider sets base > 0
    core::rule_id positive_weight; ///< with several providers, one has weight > 0
    core::rule_id count;           ///< at most 20 providers
    core::rule_id associated;      ///< each provider is associated with the cluster
    core::rule_id mixed;           ///< Fargate and Auto Scaling group providers are not mixed
};

/// CreateCluster's `defaultCapacityProviderStrategy` (ECS-CL-009..014).
inline constexpr strategy_rule_ids default_strategy_rules{"ECS-CL-009", "ECS-CL-010", "ECS-CL-011",
                                                          "ECS-CL-012", "ECS-CL-013", "ECS-CL-014"};

/// True for the providers AWS runs on Fargate; every other name is an Auto Scaling group (or
/// Managed Instances) provider created with CreateCapacityProvider.
constexpr bool is_fargate_provider(std::string_view name) noexcept {
    return name == "FARGATE" || name == "FARGATE_SPOT";
}

/// Checks a capacity provider strategy. `member` is the pointer of the list, relative to the
/// checker's position, which the caller builds from its field table
/// (`core::pointer(core::member<&create_cluster_request::default_capacity_provider_strategy>)`).
/// `associated` lists the cluster's capacity providers when the document states them; when it is
/// null (RunTask names a cluster that is described elsewhere) association is not checked.
inline void check_capacity_provider_strategy(const capacity_provider_strategy& s, core::checker_like auto& c,
                                             const std::string& member, const strategy_rule_ids& id,
                                             const std::vector<std::string>* associated) {
    using core::cat;
    using I = capacity_provider_strategy_item;
    if (s.size() > max_strategy_providers)
        c.error(id.count, member,
                cat("a capacity provider strategy holds at most ", max_strategy_providers, " providers; this one has ",
                    s.size()));
    std::optional<std::size_t> first_base;
    bool any_weight = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto& e = s[i];
        std::string at = core::pointer(member, i);
        if (e.capacity_provider.empty())
            c.error(id.item, core::pointer(at, core::member<&I::capacity_provider>),
                    "capacityProvider is empty: name FARGATE, FARGATE_SPOT or a capacity provider you created");
        std::int32_t w = e.weight.value_or(0);
        std::int32_t b = e.base.value_or(0);
        if (w < 0 || w > max_strategy_weight)
            c.error(id.item, core::pointer(at, core::member<&I::weight>),
                    cat("weight is 0-", max_strategy_weight, "; got ", w));
        any_weight = any_weight || w > 0;
        if (b < 0 || b > max_strategy_base)
            c.error(id.item, core::pointer(at, core::member<&I::base>),
                    cat("base is 0-", max_strategy_base, "; got ", b));
        if (b > 0) {
            if (first_base)
                c.error(id.one_base, core::pointer(at, core::member<&I::base>),
                        cat("only one provider of a strategy may set base; \"", s[*first_base].capacity_provider,
                            "\" (item ", *first_base, ") already sets it: set base on one provider and use weight for the rest"));
            else
                first_base = i;
        }
        if (associated && !e.capacity_provider.empty() &&
            std::find(associated->begin(), associated->end(), e.capacity_provider) == associated->end())
            c.error(id.associated, core::pointer(at, core::member<&I::capacity_provider>),
                    cat("\"", e.capacity_provider, "\" is not one of the cluster's capacityProviders: add it to capacityProviders"));
        if (i > 0 && is_fargate_provider(e.capacity_provider) != is_fargate_provider(s[0].capacity_provider))
            c.error(id.mixed, core::pointer(at, core::member<&I::capacity_provider>),
                    cat("\"", e.capacity_provider, "\" and \"", s[0].capacity_provider,
                        "\" cannot share a strategy: Fargate providers (FARGATE, FARGATE_SPOT) and Auto Scaling group providers are used in separate strategies"));
    }
    // The API text asks for a positive weight "when multiple capacity providers are specified"; a
    // lone provider with the default weight 0 still receives every task.
    if (s.size() > 1 && !any_weight)
        c.error(id.positive_weight, member,
                "every provider has weight 0 (the default), so no task can be placed: give at least one provider a weight above 0");
}

} // namespace awsmodel::ecs

#endif
