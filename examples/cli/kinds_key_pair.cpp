#include "kind.hpp"

#include <awsmodel/ec2/key_pair.hpp>

namespace {
using namespace awsmodel;
cli::registrar key_pair_kinds{
    cli::make_kind<ec2::create_key_pair_request>("create-key-pair", "ec2", "CreateKeyPairRequest"),
    cli::make_kind<ec2::import_key_pair_request>("import-key-pair", "ec2", "ImportKeyPairRequest"),
    cli::make_kind<ec2::key_pair>("key-pair", "ec2", "KeyPair"),
    cli::make_kind<ec2::key_pair_info>("key-pair-info", "ec2", "KeyPairInfo"),
    cli::make_kind<ec2::import_key_pair_result>("import-key-pair-result", "ec2", "ImportKeyPairResult"),
    cli::make_kind<ec2::describe_key_pairs_result>("describe-key-pairs-result", "ec2", "DescribeKeyPairsResult"),
};
} // namespace
