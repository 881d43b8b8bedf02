// Checks RegisterTaskDefinition documents (AWS CLI --cli-input-json form) before they are
// registered: each file is decoded and validated, and every finding is printed as
//
//   FILE:POINTER: RULE: message            (warnings: FILE:POINTER: RULE (warning): message)
//
// The exit status is 0 when no file has an error, 1 otherwise, and 2 for a usage mistake, so the
// program can stop a deployment pipeline:
//
//   validate_files deploy/*.json && aws ecs register-task-definition --cli-input-json file://...
#include <awsmodel/core/json.hpp>
#include <awsmodel/core/validate.hpp>
#include <awsmodel/ecs/task_definition.hpp>
#include <awsmodel/ecs/task_definition_rules.hpp> // what validate() applies to a task definition

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

namespace {

using namespace awsmodel;

// [validate-one]
// Every finding of one document: first the decoder's (JSON syntax, unknown or mistyped members,
// missing required ones), then, when it decoded, every rule's.
core::diagnostics check(const std::string& text) {
    auto decoded = core::decode<ecs::register_task_definition_request>(text);
    core::diagnostics findings = decoded.diagnostics();
    if (decoded) {
        auto more = core::validate(*decoded);
        findings.insert(findings.end(), more.begin(), more.end());
    }
    return findings;
}
// [validate-one]

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: " << argv[0] << " TASK-DEFINITION.json...\n";
        return 2;
    }
    bool errors = false;
    for (int i = 1; i < argc; ++i) {
        const std::string file = argv[i];
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            std::cout << file << ": cannot be read\n";
            errors = true;
            continue;
        }
        std::string text(std::istreambuf_iterator<char>(in), {});
        // [validate-print]
        for (const auto& d : check(text)) {
            std::cout << file << ':' << (d.pointer.empty() ? "/" : d.pointer) << ": " << d.rule
                      << (d.level == core::severity::warning ? " (warning)" : "") << ": " << d.message << '\n';
            errors = errors || d.level == core::severity::error;
        }
        // [validate-print]
    }
    return errors ? 1 : 0;
}
