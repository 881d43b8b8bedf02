#include "kind.hpp"

#include <awsmodel/ec2/ebs_volume.hpp>

namespace {
using namespace awsmodel;
cli::registrar ebs_volume_kinds{
    cli::make_kind<ec2::create_volume_request>("create-volume", "ec2", "CreateVolumeRequest"),
    cli::make_kind<ec2::volume>("volume", "ec2", "Volume"),
    cli::make_kind<ec2::describe_volumes_result>("describe-volumes-result", "ec2", "DescribeVolumesResult"),
};
} // namespace
