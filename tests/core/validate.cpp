// The validation walk's helpers: which types it visits, and the duplicate finder rules share.
#include <awsmodel/core/arn.hpp>
#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/quantity.hpp>
#include <awsmodel/core/validate.hpp>
#include <awsmodel/ecs/task_definition.hpp>

#include <boost/test/unit_test.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace walk_sample {
using namespace awsmodel;
enum class shade { light, dark };
constexpr auto wire_names(shade) noexcept { return std::to_array<std::string_view>({"light", "dark"}); }

// Nothing in it can be wrong: the walk need not visit it.
struct plain : core::model {
    std::optional<std::string> name;
    std::vector<std::int64_t> numbers;
    core::extra_members extra;
    static constexpr auto fields() {
        return core::fields<core::camel_case, core::field<&plain::name>, core::field<&plain::numbers>>();
    }
};

// Checked only through a member deep inside.
struct holder : core::model {
    std::optional<std::vector<plain>> plains;
    std::optional<std::vector<core::open_enum<shade>>> shades;
    core::extra_members extra;
    static constexpr auto fields() {
        return core::fields<core::camel_case, core::field<&holder::plains>, core::field<&holder::shades>>();
    }
};

// Checked by rules of its own.
struct ruled : core::model {
    std::string name;
    core::extra_members extra;
    static constexpr auto fields() { return core::fields<core::camel_case, core::field<&ruled::name>>(); }
};
inline void validate_rules(const ruled& r, core::checker_like auto& c) {
    if (r.name.empty()) c.error("TEST-001", "/name", "empty");
}
} // namespace walk_sample

BOOST_AUTO_TEST_SUITE(validate_walk)

BOOST_AUTO_TEST_CASE(has_checks_follows_what_the_walk_can_report) {
    using namespace awsmodel;
    using core::detail::has_checks;
    static_assert(!has_checks<std::string>());
    static_assert(!has_checks<std::optional<std::string>>());
    static_assert(!has_checks<std::vector<std::string>>());
    static_assert(!has_checks<core::mebibytes>());
    static_assert(!has_checks<walk_sample::plain>());
    static_assert(!has_checks<std::optional<std::vector<walk_sample::plain>>>());
    static_assert(!has_checks<ecs::key_value_pair>());
    static_assert(has_checks<core::open_enum<walk_sample::shade>>());
    static_assert(has_checks<core::arn>());
    static_assert(has_checks<walk_sample::holder>());
    static_assert(has_checks<walk_sample::ruled>());
    static_assert(has_checks<std::vector<walk_sample::ruled>>());
    static_assert(has_checks<ecs::container_definition>());
    BOOST_TEST(true);
}

BOOST_AUTO_TEST_CASE(walk_reports_members_of_checked_types_only_where_they_are) {
    using namespace awsmodel;
    walk_sample::holder h;
    h.plains = std::vector<walk_sample::plain>(3);
    h.shades = std::vector<core::open_enum<walk_sample::shade>>{walk_sample::shade::dark,
                                                                core::open_enum<walk_sample::shade>::from_wire("dim")};
    core::diagnostics ds = core::validate(h);
    BOOST_TEST_REQUIRE(ds.size() == 1u);
    BOOST_TEST(ds[0].pointer == "/shades/1");
    BOOST_TEST(core::validate(walk_sample::ruled{})[0].pointer == "/name");
}

BOOST_AUTO_TEST_CASE(find_repeats_names_each_repeat_with_its_first) {
    using awsmodel::core::find_repeats;
    using awsmodel::core::repeat;
    std::vector<std::optional<std::string_view>> keys{"b", "a", std::nullopt, "b", "c", "a", std::nullopt, "b"};
    auto r = find_repeats(keys.size(), [&](std::size_t i) { return keys[i]; });
    std::vector<repeat> want{{3, 0}, {5, 1}, {7, 0}};
    BOOST_TEST_REQUIRE(r.size() == want.size());
    for (std::size_t k = 0; k < want.size(); ++k) {
        BOOST_TEST(r[k].index == want[k].index);
        BOOST_TEST(r[k].first == want[k].first);
    }
}

BOOST_AUTO_TEST_CASE(find_repeats_without_repeats_or_keys) {
    using awsmodel::core::find_repeats;
    BOOST_TEST(find_repeats(0, [](std::size_t) { return std::optional<std::string_view>("x"); }).empty());
    BOOST_TEST(find_repeats(1, [](std::size_t) { return std::optional<std::string_view>("x"); }).empty());
    BOOST_TEST(find_repeats(5, [](std::size_t) { return std::optional<std::string_view>(); }).empty());
    std::vector<std::string> distinct{"A", "a", "aa", "", "b"};
    BOOST_TEST(find_repeats(distinct.size(), [&](std::size_t i) {
                   return std::optional<std::string_view>(distinct[i]);
               }).empty());
}

BOOST_AUTO_TEST_CASE(find_repeats_on_a_long_list) {
    using awsmodel::core::find_repeats;
    // Beyond the inline capacity: 100 keys taking 10 values, so each key after the first ten repeats.
    std::vector<std::string> keys;
    for (int i = 0; i < 100; ++i) keys.push_back(std::to_string(i % 10));
    auto r = find_repeats(keys.size(), [&](std::size_t i) { return std::optional<std::string_view>(keys[i]); });
    BOOST_TEST_REQUIRE(r.size() == 90u);
    for (std::size_t k = 0; k < r.size(); ++k) {
        BOOST_TEST(r[k].index == k + 10);
        BOOST_TEST(r[k].first == (k + 10) % 10);
    }
}

BOOST_AUTO_TEST_SUITE_END()
