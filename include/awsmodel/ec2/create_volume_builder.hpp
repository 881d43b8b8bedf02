// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_EC2_CREATE_VOLUME_BUILDER_HPP
#define AWSMODEL_EC2_CREATE_VOLUME_BUILDER_HPP

/// A CreateVolume request whose mistakes stop compilation where they can:
///
///   auto req = ec2::create_volume<ec2::volume_type::gp3>()
///                  .availability_zone("eu-west-1a").size(200).iops(6000).throughput(500)
///                  .build();   // core::result<create_volume_request>: the rest is checked here
///
/// A literal size, IOPS or throughput outside the volume type's limits does not compile;
/// `build()` does not compile without a zone, without a size or snapshot, or without IOPS on
/// io1/io2. Values known only at run time go through the `core::gibibytes` / `core::iops` /
/// `core::mebibytes_per_second` overloads and are checked by `build()`.

#include <awsmodel/core/result.hpp>
#include <awsmodel/core/validate.hpp>
#include <awsmodel/ec2/ebs_volume.hpp>

#include <string>
#include <utility>

namespace awsmodel::ec2 {

namespace literal_error {
void volume_size_is_outside_the_range_of_its_volume_type();
void iops_are_outside_the_range_of_the_volume_type();
void throughput_is_outside_125_to_2000_mibps();
} // namespace literal_error

/// A literal size checked against `Type`'s range (EBS-CV-004) when compiled.
template <volume_type Type>
struct volume_size {
    core::gibibytes value;
    consteval volume_size(int gib) : value(gib) {
        if (gib < limits_of(Type).min_size_gib || gib > limits_of(Type).max_size_gib)
            literal_error::volume_size_is_outside_the_range_of_its_volume_type();
    }
};

/// Literal provisioned IOPS checked against `Type`'s range (EBS-CV-007) when compiled.
template <volume_type Type>
struct provisioned_iops {
    core::iops value;
    consteval provisioned_iops(int n) : value(n) {
        if (n < limits_of(Type).min_iops || n > limits_of(Type).max_iops)
            literal_error::iops_are_outside_the_range_of_the_volume_type();
    }
};

/// Literal gp3 throughput checked against 125-2000 MiB/s (EBS-CV-009) when compiled.
struct gp3_throughput {
    core::mebibytes_per_second value;
    consteval gp3_throughput(int mibps) : value(mibps) {
        const auto& l = limits_of(volume_type::gp3);
        if (mibps < l.min_throughput || mibps > l.max_throughput) literal_error::throughput_is_outside_125_to_2000_mibps();
    }
};

template <volume_type Type, bool HasPlace = false, bool HasCapacity = false, bool HasIops = false>
class create_volume_builder {
    template <volume_type, bool, bool, bool> friend class create_volume_builder;
    template <bool P, bool C, bool I>
    using next = create_volume_builder<Type, P, C, I>;

public:
    create_volume_builder() { request_.volume_type = Type; }

    next<true, HasCapacity, HasIops> availability_zone(std::string zone) && {
        request_.availability_zone = std::move(zone);
        return std::move(*this).template as<true, HasCapacity, HasIops>();
    }
    next<true, HasCapacity, HasIops> availability_zone_id(std::string zone_id) && {
        request_.availability_zone_id = std::move(zone_id);
        return std::move(*this).template as<true, HasCapacity, HasIops>();
    }
    next<HasPlace, true, HasIops> size(volume_size<Type> s) && {
        request_.size = s.value;
        return std::move(*this).template as<HasPlace, true, HasIops>();
    }
    next<HasPlace, true, HasIops> size(core::gibibytes s) && {
        request_.size = s;
        return std::move(*this).template as<HasPlace, true, HasIops>();
    }
    next<HasPlace, true, HasIops> snapshot(snapshot_id id) && {
        request_.snapshot_id = std::move(id);
        return std::move(*this).template as<HasPlace, true, HasIops>();
    }
    next<HasPlace, HasCapacity, true> iops(provisioned_iops<Type> n) &&
        requires(limits_of(Type).iops_allowed)
    {
        request_.iops = n.value;
        return std::move(*this).template as<HasPlace, HasCapacity, true>();
    }
    next<HasPlace, HasCapacity, true> iops(core::iops n) &&
        requires(limits_of(Type).iops_allowed)
    {
        request_.iops = n;
        return std::move(*this).template as<HasPlace, HasCapacity, true>();
    }
    create_volume_builder throughput(gp3_throughput t) &&
        requires(Type == volume_type::gp3)
    {
        request_.throughput = t.value;
        return std::move(*this);
    }
    create_volume_builder throughput(core::mebibytes_per_second t) &&
        requires(Type == volume_type::gp3)
    {
        request_.throughput = t;
        return std::move(*this);
    }
    /// Encrypts with the account's default key, or with `key`.
    create_volume_builder encrypted(std::optional<kms_key_reference> key = std::nullopt) && {
        request_.encrypted = true;
        request_.kms_key_id = std::move(key);
        return std::move(*this);
    }
    create_volume_builder multi_attach() &&
        requires(limits_of(Type).multi_attach)
    {
        request_.multi_attach_enabled = true;
        return std::move(*this);
    }
    create_volume_builder tag(std::string key, std::string value) && {
        ec2::add_tag(request_.tag_specifications, resource_type::volume, std::move(key), std::move(value));
        return std::move(*this);
    }

    /// The request, or every rule it breaks (ratios, tags, keys: what literals cannot show).
    core::result<create_volume_request> build() && {
        static_assert(HasPlace, "create_volume_builder::build() requires 'availability_zone'; call "
                                ".availability_zone(...) or .availability_zone_id(...)");
        static_assert(HasCapacity, "create_volume_builder::build() requires 'size'; call .size(...) or .snapshot(...)");
        static_assert(HasIops || !limits_of(Type).iops_required,
                      "create_volume_builder::build() requires 'iops' for io1 and io2 volumes; call .iops(...)");
        core::diagnostics ds = core::validate(request_);
        if (core::has_errors(ds)) return core::result<create_volume_request>(std::move(ds));
        return core::result<create_volume_request>(std::move(request_), std::move(ds));
    }

private:
    template <bool P, bool C, bool I>
    next<P, C, I> as() && {
        next<P, C, I> n;
        n.request_ = std::move(request_);
        return n;
    }
    create_volume_request request_;
};

/// Starts a CreateVolume request for a volume of `Type`.
template <volume_type Type>
create_volume_builder<Type> create_volume() {
    return {};
}

} // namespace awsmodel::ec2

#endif
