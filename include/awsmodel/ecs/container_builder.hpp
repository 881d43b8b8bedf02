// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_CONTAINER_BUILDER_HPP
#define AWSMODEL_ECS_CONTAINER_BUILDER_HPP

/// A container definition whose mistakes stop compilation where they can:
///
///   auto web = ecs::container_builder{}
///                  .name("web")
///                  .image("public.ecr.aws/nginx/nginx:1.27")
///                  .port(8080)
///                  .memory_reservation(core::mebibytes(512));
///
/// `build()` does not compile without a name and an image; a literal name that is not 1-255
/// letters, digits, hyphens and underscores (ECS-TD-061), a malformed image literal (ECS-TD-063)
/// or a port literal outside 0-65535 does not compile; `.port<8080>()` also records the port in
/// the builder's type, for the handles of ecs/task_definition_builder.hpp. Strings known only at
/// run time go through `core::runtime(...)` and are checked when the task definition is built.
/// Containers are usually
/// handed to `ecs::task_definition_builder::container(...)`, which validates them together with
/// the task (most container rules depend on it).

#include <awsmodel/core/port.hpp>
#include <awsmodel/core/quantity.hpp>
#include <awsmodel/core/result.hpp>
#include <awsmodel/core/string_map.hpp>
#include <awsmodel/core/text.hpp>
#include <awsmodel/core/validate.hpp>
#include <awsmodel/ecs/container_definition.hpp>
#include <awsmodel/ecs/name.hpp>

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace awsmodel::ecs {




/// How often and how patiently the agent runs a health check; each absent member takes ECS's default.
struct health_check_timing {
    std::optional<core::seconds> interval = std::nullopt;     ///< @default 30
    std::optional<core::seconds> timeout = std::nullopt;      ///< @default 5
    std::optional<std::int32_t> retries = std::nullopt;       ///< @default 3
    std::optional<core::seconds> start_period = std::nullopt; ///< @default no grace period
};

/// The container ports a container builder's type knows it maps: those given as literals to
/// `.port<P>()`, when every port mapping was given that way. A load balancer of a service can then
/// name only one of them (`ecs::create_service_builder::load_balancer<P>(...)`).
template <std::int32_t... Ports>
struct known_ports {
    static constexpr bool known = true;
    static constexpr bool contains(std::int32_t p) noexcept { return ((p == Ports) || ...); }
    /// False only when the container is known not to map `p`.
    static constexpr bool may_map(std::int32_t p) noexcept { return contains(p); }
    template <std::int32_t P>
    using with = known_ports<Ports..., P>;
};
/// A container with a port mapping given at run time (`.port(n)`, `.port_mapping(m)`) or through
/// `.edit(...)`: which ports it maps is checked by the rules, against the built task definition.
struct unknown_ports {
    static constexpr bool known = false;
    static constexpr bool may_map(std::int32_t) noexcept { return true; }
    template <std::int32_t>
    using with = unknown_ports;
};

template <bool HasName, bool HasImage, class Ports>
class container_builder;

namespace detail {
// What the task definition builder takes from a complete container builder.
struct container_builder_access {
    template <bool N, bool I, class P>
    static container_definition take(container_builder<N, I, P>&& c) {
        return std::move(c).take();
    }
};

// A port literal, checked by core::port's consteval constructor in a variable template: clang 14
// does not evaluate that constructor for a template parameter inside a member template of a
// class template (a spurious "not a constant expression"), while g++ 12 does either way.
template <std::int32_t P>
inline constexpr core::port literal_port{P};
} // namespace detail

/// Builds one container definition; see the top of this header. Each call returns the builder
/// (by value, so calls chain on temporaries); `name` and `image` change its type, and `build()`
/// is offered only once both were given; `.port<P>()` records the port in the type as well.
template <bool HasName = false, bool HasImage = false, class Ports = known_ports<>>
class container_builder {
    using with_unknown_ports = container_builder<HasName, HasImage, unknown_ports>;


public:
    container_builder() = default;

    /// ECS-TD-060, ECS-TD-061: checked when compiled.
    container_builder<true, HasImage, Ports> name(core::literal<container_name_policy> n) && {
        return std::move(*this).with_name(std::string(n.value));
    }
    /// A name known only at run time: checked (ECS-TD-061) when the task definition is built.
    container_builder<true, HasImage, Ports> name(core::runtime_text n) && {
        return std::move(*this).with_name(std::move(n.value));
    }
    /// ECS-TD-062, ECS-TD-063: a literal reference is checked when compiled.
    container_builder<HasName, true, Ports> image(core::literal<image_policy> i) && {
        return std::move(*this).with_image(ecs::image(i));
    }
    /// A reference known only at run time: `validate()` reports a malformed one (ECS-TD-063).
    container_builder<HasName, true, Ports> image(core::runtime_text i) && {
        return std::move(*this).with_image(ecs::image::from_wire(std::move(i.value)));
    }
    container_builder<HasName, true, Ports> image(ecs::image i) && { return std::move(*this).with_image(std::move(i)); }

    /// CPU units reserved for the container (1024 = 1 vCPU); @default 0, an unreserved share.
    container_builder cpu(core::cpu_units units) && {
        def_.cpu = units;
        return std::move(*this);
    }
    /// The hard limit: the container is killed when it goes above it.
    container_builder memory(core::mebibytes hard_limit) && {
        def_.memory = hard_limit;
        return std::move(*this);
    }
    /// The soft limit, reserved on the instance; the container may use more while memory is free.
    container_builder memory_reservation(core::mebibytes soft_limit) && {
        def_.memory_reservation = soft_limit;
        return std::move(*this);
    }
    /// @default true: the task stops when an essential container stops.
    container_builder essential(bool on = true) && {
        def_.essential = on;
        return std::move(*this);
    }

    /// Publishes `ContainerPort` as `.port(ContainerPort)` does, and records it in the builder's
    /// type, so that a handle of the container knows it maps the port (a load balancer of a service
    /// on another port then does not compile). `.port<70000>()` does not compile.
    template <std::int32_t ContainerPort>
    container_builder<HasName, HasImage, typename Ports::template with<ContainerPort>> port(
        transport_protocol protocol = transport_protocol::tcp) && {
        ecs::port_mapping m;
        m.container_port = detail::literal_port<ContainerPort>;
        m.protocol = protocol;
        if (!def_.port_mappings) def_.port_mappings.emplace();
        def_.port_mappings->push_back(std::move(m));
        return std::move(*this).template with_ports<typename Ports::template with<ContainerPort>>();
    }
    /// Publishes a container port; with awsvpc and host networking it is also the host port, with
    /// bridge networking Docker picks a dynamic host port. `.port(70000)` does not compile.
    /// The port is not part of the builder's type: `.port<8080>()` is the form a service's load
    /// balancer can be checked against when compiled.
    with_unknown_ports port(core::port container_port, transport_protocol protocol = transport_protocol::tcp) && {
        ecs::port_mapping m;
        m.container_port = container_port;
        m.protocol = protocol;
        return std::move(*this).port_mapping(std::move(m));
    }
    /// Publishes a container port on a given host port; 0 asks for a dynamic one (bridge networking).
    with_unknown_ports port(core::port container_port, core::port host_port,
                           transport_protocol protocol = transport_protocol::tcp) && {
        ecs::port_mapping m;
        m.container_port = container_port;
        m.host_port = host_port;
        m.protocol = protocol;
        return std::move(*this).port_mapping(std::move(m));
    }
    /// Any port mapping, e.g. a named one for Service Connect or a `containerPortRange`.
    with_unknown_ports port_mapping(ecs::port_mapping m) && {
        if (!def_.port_mappings) def_.port_mappings.emplace();
        def_.port_mappings->push_back(std::move(m));
        return std::move(*this).template with_ports<unknown_ports>();
    }

    container_builder entry_point(std::vector<std::string> args) && {
        def_.entry_point = std::move(args);
        return std::move(*this);
    }
    container_builder command(std::vector<std::string> args) && {
        def_.command = std::move(args);
        return std::move(*this);
    }
    /// Adds an environment variable (ECS-TD-093: names are unique within a container).
    container_builder environment(std::string name, std::string value) && {
        if (!def_.environment) def_.environment.emplace();
        key_value_pair kv;
        kv.name = std::move(name);
        kv.value = std::move(value);
        def_.environment->push_back(std::move(kv));
        return std::move(*this);
    }
    /// Hands a secret to the container as the environment variable `name`; `value_from` is a Secrets
    /// Manager secret ARN (optionally with `:json-key:version-stage:version-id`), an SSM parameter ARN,
    /// or an SSM parameter name in the task's Region (ECS-TD-096). The task needs an execution role.
    container_builder secret(std::string name, std::string value_from) && {
        if (!def_.secrets) def_.secrets.emplace();
        ecs::secret s;
        s.name = std::move(name);
        s.value_from = name_or_arn(std::move(value_from));
        def_.secrets->push_back(std::move(s));
        return std::move(*this);
    }
    /// Mounts a volume of the task (`volumes[].name`, ECS-TD-109) at an absolute path.
    container_builder mount(std::string source_volume, std::string container_path, bool read_only = false) && {
        if (!def_.mount_points) def_.mount_points.emplace();
        mount_point m;
        m.source_volume = std::move(source_volume);
        m.container_path = std::move(container_path);
        if (read_only) m.read_only = true;
        def_.mount_points->push_back(std::move(m));
        return std::move(*this);
    }
    container_builder working_directory(std::string dir) && {
        def_.working_directory = std::move(dir);
        return std::move(*this);
    }
    /// user, user:group, uid, uid:gid, user:gid or uid:group (ECS-TD-113).
    container_builder user(std::string user) && {
        def_.user = std::move(user);
        return std::move(*this);
    }
    container_builder readonly_root_filesystem(bool on = true) && {
        def_.readonly_root_filesystem = on;
        return std::move(*this);
    }
    /// Runs an init process as PID 1 that reaps zombies and forwards signals (`docker run --init`).
    container_builder init_process(bool on = true) && {
        if (!def_.linux_parameters) def_.linux_parameters.emplace();
        def_.linux_parameters->init_process_enabled = on;
        return std::move(*this);
    }
    /// How long the container's dependencies may take to reach their condition.
    container_builder start_timeout(core::seconds s) && {
        def_.start_timeout = s;
        return std::move(*this);
    }
    /// Between SIGTERM and SIGKILL; @default 30 (Fargate: 2-120, ECS-TD-092).
    container_builder stop_timeout(core::seconds s) && {
        def_.stop_timeout = s;
        return std::move(*this);
    }
    container_builder ulimit(ulimit_name name, std::int32_t soft_limit, std::int32_t hard_limit) && {
        if (!def_.ulimits) def_.ulimits.emplace();
        ecs::ulimit u;
        u.name = name;
        u.soft_limit = soft_limit;
        u.hard_limit = hard_limit;
        def_.ulimits->push_back(std::move(u));
        return std::move(*this);
    }
    container_builder docker_label(std::string key, std::string value) && {
        if (!def_.docker_labels) def_.docker_labels.emplace();
        def_.docker_labels->insert_or_assign(std::move(key), std::move(value));
        return std::move(*this);
    }

    /// A health check: `{"CMD-SHELL", "curl -f http://localhost/ || exit 1"}` or `{"CMD", "redis-cli", "ping"}`
    /// (ECS-TD-080). Containers that depend on this one with HEALTHY wait for it (ECS-TD-090).
    container_builder health_check(std::vector<std::string> command, health_check_timing timing = {}) && {
        ecs::health_check h;
        h.command = std::move(command);
        h.interval = timing.interval;
        h.timeout = timing.timeout;
        h.retries = timing.retries;
        h.start_period = timing.start_period;
        def_.health_check = std::move(h);
        return std::move(*this);
    }

    /// Any log configuration.
    container_builder log(log_configuration config) && {
        def_.log_configuration = std::move(config);
        return std::move(*this);
    }
    /// Sends output to CloudWatch Logs. On Fargate the stream prefix is required (ECS-TD-099) and
    /// the task needs an execution role to write (ECS-TD-025).
    container_builder awslogs(std::string group, std::string region, std::string stream_prefix) && {
        log_configuration c;
        c.log_driver = log_driver::awslogs;
        c.options.emplace();
        c.options->insert_or_assign("awslogs-group", std::move(group));
        c.options->insert_or_assign("awslogs-region", std::move(region));
        c.options->insert_or_assign("awslogs-stream-prefix", std::move(stream_prefix));
        def_.log_configuration = std::move(c);
        return std::move(*this);
    }
    /// Sends output to the task's FireLens log router, which passes `options` to its output
    /// plugin (`Name`, `region`, `log_group_name`, ...). The task needs a router (ECS-TD-101).
    container_builder firelens_log(core::string_map<std::string> options) && {
        log_configuration c;
        c.log_driver = log_driver::awsfirelens;
        c.options = std::move(options);
        def_.log_configuration = std::move(c);
        return std::move(*this);
    }
    /// Makes this container the task's FireLens log router (one per task, ECS-TD-102).
    container_builder firelens_router(firelens_configuration_type type, core::string_map<std::string> options = {}) && {
        firelens_configuration f;
        f.type = type;
        if (!options.empty()) f.options = std::move(options);
        def_.firelens_configuration = std::move(f);
        return std::move(*this);
    }

    /// Sets members this builder has no call for: `.edit([](ecs::container_definition& c) { c.hostname = "api"; })`.
    /// The result is validated like everything else. The port mappings are no longer known to the
    /// type, since `f` may change them.
    template <class F>
        requires std::invocable<F&, container_definition&>
    with_unknown_ports edit(F&& f) && {
        f(def_);
        return std::move(*this).template with_ports<unknown_ports>();
    }

    /// The container on its own, or every error found in it (rules that need the task, such as
    /// dependsOn targets or Fargate restrictions, are checked by the task definition's build()).
    core::result<container_definition> build() && {
        require_complete();
        // A runtime name was not checked when given: its type reports it here with the rest.
        core::diagnostics ds = core::validate(def_);
        if (core::has_errors(ds)) return core::result<container_definition>(std::move(ds));
        return core::result<container_definition>(std::move(def_), std::move(ds));
    }

private:
    template <bool, bool, class> friend class container_builder;
    friend struct detail::container_builder_access;

    static constexpr void require_complete() {
        static_assert(HasName, "container_builder::build() requires 'name'; call .name(...)");
        static_assert(HasImage, "container_builder::build() requires 'image'; call .image(...)");
    }
    // The definition without validation, for a task definition that validates it in context.
    container_definition take() && {
        require_complete();
        return std::move(def_);
    }

    container_builder<true, HasImage, Ports> with_name(std::string n) && {
        container_builder<true, HasImage, Ports> b;
        b.def_ = std::move(def_);
        b.def_.name = container_name::from_wire(std::move(n));
        return b;
    }
    container_builder<HasName, true, Ports> with_image(ecs::image i) && {
        container_builder<HasName, true, Ports> b;
        b.def_ = std::move(def_);
        b.def_.image = std::move(i);
        return b;
    }
    template <class P>
    container_builder<HasName, HasImage, P> with_ports() && {
        container_builder<HasName, HasImage, P> b;
        b.def_ = std::move(def_);
        return b;
    }

    container_definition def_;
};

} // namespace awsmodel::ecs

#endif
