// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_AGENT_CONTAINER_METADATA_FILE_HPP
#define AWSMODEL_ECS_AGENT_CONTAINER_METADATA_FILE_HPP

/// The container metadata file, `$ECS_CONTAINER_METADATA_FILE`, that the agent writes into a
/// container when ECS_ENABLE_CONTAINER_METADATA=true: written first with what is known at
/// creation (MetadataFileStatus NOT_READY), then rewritten once the container runs (READY), so
/// every member is optional.
/// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/container-metadata.html

#include <awsmodel/core/codec_fwd.hpp>
#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/ecs_agent/task_metadata.hpp>
#include <awsmodel/shapes.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::ecs_agent {

/// MetadataFileStatus.
enum class metadata_file_status { ready, not_ready };
constexpr auto wire_names(metadata_file_status) noexcept {
    return std::to_array<std::string_view>({"READY", "NOT_READY"});
}
constexpr bool promised_open_enumeration(metadata_file_status) noexcept { return true; }

/// A PortMappings entry of the file (BindIp, where the task metadata writes HostIp).
struct metadata_file_port_mapping : core::model {
    std::optional<std::uint16_t> container_port;
    std::optional<std::uint16_t> host_port;
    std::optional<std::string> bind_ip;
    std::optional<core::open_enum<transport_protocol>> protocol;
    core::extra_members extra;
    core::member_order order;
    static constexpr bool open_members = true;
    static constexpr auto fields() {
        using T = metadata_file_port_mapping;
        return core::fields<core::pascal_case, core::field<&T::container_port>, core::field<&T::host_port>,
                            core::field<&T::bind_ip>, core::field<&T::protocol>>();
    }
    friend bool operator==(const metadata_file_port_mapping&, const metadata_file_port_mapping&) = default;
};

/// The file.
struct container_metadata_file : core::model {
    std::optional<std::string> cluster;
    std::optional<std::string> container_instance_arn;
    std::optional<std::string> task_arn;
    std::optional<std::string> task_definition_family;
    std::optional<std::string> task_definition_revision;
    std::optional<std::string> container_id;
    std::optional<std::string> container_name;
    std::optional<std::string> docker_container_name;
    std::optional<std::string> image_id;
    std::optional<std::string> image_name;
    std::optional<std::vector<metadata_file_port_mapping>> port_mappings;
    std::optional<std::vector<network_v3>> networks;
    std::optional<core::open_enum<ecs_agent::metadata_file_status>> metadata_file_status;
    std::optional<std::string> availability_zone;
    std::optional<std::string> host_private_ipv4_address;
    std::optional<std::string> host_public_ipv4_address;
    core::extra_members extra;
    core::member_order order;
    static constexpr bool open_members = true;
    static constexpr auto fields() {
        using T = container_metadata_file;
        return core::fields<core::pascal_case, core::field<&T::cluster>,
                            core::field<&T::container_instance_arn, core::with{.name = "ContainerInstanceARN"}>,
                            core::field<&T::task_arn, core::with{.name = "TaskARN"}>, core::field<&T::task_definition_family>,
                            core::field<&T::task_definition_revision>,
                            core::field<&T::container_id, core::with{.name = "ContainerID"}>, core::field<&T::container_name>,
                            core::field<&T::docker_container_name>, core::field<&T::image_id, core::with{.name = "ImageID"}>,
                            core::field<&T::image_name>, core::field<&T::port_mappings>, core::field<&T::networks>,
                            core::field<&T::metadata_file_status>, core::field<&T::availability_zone>,
                            core::field<&T::host_private_ipv4_address, core::with{.name = "HostPrivateIPv4Address"}>,
                            core::field<&T::host_public_ipv4_address, core::with{.name = "HostPublicIPv4Address"}>>();
    }
    friend bool operator==(const container_metadata_file&, const container_metadata_file&) = default;
};

} // namespace awsmodel::ecs_agent

AWSMODEL_EXTERN_CODECS(AWSMODEL_SHAPES_ECS_AGENT_CONTAINER_METADATA_FILE);

#endif
