// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_IAM_MANAGED_POLICY_HPP
#define AWSMODEL_IAM_MANAGED_POLICY_HPP

/// Customer managed policies: CreatePolicy, the Policy it describes, and a PolicyVersion (whose
/// Document GetPolicyVersion returns URL-encoded).
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_Policy.html
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_PolicyVersion.html

#include <awsmodel/core/arn.hpp>
#include <awsmodel/core/codec_fwd.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/iam/policy.hpp>
#include <awsmodel/iam/tag.hpp>
#include <awsmodel/shapes.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace awsmodel::iam {

using managed_policy_text = policy_document_text<managed_policy, false>;
using managed_policy_answer = policy_document_text<managed_policy, true>;

/// botocore iam `CreatePolicyRequest`.
struct create_policy_request : core::model {
    std::string policy_name;
    std::optional<std::string> path;
    managed_policy_text policy_document;
    std::optional<std::string> description;
    std::optional<std::vector<tag>> tags;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = create_policy_request;
        return core::fields<core::pascal_case,
                            core::field<&T::policy_name, core::with{.min = 1, .max = 128, .pattern = "[\\w+=,.@-]+"}>,
                            core::field<&T::path, core::with{.min = 1, .max = 512, .pattern = "((/[A-Za-z0-9\\.,\\+@=_-]+)*)/"}>,
                            core::field<&T::policy_document, core::with{.min = 1, .max = 131072, .pattern = "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"}>,
                            core::field<&T::description, core::with{.max = 1000}>,
                            core::field<&T::tags, core::with{.max = 50}>>();
    }
    friend bool operator==(const create_policy_request&, const create_policy_request&) = default;
};

/// botocore iam `Policy`.
struct policy : core::model {
    std::optional<std::string> policy_name;
    std::optional<std::string> policy_id;
    std::optional<core::arn> arn;
    std::optional<std::string> path;
    std::optional<std::string> default_version_id;
    std::optional<std::int32_t> attachment_count;
    std::optional<std::int32_t> permissions_boundary_usage_count;
    std::optional<bool> is_attachable;
    std::optional<std::string> description;
    std::optional<timestamp> create_date;
    std::optional<timestamp> update_date;
    std::optional<std::vector<tag>> tags;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = policy;
        return core::fields<core::pascal_case,
                            core::field<&T::policy_name, core::with{.min = 1, .max = 128, .pattern = "[\\w+=,.@-]+"}>,
                            core::field<&T::policy_id, core::with{.min = 16, .max = 128, .pattern = "[\\w]+"}>,
                            core::field<&T::arn, core::with{.min = 20, .max = 2048}>,
                            core::field<&T::path, core::with{.min = 1, .max = 512, .pattern = "((/[A-Za-z0-9\\.,\\+@=_-]+)*)/"}>,
                            core::field<&T::default_version_id, core::with{.pattern = "v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?"}>,
                            core::field<&T::attachment_count>,
                            core::field<&T::permissions_boundary_usage_count>,
                            core::field<&T::is_attachable>,
                            core::field<&T::description, core::with{.max = 1000}>,
                            core::field<&T::create_date>,
                            core::field<&T::update_date>,
                            core::field<&T::tags, core::with{.max = 50}>>();
    }
    friend bool operator==(const policy&, const policy&) = default;
};

/// botocore iam `PolicyVersion`.
struct policy_version_info : core::model {
    std::optional<managed_policy_answer> document;
    std::optional<std::string> version_id;
    std::optional<bool> is_default_version;
    std::optional<timestamp> create_date;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = policy_version_info;
        return core::fields<core::pascal_case,
                            core::field<&T::document, core::with{.min = 1, .max = 131072, .pattern = "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"}>,
                            core::field<&T::version_id, core::with{.pattern = "v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?"}>,
                            core::field<&T::is_default_version>,
                            core::field<&T::create_date>>();
    }
    friend bool operator==(const policy_version_info&, const policy_version_info&) = default;
};

} // namespace awsmodel::iam

// The codecs of the shapes awsmodel/shapes.hpp lists for this header, extern with separate compilation.
AWSMODEL_EXTERN_CODECS(AWSMODEL_SHAPES_IAM_MANAGED_POLICY);

#endif
