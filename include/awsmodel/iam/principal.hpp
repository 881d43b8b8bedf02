// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_IAM_PRINCIPAL_HPP
#define AWSMODEL_IAM_PRINCIPAL_HPP

/// A statement's Principal or NotPrincipal: `"*"`, or an object of AWS, Service, Federated and
/// CanonicalUser principals, each a string or a list. A string stays a string and a list a list.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html

#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/one_of.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::iam {

/// A string or a list of strings, as Action, Resource and each kind of principal take them.
using string_or_list = core::one_of<std::string, std::vector<std::string>>;

/// The strings of a string_or_list, in order, for code that does not care which form it had.
inline std::vector<std::string_view> values_of(const string_or_list& v) {
    if (const auto* s = v.get_if<std::string>()) return {*s};
    std::vector<std::string_view> out;
    for (const auto& e : *v.get_if<std::vector<std::string>>()) out.push_back(e);
    return out;
}

/// The principals of a Principal object, by kind.
struct principal_map : core::model {
    std::optional<string_or_list> aws;            ///< accounts, IAM users and roles, or "*"
    std::optional<string_or_list> service;        ///< service principals: ecs-tasks.amazonaws.com
    std::optional<string_or_list> federated;      ///< identity providers
    std::optional<string_or_list> canonical_user; ///< S3 canonical user ids
    core::extra_members extra;

    static constexpr auto fields() {
        using T = principal_map;
        return core::fields<core::pascal_case,
                            core::field<&T::aws, core::with{.name = "AWS"}>,
                            core::field<&T::service>,
                            core::field<&T::federated>,
                            core::field<&T::canonical_user>>();
    }
    friend bool operator==(const principal_map&, const principal_map&) = default;
};

/// `"*"` (everyone) or a principal_map.
using principal = core::one_of<std::string, principal_map>;

} // namespace awsmodel::iam

#endif
