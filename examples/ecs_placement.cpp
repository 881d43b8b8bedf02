// Where would my tasks go? Four tasks of a web service on a small cluster of three ACTIVE container
// instances in two zones (and one DRAINING, which ECS never uses), spread across the zones and
// then bin-packed on memory, as the ECS guide's example chain; then how many more copies would fit.
//
//   $ ecs_placement
//   task 1: i-0bbb (us-east-1a)
//   ...
#include <awsmodel/ecs/placement.hpp>
#include <awsmodel/ecs/placement_capacity.hpp>
#include <awsmodel/ecs/registered_resources.hpp>

#include <iostream>
#include <string>
#include <vector>

using namespace awsmodel;

namespace {

// An instance as DescribeContainerInstances describes it: what the agent registers for an m5.large
// (ecs/registered_resources.hpp: 2,048 CPU units, its memory, the reserved ports), what is left of
// its memory, its zone and type, its status.
ecs::container_instance instance(const std::string& id, const char* zone, std::int32_t memory_mib, const char* status) {
    ecs::container_instance ci;
    ci.container_instance_arn = core::arn::from_wire("arn:aws:ecs:us-east-1:123456789012:container-instance/shop/" + id);
    ci.ec2_instance_id = "i-" + id;
    ci.status = status;
    ci.agent_connected = true;
    ci.registered_resources = ecs::registered_resources(ec2::instance_type<"m5.large">, ecs::agent_config{}).value();
    ci.remaining_resources = ci.registered_resources;
    for (auto& r : *ci.remaining_resources)
        if (r.name == "MEMORY") r.integer_value = memory_mib;
    ecs::attribute az, type;
    az.name = "ecs.availability-zone";
    az.value = zone;
    type.name = "ecs.instance-type";
    type.value = "m5.large";
    ci.attributes = std::vector{az, type};
    return ci;
}

ecs::placement_strategy strategy(ecs::placement_strategy_type type, const char* field) {
    ecs::placement_strategy s;
    s.type = type;
    s.field = field;
    return s;
}

} // namespace

int main() {
    ecs::cluster_state cluster;
    cluster.container_instances = {instance("0aaa", "us-east-1a", 7680, "ACTIVE"),
                                   instance("0bbb", "us-east-1a", 3000, "ACTIVE"),
                                   instance("0ccc", "us-east-1b", 7680, "ACTIVE"),
                                   instance("0ddd", "us-east-1b", 7680, "DRAINING")};

    // The task definition as DescribeTaskDefinition returns it: one container of 256 CPU units and
    // 1 GiB, publishing port 80 on a dynamic host port.
    ecs::task_definition web;
    web.task_definition_arn = core::arn::from_wire("arn:aws:ecs:us-east-1:123456789012:task-definition/web:3");
    web.family = ecs::task_family::from_wire("web");
    web.revision = 3;
    web.status = ecs::task_definition_status::active;
    ecs::container_definition app;
    app.name = ecs::container_name::from_wire("app");
    app.image = ecs::image::from_wire("public.ecr.aws/nginx/nginx:latest");
    app.cpu = core::cpu_units(256);
    app.memory = core::mebibytes(1024);
    ecs::port_mapping http;
    http.container_port = core::port(80);
    http.host_port = core::port(0);
    app.port_mappings = std::vector{http};
    web.container_definitions = std::vector{app};
    cluster.task_definitions = {web};

    ecs::run_task_request run;
    run.cluster = ecs::name_or_arn("shop");
    run.task_definition = ecs::name_or_arn("web");
    run.count = 4;
    run.launch_type = ecs::launch_type::ec2;
    run.placement_strategy = std::vector{strategy(ecs::placement_strategy_type::spread, "attribute:ecs.availability-zone"),
                                         strategy(ecs::placement_strategy_type::binpack, "memory")};

    auto placed = ecs::place(cluster, run);
    if (!placed.response) {
        for (const auto& d : placed.diagnostics) std::cerr << d << '\n';
        return 1;
    }
    auto ec2_id = [&](const core::arn& arn) -> std::string {
        for (const auto& ci : cluster.container_instances)
            if (ci.container_instance_arn == arn) return *ci.ec2_instance_id;
        return "?";
    };
    int n = 0;
    for (const auto& task : *placed.response->tasks)
        std::cout << "task " << ++n << ": " << ec2_id(*task.container_instance_arn) << " ("
                  << task.availability_zone.value_or("?") << ")\n";
    for (const auto& f : *placed.response->failures)
        std::cout << "not placed: " << (f.arn ? std::string_view(*f.arn) : std::string_view("-")) << ": " << *f.reason << '\n';
    std::cout << placed.response->tasks->size() << " of " << *run.count << " tasks placed\n";

    auto more = ecs::capacity(cluster, web);
    if (!more.answer) return 1;
    for (const auto& i : more.answer->instances)
        std::cout << *i.ec2_instance_id << ": " << i.fits.value_or(-1) << " copies fit, then "
                  << i.limited_by.value_or("nothing") << '\n';
    std::cout << more.answer->total.value_or(-1) << " more copies fit on the cluster\n";
    return 0;
}
