// expect: s3_bucket_name_may_hold_only_lower_case_letters_digits_dots_and_hyphens
#include <awsmodel/ecs/cluster.hpp>

int main() {
    awsmodel::ecs::execute_command_log_configuration log;
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
    log.s3_bucket_name = awsmodel::ecs::log_bucket_name("Exec_Logs");
#else
    log.s3_bucket_name = awsmodel::ecs::log_bucket_name("exec-logs");
#endif
    return log.s3_bucket_name->str().empty();
}
