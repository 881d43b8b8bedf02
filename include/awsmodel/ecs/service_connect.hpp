// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_SERVICE_CONNECT_HPP
#define AWSMODEL_ECS_SERVICE_CONNECT_HPP

/// Service Connect, as a service's configuration states it: the Cloud Map namespace the service
/// joins, the ports of its task definition that it offers to the others (each under a discovery
/// name and client aliases, with timeouts and TLS), the Service Connect proxy's logs, and the
/// Cloud Map services a deployment created. The service shapes (ecs/service.hpp) hold these;
/// they are no documents of their own.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceConnectConfiguration.html

#include <awsmodel/core/arn.hpp>
#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/port.hpp>
#include <awsmodel/core/rule_id.hpp>
#include <awsmodel/ecs/log_configuration.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::ecs {

/// botocore ecs `ServiceConnectAccessLoggingFormat`.
enum class service_connect_access_logging_format { text, json };
constexpr auto wire_names(service_connect_access_logging_format) noexcept {
    return std::to_array<std::string_view>({"TEXT", "JSON"});
}
constexpr core::rule_id enum_rule(service_connect_access_logging_format) noexcept { return "ECS-SV-088"; }

/// botocore ecs `ServiceConnectIncludeQueryParameters`.
enum class service_connect_include_query_parameters { disabled, enabled };
constexpr auto wire_names(service_connect_include_query_parameters) noexcept {
    return std::to_array<std::string_view>({"DISABLED", "ENABLED"});
}
constexpr core::rule_id enum_rule(service_connect_include_query_parameters) noexcept { return "ECS-SV-088"; }

/// The value a test-traffic header must have: today only an exact match.
struct service_connect_test_traffic_header_match_rules : core::model {
    std::string exact;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = service_connect_test_traffic_header_match_rules;
        return core::fields<core::camel_case,
                            core::field<&T::exact>>();
    }
    friend bool operator==(const service_connect_test_traffic_header_match_rules&,
                           const service_connect_test_traffic_header_match_rules&) = default;
};

/// The HTTP header that marks a request as test traffic during a blue/green deployment.
struct service_connect_test_traffic_header_rules : core::model {
    std::string name;
    std::optional<service_connect_test_traffic_header_match_rules> value;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = service_connect_test_traffic_header_rules;
        return core::fields<core::camel_case,
                            core::field<&T::name>,
                            core::field<&T::value>>();
    }
    friend bool operator==(const service_connect_test_traffic_header_rules&,
                           const service_connect_test_traffic_header_rules&) = default;
};

/// Which requests to a client alias go to the new revision before production traffic does.
struct service_connect_test_traffic_rules : core::model {
    service_connect_test_traffic_header_rules header;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = service_connect_test_traffic_rules;
        return core::fields<core::camel_case,
                            core::field<&T::header>>();
    }
    friend bool operator==(const service_connect_test_traffic_rules&, const service_connect_test_traffic_rules&) = default;
};

/// A name and port that client applications of the namespace use to reach the service.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceConnectClientAlias.html
struct service_connect_client_alias : core::model {
    core::port port; ///< the port clients connect to, 0-65535
    std::optional<std::string> dns_name; ///< absent: the discovery name followed by the namespace
    std::optional<service_connect_test_traffic_rules> test_traffic_rules;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = service_connect_client_alias;
        return core::fields<core::camel_case,
                            core::field<&T::port, core::with{.min = 0, .max = 65535}>,
                            core::field<&T::dns_name>,
                            core::field<&T::test_traffic_rules>>();
    }
    friend bool operator==(const service_connect_client_alias&, const service_connect_client_alias&) = default;
};

/// How long the Service Connect proxy keeps idle connections and waits for a response, in
/// seconds (0 turns the limit off).
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TimeoutConfiguration.html
struct timeout_configuration : core::model {
    std::optional<std::int32_t> idle_timeout_seconds; ///< 300 for HTTP, HTTP/2 and gRPC, 1 hour for TCP when absent
    std::optional<std::int32_t> per_request_timeout_seconds; ///< HTTP, HTTP/2 and gRPC only; 15 s when absent
    core::extra_members extra;

    static constexpr auto fields() {
        using T = timeout_configuration;
        return core::fields<core::camel_case,
                            core::field<&T::idle_timeout_seconds, core::with{.min = 0, .max = 2147483647}>,
                            core::field<&T::per_request_timeout_seconds, core::with{.min = 0, .max = 2147483647}>>();
    }
    friend bool operator==(const timeout_configuration&, const timeout_configuration&) = default;
};

/// The AWS Private CA that issues the certificates of Service Connect TLS.
struct service_connect_tls_certificate_authority : core::model {
    std::optional<core::arn> aws_pca_authority_arn;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = service_connect_tls_certificate_authority;
        return core::fields<core::camel_case,
                            core::field<&T::aws_pca_authority_arn>>();
    }
    friend bool operator==(const service_connect_tls_certificate_authority&,
                           const service_connect_tls_certificate_authority&) = default;
};

/// TLS between Service Connect proxies: the issuing CA, the key that encrypts the private key,
/// and the role ECS uses for both.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceConnectTlsConfiguration.html
struct service_connect_tls_configuration : core::model {
    service_connect_tls_certificate_authority issuer_certificate_authority;
    std::optional<std::string> kms_key; ///< a KMS key id, ARN or alias; @default an AWS owned key
    std::optional<core::arn> role_arn;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = service_connect_tls_configuration;
        return core::fields<core::camel_case,
                            core::field<&T::issuer_certificate_authority>,
                            core::field<&T::kms_key>,
                            core::field<&T::role_arn>>();
    }
    friend bool operator==(const service_connect_tls_configuration&, const service_connect_tls_configuration&) = default;
};

/// One port of the task definition that the service offers in the namespace.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceConnectService.html
struct service_connect_service : core::model {
    std::string port_name; ///< a portMappings[].name of the service's task definition
    std::optional<std::string> discovery_name; ///< the Cloud Map service name; absent: the port name
    std::optional<std::vector<service_connect_client_alias>> client_aliases; ///< none: a client-only port
    std::optional<core::port> ingress_port_override; ///< the port the proxy listens on, 0-65535
    std::optional<timeout_configuration> timeout;
    std::optional<service_connect_tls_configuration> tls;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = service_connect_service;
        return core::fields<core::camel_case,
                            core::field<&T::port_name>,
                            core::field<&T::discovery_name>,
                            core::field<&T::client_aliases>,
                            core::field<&T::ingress_port_override, core::with{.min = 0, .max = 65535}>,
                            core::field<&T::timeout>,
                            core::field<&T::tls>>();
    }
    friend bool operator==(const service_connect_service&, const service_connect_service&) = default;
};

/// The access logs of the Service Connect proxy.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceConnectAccessLogConfiguration.html
struct service_connect_access_log_configuration : core::model {
    core::open_enum<service_connect_access_logging_format> format;
    std::optional<core::open_enum<service_connect_include_query_parameters>> include_query_parameters;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = service_connect_access_log_configuration;
        return core::fields<core::camel_case,
                            core::field<&T::format>,
                            core::field<&T::include_query_parameters, core::with{.aws_default = "DISABLED"}>>();
    }
    friend bool operator==(const service_connect_access_log_configuration&,
                           const service_connect_access_log_configuration&) = default;
};

/// A service's Service Connect configuration. `logConfiguration` is the container
/// `LogConfiguration` shape, applied to the Service Connect proxy container.
struct service_connect_configuration : core::model {
    bool enabled;
    /// A Cloud Map namespace name or ARN; absent: the cluster's serviceConnectDefaults namespace
    std::optional<std::string> namespace_;
    std::optional<std::vector<service_connect_service>> services; ///< none: the service is a client only
    std::optional<ecs::log_configuration> log_configuration;
    std::optional<service_connect_access_log_configuration> access_log_configuration;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = service_connect_configuration;
        return core::fields<core::camel_case,
                            core::field<&T::enabled>,
                            core::field<&T::namespace_>,
                            core::field<&T::services>,
                            core::field<&T::log_configuration>,
                            core::field<&T::access_log_configuration>>();
    }
    friend bool operator==(const service_connect_configuration&, const service_connect_configuration&) = default;
};

/// A Cloud Map service that a deployment created for one of its Service Connect ports.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceConnectServiceResource.html
struct service_connect_service_resource : core::model {
    std::optional<std::string> discovery_name;
    std::optional<core::arn> discovery_arn;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = service_connect_service_resource;
        return core::fields<core::camel_case,
                            core::field<&T::discovery_name>,
                            core::field<&T::discovery_arn>>();
    }
    friend bool operator==(const service_connect_service_resource&, const service_connect_service_resource&) = default;
};

} // namespace awsmodel::ecs

#endif
