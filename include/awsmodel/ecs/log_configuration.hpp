// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_LOG_CONFIGURATION_HPP
#define AWSMODEL_ECS_LOG_CONFIGURATION_HPP

/// Where a container's output goes: its log driver, and the FireLens log router that the
/// `awsfirelens` driver sends to.

#include <awsmodel/core/rule_id.hpp>
#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/string_map.hpp>
#include <awsmodel/ecs/secret.hpp>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::ecs {

/// botocore ecs `LogDriver`.
enum class log_driver { json_file, syslog, journald, gelf, fluentd, awslogs, splunk, awsfirelens };
constexpr auto wire_names(log_driver) noexcept {
    return std::to_array<std::string_view>(
        {"json-file", "syslog", "journald", "gelf", "fluentd", "awslogs", "splunk", "awsfirelens"});
}
constexpr core::rule_id enum_rule(log_driver) noexcept { return "ECS-TD-098"; }
/// botocore ecs `FirelensConfigurationType`.
enum class firelens_configuration_type { fluentd, fluentbit };
constexpr auto wire_names(firelens_configuration_type) noexcept {
    return std::to_array<std::string_view>({"fluentd", "fluentbit"});
}
constexpr core::rule_id enum_rule(firelens_configuration_type) noexcept { return "ECS-TD-102"; }

/// A container's log driver and its options.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LogConfiguration.html
struct log_configuration : core::model {
    core::open_enum<ecs::log_driver> log_driver;
    /// Driver options ("awslogs-group", "awslogs-region", "awslogs-stream-prefix", ...)
    std::optional<core::string_map<std::string>> options;
    std::optional<std::vector<secret>> secret_options; ///< options whose values are secrets
    core::extra_members extra;

    static constexpr auto fields() {
        using T = log_configuration;
        return core::fields<core::camel_case,
                            core::field<&T::log_driver>,
                            core::field<&T::options>,
                            core::field<&T::secret_options>>();
    }
    friend bool operator==(const log_configuration&, const log_configuration&) = default;
};

/// Makes a container the task's FireLens log router (Fluentd or Fluent Bit).
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_FirelensConfiguration.html
struct firelens_configuration : core::model {
    core::open_enum<firelens_configuration_type> type;
    /// "enable-ecs-log-metadata", "config-file-type" (s3|file), "config-file-value"
    std::optional<core::string_map<std::string>> options;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = firelens_configuration;
        return core::fields<core::camel_case,
                            core::field<&T::type>,
                            core::field<&T::options>>();
    }
    friend bool operator==(const firelens_configuration&, const firelens_configuration&) = default;
};

} // namespace awsmodel::ecs

#endif
