// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_INSTANCE_ATTRIBUTES_HPP
#define AWSMODEL_ECS_INSTANCE_ATTRIBUTES_HPP

/// The attributes a container instance has without anyone setting them, which placement
/// constraints and the cluster query language test (`attribute:ecs.instance-type == m5.large`).
/// Two sources:
///
/// - the agent sends its capabilities (`com.amazonaws.ecs.capability.*`, `ecs.capability.*`),
///   `ecs.os-type`, `ecs.os-family` and the custom ECS_INSTANCE_ATTRIBUTES in the
///   RegisterContainerInstance request: agent_attributes();
/// - ECS adds `ecs.ami-id`, `ecs.availability-zone`, `ecs.instance-type`,
///   `ecs.cpu-architecture`, `ecs.vpc-id` and `ecs.subnet-id` from the signed instance identity
///   document: identity_attributes().
///
/// builtin_attributes() is both, what DescribeContainerInstances shows. Capabilities carry no
/// value, except the few that state a version.
/// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-constraints.html#attributes

#include <awsmodel/core/diagnostic.hpp>
#include <awsmodel/core/enum.hpp>
#include <awsmodel/ec2/instance_type_info.hpp>
#include <awsmodel/ecs/agent_config.hpp>
#include <awsmodel/ecs/task_definition_model.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::ecs {

/// What the agent learns from the instance's software rather than from its configuration.
struct instance_software {
    /// The Docker Engine API versions the daemon answers, as minor versions of 1.x. The agent
    /// asks for 1.17 upwards; the notes do not say which a current daemon still answers, so the
    /// default assumes all. @default 17 to 44
    int docker_api_min_minor = 17;
    int docker_api_max_minor = 44;
    /// The CNI plugins' version (`ecs.capability.cni-plugin-version`), e.g. "55b2ae77-2020.09.0";
    /// the capability is left out when it is not known. @default unknown
    std::optional<std::string> cni_plugin_version;
    /// The NVIDIA driver's version, reported with GPU support (`ecs.capability.gpu-driver-version`
    /// and `ecs.capability.nvidia-driver-version.<version>`). @default unknown
    std::optional<std::string> nvidia_driver_version;
};

/// Where the instance runs, as its instance identity document says.
struct instance_identity {
    std::string availability_zone;           ///< "us-east-1a"
    std::string ami_id;                      ///< "ami-..."
    std::optional<std::string> vpc_id;       ///< in a VPC
    std::optional<std::string> subnet_id;    ///< in a VPC
};

namespace detail {
inline attribute named_attribute(std::string name, std::optional<std::string> value = std::nullopt) {
    attribute a;
    a.name = std::move(name);
    a.value = std::move(value);
    return a;
}
} // namespace detail

/// The attributes the agent sends for configuration `c` on a Linux instance: its capabilities
/// (the agent's list, shared/research/agent-registration.md §3.2), `ecs.os-type`, `ecs.os-family`,
/// then the custom attributes. The notes list no Windows capabilities and no way to tell a
/// Windows instance's `ecs.os-family` (WINDOWS_SERVER_2022_FULL, ...) from its configuration, so
/// on Windows only `ecs.os-type` and the custom attributes are given.
inline std::vector<attribute> agent_attributes(const agent_config& c, const instance_software& s = {}) {
    std::vector<attribute> out;
    auto add = [&](std::string name, std::optional<std::string> value = std::nullopt) {
        out.push_back(detail::named_attribute(std::move(name), std::move(value)));
    };
    if (c.os == os_type::linux_) {
        constexpr std::string_view legacy = "com.amazonaws.ecs.capability.";
        constexpr std::string_view current = "ecs.capability.";
        auto api = [&](int minor) { return s.docker_api_min_minor <= minor && minor <= s.docker_api_max_minor; };
        if (!c.disable_privileged) add(core::cat(legacy, "privileged-container"));
        // The agent stops at 1.32 and skips 1.26, 1.27 and 1.31, to keep within the attribute limit.
        for (int minor = 17; minor <= 32; ++minor)
            if (api(minor) && minor != 26 && minor != 27 && minor != 31)
                add(core::cat(legacy, "docker-remote-api.1.", minor));
        // The notes say the daemon must support each driver; a daemon is assumed to support them all.
        for (const std::string& d : c.available_logging_drivers)
            if (d != "awsfirelens") add(core::cat(legacy, "logging-driver.", d));
        add(core::cat(legacy, "logging-driver.awsfirelens"));
        if (c.selinux_capable) add(core::cat(legacy, "selinux"));
        if (c.apparmor_capable) add(core::cat(legacy, "apparmor"));
        if (api(19)) add(core::cat(legacy, "ecr-auth"));
        if (c.enable_task_iam_role) add(core::cat(legacy, "task-iam-role"));
        if (c.enable_task_iam_role_network_host) add(core::cat(legacy, "task-iam-role-network-host"));

        for (std::string_view always :
             {"private-registry-authentication.secretsmanager", "secrets.ssm.environment-variables",
              "secrets.ssm.bootstrap.log-driver", "secrets.asm.environment-variables",
              "secrets.asm.bootstrap.log-driver", "ecr-endpoint", "container-ordering", "full-sync", "env-files.s3",
              "network.container-port-range", "container-restart-policy", "pid-ipc-namespace-sharing", "aws-appmesh",
              "task-eia", "task-eia.optimized-cpu", "firelens.fluentd", "firelens.fluentbit",
              "logging-driver.awsfirelens.log-driver-buffer-limit", "firelens.options.config.file",
              "firelens.options.config.s3", "firelens.non-root-user", "efs", "storage.s3-files",
              "docker-plugin.local", "ipv6-only"})
            add(core::cat(current, always));
        if (api(19)) add(core::cat(current, "execution-role-ecr-pull"));
        if (api(24) && !c.disable_docker_health_check) add(core::cat(current, "container-health-check"));
        // The notes name no condition for increased-task-cpu-limit; it goes with task limits here.
        if (c.enable_task_cpu_mem_limit) {
            add(core::cat(current, "task-cpu-mem-limit"));
            add(core::cat(current, "increased-task-cpu-limit"));
        }
        // task-eni.ipv6 depends on the instance's subnet, which no setting tells: left out.
        if (c.enable_task_eni) {
            add(core::cat(current, "task-eni"));
            if (c.awsvpc_block_imds) add(core::cat(current, "task-eni-block-instance-metadata"));
            if (s.cni_plugin_version) add(core::cat(current, "cni-plugin-version"), *s.cni_plugin_version);
            // branch-cni-plugin-version is left out: the notes do not say where its version comes from.
            if (c.enable_high_density_eni) add(core::cat(current, "task-eni-trunking"));
        }
        if (c.enable_awslogs_executionrole_override) add(core::cat(current, "execution-role-awslogs"));
        if (c.enable_gpu_support && s.nvidia_driver_version) {
            add(core::cat(current, "nvidia-driver-version.", *s.nvidia_driver_version));
            add(core::cat(current, "gpu-driver-version"), *s.nvidia_driver_version);
        }
        // ecs-init sets ECS_VOLUME_PLUGIN_CAPABILITIES to ["efsAuth"] on the ECS-optimized AMIs.
        add(core::cat(current, "efsAuth"));
        // The notes list these as conditional without naming the condition; an ECS-optimized AMI's
        // agent reports them, so they are given.
        for (std::string_view managed : {"execute-command", "service-connect-v1", "fault-injection", "imds-iam-roles"})
            add(core::cat(current, managed));
        if (c.ebsta_supported) {
            add(core::cat(current, "storage.ebs-task-volume-attach"));
            add(core::cat(current, "storage.ebsta-non-root-user"));
        }
    }
    add("ecs.os-type", std::string(core::to_wire(c.os)));
    if (c.os == os_type::linux_) add("ecs.os-family", "LINUX");
    for (const auto& [name, value] : c.instance_attributes) add(name, value);
    return out;
}

/// The CPU architecture ECS reports for the type (`ecs.cpu-architecture`): arm64 for Graviton,
/// else x86_64 (types that also run i386 report x86_64).
constexpr std::string_view cpu_architecture(const ec2::instance_type_info& t) noexcept {
    return t.supports(ec2::architecture::arm64) ? "arm64" : "x86_64";
}

/// The attributes ECS adds from the instance identity document: `ecs.ami-id`,
/// `ecs.availability-zone`, `ecs.instance-type`, `ecs.cpu-architecture`, and in a VPC
/// `ecs.vpc-id` and `ecs.subnet-id`.
inline std::vector<attribute> identity_attributes(const ec2::instance_type_info& t, const instance_identity& id) {
    std::vector<attribute> out;
    out.push_back(detail::named_attribute("ecs.ami-id", id.ami_id));
    out.push_back(detail::named_attribute("ecs.availability-zone", id.availability_zone));
    out.push_back(detail::named_attribute("ecs.instance-type", std::string(t.name)));
    out.push_back(detail::named_attribute("ecs.cpu-architecture", std::string(cpu_architecture(t))));
    if (id.vpc_id) out.push_back(detail::named_attribute("ecs.vpc-id", *id.vpc_id));
    if (id.subnet_id) out.push_back(detail::named_attribute("ecs.subnet-id", *id.subnet_id));
    return out;
}

/// Every built-in attribute of a registered instance: identity_attributes() then agent_attributes().
inline std::vector<attribute> builtin_attributes(const ec2::instance_type_info& t, const agent_config& c,
                                                 const instance_identity& id, const instance_software& s = {}) {
    std::vector<attribute> out = identity_attributes(t, id);
    for (attribute& a : agent_attributes(c, s)) out.push_back(std::move(a));
    return out;
}

} // namespace awsmodel::ecs

#endif
