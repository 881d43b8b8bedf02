// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_EC2_EBS_VOLUME_HPP
#define AWSMODEL_EC2_EBS_VOLUME_HPP

/// EBS volumes: the CreateVolume request, the Volume description, DescribeVolumes' result, and
/// the `Ebs` part of a block device mapping.
/// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html

#include <awsmodel/core/rule_id.hpp>
#include <awsmodel/core/codec_fwd.hpp>
#include <awsmodel/shapes.hpp>
#include <awsmodel/core/arn.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/quantity.hpp>
#include <awsmodel/core/resource_id.hpp>
#include <awsmodel/core/checker.hpp>
#include <awsmodel/ec2/ebs_limits.hpp>
#include <awsmodel/ec2/resource_ids.hpp>
#include <awsmodel/ec2/kms_key.hpp>
#include <awsmodel/ec2/resource_ids.hpp>
#include <awsmodel/ec2/tag.hpp>
#include <awsmodel/ec2/tag_rules.hpp>

#include <optional>
#include <string>
#include <vector>

namespace awsmodel::ec2 {

/// botocore ec2 `VolumeState`.
enum class volume_state { creating, available, in_use, deleting, deleted, error };
constexpr auto wire_names(volume_state) noexcept {
    return std::to_array<std::string_view>({"creating", "available", "in-use", "deleting", "deleted", "error"});
}
/// botocore ec2 `VolumeAttachmentState`.
enum class volume_attachment_state { attaching, attached, detaching, detached, busy };
constexpr auto wire_names(volume_attachment_state) noexcept {
    return std::to_array<std::string_view>({"attaching", "attached", "detaching", "detached", "busy"});
}
/// botocore ec2 `SSEType`.
enum class sse_type { sse_ebs, sse_kms, none };
constexpr auto wire_names(sse_type) noexcept { return std::to_array<std::string_view>({"sse-ebs", "sse-kms", "none"}); }

/// CreateVolume's input.
struct create_volume_request : core::model {
    std::optional<std::string> availability_zone;    ///< exactly one of this and `availability_zone_id`
    std::optional<std::string> availability_zone_id;
    std::optional<bool> encrypted;                   ///< @default the account's encryption-by-default setting
    std::optional<core::iops> iops;                  ///< gp3, io1, io2 only; required for io1/io2
    std::optional<kms_key_reference> kms_key_id;     ///< needs `encrypted`
    std::optional<core::arn> outpost_arn;
    std::optional<core::gibibytes> size;             ///< needed unless `snapshot_id` is given
    std::optional<ec2::snapshot_id> snapshot_id;
    std::optional<core::open_enum<ec2::volume_type>> volume_type;
    std::optional<std::vector<tag_specification>> tag_specifications;
    std::optional<bool> multi_attach_enabled;        ///< io1/io2 only
    std::optional<core::mebibytes_per_second> throughput; ///< gp3 only
    std::optional<std::string> client_token;
    std::optional<core::mebibytes_per_second> volume_initialization_rate; ///< with `snapshot_id` only
    std::optional<operator_request> operator_;
    std::optional<bool> dry_run;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = create_volume_request;
        return core::fields<core::pascal_case,
                            core::field<&T::availability_zone>,
                            core::field<&T::availability_zone_id>,
                            core::field<&T::encrypted>,
                            core::field<&T::iops>,
                            core::field<&T::kms_key_id>,
                            core::field<&T::outpost_arn>,
                            core::field<&T::size>,
                            core::field<&T::snapshot_id>,
                            core::field<&T::volume_type, core::with{.aws_default = "gp2"}>,
                            core::field<&T::tag_specifications>,
                            core::field<&T::multi_attach_enabled>,
                            core::field<&T::throughput, core::with{.aws_default = "125"}>,
                            core::field<&T::client_token>,
                            core::field<&T::volume_initialization_rate>,
                            core::field<&T::operator_>,
                            core::field<&T::dry_run>>();
    }
    friend bool operator==(const create_volume_request&, const create_volume_request&) = default;
};

/// One attachment of a volume to an instance.
struct volume_attachment : core::model {
    std::optional<bool> delete_on_termination;
    std::optional<core::arn> associated_resource;
    std::optional<std::string> instance_owning_service;
    std::optional<std::int32_t> ebs_card_index;
    std::optional<ec2::volume_id> volume_id;
    std::optional<ec2::instance_id> instance_id;
    std::optional<std::string> device;
    std::optional<core::open_enum<ec2::volume_attachment_state>> state;
    std::optional<timestamp> attach_time;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = volume_attachment;
        return core::fields<core::pascal_case,
                            core::field<&T::delete_on_termination>,
                            core::field<&T::associated_resource>,
                            core::field<&T::instance_owning_service>,
                            core::field<&T::ebs_card_index>,
                            core::field<&T::volume_id>,
                            core::field<&T::instance_id>,
                            core::field<&T::device>,
                            core::field<&T::state>,
                            core::field<&T::attach_time>>();
    }
    friend bool operator==(const volume_attachment&, const volume_attachment&) = default;
};

/// A volume as DescribeVolumes and CreateVolume return it.
struct volume : core::model {
    std::optional<std::string> availability_zone_id;
    std::optional<core::arn> outpost_arn;
    std::optional<ec2::volume_id> source_volume_id;
    std::optional<core::iops> iops;
    std::optional<std::vector<tag>> tags;
    std::optional<core::open_enum<ec2::volume_type>> volume_type;
    std::optional<bool> fast_restored;
    std::optional<bool> multi_attach_enabled;
    std::optional<core::mebibytes_per_second> throughput;
    std::optional<core::open_enum<ec2::sse_type>> sse_type;
    std::optional<operator_response> operator_;
    std::optional<core::mebibytes_per_second> volume_initialization_rate;
    std::optional<ec2::volume_id> volume_id;
    std::optional<core::gibibytes> size;
    std::optional<std::string> snapshot_id; ///< AWS reports "" for a volume made from no snapshot
    std::optional<std::string> availability_zone;
    std::optional<core::open_enum<ec2::volume_state>> state;
    std::optional<timestamp> create_time;
    std::optional<std::vector<volume_attachment>> attachments;
    std::optional<bool> encrypted;
    std::optional<std::string> kms_key_id;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = volume;
        return core::fields<core::pascal_case,
                            core::field<&T::availability_zone_id>,
                            core::field<&T::outpost_arn>,
                            core::field<&T::source_volume_id>,
                            core::field<&T::iops>,
                            core::field<&T::tags>,
                            core::field<&T::volume_type>,
                            core::field<&T::fast_restored>,
                            core::field<&T::multi_attach_enabled>,
                            core::field<&T::throughput>,
                            core::field<&T::sse_type>,
                            core::field<&T::operator_>,
                            core::field<&T::volume_initialization_rate>,
                            core::field<&T::volume_id>,
                            core::field<&T::size>,
                            core::field<&T::snapshot_id>,
                            core::field<&T::availability_zone>,
                            core::field<&T::state>,
                            core::field<&T::create_time>,
                            core::field<&T::attachments>,
                            core::field<&T::encrypted>,
                            core::field<&T::kms_key_id>>();
    }
    friend bool operator==(const volume&, const volume&) = default;
};

/// DescribeVolumes' output.
struct describe_volumes_result : core::model {
    std::optional<std::string> next_token;
    std::optional<std::vector<volume>> volumes;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = describe_volumes_result;
        return core::fields<core::pascal_case,
                            core::field<&T::next_token>,
                            core::field<&T::volumes>>();
    }
    friend bool operator==(const describe_volumes_result&, const describe_volumes_result&) = default;
};

/// The `Ebs` part of a block device mapping (RunInstances, launch templates, images).
struct ebs_block_device : core::model {
    std::optional<bool> delete_on_termination;
    std::optional<core::iops> iops;
    std::optional<ec2::snapshot_id> snapshot_id;
    std::optional<core::gibibytes> volume_size;
    std::optional<core::open_enum<ec2::volume_type>> volume_type;
    std::optional<kms_key_reference> kms_key_id;
    std::optional<core::mebibytes_per_second> throughput;
    std::optional<core::arn> outpost_arn;
    std::optional<std::string> availability_zone;
    std::optional<bool> encrypted;
    std::optional<core::mebibytes_per_second> volume_initialization_rate;
    std::optional<std::string> availability_zone_id;
    std::optional<std::int32_t> ebs_card_index;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = ebs_block_device;
        return core::fields<core::pascal_case,
                            core::field<&T::delete_on_termination>,
                            core::field<&T::iops>,
                            core::field<&T::snapshot_id>,
                            core::field<&T::volume_size>,
                            core::field<&T::volume_type>,
                            core::field<&T::kms_key_id>,
                            core::field<&T::throughput>,
                            core::field<&T::outpost_arn>,
                            core::field<&T::availability_zone>,
                            core::field<&T::encrypted>,
                            core::field<&T::volume_initialization_rate>,
                            core::field<&T::availability_zone_id>,
                            core::field<&T::ebs_card_index>>();
    }
    friend bool operator==(const ebs_block_device&, const ebs_block_device&) = default;
};

/// The members the EBS limits are stated on, under the names of the structure that holds them.
struct ebs_members {
    core::member_token size, iops, throughput, kms_key_id, initialization_rate;
};

/// The rule ids and members of one request that creates EBS volumes; CreateVolume and block
/// device mappings state the same limits under different ids and names ("Size", "VolumeSize").
struct ebs_rule_ids {
    ebs_members member;
    core::rule_id size_or_snapshot, size, iops_required, iops_not_allowed, iops_range, iops_ratio, throughput,
        throughput_ratio, kms_needs_encryption, initialization_rate;
};

inline constexpr ebs_rule_ids create_volume_rules{
    {core::member<&create_volume_request::size>, core::member<&create_volume_request::iops>,
     core::member<&create_volume_request::throughput>, core::member<&create_volume_request::kms_key_id>,
     core::member<&create_volume_request::volume_initialization_rate>},
    "EBS-CV-002", "EBS-CV-004", "EBS-CV-005", "EBS-CV-006", "EBS-CV-007", "EBS-CV-008", "EBS-CV-009", "EBS-CV-010",
    "EBS-CV-012", "EBS-CV-014"};
inline constexpr ebs_rule_ids block_device_rules{
    {core::member<&ebs_block_device::volume_size>, core::member<&ebs_block_device::iops>,
     core::member<&ebs_block_device::throughput>, core::member<&ebs_block_device::kms_key_id>,
     core::member<&ebs_block_device::volume_initialization_rate>},
    "EC2-RI-017", "EC2-RI-018", "EC2-RI-019", "EC2-RI-019", "EC2-RI-019", "EC2-RI-020", "EC2-RI-021", "EC2-RI-021",
    "EC2-RI-022", "EBS-CV-014"};

namespace detail {

struct ebs_parameters {
    const std::optional<core::open_enum<ec2::volume_type>>& type;
    const std::optional<core::gibibytes>& size;
    const std::optional<core::iops>& iops;
    const std::optional<core::mebibytes_per_second>& throughput;
    const std::optional<core::mebibytes_per_second>& initialization_rate;
    bool has_snapshot;
    const std::optional<kms_key_reference>& kms_key_id;
    const std::optional<bool>& encrypted;
};

inline void check_ebs(const ebs_parameters& p, const ebs_rule_ids& id, core::checker_like auto& c) {
    using core::cat;
    if (!p.size && !p.has_snapshot)
        c.error(id.size_or_snapshot, id.member.size,
                cat("give the volume a size (", id.member.size.name, ") or a SnapshotId to create it from"));
    // An unknown type is reported by EBS-CV-003; its limits are unknown, so nothing more is checked.
    volume_type t = volume_type::gp2; // the API's default
    if (p.type) {
        if (auto k = p.type->known())
            t = *k;
        else
            return;
    }
    const volume_limits& l = limits_of(t);
    std::string_view tn = core::to_wire(t);
    if (p.size && (p.size->count() < l.min_size_gib || p.size->count() > l.max_size_gib))
        c.error(id.size, id.member.size,
                cat("a ", tn, " volume is ", l.min_size_gib, "-", l.max_size_gib, " GiB; got ", p.size->count(), " GiB"));
    if (!p.iops && l.iops_required)
        c.error(id.iops_required, id.member.iops,
                cat("a ", tn, " volume needs Iops (", l.min_iops, "-", l.max_iops, ")"));
    if (p.iops && !l.iops_allowed)
        c.error(id.iops_not_allowed, id.member.iops,
                cat(tn, " volumes take no Iops: their performance follows from their size; use gp3, io1 or io2 to provision IOPS"));
    if (p.iops && l.iops_allowed) {
        auto n = p.iops->count();
        if (n < l.min_iops || n > l.max_iops)
            c.error(id.iops_range, id.member.iops,
                    cat("a ", tn, " volume takes ", l.min_iops, "-", l.max_iops, " IOPS; got ", n));
        else if (p.size && l.max_iops_per_gib && static_cast<std::int64_t>(n) > std::int64_t(l.max_iops_per_gib) * p.size->count())
            c.error(id.iops_ratio, id.member.iops,
                    cat(n, " IOPS on ", p.size->count(), " GiB exceeds ", l.max_iops_per_gib, " IOPS per GiB for ", tn,
                        "; make the volume at least ", (n + l.max_iops_per_gib - 1) / l.max_iops_per_gib,
                        " GiB or lower the IOPS"));
    }
    if (p.throughput) {
        auto tp = p.throughput->count();
        if (!l.throughput_allowed)
            c.error(id.throughput, id.member.throughput, cat("only gp3 volumes take Throughput; this one is ", tn));
        else if (tp < l.min_throughput || tp > l.max_throughput)
            c.error(id.throughput, id.member.throughput,
                    cat("gp3 throughput is ", l.min_throughput, "-", l.max_throughput, " MiB/s; got ", tp));
        else {
            std::int64_t io = p.iops ? p.iops->count() : gp3_baseline_iops;
            if (tp > gp3_max_throughput_for(io))
                c.error(id.throughput_ratio, id.member.throughput,
                        cat(tp, " MiB/s needs at least ", tp * 4, " IOPS (0.25 MiB/s per IOPS); the volume has ", io,
                            p.iops ? "" : " (the gp3 baseline)"));
        }
    }
    if (p.kms_key_id && !(p.encrypted && *p.encrypted))
        c.error(id.kms_needs_encryption, id.member.kms_key_id, "a KmsKeyId needs \"Encrypted\": true");
    if (p.initialization_rate) {
        auto r = p.initialization_rate->count();
        if (!p.has_snapshot)
            c.error(id.initialization_rate, id.member.initialization_rate,
                    "VolumeInitializationRate applies only to a volume created from a snapshot (SnapshotId)");
        else if (r < min_volume_initialization_rate || r > max_volume_initialization_rate)
            c.error(id.initialization_rate, id.member.initialization_rate,
                    cat("the initialization rate is ", min_volume_initialization_rate, "-",
                        max_volume_initialization_rate, " MiB/s; got ", r));
    }
}

} // namespace detail

/// EBS-CV-001..016 (EBS-CV-003 and -013 come from the member types).
inline void validate_rules(const create_volume_request& r, core::checker_like auto& c) {
    using R = create_volume_request;
    if (r.availability_zone.has_value() == r.availability_zone_id.has_value())
        c.error("EBS-CV-001",
                r.availability_zone ? core::member<&R::availability_zone_id> : core::member<&R::availability_zone>,
                r.availability_zone ? "give AvailabilityZone or AvailabilityZoneId, not both"
                                    : "the volume needs an AvailabilityZone (or an AvailabilityZoneId)");
    detail::check_ebs({r.volume_type, r.size, r.iops, r.throughput, r.volume_initialization_rate,
                       r.snapshot_id.has_value(), r.kms_key_id, r.encrypted},
                      create_volume_rules, c);
    if (r.multi_attach_enabled && *r.multi_attach_enabled && r.volume_type && r.volume_type->known() &&
        !limits_of(*r.volume_type->known()).multi_attach)
        c.error("EBS-CV-011", core::member<&R::multi_attach_enabled>,
                core::cat("Multi-Attach is for io1 and io2 volumes only; this one is ", r.volume_type->wire_view()));
    else if (r.multi_attach_enabled && *r.multi_attach_enabled && !r.volume_type)
        c.error("EBS-CV-011", core::member<&R::multi_attach_enabled>,
                "Multi-Attach is for io1 and io2 volumes only; without VolumeType the volume is gp2");
    if (r.outpost_arn) {
        auto a = core::parts(*r.outpost_arn);
        if (a && (a->service != "outposts" || a->resource.substr(0, 8) != "outpost/"))
            c.error("EBS-CV-016", core::member<&R::outpost_arn>,
                    core::cat("\"", r.outpost_arn->view(), "\" is not an Outpost ARN (arn:aws:outposts:<region>:<account>:outpost/op-...)"));
    }
    check_tag_specifications(r.tag_specifications, c, core::member<&R::tag_specifications>, {resource_type::volume},
                             "EBS-CV-015");
}

/// EC2-RI-017..022: the EBS table applied to a block device mapping.
inline void validate_rules(const ebs_block_device& e, core::checker_like auto& c) {
    detail::check_ebs({e.volume_type, e.volume_size, e.iops, e.throughput, e.volume_initialization_rate,
                       e.snapshot_id.has_value(), e.kms_key_id, e.encrypted},
                      block_device_rules, c);
}

} // namespace awsmodel::ec2

// The codecs of the shapes awsmodel/shapes.hpp lists for this header, extern with separate compilation.
AWSMODEL_EXTERN_CODECS(AWSMODEL_SHAPES_EC2_EBS_VOLUME);

#endif
