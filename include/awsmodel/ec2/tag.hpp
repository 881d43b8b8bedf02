// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_EC2_TAG_HPP
#define AWSMODEL_EC2_TAG_HPP

#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/timestamp.hpp>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::ec2 {

/// EC2 writes timestamps in ISO 8601 (the CLI's JSON form of the Query protocol).
using timestamp = core::timestamp<core::time_format::iso8601>;

/// botocore ec2 `ResourceType`.
enum class resource_type { capacity_reservation, client_vpn_endpoint, customer_gateway, carrier_gateway, coip_pool, declarative_policies_report, dedicated_host, dhcp_options, egress_only_internet_gateway, elastic_ip, elastic_gpu, export_image_task, export_instance_task, fleet, fpga_image, host_reservation, image, image_usage_report, import_image_task, import_snapshot_task, instance, instance_event_window, internet_gateway, ipam, ipam_pool, ipam_scope, ipv4pool_ec2, ipv6pool_ec2, key_pair, launch_template, local_gateway, local_gateway_route_table, local_gateway_virtual_interface, local_gateway_virtual_interface_group, local_gateway_route_table_vpc_association, local_gateway_route_table_virtual_interface_group_association, natgateway, network_acl, network_interface, network_insights_analysis, network_insights_path, network_insights_access_scope, network_insights_access_scope_analysis, outpost_lag, placement_group, prefix_list, replace_root_volume_task, reserved_instances, route_table, security_group, security_group_rule, service_link_virtual_interface, snapshot, spot_fleet_request, spot_instances_request, subnet, subnet_cidr_reservation, traffic_mirror_filter, traffic_mirror_session, traffic_mirror_target, transit_gateway, transit_gateway_attachment, transit_gateway_connect_peer, transit_gateway_multicast_domain, transit_gateway_policy_table, transit_gateway_metering_policy, transit_gateway_route_table, transit_gateway_route_table_announcement, volume, vpc, vpc_endpoint, vpc_endpoint_connection, vpc_endpoint_service, vpc_endpoint_service_permission, vpc_peering_connection, vpn_connection, vpn_gateway, vpc_flow_log, capacity_reservation_fleet, traffic_mirror_filter_rule, vpc_endpoint_connection_device_type, verified_access_instance, verified_access_group, verified_access_endpoint, verified_access_policy, verified_access_trust_provider, vpn_connection_device_type, vpc_block_public_access_exclusion, vpc_encryption_control, route_server, route_server_endpoint, route_server_peer, ipam_resource_discovery, ipam_resource_discovery_association, instance_connect_endpoint, verified_access_endpoint_target, ipam_external_resource_verification_token, capacity_block, mac_modification_task, ipam_prefix_list_resolver, ipam_policy, ipam_prefix_list_resolver_target, secondary_interface, secondary_network, secondary_subnet, capacity_manager_data_export, vpn_concentrator, ipam_pool_allocation };
constexpr auto wire_names(resource_type) noexcept {
    return std::to_array<std::string_view>({"capacity-reservation", "client-vpn-endpoint", "customer-gateway", "carrier-gateway", "coip-pool", "declarative-policies-report", "dedicated-host", "dhcp-options", "egress-only-internet-gateway", "elastic-ip", "elastic-gpu", "export-image-task", "export-instance-task", "fleet", "fpga-image", "host-reservation", "image", "image-usage-report", "import-image-task", "import-snapshot-task", "instance", "instance-event-window", "internet-gateway", "ipam", "ipam-pool", "ipam-scope", "ipv4pool-ec2", "ipv6pool-ec2", "key-pair", "launch-template", "local-gateway", "local-gateway-route-table", "local-gateway-virtual-interface", "local-gateway-virtual-interface-group", "local-gateway-route-table-vpc-association", "local-gateway-route-table-virtual-interface-group-association", "natgateway", "network-acl", "network-interface", "network-insights-analysis", "network-insights-path", "network-insights-access-scope", "network-insights-access-scope-analysis", "outpost-lag", "placement-group", "prefix-list", "replace-root-volume-task", "reserved-instances", "route-table", "security-group", "security-group-rule", "service-link-virtual-interface", "snapshot", "spot-fleet-request", "spot-instances-request", "subnet", "subnet-cidr-reservation", "traffic-mirror-filter", "traffic-mirror-session", "traffic-mirror-target", "transit-gateway", "transit-gateway-attachment", "transit-gateway-connect-peer", "transit-gateway-multicast-domain", "transit-gateway-policy-table", "transit-gateway-metering-policy", "transit-gateway-route-table", "transit-gateway-route-table-announcement", "volume", "vpc", "vpc-endpoint", "vpc-endpoint-connection", "vpc-endpoint-service", "vpc-endpoint-service-permission", "vpc-peering-connection", "vpn-connection", "vpn-gateway", "vpc-flow-log", "capacity-reservation-fleet", "traffic-mirror-filter-rule", "vpc-endpoint-connection-device-type", "verified-access-instance", "verified-access-group", "verified-access-endpoint", "verified-access-policy", "verified-access-trust-provider", "vpn-connection-device-type", "vpc-block-public-access-exclusion", "vpc-encryption-control", "route-server", "route-server-endpoint", "route-server-peer", "ipam-resource-discovery", "ipam-resource-discovery-association", "instance-connect-endpoint", "verified-access-endpoint-target", "ipam-external-resource-verification-token", "capacity-block", "mac-modification-task", "ipam-prefix-list-resolver", "ipam-policy", "ipam-prefix-list-resolver-target", "secondary-interface", "secondary-network", "secondary-subnet", "capacity-manager-data-export", "vpn-concentrator", "ipam-pool-allocation"});
}

/// An EC2 tag (`Key`/`Value`). https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Tag.html
struct tag : core::model {
    std::optional<std::string> key;
    std::optional<std::string> value;
    core::extra_members extra;

    static constexpr auto fields() {
        return core::fields<core::pascal_case,
                            core::field<&tag::key>,
                            core::field<&tag::value>>();
    }
    friend bool operator==(const tag&, const tag&) = default;
};

/// Tags to apply to a resource that a request creates.
struct tag_specification : core::model {
    std::optional<core::open_enum<ec2::resource_type>> resource_type;
    std::optional<std::vector<tag>> tags;
    core::extra_members extra;

    static constexpr auto fields() {
        return core::fields<core::pascal_case,
                            core::field<&tag_specification::resource_type>,
                            core::field<&tag_specification::tags>>();
    }
    friend bool operator==(const tag_specification&, const tag_specification&) = default;
};

/// Adds a tag to the specification for `type`, creating the specification when there is none:
/// what the builders do for `.tag(key, value)`.
inline void add_tag(std::optional<std::vector<tag_specification>>& specs, ec2::resource_type type, std::string key,
                    std::string value) {
    if (!specs) specs.emplace();
    tag_specification* spec = nullptr;
    for (auto& s : *specs)
        if (s.resource_type && *s.resource_type == type) spec = &s;
    if (!spec) {
        spec = &specs->emplace_back();
        spec->resource_type = type;
    }
    if (!spec->tags) spec->tags.emplace();
    tag& t = spec->tags->emplace_back();
    t.key = std::move(key);
    t.value = std::move(value);
}

/// The service that manages a resource, as a request names it.
struct operator_request : core::model {
    std::optional<std::string> principal;
    core::extra_members extra;

    static constexpr auto fields() { return core::fields<core::pascal_case,
                                                         core::field<&operator_request::principal>>(); }
    friend bool operator==(const operator_request&, const operator_request&) = default;
};

/// The service that manages a resource, as a description reports it.
struct operator_response : core::model {
    std::optional<bool> managed;
    std::optional<std::string> principal;
    std::optional<bool> hidden_by_default;
    core::extra_members extra;

    static constexpr auto fields() {
        return core::fields<core::pascal_case,
                            core::field<&operator_response::managed>,
                            core::field<&operator_response::principal>,
                            core::field<&operator_response::hidden_by_default>>();
    }
    friend bool operator==(const operator_response&, const operator_response&) = default;
};

} // namespace awsmodel::ec2

#endif
