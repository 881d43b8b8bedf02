// One TU per kind: the codecs of the three kinds compile in parallel.
#include "suite.hpp"

#include <awsmodel/ecs/task_definition.hpp>

namespace bench {

void add_task_definition_suites(std::vector<std::unique_ptr<suite>>& out, const std::string& corpus_dir, std::size_t count,
                        bool quiet) {
    using T = awsmodel::ecs::register_task_definition_request;
    out.push_back(std::make_unique<typed_suite<T, plain::register_task_definition>>(generate_task_definitions(count), quiet));
    out.push_back(std::make_unique<typed_suite<T, plain::register_task_definition>>(
        load_corpus(corpus_dir, "ecs", "RegisterTaskDefinitionRequest", "corpus_task_definitions"), quiet));
}

} // namespace bench
