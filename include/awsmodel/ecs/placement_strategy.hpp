// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_PLACEMENT_STRATEGY_HPP
#define AWSMODEL_ECS_PLACEMENT_STRATEGY_HPP

/// How RunTask and services choose container instances: placement strategies, applied in order as
/// tie-breakers, and placement constraints, which every chosen instance satisfies.
/// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement.html

#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/fields.hpp>

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace awsmodel::ecs {

/// botocore `PlacementStrategyType`.
enum class placement_strategy_type { random, spread, binpack };
constexpr auto wire_names(placement_strategy_type) noexcept {
    return std::to_array<std::string_view>({"random", "spread", "binpack"});
}

/// botocore `PlacementStrategy`: `field` is `cpu` or `memory` for binpack, `instanceId`, `host`
/// or `attribute:<name>` for spread, and absent for random (ECS-RT-011).
struct placement_strategy : core::model {
    std::optional<core::open_enum<placement_strategy_type>> type;
    std::optional<std::string> field;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = placement_strategy;
        return core::fields<core::camel_case, core::field<&T::type>, core::field<&T::field>>();
    }
    friend bool operator==(const placement_strategy&, const placement_strategy&) = default;
};

/// botocore `PlacementConstraintType`.
enum class placement_constraint_type { distinct_instance, member_of };
constexpr auto wire_names(placement_constraint_type) noexcept {
    return std::to_array<std::string_view>({"distinctInstance", "memberOf"});
}

/// botocore `PlacementConstraint`: memberOf takes a cluster query language expression of at most
/// 2,000 characters (ecs/cluster_query.hpp), distinctInstance none (ECS-RT-010). A task
/// definition's constraints are `task_definition_placement_constraint`, which allows memberOf only.
struct placement_constraint : core::model {
    std::optional<core::open_enum<placement_constraint_type>> type;
    std::optional<std::string> expression;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = placement_constraint;
        return core::fields<core::camel_case, core::field<&T::type>, core::field<&T::expression>>();
    }
    friend bool operator==(const placement_constraint&, const placement_constraint&) = default;
};

} // namespace awsmodel::ecs

#endif
