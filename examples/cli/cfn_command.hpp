// awsmodel: the command line's `cfn` command (cfn_command.cpp).
#ifndef AWSMODEL_CLI_CFN_COMMAND_HPP
#define AWSMODEL_CLI_CFN_COMMAND_HPP

#include <string>
#include <vector>

namespace awsmodel::cli {
/// `awsmodel cfn ARGS...`: the exit status.
int cmd_cfn(std::vector<std::string> args);
} // namespace awsmodel::cli

#endif
