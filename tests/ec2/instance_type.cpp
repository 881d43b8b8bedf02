#include <awsmodel/core/json.hpp>
#include <awsmodel/ec2/instance_type.hpp>
#include <awsmodel/testing/boost_test.hpp>

#include <boost/json/parse.hpp>
#include <boost/test/data/test_case.hpp>
#include "../support/rule_case.hpp"
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

using namespace awsmodel;
namespace bdata = boost::unit_test::data;

// Compile-time lookups: these are the whole point of a constexpr catalog, so they are checked
// where a user would use them, in constant expressions.
static_assert(ec2::instance_type<"m5.large">.vcpus == 2);
static_assert(ec2::instance_type<"m5.large">.memory_mib == 8192);
static_assert(ec2::instance_type<"m5.large">.supports(ec2::architecture::x86_64));
static_assert(!ec2::instance_type<"m5.large">.supports(ec2::architecture::arm64));
static_assert(!ec2::instance_type<"m5.large">.burstable);
static_assert(ec2::find_instance_type("t3.micro") && ec2::find_instance_type("t3.micro")->burstable);
static_assert(ec2::instance_type<"a1.large">.supports(ec2::architecture::arm64));
static_assert(ec2::instance_type<"a1.large">.family() == "a1");
static_assert(ec2::find_instance_type("m5.lrage") == nullptr);
static_assert(ec2::find_instance_type("") == nullptr);
static_assert(ec2::find_instance_type("zzz.huge") == nullptr); // past the last entry
static_assert(ec2::find_instance_type("0.nano") == nullptr);   // before the first
static_assert(ec2::all_instance_types().size() == ec2::detail::instance_type_count);
// Binary search is only right on a sorted catalog without duplicates.
static_assert(std::adjacent_find(ec2::all_instance_types().begin(), ec2::all_instance_types().end(),
                                 [](const auto& a, const auto& b) { return !(a.name < b.name); }) ==
              ec2::all_instance_types().end());

namespace {

// Excerpts of moto's DescribeInstanceTypes data (the members the catalog reads), one type per
// family the catalog must get right: general purpose, burstable, Xen with i386, Graviton,
// HDD instance store, GPU, both Mac architectures, Inferentia (listed under two members),
// FPGA, bare metal, NVMe instance store.
const char* const data_excerpts[] = {
    R"j({"InstanceType":"m5.large","CurrentGeneration":false,"FreeTierEligible":false,"SupportedUsageClasses":["on-demand","spot"],"SupportedRootDeviceTypes":["ebs"],"BareMetal":false,"Hypervisor":"nitro","HibernationSupported":true,"BurstablePerformanceSupported":false,"SupportedBootModes":["legacy-bios","uefi"],"NitroEnclavesSupport":"unsupported","ProcessorInfo":{"SupportedArchitectures":["x86_64"]},"VCpuInfo":{"DefaultVCpus":2,"DefaultCores":1,"DefaultThreadsPerCore":2},"MemoryInfo":{"SizeInMiB":8192},"EbsInfo":{"EbsOptimizedSupport":"default","NvmeSupport":"required"},"NetworkInfo":{"MaximumNetworkInterfaces":3,"Ipv4AddressesPerInterface":10,"Ipv6AddressesPerInterface":10,"Ipv6Supported":true,"EnaSupport":"required","EfaSupported":false}})j",
    R"j({"InstanceType":"t3.micro","CurrentGeneration":true,"FreeTierEligible":true,"SupportedUsageClasses":["on-demand","spot"],"SupportedRootDeviceTypes":["ebs"],"BareMetal":false,"Hypervisor":"nitro","HibernationSupported":true,"BurstablePerformanceSupported":true,"SupportedBootModes":["legacy-bios","uefi"],"NitroEnclavesSupport":"unsupported","ProcessorInfo":{"SupportedArchitectures":["x86_64"]},"VCpuInfo":{"DefaultVCpus":2,"DefaultCores":1,"DefaultThreadsPerCore":2},"MemoryInfo":{"SizeInMiB":1024},"EbsInfo":{"EbsOptimizedSupport":"default","NvmeSupport":"required"},"NetworkInfo":{"MaximumNetworkInterfaces":2,"Ipv4AddressesPerInterface":2,"Ipv6AddressesPerInterface":2,"Ipv6Supported":true,"EnaSupport":"required","EfaSupported":false}})j",
    R"j({"InstanceType":"t2.micro","CurrentGeneration":true,"FreeTierEligible":false,"SupportedUsageClasses":["on-demand","spot"],"SupportedRootDeviceTypes":["ebs"],"BareMetal":false,"Hypervisor":"xen","HibernationSupported":true,"BurstablePerformanceSupported":true,"SupportedBootModes":["legacy-bios"],"NitroEnclavesSupport":"unsupported","ProcessorInfo":{"SupportedArchitectures":["i386","x86_64"]},"VCpuInfo":{"DefaultVCpus":1,"DefaultCores":1,"DefaultThreadsPerCore":1},"MemoryInfo":{"SizeInMiB":1024},"EbsInfo":{"EbsOptimizedSupport":"unsupported","NvmeSupport":"unsupported"},"NetworkInfo":{"MaximumNetworkInterfaces":2,"Ipv4AddressesPerInterface":2,"Ipv6AddressesPerInterface":2,"Ipv6Supported":true,"EnaSupport":"unsupported","EfaSupported":false}})j",
    R"j({"InstanceType":"a1.large","CurrentGeneration":false,"FreeTierEligible":false,"SupportedUsageClasses":["on-demand","spot"],"SupportedRootDeviceTypes":["ebs"],"BareMetal":false,"Hypervisor":"nitro","HibernationSupported":false,"BurstablePerformanceSupported":false,"SupportedBootModes":["uefi"],"NitroEnclavesSupport":"unsupported","ProcessorInfo":{"SupportedArchitectures":["arm64"]},"VCpuInfo":{"DefaultVCpus":2,"DefaultCores":2,"DefaultThreadsPerCore":1},"MemoryInfo":{"SizeInMiB":4096},"EbsInfo":{"EbsOptimizedSupport":"default","NvmeSupport":"required"},"NetworkInfo":{"MaximumNetworkInterfaces":3,"Ipv4AddressesPerInterface":10,"Ipv6AddressesPerInterface":10,"Ipv6Supported":true,"EnaSupport":"required","EfaSupported":false}})j",
    R"j({"InstanceType":"d2.8xlarge","CurrentGeneration":false,"FreeTierEligible":false,"SupportedUsageClasses":["on-demand","spot"],"SupportedRootDeviceTypes":["ebs","instance-store"],"BareMetal":false,"Hypervisor":"xen","HibernationSupported":false,"BurstablePerformanceSupported":false,"SupportedBootModes":["legacy-bios"],"NitroEnclavesSupport":"unsupported","ProcessorInfo":{"SupportedArchitectures":["x86_64"]},"VCpuInfo":{"DefaultVCpus":36,"DefaultCores":18,"DefaultThreadsPerCore":2},"MemoryInfo":{"SizeInMiB":249856},"InstanceStorageInfo":{"TotalSizeInGB":49152,"Disks":[{"SizeInGB":2048,"Count":24,"Type":"hdd"}],"NvmeSupport":"unsupported"},"EbsInfo":{"EbsOptimizedSupport":"default","NvmeSupport":"unsupported"},"NetworkInfo":{"MaximumNetworkInterfaces":8,"Ipv4AddressesPerInterface":30,"Ipv6AddressesPerInterface":30,"Ipv6Supported":true,"EnaSupport":"unsupported","EfaSupported":false}})j",
    R"j({"InstanceType":"p4d.24xlarge","CurrentGeneration":true,"FreeTierEligible":false,"SupportedUsageClasses":["capacity-block","on-demand","spot"],"SupportedRootDeviceTypes":["ebs"],"BareMetal":false,"Hypervisor":"nitro","HibernationSupported":false,"BurstablePerformanceSupported":false,"SupportedBootModes":["legacy-bios"],"NitroEnclavesSupport":"supported","ProcessorInfo":{"SupportedArchitectures":["x86_64"]},"VCpuInfo":{"DefaultVCpus":96,"DefaultCores":48,"DefaultThreadsPerCore":2},"MemoryInfo":{"SizeInMiB":1179648},"InstanceStorageInfo":{"TotalSizeInGB":8000,"Disks":[{"SizeInGB":1000,"Count":8,"Type":"ssd"}],"NvmeSupport":"required"},"EbsInfo":{"EbsOptimizedSupport":"default","NvmeSupport":"required"},"NetworkInfo":{"MaximumNetworkInterfaces":60,"Ipv4AddressesPerInterface":50,"Ipv6AddressesPerInterface":50,"Ipv6Supported":true,"EnaSupport":"required","EfaSupported":true},"GpuInfo":{"Gpus":[{"Name":"A100","Count":8}],"TotalGpuMemoryInMiB":327680}})j",
    R"j({"InstanceType":"mac1.metal","CurrentGeneration":true,"FreeTierEligible":false,"SupportedUsageClasses":["on-demand"],"SupportedRootDeviceTypes":["ebs"],"BareMetal":true,"HibernationSupported":false,"BurstablePerformanceSupported":false,"SupportedBootModes":["legacy-bios"],"NitroEnclavesSupport":"unsupported","ProcessorInfo":{"SupportedArchitectures":["x86_64_mac"]},"VCpuInfo":{"DefaultVCpus":12,"DefaultCores":6,"DefaultThreadsPerCore":2},"MemoryInfo":{"SizeInMiB":32768},"EbsInfo":{"EbsOptimizedSupport":"default","NvmeSupport":"required"},"NetworkInfo":{"MaximumNetworkInterfaces":8,"Ipv4AddressesPerInterface":30,"Ipv6AddressesPerInterface":30,"Ipv6Supported":true,"EnaSupport":"required","EfaSupported":false}})j",
    R"j({"InstanceType":"mac2.metal","CurrentGeneration":true,"FreeTierEligible":false,"SupportedUsageClasses":["on-demand"],"SupportedRootDeviceTypes":["ebs"],"BareMetal":true,"HibernationSupported":false,"BurstablePerformanceSupported":false,"SupportedBootModes":["legacy-bios"],"NitroEnclavesSupport":"unsupported","ProcessorInfo":{"SupportedArchitectures":["arm64_mac"]},"VCpuInfo":{"DefaultVCpus":8,"DefaultCores":4,"DefaultThreadsPerCore":2},"MemoryInfo":{"SizeInMiB":16384},"EbsInfo":{"EbsOptimizedSupport":"default","NvmeSupport":"required"},"NetworkInfo":{"MaximumNetworkInterfaces":8,"Ipv4AddressesPerInterface":30,"Ipv6AddressesPerInterface":30,"Ipv6Supported":true,"EnaSupport":"required","EfaSupported":false}})j",
    R"j({"InstanceType":"inf1.24xlarge","CurrentGeneration":true,"FreeTierEligible":false,"SupportedUsageClasses":["on-demand","spot"],"SupportedRootDeviceTypes":["ebs"],"BareMetal":false,"Hypervisor":"nitro","HibernationSupported":false,"BurstablePerformanceSupported":false,"SupportedBootModes":["legacy-bios","uefi"],"NitroEnclavesSupport":"supported","ProcessorInfo":{"SupportedArchitectures":["x86_64"]},"VCpuInfo":{"DefaultVCpus":96,"DefaultCores":48,"DefaultThreadsPerCore":2},"MemoryInfo":{"SizeInMiB":196608},"EbsInfo":{"EbsOptimizedSupport":"default","NvmeSupport":"required"},"NetworkInfo":{"MaximumNetworkInterfaces":11,"Ipv4AddressesPerInterface":30,"Ipv6AddressesPerInterface":30,"Ipv6Supported":true,"EnaSupport":"required","EfaSupported":true},"InferenceAcceleratorInfo":{"Accelerators":[{"Name":"Inferentia","Count":16}]},"NeuronInfo":{"NeuronDevices":[{"Name":"Inferentia","Count":16}]}})j",
    R"j({"InstanceType":"f2.12xlarge","CurrentGeneration":true,"FreeTierEligible":false,"SupportedUsageClasses":["on-demand","spot"],"SupportedRootDeviceTypes":["ebs"],"BareMetal":false,"Hypervisor":"nitro","HibernationSupported":false,"BurstablePerformanceSupported":false,"SupportedBootModes":["legacy-bios","uefi"],"NitroEnclavesSupport":"supported","ProcessorInfo":{"SupportedArchitectures":["x86_64"]},"VCpuInfo":{"DefaultVCpus":48,"DefaultCores":24,"DefaultThreadsPerCore":2},"MemoryInfo":{"SizeInMiB":524288},"InstanceStorageInfo":{"TotalSizeInGB":1880,"Disks":[{"SizeInGB":940,"Count":2,"Type":"ssd"}],"NvmeSupport":"required"},"EbsInfo":{"EbsOptimizedSupport":"default","NvmeSupport":"required"},"NetworkInfo":{"MaximumNetworkInterfaces":8,"Ipv4AddressesPerInterface":30,"Ipv6AddressesPerInterface":30,"Ipv6Supported":true,"EnaSupport":"required","EfaSupported":false},"FpgaInfo":{"Fpgas":[{"Name":"Virtex UltraScale+ (VU47P)","Count":2}]}})j",
    R"j({"InstanceType":"c5.metal","CurrentGeneration":false,"FreeTierEligible":false,"SupportedUsageClasses":["on-demand","spot"],"SupportedRootDeviceTypes":["ebs"],"BareMetal":true,"HibernationSupported":false,"BurstablePerformanceSupported":false,"SupportedBootModes":["legacy-bios"],"NitroEnclavesSupport":"unsupported","ProcessorInfo":{"SupportedArchitectures":["x86_64"]},"VCpuInfo":{"DefaultVCpus":96,"DefaultCores":48,"DefaultThreadsPerCore":2},"MemoryInfo":{"SizeInMiB":196608},"EbsInfo":{"EbsOptimizedSupport":"default","NvmeSupport":"required"},"NetworkInfo":{"MaximumNetworkInterfaces":15,"Ipv4AddressesPerInterface":50,"Ipv6AddressesPerInterface":50,"Ipv6Supported":true,"EnaSupport":"required","EfaSupported":false}})j",
    R"j({"InstanceType":"i3en.24xlarge","CurrentGeneration":true,"FreeTierEligible":false,"SupportedUsageClasses":["on-demand","spot"],"SupportedRootDeviceTypes":["ebs"],"BareMetal":false,"Hypervisor":"nitro","HibernationSupported":false,"BurstablePerformanceSupported":false,"SupportedBootModes":["legacy-bios","uefi"],"NitroEnclavesSupport":"supported","ProcessorInfo":{"SupportedArchitectures":["x86_64"]},"VCpuInfo":{"DefaultVCpus":96,"DefaultCores":48,"DefaultThreadsPerCore":2},"MemoryInfo":{"SizeInMiB":786432},"InstanceStorageInfo":{"TotalSizeInGB":60000,"Disks":[{"SizeInGB":7500,"Count":8,"Type":"ssd"}],"NvmeSupport":"required"},"EbsInfo":{"EbsOptimizedSupport":"default","NvmeSupport":"required"},"NetworkInfo":{"MaximumNetworkInterfaces":15,"Ipv4AddressesPerInterface":50,"Ipv6AddressesPerInterface":50,"Ipv6Supported":true,"EnaSupport":"required","EfaSupported":true}})j",
};

// The catalog entry that an InstanceTypeInfo excerpt implies, derived here independently of the
// generator, so that a mistake in the generator's mapping shows as a mismatch.
struct expected_entry {
    ec2::instance_type_info info{};
    std::string name;
};

std::int64_t sum_counts(const boost::json::object& o, const char* info, const char* list) {
    std::int64_t n = 0;
    if (auto* i = o.if_contains(info))
        for (const auto& e : i->as_object().at(list).as_array()) n += e.as_object().at("Count").as_int64();
    return n;
}

template <class E>
std::uint8_t mask_of(const boost::json::value& list) {
    std::uint8_t m = 0;
    for (const auto& v : list.as_array()) m |= ec2::enum_bit(*core::from_wire<E>(std::string_view(v.as_string())));
    return m;
}

expected_entry expect(const char* excerpt) {
    auto jv = boost::json::parse(excerpt);
    const auto& o = jv.as_object();
    auto str = [](const boost::json::value& v) { return std::string_view(v.as_string()); };
    auto i32 = [](const boost::json::value& v) { return static_cast<std::int32_t>(v.as_int64()); };
    expected_entry e;
    e.name = str(o.at("InstanceType"));
    auto& t = e.info;
    const auto& vcpu = o.at("VCpuInfo").as_object();
    t.vcpus = i32(vcpu.at("DefaultVCpus"));
    t.default_cores = i32(vcpu.at("DefaultCores"));
    t.default_threads_per_core = i32(vcpu.at("DefaultThreadsPerCore"));
    t.memory_mib = o.at("MemoryInfo").at("SizeInMiB").as_int64();
    t.architectures = mask_of<ec2::architecture>(o.at("ProcessorInfo").at("SupportedArchitectures"));
    t.burstable = o.at("BurstablePerformanceSupported").as_bool();
    t.current_generation = o.at("CurrentGeneration").as_bool();
    t.bare_metal = o.at("BareMetal").as_bool();
    t.free_tier_eligible = o.at("FreeTierEligible").as_bool();
    t.ebs_optimized = *core::from_wire<ec2::ebs_optimized_support>(str(o.at("EbsInfo").at("EbsOptimizedSupport")));
    t.ebs_nvme_required = str(o.at("EbsInfo").at("NvmeSupport")) == "required";
    if (auto* s = o.if_contains("InstanceStorageInfo")) {
        t.instance_store_disks = static_cast<std::int32_t>(sum_counts(o, "InstanceStorageInfo", "Disks"));
        t.instance_store_total_gib = s->at("TotalSizeInGB").as_int64();
        t.instance_store_nvme = str(s->at("NvmeSupport")) != "unsupported";
    }
    const auto& net = o.at("NetworkInfo").as_object();
    t.max_network_interfaces = i32(net.at("MaximumNetworkInterfaces"));
    t.ipv4_per_interface = i32(net.at("Ipv4AddressesPerInterface"));
    t.ipv6_per_interface = i32(net.at("Ipv6AddressesPerInterface"));
    t.ipv6_supported = net.at("Ipv6Supported").as_bool();
    t.ena_supported = str(net.at("EnaSupport")) != "unsupported";
    t.ena_required = str(net.at("EnaSupport")) == "required";
    t.efa_supported = net.at("EfaSupported").as_bool();
    t.gpus = static_cast<std::int32_t>(sum_counts(o, "GpuInfo", "Gpus"));
    if (auto* g = o.if_contains("GpuInfo")) t.gpu_memory_mib = g->at("TotalGpuMemoryInMiB").as_int64();
    auto inference = o.contains("NeuronInfo") ? sum_counts(o, "NeuronInfo", "NeuronDevices")
                                              : sum_counts(o, "InferenceAcceleratorInfo", "Accelerators");
    t.accelerators = static_cast<std::int32_t>(inference + sum_counts(o, "FpgaInfo", "Fpgas"));
    t.hypervisor = o.contains("Hypervisor") ? *core::from_wire<ec2::instance_type_hypervisor>(str(o.at("Hypervisor")))
                                            : ec2::instance_type_hypervisor::none;
    t.boot_modes = mask_of<ec2::boot_mode_type>(o.at("SupportedBootModes"));
    t.hibernation_supported = o.at("HibernationSupported").as_bool();
    t.usage_classes = mask_of<ec2::usage_class_type>(o.at("SupportedUsageClasses"));
    t.nitro_enclaves_supported = str(o.at("NitroEnclavesSupport")) == "supported";
    return e;
}

// A structure holding instance type names, as RunInstances and DescribeInstanceTypes do, to
// exercise the codec and validate() on the strong type without depending on those models.
struct instance_type_holder : core::model {
    std::optional<ec2::instance_type_name> instance_type;
    std::optional<std::vector<ec2::instance_type_name>> instance_types;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = instance_type_holder;
        return core::fields<core::pascal_case, core::field<&T::instance_type>, core::field<&T::instance_types>>();
    }
    friend bool operator==(const instance_type_holder&, const instance_type_holder&) = default;
};

// A breaking document must report the rule at the pointer; its near miss, one letter away
// from it and in the catalog, must not report the rule at all.
using test_support::rule_case;

const rule_case name_cases[] = {
    {"EC2-RI-004", "/InstanceType", R"({"InstanceType": "m5.lrage"})", R"({"InstanceType": "m5.large"})"},
    {"EC2-RI-004", "/InstanceType", R"({"InstanceType": "M5.large"})", R"({"InstanceType": "m5.large"})"},
    {"EC2-RI-004", "/InstanceType", R"({"InstanceType": "t3.micro "})", R"({"InstanceType": "t3.micro"})"},
    {"EC2-RI-004", "/InstanceType", R"({"InstanceType": ""})", R"({"InstanceType": "t2.nano"})"},
    {"EC2-RI-004", "/InstanceType", R"({"InstanceType": "mac2.metall"})", R"({"InstanceType": "mac2.metal"})"},
    {"EC2-RI-004", "/InstanceTypes/2", R"({"InstanceTypes": ["m5.large", "t3.nano", "a1.larg"]})",
     R"({"InstanceTypes": ["m5.large", "t3.nano", "a1.large"]})"},
};

core::diagnostics findings(const char* json) {
    auto r = core::decode<instance_type_holder>(json);
    BOOST_TEST_REQUIRE(r.has_value(), "the test document must decode: " << json);
    return core::validate(*r);
}

} // namespace

BOOST_AUTO_TEST_SUITE(instance_type)

BOOST_AUTO_TEST_CASE(catalog_holds_every_type_of_the_data) {
    BOOST_TEST(ec2::all_instance_types().size() == 1263u);
    BOOST_TEST(ec2::detail::instance_type_count == 1263u);
}

BOOST_DATA_TEST_CASE(entry_matches_the_data, bdata::make(data_excerpts), excerpt) {
    auto want = expect(excerpt);
    const ec2::instance_type_info* got = ec2::find_instance_type(want.name);
    BOOST_TEST_REQUIRE(got, want.name << " is missing from the catalog");
    const auto& w = want.info;
    BOOST_TEST_CONTEXT(want.name) {
        BOOST_TEST(got->name == want.name);
        BOOST_TEST(got->vcpus == w.vcpus);
        BOOST_TEST(got->default_cores == w.default_cores);
        BOOST_TEST(got->default_threads_per_core == w.default_threads_per_core);
        BOOST_TEST(got->memory_mib == w.memory_mib);
        BOOST_TEST(got->architectures == w.architectures);
        BOOST_TEST(got->burstable == w.burstable);
        BOOST_TEST(got->current_generation == w.current_generation);
        BOOST_TEST(got->bare_metal == w.bare_metal);
        BOOST_TEST(got->free_tier_eligible == w.free_tier_eligible);
        BOOST_TEST((got->ebs_optimized == w.ebs_optimized));
        BOOST_TEST(got->ebs_nvme_required == w.ebs_nvme_required);
        BOOST_TEST(got->instance_store_disks == w.instance_store_disks);
        BOOST_TEST(got->instance_store_total_gib == w.instance_store_total_gib);
        BOOST_TEST(got->instance_store_nvme == w.instance_store_nvme);
        BOOST_TEST(got->max_network_interfaces == w.max_network_interfaces);
        BOOST_TEST(got->ipv4_per_interface == w.ipv4_per_interface);
        BOOST_TEST(got->ipv6_per_interface == w.ipv6_per_interface);
        BOOST_TEST(got->ipv6_supported == w.ipv6_supported);
        BOOST_TEST(got->ena_supported == w.ena_supported);
        BOOST_TEST(got->ena_required == w.ena_required);
        BOOST_TEST(got->efa_supported == w.efa_supported);
        BOOST_TEST(got->gpus == w.gpus);
        BOOST_TEST(got->gpu_memory_mib == w.gpu_memory_mib);
        BOOST_TEST(got->accelerators == w.accelerators);
        BOOST_TEST((got->hypervisor == w.hypervisor));
        BOOST_TEST(got->boot_modes == w.boot_modes);
        BOOST_TEST(got->hibernation_supported == w.hibernation_supported);
        BOOST_TEST(got->usage_classes == w.usage_classes);
        BOOST_TEST(got->nitro_enclaves_supported == w.nitro_enclaves_supported);
    }
}

BOOST_AUTO_TEST_CASE(known_facts_hold) {
    const auto& m5 = ec2::instance_type<"m5.large">;
    BOOST_TEST(m5.vcpus == 2);
    BOOST_TEST(m5.memory_mib == 8192);
    BOOST_TEST(m5.architectures == ec2::enum_bit(ec2::architecture::x86_64));
    BOOST_TEST(!m5.burstable);
    BOOST_TEST((m5.hypervisor == ec2::instance_type_hypervisor::nitro));
    BOOST_TEST(ec2::instance_type<"t3.micro">.burstable);
    BOOST_TEST(ec2::instance_type<"t2.micro">.supports(ec2::architecture::i386));
    BOOST_TEST((ec2::instance_type<"t2.micro">.hypervisor == ec2::instance_type_hypervisor::xen));
    for (const auto& t : ec2::all_instance_types())
        if (t.family() == "a1") BOOST_TEST(t.architectures == ec2::enum_bit(ec2::architecture::arm64), t.name);
    BOOST_TEST(ec2::instance_type<"d2.8xlarge">.instance_store_disks == 24);   // 24 x 2,048 GB HDD
    BOOST_TEST(ec2::instance_type<"p4d.24xlarge">.gpus == 8);                  // 8 x A100
    BOOST_TEST(ec2::instance_type<"p4d.24xlarge">.supports(ec2::usage_class_type::capacity_block));
    BOOST_TEST(ec2::instance_type<"mac1.metal">.architectures == ec2::enum_bit(ec2::architecture::x86_64_mac));
    BOOST_TEST(ec2::instance_type<"mac2.metal">.architectures == ec2::enum_bit(ec2::architecture::arm64_mac));
    BOOST_TEST(!ec2::instance_type<"mac2.metal">.supports(ec2::usage_class_type::spot)); // Mac: dedicated hosts
    BOOST_TEST(ec2::instance_type<"inf1.24xlarge">.accelerators == 16);       // 16 Inferentia, counted once
    BOOST_TEST(ec2::instance_type<"c5.metal">.bare_metal);
    BOOST_TEST((ec2::instance_type<"c5.metal">.hypervisor == ec2::instance_type_hypervisor::none));
}

BOOST_AUTO_TEST_CASE(every_entry_is_consistent) {
    for (const auto& t : ec2::all_instance_types()) {
        BOOST_TEST_CONTEXT(t.name) {
            BOOST_TEST(t.vcpus == t.default_cores * t.default_threads_per_core);
            BOOST_TEST(t.memory_mib > 0);
            BOOST_TEST(t.architectures != 0);
            BOOST_TEST(t.boot_modes != 0);
            BOOST_TEST(t.supports(ec2::usage_class_type::on_demand));
            BOOST_TEST(!t.family().empty());
            BOOST_TEST(t.bare_metal == (t.hypervisor == ec2::instance_type_hypervisor::none));
            // CPU credits (EC2-RI-031) hinge on this: only the T families are burstable.
            BOOST_TEST(t.burstable == (t.family() == "t2" || t.family() == "t3" || t.family() == "t3a" ||
                                       t.family() == "t4g"));
            BOOST_TEST((t.instance_store_disks > 0) == (t.instance_store_total_gib > 0));
            BOOST_TEST((!t.ena_required || t.ena_supported));
        }
    }
}

// EC2-RI-004 refers to botocore's InstanceType enum; the types it lists that moto's data does not
// describe (p3, f1, ...) are known by name, so valid requests naming them get no warning.
BOOST_AUTO_TEST_CASE(botocore_names_without_details_are_known_but_have_no_entry) {
    static_assert(ec2::is_known_instance_type("p3.2xlarge"));
    static_assert(ec2::find_instance_type("p3.2xlarge") == nullptr);
    static_assert(!ec2::is_known_instance_type("p3.2xlarg"));
    const auto& rest = ec2::detail::instance_type_names_without_details;
    BOOST_TEST(std::is_sorted(std::begin(rest), std::end(rest)));
    for (std::string_view n : rest) {
        BOOST_TEST(ec2::find_instance_type(n) == nullptr, n);
        BOOST_TEST(ec2::is_known_instance_type(std::string(n)), n);
    }
    ec2::instance_type_name p3{"p3.8xlarge"}; // compiles: the literal check accepts it
    BOOST_TEST(p3.is_known());
    BOOST_TEST(p3.info() == nullptr);
    BOOST_TEST(testing::rule_ids(findings(R"({"InstanceType": "f1.2xlarge"})")).empty());
}

BOOST_AUTO_TEST_CASE(runtime_lookup_finds_every_entry_by_its_own_name) {
    for (const auto& t : ec2::all_instance_types()) {
        std::string name(t.name); // a runtime string, not the catalog's own storage
        BOOST_TEST(ec2::find_instance_type(name) == &t, name);
    }
}

BOOST_AUTO_TEST_CASE(unknown_names_are_not_found) {
    for (const char* name : {"", "m5", "m5.", "M5.LARGE", "m5.large ", " m5.large", "m5.lrage", "m99.large", "zzzz"})
        BOOST_TEST(ec2::find_instance_type(name) == nullptr, '"' << name << '"');
}

BOOST_AUTO_TEST_CASE(closest_name_catches_typos_and_case) {
    auto closest = [](const char* n) {
        std::string_view t = ec2::closest_instance_type_name(n);
        return t.empty() ? std::string("(none)") : std::string(t);
    };
    BOOST_TEST(closest("m5.lrage") == "m5.large");
    BOOST_TEST(closest("M5.LARGE") == "m5.large");
    BOOST_TEST(closest("t3.micor") == "t3.micro");
    BOOST_TEST(closest("c5.xlarg") == "c5.xlarge");
    BOOST_TEST(closest("p3.2xlareg") == "p3.2xlarge"); // a name-only type is suggested too
    BOOST_TEST(closest("definitely not a type") == "(none)");
}

BOOST_DATA_TEST_CASE(unknown_name_is_warned_at_its_pointer, bdata::make(name_cases), c) {
    auto ds = test_support::check_breaking(c, test_support::findings_of<instance_type_holder>);
    for (const auto& d : ds)
        if (d.rule == c.rule) BOOST_TEST((d.level == core::severity::warning), d);
}

BOOST_DATA_TEST_CASE(known_name_is_not_warned, bdata::make(name_cases), c) {
    test_support::check_near_miss(c, test_support::findings_of<instance_type_holder>);
}

BOOST_AUTO_TEST_CASE(every_unknown_name_is_reported_and_none_is_an_error) {
    auto ds = findings(R"({"InstanceType": "x1.nope", "InstanceTypes": ["m5.lrage", "m5.large", "c5.hueg"]})");
    BOOST_TEST(testing::rule_ids(ds) == (std::vector<std::string>{"EC2-RI-004", "EC2-RI-004", "EC2-RI-004"}),
               boost::test_tools::per_element());
    BOOST_TEST(testing::reports(ds, "EC2-RI-004", "/InstanceType"));
    BOOST_TEST(testing::reports(ds, "EC2-RI-004", "/InstanceTypes/0"));
    BOOST_TEST(testing::reports(ds, "EC2-RI-004", "/InstanceTypes/2"));
    // The catalog may lag AWS: a document naming a newer type is still valid.
    BOOST_TEST(testing::valid_json<instance_type_holder>(R"({"InstanceType": "m99.large"})"));
}

BOOST_AUTO_TEST_CASE(warning_suggests_the_nearest_name) {
    auto ds = findings(R"({"InstanceType": "m5.lrage"})");
    BOOST_TEST_REQUIRE(ds.size() == 1u);
    BOOST_TEST(ds[0].message.find("\"m5.lrage\"") != std::string::npos, ds[0].message);
    BOOST_TEST(ds[0].message.find("did you mean \"m5.large\"") != std::string::npos, ds[0].message);
}

BOOST_AUTO_TEST_CASE(a_name_newer_than_the_catalog_round_trips_unchanged) {
    const char* json = R"({"InstanceType":"m99gd.96xlarge","InstanceTypes":["m5.large","m99gd.96xlarge"]})";
    auto r = core::decode<instance_type_holder>(json);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->instance_type->str() == "m99gd.96xlarge");
    BOOST_TEST(r->instance_type->info() == nullptr);
    BOOST_TEST(!r->instance_type->is_known());
    BOOST_TEST(r->instance_types->at(0).info() == &ec2::instance_type<"m5.large">);
    BOOST_TEST(core::encode(*r) == json);
}

BOOST_AUTO_TEST_CASE(runtime_names_go_through_from) {
    auto known = ec2::instance_type_name::from("g5.xlarge", "/InstanceType");
    BOOST_TEST_REQUIRE(known.has_value());
    BOOST_TEST(known.diagnostics().empty());
    BOOST_TEST(known->info()->gpus == 1);

    auto unknown = ec2::instance_type_name::from("g5.xlargee", "/InstanceType");
    BOOST_TEST_REQUIRE(unknown.has_value()); // kept: AWS may know it
    BOOST_TEST(unknown->str() == "g5.xlargee");
    BOOST_TEST(testing::reports(unknown.diagnostics(), "EC2-RI-004", "/InstanceType"));
    BOOST_TEST(!core::has_errors(unknown.diagnostics()));
}

BOOST_AUTO_TEST_CASE(literal_names_are_checked_while_compiling) {
    ec2::instance_type_name n{"m5.large"};
    BOOST_TEST((n == std::string_view("m5.large")));
    BOOST_TEST(n.info() == &ec2::instance_type<"m5.large">);
    instance_type_holder h;
    h.instance_type = ec2::instance_type_name{"t4g.nano"};
    BOOST_TEST(testing::valid(h));
    BOOST_TEST(core::encode(h) == R"({"InstanceType":"t4g.nano"})");
}

BOOST_AUTO_TEST_SUITE_END()
