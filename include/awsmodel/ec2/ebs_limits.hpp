// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_EC2_EBS_LIMITS_HPP
#define AWSMODEL_EC2_EBS_LIMITS_HPP

#include <awsmodel/core/rule_id.hpp>

#include <array>
#include <cstdint>
#include <string_view>

namespace awsmodel::ec2 {

/// botocore ec2 `VolumeType`.
enum class volume_type { standard, io1, io2, gp2, sc1, st1, gp3 };
constexpr auto wire_names(volume_type) noexcept {
    return std::to_array<std::string_view>({"standard", "io1", "io2", "gp2", "sc1", "st1", "gp3"});
}
constexpr core::rule_id enum_rule(volume_type) noexcept { return "EBS-CV-003"; }

/// What one EBS volume type allows. The limits move (gp3 went from 16,000 to 80,000 IOPS), so
/// they live here and nowhere else. Source: botocore 1.43.11 EC2 model, `CreateVolumeRequest`
/// Size/Iops/Throughput documentation, and the EBS user guide's volume type pages, as of 2026-11.
struct volume_limits {
    volume_type type;
    std::int32_t min_size_gib, max_size_gib;
    bool iops_allowed, iops_required;
    std::int32_t min_iops, max_iops;
    std::int32_t max_iops_per_gib; ///< 0: no ratio applies
    bool throughput_allowed;
    std::int32_t min_throughput, max_throughput; ///< MiB/s
    bool multi_attach;
};

inline constexpr std::array<volume_limits, 7> ebs_volume_limits{{
    {volume_type::standard, 1, 1024, false, false, 0, 0, 0, false, 0, 0, false},
    {volume_type::io1, 4, 16384, true, true, 100, 64000, 50, false, 0, 0, true},
    {volume_type::io2, 4, 65536, true, true, 100, 256000, 1000, false, 0, 0, true},
    {volume_type::gp2, 1, 16384, false, false, 0, 0, 0, false, 0, 0, false},
    {volume_type::sc1, 125, 16384, false, false, 0, 0, 0, false, 0, 0, false},
    {volume_type::st1, 125, 16384, false, false, 0, 0, 0, false, 0, 0, false},
    {volume_type::gp3, 1, 65536, true, false, 3000, 80000, 500, true, 125, 2000, false},
}};

constexpr const volume_limits& limits_of(volume_type t) noexcept { return ebs_volume_limits[static_cast<std::size_t>(t)]; }

/// gp3 includes 3,000 IOPS; throughput may be at most a quarter MiB/s per provisioned IOPS.
inline constexpr std::int32_t gp3_baseline_iops = 3000;
constexpr std::int64_t gp3_max_throughput_for(std::int64_t iops) noexcept { return iops / 4; }

/// VolumeInitializationRate, for volumes created from a snapshot (MiB/s).
inline constexpr std::int32_t min_volume_initialization_rate = 100;
inline constexpr std::int32_t max_volume_initialization_rate = 300;

} // namespace awsmodel::ec2

#endif
