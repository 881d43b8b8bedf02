// A small modelled type with one member of every kind the codec maps, for the robustness tests:
// hostile input is easier to aim at a member whose type is known than at a real AWS shape.
#ifndef AWSMODEL_TESTS_CORE_ROBUSTNESS_PROBE_HPP
#define AWSMODEL_TESTS_CORE_ROBUSTNESS_PROBE_HPP

#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/string_map.hpp>
#include <awsmodel/core/timestamp.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace robustness {
using namespace awsmodel;

enum class shade { light, dark };
constexpr auto wire_names(shade) noexcept { return std::to_array<std::string_view>({"light", "dark"}); }

struct leaf : core::model {
    std::string name;
    std::optional<std::int32_t> count;
    core::extra_members extra;
    static constexpr auto fields() {
        return core::fields<core::camel_case, core::field<&leaf::name, core::with{.min = 1}>, core::field<&leaf::count>>();
    }
    friend bool operator==(const leaf&, const leaf&) = default;
};

struct probe : core::model {
    std::int32_t count = 0;
    std::optional<std::int64_t> total;
    std::optional<double> ratio;
    std::optional<std::string> label;
    std::optional<bool> flag;
    std::optional<core::open_enum<robustness::shade>> shade;
    std::optional<core::timestamp<core::time_format::epoch_seconds>> at;
    std::optional<core::timestamp<core::time_format::iso8601>> when;
    std::optional<std::vector<std::int32_t>> numbers;
    std::optional<std::vector<leaf>> leaves;
    std::optional<core::string_map<std::string>> labels;
    std::optional<leaf> one;
    core::extra_members extra;
    static constexpr auto fields() {
        using T = probe;
        return core::fields<core::camel_case, core::field<&T::count>, core::field<&T::total>, core::field<&T::ratio>, core::field<&T::label>, core::field<&T::flag>, core::field<&T::shade>, core::field<&T::at>, core::field<&T::when>, core::field<&T::numbers>, core::field<&T::leaves>, core::field<&T::labels>, core::field<&T::one>>();
    }
    friend bool operator==(const probe&, const probe&) = default;
};

} // namespace robustness

#endif
