// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_HEALTH_CHECK_HPP
#define AWSMODEL_ECS_HEALTH_CHECK_HPP

#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/quantity.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace awsmodel::ecs {

/// A container health check run by the agent through Docker.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html
struct health_check : core::model {
    /// `["CMD", "curl", "-f", "http://localhost/"]` or `["CMD-SHELL", "curl -f http://localhost/ || exit 1"]`
    std::vector<std::string> command;
    std::optional<core::seconds> interval;
    std::optional<core::seconds> timeout;
    std::optional<std::int32_t> retries;
    std::optional<core::seconds> start_period; ///< failures in this grace period do not count; @default off
    core::extra_members extra;

    static constexpr auto fields() {
        using T = health_check;
        return core::fields<core::camel_case,
                            core::field<&T::command>,
                            core::field<&T::interval, core::with{.aws_default = "30"}>,
                            core::field<&T::timeout, core::with{.aws_default = "5"}>,
                            core::field<&T::retries, core::with{.aws_default = "3"}>,
                            core::field<&T::start_period>>();
    }
    friend bool operator==(const health_check&, const health_check&) = default;
};

} // namespace awsmodel::ecs

#endif
