// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_ATTACHMENT_HPP
#define AWSMODEL_ECS_ATTACHMENT_HPP

#include <awsmodel/core/fields.hpp>
#include <awsmodel/ecs/key_value_pair.hpp>

#include <optional>
#include <string>
#include <vector>

namespace awsmodel::ecs {

/// botocore ecs `Attachment`: a resource ECS attached to a cluster (capacity provider scaling
/// plans and policies, Service Connect) or to a task (its elastic network interface).
/// `type` and `status` are open strings in the model (`asp`, `as_policy`, `managed_draining`,
/// `sc`, `ElasticNetworkInterface`; `PRECREATED`, `CREATED`, `ATTACHED`, `DELETED`, ...), so
/// they stay strings: AWS adds values without a model change.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Attachment.html
struct attachment : core::model {
    std::optional<std::string> id;
    std::optional<std::string> type;
    std::optional<std::string> status;
    std::optional<std::vector<key_value_pair>> details;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = attachment;
        return core::fields<core::camel_case,
                            core::field<&T::id>,
                            core::field<&T::type>,
                            core::field<&T::status>,
                            core::field<&T::details>>();
    }
    friend bool operator==(const attachment&, const attachment&) = default;
};

} // namespace awsmodel::ecs

#endif
