// Builds one Fargate task definition, runs it once as a one-off task (RunTask) and keeps it
// running behind a load balancer (CreateService), and prints the three requests in the AWS CLI's
// --cli-input-json form:
//
//   run_and_serve task-definition > td.json && aws ecs register-task-definition --cli-input-json file://td.json
//   run_and_serve run-task > run.json       && aws ecs run-task --cli-input-json file://run.json
//   run_and_serve create-service > svc.json && aws ecs create-service --cli-input-json file://svc.json
//
// Without an argument it prints all three, one per line. It exits 1, printing the findings, when
// a request breaks a rule. docs/tutorial.md quotes the regions between the `// [name]` lines;
// tools/check_tutorial.py keeps the two identical.
#include <awsmodel/core/json.hpp>
#include <awsmodel/ecs/create_service_builder.hpp>
#include <awsmodel/ecs/run_task_builder.hpp>
#include <awsmodel/ecs/task_definition_builder.hpp>

#include <iostream>
#include <string_view>

int main(int argc, char** argv) {
    using namespace awsmodel;
    using namespace awsmodel::core::literals;
    const std::string_view only = argc > 1 ? argv[1] : "";

    // [serve-task]
    auto [task, web] =
        ecs::task_definition_builder{}
            .family("storefront-web")
            .fargate<1024, 2048>()
            .execution_role("arn:aws:iam::123456789012:role/ecsTaskExecutionRole")
            .task_role("storefront-web-task")
            .add_container(ecs::container_builder{}
                               .name("web")
                               .image("123456789012.dkr.ecr.eu-west-1.amazonaws.com/storefront/web:2.14.1")
                               .port<8080>() // in the handle's type: the load balancer below is checked against it
                               .awslogs("/ecs/storefront-web", "eu-west-1", "web")
                               .health_check({"CMD-SHELL", "curl -fsS http://localhost:8080/healthz || exit 1"}));
    // [serve-task]

    // [serve-network]
    auto network = ecs::awsvpc({"subnet-0a1b2c3d", "subnet-0e1f2a3b"}, {"sg-0a1b2c3d"});
    // [serve-network]

    // [serve-run-task]
    // A one-off task of the same task definition: the database migration, before the service.
    auto migration = ecs::run_task(task)
                         .cluster("storefront")
                         .fargate() // without .network_configuration(...) build() would not compile
                         .count<1>()
                         .network_configuration(network)
                         .command(web, {"npm", "run", "migrate"})
                         .environment(web, "MIGRATION_LOCK_TIMEOUT", "60")
                         .started_by("release-pipeline")
                         .build();
    // [serve-run-task]

    // [serve-service]
    auto service = ecs::create_service(task)
                       .cluster("storefront")
                       .service_name("storefront-web")
                       .desired_count(3)
                       .fargate()
                       .network_configuration(network)
                       .deployment<50, 200>() // <50, 90> would not compile: maximumPercent is at least 100
                       .circuit_breaker()
                       .load_balancer<8080>(web, "arn:aws:elasticloadbalancing:eu-west-1:123456789012:"
                                                 "targetgroup/storefront-web/0123456789abcdef")
                       .health_check_grace_period(30_s)
                       .propagate_tags(ecs::propagate_tags::service)
                       .build();
    // [serve-service]

    // [serve-validate]
    auto task_definition = std::move(task).build();
    bool ok = task_definition && migration && service;
    for (const auto& finding : task_definition.diagnostics()) std::cerr << "task definition: " << finding << '\n';
    for (const auto& finding : migration.diagnostics()) std::cerr << "run task: " << finding << '\n';
    for (const auto& finding : service.diagnostics()) std::cerr << "create service: " << finding << '\n';
    if (!ok) return 1;
    // The requests checked once more against the task definition as it will be registered.
    core::validation_context context{*task_definition};
    core::diagnostics findings = core::validate(*migration, context);
    for (const auto& finding : core::validate(*service, context)) findings.push_back(finding);
    for (const auto& finding : findings) std::cerr << finding << '\n';
    if (!findings.empty()) return 1;
    // [serve-validate]

    // [serve-print]
    if (only.empty() || only == "task-definition") std::cout << core::encode(*task_definition) << '\n';
    if (only.empty() || only == "run-task") std::cout << core::encode(*migration) << '\n';
    if (only.empty() || only == "create-service") std::cout << core::encode(*service) << '\n';
    // [serve-print]
    return 0;
}
