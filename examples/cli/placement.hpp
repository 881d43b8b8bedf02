// awsmodel: the place and capacity commands of the command line (placement.cpp).
#ifndef AWSMODEL_EXAMPLES_CLI_PLACEMENT_HPP
#define AWSMODEL_EXAMPLES_CLI_PLACEMENT_HPP

#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::cli {

/// Runs `awsmodel place ARGS...` or `awsmodel capacity ARGS...`; returns the exit status.
int run_placement(std::string_view command, const std::vector<std::string>& args);

} // namespace awsmodel::cli

#endif
