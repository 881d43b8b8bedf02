// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_TASK_VOLUME_HPP
#define AWSMODEL_ECS_TASK_VOLUME_HPP

/// A volume of a task definition and the storage behind it: a bind mount, a Docker volume, EFS,
/// FSx for Windows File Server, S3 Files, or one configured when the task is launched.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Volume.html

#include <awsmodel/core/rule_id.hpp>
#include <awsmodel/core/arn.hpp>
#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/port.hpp>
#include <awsmodel/core/resource_id.hpp>
#include <awsmodel/core/string_map.hpp>

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace awsmodel::ecs {

/// An EFS or FSx file system (`fs-`).
using file_system_id = core::resource_id<"fs">;
/// An EFS access point (`fsap-`).
using access_point_id = core::resource_id<"fsap">;

/// botocore ecs `Scope`.
enum class docker_volume_scope { task, shared };
constexpr auto wire_names(docker_volume_scope) noexcept { return std::to_array<std::string_view>({"task", "shared"}); }
constexpr core::rule_id enum_rule(docker_volume_scope) noexcept { return "ECS-TD-039"; }
/// botocore ecs `EFSTransitEncryption`.
enum class efs_transit_encryption { enabled, disabled };
constexpr auto wire_names(efs_transit_encryption) noexcept {
    return std::to_array<std::string_view>({"ENABLED", "DISABLED"});
}
constexpr core::rule_id enum_rule(efs_transit_encryption) noexcept { return "ECS-TD-041"; }
/// botocore ecs `EFSAuthorizationConfigIAM`.
enum class efs_authorization_config_iam { enabled, disabled };
constexpr auto wire_names(efs_authorization_config_iam) noexcept {
    return std::to_array<std::string_view>({"ENABLED", "DISABLED"});
}
constexpr core::rule_id enum_rule(efs_authorization_config_iam) noexcept { return "ECS-TD-041"; }

/// A bind mount of a path on the container instance.
struct host_volume_properties : core::model {
    /// @default none: Docker picks a host path that lives as long as the containers use it
    std::optional<std::string> source_path;
    core::extra_members extra;

    static constexpr auto fields() {
        return core::fields<core::camel_case,
                            core::field<&host_volume_properties::source_path>>();
    }
    friend bool operator==(const host_volume_properties&, const host_volume_properties&) = default;
};

/// A Docker volume, managed by a Docker volume driver.
struct docker_volume_configuration : core::model {
    std::optional<core::open_enum<docker_volume_scope>> scope;
    std::optional<bool> autoprovision; ///< create a missing shared volume
    std::optional<std::string> driver;
    std::optional<core::string_map<std::string>> driver_opts;
    std::optional<core::string_map<std::string>> labels;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = docker_volume_configuration;
        return core::fields<core::camel_case,
                            core::field<&T::scope, core::with{.aws_default = "task"}>,
                            core::field<&T::autoprovision, core::with{.aws_default = "false"}>,
                            core::field<&T::driver, core::with{.aws_default = "local"}>,
                            core::field<&T::driver_opts>,
                            core::field<&T::labels>>();
    }
    friend bool operator==(const docker_volume_configuration&, const docker_volume_configuration&) = default;
};

/// How the task authenticates to EFS.
struct efs_authorization_config : core::model {
    std::optional<ecs::access_point_id> access_point_id;
    std::optional<core::open_enum<efs_authorization_config_iam>> iam; ///< use the task role
    core::extra_members extra;

    static constexpr auto fields() {
        using T = efs_authorization_config;
        return core::fields<core::camel_case,
                            core::field<&T::access_point_id>,
                            core::field<&T::iam, core::with{.aws_default = "DISABLED", .cfn = "IAM"}>>();
    }
    friend bool operator==(const efs_authorization_config&, const efs_authorization_config&) = default;
};

/// An Amazon EFS file system.
struct efs_volume_configuration : core::model {
    ecs::file_system_id file_system_id;
    std::optional<std::string> root_directory;
    std::optional<core::open_enum<efs_transit_encryption>> transit_encryption;
    /// @default chosen by the EFS mount helper
    std::optional<core::port> transit_encryption_port;
    std::optional<efs_authorization_config> authorization_config;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = efs_volume_configuration;
        return core::fields<core::camel_case,
                            core::field<&T::file_system_id, core::with{.cfn = "FilesystemId"}>,
                            core::field<&T::root_directory, core::with{.aws_default = "/"}>,
                            core::field<&T::transit_encryption, core::with{.aws_default = "DISABLED"}>,
                            core::field<&T::transit_encryption_port>,
                            core::field<&T::authorization_config>>();
    }
    friend bool operator==(const efs_volume_configuration&, const efs_volume_configuration&) = default;
};

/// An Amazon S3 Files file system.
struct s3files_volume_configuration : core::model {
    core::arn file_system_arn;
    std::optional<std::string> root_directory;
    std::optional<core::port> transit_encryption_port;
    std::optional<core::arn> access_point_arn;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = s3files_volume_configuration;
        return core::fields<core::camel_case,
                            core::field<&T::file_system_arn>,
                            core::field<&T::root_directory, core::with{.aws_default = "/"}>,
                            core::field<&T::transit_encryption_port>,
                            core::field<&T::access_point_arn>>();
    }
    friend bool operator==(const s3files_volume_configuration&, const s3files_volume_configuration&) = default;
};

/// The Active Directory credentials for an FSx for Windows File Server volume.
struct fsx_windows_file_server_authorization_config : core::model {
    core::arn credentials_parameter; ///< a Secrets Manager secret or SSM parameter ARN
    std::string domain;               ///< the Active Directory domain
    core::extra_members extra;

    static constexpr auto fields() {
        using T = fsx_windows_file_server_authorization_config;
        return core::fields<core::camel_case,
                            core::field<&T::credentials_parameter>,
                            core::field<&T::domain>>();
    }
    friend bool operator==(const fsx_windows_file_server_authorization_config&,
                           const fsx_windows_file_server_authorization_config&) = default;
};

/// An Amazon FSx for Windows File Server file system.
struct fsx_windows_file_server_volume_configuration : core::model {
    ecs::file_system_id file_system_id;
    std::string root_directory;
    fsx_windows_file_server_authorization_config authorization_config;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = fsx_windows_file_server_volume_configuration;
        return core::fields<core::camel_case,
                            core::field<&T::file_system_id>,
                            core::field<&T::root_directory>,
                            core::field<&T::authorization_config>>();
    }
    friend bool operator==(const fsx_windows_file_server_volume_configuration&,
                           const fsx_windows_file_server_volume_configuration&) = default;
};

/// A volume of a task definition; containers mount it by `name`. At most one kind of storage
/// backs it; with none, it is a bind mount Docker manages.
struct volume : core::model {
    std::optional<std::string> name;
    std::optional<host_volume_properties> host;
    std::optional<ecs::docker_volume_configuration> docker_volume_configuration;
    std::optional<ecs::efs_volume_configuration> efs_volume_configuration;
    std::optional<ecs::s3files_volume_configuration> s3files_volume_configuration;
    std::optional<ecs::fsx_windows_file_server_volume_configuration> fsx_windows_file_server_volume_configuration;
    /// The storage is given when a service or task is created (Amazon EBS); @default false
    std::optional<bool> configured_at_launch;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = volume;
        return core::fields<core::camel_case,
                            core::field<&T::name>,
                            core::field<&T::host>,
                            core::field<&T::docker_volume_configuration>,
                            core::field<&T::efs_volume_configuration, core::with{.cfn = "EFSVolumeConfiguration"}>,
                            core::field<&T::s3files_volume_configuration, core::with{.cfn = "S3FilesVolumeConfiguration"}>,
                            core::field<&T::fsx_windows_file_server_volume_configuration, core::with{.cfn = "FSxWindowsFileServerVolumeConfiguration"}>,
                            core::field<&T::configured_at_launch>>();
    }
    friend bool operator==(const volume&, const volume&) = default;
};

} // namespace awsmodel::ecs

#endif
