// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_AGENT_STATS_HPP
#define AWSMODEL_ECS_AGENT_STATS_HPP

/// The task metadata endpoint's statistics, version 4: `${ECS_CONTAINER_METADATA_URI_V4}/stats`
/// is Docker's stats of the calling container (the Engine API's ContainerStats, Docker's own
/// snake_case names) with the agent's `network_rate_stats`; `/task/stats` maps each container's
/// DockerId to such stats, to `null` (Fargate and Managed Instances: a stopped container) or to
/// `{}` (EC2: the agent had no stats for it). Every member is optional: `{}` is a real answer,
/// cgroup v2 leaves out `percpu_usage` and `max_usage`, Windows fills `storage_stats` and
/// `num_procs` and leaves the block I/O arrays `null`.
/// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-metadata-endpoint-v4-response.html
/// https://docs.docker.com/reference/api/engine/version/v1.45/#tag/Container/operation/ContainerStats
/// ecs_agent/utilization.hpp computes CPU and memory utilisation and network rates from them.

#include <awsmodel/core/codec_fwd.hpp>
#include <awsmodel/core/fields.hpp>
#include <awsmodel/core/nullable.hpp>
#include <awsmodel/core/rfc3339_time.hpp>
#include <awsmodel/core/string_map.hpp>
#include <awsmodel/shapes.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace awsmodel::ecs_agent {

#define AWSMODEL_ECS_AGENT_OPEN_STRUCT                                                                        \
    core::extra_members extra;                                                                                \
    core::member_order order;                                                                                 \
    static constexpr bool open_members = true

/// `pids_stats`; `{}` on Fargate and Managed Instances.
struct pids_stats : core::model {
    std::optional<std::uint64_t> current;
    std::optional<std::uint64_t> limit;
    AWSMODEL_ECS_AGENT_OPEN_STRUCT;
    static constexpr auto fields() {
        using T = pids_stats;
        return core::fields<core::snake_case, core::field<&T::current>, core::field<&T::limit>>();
    }
    friend bool operator==(const pids_stats&, const pids_stats&) = default;
};

/// An entry of a block I/O list: `op` is Read, Write, Sync, Async, Total (cgroup v1) or read,
/// write (cgroup v2).
struct blkio_entry : core::model {
    std::uint64_t major = 0;
    std::uint64_t minor = 0;
    std::string op;
    std::uint64_t value = 0;
    AWSMODEL_ECS_AGENT_OPEN_STRUCT;
    static constexpr auto fields() {
        using T = blkio_entry;
        return core::fields<core::snake_case, core::field<&T::major>, core::field<&T::minor>, core::field<&T::op>,
                            core::field<&T::value>>();
    }
    friend bool operator==(const blkio_entry&, const blkio_entry&) = default;
};

using blkio_list = std::optional<core::nullable<std::vector<blkio_entry>>>;

/// `blkio_stats`: each list is `null`, `[]` or entries.
struct blkio_stats : core::model {
    blkio_list io_service_bytes_recursive;
    blkio_list io_serviced_recursive;
    blkio_list io_queue_recursive;
    blkio_list io_service_time_recursive;
    blkio_list io_wait_time_recursive;
    blkio_list io_merged_recursive;
    blkio_list io_time_recursive;
    blkio_list sectors_recursive;
    AWSMODEL_ECS_AGENT_OPEN_STRUCT;
    static constexpr auto fields() {
        using T = blkio_stats;
        return core::fields<core::snake_case, core::field<&T::io_service_bytes_recursive>,
                            core::field<&T::io_serviced_recursive>, core::field<&T::io_queue_recursive>,
                            core::field<&T::io_service_time_recursive>, core::field<&T::io_wait_time_recursive>,
                            core::field<&T::io_merged_recursive>, core::field<&T::io_time_recursive>,
                            core::field<&T::sectors_recursive>>();
    }
    friend bool operator==(const blkio_stats&, const blkio_stats&) = default;
};

/// `storage_stats` (Windows; `{}` on Linux).
struct storage_stats : core::model {
    std::optional<std::uint64_t> read_count_normalized;
    std::optional<std::uint64_t> read_size_bytes;
    std::optional<std::uint64_t> write_count_normalized;
    std::optional<std::uint64_t> write_size_bytes;
    AWSMODEL_ECS_AGENT_OPEN_STRUCT;
    static constexpr auto fields() {
        using T = storage_stats;
        return core::fields<core::snake_case, core::field<&T::read_count_normalized>, core::field<&T::read_size_bytes>,
                            core::field<&T::write_count_normalized>, core::field<&T::write_size_bytes>>();
    }
    friend bool operator==(const storage_stats&, const storage_stats&) = default;
};

/// `cpu_usage`, in nanoseconds of CPU time (Windows: 100 ns units).
struct cpu_usage : core::model {
    std::optional<std::uint64_t> total_usage;
    /// Per CPU; absent on cgroup v2, `null` from some Docker versions.
    std::optional<core::nullable<std::vector<std::uint64_t>>> percpu_usage;
    std::optional<std::uint64_t> usage_in_kernelmode;
    std::optional<std::uint64_t> usage_in_usermode;
    AWSMODEL_ECS_AGENT_OPEN_STRUCT;
    static constexpr auto fields() {
        using T = cpu_usage;
        return core::fields<core::snake_case, core::field<&T::total_usage>, core::field<&T::percpu_usage>,
                            core::field<&T::usage_in_kernelmode>, core::field<&T::usage_in_usermode>>();
    }
    friend bool operator==(const cpu_usage&, const cpu_usage&) = default;
};

/// `throttling_data`.
struct throttling_data : core::model {
    std::optional<std::uint64_t> periods;
    std::optional<std::uint64_t> throttled_periods;
    std::optional<std::uint64_t> throttled_time;
    AWSMODEL_ECS_AGENT_OPEN_STRUCT;
    static constexpr auto fields() {
        using T = throttling_data;
        return core::fields<core::snake_case, core::field<&T::periods>, core::field<&T::throttled_periods>,
                            core::field<&T::throttled_time>>();
    }
    friend bool operator==(const throttling_data&, const throttling_data&) = default;
};

/// `cpu_stats` and `precpu_stats` (the sample before, as Docker keeps it).
struct cpu_stats : core::model {
    std::optional<ecs_agent::cpu_usage> cpu_usage;
    /// The host's CPU time since boot, in nanoseconds, over all CPUs (Linux only).
    std::optional<std::uint64_t> system_cpu_usage;
    std::optional<std::uint32_t> online_cpus;
    std::optional<ecs_agent::throttling_data> throttling_data;
    AWSMODEL_ECS_AGENT_OPEN_STRUCT;
    static constexpr auto fields() {
        using T = cpu_stats;
        return core::fields<core::snake_case, core::field<&T::cpu_usage>, core::field<&T::system_cpu_usage>,
                            core::field<&T::online_cpus>, core::field<&T::throttling_data>>();
    }
    friend bool operator==(const cpu_stats&, const cpu_stats&) = default;
};

/// `memory_stats`, in bytes. `stats` holds the cgroup's counters, whose names differ between
/// cgroup v1 (`cache`, `rss`, `total_inactive_file`, ...) and v2 (`anon`, `file`, `inactive_file`, ...).
struct memory_stats : core::model {
    std::optional<std::uint64_t> usage;
    std::optional<std::uint64_t> max_usage;
    std::optional<core::string_map<std::uint64_t>> stats;
    std::optional<std::uint64_t> failcnt;
    std::optional<std::uint64_t> limit;
    std::optional<std::uint64_t> commitbytes;
    std::optional<std::uint64_t> commitpeakbytes;
    std::optional<std::uint64_t> privateworkingset;
    AWSMODEL_ECS_AGENT_OPEN_STRUCT;
    static constexpr auto fields() {
        using T = memory_stats;
        return core::fields<core::snake_case, core::field<&T::usage>, core::field<&T::max_usage>, core::field<&T::stats>,
                            core::field<&T::failcnt>, core::field<&T::limit>, core::field<&T::commitbytes>,
                            core::field<&T::commitpeakbytes>, core::field<&T::privateworkingset>>();
    }
    friend bool operator==(const memory_stats&, const memory_stats&) = default;
};

/// An interface of `networks`, counters since the interface came up.
struct network_stats : core::model {
    std::optional<std::uint64_t> rx_bytes;
    std::optional<std::uint64_t> rx_packets;
    std::optional<std::uint64_t> rx_errors;
    std::optional<std::uint64_t> rx_dropped;
    std::optional<std::uint64_t> tx_bytes;
    std::optional<std::uint64_t> tx_packets;
    std::optional<std::uint64_t> tx_errors;
    std::optional<std::uint64_t> tx_dropped;
    std::optional<std::string> endpoint_id;
    std::optional<std::string> instance_id;
    AWSMODEL_ECS_AGENT_OPEN_STRUCT;
    static constexpr auto fields() {
        using T = network_stats;
        return core::fields<core::snake_case, core::field<&T::rx_bytes>, core::field<&T::rx_packets>,
                            core::field<&T::rx_errors>, core::field<&T::rx_dropped>, core::field<&T::tx_bytes>,
                            core::field<&T::tx_packets>, core::field<&T::tx_errors>, core::field<&T::tx_dropped>,
                            core::field<&T::endpoint_id>, core::field<&T::instance_id>>();
    }
    friend bool operator==(const network_stats&, const network_stats&) = default;
};

/// `network_rate_stats`: the agent's own rates over its last two samples, bytes a second.
struct network_rate_stats : core::model {
    std::optional<double> rx_bytes_per_sec;
    std::optional<double> tx_bytes_per_sec;
    AWSMODEL_ECS_AGENT_OPEN_STRUCT;
    static constexpr auto fields() {
        using T = network_rate_stats;
        return core::fields<core::snake_case, core::field<&T::rx_bytes_per_sec>, core::field<&T::tx_bytes_per_sec>>();
    }
    friend bool operator==(const network_rate_stats&, const network_rate_stats&) = default;
};

/// A container's stats (`/stats`, and each value of `/task/stats`).
struct stats : core::model {
    /// When Docker took this sample and the one before; Go's zero time when it has none.
    std::optional<core::rfc3339_time> read;
    std::optional<core::rfc3339_time> preread;
    std::optional<ecs_agent::pids_stats> pids_stats;
    std::optional<ecs_agent::blkio_stats> blkio_stats;
    std::optional<std::uint32_t> num_procs;
    std::optional<ecs_agent::storage_stats> storage_stats;
    std::optional<ecs_agent::cpu_stats> cpu_stats;
    std::optional<ecs_agent::cpu_stats> precpu_stats;
    std::optional<ecs_agent::memory_stats> memory_stats;
    /// EC2: the Docker name with its leading `/`; Fargate: the container's name.
    std::optional<std::string> name;
    std::optional<std::string> id;
    std::optional<core::string_map<network_stats>> networks;
    std::optional<ecs_agent::network_rate_stats> network_rate_stats;
    AWSMODEL_ECS_AGENT_OPEN_STRUCT;
    static constexpr auto fields() {
        using T = stats;
        return core::fields<core::snake_case, core::field<&T::read>, core::field<&T::preread>, core::field<&T::pids_stats>,
                            core::field<&T::blkio_stats>, core::field<&T::num_procs>, core::field<&T::storage_stats>,
                            core::field<&T::cpu_stats>, core::field<&T::precpu_stats>, core::field<&T::memory_stats>,
                            core::field<&T::name>, core::field<&T::id>, core::field<&T::networks>,
                            core::field<&T::network_rate_stats>>();
    }
    friend bool operator==(const stats&, const stats&) = default;
};

#undef AWSMODEL_ECS_AGENT_OPEN_STRUCT

/// `/task/stats`: each container's DockerId to its stats, `null` or `{}`.
using task_stats = core::string_map<core::nullable<stats>>;

} // namespace awsmodel::ecs_agent

template <>
inline constexpr bool awsmodel::core::is_top_level_document<awsmodel::ecs_agent::task_stats> = true;

AWSMODEL_EXTERN_CODECS(AWSMODEL_SHAPES_ECS_AGENT_STATS);

#endif
