#include "kind.hpp"

#include <awsmodel/ecs/cluster.hpp>

namespace {
using namespace awsmodel;
cli::registrar cluster_kinds{
    cli::make_kind<ecs::create_cluster_request>("cluster", "ecs", "CreateClusterRequest"),
    cli::make_kind<ecs::cluster>("cluster-description", "ecs", "Cluster"),
    cli::make_kind<ecs::create_cluster_response>("create-cluster-response", "ecs", "CreateClusterResponse"),
    cli::make_kind<ecs::describe_clusters_response>("describe-clusters-response", "ecs", "DescribeClustersResponse"),
};
} // namespace
