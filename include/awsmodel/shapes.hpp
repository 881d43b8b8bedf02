// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_SHAPES_HPP
#define AWSMODEL_SHAPES_HPP

/// The top-level shapes: the documents awsmodel decodes, encodes and validates on their own.
/// This is the one list a new resource is added to; everything else is generated from it:
///
/// - each header ends with `AWSMODEL_EXTERN_CODECS(its group)`, the `extern template`
///   declarations of separate compilation (core/codec_fwd.hpp);
/// - awsmodel/src.hpp instantiates the codec of every shape of the list;
/// - the command line's and the fuzzer's kinds: examples/CMakeLists.txt (cmake/awsmodel_kinds.cmake)
///   generates one registration TU per header of AWSMODEL_SHAPE_HEADERS, so they compile in parallel;
/// - awsmodel::for_each_top_level_shape (awsmodel/awsmodel.hpp) iterates the list in C++;
/// - tests/separate_compilation round-trips every shape of the list and checks that the headers
///   declare exactly the groups of the list extern.
///
/// A group lists the shapes of one header: `X(type, kind, service, botocore shape)`, where
/// `kind` is the name the command line takes. Only macros are defined here: the file includes
/// nothing and can be included by any header.

/// ecs/task_definition.hpp
#define AWSMODEL_SHAPES_ECS_TASK_DEFINITION(X)                                                                 \
    X(::awsmodel::ecs::register_task_definition_request, "task-definition", "ecs", "RegisterTaskDefinitionRequest") \
    X(::awsmodel::ecs::task_definition, "task-definition-description", "ecs", "TaskDefinition")                 \
    X(::awsmodel::ecs::describe_task_definition_response, "describe-task-definition", "ecs",                    \
      "DescribeTaskDefinitionResponse")

/// ecs/cluster.hpp
#define AWSMODEL_SHAPES_ECS_CLUSTER(X)                                                                          \
    X(::awsmodel::ecs::create_cluster_request, "cluster", "ecs", "CreateClusterRequest")                        \
    X(::awsmodel::ecs::cluster, "cluster-description", "ecs", "Cluster")                                        \
    X(::awsmodel::ecs::create_cluster_response, "create-cluster-response", "ecs", "CreateClusterResponse")      \
    X(::awsmodel::ecs::describe_clusters_response, "describe-clusters-response", "ecs", "DescribeClustersResponse")

/// ecs/task.hpp
#define AWSMODEL_SHAPES_ECS_TASK(X)                                                                             \
    X(::awsmodel::ecs::task, "task", "ecs", "Task")

/// ecs/run_task.hpp
#define AWSMODEL_SHAPES_ECS_RUN_TASK(X)                                                                         \
    X(::awsmodel::ecs::run_task_request, "run-task", "ecs", "RunTaskRequest")                                   \
    X(::awsmodel::ecs::run_task_response, "run-task-response", "ecs", "RunTaskResponse")                        \
    X(::awsmodel::ecs::start_task_request, "start-task", "ecs", "StartTaskRequest")                             \
    X(::awsmodel::ecs::describe_tasks_response, "describe-tasks-response", "ecs", "DescribeTasksResponse")      \
    X(::awsmodel::ecs::stop_task_response, "stop-task-response", "ecs", "StopTaskResponse")                     \
    X(::awsmodel::ecs::list_tasks_response, "list-tasks-response", "ecs", "ListTasksResponse")

/// ecs/container_instance.hpp
#define AWSMODEL_SHAPES_ECS_CONTAINER_INSTANCE(X)                                                               \
    X(::awsmodel::ecs::container_instance, "container-instance", "ecs", "ContainerInstance")                    \
    X(::awsmodel::ecs::describe_container_instances_response, "describe-container-instances-response", "ecs",   \
      "DescribeContainerInstancesResponse")                                                                     \
    X(::awsmodel::ecs::register_container_instance_request, "register-container-instance", "ecs",               \
      "RegisterContainerInstanceRequest")                                                                       \
    X(::awsmodel::ecs::list_container_instances_response, "list-container-instances-response", "ecs",           \
      "ListContainerInstancesResponse")

/// ecs/task_definition_list.hpp
#define AWSMODEL_SHAPES_ECS_TASK_DEFINITION_LIST(X)                                                             \
    X(::awsmodel::ecs::list_task_definitions_response, "list-task-definitions-response", "ecs",                 \
      "ListTaskDefinitionsResponse")                                                                            \
    X(::awsmodel::ecs::list_task_definition_families_response, "list-task-definition-families-response", "ecs", \
      "ListTaskDefinitionFamiliesResponse")

/// ecs/service.hpp
#define AWSMODEL_SHAPES_ECS_SERVICE(X)                                                                          \
    X(::awsmodel::ecs::create_service_request, "create-service", "ecs", "CreateServiceRequest")                 \
    X(::awsmodel::ecs::update_service_request, "update-service", "ecs", "UpdateServiceRequest")                 \
    X(::awsmodel::ecs::service, "service", "ecs", "Service")                                                    \
    X(::awsmodel::ecs::create_service_response, "create-service-response", "ecs", "CreateServiceResponse")      \
    X(::awsmodel::ecs::update_service_response, "update-service-response", "ecs", "UpdateServiceResponse")      \
    X(::awsmodel::ecs::describe_services_response, "describe-services-response", "ecs", "DescribeServicesResponse") \
    X(::awsmodel::ecs::list_services_response, "list-services-response", "ecs", "ListServicesResponse")

/// ec2/ebs_volume.hpp
#define AWSMODEL_SHAPES_EC2_EBS_VOLUME(X)                                                                       \
    X(::awsmodel::ec2::create_volume_request, "create-volume", "ec2", "CreateVolumeRequest")                    \
    X(::awsmodel::ec2::volume, "volume", "ec2", "Volume")                                                       \
    X(::awsmodel::ec2::describe_volumes_result, "describe-volumes-result", "ec2", "DescribeVolumesResult")

/// ec2/attach_volume.hpp
#define AWSMODEL_SHAPES_EC2_ATTACH_VOLUME(X)                                                                    \
    X(::awsmodel::ec2::attach_volume_request, "attach-volume", "ec2", "AttachVolumeRequest")                    \
    X(::awsmodel::ec2::volume_attachment, "volume-attachment", "ec2", "VolumeAttachment")

/// ec2/run_instances.hpp
#define AWSMODEL_SHAPES_EC2_RUN_INSTANCES(X)                                                                    \
    X(::awsmodel::ec2::run_instances_request, "run-instances", "ec2", "RunInstancesRequest")

/// ec2/instance.hpp
#define AWSMODEL_SHAPES_EC2_INSTANCE(X)                                                                         \
    X(::awsmodel::ec2::instance, "instance", "ec2", "Instance")                                                 \
    X(::awsmodel::ec2::reservation, "reservation", "ec2", "Reservation")                                        \
    X(::awsmodel::ec2::describe_instances_result, "describe-instances-result", "ec2", "DescribeInstancesResult")

/// ec2/key_pair.hpp
#define AWSMODEL_SHAPES_EC2_KEY_PAIR(X)                                                                         \
    X(::awsmodel::ec2::create_key_pair_request, "create-key-pair", "ec2", "CreateKeyPairRequest")               \
    X(::awsmodel::ec2::import_key_pair_request, "import-key-pair", "ec2", "ImportKeyPairRequest")               \
    X(::awsmodel::ec2::key_pair, "key-pair", "ec2", "KeyPair")                                                  \
    X(::awsmodel::ec2::key_pair_info, "key-pair-info", "ec2", "KeyPairInfo")                                    \
    X(::awsmodel::ec2::import_key_pair_result, "import-key-pair-result", "ec2", "ImportKeyPairResult")          \
    X(::awsmodel::ec2::describe_key_pairs_result, "describe-key-pairs-result", "ec2", "DescribeKeyPairsResult")

/// iam/policy.hpp
#define AWSMODEL_SHAPES_IAM_POLICY(X)                                                                           \
    X(::awsmodel::iam::policy_document, "iam-policy", "iam", "policyDocumentType")

/// iam/role_requests.hpp
#define AWSMODEL_SHAPES_IAM_ROLE_REQUESTS(X)                                                                    \
    X(::awsmodel::iam::create_role_request, "create-role", "iam", "CreateRoleRequest")                          \
    X(::awsmodel::iam::role, "role", "iam", "Role")                                                             \
    X(::awsmodel::iam::get_role_response, "get-role-response", "iam", "GetRoleResponse")                        \
    X(::awsmodel::iam::put_role_policy_request, "put-role-policy", "iam", "PutRolePolicyRequest")               \
    X(::awsmodel::iam::get_role_policy_response, "get-role-policy-response", "iam", "GetRolePolicyResponse")

/// iam/managed_policy.hpp
#define AWSMODEL_SHAPES_IAM_MANAGED_POLICY(X)                                                                   \
    X(::awsmodel::iam::create_policy_request, "create-policy", "iam", "CreatePolicyRequest")                    \
    X(::awsmodel::iam::policy, "policy", "iam", "Policy")                                                       \
    X(::awsmodel::iam::policy_version_info, "policy-version", "iam", "PolicyVersion")

// The ECS container agent's documents have no botocore model: their service column is
// "ecs-agent" and their shape the agent's Go type (amazon-ecs-agent), which no botocore tool
// looks up. `awsmodel kinds` lists them only with --all.

/// ecs_agent/task_metadata.hpp
#define AWSMODEL_SHAPES_ECS_AGENT_TASK_METADATA(X)                                                              \
    X(::awsmodel::ecs_agent::task, "task-metadata-v4-task", "ecs-agent", "TaskResponse")                        \
    X(::awsmodel::ecs_agent::container, "task-metadata-v4-container", "ecs-agent", "ContainerResponse")         \
    X(::awsmodel::ecs_agent::task_v3, "task-metadata-v3-task", "ecs-agent", "TaskResponseV3")                   \
    X(::awsmodel::ecs_agent::container_v3, "task-metadata-v3-container", "ecs-agent", "ContainerResponseV3")

/// ecs_agent/stats.hpp
#define AWSMODEL_SHAPES_ECS_AGENT_STATS(X)                                                                      \
    X(::awsmodel::ecs_agent::stats, "task-metadata-v4-stats", "ecs-agent", "StatsResponse")                     \
    X(::awsmodel::ecs_agent::task_stats, "task-metadata-v4-task-stats", "ecs-agent", "TaskStatsResponse")

/// ecs_agent/container_metadata_file.hpp
#define AWSMODEL_SHAPES_ECS_AGENT_CONTAINER_METADATA_FILE(X)                                                    \
    X(::awsmodel::ecs_agent::container_metadata_file, "container-metadata-file", "ecs-agent", "Metadata")

/// ecs_agent/introspection.hpp
#define AWSMODEL_SHAPES_ECS_AGENT_INTROSPECTION(X)                                                              \
    X(::awsmodel::ecs_agent::introspection::root, "introspection-root", "ecs-agent", "RootResponse")            \
    X(::awsmodel::ecs_agent::introspection::metadata, "introspection-metadata", "ecs-agent",                    \
      "AgentMetadataResponse")                                                                                  \
    X(::awsmodel::ecs_agent::introspection::tasks_response, "introspection-tasks", "ecs-agent", "TasksResponse")

/// ecs_agent/task_protection.hpp
#define AWSMODEL_SHAPES_ECS_AGENT_TASK_PROTECTION(X)                                                            \
    X(::awsmodel::ecs_agent::task_protection_response, "task-protection-response", "ecs-agent",                 \
      "TaskProtectionResponse")

/// ecs_agent/ecs_config.hpp
#define AWSMODEL_SHAPES_ECS_AGENT_ECS_CONFIG(X)                                                                 \
    X(::awsmodel::ecs_agent::ecs_config, "ecs-config", "ecs-agent", "EcsConfig")

/// The groups and the header that defines each: `H(X, group, "header")`. cmake/awsmodel_kinds.cmake
/// reads these lines (one per line, as written here) to generate the command line's TUs.
#define AWSMODEL_SHAPE_HEADERS(H, X)                                                                            \
    H(X, AWSMODEL_SHAPES_ECS_TASK_DEFINITION, "awsmodel/ecs/task_definition.hpp")                               \
    H(X, AWSMODEL_SHAPES_ECS_CLUSTER, "awsmodel/ecs/cluster.hpp")                                               \
    H(X, AWSMODEL_SHAPES_ECS_TASK, "awsmodel/ecs/task.hpp")                                                     \
    H(X, AWSMODEL_SHAPES_ECS_RUN_TASK, "awsmodel/ecs/run_task.hpp")                                             \
    H(X, AWSMODEL_SHAPES_ECS_CONTAINER_INSTANCE, "awsmodel/ecs/container_instance.hpp")                         \
    H(X, AWSMODEL_SHAPES_ECS_TASK_DEFINITION_LIST, "awsmodel/ecs/task_definition_list.hpp")                     \
    H(X, AWSMODEL_SHAPES_ECS_SERVICE, "awsmodel/ecs/service.hpp")                                               \
    H(X, AWSMODEL_SHAPES_EC2_EBS_VOLUME, "awsmodel/ec2/ebs_volume.hpp")                                         \
    H(X, AWSMODEL_SHAPES_EC2_ATTACH_VOLUME, "awsmodel/ec2/attach_volume.hpp")                                   \
    H(X, AWSMODEL_SHAPES_EC2_RUN_INSTANCES, "awsmodel/ec2/run_instances.hpp")                                   \
    H(X, AWSMODEL_SHAPES_EC2_INSTANCE, "awsmodel/ec2/instance.hpp")                                             \
    H(X, AWSMODEL_SHAPES_EC2_KEY_PAIR, "awsmodel/ec2/key_pair.hpp")                                             \
    H(X, AWSMODEL_SHAPES_IAM_POLICY, "awsmodel/iam/policy.hpp")                                                 \
    H(X, AWSMODEL_SHAPES_IAM_ROLE_REQUESTS, "awsmodel/iam/role_requests.hpp")                                   \
    H(X, AWSMODEL_SHAPES_IAM_MANAGED_POLICY, "awsmodel/iam/managed_policy.hpp")                                 \
    H(X, AWSMODEL_SHAPES_ECS_AGENT_TASK_METADATA, "awsmodel/ecs_agent/task_metadata.hpp")                       \
    H(X, AWSMODEL_SHAPES_ECS_AGENT_STATS, "awsmodel/ecs_agent/stats.hpp")                                       \
    H(X, AWSMODEL_SHAPES_ECS_AGENT_CONTAINER_METADATA_FILE, "awsmodel/ecs_agent/container_metadata_file.hpp")   \
    H(X, AWSMODEL_SHAPES_ECS_AGENT_INTROSPECTION, "awsmodel/ecs_agent/introspection.hpp")                       \
    H(X, AWSMODEL_SHAPES_ECS_AGENT_TASK_PROTECTION, "awsmodel/ecs_agent/task_protection.hpp")                   \
    H(X, AWSMODEL_SHAPES_ECS_AGENT_ECS_CONFIG, "awsmodel/ecs_agent/ecs_config.hpp")

/// Every top-level shape: `AWSMODEL_TOP_LEVEL_SHAPES(X)` expands `X(type, kind, service, botocore shape)`
/// for each, group after group (the types must be declared where it is expanded).
#define AWSMODEL_TOP_LEVEL_SHAPES(X) AWSMODEL_SHAPE_HEADERS(AWSMODEL_DETAIL_SHAPE_GROUP, X)
#define AWSMODEL_DETAIL_SHAPE_GROUP(X, group, header) group(X)

#endif
