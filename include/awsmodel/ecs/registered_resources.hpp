// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_REGISTERED_RESOURCES_HPP
#define AWSMODEL_ECS_REGISTERED_RESOURCES_HPP

/// What the ECS container agent registers for an instance of an EC2 instance type: the
/// `totalResources` of its RegisterContainerInstance request, which DescribeContainerInstances
/// shows as `registeredResources`, and the GPUs it offers as `platformDevices`.
///
///   auto resources = ecs::registered_resources(ec2::instance_type<"m5.large">, ecs::agent_config{});
///   // CPU 2048, MEMORY ~7674 MiB, PORTS 22 2375 2376 51678 51679, PORTS_UDP none
///   static_assert(ecs::registered_cpu_units(ec2::instance_type<"c5.xlarge">) == 4096);
///
/// CPU and the ports are exact: the agent counts 1,024 units per logical CPU the kernel sees
/// (the type's vCPUs) and renders ECS_RESERVED_PORTS. MEMORY is an estimate: the agent
/// registers MemTotal of /proc/meminfo, which is the installed memory less what the kernel keeps
/// at boot, and that depends on the AMI's kernel (see estimated_mem_total_mib).
/// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/memory-management.html

#include <awsmodel/core/diagnostic.hpp>
#include <awsmodel/core/result.hpp>
#include <awsmodel/ec2/instance_type.hpp>
#include <awsmodel/ec2/instance_type_info.hpp>
#include <awsmodel/ecs/agent_config.hpp>
#include <awsmodel/ecs/container_instance.hpp>

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace awsmodel::ecs {

/// The CPU units the agent registers: 1,024 per vCPU (runtime.NumCPU() × 1024 in the agent).
constexpr std::int32_t registered_cpu_units(const ec2::instance_type_info& t) noexcept { return t.vcpus * 1024; }

/// An estimate of a memory size in MiB, and how far a real instance may be from it.
struct memory_estimate {
    std::int64_t mib;
    std::int64_t tolerance_mib;

    constexpr std::int64_t low() const noexcept { return mib - tolerance_mib; }
    constexpr std::int64_t high() const noexcept { return mib + tolerance_mib; }
    /// Whether a registered value agrees with the estimate.
    constexpr bool admits(std::int64_t observed_mib) const noexcept { return observed_mib >= low() && observed_mib <= high(); }
    friend constexpr bool operator==(const memory_estimate&, const memory_estimate&) = default;
};

/// What the kernel reports as MemTotal on an instance of type `t`, in MiB, before
/// ECS_RESERVED_MEMORY: the value the agent registers when nothing is reserved.
///
/// AWS documents two points (an m4.large registers 7985 MiB on the ECS-optimized Amazon Linux
/// AMI, 8191 MiB on Windows) and says the gap depends on the AMI; the research notes add ten
/// observed values of other types and AMIs (shared/research/agent-registration.md §1). They do
/// not say what the gap is made of. The model here is the kernel's page metadata, 64 bytes per
/// 4 KiB page (1/64 of the memory), plus a fixed part fitted to those observations: 48 MiB on
/// Xen, and on Nitro (and bare metal) a part that grows with the memory, 115 MiB up to 2 GiB,
/// 175 MiB up to 4 GiB, 390 MiB above (the crash kernel's reservation, by its steps; inferred).
/// Every observation lies within 33 MiB of the estimate. The tolerance is twice that, 64 MiB,
/// plus 0.5 % of the memory, for the types (the large ones) where no AMIs were compared.
/// Windows keeps almost nothing back: one documented point (8191 of 8192 MiB), so the estimate is
/// the memory less 1 MiB with the same tolerance.
constexpr memory_estimate estimated_mem_total_mib(const ec2::instance_type_info& t, os_type os) noexcept {
    const std::int64_t installed = t.memory_mib;
    const std::int64_t tolerance = 64 + installed / 200;
    if (os == os_type::windows) return {installed - 1, tolerance};
    std::int64_t fixed = 48;
    if (t.hypervisor != ec2::instance_type_hypervisor::xen)
        fixed = installed <= 2048 ? 115 : installed <= 4096 ? 175 : 390;
    return {installed - installed / 64 - fixed, tolerance};
}

/// The MEMORY the agent registers: MemTotal less ECS_RESERVED_MEMORY. Below zero when more is
/// reserved than the instance has, which makes the agent's registration fail.
constexpr memory_estimate registered_memory_mib(const ec2::instance_type_info& t, const agent_config& c) noexcept {
    memory_estimate m = estimated_mem_total_mib(t, c.os);
    m.mib -= c.reserved_memory_mib;
    return m;
}

/// The GPUs the agent offers: the type's NVIDIA GPUs when ECS_ENABLE_GPU_SUPPORT is on (Linux only).
constexpr std::int32_t registered_gpu_count(const ec2::instance_type_info& t, const agent_config& c) noexcept {
    return c.os == os_type::linux_ && c.enable_gpu_support ? t.gpus : 0;
}

/// The agent's default TCP ports: SSH (Linux) or Windows' own services, the Docker daemon
/// (2375, 2376), the introspection API (51678) and the task metadata endpoint (51679).
inline constexpr std::uint16_t linux_default_reserved_ports[] = {22, 2375, 2376, 51678, 51679};
inline constexpr std::uint16_t windows_default_reserved_ports[] = {2375, 2376, 51678, 51679, 3389,
                                                                  135,  445,  5985, 5986,  53, 139};

/// The TCP ports the agent reserves (PORTS), in the agent's order: ECS_RESERVED_PORTS when
/// given, else the platform's default (with 80 on Windows with task IAM roles, whose credential
/// proxy listens there); then 51680 with ECS_ENABLE_PROMETHEUS_METRICS. The notes do not say
/// whether 51680 joins a list of the user's too; it is added to either, as it is a port the agent
/// takes.
inline std::vector<std::uint16_t> reserved_tcp_ports(const agent_config& c) {
    std::vector<std::uint16_t> ports;
    if (c.reserved_ports)
        ports = *c.reserved_ports;
    else if (c.os == os_type::windows) {
        ports.assign(std::begin(windows_default_reserved_ports), std::end(windows_default_reserved_ports));
        if (c.enable_task_iam_role) ports.push_back(80);
    } else
        ports.assign(std::begin(linux_default_reserved_ports), std::end(linux_default_reserved_ports));
    if (c.enable_prometheus_metrics && std::find(ports.begin(), ports.end(), 51680) == ports.end()) ports.push_back(51680);
    return ports;
}

namespace detail {

inline resource integer_resource(std::string_view name, std::int32_t value) {
    resource r;
    r.name = std::string(name);
    r.type = "INTEGER";
    r.integer_value = value;
    return r;
}

inline resource port_set_resource(std::string_view name, const std::vector<std::uint16_t>& ports) {
    resource r;
    r.name = std::string(name);
    r.type = "STRINGSET";
    r.string_set_value.emplace();
    for (std::uint16_t p : ports) r.string_set_value->push_back(std::to_string(p));
    return r;
}

} // namespace detail

/// The agent's `totalResources` for an instance of type `t`: CPU, MEMORY (the estimate's middle),
/// PORTS and PORTS_UDP, in that order, as the agent sends them (name, type and the one value
/// member; ECS's responses add the others as zeros). GPUs are not among them: the agent offers
/// them as platform devices (gpu_platform_devices). That ECS then lists a GPU resource of their
/// ids in `registeredResources` is inferred in the notes, with no published example, so it is
/// not predicted here; nor are NEURON_CORES, which the agent adds when it finds Inferentia or
/// Trainium cores.
///
/// An error (ECS-AG-006) when ECS_RESERVED_MEMORY leaves no memory: the agent then refuses to register.
inline core::result<std::vector<resource>> registered_resources(const ec2::instance_type_info& t, const agent_config& c) {
    memory_estimate memory = registered_memory_mib(t, c);
    if (memory.mib <= 0)
        return core::result<std::vector<resource>>(core::diagnostics{
            {"/ECS_RESERVED_MEMORY", "ECS-AG-006", core::severity::error,
             core::cat("ECS_RESERVED_MEMORY=", c.reserved_memory_mib, " reserves all the memory of a ", t.name,
                       " (about ", estimated_mem_total_mib(t, c.os).mib,
                       " MiB): the agent would refuse to register (\"reserved memory is higher than available "
                       "memory\"); reserve less")}});
    return std::vector<resource>{detail::integer_resource("CPU", registered_cpu_units(t)),
                                 detail::integer_resource("MEMORY", static_cast<std::int32_t>(memory.mib)),
                                 detail::port_set_resource("PORTS", reserved_tcp_ports(c)),
                                 detail::port_set_resource("PORTS_UDP", c.reserved_ports_udp)};
}

/// The same for an instance type known by name; an error (ECS-AG-007) for a type whose vCPUs and
/// memory the catalog does not give.
inline core::result<std::vector<resource>> registered_resources(const ec2::instance_type_name& type, const agent_config& c) {
    if (const ec2::instance_type_info* t = type.info()) return registered_resources(*t, c);
    return core::result<std::vector<resource>>(core::diagnostics{
        {"/InstanceType", "ECS-AG-007", core::severity::error,
         core::cat("the catalog does not describe \"", type.view(),
                   "\", so the vCPUs and memory the agent would register are unknown",
                   type.is_known() ? " (botocore names it, but the catalog's data has no details of it)"
                                   : "; check the name (ec2::closest_instance_type_name)")}});
}

/// The `platformDevices` the agent sends: one GPU device per id, the ids being those the NVIDIA
/// driver reports on the instance (`/var/lib/ecs/gpu/nvidia_gpu_info.json`), which no catalog
/// can know. None without GPU support or on a type without GPUs. An error (ECS-AG-008) when the
/// number of ids is not the type's number of GPUs.
inline core::result<std::vector<platform_device>> gpu_platform_devices(const ec2::instance_type_info& t,
                                                                       const agent_config& c,
                                                                       std::span<const std::string> gpu_ids) {
    const std::int32_t count = registered_gpu_count(t, c);
    if (gpu_ids.size() != static_cast<std::size_t>(count))
        return core::result<std::vector<platform_device>>(core::diagnostics{
            {"/platformDevices", "ECS-AG-008", core::severity::error,
             core::cat("a ", t.name, count == 0 && t.gpus > 0 ? " without ECS_ENABLE_GPU_SUPPORT=true" : "", " offers ",
                       count, count == 1 ? " GPU" : " GPUs", ", and ", gpu_ids.size(),
                       gpu_ids.size() == 1 ? " id was" : " ids were",
                       " given: give one id per GPU, as nvidia-smi lists them (GPU-...)")}});
    std::vector<platform_device> devices;
    for (const std::string& id : gpu_ids) {
        platform_device d;
        d.id = id;
        d.type = platform_device_type::gpu;
        devices.push_back(std::move(d));
    }
    return devices;
}

} // namespace awsmodel::ecs

#endif
