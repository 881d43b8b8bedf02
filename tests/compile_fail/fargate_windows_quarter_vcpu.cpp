// expect: fargate_windows_takes_only_1024_2048_or_4096_cpu_units
#include <awsmodel/ecs/fargate.hpp>

#ifndef AWSMODEL_COMPILE_FAIL_FIXED
constexpr awsmodel::ecs::fargate_size size{512, 1024, true};
#else
constexpr awsmodel::ecs::fargate_size size{1024, 2048, true};
#endif
int main() { return size.windows ? 0 : 1; }
