// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_PORT_MAPPING_HPP
#define AWSMODEL_ECS_PORT_MAPPING_HPP

#include <awsmodel/core/rule_id.hpp>
#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/port.hpp>

#include <array>
#include <charconv>
#include <compare>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

namespace awsmodel::ecs {

/// botocore ecs `TransportProtocol`.
enum class transport_protocol { tcp, udp };
constexpr auto wire_names(transport_protocol) noexcept {
    return std::to_array<std::string_view>({"tcp", "udp"});
}
constexpr core::rule_id enum_rule(transport_protocol) noexcept { return "ECS-TD-071"; }
/// botocore ecs `ApplicationProtocol`.
enum class application_protocol { http, http2, grpc };
constexpr auto wire_names(application_protocol) noexcept {
    return std::to_array<std::string_view>({"http", "http2", "grpc"});
}
constexpr core::rule_id enum_rule(application_protocol) noexcept { return "ECS-TD-072"; }

/// The first and last port of a `containerPortRange`.
struct port_bounds {
    std::int32_t first, last;
    friend constexpr bool operator==(const port_bounds&, const port_bounds&) = default;
};

/// A `containerPortRange` ("8000-8100") as written. `bounds()` reads it; whether the range is
/// acceptable (ECS-TD-074) is for the port mapping's rules, so `validate()` reports nothing by itself.
class port_range {
public:
    using wire_type = std::string;

    port_range() = default;
    explicit port_range(std::string s) noexcept : value_(std::move(s)) {}
    static port_range from_wire(std::string s) noexcept { return port_range(std::move(s)); }

    const std::string& wire() const noexcept { return value_; }
    std::string_view view() const noexcept { return value_; }

    /// The two numbers of `start-end` (each at most 5 digits); nothing when the text is not of that
    /// form. The numbers are not range-checked here.
    std::optional<port_bounds> bounds() const noexcept {
        std::string_view s = value_;
        std::size_t dash = s.find('-');
        if (dash == std::string_view::npos) return std::nullopt;
        auto number = [](std::string_view d, std::int32_t& out) {
            if (d.empty() || d.size() > 5) return false;
            for (char c : d)
                if (c < '0' || c > '9') return false;
            std::from_chars(d.data(), d.data() + d.size(), out);
            return true;
        };
        port_bounds b{};
        if (!number(s.substr(0, dash), b.first) || !number(s.substr(dash + 1), b.last)) return std::nullopt;
        return b;
    }

    friend bool operator==(const port_range&, const port_range&) = default;
    friend auto operator<=>(const port_range&, const port_range&) = default;
    friend std::ostream& operator<<(std::ostream& os, const port_range& r) { return os << r.value_; }

private:
    std::string value_;
};

/// A port of the container published on the host or the task's network interface.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html
struct port_mapping : core::model {
    std::optional<core::port> container_port; ///< needed unless `container_port_range` is given
    /// @default the container port with awsvpc and host networking; a dynamic host port with bridge
    std::optional<core::port> host_port;
    std::optional<core::open_enum<transport_protocol>> protocol;
    std::optional<std::string> name;                              ///< Service Connect's name for the port
    std::optional<core::open_enum<application_protocol>> app_protocol; ///< Service Connect only
    std::optional<port_range> container_port_range;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = port_mapping;
        return core::fields<core::camel_case,
                            core::field<&T::container_port>,
                            core::field<&T::host_port>,
                            core::field<&T::protocol, core::with{.aws_default = "tcp"}>,
                            core::field<&T::name>,
                            core::field<&T::app_protocol>,
                            core::field<&T::container_port_range>>();
    }
    friend bool operator==(const port_mapping&, const port_mapping&) = default;
};

} // namespace awsmodel::ecs

#endif
