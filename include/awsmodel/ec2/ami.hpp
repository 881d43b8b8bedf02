// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_EC2_AMI_HPP
#define AWSMODEL_EC2_AMI_HPP

/// Machine images and the ids a launch refers to, and the public Systems Manager parameters
/// under which AWS publishes the current ECS-optimized AMIs.
/// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/retrieve-ecs-optimized_AMI.html

#include <awsmodel/core/rule_id.hpp>
#include <awsmodel/core/diagnostic.hpp>
#include <awsmodel/core/resource_id.hpp>
#include <awsmodel/core/text.hpp>
#include <awsmodel/ec2/instance_type.hpp>
#include <awsmodel/ec2/resource_ids.hpp>

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace awsmodel::ec2 {

namespace literal_error {
void image_must_be_an_ami_id_or_resolve_ssm_and_a_parameter_name();
} // namespace literal_error

namespace detail {
// Systems Manager parameter names: letters, digits and . - _ /, a hierarchy of at most 15 levels
// below an optional leading /, and an optional :version or :label selector.
constexpr bool is_ssm_parameter_name(std::string_view s) noexcept {
    if (s.empty() || s.size() > 2048) return false;
    std::size_t colon = s.find(':');
    std::string_view name = s.substr(0, colon);
    if (name.empty() || name.back() == '/') return false;
    int levels = 0;
    for (std::size_t i = 0; i < name.size(); ++i) {
        char c = name[i];
        if (c == '/') {
            if (i + 1 < name.size() && name[i + 1] == '/') return false;
            ++levels;
            continue;
        }
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_'))
            return false;
    }
    if (levels > 15) return false;
    if (colon != std::string_view::npos) {
        std::string_view sel = s.substr(colon + 1);
        if (sel.empty()) return false;
        for (char c : sel)
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_'))
                return false;
    }
    return true;
}
} // namespace detail

/// The prefix that makes EC2 resolve a Systems Manager parameter to an AMI id at launch.
inline constexpr std::string_view resolve_ssm_prefix = "resolve:ssm:";

/// RunInstances' `ImageId` (EC2-RI-003): an AMI id (`ami-` and 8 or 17 hexadecimal digits), or
/// `resolve:ssm:` and the name of a parameter that holds one.
struct image_reference_policy {
    static constexpr core::rule_id rule = "EC2-RI-003";
    static constexpr int check(std::string_view s) noexcept {
        if (s.substr(0, resolve_ssm_prefix.size()) == resolve_ssm_prefix)
            return detail::is_ssm_parameter_name(s.substr(resolve_ssm_prefix.size())) ? 0 : 2;
        return core::resource_id_policy<"ami">::check(s) == 0 ? 0 : 1;
    }
    static constexpr void literal_failed(int problem) {
        if (problem) literal_error::image_must_be_an_ami_id_or_resolve_ssm_and_a_parameter_name();
    }
    static std::string message(int problem, std::string_view s) {
        if (problem == 2)
            return core::cat("\"", s, "\" does not name a Systems Manager parameter after \"resolve:ssm:\": use letters, "
                             "digits, . - _ and / (e.g. resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id)");
        return core::cat("\"", s, "\" is not an image: use an AMI id (ami- and 8 or 17 lower-case hexadecimal digits) "
                         "or resolve:ssm:<parameter name>");
    }
};

/// What a launch names as its image.
using image_reference = core::text<image_reference_policy>;

/// `resolve:ssm:` and the parameter name: EC2 looks the AMI id up at launch.
inline image_reference image_from_ssm(std::string_view parameter) {
    return image_reference::from_wire(core::cat(resolve_ssm_prefix, parameter));
}

inline image_reference image_from_ami(const ami_id& id) { return image_reference::from_wire(id.str()); }

/// The parameter name when the image is resolved from Systems Manager.
inline std::optional<std::string_view> ssm_parameter(const image_reference& image) noexcept {
    if (image.view().substr(0, resolve_ssm_prefix.size()) != resolve_ssm_prefix) return std::nullopt;
    return image.view().substr(resolve_ssm_prefix.size());
}

/// The operating systems AWS builds ECS-optimized AMIs of.
enum class ecs_ami_os {
    amazon_linux_2023,
    amazon_linux_2,
    amazon_linux_2_kernel_5_10,
    bottlerocket,
    windows_server_2022_full,
    windows_server_2022_core,
    windows_server_2019_full,
    windows_server_2019_core,
};

/// The hardware a variant of an ECS-optimized AMI carries drivers for.
enum class ecs_ami_accelerator { none, gpu, neuron };

/// One published ECS-optimized AMI variant and the public parameter holding its current id.
struct ecs_ami_variant {
    ecs_ami_os os;
    architecture arch;
    ecs_ami_accelerator accelerator;
    std::string_view parameter;
};

/// The public parameters, as the ECS developer guide lists them (2025). The AMI's architecture
/// is part of the name, so a launch that names one of them states its architecture.
inline constexpr std::array<ecs_ami_variant, 15> ecs_optimized_amis{{
    {ecs_ami_os::amazon_linux_2023, architecture::x86_64, ecs_ami_accelerator::none,
     "/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id"},
    {ecs_ami_os::amazon_linux_2023, architecture::arm64, ecs_ami_accelerator::none,
     "/aws/service/ecs/optimized-ami/amazon-linux-2023/arm64/recommended/image_id"},
    {ecs_ami_os::amazon_linux_2023, architecture::x86_64, ecs_ami_accelerator::neuron,
     "/aws/service/ecs/optimized-ami/amazon-linux-2023/inf/recommended/image_id"},
    {ecs_ami_os::amazon_linux_2, architecture::x86_64, ecs_ami_accelerator::none,
     "/aws/service/ecs/optimized-ami/amazon-linux-2/recommended/image_id"},
    {ecs_ami_os::amazon_linux_2, architecture::arm64, ecs_ami_accelerator::none,
     "/aws/service/ecs/optimized-ami/amazon-linux-2/arm64/recommended/image_id"},
    {ecs_ami_os::amazon_linux_2, architecture::x86_64, ecs_ami_accelerator::gpu,
     "/aws/service/ecs/optimized-ami/amazon-linux-2/gpu/recommended/image_id"},
    {ecs_ami_os::amazon_linux_2, architecture::x86_64, ecs_ami_accelerator::neuron,
     "/aws/service/ecs/optimized-ami/amazon-linux-2/inf/recommended/image_id"},
    {ecs_ami_os::amazon_linux_2_kernel_5_10, architecture::x86_64, ecs_ami_accelerator::none,
     "/aws/service/ecs/optimized-ami/amazon-linux-2/kernel-5.10/recommended/image_id"},
    {ecs_ami_os::amazon_linux_2_kernel_5_10, architecture::arm64, ecs_ami_accelerator::none,
     "/aws/service/ecs/optimized-ami/amazon-linux-2/kernel-5.10/arm64/recommended/image_id"},
    {ecs_ami_os::bottlerocket, architecture::x86_64, ecs_ami_accelerator::none,
     "/aws/service/bottlerocket/aws-ecs-2/x86_64/latest/image_id"},
    {ecs_ami_os::bottlerocket, architecture::arm64, ecs_ami_accelerator::none,
     "/aws/service/bottlerocket/aws-ecs-2/arm64/latest/image_id"},
    {ecs_ami_os::windows_server_2022_full, architecture::x86_64, ecs_ami_accelerator::none,
     "/aws/service/ami-windows-latest/Windows_Server-2022-English-Full-ECS_Optimized/image_id"},
    {ecs_ami_os::windows_server_2022_core, architecture::x86_64, ecs_ami_accelerator::none,
     "/aws/service/ami-windows-latest/Windows_Server-2022-English-Core-ECS_Optimized/image_id"},
    {ecs_ami_os::windows_server_2019_full, architecture::x86_64, ecs_ami_accelerator::none,
     "/aws/service/ami-windows-latest/Windows_Server-2019-English-Full-ECS_Optimized/image_id"},
    {ecs_ami_os::windows_server_2019_core, architecture::x86_64, ecs_ami_accelerator::none,
     "/aws/service/ami-windows-latest/Windows_Server-2019-English-Core-ECS_Optimized/image_id"},
}};

/// The variant for an operating system, architecture and accelerator; nullptr when AWS publishes
/// none (Windows and the GPU and Neuron variants are x86_64 only).
constexpr const ecs_ami_variant* find_ecs_optimized_ami(ecs_ami_os os, architecture arch,
                                                        ecs_ami_accelerator acc = ecs_ami_accelerator::none) noexcept {
    for (const auto& v : ecs_optimized_amis)
        if (v.os == os && v.arch == arch && v.accelerator == acc) return &v;
    return nullptr;
}

/// The variant a parameter name belongs to, so that its architecture is known; nullptr for any
/// other parameter.
constexpr const ecs_ami_variant* find_ecs_optimized_ami(std::string_view parameter) noexcept {
    for (const auto& v : ecs_optimized_amis)
        if (v.parameter == parameter) return &v;
    return nullptr;
}

/// Whether an operating system runs the ECS agent configured through /etc/ecs/ecs.config.
constexpr bool uses_ecs_config_file(ecs_ami_os os) noexcept {
    return os == ecs_ami_os::amazon_linux_2023 || os == ecs_ami_os::amazon_linux_2 ||
           os == ecs_ami_os::amazon_linux_2_kernel_5_10;
}

constexpr bool is_windows(ecs_ami_os os) noexcept {
    return os == ecs_ami_os::windows_server_2022_full || os == ecs_ami_os::windows_server_2022_core ||
           os == ecs_ami_os::windows_server_2019_full || os == ecs_ami_os::windows_server_2019_core;
}

} // namespace awsmodel::ec2

#endif
