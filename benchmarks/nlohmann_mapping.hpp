// What a user would write instead of awsmodel: plain structs and a hand-written nlohmann::json
// mapping for the members the measured documents use. Enumerations stay strings and nothing is
// checked beyond what nlohmann's get<T>() checks, which flatters nlohmann: awsmodel also rejects
// unknown members, converts enumerations and strong types and tracks JSON Pointers.
#ifndef AWSMODEL_BENCHMARKS_NLOHMANN_MAPPING_HPP
#define AWSMODEL_BENCHMARKS_NLOHMANN_MAPPING_HPP

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace plain {

using nlohmann::json;

// Each struct lists its members once, for both directions, as users of nlohmann commonly do to
// keep from_json and to_json in step; absent members stay absent (std::optional) both ways.
template <class T>
void read(const json& j, const char* key, std::optional<T>& out) {
    if (auto it = j.find(key); it != j.end()) out = it->template get<T>();
}
template <class T>
void read(const json& j, const char* key, T& out) {
    j.at(key).get_to(out);
}
template <class T>
void write(json& j, const char* key, const std::optional<T>& v) {
    if (v) j[key] = *v;
}
template <class T>
void write(json& j, const char* key, const T& v) {
    j[key] = v;
}

#define PLAIN_MAPPING(T)                                                                            \
    inline void from_json(const json& j, T& x) {                                                   \
        members(x, [&](const char* k, auto& m) { read(j, k, m); });                                \
    }                                                                                              \
    inline void to_json(json& j, const T& x) {                                                     \
        j = json::object();                                                                        \
        members(const_cast<T&>(x), [&](const char* k, const auto& m) { write(j, k, m); });        \
    }

template <class T>
using opt = std::optional<T>;
template <class T>
using list = std::optional<std::vector<T>>;
using string_map = std::map<std::string, std::string>;

// --- ECS task definitions -----------------------------------------------------------------------

struct name_value {
    opt<std::string> name, value;
};
template <class F> void members(name_value& x, F f) { f("name", x.name); f("value", x.value); }
PLAIN_MAPPING(name_value)

struct port_mapping {
    opt<std::int32_t> container_port, host_port;
    opt<std::string> protocol, name, app_protocol;
};
template <class F> void members(port_mapping& x, F f) {
    f("containerPort", x.container_port); f("hostPort", x.host_port); f("protocol", x.protocol);
    f("name", x.name); f("appProtocol", x.app_protocol);
}
PLAIN_MAPPING(port_mapping)

struct secret {
    std::string name, value_from;
};
template <class F> void members(secret& x, F f) { f("name", x.name); f("valueFrom", x.value_from); }
PLAIN_MAPPING(secret)

struct mount_point {
    opt<std::string> source_volume, container_path;
    opt<bool> read_only;
};
template <class F> void members(mount_point& x, F f) {
    f("sourceVolume", x.source_volume); f("containerPath", x.container_path); f("readOnly", x.read_only);
}
PLAIN_MAPPING(mount_point)

struct volume_from {
    opt<std::string> source_container;
    opt<bool> read_only;
};
template <class F> void members(volume_from& x, F f) { f("sourceContainer", x.source_container); f("readOnly", x.read_only); }
PLAIN_MAPPING(volume_from)

struct dependency {
    std::string container_name, condition;
};
template <class F> void members(dependency& x, F f) { f("containerName", x.container_name); f("condition", x.condition); }
PLAIN_MAPPING(dependency)

struct ulimit {
    std::string name;
    std::int32_t soft_limit = 0, hard_limit = 0;
};
template <class F> void members(ulimit& x, F f) {
    f("name", x.name); f("softLimit", x.soft_limit); f("hardLimit", x.hard_limit);
}
PLAIN_MAPPING(ulimit)

struct log_configuration {
    std::string log_driver;
    opt<string_map> options;
    list<secret> secret_options;
};
template <class F> void members(log_configuration& x, F f) {
    f("logDriver", x.log_driver); f("options", x.options); f("secretOptions", x.secret_options);
}
PLAIN_MAPPING(log_configuration)

struct health_check {
    std::vector<std::string> command;
    opt<std::int32_t> interval, timeout, retries, start_period;
};
template <class F> void members(health_check& x, F f) {
    f("command", x.command); f("interval", x.interval); f("timeout", x.timeout); f("retries", x.retries);
    f("startPeriod", x.start_period);
}
PLAIN_MAPPING(health_check)

struct linux_parameters {
    opt<bool> init_process_enabled;
    opt<std::int32_t> shared_memory_size;
};
template <class F> void members(linux_parameters& x, F f) {
    f("initProcessEnabled", x.init_process_enabled); f("sharedMemorySize", x.shared_memory_size);
}
PLAIN_MAPPING(linux_parameters)

struct environment_file {
    std::string value, type;
};
template <class F> void members(environment_file& x, F f) { f("value", x.value); f("type", x.type); }
PLAIN_MAPPING(environment_file)

struct firelens_configuration {
    std::string type;
    opt<string_map> options;
};
template <class F> void members(firelens_configuration& x, F f) { f("type", x.type); f("options", x.options); }
PLAIN_MAPPING(firelens_configuration)

struct container_definition {
    opt<std::string> name, image;
    opt<std::int32_t> cpu, memory, memory_reservation;
    list<std::string> links;
    list<port_mapping> port_mappings;
    opt<bool> essential;
    list<std::string> entry_point, command;
    list<name_value> environment;
    list<environment_file> environment_files;
    list<mount_point> mount_points;
    list<volume_from> volumes_from;
    opt<linux_parameters> linux_parameters_;
    list<secret> secrets;
    list<dependency> depends_on;
    opt<std::int32_t> start_timeout, stop_timeout;
    opt<std::string> hostname, user, working_directory;
    opt<bool> privileged, readonly_root_filesystem;
    list<std::string> dns_servers, dns_search_domains, docker_security_options;
    opt<string_map> docker_labels;
    list<ulimit> ulimits;
    opt<log_configuration> log_configuration_;
    opt<health_check> health_check_;
    list<name_value> system_controls;
    opt<firelens_configuration> firelens_configuration_;
};
template <class F> void members(container_definition& x, F f) {
    f("name", x.name); f("image", x.image); f("cpu", x.cpu); f("memory", x.memory);
    f("memoryReservation", x.memory_reservation); f("links", x.links); f("portMappings", x.port_mappings);
    f("essential", x.essential); f("entryPoint", x.entry_point); f("command", x.command);
    f("environment", x.environment); f("environmentFiles", x.environment_files); f("mountPoints", x.mount_points);
    f("volumesFrom", x.volumes_from); f("linuxParameters", x.linux_parameters_); f("secrets", x.secrets);
    f("dependsOn", x.depends_on); f("startTimeout", x.start_timeout); f("stopTimeout", x.stop_timeout);
    f("hostname", x.hostname); f("user", x.user); f("workingDirectory", x.working_directory);
    f("privileged", x.privileged); f("readonlyRootFilesystem", x.readonly_root_filesystem);
    f("dnsServers", x.dns_servers); f("dnsSearchDomains", x.dns_search_domains);
    f("dockerSecurityOptions", x.docker_security_options); f("dockerLabels", x.docker_labels);
    f("ulimits", x.ulimits); f("logConfiguration", x.log_configuration_); f("healthCheck", x.health_check_);
    f("systemControls", x.system_controls); f("firelensConfiguration", x.firelens_configuration_);
}
PLAIN_MAPPING(container_definition)

struct host_volume {
    opt<std::string> source_path;
};
template <class F> void members(host_volume& x, F f) { f("sourcePath", x.source_path); }
PLAIN_MAPPING(host_volume)

struct efs_volume {
    std::string file_system_id;
    opt<std::string> root_directory, transit_encryption;
};
template <class F> void members(efs_volume& x, F f) {
    f("fileSystemId", x.file_system_id); f("rootDirectory", x.root_directory);
    f("transitEncryption", x.transit_encryption);
}
PLAIN_MAPPING(efs_volume)

struct task_volume {
    opt<std::string> name;
    opt<host_volume> host;
    opt<efs_volume> efs_volume_configuration;
};
template <class F> void members(task_volume& x, F f) {
    f("name", x.name); f("host", x.host); f("efsVolumeConfiguration", x.efs_volume_configuration);
}
PLAIN_MAPPING(task_volume)

struct placement_constraint {
    opt<std::string> type, expression;
};
template <class F> void members(placement_constraint& x, F f) { f("type", x.type); f("expression", x.expression); }
PLAIN_MAPPING(placement_constraint)

struct tag {
    opt<std::string> key, value;
};
template <class F> void members(tag& x, F f) { f("key", x.key); f("value", x.value); }
PLAIN_MAPPING(tag)

struct runtime_platform {
    opt<std::string> cpu_architecture, operating_system_family;
};
template <class F> void members(runtime_platform& x, F f) {
    f("cpuArchitecture", x.cpu_architecture); f("operatingSystemFamily", x.operating_system_family);
}
PLAIN_MAPPING(runtime_platform)

struct ephemeral_storage {
    std::int32_t size_in_gib = 0;
};
template <class F> void members(ephemeral_storage& x, F f) { f("sizeInGiB", x.size_in_gib); }
PLAIN_MAPPING(ephemeral_storage)

struct proxy_configuration {
    opt<std::string> type;
    std::string container_name;
    list<name_value> properties;
};
template <class F> void members(proxy_configuration& x, F f) {
    f("type", x.type); f("containerName", x.container_name); f("properties", x.properties);
}
PLAIN_MAPPING(proxy_configuration)

struct register_task_definition {
    std::string family;
    opt<std::string> task_role_arn, execution_role_arn, network_mode;
    std::vector<container_definition> container_definitions;
    list<task_volume> volumes;
    list<placement_constraint> placement_constraints;
    list<std::string> requires_compatibilities;
    opt<std::string> cpu, memory;
    list<tag> tags;
    opt<proxy_configuration> proxy_configuration_;
    opt<ephemeral_storage> ephemeral_storage_;
    opt<runtime_platform> runtime_platform_;
};
template <class F> void members(register_task_definition& x, F f) {
    f("family", x.family); f("taskRoleArn", x.task_role_arn); f("executionRoleArn", x.execution_role_arn);
    f("networkMode", x.network_mode); f("containerDefinitions", x.container_definitions); f("volumes", x.volumes);
    f("placementConstraints", x.placement_constraints); f("requiresCompatibilities", x.requires_compatibilities);
    f("cpu", x.cpu); f("memory", x.memory); f("tags", x.tags); f("proxyConfiguration", x.proxy_configuration_);
    f("ephemeralStorage", x.ephemeral_storage_); f("runtimePlatform", x.runtime_platform_);
}
PLAIN_MAPPING(register_task_definition)

// --- EC2 volumes ----------------------------------------------------------------------------------

struct ec2_tag {
    opt<std::string> key, value;
};
template <class F> void members(ec2_tag& x, F f) { f("Key", x.key); f("Value", x.value); }
PLAIN_MAPPING(ec2_tag)

struct volume_attachment {
    opt<std::string> attach_time, device, instance_id, state, volume_id;
    opt<bool> delete_on_termination;
};
template <class F> void members(volume_attachment& x, F f) {
    f("AttachTime", x.attach_time); f("Device", x.device); f("InstanceId", x.instance_id); f("State", x.state);
    f("VolumeId", x.volume_id); f("DeleteOnTermination", x.delete_on_termination);
}
PLAIN_MAPPING(volume_attachment)

struct operator_response {
    opt<bool> managed, hidden_by_default;
    opt<std::string> principal;
};
template <class F> void members(operator_response& x, F f) {
    f("Managed", x.managed); f("Principal", x.principal); f("HiddenByDefault", x.hidden_by_default);
}
PLAIN_MAPPING(operator_response)

struct volume {
    list<volume_attachment> attachments;
    opt<std::string> availability_zone, availability_zone_id, create_time, kms_key_id, snapshot_id, state, volume_id,
        volume_type, outpost_arn, sse_type;
    opt<bool> encrypted, fast_restored, multi_attach_enabled;
    opt<std::int32_t> size, iops, throughput;
    list<ec2_tag> tags;
    opt<operator_response> operator_;
};
template <class F> void members(volume& x, F f) {
    f("Attachments", x.attachments); f("AvailabilityZone", x.availability_zone);
    f("AvailabilityZoneId", x.availability_zone_id); f("CreateTime", x.create_time); f("Encrypted", x.encrypted);
    f("KmsKeyId", x.kms_key_id); f("OutpostArn", x.outpost_arn); f("Size", x.size); f("SnapshotId", x.snapshot_id);
    f("State", x.state); f("VolumeId", x.volume_id); f("Iops", x.iops); f("Tags", x.tags); f("VolumeType", x.volume_type);
    f("FastRestored", x.fast_restored); f("MultiAttachEnabled", x.multi_attach_enabled); f("Throughput", x.throughput);
    f("SseType", x.sse_type); f("Operator", x.operator_);
}
PLAIN_MAPPING(volume)

struct describe_volumes {
    list<volume> volumes;
    opt<std::string> next_token;
};
template <class F> void members(describe_volumes& x, F f) { f("Volumes", x.volumes); f("NextToken", x.next_token); }
PLAIN_MAPPING(describe_volumes)

// --- EC2 instances --------------------------------------------------------------------------------

struct state_only {
    opt<std::string> state;
};
template <class F> void members(state_only& x, F f) { f("State", x.state); }
PLAIN_MAPPING(state_only)

struct placement {
    opt<std::string> availability_zone, group_name, tenancy;
};
template <class F> void members(placement& x, F f) {
    f("AvailabilityZone", x.availability_zone); f("GroupName", x.group_name); f("Tenancy", x.tenancy);
}
PLAIN_MAPPING(placement)

struct instance_state {
    opt<std::int32_t> code;
    opt<std::string> name;
};
template <class F> void members(instance_state& x, F f) { f("Code", x.code); f("Name", x.name); }
PLAIN_MAPPING(instance_state)

struct ebs_instance_block_device {
    opt<std::string> attach_time, status, volume_id;
    opt<bool> delete_on_termination;
};
template <class F> void members(ebs_instance_block_device& x, F f) {
    f("AttachTime", x.attach_time); f("DeleteOnTermination", x.delete_on_termination); f("Status", x.status);
    f("VolumeId", x.volume_id);
}
PLAIN_MAPPING(ebs_instance_block_device)

struct block_device_mapping {
    opt<std::string> device_name;
    opt<ebs_instance_block_device> ebs;
};
template <class F> void members(block_device_mapping& x, F f) { f("DeviceName", x.device_name); f("Ebs", x.ebs); }
PLAIN_MAPPING(block_device_mapping)

struct iam_instance_profile {
    opt<std::string> arn, id;
};
template <class F> void members(iam_instance_profile& x, F f) { f("Arn", x.arn); f("Id", x.id); }
PLAIN_MAPPING(iam_instance_profile)

struct ni_association {
    opt<std::string> ip_owner_id, public_dns_name, public_ip;
};
template <class F> void members(ni_association& x, F f) {
    f("IpOwnerId", x.ip_owner_id); f("PublicDnsName", x.public_dns_name); f("PublicIp", x.public_ip);
}
PLAIN_MAPPING(ni_association)

struct ni_attachment {
    opt<std::string> attach_time, attachment_id, status;
    opt<bool> delete_on_termination;
    opt<std::int32_t> device_index, network_card_index;
};
template <class F> void members(ni_attachment& x, F f) {
    f("AttachTime", x.attach_time); f("AttachmentId", x.attachment_id); f("DeleteOnTermination", x.delete_on_termination);
    f("DeviceIndex", x.device_index); f("Status", x.status); f("NetworkCardIndex", x.network_card_index);
}
PLAIN_MAPPING(ni_attachment)

struct group {
    opt<std::string> group_name, group_id;
};
template <class F> void members(group& x, F f) { f("GroupName", x.group_name); f("GroupId", x.group_id); }
PLAIN_MAPPING(group)

struct private_ip {
    opt<ni_association> association;
    opt<bool> primary;
    opt<std::string> private_dns_name, private_ip_address;
};
template <class F> void members(private_ip& x, F f) {
    f("Association", x.association); f("Primary", x.primary); f("PrivateDnsName", x.private_dns_name);
    f("PrivateIpAddress", x.private_ip_address);
}
PLAIN_MAPPING(private_ip)

struct ipv6_address {
    opt<std::string> ipv6_address_;
};
template <class F> void members(ipv6_address& x, F f) { f("Ipv6Address", x.ipv6_address_); }
PLAIN_MAPPING(ipv6_address)

struct network_interface {
    opt<ni_association> association;
    opt<ni_attachment> attachment;
    opt<std::string> description, mac_address, network_interface_id, owner_id, private_dns_name, private_ip_address,
        status, subnet_id, vpc_id, interface_type;
    list<group> groups;
    list<ipv6_address> ipv6_addresses;
    list<private_ip> private_ip_addresses;
    opt<bool> source_dest_check;
};
template <class F> void members(network_interface& x, F f) {
    f("Association", x.association); f("Attachment", x.attachment); f("Description", x.description);
    f("Groups", x.groups); f("Ipv6Addresses", x.ipv6_addresses); f("MacAddress", x.mac_address);
    f("NetworkInterfaceId", x.network_interface_id); f("OwnerId", x.owner_id); f("PrivateDnsName", x.private_dns_name);
    f("PrivateIpAddress", x.private_ip_address); f("PrivateIpAddresses", x.private_ip_addresses);
    f("SourceDestCheck", x.source_dest_check); f("Status", x.status); f("SubnetId", x.subnet_id); f("VpcId", x.vpc_id);
    f("InterfaceType", x.interface_type);
}
PLAIN_MAPPING(network_interface)

struct cpu_options {
    opt<std::int32_t> core_count, threads_per_core;
};
template <class F> void members(cpu_options& x, F f) { f("CoreCount", x.core_count); f("ThreadsPerCore", x.threads_per_core); }
PLAIN_MAPPING(cpu_options)

struct capacity_reservation_specification {
    opt<std::string> preference;
};
template <class F> void members(capacity_reservation_specification& x, F f) {
    f("CapacityReservationPreference", x.preference);
}
PLAIN_MAPPING(capacity_reservation_specification)

struct configured {
    opt<bool> value;
};
template <class F> void members(configured& x, F f) { f("Configured", x.value); }
PLAIN_MAPPING(configured)

struct enabled {
    opt<bool> value;
};
template <class F> void members(enabled& x, F f) { f("Enabled", x.value); }
PLAIN_MAPPING(enabled)

struct metadata_options {
    opt<std::string> state, http_tokens, http_endpoint, http_protocol_ipv6, instance_metadata_tags;
    opt<std::int32_t> http_put_response_hop_limit;
};
template <class F> void members(metadata_options& x, F f) {
    f("State", x.state); f("HttpTokens", x.http_tokens); f("HttpPutResponseHopLimit", x.http_put_response_hop_limit);
    f("HttpEndpoint", x.http_endpoint); f("HttpProtocolIpv6", x.http_protocol_ipv6);
    f("InstanceMetadataTags", x.instance_metadata_tags);
}
PLAIN_MAPPING(metadata_options)

struct private_dns_name_options {
    opt<std::string> hostname_type;
    opt<bool> a_record, aaaa_record;
};
template <class F> void members(private_dns_name_options& x, F f) {
    f("HostnameType", x.hostname_type); f("EnableResourceNameDnsARecord", x.a_record);
    f("EnableResourceNameDnsAAAARecord", x.aaaa_record);
}
PLAIN_MAPPING(private_dns_name_options)

struct maintenance_options {
    opt<std::string> auto_recovery;
};
template <class F> void members(maintenance_options& x, F f) { f("AutoRecovery", x.auto_recovery); }
PLAIN_MAPPING(maintenance_options)

struct product_code {
    opt<std::string> id, type;
};
template <class F> void members(product_code& x, F f) { f("ProductCodeId", x.id); f("ProductCodeType", x.type); }
PLAIN_MAPPING(product_code)

struct state_reason {
    opt<std::string> code, message;
};
template <class F> void members(state_reason& x, F f) { f("Code", x.code); f("Message", x.message); }
PLAIN_MAPPING(state_reason)

struct instance {
    opt<std::int32_t> ami_launch_index;
    opt<std::string> image_id, instance_id, instance_type, key_name, launch_time, private_dns_name, private_ip_address,
        public_dns_name, public_ip_address, state_transition_reason, subnet_id, vpc_id, architecture, client_token,
        hypervisor, root_device_name, root_device_type, virtualization_type, platform_details, usage_operation,
        usage_operation_update_time, current_instance_boot_mode, platform, instance_lifecycle, boot_mode,
        kernel_id, ramdisk_id, sriov_net_support, spot_instance_request_id;
    opt<state_only> monitoring;
    opt<placement> placement_;
    list<product_code> product_codes;
    opt<instance_state> state;
    opt<state_reason> state_reason_;
    list<block_device_mapping> block_device_mappings;
    opt<bool> ebs_optimized, ena_support, source_dest_check;
    opt<iam_instance_profile> iam_instance_profile_;
    list<network_interface> network_interfaces;
    list<group> security_groups;
    list<ec2_tag> tags;
    opt<cpu_options> cpu_options_;
    opt<capacity_reservation_specification> capacity_reservation_specification_;
    opt<configured> hibernation_options;
    opt<metadata_options> metadata_options_;
    opt<enabled> enclave_options;
    opt<private_dns_name_options> private_dns_name_options_;
    opt<maintenance_options> maintenance_options_;
};
template <class F> void members(instance& x, F f) {
    f("AmiLaunchIndex", x.ami_launch_index); f("ImageId", x.image_id); f("InstanceId", x.instance_id);
    f("InstanceType", x.instance_type); f("KernelId", x.kernel_id); f("KeyName", x.key_name);
    f("LaunchTime", x.launch_time); f("Monitoring", x.monitoring); f("Placement", x.placement_);
    f("Platform", x.platform); f("PrivateDnsName", x.private_dns_name); f("PrivateIpAddress", x.private_ip_address);
    f("ProductCodes", x.product_codes); f("PublicDnsName", x.public_dns_name); f("PublicIpAddress", x.public_ip_address);
    f("RamdiskId", x.ramdisk_id); f("State", x.state); f("StateTransitionReason", x.state_transition_reason);
    f("SubnetId", x.subnet_id); f("VpcId", x.vpc_id); f("Architecture", x.architecture);
    f("BlockDeviceMappings", x.block_device_mappings); f("ClientToken", x.client_token);
    f("EbsOptimized", x.ebs_optimized); f("EnaSupport", x.ena_support); f("Hypervisor", x.hypervisor);
    f("IamInstanceProfile", x.iam_instance_profile_); f("InstanceLifecycle", x.instance_lifecycle);
    f("NetworkInterfaces", x.network_interfaces); f("RootDeviceName", x.root_device_name);
    f("RootDeviceType", x.root_device_type); f("SecurityGroups", x.security_groups);
    f("SourceDestCheck", x.source_dest_check); f("SpotInstanceRequestId", x.spot_instance_request_id);
    f("SriovNetSupport", x.sriov_net_support); f("StateReason", x.state_reason_); f("Tags", x.tags);
    f("VirtualizationType", x.virtualization_type); f("CpuOptions", x.cpu_options_);
    f("CapacityReservationSpecification", x.capacity_reservation_specification_);
    f("HibernationOptions", x.hibernation_options); f("MetadataOptions", x.metadata_options_);
    f("EnclaveOptions", x.enclave_options); f("BootMode", x.boot_mode); f("PlatformDetails", x.platform_details);
    f("UsageOperation", x.usage_operation); f("UsageOperationUpdateTime", x.usage_operation_update_time);
    f("PrivateDnsNameOptions", x.private_dns_name_options_); f("MaintenanceOptions", x.maintenance_options_);
    f("CurrentInstanceBootMode", x.current_instance_boot_mode);
}
PLAIN_MAPPING(instance)

struct reservation {
    list<group> groups;
    list<instance> instances;
    opt<std::string> owner_id, requester_id, reservation_id;
};
template <class F> void members(reservation& x, F f) {
    f("Groups", x.groups); f("Instances", x.instances); f("OwnerId", x.owner_id); f("RequesterId", x.requester_id);
    f("ReservationId", x.reservation_id);
}
PLAIN_MAPPING(reservation)

struct describe_instances {
    list<reservation> reservations;
    opt<std::string> next_token;
};
template <class F> void members(describe_instances& x, F f) {
    f("Reservations", x.reservations); f("NextToken", x.next_token);
}
PLAIN_MAPPING(describe_instances)

#undef PLAIN_MAPPING

} // namespace plain

#endif
