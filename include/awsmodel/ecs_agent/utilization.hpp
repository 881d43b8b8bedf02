// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_AGENT_UTILIZATION_HPP
#define AWSMODEL_ECS_AGENT_UTILIZATION_HPP

/// CPU and memory utilisation and network rates from the task metadata's stats, computed as the
/// Docker command line's `docker stats` computes them (docker/cli
/// `cli/command/container/stats_helpers.go`: calculateCPUPercentUnix, calculateCPUPercentWindows,
/// calculateMemUsageUnixNoCache, calculateMemPercentUnixNoCache):
///
/// - CPU, Linux: `(Δ cpu_usage.total_usage / Δ system_cpu_usage) × online_cpus × 100`, the deltas
///   between two samples, online_cpus the later sample's (the length of percpu_usage when 0).
///   100 is one CPU busy, so a task with 2 vCPUs busy reads 200. 0 when either delta is not positive.
/// - CPU, Windows (no system_cpu_usage): `Δ total_usage / ((read − preread in ns) / 100 × num_procs) × 100`,
///   total_usage counting 100 ns intervals.
/// - Memory: `usage − inactive file cache` (cgroup v1 `total_inactive_file`, cgroup v2
///   `inactive_file`, when below usage), and its share of `limit`; Windows: `privateworkingset`.
/// - Network: the sum over interfaces of the received and sent bytes' deltas divided by the time
///   between the samples' `read`.
///
/// Two samples are two answers of `/stats` or `/task/stats` (a container's stats at two times);
/// one sample also works, with its own `precpu_stats` as the earlier one (Docker's previous read).

#include <awsmodel/ecs_agent/stats.hpp>

#include <cstdint>
#include <optional>

namespace awsmodel::ecs_agent {

namespace detail {
inline std::uint64_t total_usage(const cpu_stats& s) {
    return s.cpu_usage && s.cpu_usage->total_usage ? *s.cpu_usage->total_usage : 0;
}
inline std::uint32_t online_cpus(const cpu_stats& s) {
    if (s.online_cpus && *s.online_cpus) return *s.online_cpus;
    if (s.cpu_usage && s.cpu_usage->percpu_usage && *s.cpu_usage->percpu_usage)
        return static_cast<std::uint32_t>((**s.cpu_usage->percpu_usage).size());
    return 0;
}
inline double cpu_percent_between(const cpu_stats& before, const cpu_stats& after, const stats& later,
                                  std::optional<std::int64_t> interval_ns) {
    const double cpu_delta = static_cast<double>(total_usage(after)) - static_cast<double>(total_usage(before));
    if (after.system_cpu_usage && before.system_cpu_usage) {
        const double system_delta = static_cast<double>(*after.system_cpu_usage) - static_cast<double>(*before.system_cpu_usage);
        if (system_delta <= 0 || cpu_delta <= 0) return 0;
        return cpu_delta / system_delta * online_cpus(after) * 100.0;
    }
    // Windows: no host CPU time; total_usage counts 100 ns intervals of each processor.
    if (!interval_ns || *interval_ns <= 0 || !later.num_procs || *later.num_procs == 0 || cpu_delta <= 0) return 0;
    const double possible = static_cast<double>(*interval_ns) / 100.0 * *later.num_procs;
    return cpu_delta / possible * 100.0;
}
} // namespace detail

/// CPU utilisation in percent of one CPU between two samples of one container (`earlier` taken
/// before `later`).
inline double cpu_percent(const stats& earlier, const stats& later) {
    if (!earlier.cpu_stats || !later.cpu_stats) return 0;
    std::optional<std::int64_t> interval;
    if (earlier.read && later.read && !earlier.read->is_zero() && !later.read->is_zero())
        interval = later.read->nanoseconds_since(*earlier.read);
    return detail::cpu_percent_between(*earlier.cpu_stats, *later.cpu_stats, later, interval);
}

/// The same from one sample, against its `precpu_stats`: what `docker stats` shows.
inline double cpu_percent(const stats& s) {
    if (!s.cpu_stats || !s.precpu_stats) return 0;
    std::optional<std::int64_t> interval;
    if (s.read && s.preread && !s.read->is_zero() && !s.preread->is_zero()) interval = s.read->nanoseconds_since(*s.preread);
    return detail::cpu_percent_between(*s.precpu_stats, *s.cpu_stats, s, interval);
}

/// Memory in use, without the page cache the kernel can drop, and its share of the limit.
struct memory_utilization {
    std::uint64_t used_bytes = 0;
    std::uint64_t limit_bytes = 0; ///< 0: no limit reported
    double percent = 0;            ///< of limit_bytes; 0 without a limit
};

inline memory_utilization memory_usage(const stats& s) {
    memory_utilization m;
    if (!s.memory_stats) return m;
    const memory_stats& ms = *s.memory_stats;
    if (ms.privateworkingset && !ms.usage) {
        m.used_bytes = *ms.privateworkingset; // Windows
    } else if (ms.usage) {
        m.used_bytes = *ms.usage;
        const std::uint64_t* cache = nullptr;
        if (ms.stats) {
            cache = ms.stats->find("total_inactive_file");              // cgroup v1
            if (!cache || *cache >= m.used_bytes) cache = ms.stats->find("inactive_file"); // cgroup v2
        }
        if (cache && *cache < m.used_bytes) m.used_bytes -= *cache;
    }
    m.limit_bytes = ms.limit.value_or(0);
    if (m.limit_bytes) m.percent = static_cast<double>(m.used_bytes) / static_cast<double>(m.limit_bytes) * 100.0;
    return m;
}

/// Received and sent bytes a second over all interfaces.
struct network_rates {
    double rx_bytes_per_second = 0;
    double tx_bytes_per_second = 0;
};

/// Between two samples, from the interfaces' counters and the samples' `read` times; nothing when
/// the samples have no interfaces (host networking) or no time between them.
inline std::optional<network_rates> network_rate(const stats& earlier, const stats& later) {
    if (!earlier.networks || !later.networks || !earlier.read || !later.read || earlier.read->is_zero()) return std::nullopt;
    const std::int64_t ns = later.read->nanoseconds_since(*earlier.read);
    if (ns <= 0) return std::nullopt;
    double rx = 0, tx = 0;
    for (const auto& entry : *later.networks) {
        const network_stats* before = earlier.networks->find(entry.first);
        if (!before) continue;
        rx += static_cast<double>(entry.second.rx_bytes.value_or(0)) - static_cast<double>(before->rx_bytes.value_or(0));
        tx += static_cast<double>(entry.second.tx_bytes.value_or(0)) - static_cast<double>(before->tx_bytes.value_or(0));
    }
    const double seconds = static_cast<double>(ns) / 1e9;
    return network_rates{rx / seconds, tx / seconds};
}

/// The agent's own rates (`network_rate_stats`, over its last two samples), when it wrote them.
inline std::optional<network_rates> network_rate(const stats& s) {
    if (!s.network_rate_stats) return std::nullopt;
    return network_rates{s.network_rate_stats->rx_bytes_per_sec.value_or(0), s.network_rate_stats->tx_bytes_per_sec.value_or(0)};
}

} // namespace awsmodel::ecs_agent

#endif
