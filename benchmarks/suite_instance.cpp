// One TU per kind: the codecs of the three kinds compile in parallel.
#include "suite.hpp"

#include <awsmodel/ec2/instance.hpp>

namespace bench {

void add_instance_suites(std::vector<std::unique_ptr<suite>>& out, const std::string& corpus_dir, std::size_t count,
                        bool quiet) {
    using T = awsmodel::ec2::describe_instances_result;
    out.push_back(std::make_unique<typed_suite<T, plain::describe_instances>>(generate_instance_pages(count), quiet));
    out.push_back(std::make_unique<typed_suite<T, plain::describe_instances>>(
        load_corpus(corpus_dir, "ec2", "DescribeInstancesResult", "corpus_instance_pages"), quiet));
}

} // namespace bench
