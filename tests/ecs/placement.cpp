// ECS task placement: the cluster query evaluator, and properties of ecs::place and ecs::capacity
// over generated clusters, each checked by a replay in a model of its own (below), not by the
// engine's code. The documented behaviours and decisions are the scenarios of tests/data/placement
// (tests/placement/run_scenarios.py).
#include <awsmodel/ecs/instance_attributes.hpp>
#include <awsmodel/ecs/placement.hpp>
#include <awsmodel/ecs/placement_capacity.hpp>
#include <awsmodel/ecs/registered_resources.hpp>
#include <awsmodel/testing/boost_test.hpp>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

using namespace awsmodel;
namespace bdata = boost::unit_test::data;

namespace {

// --- the evaluator ---------------------------------------------------------------------------

struct instance_facts {
    std::map<std::string, std::optional<std::string>> attributes;
    std::vector<std::string> groups;
    ecs::query_facts facts() const {
        ecs::query_facts f;
        f.agent_connected = true;
        f.agent_version = "1.14.5";
        f.ec2_instance_id = "i-0abc";
        f.registered_at = core::parse_iso8601("2019-01-01T00:00:00Z");
        f.running_tasks_count = static_cast<std::int64_t>(groups.size());
        f.attributes.self = this;
        f.attributes.find = [](const void* self, std::string_view name) -> std::optional<std::string_view> {
            const auto& a = static_cast<const instance_facts*>(self)->attributes;
            auto it = a.find(std::string(name));
            if (it == a.end()) return std::nullopt;
            return it->second ? std::string_view(*it->second) : std::string_view();
        };
        f.task_groups = &groups;
        return f;
    }
};

struct evaluation {
    std::string expression;
    bool holds;
};
std::ostream& operator<<(std::ostream& os, const evaluation& e) { return os << e.expression; }

// Against an instance with stack=dev, mem_gb=16, name=web-01, one task of group web and agent 1.14.5.
const std::vector<evaluation> evaluations = {
    {"attribute:stack == dev", true},
    {"attribute:stack equals dev", true},
    {"attribute:stack != prod", true},
    {"attribute:missing != prod", false}, // a subject the instance lacks: false but for !exists
    {"attribute:missing !exists", true},
    {"attribute:missing not_exists", true},
    {"attribute:missing in [a, b]", false},
    {"attribute:missing !in [a, b]", false},
    {"attribute:stack exists", true},
    {"attribute:stack in [prod, 'dev']", true},
    {"attribute:stack not_in [prod, \"dev\"]", false},
    {"attribute:name =~ web-.*", true},
    {"attribute:name =~ eb-.*", false}, // whole-value match
    {"attribute:name matches (web|api)-[0-9]+", true},
    {"attribute:name !~ api-.*", true},
    {"attribute:name =~ '[w]eb-\\d+'", true}, // quoted: a value cannot start with [
    {"attribute:name =~ w(?=eb).*", true},   // lookahead: ECMAScript has it too
    {"attribute:name =~ WEB-01", false},     // case-sensitive, as Java without flags
    {"attribute:mem_gb > 8", true}, // numbers when both sides are numbers ("16" < "8" as text)
    {"attribute:mem_gb <= 16", true},
    {"attribute:stack > cat", true}, // text otherwise
    {"agentVersion >= 1.9.0", true},
    {"agentVersion < 1.14.10", true},
    {"agentVersion == 1.14.5.0", true},
    {"agentConnected == true", true},
    {"agentConnected != true", false},
    {"registeredAt > 2018-06-18", true},
    {"registeredAt < 2018-06-18T22:28:28+00:00", false},
    {"registeredAt >= 2019-01-01T01:00:00+01:00", true},
    {"runningTasksCount == 1", true},
    {"runningTasksCount greater_than 1", false},
    {"ec2InstanceId in ['i-0abc', 'i-0def']", true},
    {"ec2InstanceId =~ i-0.*", true},
    {"task:group == web", true},
    {"task:group != web", false},
    {"not(task:group == database)", true},
    {"task:group exists", true},
    {"attribute:stack == prod or attribute:stack == dev and attribute:name == web-01", true},
    {"(attribute:stack == prod or attribute:stack == dev) and attribute:name == api", false},
    {"not attribute:stack == prod && attribute:mem_gb >= 16", true},
    {"!(attribute:stack == dev) || task:group == web", true},
};

BOOST_DATA_TEST_CASE(cluster_query_evaluates, bdata::make(evaluations), e) {
    instance_facts i;
    i.attributes = {{"stack", "dev"}, {"mem_gb", "16"}, {"name", "web-01"}};
    i.groups = {"web"};
    auto q = ecs::compile_cluster_query(e.expression);
    BOOST_TEST_REQUIRE(q.query.has_value(), (q.error ? q.error->message : ""));
    BOOST_TEST(q.query->holds(i.facts()) == e.holds);
}

BOOST_AUTO_TEST_CASE(task_group_on_an_empty_instance_holds_only_not_exists) {
    instance_facts empty;
    for (auto [expression, holds] : std::vector<std::pair<std::string, bool>>{
             {"task:group != web", false}, {"task:group == web", false}, {"task:group !exists", true},
             {"not(task:group == web)", true}, {"task:group !in [web]", false}}) {
        auto q = ecs::compile_cluster_query(expression);
        BOOST_TEST_REQUIRE(q.query.has_value());
        BOOST_TEST(q.query->holds(empty.facts()) == holds, expression);
    }
}

BOOST_AUTO_TEST_CASE(what_the_evaluator_cannot_read_is_an_error) {
    for (std::string e : {"attribute:a =~ (?i)web", "attribute:a =~ a*+b", "attribute:a =~ (?<=x)y",
                          "attribute:a =~ \\p{Alpha}+", "attribute:a =~ a++", "attribute:a =~ (?>ab)c",
                          "attribute:a =~ \\Aweb\\z", "attribute:a =~ web[",
                          "registeredAt > yesterday", "agentVersion >= latest", "attribute:a == "}) {
        auto q = ecs::compile_cluster_query(e);
        BOOST_TEST(!q.query.has_value(), e);
        BOOST_TEST(q.error.has_value(), e);
    }
}

BOOST_AUTO_TEST_CASE(dependence_on_tasks) {
    BOOST_TEST(ecs::compile_cluster_query("runningTasksCount < 3").query->depends_on_tasks());
    BOOST_TEST(ecs::compile_cluster_query("not(task:group == db)").query->depends_on_tasks());
    BOOST_TEST(!ecs::compile_cluster_query("attribute:stack == dev").query->depends_on_tasks());
}

// --- generated clusters ------------------------------------------------------------------------

// A small deterministic generator (the same cases on every platform).
struct lcg {
    std::uint64_t s;
    std::uint32_t next() {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::uint32_t>(s >> 33);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint32_t>(n)); }
    bool chance(int percent) { return below(100) < percent; }
};

using ecs::detail::integer_resource;
using ecs::detail::port_set_resource;
using ecs::detail::named_attribute;

const char* const zones[] = {"us-east-1a", "us-east-1b", "us-east-1c"};
const char* const groups[] = {"family:web", "family:batch", "db"};
const char* const expressions[] = {"attribute:stack == a", "runningTasksCount < 3", "not(task:group == db)",
                                   "attribute:stack != b", "attribute:ecs.availability-zone in [us-east-1a, us-east-1c]"};

struct generated {
    ecs::cluster_state cluster;
    ecs::run_task_request request;
    std::vector<int> chain; // 0 binpack cpu, 1 binpack memory, 2 spread instanceId, 3 spread zone, 4 spread stack, 5 random
    std::int32_t cpu = 0, memory = 0;
    std::optional<std::int32_t> port;
    bool distinct = false;
    std::vector<std::string> member_of;
};

generated generate(std::uint64_t seed) {
    lcg g{seed};
    generated x;
    x.cluster.seed = seed;
    const int m = 1 + g.below(12);
    for (int i = 0; i < m; ++i) {
        ecs::container_instance ci;
        const std::string id = "ci" + std::to_string(i);
        ci.container_instance_arn = core::arn::from_wire("arn:aws:ecs:us-east-1:123456789012:container-instance/t/" + id);
        ci.ec2_instance_id = "i-" + id;
        const int st = g.below(100);
        ci.status = st < 80 ? "ACTIVE" : st < 92 ? "DRAINING" : "INACTIVE";
        ci.agent_connected = g.chance(90);
        const std::int32_t cpu = 256 * (1 + g.below(8)), memory = 256 * (1 + g.below(16));
        std::vector<std::uint16_t> ports{22, 2375};
        if (g.chance(30)) ports.push_back(80);
        ci.remaining_resources = std::vector{integer_resource("CPU", cpu), integer_resource("MEMORY", memory),
                                             port_set_resource("PORTS", ports), port_set_resource("PORTS_UDP", {})};
        ci.registered_resources = ci.remaining_resources;
        std::vector<ecs::attribute> attrs{named_attribute("ecs.availability-zone", zones[g.below(3)])};
        if (g.chance(70)) attrs.push_back(named_attribute("stack", g.chance(50) ? "a" : "b"));
        ci.attributes = attrs;
        const int live = g.below(4);
        for (int k = 0; k < live; ++k) {
            ecs::task t;
            t.task_arn = core::arn::from_wire("arn:aws:ecs:us-east-1:123456789012:task/t/" + id + "-" + std::to_string(k));
            t.container_instance_arn = ci.container_instance_arn;
            t.group = groups[g.below(3)];
            t.desired_status = g.chance(80) ? "RUNNING" : "STOPPED";
            x.cluster.running_tasks.push_back(std::move(t));
        }
        ci.running_tasks_count = live; // as listed, stopped ones included: the field is authoritative
        x.cluster.container_instances.push_back(std::move(ci));
    }
    ecs::task_definition td;
    td.task_definition_arn = core::arn::from_wire("arn:aws:ecs:us-east-1:123456789012:task-definition/web:1");
    td.family = ecs::task_family::from_wire("web");
    td.revision = 1;
    ecs::container_definition c;
    c.name = ecs::container_name::from_wire("app");
    c.image = ecs::image::from_wire("nginx");
    x.cpu = 128 * (1 + g.below(6));
    x.memory = 128 * (1 + g.below(12));
    c.cpu = core::cpu_units(x.cpu);
    c.memory = core::mebibytes(x.memory);
    if (g.chance(30)) {
        x.port = 80;
        ecs::port_mapping pm;
        pm.container_port = core::port(80);
        pm.host_port = core::port(80);
        c.port_mappings = std::vector{pm};
    }
    td.container_definitions = std::vector{c};
    x.cluster.task_definitions.push_back(td);

    x.request.task_definition = ecs::name_or_arn("web");
    x.request.launch_type = ecs::launch_type::ec2;
    x.request.count = 1 + g.below(10);
    const int steps = g.below(4);
    std::vector<ecs::placement_strategy> strategies;
    for (int k = 0; k < steps; ++k) {
        const int s = g.below(6);
        x.chain.push_back(s);
        ecs::placement_strategy p;
        using T = ecs::placement_strategy_type;
        static const std::pair<T, const char*> forms[] = {{T::binpack, "cpu"},
                                                          {T::binpack, "memory"},
                                                          {T::spread, "instanceId"},
                                                          {T::spread, "attribute:ecs.availability-zone"},
                                                          {T::spread, "attribute:stack"},
                                                          {T::random, nullptr}};
        p.type = forms[s].first;
        if (forms[s].second) p.field = forms[s].second;
        strategies.push_back(p);
    }
    if (!strategies.empty()) x.request.placement_strategy = strategies;
    std::vector<ecs::placement_constraint> constraints;
    if (g.chance(30)) {
        x.distinct = true;
        ecs::placement_constraint pc;
        pc.type = ecs::placement_constraint_type::distinct_instance;
        constraints.push_back(pc);
    }
    if (g.chance(40)) {
        ecs::placement_constraint pc;
        pc.type = ecs::placement_constraint_type::member_of;
        pc.expression = expressions[g.below(5)];
        x.member_of.push_back(*pc.expression);
        constraints.push_back(pc);
    }
    if (!constraints.empty()) x.request.placement_constraints = constraints;
    return x;
}

// The replay model: the instance as the documentation describes it, kept apart from the engine's.
struct model_instance {
    std::string arn, zone;
    std::optional<std::string> stack;
    bool active, connected;
    std::int64_t cpu, memory, running;
    std::set<std::string> ports;
    std::map<std::string, int> live_groups;
};

struct replay {
    const generated& x;
    std::vector<model_instance> instances;
    std::vector<ecs::compiled_cluster_query> queries;

    explicit replay(const generated& g) : x(g) {
        for (const auto& ci : g.cluster.container_instances) {
            model_instance m;
            m.arn = std::string(std::string_view(*ci.container_instance_arn));
            m.active = *ci.status == "ACTIVE";
            m.connected = *ci.agent_connected;
            m.cpu = *(*ci.remaining_resources)[0].integer_value;
            m.memory = *(*ci.remaining_resources)[1].integer_value;
            for (const auto& p : *(*ci.remaining_resources)[2].string_set_value) m.ports.insert(p);
            m.running = *ci.running_tasks_count;
            for (const auto& a : *ci.attributes) {
                if (a.name == "ecs.availability-zone") m.zone = *a.value;
                if (a.name == "stack") m.stack = *a.value;
            }
            for (const auto& t : g.cluster.running_tasks)
                if (*t.container_instance_arn == *ci.container_instance_arn && *t.desired_status != "STOPPED")
                    ++m.live_groups[*t.group];
            instances.push_back(std::move(m));
        }
        for (const auto& e : g.member_of) queries.push_back(*ecs::compile_cluster_query(e).query);
    }

    std::int64_t group_on(const model_instance& m) const {
        auto it = m.live_groups.find("family:web");
        return it == m.live_groups.end() ? 0 : it->second;
    }

    bool member_of(const model_instance& m) const {
        std::vector<std::string> gs;
        for (const auto& [g, n] : m.live_groups)
            if (n > 0) gs.push_back(g);
        ecs::query_facts f;
        f.agent_connected = m.connected;
        f.running_tasks_count = m.running;
        f.task_groups = &gs;
        f.attributes.self = &m;
        f.attributes.find = [](const void* self, std::string_view name) -> std::optional<std::string_view> {
            const auto& mi = *static_cast<const model_instance*>(self);
            if (name == "ecs.availability-zone") return std::string_view(mi.zone);
            if (name == "stack" && mi.stack) return std::string_view(*mi.stack);
            return std::nullopt;
        };
        for (const auto& q : queries)
            if (!q.holds(f)) return false;
        return true;
    }

    // The first reason, in the documented order, or "" when the instance can take the task.
    std::string reason(const model_instance& m) const {
        if (!m.connected) return "AGENT";
        if (x.cpu > m.cpu) return "RESOURCE:CPU";
        if (x.memory > m.memory) return "RESOURCE:MEMORY";
        if (x.port && m.ports.count(std::to_string(*x.port))) return "RESOURCE:PORTS";
        if (!member_of(m)) return "MemberOf placement constraint unsatisfied.";
        if (x.distinct && group_on(m) > 0) return "DistinctInstance placement constraint unsatisfied.";
        return "";
    }

    std::int64_t value(int step, const model_instance& m) const {
        switch (step) {
        case 0: return m.cpu;
        case 1: return m.memory;
        case 2: return group_on(m);
        default: break;
        }
        // an attribute's bucket: the group's tasks on every instance with the same value (absent alike)
        std::int64_t n = 0;
        for (const auto& o : instances) {
            const bool same = step == 3 ? o.zone == m.zone : o.stack == m.stack;
            if (same) n += group_on(o);
        }
        return n;
    }

    // The instances the chain finds best, among those that can take the task.
    std::vector<std::size_t> optimal() const {
        std::vector<std::size_t> tied;
        for (std::size_t i = 0; i < instances.size(); ++i)
            if (instances[i].active && reason(instances[i]).empty()) tied.push_back(i);
        for (int step : x.chain) {
            if (step == 5) break; // random: any of those still tied
            std::int64_t best = INT64_MAX;
            for (auto i : tied) best = std::min(best, value(step, instances[i]));
            std::erase_if(tied, [&](std::size_t i) { return value(step, instances[i]) != best; });
        }
        return tied;
    }

    void place(std::size_t i) {
        auto& m = instances[i];
        m.cpu -= x.cpu;
        m.memory -= x.memory;
        if (x.port) m.ports.insert(std::to_string(*x.port));
        ++m.running;
        ++m.live_groups["family:web"];
    }
};

BOOST_DATA_TEST_CASE(placement_properties_on_generated_clusters, bdata::xrange(400), n) {
    const generated x = generate(1000 + static_cast<std::uint64_t>(n));
    auto r = ecs::place(x.cluster, x.request);
    BOOST_TEST_REQUIRE(r.response.has_value(), core::cat(r.diagnostics.size(), " diagnostics, first: ",
                                                         r.diagnostics.empty() ? "" : r.diagnostics[0].message));
    replay model(x);
    const auto& tasks = *r.response->tasks;
    const auto& failures = *r.response->failures;
    const bool any_active = std::any_of(model.instances.begin(), model.instances.end(),
                                        [](const model_instance& m) { return m.active; });
    for (std::size_t t = 0; t < tasks.size(); ++t) {
        const std::string arn(std::string_view(*tasks[t].container_instance_arn));
        auto it = std::find_if(model.instances.begin(), model.instances.end(),
                               [&](const model_instance& m) { return m.arn == arn; });
        BOOST_TEST_REQUIRE((it != model.instances.end()));
        const std::size_t i = static_cast<std::size_t>(it - model.instances.begin());
        BOOST_TEST(it->active, "task " << t << " on a non-ACTIVE instance");
        BOOST_TEST(it->connected, "task " << t << " on a disconnected instance");
        BOOST_TEST(model.reason(*it).empty(), "task " << t << " does not fit: " << model.reason(*it));
        auto best = model.optimal();
        BOOST_TEST((std::find(best.begin(), best.end(), i) != best.end()),
                   "task " << t << " went to " << arn << ", which the chain does not rank best");
        BOOST_TEST(*tasks[t].group == "family:web");
        BOOST_TEST(*tasks[t].last_status == "PROVISIONING");
        model.place(i);
    }
    if (static_cast<std::int32_t>(tasks.size()) < *x.request.count) {
        BOOST_TEST(model.optimal().empty(), "fewer tasks than count, yet an instance could take one");
        BOOST_TEST(!failures.empty());
        for (const auto& f : failures) {
            if (!any_active) {
                BOOST_TEST(*f.reason == "MISSING");
                BOOST_TEST(!f.arn.has_value());
                continue;
            }
            auto it = std::find_if(model.instances.begin(), model.instances.end(),
                                   [&](const model_instance& m) { return f.arn && m.arn == std::string_view(*f.arn); });
            BOOST_TEST_REQUIRE((it != model.instances.end()));
            BOOST_TEST(it->active, "a failure names a non-ACTIVE instance");
            BOOST_TEST(*f.reason == model.reason(*it));
        }
    } else {
        BOOST_TEST(failures.empty());
    }
}

// The per-instance counts of capacity add up to what one call (benchmarkOnly, no strategy) places.
BOOST_DATA_TEST_CASE(capacity_agrees_with_placement, bdata::xrange(150), n) {
    generated x = generate(5000 + static_cast<std::uint64_t>(n));
    x.request.placement_strategy.reset();
    ecs::capacity_options options;
    if (x.request.placement_constraints) options.placement_constraints = *x.request.placement_constraints;
    auto c = ecs::capacity(x.cluster, x.cluster.task_definitions.front(), options);
    BOOST_TEST_REQUIRE(c.answer.has_value());
    BOOST_TEST_REQUIRE(c.answer->total.has_value());
    x.request.count = static_cast<std::int32_t>(*c.answer->total + 5);
    auto r = ecs::place(x.cluster, x.request, {.benchmark_only = true});
    BOOST_TEST_REQUIRE(r.response.has_value());
    BOOST_TEST(static_cast<std::int64_t>(r.response->tasks->size()) == *c.answer->total);
    for (const auto& ic : c.answer->instances) {
        std::int64_t on = 0;
        for (const auto& t : *r.response->tasks) on += *t.container_instance_arn == *ic.container_instance_arn ? 1 : 0;
        BOOST_TEST(on == *ic.fits);
    }
}

BOOST_AUTO_TEST_CASE(explanation_ranks_and_rejections) {
    generated x = generate(77);
    x.request.placement_strategy = std::vector<ecs::placement_strategy>{};
    ecs::placement_strategy s;
    s.type = ecs::placement_strategy_type::binpack;
    s.field = "memory";
    x.request.placement_strategy->push_back(s);
    auto r = ecs::place(x.cluster, x.request, {.explain = true});
    BOOST_TEST_REQUIRE(r.explanation.has_value());
    BOOST_TEST(r.explanation->instances.size() == x.cluster.container_instances.size());
    bool some_rank_one = false;
    for (const auto& i : r.explanation->instances) {
        BOOST_TEST((i.rejected_by.has_value() != i.ranks.has_value()));
        if (i.ranks) some_rank_one = some_rank_one || (*i.ranks)[0].rank == 1;
    }
    BOOST_TEST((some_rank_one || r.response->tasks->empty()));
}

} // namespace
