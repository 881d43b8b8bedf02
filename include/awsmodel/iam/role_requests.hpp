// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_IAM_ROLE_REQUESTS_HPP
#define AWSMODEL_IAM_ROLE_REQUESTS_HPP

/// IAM roles through the API: CreateRole, the Role it describes (GetRole), PutRolePolicy and
/// GetRolePolicy. The policy documents are policy_document_text members: JSON text in requests,
/// URL-encoded JSON in answers, each checked as the kind of policy it is (a trust policy, a role's
/// inline policy).
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_Role.html
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutRolePolicy.html
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRolePolicy.html

#include <awsmodel/core/arn.hpp>
#include <awsmodel/core/codec_fwd.hpp>
#include <awsmodel/core/enum.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/iam/policy.hpp>
#include <awsmodel/iam/tag.hpp>
#include <awsmodel/shapes.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::iam {

/// A trust policy as CreateRole takes it, and as Role returns it (URL-encoded).
using trust_policy_text = policy_document_text<trust_policy, false>;
using trust_policy_answer = policy_document_text<trust_policy, true>;
/// A role's inline policy as PutRolePolicy takes it, and as GetRolePolicy returns it.
using role_policy_text = policy_document_text<role_inline_policy, false>;
using role_policy_answer = policy_document_text<role_inline_policy, true>;

/// botocore iam `CreateRoleRequest`.
struct create_role_request : core::model {
    std::optional<std::string> path;
    std::string role_name;
    trust_policy_text assume_role_policy_document;
    std::optional<std::string> description;
    std::optional<std::int32_t> max_session_duration; ///< seconds, 3600-43200
    std::optional<core::arn> permissions_boundary;
    std::optional<std::vector<tag>> tags;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = create_role_request;
        return core::fields<core::pascal_case,
                            core::field<&T::path, core::with{.min = 1, .max = 512, .pattern = "(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)"}>,
                            core::field<&T::role_name, core::with{.min = 1, .max = 64, .pattern = "[\\w+=,.@-]+"}>,
                            core::field<&T::assume_role_policy_document, core::with{.min = 1, .max = 131072, .pattern = "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"}>,
                            core::field<&T::description, core::with{.max = 1000, .pattern = "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*"}>,
                            core::field<&T::max_session_duration, core::with{.min = 3600, .max = 43200, .aws_default = "3600"}>,
                            core::field<&T::permissions_boundary, core::with{.min = 20, .max = 2048}>,
                            core::field<&T::tags, core::with{.max = 50}>>();
    }
    friend bool operator==(const create_role_request&, const create_role_request&) = default;
};

/// botocore iam `PermissionsBoundaryAttachmentType`.
enum class permissions_boundary_attachment_type { permissions_boundary_policy };
constexpr auto wire_names(permissions_boundary_attachment_type) noexcept {
    return std::to_array<std::string_view>({"PermissionsBoundaryPolicy"});
}

/// botocore iam `AttachedPermissionsBoundary`.
struct attached_permissions_boundary : core::model {
    std::optional<core::open_enum<permissions_boundary_attachment_type>> permissions_boundary_type;
    std::optional<core::arn> permissions_boundary_arn;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = attached_permissions_boundary;
        return core::fields<core::pascal_case,
                            core::field<&T::permissions_boundary_type>,
                            core::field<&T::permissions_boundary_arn, core::with{.min = 20, .max = 2048}>>();
    }
    friend bool operator==(const attached_permissions_boundary&, const attached_permissions_boundary&) = default;
};

/// botocore iam `RoleLastUsed`.
struct role_last_used : core::model {
    std::optional<timestamp> last_used_date;
    std::optional<std::string> region;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = role_last_used;
        return core::fields<core::pascal_case,
                            core::field<&T::last_used_date>,
                            core::field<&T::region>>();
    }
    friend bool operator==(const role_last_used&, const role_last_used&) = default;
};

/// botocore iam `Role`.
struct role : core::model {
    std::string path;
    std::string role_name;
    std::string role_id;
    core::arn arn;
    timestamp create_date;
    std::optional<trust_policy_answer> assume_role_policy_document;
    std::optional<std::string> description;
    std::optional<std::int32_t> max_session_duration;
    std::optional<attached_permissions_boundary> permissions_boundary;
    std::optional<std::vector<tag>> tags;
    std::optional<iam::role_last_used> role_last_used;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = role;
        return core::fields<core::pascal_case,
                            core::field<&T::path, core::with{.min = 1, .max = 512, .pattern = "(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)"}>,
                            core::field<&T::role_name, core::with{.min = 1, .max = 64, .pattern = "[\\w+=,.@-]+"}>,
                            core::field<&T::role_id, core::with{.min = 16, .max = 128, .pattern = "[\\w]+"}>,
                            core::field<&T::arn, core::with{.min = 20, .max = 2048}>,
                            core::field<&T::create_date>,
                            core::field<&T::assume_role_policy_document, core::with{.min = 1, .max = 131072, .pattern = "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"}>,
                            core::field<&T::description, core::with{.max = 1000, .pattern = "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*"}>,
                            core::field<&T::max_session_duration, core::with{.min = 3600, .max = 43200}>,
                            core::field<&T::permissions_boundary>,
                            core::field<&T::tags, core::with{.max = 50}>,
                            core::field<&T::role_last_used>>();
    }
    friend bool operator==(const role&, const role&) = default;
};

/// botocore iam `GetRoleResponse`.
struct get_role_response : core::model {
    iam::role role;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = get_role_response;
        return core::fields<core::pascal_case,
                            core::field<&T::role>>();
    }
    friend bool operator==(const get_role_response&, const get_role_response&) = default;
};

/// botocore iam `PutRolePolicyRequest`.
struct put_role_policy_request : core::model {
    std::string role_name;
    std::string policy_name;
    role_policy_text policy_document;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = put_role_policy_request;
        return core::fields<core::pascal_case,
                            core::field<&T::role_name, core::with{.min = 1, .max = 64, .pattern = "[\\w+=,.@-]+"}>,
                            core::field<&T::policy_name, core::with{.min = 1, .max = 128, .pattern = "[\\w+=,.@-]+"}>,
                            core::field<&T::policy_document, core::with{.min = 1, .max = 131072, .pattern = "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"}>>();
    }
    friend bool operator==(const put_role_policy_request&, const put_role_policy_request&) = default;
};

/// botocore iam `GetRolePolicyResponse`: the document URL-encoded.
struct get_role_policy_response : core::model {
    std::string role_name;
    std::string policy_name;
    role_policy_answer policy_document;
    core::extra_members extra;

    static constexpr auto fields() {
        using T = get_role_policy_response;
        return core::fields<core::pascal_case,
                            core::field<&T::role_name, core::with{.min = 1, .max = 64, .pattern = "[\\w+=,.@-]+"}>,
                            core::field<&T::policy_name, core::with{.min = 1, .max = 128, .pattern = "[\\w+=,.@-]+"}>,
                            core::field<&T::policy_document, core::with{.min = 1, .max = 131072, .pattern = "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"}>>();
    }
    friend bool operator==(const get_role_policy_response&, const get_role_policy_response&) = default;
};

} // namespace awsmodel::iam

// The codecs of the shapes awsmodel/shapes.hpp lists for this header, extern with separate compilation.
AWSMODEL_EXTERN_CODECS(AWSMODEL_SHAPES_IAM_ROLE_REQUESTS);

#endif
