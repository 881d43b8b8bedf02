// awsmodel place and awsmodel capacity: ECS task placement on a scenario document
// (ecs/placement_scenario.hpp; docs/placement.md).
//
//   awsmodel place SCENARIO.json [--explain]   the RunTaskResponse on standard output (exit 0);
//                                              --explain: the explanation on standard error
//   awsmodel capacity SCENARIO.json            how many more copies of the first task definition fit
//
// An unreadable file, a scenario that does not decode or an invalid request: diagnostics on
// standard error, exit 2.
#include "placement.hpp"

#include <awsmodel/core/json.hpp>
#include <awsmodel/ecs/placement.hpp>
#include <awsmodel/ecs/placement_capacity.hpp>
#include <awsmodel/ecs/placement_scenario.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

namespace awsmodel::cli {
namespace {

void report(const std::string& file, const core::diagnostics& ds) {
    for (const auto& d : ds)
        std::cerr << file << ':' << (d.pointer.empty() ? "/" : d.pointer) << ": " << d.rule << ": "
                  << (d.level == core::severity::warning ? "warning: " : "") << d.message << '\n';
}

bool has_error(const core::diagnostics& ds) {
    for (const auto& d : ds)
        if (d.level == core::severity::error) return true;
    return false;
}

std::optional<ecs::placement_scenario> read_scenario(const std::string& path) {
    std::string text;
    if (path == "-") {
        text.assign(std::istreambuf_iterator<char>(std::cin), {});
    } else {
        std::ifstream f(path, std::ios::binary);
        if (!f) {
            std::cerr << path << ": cannot read the file\n";
            return std::nullopt;
        }
        text.assign(std::istreambuf_iterator<char>(f), {});
    }
    auto r = core::decode<ecs::placement_scenario>(text);
    report(path, r.diagnostics());
    if (!r || has_error(r.diagnostics())) return std::nullopt;
    return std::move(r).value();
}

constexpr std::string_view usage = "usage: awsmodel place SCENARIO.json [--explain]\n"
                                   "       awsmodel capacity SCENARIO.json\n";

int place(const std::vector<std::string>& args) {
    bool explain = false;
    std::vector<std::string> files;
    for (const auto& a : args) {
        if (a == "--explain") explain = true;
        else if (a.size() > 1 && a.front() == '-') {
            std::cerr << "awsmodel: unknown option " << a << "\n" << usage;
            return 2;
        } else files.push_back(a);
    }
    if (files.size() != 1) {
        std::cerr << "awsmodel: place takes one SCENARIO.json\n" << usage;
        return 2;
    }
    auto scenario = read_scenario(files[0]);
    if (!scenario) return 2;
    const bool benchmark = scenario->benchmark_only.value_or(false);
    const ecs::run_task_request request = scenario->run_task;
    const ecs::cluster_state cluster = std::move(*scenario).state();
    auto r = ecs::place(cluster, request, {.explain = explain, .benchmark_only = benchmark});
    report(files[0], r.diagnostics);
    if (!r.response) return 2;
    std::cout << core::encode(*r.response) << '\n';
    if (r.explanation) std::cerr << core::encode(*r.explanation) << '\n';
    return 0;
}

int capacity(const std::vector<std::string>& args) {
    if (args.size() != 1 || (args[0].size() > 1 && args[0].front() == '-')) {
        std::cerr << "awsmodel: capacity takes one SCENARIO.json\n" << usage;
        return 2;
    }
    auto scenario = read_scenario(args[0]);
    if (!scenario) return 2;
    if (scenario->task_definitions.empty()) {
        std::cerr << args[0] << ":/taskDefinitions: the scenario has no task definition to count copies of\n";
        return 2;
    }
    const ecs::task_definition td = scenario->task_definitions.front();
    // The request's group, constraints, overrides and subnets apply when it runs this task definition.
    ecs::capacity_options options;
    const ecs::run_task_request& rt = scenario->run_task;
    const ecs::cluster_state cluster = scenario->state();
    if (ecs::find_task_definition(cluster.task_definitions, rt.task_definition.view()) == &cluster.task_definitions.front()) {
        options.group = rt.group;
        if (rt.placement_constraints) options.placement_constraints = *rt.placement_constraints;
        options.overrides = rt.overrides;
        options.network_configuration = rt.network_configuration;
    }
    auto r = ecs::capacity(cluster, td, options);
    report(args[0], r.diagnostics);
    if (!r.answer) return 2;
    std::cout << core::encode(*r.answer) << '\n';
    return 0;
}

} // namespace

int run_placement(std::string_view command, const std::vector<std::string>& args) {
    return command == "place" ? place(args) : capacity(args);
}

} // namespace awsmodel::cli
