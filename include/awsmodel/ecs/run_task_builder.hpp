// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_RUN_TASK_BUILDER_HPP
#define AWSMODEL_ECS_RUN_TASK_BUILDER_HPP

/// A RunTask request whose mistakes stop compilation where they can:
///
///   auto [task, web] = ecs::task_definition_builder{}.family("report").fargate<512, 1024>()
///                          .add_container(ecs::container_builder{}.name("web").image("..."));
///   auto run = ecs::run_task(task)           // taskDefinition "report", the task definition as context
///                  .cluster("batch")
///                  .fargate()
///                  .count<3>()               // 11 does not compile: RunTask starts 1-10 tasks
///                  .network_configuration(ecs::awsvpc({"subnet-0a1b2c3d"}, {"sg-0a1b2c3d"}))
///                  .environment(web, "REPORT_DATE", "2026-12-01")
///                  .build();                 // core::result<run_task_request>
///
/// - `build()` does not compile without a task definition, nor without a networkConfiguration
///   when the tasks run on Fargate or the task definition builder's type knows its network mode
///   is awsvpc (ECS-RT-009); `.network_configuration(...)` does not compile when it knows the mode
///   is another one, nor `.fargate()` then (Fargate runs awsvpc tasks only).
/// - A count literal outside 1-10 does not compile (ECS-RT-002).
/// - Container overrides name containers through the handles of the task definition builder the
///   request was made from: a handle of another builder does not compile, and one of another
///   builder of the same type (the same line run twice) is reported by `build()` (ECS-RT-018).
/// - A request made with `ecs::run_task()` names its task definition at run time ("family:3", an
///   ARN) and its containers by name; `build()` checks them with the RunTask rules, and with the
///   task definition too when a context given to `build(context)` holds it.
/// - `build()` validates the request with the RunTask rules (ECS-RT-001..026), with the task
///   definition builder's request as context when the builder was made from one, and returns
///   every finding. The builder copies that request when it is made: containers added to the task
///   definition builder afterwards are not its context.

#include <awsmodel/core/context.hpp>
#include <awsmodel/core/pointer.hpp>
#include <awsmodel/core/result.hpp>
#include <awsmodel/core/rule_id.hpp>
#include <awsmodel/core/text.hpp>
#include <awsmodel/core/validate.hpp>
#include <awsmodel/ecs/builder_facts.hpp>
#include <awsmodel/ecs/name.hpp>
#include <awsmodel/ecs/run_task.hpp>
#include <awsmodel/ecs/tag.hpp>
#include <awsmodel/ecs/task_definition_builder.hpp>

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace awsmodel::ecs {

/// What a RunTask builder's type knows: whether it names a task definition, the network mode of
/// the task definition builder it was made from, the launch type, and whether the request has a
/// networkConfiguration.
struct run_task_state {
    bool task_definition = false;
    known_network_mode network_mode = known_network_mode::unknown;
    known_launch launch = known_launch::unset;
    bool network = false;
};

/// A count known only at run time, checked by `build()` (ECS-RT-002): `.count(ecs::task_count(n))`.
struct task_count {
    explicit task_count(std::int32_t n) noexcept : value(n) {}
    std::int32_t value;
};

template <class Tag = no_task_definition_builder, run_task_state State = run_task_state{}>
class run_task_builder;

/// Starts a RunTask request for the task definition `task` builds (its family, for its latest
/// ACTIVE revision; `.revision(n)` names one), with its request as the context of `build()`.
template <class Tag, bool HasFamily, std::size_t Containers, known_network_mode Network>
run_task_builder<Tag, run_task_state{.task_definition = true, .network_mode = Network}> run_task(
    const task_definition_builder<Tag, HasFamily, Containers, Network>& task);

/// Starts a RunTask request whose task definition is named at run time: `.task_definition(...)`.
run_task_builder<> run_task();

/// Builds a RunTask request; see the top of this header. Made by `ecs::run_task(...)`.
template <class Tag, run_task_state State>
class run_task_builder {
    template <run_task_state S>
    using next = run_task_builder<Tag, S>;
    static constexpr bool from_builder = !std::same_as<Tag, no_task_definition_builder>;

public:
    // --- the task definition -------------------------------------------------------------------

    /// The task definition as "family", "family:revision" or its ARN, checked by `build()`
    /// (ECS-RT-001), for a request made with `ecs::run_task()`.
    next<run_task_state{true, State.network_mode, State.launch, State.network}> task_definition(core::runtime_text reference) &&
        requires(!from_builder)
    {
        request_.task_definition = name_or_arn(std::move(reference.value));
        return std::move(*this).template as<run_task_state{true, State.network_mode, State.launch, State.network}>();
    }
    /// A revision of the task definition builder's family; @default the latest ACTIVE revision.
    run_task_builder revision(std::int32_t n) &&
        requires(from_builder)
    {
        request_.task_definition = name_or_arn(core::cat(std::string_view(task_definition_->family), ":", n));
        return std::move(*this);
    }

    // --- where and how many ---------------------------------------------------------------------

    /// ECS-RT-024: a cluster name literal is checked when compiled; @default the cluster "default".
    run_task_builder cluster(core::literal<cluster_name_policy> name) && {
        request_.cluster = name_or_arn(std::string(name.value));
        return std::move(*this);
    }
    /// A cluster name or ARN known only at run time, checked by `build()` (ECS-RT-024).
    run_task_builder cluster(core::runtime_text name_or_cluster_arn) && {
        request_.cluster = name_or_arn(std::move(name_or_cluster_arn.value));
        return std::move(*this);
    }
    /// How many tasks to start, 1-10 (ECS-RT-002), checked when compiled; @default 1.
    template <int N>
    run_task_builder count() && {
        static_assert(N >= 1 && N <= run_task_limits::max_count,
                      "run_task_builder::count<N>() requires N from 1 to 10: RunTask starts at most 10 tasks per call "
                      "(ECS-RT-002); call RunTask again for more");
        request_.count = N;
        return std::move(*this);
    }
    /// A count known only at run time, checked by `build()` (ECS-RT-002).
    run_task_builder count(task_count n) && {
        request_.count = n.value;
        return std::move(*this);
    }

    /// launchType FARGATE: the tasks need a networkConfiguration, and the task definition the
    /// awsvpc network mode.
    next<run_task_state{State.task_definition, State.network_mode, known_launch::fargate, State.network}> fargate() && {
        static_assert(!known_not_awsvpc(State.network_mode),
                      "run_task_builder::fargate() requires a task definition whose networkMode is awsvpc: Fargate runs "
                      "awsvpc tasks only (ECS-TD-014), and this task definition builder's network mode is another one");
        return std::move(*this).template launch<known_launch::fargate>(launch_type::fargate);
    }
    /// launchType EC2: the cluster's container instances.
    next<run_task_state{State.task_definition, State.network_mode, known_launch::ec2, State.network}> ec2() && {
        return std::move(*this).template launch<known_launch::ec2>(launch_type::ec2);
    }
    /// launchType EXTERNAL: ECS Anywhere instances.
    next<run_task_state{State.task_definition, State.network_mode, known_launch::external, State.network}> external() && {
        return std::move(*this).template launch<known_launch::external>(launch_type::external);
    }
    /// Adds a provider to the capacity provider strategy (instead of a launch type, ECS-RT-004):
    /// FARGATE, FARGATE_SPOT or a provider of the cluster (ECS-RT-005, ECS-RT-026).
    next<run_task_state{State.task_definition, State.network_mode, known_launch::capacity_providers, State.network}>
    capacity_provider(std::string name, std::int32_t weight = 1, std::optional<std::int32_t> base = std::nullopt) && {
        if (!request_.capacity_provider_strategy) request_.capacity_provider_strategy.emplace();
        capacity_provider_strategy_item i;
        i.capacity_provider = std::move(name);
        i.weight = weight;
        i.base = base;
        request_.capacity_provider_strategy->push_back(std::move(i));
        return std::move(*this)
            .template as<run_task_state{State.task_definition, State.network_mode, known_launch::capacity_providers,
                                        State.network}>();
    }
    /// The Fargate platform version (ECS-RT-023: Fargate only); @default LATEST.
    run_task_builder platform_version(std::string version) && {
        static_assert(State.launch != known_launch::ec2 && State.launch != known_launch::external,
                      "run_task_builder::platform_version() is for Fargate tasks only (ECS-RT-023); this request's "
                      "launch type is EC2 or EXTERNAL");
        request_.platform_version = std::move(version);
        return std::move(*this);
    }

    /// The subnets and security groups of the tasks' network interfaces, for awsvpc task
    /// definitions only (ECS-RT-006..009): `ecs::awsvpc({"subnet-..."}, {"sg-..."})`.
    next<run_task_state{State.task_definition, State.network_mode, State.launch, true}> network_configuration(
        ecs::network_configuration n) && {
        static_assert(!known_not_awsvpc(State.network_mode),
                      "run_task_builder::network_configuration() is for task definitions whose networkMode is awsvpc "
                      "(ECS-RT-009), and this task definition builder's network mode is another one: remove the call");
        request_.network_configuration = std::move(n);
        return std::move(*this).template as<run_task_state{State.task_definition, State.network_mode, State.launch, true}>();
    }

    // --- container overrides --------------------------------------------------------------------

    /// Replaces the override of `container` (a handle of the task definition builder the request
    /// was made from) with `o`; its name is the container's.
    template <class HandleTag>
    run_task_builder container_override(container_ref<HandleTag> container, ecs::container_override o) && {
        require_own_handle<HandleTag>();
        if (ecs::container_override* slot = override_of(container)) {
            o.name = slot->name;
            *slot = std::move(o);
        }
        return std::move(*this);
    }
    /// Adds an environment variable to `container`'s override (added to, or replacing by name, the
    /// task definition's).
    template <class HandleTag>
    run_task_builder environment(container_ref<HandleTag> container, std::string name, std::string value) && {
        require_own_handle<HandleTag>();
        if (ecs::container_override* slot = override_of(container)) add_environment(*slot, std::move(name), std::move(value));
        return std::move(*this);
    }
    /// Replaces `container`'s command.
    template <class HandleTag>
    run_task_builder command(container_ref<HandleTag> container, std::vector<std::string> args) && {
        require_own_handle<HandleTag>();
        if (ecs::container_override* slot = override_of(container)) slot->command = std::move(args);
        return std::move(*this);
    }
    /// The override of a container named at run time, for a request made with `ecs::run_task()`;
    /// checked by `build()` (ECS-TD-061, and ECS-RT-018 against a task definition of the context).
    run_task_builder container_override(core::runtime_text container, ecs::container_override o) &&
        requires(!from_builder)
    {
        o.name = container_name::from_wire(std::move(container.value));
        overrides().push_back(std::move(o));
        return std::move(*this);
    }

    /// The role the containers' AWS calls use in these tasks instead of the task definition's.
    run_task_builder task_role(std::string name_or_role_arn) && {
        if (!request_.overrides) request_.overrides.emplace();
        request_.overrides->task_role_arn = name_or_arn(std::move(name_or_role_arn));
        return std::move(*this);
    }

    // --- the rest -------------------------------------------------------------------------------

    /// Who started the tasks (ECS-RT-014: up to 128 letters, digits, -, / and _).
    run_task_builder started_by(std::string who) && {
        request_.started_by = std::move(who);
        return std::move(*this);
    }
    /// @default "family:<the task definition's family>".
    run_task_builder group(std::string name) && {
        request_.group = std::move(name);
        return std::move(*this);
    }
    /// ECS Exec into the tasks; needs a task role (ECS-RT-021).
    run_task_builder enable_execute_command(bool on = true) && {
        request_.enable_execute_command = on;
        return std::move(*this);
    }
    /// TASK_DEFINITION or NONE (ECS-RT-013: a task RunTask starts belongs to no service).
    run_task_builder propagate_tags(ecs::propagate_tags from) && {
        request_.propagate_tags = from;
        return std::move(*this);
    }
    run_task_builder tag(std::string key, std::string value) && {
        detail::append_tag(request_.tags, std::move(key), std::move(value));
        return std::move(*this);
    }
    /// Sets members this builder has no call for: `.edit([](ecs::run_task_request& r) { ... })`.
    /// The result is validated like everything else.
    template <class F>
        requires std::invocable<F&, run_task_request&>
    run_task_builder edit(F&& f) && {
        f(request_);
        return std::move(*this);
    }

    /// The request, or every error the RunTask rules find in it (with the task definition builder's
    /// request as context); warnings accompany a value.
    core::result<run_task_request> build() && { return std::move(*this).build(core::validation_context{}); }
    /// The same with other documents the rules read: a described task definition, the cluster.
    core::result<run_task_request> build(core::validation_context context) && {
        static_assert(State.task_definition,
                      "run_task_builder::build() requires 'taskDefinition'; call .task_definition(...), or make the "
                      "request from a task definition builder with ecs::run_task(builder)");
        static_assert(State.network || State.launch != known_launch::fargate,
                      "run_task_builder::build() requires 'networkConfiguration' with launchType FARGATE (Fargate tasks "
                      "use awsvpc networking, ECS-RT-009); call .network_configuration(ecs::awsvpc(...))");
        static_assert(State.network || State.network_mode != known_network_mode::awsvpc,
                      "run_task_builder::build() requires 'networkConfiguration' for a task definition whose networkMode "
                      "is awsvpc (ECS-RT-009); call .network_configuration(ecs::awsvpc(...))");
        if (task_definition_) context.add(*task_definition_);
        core::diagnostics ds = core::validate(request_, context);
        ds.insert(ds.end(), std::make_move_iterator(pending_.begin()), std::make_move_iterator(pending_.end()));
        if (core::has_errors(ds)) return core::result<run_task_request>(std::move(ds));
        return core::result<run_task_request>(std::move(request_), std::move(ds));
    }

    /// Move-only: the copy of the task definition is the builder's own.
    run_task_builder(run_task_builder&&) noexcept = default;
    run_task_builder& operator=(run_task_builder&&) noexcept = default;

private:
    template <class, run_task_state> friend class run_task_builder;
    template <class T, bool F, std::size_t N, known_network_mode M>
    friend run_task_builder<T, run_task_state{.task_definition = true, .network_mode = M}> run_task(
        const task_definition_builder<T, F, N, M>&);
    friend run_task_builder<> run_task();

    run_task_builder() = default;

    template <run_task_state S>
    next<S> as() && {
        next<S> b;
        b.request_ = std::move(request_);
        b.task_definition_ = std::move(task_definition_);
        b.pending_ = std::move(pending_);
        b.builder_id_ = builder_id_;
        return b;
    }
    template <known_launch L>
    next<run_task_state{State.task_definition, State.network_mode, L, State.network}> launch(launch_type t) && {
        request_.launch_type = t;
        return std::move(*this).template as<run_task_state{State.task_definition, State.network_mode, L, State.network}>();
    }

    template <class HandleTag>
    static constexpr void require_own_handle() {
        static_assert(std::same_as<HandleTag, Tag>,
                      "run_task_builder: a container override requires a handle of a container of the task definition "
                      "builder this request was made from (ecs::run_task(builder)); a handle of another builder names a "
                      "container that task definition does not have");
    }

    std::vector<ecs::container_override>& overrides() {
        if (!request_.overrides) request_.overrides.emplace();
        if (!request_.overrides->container_overrides) request_.overrides->container_overrides.emplace();
        return *request_.overrides->container_overrides;
    }

    // The override of the handle's container, added when absent; nothing, with a finding for
    // build(), when the handle is of another builder of the same type or of a container added
    // after the request was made.
    ecs::container_override* override_of(container_ref<Tag> h) {
        const std::size_t index = detail::handle_access::index(h);
        const auto& containers = task_definition_->container_definitions;
        auto& list = overrides();
        if (detail::handle_access::builder(h) != builder_id_ || index >= containers.size()) {
            using R = run_task_request;
            pending_.push_back({core::pointer(core::member<&R::overrides>, core::member<&task_override::container_overrides>,
                                              list.size(), core::member<&ecs::container_override::name>),
                                "ECS-RT-018", core::severity::error,
                                core::cat("a container handle (container #", index,
                                          ") of another task_definition_builder, or of a container added after "
                                          "ecs::run_task(builder), was used here; the request overrides only the "
                                          "containers of the task definition it was made from")});
            return nullptr;
        }
        const std::string_view name = containers[index].name ? containers[index].name->view() : std::string_view();
        for (auto& o : list)
            if (o.name && o.name->view() == name) return &o;
        ecs::container_override o;
        o.name = container_name::from_wire(std::string(name));
        list.push_back(std::move(o));
        return &list.back();
    }
    static void add_environment(ecs::container_override& o, std::string name, std::string value) {
        if (!o.environment) o.environment.emplace();
        key_value_pair kv;
        kv.name = std::move(name);
        kv.value = std::move(value);
        o.environment->push_back(std::move(kv));
    }

    run_task_request request_;
    // The task definition builder's request when the builder was made from one: the context.
    std::optional<register_task_definition_request> task_definition_;
    core::diagnostics pending_; // what the handles found wrong, reported by build()
    std::uint64_t builder_id_ = 0;
};

template <class Tag, bool HasFamily, std::size_t Containers, known_network_mode Network>
run_task_builder<Tag, run_task_state{.task_definition = true, .network_mode = Network}> run_task(
    const task_definition_builder<Tag, HasFamily, Containers, Network>& task) {
    static_assert(HasFamily, "ecs::run_task(builder) requires a task definition builder with a family; call .family(...)");
    run_task_builder<Tag, run_task_state{.task_definition = true, .network_mode = Network}> b;
    const register_task_definition_request& td = detail::handle_access::request(task);
    b.request_.task_definition = name_or_arn(std::string(std::string_view(td.family)));
    b.task_definition_ = td;
    b.builder_id_ = detail::handle_access::id(task);
    return b;
}

inline run_task_builder<> run_task() { return {}; }

} // namespace awsmodel::ecs

#endif
