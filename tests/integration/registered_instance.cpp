// awsmodel-integration-registered-instance: the RegisterContainerInstance request an ECS agent
// would send for an EC2 instance, made from ecs::registered_resources and the agent's attributes,
// and the built-in attributes DescribeContainerInstances should then show.
//
//   awsmodel-integration-registered-instance CLUSTER INSTANCE_ID INSTANCE_TYPE ZONE AMI_ID [ECS_CONFIG]
//
// ECS_CONFIG is an ecs.config file (KEY=value lines); without it the defaults of an ECS-optimized
// AMI apply. One JSON object goes to standard output:
//
//   {"request": {...RegisterContainerInstance...}, "builtinAttributes": [{"name": ..., "value": ...}, ...]}
//
// The instance identity document is the part of EC2's that ECS reads (instance id, type, zone,
// region, AMI, architecture), without a signature: the agent fetches both from the instance
// metadata, which a test has none of. Findings go to standard error, one per line
// (POINTER: RULE: message), with exit status 1; a usage error exits 2.
#include <awsmodel/core/json.hpp>
#include <awsmodel/core/validate.hpp>
#include <awsmodel/ecs/container_instance.hpp>
#include <awsmodel/ecs/ecs_config.hpp>
#include <awsmodel/ecs/instance_attributes.hpp>
#include <awsmodel/ecs/registered_resources.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

namespace {
using namespace awsmodel;

int fail(const core::diagnostics& ds) {
    for (const auto& d : ds) std::cerr << (d.pointer.empty() ? "/" : d.pointer) << ": " << d.rule << ": " << d.message << '\n';
    return 1;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 6 && argc != 7) {
        std::cerr << "usage: " << argv[0] << " CLUSTER INSTANCE_ID INSTANCE_TYPE ZONE AMI_ID [ECS_CONFIG]\n";
        return 2;
    }
    const std::string cluster = argv[1], instance_id = argv[2], type_name = argv[3], zone = argv[4], ami = argv[5];
    std::string config_text;
    if (argc == 7) {
        std::ifstream f(argv[6], std::ios::binary);
        if (!f) {
            std::cerr << "cannot read " << argv[6] << '\n';
            return 2;
        }
        config_text.assign(std::istreambuf_iterator<char>(f), {});
    }
    auto config = ecs::parse_ecs_config(config_text);
    if (!config) return fail(config.diagnostics());
    auto type = ec2::instance_type_name::from_wire(type_name);
    auto resources = ecs::registered_resources(type, *config);
    if (!resources) return fail(resources.diagnostics());
    const ec2::instance_type_info& info = *type.info();

    ecs::register_container_instance_request r;
    r.cluster = ecs::name_or_arn::from_wire(cluster);
    boost::json::object identity{{"instanceId", instance_id},
                                 {"instanceType", type_name},
                                 {"availabilityZone", zone},
                                 {"region", zone.substr(0, zone.size() - 1)},
                                 {"imageId", ami},
                                 {"architecture", std::string(ecs::cpu_architecture(info))}};
    r.instance_identity_document = boost::json::serialize(identity);
    r.total_resources = std::move(*resources);
    ecs::version_info version;
    version.agent_version = "1.105.1";
    version.docker_version = "DockerVersion: 25.0.6";
    r.version_info = version;
    r.attributes = ecs::agent_attributes(*config);
    auto findings = core::validate(r);
    if (core::has_errors(findings)) return fail(findings);

    boost::json::array builtin;
    for (const ecs::attribute& a : ecs::builtin_attributes(info, *config, {zone, ami, {}, {}}))
        builtin.push_back(boost::json::parse(core::encode(a)));
    boost::json::object out{{"request", boost::json::parse(core::encode(r))}, {"builtinAttributes", builtin}};
    std::cout << boost::json::serialize(out) << '\n';
    return 0;
}
