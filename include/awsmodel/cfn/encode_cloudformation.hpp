// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CFN_ENCODE_CLOUDFORMATION_HPP
#define AWSMODEL_CFN_ENCODE_CLOUDFORMATION_HPP

// core::encode_cloudformation: an API document (or what a builder built) as a CloudFormation
// template of the one resource it creates.

#include <awsmodel/cfn/properties.hpp>
#include <awsmodel/cfn/resource_types.hpp>
#include <awsmodel/cfn/typed_properties.hpp>
#include <awsmodel/core/result.hpp>

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace awsmodel::cfn {

namespace detail {
template <class T, class... Rs>
struct first_resource_of {
    using type = void;
};
template <class T, class R, class... Rs>
struct first_resource_of<T, R, Rs...> {
    using type = std::conditional_t<std::is_same_v<typename R::api_type, T>, R, typename first_resource_of<T, Rs...>::type>;
};
#define AWSMODEL_DETAIL_CFN_TYPE(R) , R
template <class T>
using resource_of_t = typename first_resource_of<T AWSMODEL_CFN_RESOURCE_TYPES(AWSMODEL_DETAIL_CFN_TYPE)>::type;
#undef AWSMODEL_DETAIL_CFN_TYPE

/// A template of one resource of CloudFormation type `type`.
inline std::string one_resource_template(std::string_view type, std::string_view logical_id, boost::json::value properties) {
    if (logical_id.empty()) logical_id = type.substr(type.rfind(':') + 1);
    boost::json::object resource{{"Type", type}, {"Properties", std::move(properties)}};
    boost::json::object resources;
    resources[logical_id] = std::move(resource);
    boost::json::object tmpl{{"AWSTemplateFormatVersion", "2010-09-09"}, {"Resources", std::move(resources)}};
    return boost::json::serialize(tmpl);
}

// A name for the diagnostic below: the compiler prints the template argument.
template <class T>
constexpr bool is_the_properties_of_a_cloudformation_resource_awsmodel_models = !std::is_void_v<resource_of_t<T>>;
} // namespace detail

/// The CloudFormation resource whose Properties the API document `T` is (void for none).
template <class T>
using resource_of = detail::resource_of_t<T>;

/// What a template needs besides the resource.
struct template_options {
    /// The resource's logical id; empty for the last part of its type ("TaskDefinition").
    std::string_view logical_id{};
};

} // namespace awsmodel::cfn

namespace awsmodel::core {

/// `value` (a RegisterTaskDefinition, CreateCluster, CreateService, RunInstances, CreateVolume,
/// CreateKeyPair or ImportKeyPair request, or a launch template's Properties) as a template of
/// the one resource it creates:
/// `{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"<id>":{"Type":...,"Properties":...}}}`.
/// What CloudFormation cannot hold is appended to `not_carried_over`, at its pointer in `value`.
template <class T>
std::string encode_cloudformation(const T& value, std::vector<cfn::note>& not_carried_over,
                                  const cfn::template_options& options = {}) {
    static_assert(cfn::detail::is_the_properties_of_a_cloudformation_resource_awsmodel_models<T>,
                  "encode_cloudformation(value) takes a request that creates a resource awsmodel models in "
                  "CloudFormation (cfn/resource_types.hpp): a RegisterTaskDefinition, CreateCluster, CreateService, "
                  "RunInstances, CreateVolume, CreateKeyPair or ImportKeyPair request");
    if constexpr (cfn::detail::is_the_properties_of_a_cloudformation_resource_awsmodel_models<T>) {
        using R = cfn::resource_of<T>;
        return cfn::detail::one_resource_template(R::type, options.logical_id, cfn::to_properties<R>(value, not_carried_over));
    } else {
        return {}; // not reached: the assertion above has failed
    }
}

/// Typed Properties (cfn/typed_properties.hpp) as a template of their resource, with the
/// functions and other values they keep where they were read.
template <cfn::resource R>
std::string encode_cloudformation(const cfn::typed_properties<R>& typed, std::vector<cfn::note>& not_carried_over,
                                  const cfn::template_options& options = {}) {
    return cfn::detail::one_resource_template(R::type, options.logical_id, cfn::to_properties(typed, not_carried_over));
}

/// As above, for a caller that knows nothing is lost or does not mind.
template <class T>
std::string encode_cloudformation(const T& value, const cfn::template_options& options = {}) {
    std::vector<cfn::note> ignored;
    return encode_cloudformation(value, ignored, options);
}

/// What a builder built: the template, or the findings that left it without a value.
template <class T>
result<std::string> encode_cloudformation(const result<T>& built, const cfn::template_options& options = {}) {
    if (!built.has_value()) return result<std::string>(built.diagnostics());
    return result<std::string>(encode_cloudformation(*built, options), built.diagnostics());
}

/// A builder: `encode_cloudformation(std::move(builder))` is `encode_cloudformation(builder.build())`,
/// so a builder that lacks what its build() requires does not compile here either.
template <class Builder>
    requires requires(Builder&& b) { std::move(b).build(); }
auto encode_cloudformation(Builder&& builder, const cfn::template_options& options = {}) {
    return encode_cloudformation(std::move(builder).build(), options);
}

} // namespace awsmodel::core

#endif
