// Prints the RegisterTaskDefinition request of an API on EC2 container instances with bridge
// networking: nginx in front, the API behind it, Redis beside it. Each published port takes a
// dynamic host port (hostPort 0), so several copies of the task fit on one instance behind a load
// balancer; the containers find each other through links.
//
//   ec2_bridge_task > orders.json
//   aws ecs register-task-definition --cli-input-json file://orders.json
#include <awsmodel/core/json.hpp>
#include <awsmodel/ecs/task_definition_builder.hpp>

#include <iostream>

int main() {
    using namespace awsmodel;
    using namespace awsmodel::core::literals;

    // [bridge-cache]
    auto [task, cache] = ecs::task_definition_builder{}
                             .family("orders-api")
                             .ec2(ecs::network_mode::bridge)
                             .task_role("orders-api-task") // a role name is enough for the task role
                             .volume("redis-data")
                             .placement_constraint("attribute:ecs.os-type == linux")
                             .add_container(ecs::container_builder{}
                                                .name("cache")
                                                .image("redis:7.2-alpine")
                                                .memory_reservation(256_MiB) // soft limit only: may grow
                                                .command({"redis-server", "--appendonly", "yes"})
                                                .mount("redis-data", "/data")
                                                .health_check({"CMD", "redis-cli", "ping"},
                                                              {.interval = 10_s, .timeout = 3_s, .retries = 5}));
    // [bridge-cache]

    // [bridge-api]
    auto [with_api, api] = std::move(task).add_container(
        ecs::container_builder{}
            .name("api")
            .image("123456789012.dkr.ecr.us-east-1.amazonaws.com/orders/api:3.2.0")
            .cpu(core::cpu_units(512))
            .memory(1024_MiB)            // hard limit: killed above it
            .memory_reservation(512_MiB) // what the scheduler reserves on the instance
            .port(8080, 0)               // hostPort 0: Docker picks a free host port
            .environment("REDIS_URL", "redis://redis:6379/0")
            .ulimit(ecs::ulimit_name::nofile, 65536, 65536)
            .awslogs("/ecs/orders-api", "us-east-1", "api"),
        ecs::depends_on(cache, ecs::container_condition::healthy));
    // [bridge-api]

    // [bridge-links]
    auto [with_proxy, proxy] = std::move(with_api).add_container(
        ecs::container_builder{}
            .name("proxy")
            .image("nginx:1.27-alpine")
            .memory(128_MiB)
            .port(80, 0)
            .awslogs("/ecs/orders-api", "us-east-1", "proxy"),
        ecs::depends_on(api, ecs::container_condition::start));
    auto request = std::move(with_proxy)
                       .link(api, cache, "redis") // the API reaches Redis as redis:6379
                       .link(proxy, api)          // nginx proxies to http://api:8080
                       .tag("service", "orders")
                       .build();
    // [bridge-links]

    for (const auto& finding : request.diagnostics()) std::cerr << finding << '\n';
    if (!request) return 1;
    std::cout << core::encode(*request) << '\n';
    return 0;
}
