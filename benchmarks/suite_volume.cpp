// One TU per kind: the codecs of the three kinds compile in parallel.
#include "suite.hpp"

#include <awsmodel/ec2/ebs_volume.hpp>

namespace bench {

void add_volume_suites(std::vector<std::unique_ptr<suite>>& out, const std::string& corpus_dir, std::size_t count,
                        bool quiet) {
    using T = awsmodel::ec2::describe_volumes_result;
    out.push_back(std::make_unique<typed_suite<T, plain::describe_volumes>>(generate_volume_pages(count), quiet));
    out.push_back(std::make_unique<typed_suite<T, plain::describe_volumes>>(
        load_corpus(corpus_dir, "ec2", "DescribeVolumesResult", "corpus_volume_pages"), quiet));
}

} // namespace bench
