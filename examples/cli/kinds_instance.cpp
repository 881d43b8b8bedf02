#include "kind.hpp"

#include <awsmodel/ec2/instance.hpp>
#include <awsmodel/ec2/run_instances.hpp>

namespace {
using namespace awsmodel;
cli::registrar instance_kinds{
    cli::make_kind<ec2::run_instances_request>("run-instances", "ec2", "RunInstancesRequest"),
    cli::make_kind<ec2::instance>("instance", "ec2", "Instance"),
    cli::make_kind<ec2::reservation>("reservation", "ec2", "Reservation"),
    cli::make_kind<ec2::describe_instances_result>("describe-instances-result", "ec2", "DescribeInstancesResult"),
};
} // namespace
