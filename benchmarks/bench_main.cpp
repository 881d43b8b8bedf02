// The benchmarks of issue 5: per document set, decode and encode with awsmodel, Boost.JSON's
// DOM (the reference) and a hand-written nlohmann::json mapping, and awsmodel's validation.
// Run with repetitions and --benchmark_enable_random_interleaving: the machine is shared, and
// interleaved repetitions spread the others' load over every benchmark alike. After the runs it
// prints, per benchmark, the median throughput and its ratio to the Boost.JSON reference of the
// same set measured in this same process, and writes them as JSON (--summary_out=FILE) for
// scripts/run_benchmarks.py.
#include "suite.hpp"

#include <benchmark/benchmark.h>

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace {

struct samples {
    std::vector<double> cpu, real; // seconds per iteration (one pass over the set)
};

double median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double seconds(const benchmark::BenchmarkReporter::Run& r, double t) {
    switch (r.time_unit) {
    case benchmark::kNanosecond: return t * 1e-9;
    case benchmark::kMicrosecond: return t * 1e-6;
    case benchmark::kMillisecond: return t * 1e-3;
    case benchmark::kSecond: return t;
    }
    return t;
}

// Keeps every repetition's time while the console shows the usual table.
class collecting_reporter : public benchmark::ConsoleReporter {
public:
    std::map<std::string, samples> by_name;

    void ReportRuns(const std::vector<Run>& runs) override {
        for (const auto& r : runs) {
            if (r.run_type != Run::RT_Iteration || r.error_occurred) continue;
            auto& s = by_name[r.run_name.function_name];
            s.cpu.push_back(seconds(r, r.GetAdjustedCPUTime()));
            s.real.push_back(seconds(r, r.GetAdjustedRealTime()));
        }
        ConsoleReporter::ReportRuns(runs);
    }
};

// What each operation is compared with, and the goal of issue 5 for that comparison.
struct goal {
    bench::op measured, reference;
    const char* what;
    double bound;
    bool at_least; // ratio = reference time / measured time must be >= bound, else measured/reference <= bound
    bool minus_reference = false; // measured is reference + the work of interest: ratio = (measured - reference) / reference
};
constexpr goal goals[] = {
    {bench::op::awsmodel_decode, bench::op::boost_parse, "decode vs boost::json::parse", 2.0, true},
    {bench::op::awsmodel_encode, bench::op::boost_serialize, "encode vs boost::json::serialize", 2.0, true},
    {bench::op::awsmodel_decode_validate, bench::op::awsmodel_decode, "validate / decode, per document", 0.25, false,
     true},
    {bench::op::awsmodel_validate, bench::op::awsmodel_decode, "validate / decode, whole set", 0.25, false},
    {bench::op::awsmodel_decode, bench::op::nlohmann_decode, "decode vs nlohmann hand mapping", 6.0, true},
    {bench::op::awsmodel_encode, bench::op::nlohmann_encode, "encode vs nlohmann hand mapping", 6.0, true},
};

std::string json_escape(std::string_view s) {
    std::string o;
    for (char c : s) {
        if (c == '"' || c == '\\') o += '\\';
        o += c;
    }
    return o;
}

bool take_flag(int& argc, char** argv, const char* name, std::string& value) {
    std::size_t n = std::strlen(name);
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], name, n) == 0 && argv[i][n] == '=') {
            value = argv[i] + n + 1;
            for (int j = i; j + 1 < argc; ++j) argv[j] = argv[j + 1];
            --argc;
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char** argv) {
    std::string corpus = bench::default_corpus_dir(), summary_out, td = "2000", vol = "500", inst = "300";
    take_flag(argc, argv, "--corpus", corpus);
    take_flag(argc, argv, "--summary_out", summary_out);
    take_flag(argc, argv, "--task_definitions", td);
    take_flag(argc, argv, "--volume_pages", vol);
    take_flag(argc, argv, "--instance_pages", inst);

    auto suites = bench::make_suites(corpus, std::stoul(td), std::stoul(vol), std::stoul(inst));
    for (auto& s : suites) {
        s->prepare();
        for (bench::op o : bench::all_ops) {
            const bench::suite* sp = s.get();
            std::string name = s->name() + "/" + std::string(bench::name_of(o));
            benchmark::RegisterBenchmark(name.c_str(), [sp, o](benchmark::State& st) {
                for (auto _ : st) benchmark::DoNotOptimize(sp->run(o));
                st.SetBytesProcessed(static_cast<std::int64_t>(st.iterations() * sp->bytes()));
                st.counters["documents"] = static_cast<double>(sp->set().documents.size());
            })->Unit(benchmark::kMillisecond);
        }
    }

    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    collecting_reporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();

    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);

    // The summary: medians, MB/s, and each ratio of issue 5 within this run.
    std::printf("\n%-32s %-18s %10s %10s %9s\n", "set", "operation", "median ms", "MB/s", "x boost");
    std::string json = "{\n  \"peak_rss_kib\": " + std::to_string(ru.ru_maxrss) + ",\n  \"sets\": [";
    bool first_set = true;
    for (auto& s : suites) {
        std::map<bench::op, double> cpu;
        std::string ops_json;
        for (bench::op o : bench::all_ops) {
            auto it = reporter.by_name.find(s->name() + "/" + std::string(bench::name_of(o)));
            if (it == reporter.by_name.end()) continue;
            double c = median(it->second.cpu), r = median(it->second.real);
            cpu[o] = c;
            if (!ops_json.empty()) ops_json += ",";
            ops_json += "\n        \"" + std::string(bench::name_of(o)) + "\": {\"cpu_s\": " + std::to_string(c) +
                        ", \"real_s\": " + std::to_string(r) +
                        ", \"repetitions\": " + std::to_string(it->second.cpu.size()) + "}";
        }
        if (cpu.empty()) continue;
        for (auto [o, c] : cpu) {
            bool enc = o == bench::op::boost_serialize || o == bench::op::awsmodel_encode || o == bench::op::nlohmann_encode;
            auto ref = cpu.find(enc ? bench::op::boost_serialize : bench::op::boost_parse);
            std::printf("%-32s %-18s %10.3f %10.1f %9.2f\n", s->name().c_str(), std::string(bench::name_of(o)).c_str(),
                        c * 1e3, static_cast<double>(s->bytes()) / c / 1e6,
                        ref == cpu.end() ? 0.0 : ref->second / c);
        }
        std::string goals_json;
        for (const goal& g : goals) {
            auto m = cpu.find(g.measured), r = cpu.find(g.reference);
            if (m == cpu.end() || r == cpu.end()) continue;
            double ratio = g.minus_reference ? (m->second - r->second) / r->second
                           : g.at_least      ? r->second / m->second
                                             : m->second / r->second;
            bool met = g.at_least ? ratio >= g.bound : ratio <= g.bound;
            std::printf("%-32s   goal %-34s %6.2f (%s %.2f) %s\n", s->name().c_str(), g.what, ratio,
                        g.at_least ? ">=" : "<=", g.bound, met ? "met" : "NOT MET");
            if (!goals_json.empty()) goals_json += ",";
            goals_json += "\n        {\"goal\": \"" + json_escape(g.what) + "\", \"ratio\": " + std::to_string(ratio) +
                          ", \"bound\": " + std::to_string(g.bound) + ", \"at_least\": " + (g.at_least ? "true" : "false") +
                          ", \"met\": " + (met ? "true" : "false") + "}";
        }
        json += std::string(first_set ? "" : ",") + "\n    {\"name\": \"" + s->name() + "\", \"documents\": " +
                std::to_string(s->set().documents.size()) + ", \"bytes\": " + std::to_string(s->bytes()) +
                ", \"rejected\": " + std::to_string(s->rejected()) + ",\n      \"ops\": {" + ops_json +
                "},\n      \"goals\": [" + goals_json + "]}";
        first_set = false;
    }
    json += "\n  ]\n}\n";
    std::printf("peak RSS of this process: %ld KiB\n", ru.ru_maxrss);
    if (!summary_out.empty()) std::ofstream(summary_out) << json;
    return 0;
}
