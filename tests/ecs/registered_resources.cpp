// What the ECS agent registers for an instance type (ecs/registered_resources.hpp), the built-in
// attributes (ecs/instance_attributes.hpp) and the ecs.config reader (ecs/ecs_config.hpp): the
// documented and observed values of shared/research/agent-registration.md, exact resources of
// several types, the settings that change them, the rules ECS-AG-001..008, and agreement with the
// real DescribeContainerInstances documents and ecs.config files of the shared corpora.
#include <awsmodel/core/json.hpp>
#include <awsmodel/core/validate.hpp>
#include <awsmodel/ecs/container_instance.hpp>
#include <awsmodel/ecs/ecs_config.hpp>
#include <awsmodel/ecs/instance_attributes.hpp>
#include <awsmodel/ecs/registered_resources.hpp>
#include "../support/corpus.hpp"
#include "../support/rule_case.hpp"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace awsmodel;
namespace bdata = boost::unit_test::data;

BOOST_AUTO_TEST_SUITE(registered_resources)

namespace registered_resources_tests {

// ---- Compile time ----------------------------------------------------------------------------

static_assert(ecs::registered_cpu_units(ec2::instance_type<"t3.micro">) == 2048); // 2 vCPUs, not 1 as a t2.micro
static_assert(ecs::registered_cpu_units(ec2::instance_type<"t2.micro">) == 1024);
static_assert(ecs::registered_cpu_units(ec2::instance_type<"m5.large">) == 2048);
static_assert(ecs::registered_cpu_units(ec2::instance_type<"c5.xlarge">) == 4096);
static_assert(ecs::registered_cpu_units(ec2::instance_type<"c6g.xlarge">) == 4096);
static_assert(ecs::estimated_mem_total_mib(ec2::instance_type<"m5.large">, ecs::os_type::linux_) ==
              ecs::memory_estimate{7674, 104});
static_assert(ecs::estimated_mem_total_mib(ec2::instance_type<"m4.large">, ecs::os_type::windows).mib == 8191);
static_assert(ecs::cpu_architecture(ec2::instance_type<"c6g.xlarge">) == "arm64");
static_assert(ecs::cpu_architecture(ec2::instance_type<"t2.micro">) == "x86_64"); // i386 and x86_64
static_assert(noexcept(ecs::registered_cpu_units(ec2::instance_type<"m5.large">)));

// ---- Helpers ---------------------------------------------------------------------------------

const ecs::resource* find(const std::vector<ecs::resource>& rs, std::string_view name) {
    auto it = std::find_if(rs.begin(), rs.end(), [&](const ecs::resource& r) { return r.name == name; });
    return it == rs.end() ? nullptr : &*it;
}

std::int32_t integer(const std::vector<ecs::resource>& rs, std::string_view name) {
    const ecs::resource* r = find(rs, name);
    BOOST_TEST_REQUIRE(r, "no " << name << " resource");
    BOOST_TEST_REQUIRE(r->integer_value.has_value());
    return *r->integer_value;
}

std::vector<std::string> strings(const std::vector<ecs::resource>& rs, std::string_view name) {
    const ecs::resource* r = find(rs, name);
    BOOST_TEST_REQUIRE(r, "no " << name << " resource");
    return r->string_set_value.value_or(std::vector<std::string>{});
}

ecs::agent_config config(std::string_view text) {
    auto c = ecs::parse_ecs_config(text);
    BOOST_TEST_REQUIRE(c.has_value(), testing::verdict(c.diagnostics()).message().str());
    return *c;
}

std::vector<ecs::resource> resources(std::string_view type, const ecs::agent_config& c = {}) {
    auto r = ecs::registered_resources(ec2::instance_type_name::from_wire(std::string(type)), c);
    BOOST_TEST_REQUIRE(r.has_value(), testing::verdict(r.diagnostics()).message().str());
    return *r;
}

const std::vector<std::string> default_ports{"22", "2375", "2376", "51678", "51679"};

// ---- The documented and observed values -------------------------------------------------------

// agent-registration.md §1, "Memory facts and documented data points": what instances registered.
struct observation {
    std::string_view type;
    std::int64_t registered_mib;
    ecs::os_type os;
    std::string_view source;
};
std::ostream& operator<<(std::ostream& os, const observation& o) {
    return os << o.type << " " << o.registered_mib << " MiB (" << o.source << ")";
}
const observation observations[] = {
    {"m4.large", 7985, ecs::os_type::linux_, "AWS docs, ECS-optimized Amazon Linux"},
    {"m4.large", 8191, ecs::os_type::windows, "AWS docs, ECS-optimized Windows"},
    {"t2.micro", 993, ecs::os_type::linux_, "observed, older AMI"},
    {"t2.small", 2001, ecs::os_type::linux_, "observed, older AMI"},
    {"t2.medium", 3952, ecs::os_type::linux_, "observed, older AMI"},
    {"m4.large", 7984, ecs::os_type::linux_, "observed, older AMI"},
    {"r4.2xlarge", 61408, ecs::os_type::linux_, "observed, older AMI"},
    {"m5.large", 7680, ecs::os_type::linux_, "observed, AMI unknown"},
    {"t3.small", 1901, ecs::os_type::linux_, "observed"},
    {"t3.medium", 3828, ecs::os_type::linux_, "observed"},
    {"t3.medium", 3884, ecs::os_type::linux_, "observed, another AMI"},
    {"inf1.xlarge", 7667, ecs::os_type::linux_, "observed"},
    {"g4dn.xlarge", 15731, ecs::os_type::linux_, "observed"},
};

BOOST_DATA_TEST_CASE(the_memory_estimate_admits_every_documented_and_observed_value, bdata::make(observations), o) {
    const ec2::instance_type_info* t = ec2::find_instance_type(o.type);
    BOOST_TEST_REQUIRE(t);
    ecs::memory_estimate m = ecs::estimated_mem_total_mib(*t, o.os);
    BOOST_TEST(m.admits(o.registered_mib), o << " is outside " << m.low() << ".." << m.high());
    // Every observation lies within 33 MiB of the estimate (the tolerance is wider on purpose).
    BOOST_TEST(std::abs(m.mib - o.registered_mib) <= 33, o << " vs estimate " << m.mib);
}

// Checked at run time, not in a static_assert: agent_config holds std::strings (the logging
// drivers), which clang 14 with libstdc++ 12 cannot build in a constant expression.
BOOST_AUTO_TEST_CASE(reserved_memory_and_gpus_with_a_configuration) {
    ecs::agent_config c;
    c.reserved_memory_mib = 256;
    c.enable_gpu_support = true;
    BOOST_TEST(ecs::registered_memory_mib(ec2::instance_type<"g4dn.xlarge">, c).mib == 15738 - 256);
    BOOST_TEST(ecs::registered_gpu_count(ec2::instance_type<"g4dn.xlarge">, c) == 1);
    BOOST_TEST(ecs::registered_gpu_count(ec2::instance_type<"m5.large">, c) == 0);
    c.enable_gpu_support = false;
    BOOST_TEST(ecs::registered_gpu_count(ec2::instance_type<"g4dn.xlarge">, c) == 0);
}

// §2's table: the research's ranges for types nobody observed overlap the estimate's band.
BOOST_AUTO_TEST_CASE(the_estimate_meets_the_research_ranges_of_unobserved_types) {
    struct range {
        std::string_view type;
        std::int64_t low, high;
    };
    for (range r : {range{"m5.large", 7650, 7700}, range{"c6g.xlarge", 7600, 7700}, range{"t3.micro", 900, 950}}) {
        ecs::memory_estimate m = ecs::estimated_mem_total_mib(*ec2::find_instance_type(r.type), ecs::os_type::linux_);
        BOOST_TEST((m.low() <= r.high && r.low <= m.high()), r.type << ": " << m.low() << ".." << m.high());
    }
}

// The AWS CLI's example (agent 1.0.0, CPU 2048, 3955 MiB, ~4 GiB): a t2.medium would register that.
BOOST_AUTO_TEST_CASE(the_aws_cli_example_is_what_a_t2_medium_registers) {
    auto rs = resources("t2.medium");
    BOOST_TEST(integer(rs, "CPU") == 2048);
    BOOST_TEST(ecs::estimated_mem_total_mib(ec2::instance_type<"t2.medium">, ecs::os_type::linux_).admits(3955));
}

// AWS Batch's AMI reserves 32 MiB: every value is 32 lower.
BOOST_AUTO_TEST_CASE(aws_batch_reserves_32_mib) {
    auto batch = resources("m5.large", config("ECS_RESERVED_MEMORY=32\n"));
    BOOST_TEST(integer(batch, "MEMORY") == 7674 - 32);
    BOOST_TEST(integer(batch, "CPU") == 2048);
}

// ---- Exact resources --------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(t3_micro) {
    auto rs = resources("t3.micro");
    BOOST_TEST_REQUIRE(rs.size() == 4u);
    BOOST_TEST(*rs[0].name == "CPU");
    BOOST_TEST(*rs[1].name == "MEMORY");
    BOOST_TEST(*rs[2].name == "PORTS");
    BOOST_TEST(*rs[3].name == "PORTS_UDP");
    BOOST_TEST(integer(rs, "CPU") == 2048);
    BOOST_TEST(integer(rs, "MEMORY") == 1024 - 16 - 115);
    BOOST_TEST(strings(rs, "PORTS") == default_ports);
    BOOST_TEST(strings(rs, "PORTS_UDP").empty());
}

BOOST_AUTO_TEST_CASE(m5_large_encodes_as_the_agent_sends_it) {
    std::string wire = "[";
    for (const auto& r : resources("m5.large")) {
        if (wire.size() > 1) wire += ',';
        wire += core::encode(r);
    }
    BOOST_TEST(wire + "]" ==
               R"([{"name":"CPU","type":"INTEGER","integerValue":2048},)"
               R"({"name":"MEMORY","type":"INTEGER","integerValue":7674},)"
               R"({"name":"PORTS","type":"STRINGSET","stringSetValue":["22","2375","2376","51678","51679"]},)"
               R"({"name":"PORTS_UDP","type":"STRINGSET","stringSetValue":[]}])");
}

BOOST_AUTO_TEST_CASE(c5_xlarge_and_the_graviton_c6g_xlarge_register_alike) {
    auto intel = resources("c5.xlarge");
    auto graviton = resources("c6g.xlarge");
    BOOST_TEST(integer(intel, "CPU") == 4096);
    BOOST_TEST(integer(intel, "MEMORY") == 8192 - 128 - 390);
    BOOST_TEST(intel == graviton);
    BOOST_TEST(integer(resources("m7g.large"), "CPU") == 2048);
}

BOOST_AUTO_TEST_CASE(xen_types_keep_less_memory_back) {
    BOOST_TEST(integer(resources("m4.large"), "MEMORY") == 8192 - 128 - 48);
    BOOST_TEST(integer(resources("t2.micro"), "MEMORY") == 1024 - 16 - 48);
    BOOST_TEST(integer(resources("r4.2xlarge"), "CPU") == 8192);
}

BOOST_AUTO_TEST_CASE(g4dn_xlarge_with_gpu_support_offers_its_gpu_as_a_platform_device) {
    ecs::agent_config c = config("ECS_ENABLE_GPU_SUPPORT=true\n");
    const auto& t = ec2::instance_type<"g4dn.xlarge">;
    auto rs = resources("g4dn.xlarge", c);
    BOOST_TEST(integer(rs, "CPU") == 4096);
    BOOST_TEST(integer(rs, "MEMORY") == 16384 - 256 - 390);
    BOOST_TEST(!find(rs, "GPU"), "the agent sends GPUs as platformDevices, not in totalResources");
    BOOST_TEST(ecs::registered_gpu_count(t, c) == 1);

    const std::vector<std::string> ids{"GPU-0d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6"};
    auto devices = ecs::gpu_platform_devices(t, c, ids);
    BOOST_TEST_REQUIRE(devices.has_value());
    BOOST_TEST_REQUIRE(devices->size() == 1u);
    BOOST_TEST((*devices)[0].id == ids[0]);
    BOOST_TEST(core::encode((*devices)[0]) == R"({"id":"GPU-0d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6","type":"GPU"})");

    // Without the setting the GPU is not offered, and no id is expected.
    auto none = ecs::gpu_platform_devices(t, ecs::agent_config{}, {});
    BOOST_TEST_REQUIRE(none.has_value());
    BOOST_TEST(none->empty());
}

// ---- Settings ---------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(reserved_memory_and_ports_change_the_registration) {
    auto rs = resources("m5.large", config("ECS_RESERVED_MEMORY=256\nECS_RESERVED_PORTS=[22, 80]\n"
                                           "ECS_RESERVED_PORTS_UDP=[53,161]\n"));
    BOOST_TEST(integer(rs, "MEMORY") == 7674 - 256);
    // A list replaces the default, it does not add to it.
    BOOST_TEST(strings(rs, "PORTS") == (std::vector<std::string>{"22", "80"}));
    BOOST_TEST(strings(rs, "PORTS_UDP") == (std::vector<std::string>{"53", "161"}));
    BOOST_TEST(strings(resources("m5.large", config("ECS_RESERVED_PORTS=[]")), "PORTS").empty());
}

BOOST_AUTO_TEST_CASE(prometheus_metrics_reserve_51680) {
    auto ports = strings(resources("m5.large", config("ECS_ENABLE_PROMETHEUS_METRICS=true")), "PORTS");
    BOOST_TEST(ports == (std::vector<std::string>{"22", "2375", "2376", "51678", "51679", "51680"}));
}

BOOST_AUTO_TEST_CASE(windows_reserves_its_own_ports_and_80_for_task_roles) {
    auto c = ecs::parse_ecs_config("ECS_ENABLE_TASK_IAM_ROLE=true", ecs::os_type::windows);
    BOOST_TEST_REQUIRE(c.has_value());
    BOOST_TEST(strings(resources("m5.large", *c), "PORTS") ==
               (std::vector<std::string>{"2375", "2376", "51678", "51679", "3389", "135", "445", "5985", "5986", "53",
                                         "139", "80"}));
    c->enable_task_iam_role = false;
    BOOST_TEST(strings(resources("m5.large", *c), "PORTS").size() == 11u);
    BOOST_TEST(integer(resources("m4.large", *c), "MEMORY") == 8191);
}

// ---- The ecs.config reader --------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(the_file_is_read_as_ecs_init_reads_it) {
    ecs::agent_config c = config("  ECS_CLUSTER=prod  \n"
                                 "no equals sign: skipped\n"
                                 "ECS_RESERVED_MEMORY=128\n"
                                 "# ECS_RESERVED_MEMORY=64 is a variable named '# ECS_RESERVED_MEMORY'\n"
                                 "ECS_ENABLE_GPU_SUPPORT = true\n" // key "ECS_ENABLE_GPU_SUPPORT ": not the variable
                                 "ECS_ENABLE_TASK_ENI=false\r\n"
                                 "ECS_RESERVED_MEMORY=512\n"); // later lines win
    BOOST_TEST(c.reserved_memory_mib == 512);
    BOOST_TEST(!c.enable_gpu_support);
    BOOST_TEST(!c.enable_task_eni);
    BOOST_TEST(c.enable_task_iam_role, "ecs-init's default");
    BOOST_TEST((config("") == ecs::agent_config{}));
}

BOOST_AUTO_TEST_CASE(booleans_are_what_go_parses) {
    for (std::string_view yes : {"1", "t", "T", "TRUE", "true", "True"})
        BOOST_TEST(config(core::cat("ECS_ENABLE_GPU_SUPPORT=", yes)).enable_gpu_support, yes);
    for (std::string_view no : {"0", "f", "F", "FALSE", "false", "False"})
        BOOST_TEST(!config(core::cat("ECS_ENABLE_TASK_ENI=", no)).enable_task_eni, no);
}

BOOST_AUTO_TEST_CASE(custom_attributes_and_logging_drivers) {
    ecs::agent_config c = config(R"(ECS_INSTANCE_ATTRIBUTES={"stack": "prod", "team": "payments@example"}
ECS_AVAILABLE_LOGGING_DRIVERS=["json-file","awslogs","awsfirelens"]
)");
    BOOST_TEST(c.instance_attributes ==
               (std::vector<std::pair<std::string, std::string>>{{"stack", "prod"}, {"team", "payments@example"}}));
    BOOST_TEST(c.available_logging_drivers == (std::vector<std::string>{"json-file", "awslogs", "awsfirelens"}));
}

BOOST_AUTO_TEST_CASE(all_bad_values_are_reported_and_other_settings_never_quoted) {
    auto c = ecs::parse_ecs_config(R"(ECS_ENGINE_AUTH_TYPE=docker
ECS_ENGINE_AUTH_DATA={"https://index.docker.io/v1/":{"username":"my_name","password":"my_password"}}
ECS_RESERVED_MEMORY=256MiB
ECS_ENABLE_GPU_SUPPORT=yes
ECS_RESERVED_PORTS="[22]"
)");
    BOOST_TEST(!c.has_value());
    // The quoted ports twice: the quotes (ECS-AG-013), then the value they make (ECS-AG-003).
    BOOST_TEST_REQUIRE(c.diagnostics().size() == 4u, testing::verdict(c.diagnostics()).message().str());
    for (const auto& d : c.diagnostics()) BOOST_TEST(d.message.find("my_password") == std::string::npos, d);
    BOOST_TEST(c.diagnostics()[0].pointer == "/ECS_RESERVED_MEMORY");
    BOOST_TEST(c.diagnostics()[1].pointer == "/ECS_ENABLE_GPU_SUPPORT");
    BOOST_TEST(c.diagnostics()[1].message ==
               "ECS_ENABLE_GPU_SUPPORT=\"yes\" is not a boolean the agent reads (true, false, 1, 0, t, f, TRUE, FALSE, "
               "True, False); it would ignore it and keep its default, false");
    BOOST_TEST(c.diagnostics()[2].pointer == "/ECS_RESERVED_PORTS");
    BOOST_TEST(c.diagnostics()[2].rule == "ECS-AG-013");
    BOOST_TEST(c.diagnostics()[3].rule == "ECS-AG-003");
}

// ---- The rules --------------------------------------------------------------------------------

core::diagnostics config_findings(const std::string& text) { return ecs::parse_ecs_config(text).diagnostics(); }
// A t3.micro's registration with the settings of `text` (about 893 MiB to register).
core::diagnostics t3_micro_findings(const std::string& text) {
    auto c = ecs::parse_ecs_config(text);
    BOOST_TEST_REQUIRE(c.has_value());
    return ecs::registered_resources(ec2::instance_type<"t3.micro">, *c).diagnostics();
}
core::diagnostics type_findings(const std::string& name) {
    return ecs::registered_resources(ec2::instance_type_name::from_wire(name), ecs::agent_config{}).diagnostics();
}
// "<number of ids>" for a g4dn.xlarge (one GPU) with GPU support.
core::diagnostics gpu_findings(const std::string& count) {
    ecs::agent_config c;
    c.enable_gpu_support = true;
    std::vector<std::string> ids(std::stoul(count), "GPU-0d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6");
    return ecs::gpu_platform_devices(ec2::instance_type<"g4dn.xlarge">, c, ids).diagnostics();
}

struct ac_case {
    test_support::rule_case c;
    test_support::findings_fn findings;
};
std::ostream& operator<<(std::ostream& os, const ac_case& a) { return os << a.c; }

const ac_case ac_cases[] = {
    {{"ECS-AG-001", "/ECS_ENABLE_TASK_ENI", "ECS_ENABLE_TASK_ENI=yes", "ECS_ENABLE_TASK_ENI=True"}, config_findings},
    {{"ECS-AG-001", "/ECS_AWSVPC_BLOCK_IMDS", "ECS_AWSVPC_BLOCK_IMDS=on", "ECS_AWSVPC_BLOCK_IMDS= 1 "}, config_findings},
    {{"ECS-AG-002", "/ECS_RESERVED_MEMORY", "ECS_RESERVED_MEMORY=65536", "ECS_RESERVED_MEMORY=65535"}, config_findings},
    {{"ECS-AG-002", "/ECS_RESERVED_MEMORY", "ECS_RESERVED_MEMORY=-1", "ECS_RESERVED_MEMORY=0"}, config_findings},
    {{"ECS-AG-003", "/ECS_RESERVED_PORTS", "ECS_RESERVED_PORTS=[22, 65536]", "ECS_RESERVED_PORTS=[22, 65535]"},
     config_findings},
    {{"ECS-AG-003", "/ECS_RESERVED_PORTS_UDP", "ECS_RESERVED_PORTS_UDP='[53]'", "ECS_RESERVED_PORTS_UDP=[53]"},
     config_findings},
    {{"ECS-AG-003", "/ECS_RESERVED_PORTS", R"(ECS_RESERVED_PORTS=["22"])", "ECS_RESERVED_PORTS=[22]"}, config_findings},
    // Published in the docs (Outposts): typographic quotes.
    {{"ECS-AG-004", "/ECS_INSTANCE_ATTRIBUTES", "ECS_INSTANCE_ATTRIBUTES={\xE2\x80\x9C" "env\xE2\x80\x9D: \"prod\"}",
      R"(ECS_INSTANCE_ATTRIBUTES={"env": "prod"})"},
     config_findings},
    {{"ECS-AG-004", "/ECS_INSTANCE_ATTRIBUTES", R"(ECS_INSTANCE_ATTRIBUTES={"env": " prod"})",
      R"(ECS_INSTANCE_ATTRIBUTES={"env": "p rod"})"},
     config_findings},
    {{"ECS-AG-004", "/ECS_INSTANCE_ATTRIBUTES", R"(ECS_INSTANCE_ATTRIBUTES={"env:stage": "prod"})",
      R"(ECS_INSTANCE_ATTRIBUTES={"env.stage": "prod:1"})"},
     config_findings},
    {{"ECS-AG-004", "/ECS_INSTANCE_ATTRIBUTES", R"(ECS_INSTANCE_ATTRIBUTES={"replicas": 3})",
      R"(ECS_INSTANCE_ATTRIBUTES={"replicas": "3"})"},
     config_findings},
    // Published in the awslogs docs: the quotes reach the agent.
    {{"ECS-AG-005", "/ECS_AVAILABLE_LOGGING_DRIVERS", R"(ECS_AVAILABLE_LOGGING_DRIVERS='["json-file","awslogs"]')",
      R"(ECS_AVAILABLE_LOGGING_DRIVERS=["json-file","awslogs"])"},
     config_findings},
    {{"ECS-AG-005", "/ECS_AVAILABLE_LOGGING_DRIVERS", R"(ECS_AVAILABLE_LOGGING_DRIVERS=["json-file","cloudwatch"])",
      R"(ECS_AVAILABLE_LOGGING_DRIVERS=["json-file","sumologic"])"},
     config_findings},
    {{"ECS-AG-006", "/ECS_RESERVED_MEMORY", "ECS_RESERVED_MEMORY=893", "ECS_RESERVED_MEMORY=892"}, t3_micro_findings},
    {{"ECS-AG-007", "/InstanceType", "m5.lrage", "m5.large"}, type_findings},
    {{"ECS-AG-007", "/InstanceType", "p3.2xlarge", "g4dn.2xlarge"}, type_findings}, // botocore names it, no details
    {{"ECS-AG-008", "/platformDevices", "2", "1"}, gpu_findings},
    {{"ECS-AG-008", "/platformDevices", "0", "1"}, gpu_findings},
};

BOOST_DATA_TEST_CASE(breaking_document_reports_the_rule_at_its_pointer, bdata::make(ac_cases), a) {
    test_support::check_breaking(a.c, a.findings);
}
BOOST_DATA_TEST_CASE(near_miss_does_not_report_the_rule, bdata::make(ac_cases), a) {
    // Each near miss is a setting just inside every rule: no finding at all.
    core::diagnostics ds = test_support::check_near_miss(a.c, a.findings);
    BOOST_TEST(ds.empty(), testing::verdict(ds).message().str());
}

// ---- Attributes -------------------------------------------------------------------------------

// The value of attribute `name`: "<absent>" when there is none of that name, "<no value>" for a capability.
std::string attribute(const std::vector<ecs::attribute>& as, std::string_view name) {
    auto it = std::find_if(as.begin(), as.end(), [&](const ecs::attribute& a) { return a.name == name; });
    if (it == as.end()) return "<absent>";
    return it->value.value_or("<no value>");
}
bool has(const std::vector<ecs::attribute>& as, std::string_view name) { return attribute(as, name) != "<absent>"; }

BOOST_AUTO_TEST_CASE(identity_attributes_come_from_the_type_and_the_identity_document) {
    ecs::instance_identity id{"us-east-1a", "ami-0123456789abcdef0", "vpc-0a1b2c3d", "subnet-0a1b2c3d"};
    auto as = ecs::identity_attributes(ec2::instance_type<"c6g.xlarge">, id);
    BOOST_TEST(attribute(as, "ecs.instance-type") == "c6g.xlarge");
    BOOST_TEST(attribute(as, "ecs.cpu-architecture") == "arm64");
    BOOST_TEST(attribute(as, "ecs.availability-zone") == "us-east-1a");
    BOOST_TEST(attribute(as, "ecs.ami-id") == "ami-0123456789abcdef0");
    BOOST_TEST(attribute(as, "ecs.vpc-id") == "vpc-0a1b2c3d");
    BOOST_TEST(attribute(as, "ecs.subnet-id") == "subnet-0a1b2c3d");
    // Outside a VPC there is neither.
    auto classic = ecs::identity_attributes(ec2::instance_type<"m5.large">, {"us-east-1a", "ami-0123456789abcdef0", {}, {}});
    BOOST_TEST(classic.size() == 4u);
    BOOST_TEST(attribute(classic, "ecs.cpu-architecture") == "x86_64");
}

BOOST_AUTO_TEST_CASE(agent_attributes_follow_the_configuration) {
    auto as = ecs::agent_attributes(ecs::agent_config{});
    BOOST_TEST(attribute(as, "ecs.os-type") == "linux");
    BOOST_TEST(attribute(as, "ecs.os-family") == "LINUX");
    // Capabilities have no value.
    BOOST_TEST(attribute(as, "com.amazonaws.ecs.capability.privileged-container") == "<no value>");
    BOOST_TEST(has(as, "ecs.capability.task-eni"), "ecs-init enables task ENIs");
    BOOST_TEST(has(as, "ecs.capability.container-health-check"));
    BOOST_TEST(has(as, "com.amazonaws.ecs.capability.logging-driver.awslogs"));
    BOOST_TEST(!has(as, "ecs.capability.cni-plugin-version"), "its version is not known");
    std::set<std::string> api;
    for (const auto& a : as)
        if (a.name.starts_with("com.amazonaws.ecs.capability.docker-remote-api.")) api.insert(a.name.substr(47));
    BOOST_TEST(api == (std::set<std::string>{"1.17", "1.18", "1.19", "1.20", "1.21", "1.22", "1.23", "1.24", "1.25",
                                             "1.28", "1.29", "1.30", "1.32"}));
    std::set<std::string> names;
    for (const auto& a : as) {
        BOOST_TEST(ecs::detail::attribute_name_ok(a.name), a.name);
        BOOST_TEST(names.insert(a.name).second, a.name << " twice");
    }

    ecs::agent_config c = config("ECS_ENABLE_TASK_ENI=false\nECS_DISABLE_DOCKER_HEALTH_CHECK=true\n"
                                 "ECS_DISABLE_PRIVILEGED=true\nECS_INSTANCE_ATTRIBUTES={\"stack\":\"prod\"}\n"
                                 "ECS_ENABLE_GPU_SUPPORT=true\n");
    ecs::instance_software s;
    s.nvidia_driver_version = "535.183.01";
    s.docker_api_min_minor = 24;
    auto changed = ecs::agent_attributes(c, s);
    BOOST_TEST(!has(changed, "ecs.capability.task-eni"));
    BOOST_TEST(!has(changed, "ecs.capability.task-eni-trunking"));
    BOOST_TEST(!has(changed, "ecs.capability.container-health-check"));
    BOOST_TEST(!has(changed, "com.amazonaws.ecs.capability.privileged-container"));
    BOOST_TEST(!has(changed, "com.amazonaws.ecs.capability.docker-remote-api.1.23"));
    BOOST_TEST(attribute(changed, "stack") == "prod");
    BOOST_TEST(attribute(changed, "ecs.capability.gpu-driver-version") == "535.183.01");
    BOOST_TEST(has(changed, "ecs.capability.nvidia-driver-version.535.183.01"));
}

BOOST_AUTO_TEST_CASE(a_register_container_instance_request_from_the_prediction_is_valid) {
    ecs::register_container_instance_request r;
    r.cluster = ecs::name_or_arn::from_wire("prod");
    r.total_resources = resources("m5.large");
    r.attributes = ecs::agent_attributes(ecs::agent_config{});
    auto ds = core::validate(r);
    BOOST_TEST(!core::has_errors(ds), testing::verdict(ds).message().str());
    auto back = core::decode<ecs::register_container_instance_request>(core::encode(r));
    BOOST_TEST_REQUIRE(back.has_value());
    BOOST_TEST((*back == r));
}

// ---- The corpora ------------------------------------------------------------------------------

// Every DescribeContainerInstances document of the corpus. Where an instance states its type
// (ecs.instance-type) and the catalog has it, CPU must be exact and MEMORY within the estimate's
// tolerance (estimated_mem_total_mib: 64 MiB + 0.5 %, twice the spread of the observations, since
// the AMI of a corpus document is unknown), less nothing: no document says what it reserved, so a
// document whose MEMORY is lower by a reservation would fail. Without a type, what does not need
// one is checked: CPU is whole vCPUs, and some type of that many vCPUs registers that MEMORY.
BOOST_AUTO_TEST_CASE(corpus_container_instances_agree_with_the_prediction, test_support::needs_corpus()) {
    auto rows = test_support::corpus_rows({"DescribeContainerInstancesResponse"});
    BOOST_TEST_REQUIRE(!rows.empty(), "the corpus has no DescribeContainerInstances document");
    int instances = 0, typed = 0, matched = 0, untyped_consistent = 0;
    for (const auto& row : rows) {
        auto doc = core::decode<ecs::describe_container_instances_response>(
            test_support::read_text(AWSMODEL_CORPUS "/" + row.file));
        BOOST_TEST_REQUIRE(doc.has_value(), row);
        for (const ecs::container_instance& ci : doc->container_instances.value_or(std::vector<ecs::container_instance>{})) {
            if (!ci.registered_resources) continue;
            ++instances;
            const auto& rs = *ci.registered_resources;
            std::int32_t cpu = integer(rs, "CPU");
            std::int32_t memory = integer(rs, "MEMORY");
            const ec2::instance_type_info* t = nullptr;
            if (ci.attributes)
                if (has(*ci.attributes, "ecs.instance-type"))
                    t = ec2::find_instance_type(attribute(*ci.attributes, "ecs.instance-type"));
            if (t) {
                ++typed;
                ecs::memory_estimate m = ecs::estimated_mem_total_mib(*t, ecs::os_type::linux_);
                BOOST_TEST(cpu == ecs::registered_cpu_units(*t), row << " " << t->name);
                BOOST_TEST(m.admits(memory), row << " " << t->name << ": " << memory << " not in " << m.low() << ".." << m.high());
                matched += cpu == ecs::registered_cpu_units(*t) && m.admits(memory);
                continue;
            }
            BOOST_TEST(cpu % 1024 == 0, row << ": CPU " << cpu << " is not whole vCPUs");
            std::vector<std::string_view> candidates;
            for (const auto& type : ec2::all_instance_types())
                if (ecs::registered_cpu_units(type) == cpu &&
                    ecs::estimated_mem_total_mib(type, ecs::os_type::linux_).admits(memory))
                    candidates.push_back(type.name);
            BOOST_TEST(!candidates.empty(), row << ": no type of " << cpu / 1024 << " vCPUs registers " << memory << " MiB");
            untyped_consistent += !candidates.empty();
            std::ostringstream names;
            for (auto n : candidates) names << " " << n;
            BOOST_TEST_MESSAGE(row << ": no ecs.instance-type; CPU " << cpu << ", MEMORY " << memory
                                   << " MiB fit" << names.str());
            // The ports an agent reserves by default, less those newer agents added (51679 came with
            // the task metadata endpoint): an older agent's list is a part of today's.
            for (const std::string& p : strings(rs, "PORTS"))
                BOOST_TEST((std::find(default_ports.begin(), default_ports.end(), p) != default_ports.end()), row << " " << p);
        }
    }
    BOOST_TEST(instances > 0);
    BOOST_TEST_MESSAGE("DescribeContainerInstances: " << rows.size() << " document(s), " << instances
                                                      << " instance(s); " << typed << " with a catalog type, " << matched
                                                      << " matched; " << untyped_consistent << " of "
                                                      << instances - typed << " without a type consistent with some type");
}

// Every ecs.config of the agent corpus reads without a finding, except 0028, the awslogs docs'
// single-quoted ECS_AVAILABLE_LOGGING_DRIVERS (the quotes, and the value they make). (0012's typographic quotes are in
// ECS_CONTAINER_INSTANCE_TAGS, which agent_config does not hold.)
BOOST_AUTO_TEST_CASE(corpus_ecs_config_files_read_as_the_agent_reads_them, test_support::needs_corpus()) {
    const std::filesystem::path dir = std::filesystem::path(AWSMODEL_CORPUS) / ".." / "agent-corpus";
    BOOST_TEST_REQUIRE(std::filesystem::is_regular_file(dir / "MANIFEST.tsv"), dir << " has no MANIFEST.tsv");
    std::istringstream manifest(test_support::read_text((dir / "MANIFEST.tsv").string()));
    std::string line;
    int files = 0, clean = 0;
    while (std::getline(manifest, line)) {
        std::string file = line.substr(0, line.find('\t'));
        if (!file.starts_with("ecs-config/")) continue;
        ++files;
        std::string text = test_support::read_text((dir / file).string());
        auto c = ecs::parse_ecs_config(text);
        for (const auto& d : c.diagnostics())
            BOOST_TEST(d.message.find("password") == std::string::npos, file << ": " << d);
        if (file == "ecs-config/0028.config") {
            BOOST_TEST(!c.has_value());
            BOOST_TEST((c.diagnostics().size() == 2u && c.diagnostics()[0].rule == "ECS-AG-013" &&
                        c.diagnostics()[1].rule == "ECS-AG-005" &&
                        c.diagnostics()[1].pointer == "/ECS_AVAILABLE_LOGGING_DRIVERS"),
                       file << ": " << testing::verdict(c.diagnostics()).message().str());
            continue;
        }
        BOOST_TEST(c.has_value(), file << ": " << testing::verdict(c.diagnostics()).message().str());
        clean += c.has_value() && c.diagnostics().empty();
        if (file == "ecs-config/0011.config" && c) {
            BOOST_TEST(c->available_logging_drivers == (std::vector<std::string>{"json-file", "awslogs"}));
            BOOST_TEST(c->enable_task_iam_role_network_host);
        }
    }
    BOOST_TEST(files >= 20, files << " ecs-config files");
    BOOST_TEST_MESSAGE("ecs.config: " << files << " file(s), " << clean << " read without a finding");
}

} // namespace registered_resources_tests

BOOST_AUTO_TEST_SUITE_END()
