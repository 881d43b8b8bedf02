// expect: port_must_be_between_0_and_65535
#include <awsmodel/core/port.hpp>

#ifndef AWSMODEL_COMPILE_FAIL_FIXED
constexpr awsmodel::core::port p{70000};
#else
constexpr awsmodel::core::port p{65535};
#endif
int main() { return p.number() == 0; }
