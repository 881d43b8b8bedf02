// Placement benchmark (issue 13): ecs::place on generated clusters of 1,000 and 10,000 container
// instances of mixed types and zones, with running tasks, placing 10,000 and 100,000 tasks in one
// benchmarkOnly call, under three chains:
//
//   binpack      binpack memory
//   zone+binpack spread attribute:ecs.availability-zone, then binpack memory
//   memberOf     spread instanceId with a memberOf constraint
//
// Each case is run `repeats` times (the best is reported): tasks per second, and the growth from
// 10,000 to 100,000 tasks on the same cluster (the goal: at most 12 times the time for 10 times the
// tasks, O(T log M)). The time is the whole call: reading the cluster, placing, building the
// response. Figures go to docs/performance.md.
//
//   awsmodel-bench-placement [repeats]
#include <awsmodel/ecs/instance_attributes.hpp>
#include <awsmodel/ecs/placement.hpp>
#include <awsmodel/ecs/registered_resources.hpp>

#include <ctime>
#include <malloc.h>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {
using namespace awsmodel;

using ecs::detail::integer_resource;
using ecs::detail::port_set_resource;
using ecs::detail::named_attribute;

struct instance_type {
    const char* name;
    std::int32_t cpu, memory;
};
constexpr instance_type types[] = {{"m5.large", 2048, 7680},   {"m5.xlarge", 4096, 15600}, {"c5.2xlarge", 8192, 15200},
                                   {"r5.xlarge", 4096, 31400}, {"m5.4xlarge", 16384, 63000}, {"t3.large", 2048, 7800}};
constexpr const char* zones[] = {"us-east-1a", "us-east-1b", "us-east-1c"};

// A deterministic cluster: instance i has type i % 6 and zone i % 3 (shuffled by a multiplier so
// neighbours differ), two running tasks of another group and, for every fourth, one of the group placed.
ecs::cluster_state cluster(std::size_t m) {
    ecs::cluster_state c;
    c.seed = 13;
    c.container_instances.reserve(m);
    for (std::size_t i = 0; i < m; ++i) {
        const instance_type& t = types[(i * 7) % 6];
        ecs::container_instance ci;
        const std::string id = std::to_string(100000 + i);
        ci.container_instance_arn = core::arn::from_wire("arn:aws:ecs:us-east-1:123456789012:container-instance/bench/" + id);
        ci.ec2_instance_id = "i-" + id;
        ci.status = "ACTIVE";
        ci.agent_connected = true;
        const std::int32_t used_cpu = 512, used_memory = 1024;
        const std::vector<std::uint16_t> agent_ports{22, 2375, 2376, 51678, 51679};
        ci.registered_resources = {integer_resource("CPU", t.cpu), integer_resource("MEMORY", t.memory),
                                   port_set_resource("PORTS", agent_ports), port_set_resource("PORTS_UDP", {})};
        ci.remaining_resources = {integer_resource("CPU", t.cpu - used_cpu), integer_resource("MEMORY", t.memory - used_memory),
                                  port_set_resource("PORTS", agent_ports), port_set_resource("PORTS_UDP", {})};
        ci.running_tasks_count = 2;
        ci.attributes = std::vector<ecs::attribute>{named_attribute("ecs.availability-zone", zones[(i * 5) % 3]),
                                                    named_attribute("ecs.instance-type", t.name), named_attribute("ecs.os-type", "linux"),
                                                    named_attribute("tier", i % 10 == 0 ? "batch" : "web")};
        c.container_instances.push_back(std::move(ci));
        for (int k = 0; k < (i % 4 == 0 ? 3 : 2); ++k) {
            ecs::task task;
            task.task_arn = core::arn::from_wire("arn:aws:ecs:us-east-1:123456789012:task/bench/" + id + std::to_string(k));
            task.container_instance_arn = c.container_instances.back().container_instance_arn;
            task.group = k == 2 ? "family:web" : "family:batch";
            task.desired_status = "RUNNING";
            task.last_status = "RUNNING";
            c.running_tasks.push_back(std::move(task));
        }
    }
    ecs::task_definition td;
    td.task_definition_arn = core::arn::from_wire("arn:aws:ecs:us-east-1:123456789012:task-definition/web:1");
    td.family = ecs::task_family::from_wire("web");
    td.revision = 1;
    td.status = ecs::task_definition_status::active;
    ecs::container_definition app;
    app.name = ecs::container_name::from_wire("app");
    app.image = ecs::image::from_wire("public.ecr.aws/nginx/nginx:latest");
    app.cpu = core::cpu_units(8);
    app.memory = core::mebibytes(48);
    td.container_definitions = std::vector<ecs::container_definition>{app};
    c.task_definitions.push_back(std::move(td));
    return c;
}

ecs::placement_strategy strategy(ecs::placement_strategy_type t, const char* field) {
    ecs::placement_strategy s;
    s.type = t;
    s.field = field;
    return s;
}

ecs::run_task_request request(int chain, std::int32_t count) {
    ecs::run_task_request r;
    r.cluster = ecs::name_or_arn("bench");
    r.task_definition = ecs::name_or_arn("web:1");
    r.count = count;
    r.launch_type = ecs::launch_type::ec2;
    using T = ecs::placement_strategy_type;
    if (chain == 0) r.placement_strategy = std::vector{strategy(T::binpack, "memory")};
    if (chain == 1)
        r.placement_strategy = std::vector{strategy(T::spread, "attribute:ecs.availability-zone"), strategy(T::binpack, "memory")};
    if (chain == 2) {
        r.placement_strategy = std::vector{strategy(T::spread, "instanceId")};
        ecs::placement_constraint pc;
        pc.type = ecs::placement_constraint_type::member_of;
        pc.expression = "attribute:tier == web and attribute:ecs.instance-type =~ (m5|c5|r5|t3)\\..*";
        r.placement_constraints = std::vector{pc};
    }
    return r;
}

// CPU time of the process: the machine the figures come from is shared, and wall time there
// measures the neighbours as much as the code.
double cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// The best of `repeats` calls, in CPU seconds; also checks that every task was placed.
double time_call(const ecs::cluster_state& c, const ecs::run_task_request& r, int repeats, std::size_t& placed) {
    double best = 1e30;
    for (int i = 0; i < repeats; ++i) {
        const double start = cpu_seconds();
        auto result = ecs::place(c, r, {.benchmark_only = true});
        const double s = cpu_seconds() - start;
        placed = result.response && result.response->tasks ? result.response->tasks->size() : 0;
        best = std::min(best, s);
    }
    return best;
}

} // namespace

int main(int argc, char** argv) {
    const int repeats = argc > 1 ? std::atoi(argv[1]) : 3;
    // A response of 100,000 tasks is some 200 MB; glibc maps blocks that large afresh for each call
    // and returns them after, so each call would pay the kernel's first touch of every page. A
    // scheduler that runs placement repeatedly keeps its heap: so does the benchmark.
    mallopt(M_MMAP_THRESHOLD, 1 << 30);
    mallopt(M_TRIM_THRESHOLD, -1);
    const char* names[] = {"binpack memory", "zone spread + binpack", "spread instanceId + memberOf"};
    std::printf("| chain | instances | tasks | CPU seconds | tasks/s | 10x tasks: time ratio |\n|---|---|---|---|---|---|\n");
    int status = 0;
    for (std::size_t m : {std::size_t(1000), std::size_t(10000)}) {
        const ecs::cluster_state c = cluster(m);
        for (int chain = 0; chain < 3; ++chain) {
            double previous = 0;
            for (std::int32_t t : {10000, 100000}) {
                std::size_t placed = 0;
                double s = time_call(c, request(chain, t), repeats, placed);
                if (placed != static_cast<std::size_t>(t)) {
                    std::fprintf(stderr, "%s on %zu instances placed %zu of %d tasks\n", names[chain], m, placed, t);
                    status = 1;
                }
                std::printf("| %s | %zu | %d | %.4f | %.0f | %s |\n", names[chain], m, t, s, t / s,
                            previous > 0 ? std::to_string(s / previous).substr(0, 5).c_str() : "");
                previous = s;
            }
        }
    }
    return status;
}
