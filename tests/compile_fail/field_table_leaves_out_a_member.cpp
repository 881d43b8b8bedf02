// expect: field_table_is_complete<shop::order, 2>
// A field table that forgets a data member would silently drop it from decoding, encoding and
// validation; it does not compile, and the error names the struct.
#include <awsmodel/core/fields.hpp>

#include <boost/hana/length.hpp>

#include <optional>
#include <string>

namespace shop {
struct order : awsmodel::core::model {
    std::string order_id;
    std::optional<std::string> note;
    std::optional<int> quantity;
    awsmodel::core::extra_members extra;

    static constexpr auto fields() {
        using T = order;
        namespace core = awsmodel::core;
#ifndef AWSMODEL_COMPILE_FAIL_FIXED
        return core::fields<core::camel_case, core::field<&T::order_id>, core::field<&T::note>>();
#else
        return core::fields<core::camel_case, core::field<&T::order_id>, core::field<&T::note>,
                            core::field<&T::quantity>>();
#endif
    }
};
} // namespace shop

int main() { return static_cast<int>(boost::hana::length(shop::order::fields())); }
