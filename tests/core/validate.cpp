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
    // A rule of a type of one's own: its id is not in awsmodel's table, so it says so.
    if (r.name.empty()) c.error(core::rule_id::custom("TEST-001"), core::member<&ruled::name>, "empty");
}

// A document whose items are checked against it: `budget` encloses its `items` in the context,
// and an item is checked alone against a budget given in the context.
struct item : core::model {
    std::string label;
    std::int64_t cost = 0;
    static constexpr auto fields() {
        return core::fields<core::camel_case, core::field<&item::label>, core::field<&item::cost>>();
    }
};
struct budget : core::model {
    static constexpr bool encloses_context = true;
    std::int64_t limit = 0;
    std::vector<item> items;
    static constexpr auto fields() {
        return core::fields<core::camel_case, core::field<&budget::limit>, core::field<&budget::items>>();
    }
};
inline void validate_rules(const item& i, core::checker_like auto& c) {
    if (i.label.empty()) c.error(core::rule_id::custom("TEST-002"), core::member<&item::label>, "an item has a label");
    // Needs the budget: skipped without one.
    if (const budget* b = c.template document<budget>(); b && i.cost > b->limit)
        c.error(core::rule_id::custom("TEST-003"), core::member<&item::cost>,
                core::cat("costs ", i.cost, ", above the budget's limit of ", b->limit));
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

BOOST_AUTO_TEST_CASE(a_rule_needing_a_context_document_is_skipped_without_it) {
    using namespace awsmodel;
    walk_sample::item expensive{{}, "", 500};
    auto alone = core::validate(expensive);
    BOOST_TEST_REQUIRE(alone.size() == 1u);
    BOOST_TEST(alone[0].rule == "TEST-002");
    BOOST_TEST(alone[0].pointer == "/label");

    walk_sample::budget b{{}, 100, {}};
    auto with_budget = core::validate(expensive, core::validation_context{b});
    BOOST_TEST_REQUIRE(with_budget.size() == 2u);
    BOOST_TEST(with_budget[1].rule == "TEST-003");
    BOOST_TEST(with_budget[1].pointer == "/cost");
    BOOST_TEST(with_budget[1].message == "costs 500, above the budget's limit of 100");

    walk_sample::budget tight{{}, 100, {{{}, "a", 50}, {{}, "b", 500}}};
    walk_sample::budget loose{{}, 1000, {}};
    // The walk makes the budget the context of its own items, before any budget given.
    auto enclosed = core::validate(tight, core::validation_context{loose});
    BOOST_TEST_REQUIRE(enclosed.size() == 1u);
    BOOST_TEST(enclosed[0].pointer == "/items/1/cost");
    BOOST_TEST(core::validate(tight).size() == 1u);
}

BOOST_AUTO_TEST_CASE(validation_context_holds_one_document_per_type) {
    using namespace awsmodel;
    walk_sample::budget a{{}, 1, {}}, b{{}, 2, {}};
    walk_sample::item i{{}, "x", 3};
    core::validation_context context;
    BOOST_TEST(context.empty());
    BOOST_TEST(context.find<walk_sample::budget>() == nullptr);
    context.add(a).add(i);
    BOOST_TEST(context.find<walk_sample::budget>() == &a);
    BOOST_TEST(context.find<walk_sample::item>() == &i);
    context.add(b);
    BOOST_TEST(context.size() == 2u);
    BOOST_TEST(context.find<walk_sample::budget>() == &b);
    BOOST_TEST(context.find<walk_sample::plain>() == nullptr);
}

BOOST_AUTO_TEST_CASE(pointers_are_spelt_from_the_field_tables) {
    using namespace awsmodel;
    static_assert(core::member<&walk_sample::budget::items>.name == "items");
    static_assert(core::member<&ecs::register_task_definition_request::container_definitions>.name ==
                  "containerDefinitions");
    static_assert(core::member<&ecs::port_mapping::host_port>.name == "hostPort");
    BOOST_TEST(core::pointer(core::member<&ecs::register_task_definition_request::container_definitions>, 2u,
                             core::member<&ecs::container_definition::port_mappings>, 0,
                             core::member<&ecs::port_mapping::host_port>) ==
               "/containerDefinitions/2/portMappings/0/hostPort");
    // Map keys are escaped as RFC 6901 tokens.
    BOOST_TEST(core::pointer(core::member<&ecs::log_configuration::options>, core::key{"a/b~c"}) ==
               "/options/a~1b~0c");
}

BOOST_AUTO_TEST_CASE(rule_ids_of_the_table_and_of_ones_own) {
    using namespace awsmodel;
    constexpr core::rule_id listed = "EBS-CV-005";
    static_assert(listed.view() == "EBS-CV-005");
    static_assert(core::detail::is_enforced_rule("ECS-TD-001"));
    static_assert(!core::detail::is_enforced_rule("ECS-TD-1"));
    static_assert(core::rule_id::custom("SHOP-001").view() == "SHOP-001");
    BOOST_TEST(core::validate(walk_sample::ruled{})[0].rule == "TEST-001");
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
