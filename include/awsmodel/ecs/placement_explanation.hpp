// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_PLACEMENT_EXPLANATION_HPP
#define AWSMODEL_ECS_PLACEMENT_EXPLANATION_HPP

/// Why placement chose what it chose, and how many more tasks fit: the documents `ecs::place`
/// (on request) and `ecs::capacity` answer with, encoded as JSON by their field tables.
///
/// awsmodel-own-shapes: not botocore's. ECS has no such answer; docs/placement.md describes them.

#include <awsmodel/core/arn.hpp>
#include <awsmodel/core/fields.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace awsmodel::ecs {

/// An instance's standing under one strategy of the chain, before the call's first task: the
/// value the strategy compares (remaining CPU or MiB, tasks of the group on the instance or in its
/// attribute bucket) and its rank among the candidates (1 is best, ties share a rank).
struct strategy_rank : core::model {
    std::string strategy; ///< "binpack:memory", "spread:attribute:ecs.availability-zone", "random"
    std::optional<std::int64_t> value;
    std::optional<std::string> bucket; ///< spread by attribute: the value, absent when the instance lacks it
    std::optional<std::int32_t> rank;  ///< absent for random
    core::extra_members extra;

    static constexpr auto fields() {
        using T = strategy_rank;
        return core::fields<core::camel_case,
                            core::field<&T::strategy>,
                            core::field<&T::value>,
                            core::field<&T::bucket>,
                            core::field<&T::rank>>();
    }
    friend bool operator==(const strategy_rank&, const strategy_rank&) = default;
};

/// One instance in an explanation: the first filter that rejected it for the call's first task,
/// or its rank under each strategy; and how many of the call's tasks it was given.
struct instance_explanation : core::model {
    std::optional<core::arn> container_instance_arn;
    std::optional<std::string> ec2_instance_id;
    std::optional<std::string> status;
    std::optional<std::string> rejected_by; ///< a failure reason, or why a non-ACTIVE instance is no candidate
    std::optional<std::vector<strategy_rank>> ranks;
    std::int32_t tasks_placed = 0;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = instance_explanation;
        return core::fields<core::camel_case,
                            core::field<&T::container_instance_arn>,
                            core::field<&T::ec2_instance_id>,
                            core::field<&T::status>,
                            core::field<&T::rejected_by>,
                            core::field<&T::ranks>,
                            core::field<&T::tasks_placed>>();
    }
    friend bool operator==(const instance_explanation&, const instance_explanation&) = default;
};

/// The explanation of one RunTask call.
struct placement_explanation : core::model {
    std::optional<core::arn> task_definition_arn;
    std::string group;
    std::vector<std::string> strategies; ///< the chain, in order; empty: any candidate, chosen at random
    std::int32_t requested = 0;
    std::int32_t placed = 0;
    std::vector<instance_explanation> instances;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = placement_explanation;
        return core::fields<core::camel_case,
                            core::field<&T::task_definition_arn>,
                            core::field<&T::group>,
                            core::field<&T::strategies>,
                            core::field<&T::requested>,
                            core::field<&T::placed>,
                            core::field<&T::instances>>();
    }
    friend bool operator==(const placement_explanation&, const placement_explanation&) = default;
};

/// How many more copies of the task fit on one instance, and what runs out first.
struct instance_capacity : core::model {
    std::optional<core::arn> container_instance_arn;
    std::optional<std::string> ec2_instance_id;
    std::optional<std::int64_t> fits;       ///< absent: unbounded (the task reserves nothing the instance counts)
    std::optional<std::string> limited_by; ///< the failure reason the next copy would get
    core::extra_members extra;

    static constexpr auto fields() {
        using T = instance_capacity;
        return core::fields<core::camel_case,
                            core::field<&T::container_instance_arn>,
                            core::field<&T::ec2_instance_id>,
                            core::field<&T::fits>,
                            core::field<&T::limited_by>>();
    }
    friend bool operator==(const instance_capacity&, const instance_capacity&) = default;
};

/// How many instances stop at one reason.
struct limit_count : core::model {
    std::string reason;
    std::int32_t instances = 0;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = limit_count;
        return core::fields<core::camel_case, core::field<&T::reason>, core::field<&T::instances>>();
    }
    friend bool operator==(const limit_count&, const limit_count&) = default;
};

/// The capacity of the cluster for one task definition: over its ACTIVE instances, how many more
/// copies fit, instance by instance, and the reasons they stop at, most frequent first.
struct capacity_answer : core::model {
    std::optional<core::arn> task_definition_arn;
    std::string group;
    std::optional<std::int64_t> total; ///< absent when some instance is unbounded
    std::vector<instance_capacity> instances;
    std::vector<limit_count> limited_by;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = capacity_answer;
        return core::fields<core::camel_case,
                            core::field<&T::task_definition_arn>,
                            core::field<&T::group>,
                            core::field<&T::total>,
                            core::field<&T::instances>,
                            core::field<&T::limited_by>>();
    }
    friend bool operator==(const capacity_answer&, const capacity_answer&) = default;
};

} // namespace awsmodel::ecs

#endif
