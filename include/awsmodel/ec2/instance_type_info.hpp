// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_EC2_INSTANCE_TYPE_INFO_HPP
#define AWSMODEL_EC2_INSTANCE_TYPE_INFO_HPP

/// What DescribeInstanceTypes says about an instance type (`instance_type_info`) and the
/// enumerations it uses: the shape of each entry of the catalog (ec2/instance_type_catalog.hpp).

#include <array>
#include <cstdint>
#include <string_view>
#include <type_traits>

namespace awsmodel::ec2 {

/// botocore ec2 `ArchitectureType`.
enum class architecture : std::uint8_t { i386, x86_64, arm64, x86_64_mac, arm64_mac };
constexpr auto wire_names(architecture) noexcept {
    return std::to_array<std::string_view>({"i386", "x86_64", "arm64", "x86_64_mac", "arm64_mac"});
}
/// botocore ec2 `EbsOptimizedSupport`: `default_` means EBS optimization is always on.
enum class ebs_optimized_support : std::uint8_t { unsupported, supported, default_ };
constexpr auto wire_names(ebs_optimized_support) noexcept {
    return std::to_array<std::string_view>({"unsupported", "supported", "default"});
}
/// botocore ec2 `InstanceTypeHypervisor`, plus `none`: bare-metal types report no hypervisor,
/// and `none` has no wire name.
enum class instance_type_hypervisor : std::uint8_t { nitro, xen, none };
constexpr auto wire_names(instance_type_hypervisor) noexcept {
    return std::to_array<std::string_view>({"nitro", "xen"});
}
/// botocore ec2 `BootModeType`.
enum class boot_mode_type : std::uint8_t { legacy_bios, uefi };
constexpr auto wire_names(boot_mode_type) noexcept { return std::to_array<std::string_view>({"legacy-bios", "uefi"}); }
/// botocore ec2 `UsageClassType`.
enum class usage_class_type : std::uint8_t { spot, on_demand, capacity_block };
constexpr auto wire_names(usage_class_type) noexcept {
    return std::to_array<std::string_view>({"spot", "on-demand", "capacity-block"});
}

/// The bit of `e` in a set of enumerators stored as a mask (`architectures`, `boot_modes`, ...).
template <class E>
    requires std::is_enum_v<E>
constexpr std::uint8_t enum_bit(E e) noexcept {
    return static_cast<std::uint8_t>(1u << static_cast<unsigned>(e));
}

/// What DescribeInstanceTypes says about one instance type, reduced to what requests are checked
/// against. Counts are the defaults AWS launches with (CPU options can lower cores and threads).
struct instance_type_info {
    std::string_view name;                 ///< `InstanceType`, e.g. "m5.large"
    std::int32_t vcpus;                    ///< `VCpuInfo.DefaultVCpus`
    std::int32_t default_cores;            ///< `VCpuInfo.DefaultCores`
    std::int32_t default_threads_per_core; ///< `VCpuInfo.DefaultThreadsPerCore`
    std::int64_t memory_mib;               ///< `MemoryInfo.SizeInMiB`
    std::uint8_t architectures;            ///< `ProcessorInfo.SupportedArchitectures`, bits of `architecture`
    bool burstable;                        ///< `BurstablePerformanceSupported` (T2, T3, T3a, T4g: CPU credits)
    bool current_generation;               ///< `CurrentGeneration`
    bool bare_metal;                       ///< `BareMetal`
    bool free_tier_eligible;               ///< `FreeTierEligible`
    ebs_optimized_support ebs_optimized;   ///< `EbsInfo.EbsOptimizedSupport`
    bool ebs_nvme_required;                ///< `EbsInfo.NvmeSupport` is "required": the AMI needs NVMe drivers
    std::int32_t instance_store_disks;     ///< sum of `InstanceStorageInfo.Disks[].Count`; 0 without instance store
    std::int64_t instance_store_total_gib; ///< `InstanceStorageInfo.TotalSizeInGB` (AWS's GB); 0 without
    bool instance_store_nvme;              ///< instance store disks are NVMe
    std::int32_t max_network_interfaces;   ///< `NetworkInfo.MaximumNetworkInterfaces`
    std::int32_t ipv4_per_interface;       ///< `NetworkInfo.Ipv4AddressesPerInterface`
    std::int32_t ipv6_per_interface;       ///< `NetworkInfo.Ipv6AddressesPerInterface`
    bool ipv6_supported;                   ///< `NetworkInfo.Ipv6Supported`
    bool ena_supported;                    ///< `NetworkInfo.EnaSupport` is "supported" or "required"
    bool ena_required;                     ///< `NetworkInfo.EnaSupport` is "required": the AMI needs ENA
    bool efa_supported;                    ///< `NetworkInfo.EfaSupported`
    std::int32_t gpus;                     ///< sum of `GpuInfo.Gpus[].Count`
    std::int64_t gpu_memory_mib;           ///< `GpuInfo.TotalGpuMemoryInMiB`
    /// Inference accelerators, Neuron devices and FPGAs (Inf1's chips, listed by AWS under both
    /// inference and Neuron, count once); media accelerators are not counted.
    std::int32_t accelerators;
    instance_type_hypervisor hypervisor;   ///< `Hypervisor`; `none` when absent (bare metal)
    std::uint8_t boot_modes;               ///< `SupportedBootModes`, bits of `boot_mode_type`
    bool hibernation_supported;            ///< `HibernationSupported`
    std::uint8_t usage_classes;            ///< `SupportedUsageClasses`, bits of `usage_class_type`
    bool nitro_enclaves_supported;         ///< `NitroEnclavesSupport` is "supported"

    constexpr bool supports(architecture a) const noexcept { return (architectures & enum_bit(a)) != 0; }
    constexpr bool supports(boot_mode_type m) const noexcept { return (boot_modes & enum_bit(m)) != 0; }
    constexpr bool supports(usage_class_type u) const noexcept { return (usage_classes & enum_bit(u)) != 0; }
    /// The part before the dot: "m5" for "m5.large", "u7i-12tb" for "u7i-12tb.224xlarge".
    constexpr std::string_view family() const noexcept { return name.substr(0, name.find('.')); }
};

} // namespace awsmodel::ec2

#endif
