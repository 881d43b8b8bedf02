// Writes the generated document sets to a directory, one file each, with a MANIFEST.tsv in the
// corpus's format: scripts/check_generated.py runs botocore's validator over them, so the
// benchmarks measure documents AWS accepts.
#include "documents.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DIR [task-definitions volume-pages instance-pages]\n", argv[0]);
        return 2;
    }
    namespace fs = std::filesystem;
    fs::path dir = argv[1];
    std::size_t counts[3] = {2000, 500, 300};
    for (int i = 0; i < 3 && i + 2 < argc; ++i) counts[i] = std::strtoul(argv[i + 2], nullptr, 10);
    struct entry {
        bench::document_set set;
        const char* service;
        const char* shape;
    } sets[] = {{bench::generate_task_definitions(counts[0]), "ecs", "RegisterTaskDefinitionRequest"},
                {bench::generate_volume_pages(counts[1]), "ec2", "DescribeVolumesResult"},
                {bench::generate_instance_pages(counts[2]), "ec2", "DescribeInstancesResult"}};
    fs::create_directories(dir);
    std::ofstream manifest(dir / "MANIFEST.tsv");
    manifest << "file\tservice\tshape\texpect\n";
    for (const auto& e : sets) {
        fs::create_directories(dir / e.set.name);
        std::size_t largest = 0, smallest = SIZE_MAX;
        for (std::size_t i = 0; i < e.set.documents.size(); ++i) {
            std::string name = e.set.name + "/" + std::to_string(i) + ".json";
            std::ofstream(dir / name, std::ios::binary) << e.set.documents[i];
            manifest << name << '\t' << e.service << '\t' << e.shape << "\taccept\n";
            largest = std::max(largest, e.set.documents[i].size());
            smallest = std::min(smallest, e.set.documents[i].size());
        }
        std::printf("%s: %zu documents, %zu bytes (%zu to %zu each)\n", e.set.name.c_str(), e.set.documents.size(),
                    e.set.bytes(), smallest, largest);
    }
}
