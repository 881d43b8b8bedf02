// The measured TU of the compile-time goal: decodes a task definition, applies every rule and
// encodes it again. Header-only, the whole codec and every rule of the task definition are
// instantiated here; with AWSMODEL_SEPARATE_COMPILATION they come from awsmodel/src.hpp, and the
// shape's header declares all this TU needs.
#ifndef AWSMODEL_SEPARATE_COMPILATION
#include <awsmodel/core/json.hpp>
#include <awsmodel/core/validate.hpp>
#endif
#include <awsmodel/ecs/task_definition.hpp>

#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>

int main() {
    using namespace awsmodel;
    std::string text{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
    auto r = core::decode<ecs::register_task_definition_request>(text);
    if (!r) {
        for (const auto& d : r.diagnostics()) std::cerr << d << '\n';
        return 1;
    }
    for (const auto& d : core::validate(*r)) std::cerr << d << '\n';
    std::printf("%s\n", core::encode(*r).c_str());
}
