// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_PLACEMENT_SCENARIO_HPP
#define AWSMODEL_ECS_PLACEMENT_SCENARIO_HPP

/// What task placement reads: the cluster (its container instances as DescribeContainerInstances
/// describes them, the tasks already running, the task definitions, optionally the subnets that
/// map awsvpc subnets to zones and a seed for random), and the scenario document of `awsmodel
/// place`, which adds the RunTask request.
///
/// awsmodel-own-shapes: not botocore's. The scenario is awsmodel's own document (docs/placement.md
/// describes it); each shape it embeds is botocore's.

#include <awsmodel/core/fields.hpp>
#include <awsmodel/ec2/subnet.hpp>
#include <awsmodel/ecs/container_instance.hpp>
#include <awsmodel/ecs/run_task_model.hpp>
#include <awsmodel/ecs/task.hpp>
#include <awsmodel/ecs/task_definition_model.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace awsmodel::ecs {

/// The cluster placement decides on. Instances are considered in this order when strategies tie.
struct cluster_state {
    std::vector<container_instance> container_instances;
    std::vector<task> running_tasks;           ///< as DescribeTasks gives them; stopped ones count for nothing
    std::vector<task_definition> task_definitions; ///< described, with family, revision and status
    std::vector<ec2::subnet> subnets;          ///< only for LOCATION: the zone of each subnet
    std::uint64_t seed = 0;                    ///< drives `random` and ties of an empty strategy chain
};

/// The document `awsmodel place` and `awsmodel capacity` read.
struct placement_scenario : core::model {
    std::vector<container_instance> container_instances;
    std::optional<std::vector<task>> running_tasks;
    std::vector<task_definition> task_definitions;
    run_task_request run_task;
    std::optional<std::int64_t> seed;
    std::optional<std::vector<ec2::subnet>> subnets;
    std::optional<std::string> description; ///< what the scenario shows
    std::optional<bool> benchmark_only;     ///< lifts the count limit of 10, for benchmarks
    core::extra_members extra;

    static constexpr auto fields() {
        using T = placement_scenario;
        return core::fields<core::camel_case,
                            core::field<&T::container_instances>,
                            core::field<&T::running_tasks>,
                            core::field<&T::task_definitions>,
                            core::field<&T::run_task>,
                            core::field<&T::seed>,
                            core::field<&T::subnets>,
                            core::field<&T::description>,
                            core::field<&T::benchmark_only>>();
    }
    friend bool operator==(const placement_scenario&, const placement_scenario&) = default;

    /// The cluster of the scenario.
    cluster_state state() const& {
        cluster_state s;
        s.container_instances = container_instances;
        if (running_tasks) s.running_tasks = *running_tasks;
        s.task_definitions = task_definitions;
        if (subnets) s.subnets = *subnets;
        s.seed = static_cast<std::uint64_t>(seed.value_or(0));
        return s;
    }
    cluster_state state() && {
        cluster_state s;
        s.container_instances = std::move(container_instances);
        if (running_tasks) s.running_tasks = std::move(*running_tasks);
        s.task_definitions = std::move(task_definitions);
        if (subnets) s.subnets = std::move(*subnets);
        s.seed = static_cast<std::uint64_t>(seed.value_or(0));
        return s;
    }
};

} // namespace awsmodel::ecs

#endif
