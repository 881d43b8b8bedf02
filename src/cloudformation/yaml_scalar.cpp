// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
//
// YAML 1.1's implicit types of plain scalars, with PyYAML's patterns (yaml/resolver.py) so that a
// template means to awsmodel what it means to cfn-lint: `Port: 0123` is the integer 83 to both.

#include "reader.hpp"

#include <array>
#include <cmath>
#include <cstdlib>
#include <cstdint>
#include <limits>
#include <regex>
#include <string>

namespace awsmodel::cloudformation::detail {
namespace {

bool is_one_of(std::string_view s, std::initializer_list<std::string_view> words) {
    for (std::string_view w : words)
        if (s == w) return true;
    return false;
}

// PyYAML's implicit float and int resolvers, in the order it tries them (floats first).
struct yaml_1_1_numbers {
    std::regex floats{R"([-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+][0-9]+)?)"
                      R"(|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?)"
                      R"(|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*)"
                      R"(|[-+]?\.(?:inf|Inf|INF))"
                      R"(|\.(?:nan|NaN|NAN))",
                      std::regex::optimize};
    std::regex ints{R"([-+]?0b[0-1_]+)"
                    R"(|[-+]?0[0-7_]+)"
                    R"(|[-+]?(?:0|[1-9][0-9_]*))"
                    R"(|[-+]?0x[0-9a-fA-F_]+)"
                    R"(|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)",
                    std::regex::optimize};
};

const yaml_1_1_numbers& numbers() {
    static const yaml_1_1_numbers patterns;
    return patterns;
}

// The magnitude of digits in `base`, or a double once it leaves 64 bits, as Python's ints do not.
boost::json::value integer(bool negative, std::string_view digits, unsigned base) {
    std::uint64_t u = 0;
    double d = 0;
    bool big = false;
    for (char c : digits) {
        unsigned v = c <= '9' ? unsigned(c - '0') : unsigned((c | 0x20) - 'a' + 10);
        if (!big && u > (std::numeric_limits<std::uint64_t>::max() - v) / base) {
            big = true;
            d = static_cast<double>(u);
        }
        if (big)
            d = d * base + v;
        else
            u = u * base + v;
    }
    if (big && base == 10) d = std::strtod(std::string(digits).c_str(), nullptr); // rounded correctly
    if (big) return negative ? -d : d;
    if (!negative) {
        if (u <= std::uint64_t(std::numeric_limits<std::int64_t>::max())) return std::int64_t(u);
        return u;
    }
    if (u <= std::uint64_t(std::numeric_limits<std::int64_t>::max())) return -std::int64_t(u);
    if (u == std::uint64_t(std::numeric_limits<std::int64_t>::max()) + 1) return std::numeric_limits<std::int64_t>::min();
    return -static_cast<double>(u);
}

// Base 60, "1:30" = 90: the parts from the most significant.
template <class Part>
double sexagesimal(std::string_view s, Part part) {
    double total = 0;
    for (;;) {
        std::size_t colon = s.find(':');
        total = total * 60 + part(s.substr(0, colon));
        if (colon == std::string_view::npos) return total;
        s.remove_prefix(colon + 1);
    }
}

boost::json::value resolve_int(std::string_view text) {
    std::string s;
    for (char c : text)
        if (c != '_') s += c;
    bool negative = false;
    std::string_view v = s;
    if (!v.empty() && (v[0] == '-' || v[0] == '+')) {
        negative = v[0] == '-';
        v.remove_prefix(1);
    }
    if (v == "0") return std::int64_t(0);
    if (v.starts_with("0b")) return v.size() > 2 ? integer(negative, v.substr(2), 2) : boost::json::value(text);
    if (v.starts_with("0x")) return v.size() > 2 ? integer(negative, v.substr(2), 16) : boost::json::value(text);
    if (v.starts_with("0")) return integer(negative, v, 8);
    if (v.find(':') != std::string_view::npos) {
        double total = sexagesimal(v, [](std::string_view part) { return std::strtod(std::string(part).c_str(), nullptr); });
        if (!std::isfinite(total)) return boost::json::value(text); // JSON has no infinity
        if (total <= double(std::numeric_limits<std::int64_t>::max()))
            return negative ? -std::int64_t(total) : std::int64_t(total);
        return negative ? -total : total;
    }
    return integer(negative, v, 10);
}

boost::json::value resolve_float(std::string_view text) {
    std::string s;
    for (char c : text)
        if (c != '_') s += c;
    if (s.find("inf") != std::string::npos || s.find("Inf") != std::string::npos || s.find("INF") != std::string::npos ||
        s.find("nan") != std::string::npos || s.find("NaN") != std::string::npos || s.find("NAN") != std::string::npos)
        return boost::json::value(text); // JSON has no infinity or NaN
    bool negative = false;
    std::string_view v = s;
    if (!v.empty() && (v[0] == '-' || v[0] == '+')) {
        negative = v[0] == '-';
        v.remove_prefix(1);
    }
    double d = 0;
    if (v.find(':') != std::string_view::npos)
        d = sexagesimal(v, [](std::string_view part) { return std::strtod(std::string(part).c_str(), nullptr); });
    else {
        std::string digits(v);
        if (digits.back() == '.') digits += '0'; // "1." is 1.0 to Python, not to strtod in every locale
        if (digits.front() == '.') digits.insert(digits.begin(), '0');
        d = std::strtod(digits.c_str(), nullptr);
    }
    if (!std::isfinite(d)) return boost::json::value(text);
    return negative ? -d : d;
}

} // namespace

boost::json::value resolve_plain_scalar(std::string_view text) {
    if (is_one_of(text, {"", "~", "null", "Null", "NULL"})) return nullptr;
    if (is_one_of(text, {"yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"})) return true;
    if (is_one_of(text, {"no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"})) return false;
    const char first = text.front();
    if (!(first == '-' || first == '+' || first == '.' || (first >= '0' && first <= '9'))) return boost::json::value(text);
    // the patterns are anchored; a scalar of a few kilobytes of digits is no number anyway
    if (text.size() > 400) return boost::json::value(text);
    std::string s(text);
    boost::json::value v = std::regex_match(s, numbers().floats) ? resolve_float(text)
                           : std::regex_match(s, numbers().ints) ? resolve_int(text)
                                                                  : boost::json::value(text);
    // beyond a double's range: JSON has no infinity, so the text stays (Python would keep the integer)
    if (v.is_double() && !std::isfinite(v.as_double())) return boost::json::value(text);
    return v;
}

} // namespace awsmodel::cloudformation::detail
