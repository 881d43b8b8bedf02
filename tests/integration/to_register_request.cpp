// awsmodel-integration-to-register-request: the RegisterTaskDefinition request that registers a
// described task definition again, as ecs::to_register_request makes it.
//
//   awsmodel-integration-to-register-request FILE...
//
// Each FILE holds a DescribeTaskDefinition response (what `aws ecs describe-task-definition`
// prints). It is decoded strictly, as the awsmodel command line does, then converted. One line goes
// to standard output per FILE, in order, so that one process serves a whole batch:
//
//   {"file":FILE,"request":{...}}         the converted request
//   {"file":FILE,"findings":["..."]}      why there is none (decoding or conversion errors)
//
// The exit status is 1 when any FILE has findings, 2 on a usage error.
#include <awsmodel/core/json.hpp>
#include <awsmodel/ecs/task_definition.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

namespace {
using namespace awsmodel;

boost::json::array describe(const core::diagnostics& ds) {
    boost::json::array out;
    for (const auto& d : ds)
        out.emplace_back(core::cat(d.pointer.empty() ? "/" : d.pointer, ": ", d.rule, ": ", d.message));
    return out;
}

// The converted request, or the findings that stopped it.
boost::json::object convert(const std::string& file) {
    boost::json::object line{{"file", file}};
    std::ifstream f(file, std::ios::binary);
    if (!f) {
        line["findings"] = boost::json::array{"cannot read the file"};
        return line;
    }
    std::string text(std::istreambuf_iterator<char>(f), {});
    auto described = core::decode<ecs::describe_task_definition_response>(text);
    if (!described) {
        line["findings"] = describe(described.diagnostics());
        return line;
    }
    auto request = ecs::to_register_request(*described);
    if (!request) {
        line["findings"] = describe(request.diagnostics());
        return line;
    }
    // The request as core::encode writes it: the same text the test compares with what was sent.
    line["request"] = boost::json::parse(core::encode(*request));
    return line;
}

} // namespace

int main(int argc, char** argv) try {
    if (argc < 2) {
        std::cerr << "usage: awsmodel-integration-to-register-request FILE...\n";
        return 2;
    }
    bool failed = false;
    for (int i = 1; i < argc; ++i) {
        boost::json::object line = convert(argv[i]);
        failed |= line.contains("findings");
        std::cout << boost::json::serialize(line) << '\n';
    }
    return failed ? 1 : 0;
} catch (const std::exception& e) {
    std::cerr << "awsmodel-integration-to-register-request: " << e.what() << '\n';
    return 2;
}
