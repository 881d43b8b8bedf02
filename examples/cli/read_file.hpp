// awsmodel: reading the command line's input files.
#ifndef AWSMODEL_CLI_READ_FILE_HPP
#define AWSMODEL_CLI_READ_FILE_HPP

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

namespace awsmodel::cli {

/// The whole of `path` ("-": standard input) into `out`; false when it cannot be read.
inline bool read_file(const std::string& path, std::string& out) {
    if (path == "-") {
        out.assign(std::istreambuf_iterator<char>(std::cin), {});
        return true;
    }
    std::ifstream f(path, std::ios::binary);
    if (!f) return false;
    out.assign(std::istreambuf_iterator<char>(f), {});
    return !f.bad();
}

} // namespace awsmodel::cli

#endif
