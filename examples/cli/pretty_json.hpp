// The awsmodel command line: JSON text indented two spaces a level, keys in the object's order.
#ifndef AWSMODEL_EXAMPLES_CLI_PRETTY_JSON_HPP
#define AWSMODEL_EXAMPLES_CLI_PRETTY_JSON_HPP

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <ostream>
#include <string>

namespace awsmodel::cli {

inline void pretty_print(std::ostream& os, const boost::json::value& v, std::string& indent) {
    switch (v.kind()) {
    case boost::json::kind::object: {
        const auto& o = v.get_object();
        if (o.empty()) {
            os << "{}";
            return;
        }
        os << "{\n";
        indent.append(2, ' ');
        bool first = true;
        for (const auto& [key, value] : o) {
            if (!first) os << ",\n";
            first = false;
            os << indent << boost::json::serialize(key) << ": ";
            pretty_print(os, value, indent);
        }
        indent.resize(indent.size() - 2);
        os << '\n' << indent << '}';
        return;
    }
    case boost::json::kind::array: {
        const auto& a = v.get_array();
        if (a.empty()) {
            os << "[]";
            return;
        }
        os << "[\n";
        indent.append(2, ' ');
        bool first = true;
        for (const auto& e : a) {
            if (!first) os << ",\n";
            first = false;
            os << indent;
            pretty_print(os, e, indent);
        }
        indent.resize(indent.size() - 2);
        os << '\n' << indent << ']';
        return;
    }
    default:
        os << boost::json::serialize(v);
    }
}

inline void pretty_print(std::ostream& os, const boost::json::value& v) {
    std::string indent;
    pretty_print(os, v, indent);
    os << '\n';
}

} // namespace awsmodel::cli

#endif
