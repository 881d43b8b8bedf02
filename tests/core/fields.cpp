// The field table: wire names derived from member names, the options a field states, and the
// tables of the real shapes carrying botocore's constraints and AWS's defaults.
#include <awsmodel/core/fields.hpp>
#include <awsmodel/ec2/ebs_volume.hpp>
#include <awsmodel/ecs/capacity_provider_strategy.hpp>
#include <awsmodel/ecs/task_definition.hpp>

#include <boost/hana/at.hpp>
#include <boost/hana/find_if.hpp>
#include <boost/hana/for_each.hpp>
#include <boost/hana/length.hpp>
#include <boost/test/unit_test.hpp>

#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

using namespace awsmodel;

namespace naming_probe {
enum class shade { light, dark };
constexpr auto wire_names(shade) noexcept { return std::to_array<std::string_view>({"LIGHT", "DARK"}); }

struct probe : core::model {
    std::optional<std::string> availability_zone;
    std::optional<int> operator_;
    std::optional<std::string> ipv6_address;
    std::optional<int> size_in_gib;
    std::optional<core::open_enum<shade>> shade_of;
    std::optional<std::vector<core::open_enum<shade>>> shades;
    std::string cpu;
    core::extra_members extra;

    static constexpr auto camel() {
        using T = probe;
        return core::fields<core::camel_case, core::field<&T::availability_zone>, core::field<&T::operator_>,
                            core::field<&T::ipv6_address>, core::field<&T::size_in_gib, core::with{.name = "sizeInGiB"}>,
                            core::field<&T::shade_of, core::with{.aws_default = "LIGHT"}>,
                            core::field<&T::shades, core::with{.min = 1, .max = 2}>,
                            core::field<&T::cpu, core::with{.pattern = "[0-9]+", .cfn = "Cpu"}>>();
    }
    static constexpr auto fields() {
        using T = probe;
        return core::fields<core::pascal_case, core::field<&T::availability_zone>, core::field<&T::operator_>,
                            core::field<&T::ipv6_address>, core::field<&T::size_in_gib>, core::field<&T::shade_of>,
                            core::field<&T::shades>, core::field<&T::cpu>>();
    }
};
} // namespace naming_probe

namespace {
template <class Table>
std::vector<std::string> names(Table t) {
    std::vector<std::string> out;
    boost::hana::for_each(t, [&](auto f) { out.emplace_back(decltype(f)::name); });
    return out;
}

// The field of `Table` whose wire name is `name`, as a value of its type.
template <class Table, class F>
void with_field(Table t, std::string_view name, F&& f) {
    bool found = false;
    boost::hana::for_each(t, [&](auto field) {
        if (decltype(field)::name == name) {
            found = true;
            f(field);
        }
    });
    BOOST_TEST(found, "no field " << name);
}
} // namespace

BOOST_AUTO_TEST_SUITE(field_table)

BOOST_AUTO_TEST_CASE(wire_names_follow_the_convention) {
    using naming_probe::probe;
    BOOST_TEST(names(probe::camel()) == (std::vector<std::string>{"availabilityZone", "operator", "ipv6Address", "sizeInGiB",
                                                                   "shadeOf", "shades", "cpu"}),
               boost::test_tools::per_element());
    BOOST_TEST(names(probe::fields()) == (std::vector<std::string>{"AvailabilityZone", "Operator", "Ipv6Address",
                                                                    "SizeInGib", "ShadeOf", "Shades", "Cpu"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(options_are_constant_data) {
    using naming_probe::probe;
    constexpr auto t = probe::camel();
    using availability = std::remove_cvref_t<decltype(boost::hana::at_c<0>(t))>;
    static_assert(availability::member_name == "availability_zone");
    static_assert(availability::cfn_name() == "AvailabilityZone");
    static_assert(!availability::required && availability::min == core::no_min && availability::max == core::no_max);
    static_assert(availability::pattern.empty() && availability::aws_default.empty());
    using shade_of = std::remove_cvref_t<decltype(boost::hana::at_c<4>(t))>;
    static_assert(shade_of::aws_default == "LIGHT");
    static_assert(shade_of::enumeration().size() == 2 && shade_of::enumeration()[1] == "DARK");
    using shades = std::remove_cvref_t<decltype(boost::hana::at_c<5>(t))>;
    static_assert(shades::min == 1 && shades::max == 2 && shades::enumeration().size() == 2);
    using cpu = std::remove_cvref_t<decltype(boost::hana::at_c<6>(t))>;
    static_assert(cpu::required && cpu::pattern == "[0-9]+" && cpu::cfn_name() == "Cpu");
    static_assert(cpu::enumeration().empty());
    BOOST_TEST(boost::hana::length(t) == 7u);
}

BOOST_AUTO_TEST_CASE(real_tables_carry_botocore_constraints_and_aws_defaults) {
    with_field(ec2::create_volume_request::fields(), "VolumeType", [](auto f) {
        BOOST_TEST(decltype(f)::aws_default == "gp2");
        BOOST_TEST(decltype(f)::enumeration().size() >= 7u);
    });
    with_field(ec2::create_volume_request::fields(), "Throughput",
               [](auto f) { BOOST_TEST(decltype(f)::aws_default == "125"); });
    with_field(ecs::capacity_provider_strategy_item::fields(), "weight", [](auto f) {
        BOOST_TEST(decltype(f)::min == 0);
        BOOST_TEST(decltype(f)::max == 1000);
    });
    with_field(ecs::register_task_definition_request::fields(), "tags", [](auto f) {
        BOOST_TEST(decltype(f)::min == 0);
        BOOST_TEST(decltype(f)::max == 50);
    });
    with_field(ecs::register_task_definition_request::fields(), "family",
               [](auto f) { BOOST_TEST(decltype(f)::required); });
    with_field(ecs::ephemeral_storage::fields(), "sizeInGiB",
               [](auto f) { BOOST_TEST(decltype(f)::member_name == "size_in_gib"); });
}

BOOST_AUTO_TEST_SUITE_END()
