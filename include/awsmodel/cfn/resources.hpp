// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CFN_RESOURCES_HPP
#define AWSMODEL_CFN_RESOURCES_HPP

// What a template reader asks of a resource: whether its type is modelled, the findings of its
// Properties by the rules of the API document they stand for, and its Properties written again
// from their typed form.

#include <awsmodel/cfn/properties.hpp>
#include <awsmodel/cfn/resource_types.hpp>
#include <awsmodel/cfn/typed_properties.hpp>
#include <awsmodel/core/decode_options.hpp>
#include <awsmodel/core/diagnostic.hpp>

#include <boost/json/value.hpp>

#include <optional>
#include <string_view>
#include <vector>

namespace awsmodel::cfn {

namespace detail {
template <class R>
bool takes(const boost::json::value& properties) {
    if constexpr (requires { R::takes(properties); })
        return R::takes(properties);
    else
        return true;
}
} // namespace detail

/// Whether awsmodel models `resource_type` ("AWS::ECS::TaskDefinition").
inline bool is_supported(std::string_view resource_type) noexcept {
    bool found = false;
#define AWSMODEL_DETAIL_CFN_IS(R) found = found || R::type == resource_type;
    AWSMODEL_CFN_RESOURCE_TYPES(AWSMODEL_DETAIL_CFN_IS)
#undef AWSMODEL_DETAIL_CFN_IS
    return found;
}

/// The findings of a resource's `Properties`, at pointers relative to `Properties`
/// (`/ContainerDefinitions/0/Image`), by the rules of the API document they stand for, with the
/// same rule ids; a member holding an intrinsic function skips the checks that need its value
/// (cfn::validate in cfn/properties.hpp). nullopt when the type is not modelled.
inline std::optional<std::vector<core::diagnostic>> validate_properties(std::string_view resource_type,
                                                                        const boost::json::value& properties,
                                                                        const core::decode_options& opt = {}) {
    std::optional<std::vector<core::diagnostic>> out;
#define AWSMODEL_DETAIL_CFN_VALIDATE(R)                                                                         \
    if (!out && R::type == resource_type && detail::takes<R>(properties)) out = validate<R>(properties, opt);
    AWSMODEL_CFN_RESOURCE_TYPES(AWSMODEL_DETAIL_CFN_VALIDATE)
#undef AWSMODEL_DETAIL_CFN_VALIDATE
    return out;
}

/// A resource's `Properties` read as typed Properties (cfn::read_properties) and written again
/// (cfn::to_properties): literals in the type each property takes, functions and the other kept
/// values where they were. nullopt when the type is not modelled; findings point into `properties`.
inline std::optional<conversion<boost::json::value>> reencode_properties(std::string_view resource_type,
                                                                         const boost::json::value& properties,
                                                                         const core::decode_options& opt = {}) {
    std::optional<conversion<boost::json::value>> out;
    auto reencode = [&]<class R>(R*) {
        auto c = read_properties<R>(properties, opt);
        conversion<boost::json::value> r{core::result<boost::json::value>(c.value.diagnostics()), std::move(c.not_carried_over)};
        if (c.value.has_value())
            r.value = core::result<boost::json::value>(to_properties(*c.value, r.not_carried_over), c.value.diagnostics());
        out = std::move(r);
    };
#define AWSMODEL_DETAIL_CFN_REENCODE(R) \
    if (!out && R::type == resource_type && detail::takes<R>(properties)) reencode(static_cast<R*>(nullptr));
    AWSMODEL_CFN_RESOURCE_TYPES(AWSMODEL_DETAIL_CFN_REENCODE)
#undef AWSMODEL_DETAIL_CFN_REENCODE
    return out;
}

} // namespace awsmodel::cfn

#endif
