// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_LINUX_PARAMETERS_HPP
#define AWSMODEL_ECS_LINUX_PARAMETERS_HPP

/// Linux-specific container options: kernel capabilities, devices, tmpfs mounts, swap and init.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LinuxParameters.html

#include <awsmodel/core/rule_id.hpp>
#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/quantity.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::ecs {

/// botocore ecs `DeviceCgroupPermission`.
enum class device_cgroup_permission { read, write, mknod };
constexpr auto wire_names(device_cgroup_permission) noexcept {
    return std::to_array<std::string_view>({"read", "write", "mknod"});
}
constexpr core::rule_id enum_rule(device_cgroup_permission) noexcept { return "ECS-TD-105"; }

/// Capabilities added to or dropped from Docker's default set, named without `CAP_` ("SYS_PTRACE").
struct kernel_capabilities : core::model {
    std::optional<std::vector<std::string>> add;
    std::optional<std::vector<std::string>> drop;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = kernel_capabilities;
        return core::fields<core::camel_case,
                            core::field<&T::add>,
                            core::field<&T::drop>>();
    }
    friend bool operator==(const kernel_capabilities&, const kernel_capabilities&) = default;
};

/// A host device exposed to the container.
struct device : core::model {
    std::string host_path;
    std::optional<std::string> container_path; ///< @default the host path
    /// @default read, write and mknod
    std::optional<std::vector<core::open_enum<device_cgroup_permission>>> permissions;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = device;
        return core::fields<core::camel_case,
                            core::field<&T::host_path>,
                            core::field<&T::container_path>,
                            core::field<&T::permissions>>();
    }
    friend bool operator==(const device&, const device&) = default;
};

/// A tmpfs mount: memory-backed scratch space of a fixed size.
struct tmpfs : core::model {
    std::string container_path;
    core::mebibytes size;
    std::optional<std::vector<std::string>> mount_options; ///< "rw", "noexec", "size=..." and the like
    core::extra_members extra;

    static constexpr auto fields() {
        using T = tmpfs;
        return core::fields<core::camel_case,
                            core::field<&T::container_path>,
                            core::field<&T::size>,
                            core::field<&T::mount_options>>();
    }
    friend bool operator==(const tmpfs&, const tmpfs&) = default;
};

/// `linuxParameters` of a container definition.
struct linux_parameters : core::model {
    std::optional<kernel_capabilities> capabilities;
    std::optional<std::vector<device>> devices;
    std::optional<bool> init_process_enabled; ///< @default false: the container's process is PID 1
    std::optional<core::mebibytes> shared_memory_size; ///< /dev/shm; @default Docker's 64 MiB
    std::optional<std::vector<ecs::tmpfs>> tmpfs;
    std::optional<core::mebibytes> max_swap;   ///< @default the container instance's swap setting; 0 disables swap
    std::optional<std::int32_t> swappiness;    ///< 0-100
    core::extra_members extra;

    static constexpr auto fields() {
        using T = linux_parameters;
        return core::fields<core::camel_case,
                            core::field<&T::capabilities>,
                            core::field<&T::devices>,
                            core::field<&T::init_process_enabled>,
                            core::field<&T::shared_memory_size>,
                            core::field<&T::tmpfs>,
                            core::field<&T::max_swap>,
                            core::field<&T::swappiness, core::with{.aws_default = "60"}>>();
    }
    friend bool operator==(const linux_parameters&, const linux_parameters&) = default;
};

} // namespace awsmodel::ecs

#endif
