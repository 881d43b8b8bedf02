// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_IAM_GLOBAL_CONDITION_KEYS_HPP
#define AWSMODEL_IAM_GLOBAL_CONDITION_KEYS_HPP

/// The AWS global condition keys (prefix `aws:`), as the IAM User Guide lists them; keys that end
/// in `/` take a tag key or the like after it (`aws:ResourceTag/team`). Condition keys compare
/// without regard to case.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html

#include <awsmodel/iam/wildcard.hpp>

#include <array>
#include <string_view>

namespace awsmodel::iam {

inline constexpr auto global_condition_keys = std::to_array<std::string_view>({
    "aws:AssumedRoot", "aws:CalledVia", "aws:CalledViaFirst", "aws:CalledViaLast", "aws:ChatbotSourceArn",
    "aws:CurrentTime", "aws:Ec2InstanceSourcePrivateIPv4", "aws:Ec2InstanceSourceVpc", "aws:EpochTime",
    "aws:FederatedProvider", "aws:MultiFactorAuthAge", "aws:MultiFactorAuthPresent", "aws:PrincipalAccount",
    "aws:PrincipalArn", "aws:PrincipalIsAWSService", "aws:PrincipalOrgID", "aws:PrincipalOrgPaths",
    "aws:PrincipalServiceName", "aws:PrincipalServiceNamesList", "aws:PrincipalTag/", "aws:PrincipalType",
    "aws:referer", "aws:RequestedRegion", "aws:RequestTag/", "aws:ResourceAccount", "aws:ResourceOrgID",
    "aws:ResourceOrgPaths", "aws:ResourceTag/", "aws:SecureTransport", "aws:SourceAccount", "aws:SourceArn",
    "aws:SourceIdentity", "aws:SourceIp", "aws:SourceOrgID", "aws:SourceOrgPaths", "aws:SourceVpc",
    "aws:SourceVpcArn", "aws:SourceVpce", "aws:TagKeys", "aws:TokenIssueTime", "aws:UserAgent", "aws:userid",
    "aws:username", "aws:ViaAWSService", "aws:VpceAccount", "aws:VpceOrgID", "aws:VpceOrgPaths", "aws:VpcSourceIp",
});

/// Whether `key` is a global condition key (a key with the `aws:` prefix that AWS defines).
constexpr bool is_global_condition_key(std::string_view key) noexcept {
    for (std::string_view k : global_condition_keys) {
        if (k.ends_with('/')) {
            if (key.size() > k.size() && iequals(key.substr(0, k.size()), k)) return true;
        } else if (iequals(key, k)) {
            return true;
        }
    }
    return false;
}

} // namespace awsmodel::iam

#endif
