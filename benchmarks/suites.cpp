#include "suite.hpp"

namespace bench {

void add_task_definition_suites(std::vector<std::unique_ptr<suite>>&, const std::string&, std::size_t, bool);
void add_volume_suites(std::vector<std::unique_ptr<suite>>&, const std::string&, std::size_t, bool);
void add_instance_suites(std::vector<std::unique_ptr<suite>>&, const std::string&, std::size_t, bool);

std::vector<std::unique_ptr<suite>> make_suites(const std::string& corpus_dir, std::size_t task_definitions,
                                                std::size_t volume_pages, std::size_t instance_pages, bool quiet) {
    std::vector<std::unique_ptr<suite>> out;
    add_task_definition_suites(out, corpus_dir, task_definitions, quiet);
    add_volume_suites(out, corpus_dir, volume_pages, quiet);
    add_instance_suites(out, corpus_dir, instance_pages, quiet);
    return out;
}

} // namespace bench
