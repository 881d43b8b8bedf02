// awsmodel-integration-requests: the requests the integration tests send through the AWS CLI to
// moto. They are built with awsmodel's types and written by core::encode, so that botocore (the
// CLI's validator and serializer) and the mock service judge exactly what awsmodel produces.
//
//   awsmodel-integration-requests list
//   awsmodel-integration-requests NAME [ARG...]
//
// NAME's request goes to standard output as JSON (the CLI's --cli-input-json form). Every finding of
// core::validate goes to standard error as POINTER: RULE: message; any error makes the exit status
// 1, so a test can also show that awsmodel rejects a request AWS rejects and moto accepts.
#include <awsmodel/core/json.hpp>
#include <awsmodel/core/validate.hpp>
#include <awsmodel/ec2/ebs_volume.hpp>
#include <awsmodel/ec2/key_pair.hpp>
#include <awsmodel/ec2/run_instances.hpp>
#include <awsmodel/ecs/cluster.hpp>
#include <awsmodel/ecs/container_instance_launch.hpp>
#include <awsmodel/ecs/run_task.hpp>
#include <awsmodel/ecs/service.hpp>
#include <awsmodel/ecs/task_definition_builder.hpp>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {
using namespace awsmodel;
using namespace awsmodel::core::literals;

using args = std::vector<std::string>;

struct request_maker {
    std::string_view name;
    std::string_view usage; ///< the arguments after NAME
    std::size_t arg_count;
    std::string_view about;
    /// Writes the request to `json` and returns its findings.
    core::diagnostics (*make)(const args&, std::string& json);
};

template <core::reflected T>
core::diagnostics emit(const T& request, std::string& json) {
    json = core::encode(request);
    return core::validate(request);
}

// A builder's result: the request, or the findings that stopped it (then nothing is printed).
// build() has run core::validate already; its warnings come with the value.
template <class T>
core::diagnostics emit(core::result<T> built, std::string& json) {
    if (built) json = core::encode(*built);
    return std::move(built.diagnostics());
}

// Every volume carries the run's tag, so a test finds its own volumes with a tag filter even when
// other tests share the server.
std::vector<ec2::tag_specification> volume_tags(const std::string& name, const std::string& run) {
    ec2::tag_specification spec;
    spec.resource_type = ec2::resource_type::volume;
    spec.tags = std::vector<ec2::tag>{{{}, "Name", name}, {{}, "awsmodel-run", run}};
    return {spec};
}

core::diagnostics create_volume_gp3(const args& a, std::string& json) {
    ec2::create_volume_request r;
    r.availability_zone = "us-east-1a";
    r.volume_type = ec2::volume_type::gp3;
    r.size = 100_GiB;
    r.iops = 4000_iops;
    r.throughput = 250_MiBps;
    r.tag_specifications = volume_tags("awsmodel-it-gp3", a[0]);
    return emit(r, json);
}

core::diagnostics create_volume_io2(const args& a, std::string& json) {
    ec2::create_volume_request r;
    r.availability_zone = "us-east-1b";
    r.volume_type = ec2::volume_type::io2;
    r.size = 40_GiB;
    r.iops = 20000_iops; // 500 IOPS per GiB, within io2's 1000
    r.multi_attach_enabled = true;
    r.encrypted = true;
    r.tag_specifications = volume_tags("awsmodel-it-io2", a[0]);
    return emit(r, json);
}

// No VolumeType: the API's default (gp2) applies, which the response must state.
core::diagnostics create_volume_default_type(const args& a, std::string& json) {
    ec2::create_volume_request r;
    r.availability_zone = "us-east-1c";
    r.size = 8_GiB;
    r.tag_specifications = volume_tags("awsmodel-it-default", a[0]);
    return emit(r, json);
}

// 6000 IOPS on 10 GiB of gp3 is 600 per GiB; AWS allows 500 (EBS-CV-008). moto accepts it.
core::diagnostics create_volume_gp3_iops_ratio_exceeded(const args& a, std::string& json) {
    ec2::create_volume_request r;
    r.availability_zone = "us-east-1a";
    r.volume_type = ec2::volume_type::gp3;
    r.size = 10_GiB;
    r.iops = 6000_iops;
    r.tag_specifications = volume_tags("awsmodel-it-ratio", a[0]);
    return emit(r, json);
}

// Key pairs go through the builders, which check the required members while compiling; names are
// runtime strings (the run id makes them unique), checked by build().
core::diagnostics create_key_pair_rsa(const args& a, std::string& json) {
    return emit(ec2::create_key_pair_builder{}.key_name(core::runtime(a[0])).tag("awsmodel-run", a[1]).build(), json);
}

core::diagnostics create_key_pair_ed25519(const args& a, std::string& json) {
    return emit(ec2::create_key_pair_builder{}
                    .key_name(core::runtime(a[0]))
                    .key_type(ec2::key_type::ed25519)
                    .key_format(ec2::key_format::pem)
                    .tag("awsmodel-run", a[1])
                    .build(),
                json);
}

// The public key file as ssh-keygen wrote it; the builder encodes it to the wire's base64 once.
core::diagnostics import_key_pair(const args& a, std::string& json) {
    std::ifstream f(a[1], std::ios::binary);
    if (!f) return {{"", core::rules::syntax, core::severity::error, "cannot read the public key file " + a[1]}};
    std::string content(std::istreambuf_iterator<char>(f), {});
    return emit(ec2::import_key_pair_builder{}
                    .key_name(core::runtime(a[0]))
                    .public_key(content)
                    .tag("awsmodel-run", a[2])
                    .build(),
                json);
}

// A cluster using every part of CreateCluster that needs no other resource: Container Insights,
// the two Fargate providers with a default strategy, ECS Exec logging to both destinations.
core::diagnostics create_cluster(const args& a, std::string& json) {
    auto name = ecs::cluster_name::from(a[0], "/clusterName");
    if (!name) return std::move(name.diagnostics());
    ecs::create_cluster_request r;
    r.cluster_name = *name;
    r.tags = std::vector<ecs::tag>{{{}, "Name", "awsmodel-it-cluster"}, {{}, "awsmodel-run", a[1]}};
    r.settings = std::vector<ecs::cluster_setting>{{{}, ecs::cluster_setting_name::container_insights, "enabled"}};
    ecs::execute_command_log_configuration logs;
    logs.cloud_watch_log_group_name = "/ecs/exec/" + a[0];
    logs.cloud_watch_encryption_enabled = true;
    logs.s3_bucket_name = ecs::log_bucket_name("awsmodel-it-exec-logs");
    logs.s3_encryption_enabled = true;
    logs.s3_key_prefix = "exec/";
    ecs::execute_command_configuration exec;
    exec.kms_key_id = ecs::cluster_kms_key("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab");
    exec.logging = ecs::execute_command_logging::override;
    exec.log_configuration = logs;
    r.configuration.emplace().execute_command_configuration = exec;
    r.capacity_providers = std::vector<std::string>{"FARGATE", "FARGATE_SPOT"};
    // Two tasks on On-Demand Fargate first, then one in five on it and four in five on Spot.
    r.default_capacity_provider_strategy = ecs::capacity_provider_strategy{{{}, "FARGATE", 1, 2}, {{}, "FARGATE_SPOT", 4, {}}};
    return emit(r, json);
}

// Container instances for the cluster through the ECS recipe. moto has none of the ECS-optimized
// AMI parameters the recipe picks by default, so the test passes an AMI moto ships.
core::diagnostics run_container_instances(const args& a, std::string& json) {
    auto cluster = ecs::cluster_name::from(a[0], "/UserData");
    auto ami = ec2::ami_id::from(a[1], "/ImageId");
    if (!cluster || !ami) {
        core::diagnostics ds = std::move(cluster.diagnostics());
        ds.insert(ds.end(), ami.diagnostics().begin(), ami.diagnostics().end());
        return ds;
    }
    ecs::container_instance_launch l;
    l.cluster = *cluster;
    l.instance_type = ec2::instance_type_name{"t3.micro"};
    l.os = ec2::ecs_ami_os::amazon_linux_2;
    l.ami = *ami;
    l.instance_profile.name = a[2];
    l.count = 2;
    l.min_count = 2;
    l.key_name = a[3];
    l.agent_settings = {{"ECS_ENABLE_CONTAINER_METADATA", "true"}, {"ECS_CONTAINER_STOP_TIMEOUT", "45s"}};
    l.tags = {{{}, "Name", "awsmodel-it-container-instance"}, {{}, "awsmodel-run", a[4]}};
    return emit(ecs::run_instances(l), json);
}

// Task definitions from the builders. Families carry the run id, so each run registers
// revision 1 of its own families.
core::diagnostics task_definition_fargate(const args& a, std::string& json) {
    using namespace core::literals;
    auto [task, db_proxy] =
        ecs::task_definition_builder{}
            .family(core::runtime("awsmodel-it-fargate-" + a[0]))
            .fargate<512, 1024>()
            .execution_role("arn:aws:iam::123456789012:role/ecsTaskExecutionRole")
            .task_role("awsmodel-it-task")
            .runtime_platform(ecs::cpu_architecture::arm64)
            .ephemeral_storage(30_GiB)
            .tag("awsmodel-run", a[0])
            .add_container(ecs::container_builder{}
                               .name("db-proxy")
                               .image("public.ecr.aws/docker/library/haproxy:2.9")
                               .memory_reservation(128_MiB)
                               .port(5432)
                               .health_check({"CMD-SHELL", "nc -z localhost 5432"},
                                             {.interval = 10_s, .timeout = 3_s, .retries = 3}));
    return emit(std::move(task)
                    .container(ecs::container_builder{}
                                   .name("app")
                                   .image("123456789012.dkr.ecr.us-east-1.amazonaws.com/awsmodel/app:1.4.2")
                                   .cpu(core::cpu_units(256))
                                   .memory(768_MiB)
                                   .port(8080)
                                   .environment("DATABASE_HOST", "localhost")
                                   .secret("DATABASE_PASSWORD",
                                           "arn:aws:secretsmanager:us-east-1:123456789012:secret:app/db-AbCdEf")
                                   .stop_timeout(20_s)
                                   .awslogs("/ecs/awsmodel-it", "us-east-1", "app"),
                               ecs::depends_on(db_proxy, ecs::container_condition::healthy))
                    .build(),
                json);
}

core::diagnostics task_definition_bridge(const args& a, std::string& json) {
    using namespace core::literals;
    auto [task, worker] =
        ecs::task_definition_builder{}
            .family(core::runtime("awsmodel-it-bridge-" + a[0]))
            .ec2(ecs::network_mode::bridge)
            .volume("scratch")
            .placement_constraint("attribute:ecs.instance-type =~ t3.*")
            .tag("awsmodel-run", a[0])
            .add_container(ecs::container_builder{}
                               .name("worker")
                               .image("public.ecr.aws/docker/library/python:3.12-slim")
                               .memory(256_MiB)
                               .memory_reservation(128_MiB)
                               .command({"python", "-m", "http.server", "8000"})
                               .port(8000, 0)
                               .mount("scratch", "/scratch")
                               .ulimit(ecs::ulimit_name::nofile, 4096, 8192)
                               .docker_label("com.example.role", "worker"));
    auto [with_web, web] = std::move(task).add_container(ecs::container_builder{}
                                                             .name("web")
                                                             .image("public.ecr.aws/nginx/nginx:1.27")
                                                             .memory(128_MiB)
                                                             .port(80, 8080)
                                                             .mount("scratch", "/usr/share/nginx/html", true),
                                                         ecs::depends_on(worker, ecs::container_condition::start));
    return emit(std::move(with_web).link(web, worker, "backend").build(), json);
}

// A soft memory limit alone: valid for EC2 (ECS-TD-050 asks for memory or memoryReservation).
core::diagnostics task_definition_reservation_only(const args& a, std::string& json) {
    using namespace core::literals;
    return emit(ecs::task_definition_builder{}
                    .family(core::runtime("awsmodel-it-soft-memory-" + a[0]))
                    .ec2(ecs::network_mode::bridge)
                    .tag("awsmodel-run", a[0])
                    .container(ecs::container_builder{}
                                   .name("cache")
                                   .image("public.ecr.aws/docker/library/redis:7.2")
                                   .memory_reservation(256_MiB)
                                   .port(6379, 0))
                    .build(),
                json);
}

// ---- tasks and services --------------------------------------------------------------------
// The subnets and security group come from the server (the default VPC): comma-separated ids,
// each checked as awsmodel checks ids, with the pointer of the request member it fills.
template <class Id>
core::result<std::vector<Id>> id_list(const std::string& list, const std::string& pointer) {
    std::vector<Id> out;
    core::diagnostics ds;
    std::istringstream in(list);
    for (std::string item; std::getline(in, item, ',');) {
        auto id = Id::from(item, core::cat(pointer, "/", out.size()));
        if (id)
            out.push_back(*id);
        else
            ds.insert(ds.end(), id.diagnostics().begin(), id.diagnostics().end());
    }
    if (!ds.empty()) return core::result<std::vector<Id>>(std::move(ds));
    return out;
}

// The awsvpc network of Fargate tasks: private addresses only, as in a VPC with a NAT gateway.
core::result<ecs::network_configuration> awsvpc(const std::string& subnets, const std::string& groups) {
    constexpr std::string_view at = "/networkConfiguration/awsvpcConfiguration";
    auto s = id_list<ec2::subnet_id>(subnets, core::cat(at, "/subnets"));
    auto g = id_list<ec2::security_group_id>(groups, core::cat(at, "/securityGroups"));
    if (!s || !g) {
        core::diagnostics ds = std::move(s.diagnostics());
        ds.insert(ds.end(), g.diagnostics().begin(), g.diagnostics().end());
        return core::result<ecs::network_configuration>(std::move(ds));
    }
    ecs::aws_vpc_configuration vpc;
    vpc.subnets = *s;
    vpc.security_groups = *g;
    vpc.assign_public_ip = ecs::assign_public_ip::disabled;
    ecs::network_configuration n;
    n.awsvpc_configuration = vpc;
    return n;
}

std::vector<ecs::tag> run_tags(const std::string& run) { return {{{}, "awsmodel-run", run}}; }

// Two Fargate tasks of the builder's Fargate definition (task-definition-fargate), larger than the
// definition says and with the app container's command, environment and size overridden; ECS Exec
// on, which the definition's task role allows (ECS-RT-021).
core::diagnostics run_task_fargate(const args& a, std::string& json) {
    auto net = awsvpc(a[2], a[3]);
    if (!net) return std::move(net.diagnostics());
    ecs::container_override app;
    app.name = ecs::container_name::from_wire("app");
    app.command = std::vector<std::string>{"./serve", "--port", "8080", "--workers", "4"};
    app.environment = std::vector<ecs::key_value_pair>{{{}, "MODE", "integration"}, {{}, "RUN", a[4]}};
    app.cpu = core::cpu_units(512);
    app.memory = 1536_MiB;
    ecs::task_override o;
    o.container_overrides = std::vector<ecs::container_override>{app};
    o.cpu = ecs::task_cpu(core::cpu_units(1024));
    o.memory = ecs::task_memory(2048_MiB);
    ecs::run_task_request r;
    r.cluster = ecs::name_or_arn(a[0]);
    r.task_definition = ecs::name_or_arn(a[1]);
    r.count = 2;
    r.launch_type = ecs::launch_type::fargate;
    r.platform_version = "1.4.0";
    r.network_configuration = *net;
    r.overrides = o;
    r.started_by = a[4];
    r.group = "awsmodel-it-batch";
    r.tags = run_tags(a[4]);
    r.propagate_tags = ecs::propagate_tags::task_definition;
    r.enable_execute_command = true;
    r.client_token = "run-" + a[4];
    return emit(r, json);
}

// The same definition without networkConfiguration: awsvpc needs one (ECS-RT-009), which only
// the task definition tells, so awsmodel reports it when validating with --task-definition.
core::diagnostics run_task_without_network(const args& a, std::string& json) {
    ecs::run_task_request r;
    r.cluster = ecs::name_or_arn(a[0]);
    r.task_definition = ecs::name_or_arn(a[1]);
    r.launch_type = ecs::launch_type::fargate;
    r.started_by = a[2];
    return emit(r, json);
}

// An override of a container the definition lacks ("worker"): AWS refuses it (ECS-RT-018, found
// with --task-definition).
core::diagnostics run_task_unknown_container(const args& a, std::string& json) {
    auto net = awsvpc(a[2], a[3]);
    if (!net) return std::move(net.diagnostics());
    ecs::container_override worker;
    worker.name = ecs::container_name::from_wire("worker");
    worker.command = std::vector<std::string>{"./work"};
    ecs::task_override o;
    o.container_overrides = std::vector<ecs::container_override>{worker};
    ecs::run_task_request r;
    r.cluster = ecs::name_or_arn(a[0]);
    r.task_definition = ecs::name_or_arn(a[1]);
    r.launch_type = ecs::launch_type::fargate;
    r.network_configuration = *net;
    r.overrides = o;
    r.started_by = a[4];
    return emit(r, json);
}

// A rolling Fargate service of two tasks behind no load balancer, with the circuit breaker, ECS
// Exec and tags.
core::diagnostics create_service_fargate(const args& a, std::string& json) {
    auto net = awsvpc(a[3], a[4]);
    if (!net) return std::move(net.diagnostics());
    ecs::deployment_configuration d;
    d.deployment_circuit_breaker = ecs::deployment_circuit_breaker{{}, true, true};
    d.maximum_percent = 200;
    d.minimum_healthy_percent = 100;
    ecs::create_service_request r;
    r.cluster = ecs::name_or_arn(a[0]);
    r.service_name = a[1];
    r.task_definition = ecs::name_or_arn(a[2]);
    r.desired_count = 2;
    r.launch_type = ecs::launch_type::fargate;
    r.platform_version = "1.4.0";
    r.network_configuration = *net;
    r.deployment_configuration = d;
    r.deployment_controller = ecs::deployment_controller{{}, ecs::deployment_controller_type::ecs};
    r.scheduling_strategy = ecs::scheduling_strategy::replica;
    r.tags = run_tags(a[5]);
    r.enable_ecs_managed_tags = true;
    r.propagate_tags = ecs::propagate_tags::service;
    r.enable_execute_command = true;
    r.client_token = a[1].substr(0, 36);
    return emit(r, json);
}

// A service of the awsvpc definition without networkConfiguration: ECS-SV-055, found with
// --task-definition.
core::diagnostics create_service_without_network(const args& a, std::string& json) {
    ecs::create_service_request r;
    r.cluster = ecs::name_or_arn(a[0]);
    r.service_name = a[1];
    r.task_definition = ecs::name_or_arn(a[2]);
    r.desired_count = 1;
    r.launch_type = ecs::launch_type::fargate;
    return emit(r, json);
}

// Three tasks of another revision, deployed faster (150 % up, 50 % healthy), without ECS Exec.
core::diagnostics update_service_scale(const args& a, std::string& json) {
    ecs::deployment_configuration d;
    d.deployment_circuit_breaker = ecs::deployment_circuit_breaker{{}, true, true};
    d.maximum_percent = 150;
    d.minimum_healthy_percent = 50;
    ecs::update_service_request r;
    r.cluster = ecs::name_or_arn(a[0]);
    r.service = ecs::name_or_arn(a[1]);
    r.task_definition = ecs::name_or_arn(a[2]);
    r.desired_count = 3;
    r.deployment_configuration = d;
    r.enable_execute_command = false;
    r.propagate_tags = ecs::propagate_tags::task_definition;
    return emit(r, json);
}

constexpr request_maker makers[] = {
    {"create-volume-gp3", "RUN", 1, "gp3, 100 GiB, 4000 IOPS, 250 MiB/s", create_volume_gp3},
    {"create-volume-io2", "RUN", 1, "io2, 40 GiB, 20000 IOPS, Multi-Attach, encrypted", create_volume_io2},
    {"create-volume-default-type", "RUN", 1, "8 GiB, no VolumeType (gp2)", create_volume_default_type},
    {"create-volume-gp3-iops-ratio-exceeded", "RUN", 1, "gp3, 10 GiB, 6000 IOPS: breaks EBS-CV-008",
     create_volume_gp3_iops_ratio_exceeded},
    {"create-key-pair-rsa", "KEY_NAME RUN", 2, "RSA key pair (the default type and format)", create_key_pair_rsa},
    {"create-key-pair-ed25519", "KEY_NAME RUN", 2, "ED25519 key pair, PEM", create_key_pair_ed25519},
    {"import-key-pair", "KEY_NAME PUBLIC_KEY_FILE RUN", 3, "the public key of PUBLIC_KEY_FILE", import_key_pair},
    {"create-cluster", "CLUSTER_NAME RUN", 2,
     "Container Insights, FARGATE and FARGATE_SPOT with a default strategy, ECS Exec logging", create_cluster},
    {"run-container-instances", "CLUSTER AMI_ID INSTANCE_PROFILE KEY_NAME RUN", 5,
     "two t3.micro container instances joining CLUSTER (the ECS recipe, user data, IMDSv2)", run_container_instances},
    {"task-definition-fargate", "RUN", 1, "Fargate arm64 task, two containers, health-gated start (builder)",
     task_definition_fargate},
    {"task-definition-bridge", "RUN", 1, "EC2 bridge task, two linked containers sharing a volume (builder)",
     task_definition_bridge},
    {"task-definition-reservation-only", "RUN", 1, "EC2 task whose container has only a memoryReservation (builder)",
     task_definition_reservation_only},
    {"run-task-fargate", "CLUSTER TASK_DEFINITION SUBNETS SECURITY_GROUPS RUN", 5,
     "two Fargate tasks, awsvpc, task and container overrides, ECS Exec, tags", run_task_fargate},
    {"run-task-without-network", "CLUSTER TASK_DEFINITION RUN", 3,
     "a Fargate task with no networkConfiguration: breaks ECS-RT-009 for an awsvpc definition", run_task_without_network},
    {"run-task-unknown-container", "CLUSTER TASK_DEFINITION SUBNETS SECURITY_GROUPS RUN", 5,
     "an override of the container \"worker\": breaks ECS-RT-018 unless the definition has it", run_task_unknown_container},
    {"create-service-fargate", "CLUSTER SERVICE TASK_DEFINITION SUBNETS SECURITY_GROUPS RUN", 6,
     "a rolling Fargate service of two tasks, circuit breaker, ECS Exec, tags", create_service_fargate},
    {"create-service-without-network", "CLUSTER SERVICE TASK_DEFINITION", 3,
     "a Fargate service with no networkConfiguration: breaks ECS-SV-055 for an awsvpc definition",
     create_service_without_network},
    {"update-service-scale", "CLUSTER SERVICE TASK_DEFINITION", 3,
     "three tasks of TASK_DEFINITION, maximumPercent 150, minimumHealthyPercent 50, no ECS Exec", update_service_scale},
};

int usage(std::string_view why) {
    std::cerr << "awsmodel-integration-requests: " << why
              << "\nusage: awsmodel-integration-requests list\n"
                 "       awsmodel-integration-requests NAME [ARG...]\n";
    return 2;
}

} // namespace

int main(int argc, char** argv) try {
    args a(argv + 1, argv + argc);
    if (a.empty()) return usage("no request named");
    if (a[0] == "list") {
        for (const auto& m : makers) std::cout << m.name << ' ' << m.usage << "\t" << m.about << '\n';
        return 0;
    }
    auto it = std::find_if(std::begin(makers), std::end(makers), [&](const request_maker& m) { return m.name == a[0]; });
    if (it == std::end(makers)) return usage("unknown request \"" + a[0] + "\"; `list` names them");
    a.erase(a.begin());
    if (a.size() != it->arg_count) return usage(std::string(it->name) + " takes " + std::string(it->usage));
    std::string json;
    core::diagnostics ds = it->make(a, json);
    bool errors = false;
    for (const auto& d : ds) {
        errors |= d.level == core::severity::error;
        std::cerr << (d.pointer.empty() ? "/" : d.pointer) << ": " << d.rule << ": " << d.message << '\n';
    }
    if (!json.empty()) std::cout << json << '\n';
    return errors ? 1 : 0;
} catch (const std::exception& e) {
    std::cerr << "awsmodel-integration-requests: " << e.what() << '\n';
    return 2;
}
