// expect: field_table_names_a_wire_name_twice
// A table that repeats one member and leaves out another has as many entries as the struct has
// members, so the completeness check alone would pass it; the decoder's index of wire names
// refuses the repeated name, and the member left out cannot go unnoticed.
#include <awsmodel/core/json.hpp>

#include <optional>
#include <string>

namespace shop {
struct order : awsmodel::core::model {
    std::string order_id;
    std::optional<std::string> note;
    std::optional<int> quantity;

    static constexpr auto fields() {
        using T = order;
        namespace core = awsmodel::core;
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
        return core::fields<core::camel_case, core::field<&T::order_id>, core::field<&T::note>,
                            core::field<&T::note>>();
#else
        return core::fields<core::camel_case, core::field<&T::order_id>, core::field<&T::note>,
                            core::field<&T::quantity>>();
#endif
    }
};
} // namespace shop

int main() { return awsmodel::core::decode<shop::order>(R"({"orderId":"1"})") ? 0 : 1; }
