// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_FARGATE_HPP
#define AWSMODEL_ECS_FARGATE_HPP

/// The Fargate task sizes (ECS-TD-013, ECS-TD-016): which task memory each task CPU allows, on
/// Linux and on Windows. One table, used by the runtime rules and by the compile-time checks.
/// Source: the ECS developer guide's task CPU and memory table (with the OS column) and the
/// botocore ECS model's RegisterTaskDefinitionRequest.memory documentation, as of 2026-11.

#include <awsmodel/core/diagnostic.hpp>
#include <awsmodel/core/quantity.hpp>

#include <array>
#include <cstdint>
#include <string>

namespace awsmodel::ecs {

struct fargate_row {
    std::int32_t cpu;                   ///< CPU units (1024 = 1 vCPU)
    std::int32_t min_mib, max_mib, step_mib;
    bool windows;                       ///< also offered for Windows tasks
};

inline constexpr std::array<fargate_row, 7> fargate_sizes{{
    {256, 512, 2048, 0, false}, // 512, 1024, 2048: not a regular step
    {512, 1024, 4096, 1024, false},
    {1024, 2048, 8192, 1024, true},
    {2048, 4096, 16384, 1024, true},
    {4096, 8192, 30720, 1024, true},
    {8192, 16384, 61440, 4096, false},
    {16384, 32768, 122880, 8192, false},
}};

constexpr const fargate_row* fargate_row_for(std::int64_t cpu) noexcept {
    for (const auto& r : fargate_sizes)
        if (r.cpu == cpu) return &r;
    return nullptr;
}

constexpr bool fargate_memory_allowed(const fargate_row& r, std::int64_t mib) noexcept {
    if (r.cpu == 256) return mib == 512 || mib == 1024 || mib == 2048;
    return mib >= r.min_mib && mib <= r.max_mib && (mib - r.min_mib) % r.step_mib == 0;
}

constexpr bool fargate_size_allowed(std::int64_t cpu, std::int64_t mib, bool windows = false) noexcept {
    const fargate_row* r = fargate_row_for(cpu);
    return r && (!windows || r->windows) && fargate_memory_allowed(*r, mib);
}

/// The memory values a CPU size takes, for messages: "2048-8192 MiB in steps of 1024".
inline std::string fargate_allowed_memory(std::int64_t cpu) {
    const fargate_row* r = fargate_row_for(cpu);
    if (!r) return "none: Fargate CPU is 256, 512, 1024, 2048, 4096, 8192 or 16384";
    if (r->cpu == 256) return "512, 1024 or 2048 MiB";
    return core::cat(r->min_mib, "-", r->max_mib, " MiB in steps of ", r->step_mib);
}

namespace literal_error {
// Named so that the compiler's message lists what the CPU size allows.
void fargate_cpu_must_be_256_512_1024_2048_4096_8192_or_16384_units();
void fargate_256_cpu_takes_512_1024_or_2048_mib();
void fargate_512_cpu_takes_1024_to_4096_mib_in_steps_of_1024();
void fargate_1024_cpu_takes_2048_to_8192_mib_in_steps_of_1024();
void fargate_2048_cpu_takes_4096_to_16384_mib_in_steps_of_1024();
void fargate_4096_cpu_takes_8192_to_30720_mib_in_steps_of_1024();
void fargate_8192_cpu_takes_16384_to_61440_mib_in_steps_of_4096();
void fargate_16384_cpu_takes_32768_to_122880_mib_in_steps_of_8192();
void fargate_windows_takes_only_1024_2048_or_4096_cpu_units();
} // namespace literal_error

/// A Fargate task size written as literals, checked against the table when compiled:
/// `ecs::fargate_size{1024, 3072}` compiles, `ecs::fargate_size{256, 4096}` does not.
struct fargate_size {
    core::cpu_units cpu;
    core::mebibytes memory;
    bool windows = false;

    consteval fargate_size(int cpu_units, int memory_mib, bool for_windows = false)
        : cpu(cpu_units), memory(memory_mib), windows(for_windows) {
        const fargate_row* r = fargate_row_for(cpu_units);
        if (!r) literal_error::fargate_cpu_must_be_256_512_1024_2048_4096_8192_or_16384_units();
        if (for_windows && !r->windows) literal_error::fargate_windows_takes_only_1024_2048_or_4096_cpu_units();
        if (!fargate_memory_allowed(*r, memory_mib)) {
            switch (cpu_units) {
            case 256: literal_error::fargate_256_cpu_takes_512_1024_or_2048_mib(); break;
            case 512: literal_error::fargate_512_cpu_takes_1024_to_4096_mib_in_steps_of_1024(); break;
            case 1024: literal_error::fargate_1024_cpu_takes_2048_to_8192_mib_in_steps_of_1024(); break;
            case 2048: literal_error::fargate_2048_cpu_takes_4096_to_16384_mib_in_steps_of_1024(); break;
            case 4096: literal_error::fargate_4096_cpu_takes_8192_to_30720_mib_in_steps_of_1024(); break;
            case 8192: literal_error::fargate_8192_cpu_takes_16384_to_61440_mib_in_steps_of_4096(); break;
            default: literal_error::fargate_16384_cpu_takes_32768_to_122880_mib_in_steps_of_8192(); break;
            }
        }
    }
};

/// The same check with the size as template arguments: `ecs::fargate<1024, 2048>`.
template <int Cpu, int MemoryMib>
inline constexpr fargate_size fargate{Cpu, MemoryMib};

} // namespace awsmodel::ecs

#endif
