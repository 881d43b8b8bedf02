// expect: task_memory_must_be_mib_like_2048_or_gb_like_2_gb
#include <awsmodel/ecs/task_size.hpp>

int main() {
    awsmodel::ecs::task_cpu cpu{"0.5 vCPU"};
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    awsmodel::ecs::task_memory memory{"2 GiB"}; // ECS takes MiB or GB, no other unit
#else
    awsmodel::ecs::task_memory memory{"2 GB"};
#endif
    return cpu.units()->count() == 0 || memory.mebibytes()->count() == 0;
}
