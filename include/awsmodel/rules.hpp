// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_RULES_HPP
#define AWSMODEL_RULES_HPP

/// The rules awsmodel enforces, by id. The ids are those of the project's rule catalogue
/// (COMMON-, ECS-TD-, ECS-CL-, EC2-RI-, EBS-CV-, EC2-KP-) plus AWSMODEL- ids for the structural
/// checks of decoding. docs/rules.md is generated from this table (`awsmodel rules`), and a test
/// checks that every id the sources report is listed here, and every listed id is tested.

#include <array>
#include <string_view>

namespace awsmodel {

struct rule_info {
    std::string_view id;
    std::string_view summary;
};

inline constexpr auto enforced_rules = std::to_array<rule_info>({
    {"AWSMODEL-SYNTAX", "The document is JSON: UTF-8, no byte order mark, one value, nothing after it."},
    {"AWSMODEL-LIMIT", "Size, nesting depth, array length and finding count stay within the decoder's limits."},
    {"AWSMODEL-REQUIRED", "Members botocore marks required are present."},
    {"AWSMODEL-DUPLICATE", "An object does not repeat a key."},
    {"AWSMODEL-MIN", "Strings, lists and numbers respect botocore's minimums."},
    {"AWSMODEL-ENUM", "An enumerated member holds a value of its enumeration."},
    {"COMMON-001", "Only members of the operation's shape, spelled exactly as in the API model."},
    {"COMMON-002", "Each member has its shape's JSON type; numbers fit the member."},
    {"COMMON-003", "EC2 ids are their prefix, a hyphen and 8 or 17 lower-case hex digits."},
    {"COMMON-004", "ARNs read arn:partition:service:region:account:resource."},
    {"COMMON-005", "Tags: at most 50, unique keys of 1-128 characters, values up to 256, no aws: prefix."},
    {"EBS-CV-001", "Exactly one of AvailabilityZone and AvailabilityZoneId."},
    {"EBS-CV-002", "A size or a snapshot to create the volume from."},
    {"EBS-CV-003", "VolumeType is standard, io1, io2, gp2, sc1, st1 or gp3."},
    {"EBS-CV-004", "Size within the volume type's range."},
    {"EBS-CV-005", "Iops given for io1 and io2."},
    {"EBS-CV-006", "No Iops for gp2, st1, sc1 and standard."},
    {"EBS-CV-007", "Iops within the volume type's range."},
    {"EBS-CV-008", "Iops at most the type's ratio to the size (gp3 500, io1 50, io2 1000 per GiB)."},
    {"EBS-CV-009", "Throughput only for gp3, 125-2000 MiB/s."},
    {"EBS-CV-010", "gp3 throughput at most 0.25 MiB/s per IOPS."},
    {"EBS-CV-011", "Multi-Attach only for io1 and io2."},
    {"EBS-CV-012", "KmsKeyId needs Encrypted, and names a key by id, ARN or alias."},
    {"EBS-CV-014", "VolumeInitializationRate only with a snapshot, 100-300 MiB/s."},
    {"EBS-CV-015", "Tag specifications tag volumes."},
    {"EBS-CV-016", "OutpostArn is an Outpost ARN."},
    {"EC2-KP-001", "KeyName is 1-255 ASCII characters."},
    {"EC2-KP-002", "KeyName has no leading or trailing space."},
    {"EC2-KP-003", "KeyType is rsa or ed25519."},
    {"EC2-KP-004", "KeyFormat is pem or ppk."},
    {"EC2-KP-005", "Tag specifications tag key pairs."},
    {"EC2-KP-006", "PublicKeyMaterial is the base64 of the key file, encoded once."},
    {"EC2-KP-007", "The imported key is RSA 1024/2048/4096 or ED25519 in a format EC2 reads; no DSA, ECDSA or private keys."},
    {"EC2-KP-012", "Key pair descriptions: key- and 17 hex digits, a fingerprint of the key type's form, unique tag keys, PublicKey matching KeyType."},
    {"ECS-TD-007", "networkMode is bridge, host, awsvpc or none."},
    {"ECS-TD-008", "requiresCompatibilities values are EC2, FARGATE, EXTERNAL or MANAGED_INSTANCES."},
    {"ECS-TD-009", "Task cpu is an integer string of CPU units or a vCPU string (\"1 vCPU\")."},
    {"ECS-TD-010", "Task memory is an integer string of MiB or a GB string (\"2 GB\")."},
    {"ECS-TD-027", "pidMode is host or task; ipcMode is host, task or none."},
    {"ECS-TD-028", "runtimePlatform cpuArchitecture and operatingSystemFamily are values of their enumerations."},
    {"ECS-TD-029", "Task-definition placement constraints are memberOf."},
    {"ECS-TD-032", "proxyConfiguration type is APPMESH."},
    {"ECS-TD-039", "Docker volume scope is task or shared."},
    {"ECS-TD-041", "EFS transitEncryption and iam are ENABLED or DISABLED."},
    {"ECS-TD-063", "Image: at most 255 characters of letters, digits and - _ : . / #; a digest is sha256: and 64 hex digits."},
    {"ECS-TD-071", "Port mapping protocol is tcp or udp."},
    {"ECS-TD-072", "appProtocol is http, http2 or grpc."},
    {"ECS-TD-088", "dependsOn condition is START, COMPLETE, SUCCESS or HEALTHY."},
    {"ECS-TD-095", "Environment file type is s3."},
    {"ECS-TD-098", "The log driver is one ECS supports."},
    {"ECS-TD-102", "FireLens type is fluentd or fluentbit."},
    {"ECS-TD-103", "Ulimit names come from the ulimit enumeration."},
    {"ECS-TD-105", "Device permissions are read, write or mknod."},
    {"ECS-TD-117", "Resource requirement type is GPU or InferenceAccelerator."},
    {"ECS-TD-119", "versionConsistency is enabled or disabled."},
    {"ECS-CL-001", "clusterName is 1-255 letters, digits, hyphens and underscores."},
    {"ECS-CL-002", "Cluster tags follow the ECS tag rules."},
    {"ECS-CL-003", "Cluster settings: name containerInsights, value enhanced, enabled or disabled, each setting once."},
    {"ECS-CL-004", "Execute-command logging is NONE, DEFAULT or OVERRIDE."},
    {"ECS-CL-005", "Execute-command logConfiguration is given with OVERRIDE logging, and only then."},
    {"ECS-CL-006", "Execute-command log encryption flags need their destination (bucket or log group)."},
    {"ECS-CL-007", "The execute-command log bucket is a valid S3 bucket name."},
    {"ECS-CL-008", "KMS keys are named by key id, key ARN, alias or alias ARN (managed storage: single-Region keys)."},
    {"ECS-CL-009", "Capacity provider strategy items name a provider; weight 0-1000; base 0-100000."},
    {"ECS-CL-010", "At most one strategy item sets a base."},
    {"ECS-CL-011", "A strategy of several providers gives at least one a weight above 0."},
    {"ECS-CL-012", "At most 20 providers in a strategy."},
    {"ECS-CL-013", "The default strategy uses only the cluster's capacity providers."},
    {"ECS-CL-014", "A strategy does not mix Fargate providers with Auto Scaling group providers."},
    {"ECS-CL-016", "Capacity providers are listed once."},
    {"ECS-CL-017", "The Service Connect namespace is a name without < > \" / (up to 1024) or a namespace ARN."},
});

} // namespace awsmodel

#endif
