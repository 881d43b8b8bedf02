// expect: action_is_not_in_iams_catalogue
#include <awsmodel/iam/actions.hpp>

int main() {
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    constexpr awsmodel::iam::action pull{"ecr:BatchGetImages"};
#else
    constexpr awsmodel::iam::action pull{"ecr:BatchGetImage"};
#endif
    return pull.view().empty();
}
