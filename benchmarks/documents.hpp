// Benchmark inputs: the real documents of the shared corpus, and generated sets of realistic
// documents large enough to measure throughput (the corpus holds only a few hundred KiB).
#ifndef AWSMODEL_BENCHMARKS_DOCUMENTS_HPP
#define AWSMODEL_BENCHMARKS_DOCUMENTS_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace bench {

struct document_set {
    std::string name;
    std::vector<std::string> documents;

    std::size_t bytes() const noexcept {
        std::size_t n = 0;
        for (const auto& d : documents) n += d.size();
        return n;
    }
};

/// The documents of `corpus_dir`/MANIFEST.tsv of one botocore shape that botocore accepts.
document_set load_corpus(const std::string& corpus_dir, std::string_view service, std::string_view shape,
                         std::string name);

/// RegisterTaskDefinition requests as teams write them: 1-10 containers, 2-64 KiB each, pretty
/// printed with 2 or 4 spaces, most of them small. Deterministic for a seed.
document_set generate_task_definitions(std::size_t count, std::uint64_t seed = 1);

/// DescribeVolumes result pages as the AWS CLI prints them, 2-64 KiB each.
document_set generate_volume_pages(std::size_t count, std::uint64_t seed = 2);

/// DescribeInstances result pages as the AWS CLI prints them, 2-64 KiB each.
document_set generate_instance_pages(std::size_t count, std::uint64_t seed = 3);

/// Where the corpus is when no --corpus flag says otherwise (set by CMake).
std::string default_corpus_dir();

} // namespace bench

#endif
