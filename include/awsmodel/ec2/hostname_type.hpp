// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_EC2_HOSTNAME_TYPE_HPP
#define AWSMODEL_EC2_HOSTNAME_TYPE_HPP

/// The form of an instance's private host name, which RunInstances requests and a subnet gives by
/// default: its IPv4 address (ip-10-0-0-1) or its instance id (i-0123...).
/// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-naming.html

#include <array>
#include <string_view>

namespace awsmodel::ec2 {

/// botocore ec2 `HostnameType`.
enum class hostname_type { ip_name, resource_name };
constexpr auto wire_names(hostname_type) noexcept { return std::to_array<std::string_view>({"ip-name", "resource-name"}); }

} // namespace awsmodel::ec2

#endif
