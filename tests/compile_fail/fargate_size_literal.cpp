// expect: fargate_256_cpu_takes_512_1024_or_2048_mib
#include <awsmodel/ecs/fargate.hpp>

#ifndef AWSMODEL_COMPILE_FAIL_FIXED
constexpr auto size = awsmodel::ecs::fargate<256, 4096>;
#else
constexpr auto size = awsmodel::ecs::fargate<256, 2048>;
#endif
int main() { return size.cpu.count() == 256 ? 0 : 1; }
