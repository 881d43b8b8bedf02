// Reads the task metadata endpoint from inside an ECS task: ECS_CONTAINER_METADATA_URI_V4 from the
// environment, ${URI}/task once and ${URI}/task/stats twice (a second apart), and prints the task's
// limits, its containers' limits and each container's CPU and memory utilisation, computed as
// `docker stats` does (ecs_agent/utilization.hpp).
//
//   task_metadata_client [interval-ms]
//
// Exit status: 0, 1 when the endpoint answers what does not decode, 2 without the variable or
// without an answer.
#include "http_get.hpp"

#include <awsmodel/core/json.hpp>
#include <awsmodel/ecs_agent/error_body.hpp>
#include <awsmodel/ecs_agent/stats.hpp>
#include <awsmodel/ecs_agent/task_limits.hpp>
#include <awsmodel/ecs_agent/task_metadata.hpp>
#include <awsmodel/ecs_agent/utilization.hpp>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <thread>

using namespace awsmodel;

namespace {

// [begin fetch]
// A document of the endpoint, decoded; an error answer's body is a JSON string.
template <class T>
std::optional<T> fetch(const awsmodel_examples::http_url& endpoint, const std::string& path) {
    auto response = awsmodel_examples::http_get(endpoint, endpoint.path + path);
    if (response.status != 200) {
        auto message = ecs_agent::decode_error_body(response.body);
        std::cerr << path << ": HTTP " << response.status << ": " << (message ? *message : response.body) << '\n';
        return std::nullopt;
    }
    auto document = core::decode<T>(response.body);
    for (const auto& d : document.diagnostics()) std::cerr << path << ": " << d << '\n';
    if (!document) return std::nullopt;
    return std::move(*document);
}
// [end fetch]

std::string limit_text(const ecs_agent::resource_limits& l) {
    std::string s = l.cpu ? std::to_string(l.cpu->count()) + " CPU units" : std::string("no CPU limit");
    s += ", ";
    s += l.memory ? std::to_string(l.memory->count()) + " MiB" : std::string("no memory limit");
    return s;
}

} // namespace

int main(int argc, char** argv) try {
    const char* uri = std::getenv("ECS_CONTAINER_METADATA_URI_V4");
    if (!uri) {
        std::cerr << "ECS_CONTAINER_METADATA_URI_V4 is not set: run this in a container of an ECS task\n";
        return 2;
    }
    auto endpoint = awsmodel_examples::parse_http_url(uri);
    if (!endpoint) {
        std::cerr << "ECS_CONTAINER_METADATA_URI_V4 is not an http:// URL: " << uri << '\n';
        return 2;
    }
    const auto interval = std::chrono::milliseconds(argc > 1 ? std::atoi(argv[1]) : 1000);

    // [begin limits]
    auto task = fetch<ecs_agent::task>(*endpoint, "/task");
    if (!task) return 1;
    std::cout << "Task " << task->family << ":" << task->revision << " (" << task->known_status << ")\n";
    std::cout << "Task limits: " << limit_text(ecs_agent::task_limits(*task)) << '\n';
    for (const auto& address : ecs_agent::task_addresses(*task)) std::cout << "Address: " << address << '\n';
    if (task->containers)
        for (const auto& c : *task->containers)
            std::cout << "Container " << c.name << ": " << limit_text(ecs_agent::container_limits(c)) << '\n';
    // [end limits]

    // [begin utilisation]
    auto first = fetch<ecs_agent::task_stats>(*endpoint, "/task/stats");
    std::this_thread::sleep_for(interval);
    auto second = fetch<ecs_agent::task_stats>(*endpoint, "/task/stats");
    if (!first || !second) return 1;
    for (const auto& [docker_id, later] : *second) {
        const auto* earlier = first->find(docker_id);
        if (!later || !earlier || !*earlier) {
            std::cout << "Stats " << docker_id << ": none (stopped, or not yet sampled)\n";
            continue;
        }
        // Two answers may carry one sample (the agent samples every few seconds): then Docker's
        // own previous sample in precpu_stats is the earlier one.
        bool same_sample = (*earlier)->read && later->read && (*earlier)->read == later->read;
        double cpu = same_sample ? ecs_agent::cpu_percent(*later) : ecs_agent::cpu_percent(**earlier, *later);
        auto memory = ecs_agent::memory_usage(*later);
        // A container without a memory limit of its own reports the host's (or 2^63 on Fargate):
        // the task's limit is the one that binds it.
        if (auto task_memory = ecs_agent::task_limits(*task).memory) {
            const std::uint64_t task_bytes = static_cast<std::uint64_t>(task_memory->count()) << 20;
            if (memory.limit_bytes == 0 || memory.limit_bytes > task_bytes) {
                memory.limit_bytes = task_bytes;
                memory.percent = static_cast<double>(memory.used_bytes) / static_cast<double>(task_bytes) * 100.0;
            }
        }
        char line[160];
        std::snprintf(line, sizeof line, "CPU %.2f%%, memory %.1f MiB (%.2f%% of %.0f MiB)", cpu,
                      static_cast<double>(memory.used_bytes) / 1048576.0, memory.percent,
                      static_cast<double>(memory.limit_bytes) / 1048576.0);
        std::cout << "Stats " << later->name.value_or(docker_id) << ": " << line << '\n';
    }
    // [end utilisation]
    return 0;
} catch (const std::exception& e) {
    std::cerr << "task_metadata_client: " << e.what() << '\n';
    return 2;
}
