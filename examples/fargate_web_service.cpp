// Prints the RegisterTaskDefinition request (AWS CLI --cli-input-json form) of a web service on
// Fargate: the application container behind an App Mesh Envoy proxy, with its logs sent through
// a FireLens (Fluent Bit) log router and its database password fetched from Secrets Manager.
//
//   fargate_web_service > web.json
//   aws ecs register-task-definition --cli-input-json file://web.json
//
// docs/tutorial.md quotes the regions between the `// [name]` lines; tools/check_tutorial.py
// keeps the two identical.
#include <awsmodel/core/json.hpp>
#include <awsmodel/ecs/task_definition_builder.hpp>

#include <iostream>

int main() {
    using namespace awsmodel;
    using namespace awsmodel::core::literals;

    // [log-router]
    auto log_router = ecs::container_builder{}
                          .name("log_router")
                          .image("public.ecr.aws/aws-observability/aws-for-fluent-bit:stable")
                          .memory_reservation(64_MiB)
                          .firelens_router(ecs::firelens_configuration_type::fluentbit,
                                           {{"enable-ecs-log-metadata", "true"}})
                          // The router's own output cannot go through itself.
                          .awslogs("/ecs/storefront-web/firelens", "eu-west-1", "firelens");
    // [log-router]

    // [envoy]
    auto envoy = ecs::container_builder{}
                     .name("envoy")
                     .image("840364872350.dkr.ecr.eu-west-1.amazonaws.com/aws-appmesh-envoy:v1.29.6.0-prod")
                     .user("1337") // the IgnoredUID below: Envoy's own traffic is not redirected to itself
                     .memory_reservation(256_MiB)
                     .environment("APPMESH_RESOURCE_ARN",
                                  "arn:aws:appmesh:eu-west-1:123456789012:mesh/storefront/virtualNode/web")
                     .health_check({"CMD-SHELL", "curl -s http://localhost:9901/server_info | grep state | grep -q LIVE"},
                                   {.interval = 5_s, .timeout = 2_s, .retries = 3, .start_period = 10_s})
                     .firelens_log({{"Name", "cloudwatch_logs"},
                                    {"region", "eu-west-1"},
                                    {"log_group_name", "/ecs/storefront-web"},
                                    {"log_stream_prefix", "envoy/"}});
    // [envoy]

    // [web-container]
    auto web = ecs::container_builder{}
                   .name("web")
                   .image("123456789012.dkr.ecr.eu-west-1.amazonaws.com/storefront/web:2.14.1")
                   .cpu(core::cpu_units(512))
                   .memory(1536_MiB)
                   .memory_reservation(1024_MiB)
                   .port(8080)
                   .environment("NODE_ENV", "production")
                   .secret("DATABASE_PASSWORD",
                           "arn:aws:secretsmanager:eu-west-1:123456789012:secret:storefront/db-password-Ab12Cd")
                   .health_check({"CMD-SHELL", "curl -fsS http://localhost:8080/healthz || exit 1"},
                                 {.interval = 15_s, .timeout = 5_s, .retries = 3, .start_period = 30_s})
                   .stop_timeout(30_s)
                   .firelens_log({{"Name", "cloudwatch_logs"},
                                  {"region", "eu-west-1"},
                                  {"log_group_name", "/ecs/storefront-web"},
                                  {"log_stream_prefix", "web/"}});
    // [web-container]

    // [fargate-size]
    auto [task, router] = ecs::task_definition_builder{}
                              .family("storefront-web")
                              .fargate<1024, 2048>() // 1 vCPU: 2048-8192 MiB in steps of 1024
                              .execution_role("arn:aws:iam::123456789012:role/ecsTaskExecutionRole")
                              .task_role("storefront-web-task")
                              .add_container(std::move(log_router));
    // [fargate-size]

    // [depends-on]
    auto [with_envoy, proxy] = std::move(task).add_container(
        std::move(envoy), ecs::depends_on(router, ecs::container_condition::start));
    auto request = std::move(with_envoy)
                       .container(std::move(web), ecs::depends_on(router, ecs::container_condition::start),
                                  ecs::depends_on(proxy, ecs::container_condition::healthy))
                       .app_mesh_proxy(proxy, {{"IgnoredUID", "1337"},
                                               {"ProxyIngressPort", "15000"},
                                               {"ProxyEgressPort", "15001"},
                                               {"AppPorts", "8080"},
                                               {"EgressIgnoredIPs", "169.254.170.2,169.254.169.254"}})
                       .tag("service", "storefront")
                       .build();
    // [depends-on]

    // [print]
    for (const auto& finding : request.diagnostics()) std::cerr << finding << '\n';
    if (!request) return 1;
    std::cout << core::encode(*request) << '\n';
    // [print]
    return 0;
}
