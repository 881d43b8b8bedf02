// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CORE_QUANTITY_HPP
#define AWSMODEL_CORE_QUANTITY_HPP

#include <compare>
#include <cstdint>
#include <ostream>
#include <string_view>

namespace awsmodel::core {

/// An amount in one unit. No conversion to a number or another unit happens implicitly: a size in
/// GiB cannot be passed where MiB are meant. `Rep` is the wire integer (botocore `integer` = 32 bit,
/// `long` = 64 bit).
template <class Unit, class Rep = std::int32_t>
class quantity {
public:
    using unit = Unit;
    using wire_type = Rep;

    constexpr quantity() noexcept = default;
    constexpr explicit quantity(Rep count) noexcept : count_(count) {}

    constexpr Rep count() const noexcept { return count_; }
    constexpr const Rep& wire() const noexcept { return count_; }
    static constexpr quantity from_wire(Rep count) noexcept { return quantity(count); }

    friend constexpr auto operator<=>(const quantity&, const quantity&) noexcept = default;
    friend std::ostream& operator<<(std::ostream& os, const quantity& q) {
        return os << q.count_ << ' ' << Unit::symbol;
    }

private:
    Rep count_{};
};

struct gibibyte_unit { static constexpr std::string_view symbol = "GiB"; };
struct mebibyte_unit { static constexpr std::string_view symbol = "MiB"; };
struct cpu_unit { static constexpr std::string_view symbol = "CPU units"; };
struct iops_unit { static constexpr std::string_view symbol = "IOPS"; };
struct mebibyte_per_second_unit { static constexpr std::string_view symbol = "MiB/s"; };
struct second_unit { static constexpr std::string_view symbol = "s"; };

using gibibytes = quantity<gibibyte_unit>;
using mebibytes = quantity<mebibyte_unit>;
using cpu_units = quantity<cpu_unit>;
using iops = quantity<iops_unit>;
using mebibytes_per_second = quantity<mebibyte_per_second_unit>;
using seconds = quantity<second_unit>;

namespace literals {
consteval gibibytes operator""_GiB(unsigned long long v) { return gibibytes(static_cast<std::int32_t>(v)); }
consteval mebibytes operator""_MiB(unsigned long long v) { return mebibytes(static_cast<std::int32_t>(v)); }
consteval iops operator""_iops(unsigned long long v) { return iops(static_cast<std::int32_t>(v)); }
consteval mebibytes_per_second operator""_MiBps(unsigned long long v) {
    return mebibytes_per_second(static_cast<std::int32_t>(v));
}
consteval cpu_units operator""_cpu(unsigned long long v) { return cpu_units(static_cast<std::int32_t>(v)); }
consteval seconds operator""_s(unsigned long long v) { return seconds(static_cast<std::int32_t>(v)); }
} // namespace literals

} // namespace awsmodel::core

#endif
