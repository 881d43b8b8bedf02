// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_EC2_ATTACH_VOLUME_HPP
#define AWSMODEL_EC2_ATTACH_VOLUME_HPP

/// AttachVolume: the request that attaches an EBS volume to an instance, and the VolumeAttachment
/// EC2 answers with (ec2/ebs_volume.hpp). Most of what makes an attachment fail is in other
/// documents: the volume's state and zone, the instance's state, zone and device names. Those
/// rules read the volume and the instance from the validation context and are skipped without
/// them:
///
///   core::validation_context context{described_volume, described_instance};
///   auto findings = core::validate(request, context);   // EBS-AV-001..006
///
/// The rules, catalogued as ../shared/rules.md does (id, source, check: C literal-checkable, R run
/// time with the request, X run time with the context, S the service only):
///
/// | id | source | check |
/// |---|---|---|
/// | EBS-AV-001 Device has a device name's form | EBS-DN (device naming guide) | C |
/// | EBS-AV-002 Device is a recommended data-volume name (warning) | EBS-DN | C |
/// | EBS-AV-003 the volume is available, or in use with Multi-Attach and not on this instance | BM-EC2 AttachVolume (VolumeInUse, IncorrectState); EBS-MA | X (volume) |
/// | EBS-AV-004 the volume and the instance share an Availability Zone | BM-EC2 AttachVolume | X (volume, instance) |
/// | EBS-AV-005 the instance is running or stopped | EBS-ATT (attaching guide) | X (instance) |
/// | EBS-AV-006 no volume of the instance uses the device name | EBS-DN | X (instance) |
///
/// Not checked: that the volume and instance exist and belong to the account, that the instance
/// type takes one more volume and supports the volume's encryption (S).
///
/// BM-EC2: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AttachVolume.html
/// EBS-ATT: https://docs.aws.amazon.com/ebs/latest/userguide/ebs-attaching-volume.html
/// EBS-DN: https://docs.aws.amazon.com/ebs/latest/userguide/device_naming.html
/// EBS-MA: https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volumes-multi.html

#include <awsmodel/core/checker.hpp>
#include <awsmodel/core/codec_fwd.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/ec2/ebs_volume.hpp>
#include <awsmodel/ec2/instance.hpp>
#include <awsmodel/shapes.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace awsmodel::ec2 {

/// botocore ec2 `AttachVolumeRequest`.
struct attach_volume_request : core::model {
    /// The device name the instance sees: /dev/sdf (Linux), xvdf (Windows).
    std::string device;
    ec2::instance_id instance_id;
    ec2::volume_id volume_id;
    /// The EBS card of instance types with several (the rest have card 0).
    std::optional<std::int32_t> ebs_card_index;
    std::optional<bool> dry_run;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = attach_volume_request;
        return core::fields<core::pascal_case, core::field<&T::device>, core::field<&T::instance_id>,
                            core::field<&T::volume_id>, core::field<&T::ebs_card_index>, core::field<&T::dry_run>>();
    }
    friend bool operator==(const attach_volume_request&, const attach_volume_request&) = default;
};

namespace attach_volume_detail {

constexpr bool lower(char c) noexcept { return c >= 'a' && c <= 'z'; }

/// A name of the forms the device naming guide lists: a prefix (/dev/sd, /dev/xvd, /dev/hd or,
/// on Windows, xvd), one or two letters, and optionally a partition 1-15 (/dev/sda1).
constexpr bool is_device_name(std::string_view d) noexcept {
    std::string_view rest;
    for (std::string_view prefix : {"/dev/sd", "/dev/xvd", "/dev/hd", "xvd"})
        if (d.starts_with(prefix)) {
            rest = d.substr(prefix.size());
            break;
        }
    if (rest.empty() || !lower(rest[0])) return false;
    std::size_t letters = rest.size() > 1 && lower(rest[1]) ? 2 : 1;
    std::string_view partition = rest.substr(letters);
    if (partition.empty()) return true;
    if (partition.size() > 2 || partition[0] < '1' || partition[0] > '9') return false;
    int n = 0;
    for (char c : partition) {
        if (c < '0' || c > '9') return false;
        n = n * 10 + (c - '0');
    }
    return n <= 15;
}

/// The names the guide recommends for data volumes: /dev/sd[f-p], /dev/xvd[f-p], xvd[f-p]. Others
/// are reserved for the root volume or instance store on some instance types.
constexpr bool is_recommended_device_name(std::string_view d) noexcept {
    for (std::string_view prefix : {"/dev/sd", "/dev/xvd", "xvd"})
        if (d.starts_with(prefix) && d.size() == prefix.size() + 1) {
            char c = d.back();
            return c >= 'f' && c <= 'p';
        }
    return false;
}

/// The volume the request names, from a context holding a Volume or a DescribeVolumes result.
inline const volume* volume_named(const attach_volume_request& r, const core::checker& c) {
    if (const volume* v = c.document<volume>(); v && v->volume_id == r.volume_id) return v;
    if (const auto* page = c.document<describe_volumes_result>(); page && page->volumes)
        for (const volume& v : *page->volumes)
            if (v.volume_id == r.volume_id) return &v;
    return nullptr;
}

/// The instance the request names, from a context holding an Instance or a DescribeInstances result.
inline const instance* instance_named(const attach_volume_request& r, const core::checker& c) {
    if (const instance* i = c.document<instance>(); i && i->instance_id == r.instance_id) return i;
    if (const auto* page = c.document<describe_instances_result>(); page && page->reservations)
        for (const reservation& res : *page->reservations)
            if (res.instances)
                for (const instance& i : *res.instances)
                    if (i.instance_id == r.instance_id) return &i;
    return nullptr;
}

} // namespace attach_volume_detail

/// EBS-AV-001..006. A context document counts only when it describes the request's volume or
/// instance (by id): one describing another resource says nothing about this attachment.
inline void validate_rules(const attach_volume_request& r, core::checker_like auto& c) {
    using namespace attach_volume_detail;
    using core::cat;
    using R = attach_volume_request;
    constexpr auto device = core::member<&R::device>;
    if (!is_device_name(r.device))
        c.error("EBS-AV-001", device,
                cat("\"", r.device, "\" is not a device name EC2 attaches volumes at: use /dev/sd[f-p] on Linux (e.g. "
                                    "/dev/sdf) or xvd[f-p] on Windows (e.g. xvdf)"));
    else if (!is_recommended_device_name(r.device))
        c.warning("EBS-AV-002", device,
                  cat("\"", r.device, "\" is outside the names recommended for EBS data volumes (/dev/sd[f-p], xvd[f-p]); "
                                      "other names may be the root device's or instance store's"));

    const volume* v = volume_named(r, c);
    const instance* i = instance_named(r, c);
    if (v && v->state) {
        const bool multi_attach = v->multi_attach_enabled.value_or(false);
        const auto state = v->state->known();
        if (state != volume_state::available && !(multi_attach && state == volume_state::in_use))
            c.error("EBS-AV-003", core::member<&R::volume_id>,
                    cat("the volume is ", v->state->wire_view(), "; only an available volume can be attached",
                        multi_attach ? " (or an in-use one, as it has Multi-Attach)" : ""));
        if (multi_attach && v->attachments)
            for (const volume_attachment& a : *v->attachments)
                if (a.instance_id == r.instance_id)
                    c.error("EBS-AV-003", core::member<&R::volume_id>,
                            cat("the volume is already attached to ", r.instance_id.view(), " at ", a.device.value_or("?"),
                                "; a Multi-Attach volume is attached once per instance"));
    }
    if (v && i && v->availability_zone && i->placement && i->placement->availability_zone &&
        *v->availability_zone != *i->placement->availability_zone)
        c.error("EBS-AV-004", core::member<&R::instance_id>,
                cat("the volume is in ", *v->availability_zone, " and the instance in ", *i->placement->availability_zone,
                    "; a volume attaches only to instances of its own Availability Zone (copy a snapshot of it "
                    "into a volume of the instance's zone)"));
    if (i && i->state && i->state->name) {
        const auto state = i->state->name->known();
        if (state != instance_state_name::running && state != instance_state_name::stopped)
            c.error("EBS-AV-005", core::member<&R::instance_id>,
                    cat("the instance is ", i->state->name->wire_view(),
                        "; volumes attach to running or stopped instances only"));
    }
    if (i && i->block_device_mappings)
        for (const instance_block_device_mapping& m : *i->block_device_mappings)
            if (m.device_name && *m.device_name == r.device)
                c.error("EBS-AV-006", device,
                        cat("the instance already has a volume at ", r.device,
                            m.ebs && m.ebs->volume_id ? cat(" (", m.ebs->volume_id->view(), ")") : std::string(),
                            "; choose a free device name"));
}

} // namespace awsmodel::ec2

// The codecs of the shapes awsmodel/shapes.hpp lists for this header, extern with separate compilation.
AWSMODEL_EXTERN_CODECS(AWSMODEL_SHAPES_EC2_ATTACH_VOLUME);

#endif
