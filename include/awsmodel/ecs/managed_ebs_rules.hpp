// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_MANAGED_EBS_RULES_HPP
#define AWSMODEL_ECS_MANAGED_EBS_RULES_HPP

/// The limits of the EBS volumes ECS creates for tasks, and their check, shared by RunTask and
/// StartTask (ECS-RT-022, ecs/run_task_rules.hpp) and by services (ECS-SV-103..107 and -109,
/// ecs/service_rules.hpp): one table, so that the two requests cannot drift apart. Each caller
/// names the rule ids its findings take (`managed_ebs_rule_ids`) and adds what only it checks
/// (a service's role, key and file system).

#include <awsmodel/core/checker.hpp>
#include <awsmodel/core/rule_id.hpp>
#include <awsmodel/ecs/managed_ebs_volume.hpp>
#include <awsmodel/ecs/tag.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace awsmodel::ecs {

/// The EBS volumes ECS creates at launch, with the limits the ECS text
/// (TaskManagedEBSVolumeConfiguration, ServiceManagedEBSVolumeConfiguration, 2026-11) states:
/// older than EBS's own (gp3 up to 16,000 IOPS and 1,000 MiB/s there, 80,000 and 2,000 in the EC2
/// model), and kept apart from ec2/ebs_limits.hpp for that reason. 0 IOPS bounds mean the type
/// takes no iops.
struct managed_ebs_type_limits {
    std::string_view type;
    std::int64_t min_gib, max_gib;
    std::int64_t min_iops, max_iops;
    bool iops_required;
    bool throughput;
};
inline constexpr std::array<managed_ebs_type_limits, 7> managed_ebs_types{{
    {"gp3", 1, 16384, 3000, 16000, false, true},
    {"gp2", 1, 16384, 0, 0, false, false},
    {"io1", 4, 16384, 100, 64000, true, false},
    {"io2", 4, 16384, 100, 256000, true, false},
    {"st1", 125, 16384, 0, 0, false, false},
    {"sc1", 125, 16384, 0, 0, false, false},
    {"standard", 1, 1024, 0, 0, false, false},
}};
inline constexpr std::int32_t managed_ebs_min_throughput = 125, managed_ebs_max_throughput = 1000;
/// The volume type when the configuration names none.
inline constexpr std::string_view managed_ebs_default_type = "gp3";
/// The IOPS a gp3 volume has when the configuration gives none.
inline constexpr std::int64_t managed_ebs_gp3_baseline_iops = 3000;
/// MiB/s while a volume created from a snapshot fetches its blocks.
inline constexpr std::int32_t managed_ebs_min_initialization_rate = 100, managed_ebs_max_initialization_rate = 300;
/// Tag keys ECS puts on the volumes it manages (the ECS text reserves them).
inline constexpr std::array<std::string_view, 2> managed_ebs_reserved_tag_keys{"AmazonECSCreated", "AmazonECSManaged"};

/// The limits of `type`, or null when it is no EBS volume type.
constexpr const managed_ebs_type_limits* managed_ebs_limits_of(std::string_view type) noexcept {
    for (const auto& t : managed_ebs_types)
        if (t.type == type) return &t;
    return nullptr;
}

/// The ids a request's managed EBS findings take.
struct managed_ebs_rule_ids {
    core::rule_id size;                ///< sizeInGiB or snapshotId given; the type's size range
    core::rule_id type;                ///< volumeType is an EBS volume type
    core::rule_id iops;                ///< iops required, refused or within the type's range
    core::rule_id throughput;          ///< gp3 only, within range
    core::rule_id initialization_rate; ///< with snapshotId only, within range
    core::rule_id tags;                ///< no reserved tag key
};

namespace managed_ebs_detail {

/// The number of a member that is a plain integer in one shape and a quantity in another.
template <class V>
constexpr std::int64_t count_of(const V& v) noexcept {
    if constexpr (requires { v.count(); })
        return v.count();
    else
        return v;
}

} // namespace managed_ebs_detail

/// The checks both kinds of managed EBS volume configuration share, on `m` at `at`: the type, size
/// or snapshot, IOPS, throughput and initialization rate against the table above, and the reserved
/// tag keys.
template <class M>
void check_managed_ebs_volume(const M& m, const std::string& at, const managed_ebs_rule_ids& ids, core::checker_like auto& c) {
    using core::cat;
    using core::member;
    using core::pointer;
    using managed_ebs_detail::count_of;
    const std::string type = m.volume_type.value_or(std::string(managed_ebs_default_type));
    const managed_ebs_type_limits* lim = managed_ebs_limits_of(type);
    if (!lim)
        c.error(ids.type, pointer(at, member<&M::volume_type>),
                cat("\"", type, "\" is not an EBS volume type; allowed: gp3, gp2, io1, io2, st1, sc1, standard"));
    if (!m.size_in_gib && !m.snapshot_id)
        c.error(ids.size, at, "a managed EBS volume needs sizeInGiB or a snapshotId to take the size from");
    if (lim && m.size_in_gib && (m.size_in_gib->count() < lim->min_gib || m.size_in_gib->count() > lim->max_gib))
        c.error(ids.size, pointer(at, member<&M::size_in_gib>),
                cat(type, " volumes are ", lim->min_gib, "-", lim->max_gib, " GiB; got ", m.size_in_gib->count()));
    if (lim && lim->iops_required && !m.iops)
        c.error(ids.iops, at, cat(type, " volumes need iops (", lim->min_iops, "-", lim->max_iops, ")"));
    if (lim && m.iops) {
        if (lim->max_iops == 0)
            c.error(ids.iops, pointer(at, member<&M::iops>),
                    cat(type, " volumes take no iops; provisioned IOPS are for gp3, io1 and io2"));
        else if (m.iops->count() < lim->min_iops || m.iops->count() > lim->max_iops)
            c.error(ids.iops, pointer(at, member<&M::iops>),
                    cat(type, " iops are ", lim->min_iops, "-", lim->max_iops, " for volumes ECS manages; got ", m.iops->count()));
    }
    if (lim && m.throughput) {
        const std::int64_t t = count_of(*m.throughput);
        if (!lim->throughput)
            c.error(ids.throughput, pointer(at, member<&M::throughput>),
                    cat("throughput is for gp3 volumes only; this one is ", type));
        else if (t < managed_ebs_min_throughput || t > managed_ebs_max_throughput)
            c.error(ids.throughput, pointer(at, member<&M::throughput>),
                    cat("gp3 throughput is ", managed_ebs_min_throughput, "-", managed_ebs_max_throughput,
                        " MiB/s for volumes ECS manages; got ", t));
    }
    if (m.volume_initialization_rate) {
        const std::string p = pointer(at, member<&M::volume_initialization_rate>);
        const std::int64_t rate = count_of(*m.volume_initialization_rate);
        if (!m.snapshot_id)
            c.error(ids.initialization_rate, p,
                    "volumeInitializationRate applies to volumes created from a snapshot: give snapshotId or drop it");
        else if (rate < managed_ebs_min_initialization_rate || rate > managed_ebs_max_initialization_rate)
            c.error(ids.initialization_rate, p,
                    cat("volumeInitializationRate is ", managed_ebs_min_initialization_rate, "-",
                        managed_ebs_max_initialization_rate, " MiB/s; got ", rate));
    }
    if (m.tag_specifications)
        for (std::size_t j = 0; j < m.tag_specifications->size(); ++j) {
            const auto& spec = (*m.tag_specifications)[j];
            if (!spec.tags) continue;
            const std::string tags = pointer(at, member<&M::tag_specifications>, j, member<&ebs_tag_specification::tags>);
            for (std::size_t k = 0; k < spec.tags->size(); ++k) {
                const auto& key = (*spec.tags)[k].key;
                if (key && std::find(managed_ebs_reserved_tag_keys.begin(), managed_ebs_reserved_tag_keys.end(), *key) !=
                               managed_ebs_reserved_tag_keys.end())
                    c.error(ids.tags, pointer(tags, k, member<&tag::key>),
                            cat("the tag key ", *key, " is reserved: ECS sets it on the volumes it manages"));
            }
        }
}

} // namespace awsmodel::ecs

#endif
