// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_DEPLOYMENT_HPP
#define AWSMODEL_ECS_DEPLOYMENT_HPP

/// How a service deploys a new revision: the deployment controller (ECS, CodeDeploy or an
/// external one) and, for the ECS controller, the deployment configuration: rolling, blue/green,
/// linear or canary, the task counts kept during a rolling update, the circuit breaker and
/// CloudWatch alarms that stop (and roll back) a failing deployment, and the lifecycle hooks run
/// at its stages. The service shapes (ecs/service.hpp) hold these, and the `Deployment` records
/// a service reports.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentConfiguration.html
///
/// A lifecycle hook's `hookDetails` is a botocore document (any JSON value, passed to the hook),
/// so this header includes core/json_value.hpp and with it Boost.JSON's value.

#include <awsmodel/core/arn.hpp>
#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/json_value.hpp>
#include <awsmodel/core/rule_id.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::ecs {

/// botocore ecs `DeploymentControllerType`.
enum class deployment_controller_type { ecs, code_deploy, external };
constexpr auto wire_names(deployment_controller_type) noexcept {
    return std::to_array<std::string_view>({"ECS", "CODE_DEPLOY", "EXTERNAL"});
}
constexpr core::rule_id enum_rule(deployment_controller_type) noexcept { return "ECS-SV-025"; }

/// botocore ecs `DeploymentStrategy`.
enum class deployment_strategy { rolling, blue_green, linear, canary };
constexpr auto wire_names(deployment_strategy) noexcept {
    return std::to_array<std::string_view>({"ROLLING", "BLUE_GREEN", "LINEAR", "CANARY"});
}
constexpr core::rule_id enum_rule(deployment_strategy) noexcept { return "ECS-SV-041"; }

/// botocore ecs `DeploymentLifecycleHookTargetType`.
enum class deployment_lifecycle_hook_target_type { aws_lambda, pause };
constexpr auto wire_names(deployment_lifecycle_hook_target_type) noexcept {
    return std::to_array<std::string_view>({"AWS_LAMBDA", "PAUSE"});
}
constexpr core::rule_id enum_rule(deployment_lifecycle_hook_target_type) noexcept { return "ECS-SV-045"; }

/// botocore ecs `DeploymentLifecycleHookStage`.
enum class deployment_lifecycle_hook_stage {
    reconcile_service,
    pre_scale_up,
    post_scale_up,
    test_traffic_shift,
    post_test_traffic_shift,
    pre_production_traffic_shift,
    production_traffic_shift,
    post_production_traffic_shift
};
constexpr auto wire_names(deployment_lifecycle_hook_stage) noexcept {
    return std::to_array<std::string_view>({"RECONCILE_SERVICE", "PRE_SCALE_UP", "POST_SCALE_UP", "TEST_TRAFFIC_SHIFT",
                                            "POST_TEST_TRAFFIC_SHIFT", "PRE_PRODUCTION_TRAFFIC_SHIFT",
                                            "PRODUCTION_TRAFFIC_SHIFT", "POST_PRODUCTION_TRAFFIC_SHIFT"});
}
constexpr core::rule_id enum_rule(deployment_lifecycle_hook_stage) noexcept { return "ECS-SV-045"; }

/// botocore ecs `DeploymentLifecycleHookAction`: what a hook's timeout does.
enum class deployment_lifecycle_hook_action { rollback, continue_ };
constexpr auto wire_names(deployment_lifecycle_hook_action) noexcept {
    return std::to_array<std::string_view>({"ROLLBACK", "CONTINUE"});
}
constexpr core::rule_id enum_rule(deployment_lifecycle_hook_action) noexcept { return "ECS-SV-045"; }

/// Which deployment controller deploys the service.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentController.html
struct deployment_controller : core::model {
    core::open_enum<deployment_controller_type> type;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = deployment_controller;
        return core::fields<core::camel_case,
                            core::field<&T::type>>();
    }
    friend bool operator==(const deployment_controller&, const deployment_controller&) = default;
};

/// Stops a rolling deployment whose tasks fail to reach a steady state, and optionally rolls it
/// back to the last completed deployment.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentCircuitBreaker.html
struct deployment_circuit_breaker : core::model {
    bool enable;
    bool rollback;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = deployment_circuit_breaker;
        return core::fields<core::camel_case,
                            core::field<&T::enable>,
                            core::field<&T::rollback>>();
    }
    friend bool operator==(const deployment_circuit_breaker&, const deployment_circuit_breaker&) = default;
};

/// CloudWatch alarms whose ALARM state marks a deployment as failed.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentAlarms.html
struct deployment_alarms : core::model {
    std::vector<std::string> alarm_names;
    bool rollback;
    bool enable;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = deployment_alarms;
        return core::fields<core::camel_case,
                            core::field<&T::alarm_names>,
                            core::field<&T::rollback>,
                            core::field<&T::enable>>();
    }
    friend bool operator==(const deployment_alarms&, const deployment_alarms&) = default;
};

/// How long a lifecycle hook may run, and what happens when it does not answer in time.
struct deployment_lifecycle_hook_timeout_configuration : core::model {
    std::optional<std::int32_t> timeout_in_minutes; ///< 1-20160 (two weeks)
    std::optional<core::open_enum<deployment_lifecycle_hook_action>> action;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = deployment_lifecycle_hook_timeout_configuration;
        return core::fields<core::camel_case,
                            core::field<&T::timeout_in_minutes, core::with{.min = 1, .max = 20160}>,
                            core::field<&T::action>>();
    }
    friend bool operator==(const deployment_lifecycle_hook_timeout_configuration&,
                           const deployment_lifecycle_hook_timeout_configuration&) = default;
};

/// A Lambda function (or a pause) run at the given stages of a deployment; the deployment goes on
/// when it reports success.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentLifecycleHook.html
struct deployment_lifecycle_hook : core::model {
    std::optional<core::open_enum<deployment_lifecycle_hook_target_type>> target_type;
    std::optional<core::arn> hook_target_arn; ///< the Lambda function
    std::optional<core::arn> role_arn;        ///< the role ECS calls the function with
    std::optional<std::vector<core::open_enum<deployment_lifecycle_hook_stage>>> lifecycle_stages;
    std::optional<core::json_value> hook_details; ///< any JSON value, passed to the hook as it is
    std::optional<deployment_lifecycle_hook_timeout_configuration> timeout_configuration;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = deployment_lifecycle_hook;
        return core::fields<core::camel_case,
                            core::field<&T::target_type>,
                            core::field<&T::hook_target_arn>,
                            core::field<&T::role_arn>,
                            core::field<&T::lifecycle_stages>,
                            core::field<&T::hook_details>,
                            core::field<&T::timeout_configuration>>();
    }
    friend bool operator==(const deployment_lifecycle_hook&, const deployment_lifecycle_hook&) = default;
};

/// A linear deployment: production traffic moves in equal steps, with a bake time after each.
struct linear_configuration : core::model {
    std::optional<double> step_percent; ///< the share of traffic each step moves, in percent
    std::optional<std::int32_t> step_bake_time_in_minutes;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = linear_configuration;
        return core::fields<core::camel_case,
                            core::field<&T::step_percent>,
                            core::field<&T::step_bake_time_in_minutes>>();
    }
    friend bool operator==(const linear_configuration&, const linear_configuration&) = default;
};

/// A canary deployment: a share of production traffic first, the rest after the bake time.
struct canary_configuration : core::model {
    std::optional<double> canary_percent; ///< the share of traffic the canary gets, in percent
    std::optional<std::int32_t> canary_bake_time_in_minutes;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = canary_configuration;
        return core::fields<core::camel_case,
                            core::field<&T::canary_percent>,
                            core::field<&T::canary_bake_time_in_minutes>>();
    }
    friend bool operator==(const canary_configuration&, const canary_configuration&) = default;
};

/// How the ECS deployment controller replaces a service's tasks. The percentages are of the
/// desired count: AWS's defaults are those of a REPLICA service (200 and 100); a DAEMON service
/// uses 100 and 0.
struct deployment_configuration : core::model {
    std::optional<ecs::deployment_circuit_breaker> deployment_circuit_breaker; ///< rolling deployments only
    std::optional<std::int32_t> maximum_percent;         ///< upper limit of running and pending tasks
    std::optional<std::int32_t> minimum_healthy_percent; ///< lower limit of running, healthy tasks
    std::optional<deployment_alarms> alarms;
    std::optional<core::open_enum<deployment_strategy>> strategy;
    std::optional<std::int32_t> bake_time_in_minutes; ///< blue/green, linear, canary: both revisions run this long
    std::optional<std::vector<deployment_lifecycle_hook>> lifecycle_hooks;
    std::optional<ecs::linear_configuration> linear_configuration; ///< with strategy LINEAR
    std::optional<ecs::canary_configuration> canary_configuration; ///< with strategy CANARY
    core::extra_members extra;

    static constexpr auto fields() {
        using T = deployment_configuration;
        return core::fields<core::camel_case,
                            core::field<&T::deployment_circuit_breaker>,
                            core::field<&T::maximum_percent, core::with{.aws_default = "200"}>,
                            core::field<&T::minimum_healthy_percent, core::with{.aws_default = "100"}>,
                            core::field<&T::alarms>,
                            core::field<&T::strategy, core::with{.aws_default = "ROLLING"}>,
                            core::field<&T::bake_time_in_minutes>,
                            core::field<&T::lifecycle_hooks>,
                            core::field<&T::linear_configuration>,
                            core::field<&T::canary_configuration>>();
    }
    friend bool operator==(const deployment_configuration&, const deployment_configuration&) = default;
};

} // namespace awsmodel::ecs

#endif
