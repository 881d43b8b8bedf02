// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_TASK_DEFINITION_BUILDER_HPP
#define AWSMODEL_ECS_TASK_DEFINITION_BUILDER_HPP

/// A RegisterTaskDefinition request whose mistakes stop compilation where they can:
///
///   auto [task, router] = ecs::task_definition_builder{}
///                             .family("storefront-web")
///                             .fargate<1024, 2048>()
///                             .add_container(ecs::container_builder{}.name("log_router").image("..."));
///   auto request = std::move(task)
///                      .container(ecs::container_builder{}.name("web").image("..."),
///                                 ecs::depends_on(router, ecs::container_condition::start))
///                      .build();  // core::result<register_task_definition_request>
///
/// - `build()` does not compile without a family or without a container; a family literal that
///   is not 1-255 letters, digits, hyphens and underscores (ECS-TD-002) does not compile, nor does
///   an 11th container (ECS-TD-004).
/// - A Fargate size given as literals (`.fargate<256, 4096>()`, `.fargate({256, 4096})`) that the
///   Fargate table does not have does not compile; the error names what the CPU size allows.
/// - Containers refer to each other (dependsOn, links, the App Mesh proxy) through the handles
///   that adding them returns, so a reference cannot name a container the task does not have.
///   Each builder has its own handle type: a handle of another builder does not compile, and one
///   of another builder of the same type (made by the same line in a loop) is reported by build().
/// - `build()` runs `core::validate` on the request and returns every finding.
/// - The network mode, when a call names it (`.fargate<...>()` awsvpc, `.ec2()` bridge,
///   `.network_mode<M>()`), is part of the builder's type, and the handles of containers added
///   with `.port<P>()` mappings know those ports: the RunTask and CreateService builders made from
///   this builder (ecs/run_task_builder.hpp, ecs/create_service_builder.hpp) check against both
///   when compiled.

#include <awsmodel/core/rule_id.hpp>
#include <awsmodel/core/arn.hpp>
#include <awsmodel/core/pointer.hpp>
#include <awsmodel/core/quantity.hpp>
#include <awsmodel/core/result.hpp>
#include <awsmodel/core/text.hpp>
#include <awsmodel/core/validate.hpp>
#include <awsmodel/ecs/builder_facts.hpp>
#include <awsmodel/ecs/container_builder.hpp>
#include <awsmodel/ecs/fargate.hpp>
#include <awsmodel/ecs/name.hpp>
#include <awsmodel/ecs/tag.hpp>
#include <awsmodel/ecs/task_definition.hpp>
#include <awsmodel/ecs/task_definition_rules.hpp>

#include <atomic>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace awsmodel::ecs {



template <class Tag>
class container_ref;

namespace detail {
// Distinguishes builders whose handle types coincide (the same source line run twice).
inline std::uint64_t next_task_builder_id() noexcept {
    static std::atomic<std::uint64_t> next{1};
    return next.fetch_add(1, std::memory_order_relaxed);
}
// What the request builders read of a handle and of the task definition builder it came from.
struct handle_access {
    template <class Tag>
    static std::size_t index(const container_ref<Tag>& h) noexcept {
        return h.index_;
    }
    template <class Tag>
    static std::uint64_t builder(const container_ref<Tag>& h) noexcept {
        return h.builder_;
    }
    template <class Builder>
    static const register_task_definition_request& request(const Builder& b) noexcept {
        return b.request_;
    }
    template <class Builder>
    static std::uint64_t id(const Builder& b) noexcept {
        return b.id_;
    }
};
} // namespace detail

/// A container added to a `task_definition_builder<Tag, ...>`: what dependsOn, links and the proxy
/// configuration refer to. It resolves to the container's name when the reference is made.
template <class Tag>
class container_ref {
public:
    /// The container's position in `containerDefinitions`.
    std::size_t index() const noexcept { return index_; }

private:
    template <class, bool, std::size_t, known_network_mode> friend class task_definition_builder;
    friend struct detail::handle_access;
    container_ref(std::size_t index, std::uint64_t builder) noexcept : index_(index), builder_(builder) {}
    std::size_t index_;
    std::uint64_t builder_;
};

/// The handle `add_container` returns: a `container_ref` whose type also lists the ports the
/// container maps (`known_ports<8080>`), when each was given as `.port<P>()`, or says they are
/// `unknown_ports`. It converts to `container_ref<Tag>` wherever a plain handle is taken.
template <class Tag, class Ports>
class mapped_container_ref : public container_ref<Tag> {
public:
    using ports = Ports;

private:
    template <class, bool, std::size_t, known_network_mode> friend class task_definition_builder;
    explicit mapped_container_ref(container_ref<Tag> r) noexcept : container_ref<Tag>(r) {}
};

/// "Start after `container` reaches `condition`": an argument of `task_definition_builder::container`.
template <class Tag>
struct container_dependency_on {
    container_ref<Tag> container;
    container_condition condition;
};

/// The container starts only once `container` reaches `condition`: START (it started), HEALTHY (its
/// health check passed; ECS-TD-090), COMPLETE or SUCCESS (it exited, with code 0 for SUCCESS; it
/// must not be essential, ECS-TD-089).
template <class Tag>
container_dependency_on<Tag> depends_on(container_ref<Tag> container, container_condition condition) noexcept {
    return {container, condition};
}

/// What `add_container` returns: the builder, and the handle of the container just added.
/// `auto [task, web] = std::move(builder).add_container(...);`
template <class Builder, class Tag, class Ports = unknown_ports>
struct added_container {
    Builder builder;
    mapped_container_ref<Tag, Ports> container;
};

/// Builds a RegisterTaskDefinition request; see the top of this header. `Tag` makes the type, and
/// with it the handle type, unique to the place the builder is made; leave it to its default.
/// The builder is move-only, so that no copy shares its handles. `Network` is the network mode
/// as far as the calls made so far name it.
template <class Tag = decltype([] {}), bool HasFamily = false, std::size_t Containers = 0,
          known_network_mode Network = known_network_mode::unknown>
class task_definition_builder {
    template <bool F, std::size_t N>
    using next = task_definition_builder<Tag, F, N, Network>;
    template <known_network_mode M>
    using with_network = task_definition_builder<Tag, HasFamily, Containers, M>;

public:
    using handle = container_ref<Tag>;
    static constexpr std::size_t max_containers = 10;
    static constexpr known_network_mode network = Network;

    task_definition_builder() : id_(detail::next_task_builder_id()) {}
    task_definition_builder(task_definition_builder&&) noexcept = default;
    task_definition_builder& operator=(task_definition_builder&&) noexcept = default;
    task_definition_builder(const task_definition_builder&) = delete;
    task_definition_builder& operator=(const task_definition_builder&) = delete;

    // --- the task ------------------------------------------------------------------------------

    /// ECS-TD-001, ECS-TD-002: checked when compiled. Registering a family again adds a revision.
    next<true, Containers> family(core::literal<task_family_policy> name) && {
        request_.family = task_family(name);
        return std::move(*this).template as<true, Containers>();
    }
    /// A family known only at run time: checked (ECS-TD-002) by build().
    next<true, Containers> family(core::runtime_text name) && {
        request_.family = task_family::from_wire(std::move(name.value));
        return std::move(*this).template as<true, Containers>();
    }

    /// Runs on Fargate at a size of the Fargate table, checked when compiled: requiresCompatibilities
    /// FARGATE, networkMode awsvpc (ECS-TD-014) and the task cpu and memory (ECS-TD-012, ECS-TD-013).
    template <int Cpu, int MemoryMib>
    with_network<known_network_mode::awsvpc> fargate() && {
        return std::move(*this).fargate(ecs::fargate<Cpu, MemoryMib>);
    }
    /// The same with the size as a literal: `.fargate({1024, 3072})`. A Windows size
    /// (`{1024, 2048, true}`) also needs `.runtime_platform(...)` with the Windows version.
    with_network<known_network_mode::awsvpc> fargate(fargate_size size) && {
        request_.requires_compatibilities = std::vector<core::open_enum<compatibility>>{compatibility::fargate};
        request_.network_mode = ecs::network_mode::awsvpc;
        request_.cpu = task_cpu(size.cpu);
        request_.memory = task_memory(size.memory);
        return std::move(*this).template with<known_network_mode::awsvpc>();
    }
    /// Runs on EC2 container instances with networkMode bridge (dynamic host ports, links).
    with_network<known_network_mode::bridge> ec2() && {
        return std::move(*this).template ec2<ecs::network_mode::bridge>();
    }
    /// Runs on EC2 container instances with the network mode `Mode`, which the type then knows.
    template <ecs::network_mode Mode>
    with_network<known(Mode)> ec2() && {
        request_.requires_compatibilities = std::vector<core::open_enum<compatibility>>{compatibility::ec2};
        request_.network_mode = Mode;
        return std::move(*this).template with<known(Mode)>();
    }
    /// Runs on EC2 container instances with a network mode chosen at run time.
    with_network<known_network_mode::unknown> ec2(ecs::network_mode mode) && {
        request_.requires_compatibilities = std::vector<core::open_enum<compatibility>>{compatibility::ec2};
        request_.network_mode = mode;
        return std::move(*this).template with<known_network_mode::unknown>();
    }
    template <ecs::network_mode Mode>
    with_network<known(Mode)> network_mode() && {
        request_.network_mode = Mode;
        return std::move(*this).template with<known(Mode)>();
    }
    with_network<known_network_mode::unknown> network_mode(ecs::network_mode mode) && {
        request_.network_mode = mode;
        return std::move(*this).template with<known_network_mode::unknown>();
    }
    /// Task-level CPU for EC2 and EXTERNAL tasks (128-196608 units, ECS-TD-011); @default no task limit.
    task_definition_builder cpu(core::cpu_units units) && {
        request_.cpu = task_cpu(units);
        return std::move(*this);
    }
    /// Task-level memory for EC2 and EXTERNAL tasks; @default no task limit, each container then
    /// needs its own memory or memory reservation (ECS-TD-050).
    task_definition_builder memory(core::mebibytes mib) && {
        request_.memory = task_memory(mib);
        return std::move(*this);
    }
    task_definition_builder runtime_platform(ecs::cpu_architecture arch,
                                             ecs::os_family os = ecs::os_family::linux_) && {
        ecs::runtime_platform p;
        p.cpu_architecture = arch;
        p.operating_system_family = os;
        request_.runtime_platform = std::move(p);
        return std::move(*this);
    }
    /// Fargate storage beyond the default 20 GiB: 21-200 GiB (ECS-TD-026).
    task_definition_builder ephemeral_storage(core::gibibytes size) && {
        ecs::ephemeral_storage e;
        e.size_in_gib = size;
        request_.ephemeral_storage = std::move(e);
        return std::move(*this);
    }

    /// The role the containers' own AWS calls use: a role name or a role ARN (ECS-TD-035).
    task_definition_builder task_role(std::string name_or_role_arn) && {
        request_.task_role_arn = name_or_arn(std::move(name_or_role_arn));
        return std::move(*this);
    }
    /// The role the agent pulls images, fetches secrets and writes logs with: a role ARN, checked
    /// when compiled. Needed for secrets (ECS-TD-036) and for awslogs on Fargate (ECS-TD-025).
    task_definition_builder execution_role(core::literal<core::arn_policy> role_arn) && {
        request_.execution_role_arn = core::arn(role_arn);
        return std::move(*this);
    }
    /// A role ARN known only at run time: `validate()` reports a malformed one (COMMON-004).
    task_definition_builder execution_role(core::runtime_text role_arn) && {
        request_.execution_role_arn = core::arn::from_wire(std::move(role_arn.value));
        return std::move(*this);
    }

    /// A volume containers mount by name: with no storage options it is a bind mount Docker manages
    /// (the only kind, with EFS, that Fargate takes: ECS-TD-024).
    task_definition_builder volume(std::string name) && {
        ecs::volume v;
        v.name = std::move(name);
        return std::move(*this).volume(std::move(v));
    }
    task_definition_builder volume(ecs::volume v) && {
        if (!request_.volumes) request_.volumes.emplace();
        request_.volumes->push_back(std::move(v));
        return std::move(*this);
    }
    /// A memberOf constraint in the cluster query language (EC2 only, ECS-TD-015, ECS-TD-031):
    /// "attribute:ecs.instance-type =~ t3.*".
    task_definition_builder placement_constraint(std::string expression) && {
        if (!request_.placement_constraints) request_.placement_constraints.emplace();
        task_definition_placement_constraint c;
        c.type = task_definition_placement_constraint_type::member_of;
        c.expression = std::move(expression);
        request_.placement_constraints->push_back(std::move(c));
        return std::move(*this);
    }
    task_definition_builder tag(std::string key, std::string value) && {
        detail::append_tag(request_.tags, std::move(key), std::move(value));
        return std::move(*this);
    }

    // --- containers ----------------------------------------------------------------------------

    /// Adds a container, which starts after each of `dependencies` (made by `ecs::depends_on`).
    /// A container builder without a name or an image does not compile here, as in its build().
    template <bool N, bool I, class P, class... Dependencies>
    next<HasFamily, Containers + 1> container(container_builder<N, I, P> c, Dependencies... dependencies) && {
        return std::move(std::move(*this).add_container(std::move(c), dependencies...).builder);
    }
    /// Adds a container and returns its handle with the builder.
    template <bool N, bool I, class P, class... Dependencies>
    added_container<next<HasFamily, Containers + 1>, Tag, P> add_container(container_builder<N, I, P> c,
                                                                            Dependencies... dependencies) && {
        static_assert((std::same_as<Dependencies, container_dependency_on<Tag>> && ...),
                      "task_definition_builder::container() requires dependencies made by ecs::depends_on(handle, "
                      "condition) with handles of containers added to this builder");
        static_assert(Containers < max_containers,
                      "task_definition_builder::container() allows at most 10 containers in a task definition "
                      "(ECS-TD-004, a quota AWS does not raise); split the task");
        request_.container_definitions.push_back(detail::container_builder_access::take(std::move(c)));
        handle added(Containers, id_);
        (add_dependency(added, dependencies.container, dependencies.condition), ...);
        return {std::move(*this).template as<HasFamily, Containers + 1>(), mapped_container_ref<Tag, P>(added)};
    }

    /// `dependent` starts only once `dependency` reaches `condition` (see `ecs::depends_on`).
    task_definition_builder depends_on(handle dependent, handle dependency, container_condition condition) && {
        add_dependency(dependent, dependency, condition);
        return std::move(*this);
    }
    /// Links `from` to `to` (bridge networking only, ECS-TD-076): `to` is reachable from `from`
    /// by its name, or by `alias` when one is given.
    task_definition_builder link(handle from, handle to, std::string alias = {}) && {
        using R = register_task_definition_request;
        if (!owned(from, core::pointer(core::member<&R::container_definitions>), "ECS-TD-076") ||
            !owned(to,
                   core::pointer(core::member<&R::container_definitions>, from.index(),
                                 core::member<&container_definition::links>),
                   "ECS-TD-076"))
            return std::move(*this);
        auto& c = request_.container_definitions[from.index()];
        if (!c.links) c.links.emplace();
        std::string entry = name_of(to);
        if (!alias.empty()) entry += ":" + alias;
        c.links->push_back(std::move(entry));
        return std::move(*this);
    }
    /// Routes the task's traffic through the App Mesh Envoy proxy running in `envoy` (awsvpc only,
    /// ECS-TD-033). `properties`: IgnoredUID or IgnoredGID, AppPorts, ProxyIngressPort,
    /// ProxyEgressPort, EgressIgnoredPorts, EgressIgnoredIPs (ECS-TD-032).
    task_definition_builder app_mesh_proxy(handle envoy, std::vector<std::pair<std::string, std::string>> properties) && {
        if (!owned(envoy,
                   core::pointer(core::member<&register_task_definition_request::proxy_configuration>,
                                 core::member<&proxy_configuration::container_name>),
                   "ECS-TD-032"))
            return std::move(*this);
        proxy_configuration p;
        p.type = proxy_configuration_type::appmesh;
        p.container_name = name_of(envoy);
        p.properties.emplace();
        for (auto& [k, v] : properties) {
            key_value_pair kv;
            kv.name = std::move(k);
            kv.value = std::move(v);
            p.properties->push_back(std::move(kv));
        }
        request_.proxy_configuration = std::move(p);
        return std::move(*this);
    }

    /// Sets members this builder has no call for: `.edit([](ecs::register_task_definition_request& r) { ... })`.
    /// The result is validated like everything else. The network mode is no longer known to the
    /// type, since `f` may change it.
    template <class F>
        requires std::invocable<F&, register_task_definition_request&>
    with_network<known_network_mode::unknown> edit(F&& f) && {
        f(request_);
        return std::move(*this).template with<known_network_mode::unknown>();
    }

    /// The request, or every error found in it (what literals and handles cannot show: sums of
    /// container sizes, Fargate restrictions, runtime strings, ...); warnings accompany a value.
    core::result<register_task_definition_request> build() && {
        static_assert(HasFamily, "task_definition_builder::build() requires 'family'; call .family(...)");
        static_assert(Containers > 0,
                      "task_definition_builder::build() requires at least one container; call .container(...)");
        // Runtime names were not checked when given: their types report them here with the rest.
        core::diagnostics ds = core::validate(request_);
        ds.insert(ds.end(), std::make_move_iterator(pending_.begin()), std::make_move_iterator(pending_.end()));
        if (core::has_errors(ds)) return core::result<register_task_definition_request>(std::move(ds));
        return core::result<register_task_definition_request>(std::move(request_), std::move(ds));
    }

    /// A handle of another builder, even of the same type, is never accepted: its container is not
    /// in this task definition.
    template <class Other>
        requires(!std::same_as<Other, Tag>)
    task_definition_builder depends_on(container_ref<Other>, container_ref<Other>, container_condition) && {
        static_assert(std::same_as<Other, Tag>,
                      "task_definition_builder::depends_on() requires handles of containers added to this builder; "
                      "add the container here and use the handle that .add_container(...) returns");
        return std::move(*this);
    }

private:
    template <class, bool, std::size_t, known_network_mode> friend class task_definition_builder;
    friend struct detail::handle_access;

    template <bool F, std::size_t N>
    next<F, N> as() && {
        next<F, N> b(std::move(*this));
        return b;
    }
    template <known_network_mode M>
    with_network<M> with() && {
        with_network<M> b(std::move(*this));
        return b;
    }
    // The state a builder of the next type takes over.
    template <bool F, std::size_t N, known_network_mode M>
    explicit task_definition_builder(task_definition_builder<Tag, F, N, M>&& from)
        : request_(std::move(from.request_)), pending_(std::move(from.pending_)), id_(from.id_) {}

    // False, with a finding at `pointer`, when `h` is not a handle of a container of this builder.
    bool owned(handle h, std::string_view pointer, core::rule_id rule) {
        if (h.builder_ == id_ && h.index_ < request_.container_definitions.size()) return true;
        pending_.push_back({std::string(pointer), rule, core::severity::error,
                            core::cat("a container handle of another task_definition_builder (its container #",
                                      h.index_, ") was used here; a task definition can refer only to its own "
                                                "containers: add that container to this builder and use the "
                                                "handle .add_container(...) returns")});
        return false;
    }
    const std::string& name_of(handle h) const { return request_.container_definitions[h.index_].name->str(); }

    void add_dependency(handle dependent, handle dependency, container_condition condition) {
        using R = register_task_definition_request;
        if (!owned(dependent, core::pointer(core::member<&R::container_definitions>), "ECS-TD-087")) return;
        auto& c = request_.container_definitions[dependent.index_];
        std::size_t next_index = c.depends_on ? c.depends_on->size() : 0;
        if (!owned(dependency,
                   core::pointer(core::member<&R::container_definitions>, dependent.index_,
                                 core::member<&container_definition::depends_on>, next_index,
                                 core::member<&container_dependency::container_name>),
                   "ECS-TD-087"))
            return;
        if (!c.depends_on) c.depends_on.emplace();
        container_dependency d;
        d.container_name = name_of(dependency);
        d.condition = condition;
        c.depends_on->push_back(std::move(d));
    }

    register_task_definition_request request_;
    core::diagnostics pending_; // what the handles found wrong, reported by build()
    std::uint64_t id_;
};

} // namespace awsmodel::ecs

#endif
