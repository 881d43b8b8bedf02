// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_CONTAINER_INSTANCE_LAUNCH_HPP
#define AWSMODEL_ECS_CONTAINER_INSTANCE_LAUNCH_HPP

/// A recipe: the RunInstances request that starts EC2 container instances which join an ECS
/// cluster. It picks the ECS-optimized AMI for the instance type's architecture (from the
/// instance type catalog), attaches the instance profile the ECS agent needs, and writes the
/// agent's configuration into the user data.
///
///   ecs::container_instance_launch launch;
///   launch.cluster = "prod";
///   launch.instance_type = ec2::instance_type_name{"m7g.large"}; // arm64: the arm64 AMI is chosen
///   launch.instance_profile.name = "ecsInstanceRole";
///   auto request = ecs::run_instances(launch);          // core::result<ec2::run_instances_request>
///
/// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/launch_container_instance.html
/// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-agent-config.html

#include <awsmodel/core/diagnostic.hpp>
#include <awsmodel/core/result.hpp>
#include <awsmodel/core/string_map.hpp>
#include <awsmodel/core/validate.hpp>
#include <awsmodel/ec2/ami.hpp>
#include <awsmodel/ec2/instance_type.hpp>
#include <awsmodel/ec2/run_instances.hpp>
#include <awsmodel/ecs/cluster.hpp>
#include <awsmodel/ecs_agent/ecs_config.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::ecs {

/// What container instances to launch, and into which cluster.
struct container_instance_launch {
    /// The cluster the agent registers with (ECS_CLUSTER). @default "default"
    ecs::cluster_name cluster = ecs::cluster_name::from_wire("default");
    /// The instance type; its architecture selects the AMI.
    ec2::instance_type_name instance_type;
    /// The operating system of the ECS-optimized AMI.
    ec2::ecs_ami_os os = ec2::ecs_ami_os::amazon_linux_2023;
    /// The GPU or Neuron variant of the AMI, for accelerated instance types.
    ec2::ecs_ami_accelerator accelerator = ec2::ecs_ami_accelerator::none;
    /// An AMI of your own (built from an ECS-optimized one). @default the public parameter of
    /// `os`, `accelerator` and the type's architecture, resolved by EC2 at launch
    std::optional<ec2::ami_id> ami;
    /// The instance profile whose role lets the agent call ECS (AmazonEC2ContainerServiceforEC2Role).
    ec2::iam_instance_profile_specification instance_profile;
    /// How many instances: EC2 launches `min_count` to `count`, as capacity allows.
    std::int32_t count = 1;
    std::int32_t min_count = 1;
    std::optional<ec2::subnet_id> subnet;
    std::vector<ec2::security_group_id> security_groups;
    std::optional<std::string> key_name;
    /// More ecs.config lines (Linux) or machine environment variables (Windows), e.g.
    /// ECS_ENABLE_CONTAINER_METADATA=true. Keys are ECS_ names; ECS_CLUSTER comes from `cluster`.
    core::string_map<std::string> agent_settings;
    /// Tags for the instances and their volumes.
    std::vector<ec2::tag> tags;
    /// IMDSv2 only, with a hop limit of 2 so that containers on bridge networks reach it.
    bool require_imdsv2 = true;
};

namespace detail {

inline bool valid_agent_key(std::string_view k) noexcept {
    if (k.size() <= 4 || k.substr(0, 4) != "ECS_") return false;
    for (char c : k)
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return true;
}

// A value is written on one line of a file or into a quoted string: a line break would start a
// new setting, a quote would end the string early.
inline bool valid_agent_value(std::string_view v, bool windows) noexcept {
    for (char c : v)
        if (c == '\n' || c == '\r' || c == '\0' || (windows && (c == '\'' || c == '`'))) return false;
    return true;
}

} // namespace detail

/// The agent configuration file the user data writes on Amazon Linux (ecs_agent/ecs_config.hpp):
/// `ECS_CLUSTER=<name>`, then each agent setting, one per line.
inline ecs_agent::ecs_config ecs_config_file(const container_instance_launch& l) {
    auto file = ecs_agent::ecs_config::parse("");
    file.set("ECS_CLUSTER", l.cluster.view());
    for (const auto& [k, v] : l.agent_settings) file.set(k, v);
    return file;
}

/// The text of `ecs_config_file(l)`.
inline std::string ecs_config(const container_instance_launch& l) { return ecs_config_file(l).text(); }

/// The user data before base64: a shell script appending to /etc/ecs/ecs.config (Amazon Linux),
/// a PowerShell block initializing the agent (Windows), or TOML settings (Bottlerocket).
inline std::string user_data_script(const container_instance_launch& l) {
    using core::cat;
    if (ec2::uses_ecs_config_file(l.os))
        // The quoted delimiter keeps the shell from expanding anything in the settings.
        return cat("#!/bin/bash\ncat <<'ECS_CONFIG' >> /etc/ecs/ecs.config\n", ecs_config(l), "ECS_CONFIG\n");
    if (ec2::is_windows(l.os)) {
        std::string s = "<powershell>\nImport-Module ECSTools\n";
        for (const auto& [k, v] : l.agent_settings)
            s += cat("[Environment]::SetEnvironmentVariable('", k, "', '", v, "', 'Machine')\n");
        return s + cat("Initialize-ECSAgent -Cluster '", l.cluster.view(), "' -EnableTaskIAMRole\n</powershell>\n");
    }
    return cat("[settings.ecs]\ncluster = \"", l.cluster.view(), "\"\n");
}

/// The AMI: `l.ami` when given, else the ECS-optimized parameter for the type's architecture.
/// Findings are reported at /ImageId (EC2-RI-037) when no AMI fits.
inline std::optional<ec2::image_reference> choose_image(const container_instance_launch& l, core::diagnostics& ds) {
    using core::cat;
    if (l.ami) return ec2::image_from_ami(*l.ami);
    const ec2::instance_type_info* t = l.instance_type.info();
    if (!t) {
        ds.push_back({"/ImageId", "EC2-RI-037", core::severity::error,
                      cat("the catalog does not know \"", l.instance_type.view(),
                          "\", so its architecture and ECS-optimized AMI are unknown: give an explicit AMI id")});
        return std::nullopt;
    }
    // arm64 where the type runs it (Graviton), else x86_64; i386-capable types also run x86_64.
    ec2::architecture arch = t->supports(ec2::architecture::arm64) ? ec2::architecture::arm64 : ec2::architecture::x86_64;
    const ec2::ecs_ami_variant* v = t->supports(arch) ? ec2::find_ecs_optimized_ami(l.os, arch, l.accelerator) : nullptr;
    if (!v) {
        ds.push_back({"/ImageId", "EC2-RI-037", core::severity::error,
                      cat("AWS publishes no ECS-optimized AMI of this operating system and accelerator for ",
                          l.instance_type.view(), " (", t->supports(arch) ? core::to_wire(arch) : "mac",
                          "): pick another instance type or operating system, or give an AMI id")});
        return std::nullopt;
    }
    return ec2::image_from_ssm(v->parameter);
}

/// The RunInstances request for `l`, with every finding of the recipe and of RunInstances' own
/// rules. The value is there when no finding is an error.
inline core::result<ec2::run_instances_request> run_instances(const container_instance_launch& l) {
    using core::cat;
    core::diagnostics ds;
    ec2::run_instances_request r;
    r.image_id = choose_image(l, ds);
    r.instance_type = l.instance_type;
    r.min_count = l.min_count;
    r.max_count = l.count;
    r.iam_instance_profile = l.instance_profile;
    r.subnet_id = l.subnet;
    if (!l.security_groups.empty()) r.security_group_ids = l.security_groups;
    r.key_name = l.key_name;

    bool windows = ec2::is_windows(l.os);
    if (l.os == ec2::ecs_ami_os::bottlerocket && !l.agent_settings.empty())
        ds.push_back({"/UserData", "EC2-RI-009", core::severity::error,
                      "Bottlerocket takes agent settings as [settings.ecs] TOML keys, not ECS_ variables: "
                      "leave agent_settings empty or use an Amazon Linux AMI"});
    for (const auto& [k, v] : l.agent_settings) {
        if (!detail::valid_agent_key(k) || k == "ECS_CLUSTER")
            ds.push_back({"/UserData", "EC2-RI-009", core::severity::error,
                          k == "ECS_CLUSTER" ? std::string("ECS_CLUSTER comes from the launch's cluster; remove it from agent_settings")
                                             : cat("\"", k, "\" is not an ECS agent variable: they read ECS_ and capitals, digits, underscores")});
        if (!detail::valid_agent_value(v, windows))
            ds.push_back({"/UserData", "EC2-RI-009", core::severity::error,
                          cat("the value of ", k, " has a line break", windows ? " or a quote" : "",
                              ", which would corrupt the agent configuration")});
    }
    // What the agent would make of the file: its ECS-AG rules, at /UserData/<VARIABLE>.
    if (ec2::uses_ecs_config_file(l.os)) {
        core::diagnostics file_findings;
        core::checker checker(file_findings);
        ecs_agent::validate_rules(ecs_config_file(l), checker);
        for (auto& d : file_findings) {
            d.pointer = core::pointer(core::member<&ec2::run_instances_request::user_data>, d.pointer);
            ds.push_back(std::move(d));
        }
    }
    r.user_data = ec2::user_data_from_text(user_data_script(l));

    if (l.require_imdsv2) {
        ec2::instance_metadata_options_request m;
        m.http_tokens = ec2::http_tokens_state::required;
        m.http_put_response_hop_limit = 2;
        m.http_endpoint = ec2::instance_metadata_endpoint_state::enabled;
        r.metadata_options = m;
    }
    if (!l.tags.empty()) {
        r.tag_specifications.emplace();
        for (auto type : {ec2::resource_type::instance, ec2::resource_type::volume}) {
            ec2::tag_specification s;
            s.resource_type = type;
            s.tags = l.tags;
            r.tag_specifications->push_back(std::move(s));
        }
    }

    // Without an image the recipe has said why above; RunInstances' "ImageId missing" would repeat it.
    for (auto& d : core::validate(r))
        if (r.image_id || d.pointer != "/ImageId") ds.push_back(std::move(d));
    if (core::has_errors(ds)) return core::result<ec2::run_instances_request>(std::move(ds));
    return core::result<ec2::run_instances_request>(std::move(r), std::move(ds));
}

} // namespace awsmodel::ecs

#endif
