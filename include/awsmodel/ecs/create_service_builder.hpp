// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_CREATE_SERVICE_BUILDER_HPP
#define AWSMODEL_ECS_CREATE_SERVICE_BUILDER_HPP

/// A CreateService request whose mistakes stop compilation where they can:
///
///   auto [task, web] = ecs::task_definition_builder{}.family("storefront-web").fargate<512, 1024>()
///                          .add_container(ecs::container_builder{}.name("web").image("...").port<8080>());
///   auto service = ecs::create_service(task)     // taskDefinition "storefront-web", the context
///                      .service_name("storefront-web")
///                      .desired_count(3)
///                      .fargate()
///                      .network_configuration(ecs::awsvpc({"subnet-0a1b2c3d"}, {"sg-0a1b2c3d"}))
///                      .deployment<50, 200>()    // <50, 90> does not compile: maximumPercent >= 100
///                      .load_balancer<8080>(web, "arn:aws:elasticloadbalancing:...:targetgroup/web/...")
///                      .build();                 // core::result<create_service_request>
///
/// - `build()` does not compile without a serviceName or a taskDefinition, without a desiredCount
///   for a REPLICA service (ECS-SV-011), nor without a networkConfiguration for Fargate or for a
///   task definition builder whose type knows its network mode is awsvpc (ECS-SV-055); a known
///   other mode refuses one.
/// - The deployment percentages given as literals (`.deployment<Min, Max>()`) are checked as the
///   ECS deployment controller (the default) takes them: minimumHealthyPercent 0-100, maximumPercent
///   at least 100 for a REPLICA service and exactly 100 for a DAEMON one, the minimum below the
///   maximum (ECS-SV-036, -037, -020). `.daemon()` refuses a desiredCount and Fargate (ECS-SV-013,
///   -015). Other controllers, or percentages known at run time, go through
///   `.deployment_configuration(...)`, which `build()` checks.
/// - A load balancer names its container through a handle of the task definition builder the
///   request was made from, and the port as a literal: when every port of the container was given
///   as `.port<P>()`, a port the container does not map does not compile; otherwise `build()`
///   checks it against the task definition (ECS-SV-062). A handle of another builder does not
///   compile.
/// - A request made with `ecs::create_service()` names its task definition and containers at run
///   time; `build(context)` checks them against a task definition of the context.
/// - `build()` validates the request with the service rules, with the task definition builder's
///   request (copied when the builder is made) as context, and returns every finding.

#include <awsmodel/core/arn.hpp>
#include <awsmodel/core/context.hpp>
#include <awsmodel/core/pointer.hpp>
#include <awsmodel/core/port.hpp>
#include <awsmodel/core/quantity.hpp>
#include <awsmodel/core/result.hpp>
#include <awsmodel/core/rule_id.hpp>
#include <awsmodel/core/text.hpp>
#include <awsmodel/core/validate.hpp>
#include <awsmodel/ecs/builder_facts.hpp>
#include <awsmodel/ecs/name.hpp>
#include <awsmodel/ecs/service.hpp>
#include <awsmodel/ecs/tag.hpp>
#include <awsmodel/ecs/task_definition_builder.hpp>

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace awsmodel::ecs {

namespace literal_error {
void service_name_must_be_1_to_255_letters_digits_hyphens_or_underscores();
} // namespace literal_error

/// A service's name literal (ECS-SV-001): the characters of ecs/name.hpp's names.
struct service_name_policy {
    static constexpr core::rule_id rule = "ECS-SV-001";
    static constexpr int check(std::string_view s) noexcept { return names::check(s); }
    static constexpr void literal_failed(int problem) {
        if (problem) literal_error::service_name_must_be_1_to_255_letters_digits_hyphens_or_underscores();
    }
    static std::string message(int problem, std::string_view s) { return names::message("service name", problem, s); }
};

/// What a CreateService builder's type knows: the required members given, the scheduling
/// strategy, the deployment percentages given as literals (-1: not as literals), the network mode
/// of the task definition builder it was made from, the launch type, and the network.
struct create_service_state {
    bool service_name = false;
    bool task_definition = false;
    bool desired_count = false;
    bool daemon = false;
    int minimum_healthy_percent = -1;
    int maximum_percent = -1;
    known_network_mode network_mode = known_network_mode::unknown;
    known_launch launch = known_launch::unset;
    bool network = false;

    constexpr create_service_state named() const noexcept { auto s = *this; s.service_name = true; return s; }
    constexpr create_service_state with_task_definition() const noexcept { auto s = *this; s.task_definition = true; return s; }
    constexpr create_service_state counted() const noexcept { auto s = *this; s.desired_count = true; return s; }
    constexpr create_service_state as_daemon() const noexcept { auto s = *this; s.daemon = true; return s; }
    constexpr create_service_state with_network() const noexcept { auto s = *this; s.network = true; return s; }
    constexpr create_service_state launched(known_launch l) const noexcept { auto s = *this; s.launch = l; return s; }
    constexpr create_service_state percentages(int min, int max) const noexcept {
        auto s = *this;
        s.minimum_healthy_percent = min;
        s.maximum_percent = max;
        return s;
    }
};

template <class Tag = no_task_definition_builder, create_service_state State = create_service_state{}>
class create_service_builder;

/// Starts a CreateService request for the task definition `task` builds (its family, for its
/// latest ACTIVE revision; `.revision(n)` names one), with its request as the context of `build()`.
template <class Tag, bool HasFamily, std::size_t Containers, known_network_mode Network>
create_service_builder<Tag, create_service_state{.task_definition = true, .network_mode = Network}> create_service(
    const task_definition_builder<Tag, HasFamily, Containers, Network>& task);

/// Starts a CreateService request whose task definition is named at run time: `.task_definition(...)`.
create_service_builder<> create_service();

/// Builds a CreateService request; see the top of this header. Made by `ecs::create_service(...)`.
template <class Tag, create_service_state State>
class create_service_builder {
    template <create_service_state S>
    using next = create_service_builder<Tag, S>;
    static constexpr bool from_builder = !std::same_as<Tag, no_task_definition_builder>;

public:
    create_service_builder(create_service_builder&&) noexcept = default;
    create_service_builder& operator=(create_service_builder&&) noexcept = default;

    // --- what the service is ---------------------------------------------------------------------

    /// ECS-SV-001: checked when compiled. Unique among the cluster's services.
    next<State.named()> service_name(core::literal<service_name_policy> name) && {
        request_.service_name = std::string(name.value);
        return std::move(*this).template as<State.named()>();
    }
    /// A name known only at run time, checked by `build()` (ECS-SV-001).
    next<State.named()> service_name(core::runtime_text name) && {
        request_.service_name = std::move(name.value);
        return std::move(*this).template as<State.named()>();
    }
    /// The task definition as "family", "family:revision" or its ARN, for a request made with
    /// `ecs::create_service()`.
    next<State.with_task_definition()> task_definition(core::runtime_text reference) &&
        requires(!from_builder)
    {
        request_.task_definition = name_or_arn(std::move(reference.value));
        return std::move(*this).template as<State.with_task_definition()>();
    }
    /// A revision of the task definition builder's family; @default the latest ACTIVE revision.
    create_service_builder revision(std::int32_t n) &&
        requires(from_builder)
    {
        request_.task_definition = name_or_arn(core::cat(std::string_view(task_definition_->family), ":", n));
        return std::move(*this);
    }
    /// ECS-SV-004: a cluster name literal is checked when compiled; @default the cluster "default".
    create_service_builder cluster(core::literal<cluster_name_policy> name) && {
        request_.cluster = name_or_arn(std::string(name.value));
        return std::move(*this);
    }
    /// A cluster name or ARN known only at run time.
    create_service_builder cluster(core::runtime_text name_or_cluster_arn) && {
        request_.cluster = name_or_arn(std::move(name_or_cluster_arn.value));
        return std::move(*this);
    }

    // --- how many, and how they are replaced -----------------------------------------------------

    /// The number of tasks a REPLICA service keeps running (ECS-SV-011: not negative).
    next<State.counted()> desired_count(std::int32_t tasks) && {
        static_assert(!State.daemon, "create_service_builder::desired_count() is for REPLICA services: a DAEMON service "
                                     "runs one task per container instance and sets no desiredCount (ECS-SV-013)");
        request_.desired_count = tasks;
        return std::move(*this).template as<State.counted()>();
    }
    /// One task on each active container instance of the cluster (schedulingStrategy DAEMON).
    next<State.as_daemon()> daemon() && {
        static_assert(!State.desired_count, "create_service_builder::daemon() requires no desiredCount: a DAEMON service "
                                            "runs one task per container instance (ECS-SV-013); remove .desired_count(...)");
        static_assert(State.maximum_percent == -1 || State.maximum_percent == 100,
                      "create_service_builder::daemon() requires maximumPercent 100 (ECS-SV-020): a DAEMON service runs one "
                      "task per instance; give .deployment<Min, 100>()");
        static_assert(State.launch != known_launch::fargate,
                      "create_service_builder::daemon() is not for Fargate, which does not run DAEMON services (ECS-SV-015); "
                      "use .ec2()");
        request_.scheduling_strategy = scheduling_strategy::daemon;
        return std::move(*this).template as<State.as_daemon()>();
    }
    /// The share of desiredCount a deployment keeps healthy, and the share it may run, as the ECS
    /// deployment controller takes them, checked when compiled; @default 100 and 200 (REPLICA),
    /// 0 and 100 (DAEMON).
    template <int MinimumHealthyPercent, int MaximumPercent>
    auto deployment() && { // deduced: g++ 12 cannot mangle the state expression in a declared return type
        static_assert(MinimumHealthyPercent >= 0 && MinimumHealthyPercent <= 100,
                      "create_service_builder::deployment<MinimumHealthyPercent, MaximumPercent>() requires "
                      "minimumHealthyPercent from 0 to 100 (ECS-SV-036): the share of desiredCount kept healthy");
        static_assert(MaximumPercent >= 0, "create_service_builder::deployment<MinimumHealthyPercent, MaximumPercent>() "
                                           "requires a maximumPercent that is not negative (ECS-SV-036)");
        static_assert(State.daemon || MaximumPercent >= 100,
                      "create_service_builder::deployment<MinimumHealthyPercent, MaximumPercent>() requires maximumPercent "
                      "of at least 100 for a REPLICA service (ECS-SV-036): below 100 a rolling deployment could not run "
                      "the desired count; use 100 or more (the default is 200)");
        static_assert(!State.daemon || MaximumPercent == 100,
                      "create_service_builder::deployment<MinimumHealthyPercent, MaximumPercent>() requires maximumPercent "
                      "100 for a DAEMON service (ECS-SV-020): it runs one task per container instance");
        static_assert(MinimumHealthyPercent < MaximumPercent,
                      "create_service_builder::deployment<MinimumHealthyPercent, MaximumPercent>() requires "
                      "minimumHealthyPercent below maximumPercent (ECS-SV-037): otherwise a deployment could neither start "
                      "a new task nor stop an old one");
        auto& d = deployment_configuration_();
        d.minimum_healthy_percent = MinimumHealthyPercent;
        d.maximum_percent = MaximumPercent;
        return std::move(*this).template as<State.percentages(MinimumHealthyPercent, MaximumPercent)>();
    }
    /// Any deployment configuration (another strategy, percentages known at run time), checked
    /// by `build()` (ECS-SV-036..045).
    next<State.percentages(-1, -1)> deployment_configuration(ecs::deployment_configuration d) && {
        request_.deployment_configuration = std::move(d);
        return std::move(*this).template as<State.percentages(-1, -1)>();
    }
    /// Stops a rolling deployment whose tasks do not reach a steady state, and rolls it back.
    create_service_builder circuit_breaker(bool rollback = true) && {
        deployment_circuit_breaker b;
        b.enable = true;
        b.rollback = rollback;
        deployment_configuration_().deployment_circuit_breaker = std::move(b);
        return std::move(*this);
    }

    // --- where -----------------------------------------------------------------------------------

    /// launchType FARGATE: the tasks need a networkConfiguration, the task definition awsvpc.
    next<State.launched(known_launch::fargate)> fargate() && {
        static_assert(!known_not_awsvpc(State.network_mode),
                      "create_service_builder::fargate() requires a task definition whose networkMode is awsvpc: Fargate "
                      "runs awsvpc tasks only (ECS-TD-014), and this task definition builder's network mode is another one");
        static_assert(!State.daemon, "create_service_builder::fargate() is not for DAEMON services, which Fargate does not "
                                     "run (ECS-SV-015)");
        request_.launch_type = launch_type::fargate;
        return std::move(*this).template as<State.launched(known_launch::fargate)>();
    }
    /// launchType EC2: the cluster's container instances.
    next<State.launched(known_launch::ec2)> ec2() && {
        request_.launch_type = launch_type::ec2;
        return std::move(*this).template as<State.launched(known_launch::ec2)>();
    }
    /// Adds a provider to the capacity provider strategy, instead of a launch type (ECS-SV-047, -048).
    next<State.launched(known_launch::capacity_providers)> capacity_provider(
        std::string name, std::int32_t weight = 1, std::optional<std::int32_t> base = std::nullopt) && {
        if (!request_.capacity_provider_strategy) request_.capacity_provider_strategy.emplace();
        capacity_provider_strategy_item i;
        i.capacity_provider = std::move(name);
        i.weight = weight;
        i.base = base;
        request_.capacity_provider_strategy->push_back(std::move(i));
        return std::move(*this).template as<State.launched(known_launch::capacity_providers)>();
    }
    /// The Fargate platform version (ECS-SV-051: Fargate only); @default LATEST.
    create_service_builder platform_version(std::string version) && {
        static_assert(State.launch != known_launch::ec2,
                      "create_service_builder::platform_version() is for Fargate tasks only (ECS-SV-051); this service's "
                      "launch type is EC2");
        request_.platform_version = std::move(version);
        return std::move(*this);
    }
    /// The subnets and security groups of the tasks, for awsvpc task definitions only (ECS-SV-055..058).
    next<State.with_network()> network_configuration(ecs::network_configuration n) && {
        static_assert(!known_not_awsvpc(State.network_mode),
                      "create_service_builder::network_configuration() is for task definitions whose networkMode is awsvpc "
                      "(ECS-SV-055), and this task definition builder's network mode is another one: remove the call");
        request_.network_configuration = std::move(n);
        return std::move(*this).template as<State.with_network()>();
    }

    // --- load balancers --------------------------------------------------------------------------

    /// Registers the tasks in a target group on `Port` of `container`, a handle of the task
    /// definition builder the request was made from. When the handle's type knows every port the
    /// container maps (`.port<P>()`), another port does not compile (ECS-SV-062).
    template <int Port, class HandleTag, class Ports>
    create_service_builder load_balancer(const mapped_container_ref<HandleTag, Ports>& container,
                                         core::literal<core::arn_policy> target_group_arn) && {
        require_mapped<Port, HandleTag, Ports>();
        add_load_balancer(container, Port, core::arn(target_group_arn));
        return std::move(*this);
    }
    /// The same with a target group ARN known only at run time (COMMON-004 in `build()`).
    template <int Port, class HandleTag, class Ports>
    create_service_builder load_balancer(const mapped_container_ref<HandleTag, Ports>& container,
                                         core::runtime_text target_group_arn) && {
        require_mapped<Port, HandleTag, Ports>();
        add_load_balancer(container, Port, core::arn::from_wire(std::move(target_group_arn.value)));
        return std::move(*this);
    }
    /// A port known only at run time, or a handle whose type does not know the ports: `build()`
    /// checks that the container maps it (ECS-SV-061, -062).
    template <class HandleTag>
    create_service_builder load_balancer(container_ref<HandleTag> container, core::port container_port,
                                         core::literal<core::arn_policy> target_group_arn) && {
        require_own_handle<HandleTag>();
        add_load_balancer(container, container_port.number(), core::arn(target_group_arn));
        return std::move(*this);
    }
    template <class HandleTag>
    create_service_builder load_balancer(container_ref<HandleTag> container, core::port container_port,
                                         core::runtime_text target_group_arn) && {
        require_own_handle<HandleTag>();
        add_load_balancer(container, container_port.number(), core::arn::from_wire(std::move(target_group_arn.value)));
        return std::move(*this);
    }
    /// A container named at run time, for a request made with `ecs::create_service()`.
    create_service_builder load_balancer(core::runtime_text container, core::port container_port,
                                         core::runtime_text target_group_arn) &&
        requires(!from_builder)
    {
        ecs::load_balancer lb;
        lb.container_name = std::move(container.value);
        lb.container_port = container_port;
        lb.target_group_arn = core::arn::from_wire(std::move(target_group_arn.value));
        if (!request_.load_balancers) request_.load_balancers.emplace();
        request_.load_balancers->push_back(std::move(lb));
        return std::move(*this);
    }
    /// How long the scheduler ignores failing load balancer health checks of new tasks.
    create_service_builder health_check_grace_period(core::seconds s) && {
        request_.health_check_grace_period_seconds = s.count();
        return std::move(*this);
    }

    // --- the rest --------------------------------------------------------------------------------

    /// ECS Exec into the tasks; needs a task role.
    create_service_builder enable_execute_command(bool on = true) && {
        request_.enable_execute_command = on;
        return std::move(*this);
    }
    /// Copies the tags of the task definition or of the service to the tasks; @default none.
    create_service_builder propagate_tags(ecs::propagate_tags from) && {
        request_.propagate_tags = from;
        return std::move(*this);
    }
    create_service_builder tag(std::string key, std::string value) && {
        detail::append_tag(request_.tags, std::move(key), std::move(value));
        return std::move(*this);
    }
    /// Sets members this builder has no call for: `.edit([](ecs::create_service_request& r) { ... })`.
    /// The result is validated like everything else.
    template <class F>
        requires std::invocable<F&, create_service_request&>
    create_service_builder edit(F&& f) && {
        f(request_);
        return std::move(*this);
    }

    /// The request, or every error the service rules find in it (with the task definition builder's
    /// request as context); warnings accompany a value.
    core::result<create_service_request> build() && { return std::move(*this).build(core::validation_context{}); }
    /// The same with other documents the rules read: a described task definition, the cluster.
    core::result<create_service_request> build(core::validation_context context) && {
        static_assert(State.service_name, "create_service_builder::build() requires 'serviceName'; call .service_name(...)");
        static_assert(State.task_definition,
                      "create_service_builder::build() requires 'taskDefinition'; call .task_definition(...), or make the "
                      "request from a task definition builder with ecs::create_service(builder)");
        static_assert(State.desired_count || State.daemon,
                      "create_service_builder::build() requires 'desiredCount' for a REPLICA service (ECS-SV-011); call "
                      ".desired_count(n), or .daemon() for one task per container instance");
        static_assert(State.network || State.launch != known_launch::fargate,
                      "create_service_builder::build() requires 'networkConfiguration' with launchType FARGATE (Fargate "
                      "tasks use awsvpc networking, ECS-SV-055); call .network_configuration(ecs::awsvpc(...))");
        static_assert(State.network || State.network_mode != known_network_mode::awsvpc,
                      "create_service_builder::build() requires 'networkConfiguration' for a task definition whose "
                      "networkMode is awsvpc (ECS-SV-055); call .network_configuration(ecs::awsvpc(...))");
        if (task_definition_) context.add(*task_definition_);
        core::diagnostics ds = core::validate(request_, context);
        ds.insert(ds.end(), std::make_move_iterator(pending_.begin()), std::make_move_iterator(pending_.end()));
        if (core::has_errors(ds)) return core::result<create_service_request>(std::move(ds));
        return core::result<create_service_request>(std::move(request_), std::move(ds));
    }

private:
    template <class, create_service_state> friend class create_service_builder;
    template <class T, bool F, std::size_t N, known_network_mode M>
    friend create_service_builder<T, create_service_state{.task_definition = true, .network_mode = M}> create_service(
        const task_definition_builder<T, F, N, M>&);
    friend create_service_builder<> create_service();

    create_service_builder() = default;

    template <create_service_state S>
    next<S> as() && {
        next<S> b;
        b.request_ = std::move(request_);
        b.task_definition_ = std::move(task_definition_);
        b.pending_ = std::move(pending_);
        b.builder_id_ = builder_id_;
        return b;
    }

    ecs::deployment_configuration& deployment_configuration_() {
        if (!request_.deployment_configuration) request_.deployment_configuration.emplace();
        return *request_.deployment_configuration;
    }

    template <class HandleTag>
    static constexpr void require_own_handle() {
        static_assert(std::same_as<HandleTag, Tag>,
                      "create_service_builder::load_balancer() requires a handle of a container of the task definition "
                      "builder this request was made from (ecs::create_service(builder)); a handle of another builder "
                      "names a container that task definition does not have");
    }
    template <int Port, class HandleTag, class Ports>
    static constexpr void require_mapped() {
        require_own_handle<HandleTag>();
        static_assert(Port >= 1 && Port <= 65535,
                      "create_service_builder::load_balancer<Port>() requires a port from 1 to 65535 (ECS-SV-061)");
        static_assert(Ports::may_map(Port),
                      "create_service_builder::load_balancer<Port>() requires a port the container maps: its .port<P>() "
                      "calls publish other ports (ECS-SV-062); publish this one with .port<Port>() or choose one of them");
    }

    // A load balancer on the handle's container; a finding for build() instead when the handle is
    // of another builder of the same type or of a container added after the request was made.
    void add_load_balancer(container_ref<Tag> h, std::int32_t port, core::arn target_group) {
        using R = create_service_request;
        if (!request_.load_balancers) request_.load_balancers.emplace();
        auto& list = *request_.load_balancers;
        const std::size_t index = detail::handle_access::index(h);
        const auto& containers = task_definition_->container_definitions;
        if (detail::handle_access::builder(h) != builder_id_ || index >= containers.size()) {
            pending_.push_back({core::pointer(core::member<&R::load_balancers>, list.size(),
                                              core::member<&ecs::load_balancer::container_name>),
                                "ECS-SV-062", core::severity::error,
                                core::cat("a container handle (container #", index,
                                          ") of another task_definition_builder, or of a container added after "
                                          "ecs::create_service(builder), was used here; the service's load balancers "
                                          "reach only the containers of the task definition it was made from")});
            return;
        }
        ecs::load_balancer lb;
        lb.target_group_arn = std::move(target_group);
        if (containers[index].name) lb.container_name = containers[index].name->str();
        lb.container_port = core::port::from_wire(port);
        list.push_back(std::move(lb));
    }

    create_service_request request_;
    // The task definition builder's request when the builder was made from one: the context.
    std::optional<register_task_definition_request> task_definition_;
    core::diagnostics pending_; // what the handles found wrong, reported by build()
    std::uint64_t builder_id_ = 0;
};

template <class Tag, bool HasFamily, std::size_t Containers, known_network_mode Network>
create_service_builder<Tag, create_service_state{.task_definition = true, .network_mode = Network}> create_service(
    const task_definition_builder<Tag, HasFamily, Containers, Network>& task) {
    static_assert(HasFamily,
                  "ecs::create_service(builder) requires a task definition builder with a family; call .family(...)");
    create_service_builder<Tag, create_service_state{.task_definition = true, .network_mode = Network}> b;
    const register_task_definition_request& td = detail::handle_access::request(task);
    b.request_.task_definition = name_or_arn(std::string(std::string_view(td.family)));
    b.task_definition_ = td;
    b.builder_id_ = detail::handle_access::id(task);
    return b;
}

inline create_service_builder<> create_service() { return {}; }

} // namespace awsmodel::ecs

#endif
