// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_AGENT_CONFIG_VALUE_HPP
#define AWSMODEL_ECS_AGENT_CONFIG_VALUE_HPP

/// The value of an ecs.config variable as the agent parses it (ecs_agent/config_variables.hpp
/// gives each variable's type): `parse_config_value(variable, text)` is the typed value, or why
/// the agent would not take it. Each parser accepts what the agent's accepts, Go's: strconv's
/// booleans and numbers, time.ParseDuration, encoding/json.

#include <awsmodel/ecs_agent/config_variables.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <chrono>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <variant>
#include <vector>

namespace awsmodel::ecs_agent {

/// A typed value: by config_type, std::string (string, enumeration), bool, nanoseconds
/// (duration), std::uint16_t, std::int64_t (integer), double (number), ports (port_list and
/// port_range's two ends), strings (string_list, comma_list), pairs (string_map), or two
/// integers (integer_pair).
using config_ports = std::vector<std::uint16_t>;
using config_strings = std::vector<std::string>;
using config_pairs = std::vector<std::pair<std::string, std::string>>;
using config_integer_pair = std::pair<std::int64_t, std::int64_t>;
using config_value = std::variant<std::string, bool, std::chrono::nanoseconds, std::uint16_t, std::int64_t, double,
                                  config_ports, config_strings, config_pairs, config_integer_pair>;

/// A value the agent would not take, and why (a sentence part: "is not a JSON array").
struct config_value_error {
    std::string why;
};

namespace detail {

inline std::string_view trim_go(std::string_view s) noexcept {
    // strings.TrimSpace: the ASCII white space a configuration file holds.
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f'; };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    return s;
}

inline std::optional<bool> go_bool(std::string_view v) noexcept {
    for (std::string_view t : {"1", "t", "T", "TRUE", "true", "True"})
        if (v == t) return true;
    for (std::string_view f : {"0", "f", "F", "FALSE", "false", "False"})
        if (v == f) return false;
    return std::nullopt;
}

inline std::optional<std::int64_t> go_int(std::string_view v) noexcept {
    bool negative = false;
    if (!v.empty() && (v[0] == '+' || v[0] == '-')) {
        negative = v[0] == '-';
        v.remove_prefix(1);
    }
    if (v.empty() || v.size() > 18) return std::nullopt;
    std::int64_t n = 0;
    for (char c : v) {
        if (c < '0' || c > '9') return std::nullopt;
        n = n * 10 + (c - '0');
    }
    return negative ? -n : n;
}

/// Go's time.ParseDuration, to nanoseconds.
inline std::optional<std::chrono::nanoseconds> go_duration(std::string_view s) noexcept {
    bool negative = false;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        negative = s[0] == '-';
        s.remove_prefix(1);
    }
    if (s == "0") return std::chrono::nanoseconds(0);
    if (s.empty()) return std::nullopt;
    long double total = 0;
    while (!s.empty()) {
        std::size_t i = 0;
        long double whole = 0, frac = 0, scale = 1;
        bool digits = false;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
            whole = whole * 10 + (s[i++] - '0');
            digits = true;
        }
        if (i < s.size() && s[i] == '.') {
            ++i;
            while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
                scale /= 10;
                frac += (s[i++] - '0') * scale;
                digits = true;
            }
        }
        if (!digits) return std::nullopt;
        std::size_t u = i;
        while (u < s.size() && !(s[u] >= '0' && s[u] <= '9') && s[u] != '.') ++u;
        std::string_view unit = s.substr(i, u - i);
        long double ns = 0;
        if (unit == "ns") ns = 1;
        else if (unit == "us" || unit == "\xC2\xB5s" || unit == "\xCE\xBCs") ns = 1e3L;
        else if (unit == "ms") ns = 1e6L;
        else if (unit == "s") ns = 1e9L;
        else if (unit == "m") ns = 60e9L;
        else if (unit == "h") ns = 3600e9L;
        else return std::nullopt; // no unit, or one Go does not know
        total += (whole + frac) * ns;
        if (total > 9.2e18L) return std::nullopt;
        s.remove_prefix(u);
    }
    auto n = static_cast<std::int64_t>(std::llround(static_cast<double>(total)));
    return std::chrono::nanoseconds(negative ? -n : n);
}

inline std::optional<boost::json::value> config_json(std::string_view v) {
    std::error_code ec;
    boost::json::value jv = boost::json::parse(v, ec);
    if (ec) return std::nullopt;
    return jv;
}

/// Why a JSON value does not parse, in words that point at the usual causes.
inline std::string json_problem(std::string_view v) {
    if (v.find("\xE2\x80\x9C") != std::string_view::npos || v.find("\xE2\x80\x9D") != std::string_view::npos ||
        v.find("\xE2\x80\x98") != std::string_view::npos || v.find("\xE2\x80\x99") != std::string_view::npos)
        return "is not JSON: it has typographic quotes (\xE2\x80\x9C \xE2\x80\x9D), where JSON needs straight ones (\")";
    if (v.size() >= 2 && (v.front() == '\'' || v.front() == '"') && v.back() == v.front())
        return "is not JSON: it is in quotes, which ecs-init does not remove";
    return "is not valid JSON";
}

} // namespace detail

/// The value `text` of `variable`, parsed as the agent parses it (surrounding white space
/// trimmed, as the agent's parsers do), or why the agent would not take it.
inline std::variant<config_value, config_value_error> parse_config_value(const config_variable& variable,
                                                                       std::string_view text) {
    using result = std::variant<config_value, config_value_error>;
    std::string_view v = detail::trim_go(text);
    auto fail = [](std::string why) { return result(config_value_error{std::move(why)}); };
    switch (variable.type) {
    case config_type::string: return result(config_value(std::string(text)));
    case config_type::boolean:
        if (auto b = detail::go_bool(v)) return result(config_value(*b));
        return fail("is not a boolean the agent reads (true, false, 1, 0, t, f, TRUE, FALSE, True, False)");
    case config_type::duration: {
        auto d = detail::go_duration(v);
        if (!d) return fail("is not a duration the agent reads: a number with a unit, such as 30s, 1m30s or 2h (ns, us, ms, s, m, h)");
        return result(config_value(*d));
    }
    case config_type::uint16: {
        auto n = detail::go_int(v);
        if (!n || *n < 0 || *n > 65535 || v.front() == '+') return fail("is not a whole number from 0 to 65535 (no unit, no sign)");
        return result(config_value(static_cast<std::uint16_t>(*n)));
    }
    case config_type::integer: {
        auto n = detail::go_int(v);
        if (!n) return fail("is not a whole number");
        return result(config_value(*n));
    }
    case config_type::number: {
        auto jv = detail::config_json(v);
        if (!jv || !jv->is_number()) return fail("is not a number");
        return result(config_value(jv->to_number<double>()));
    }
    case config_type::port_list: {
        auto jv = detail::config_json(v);
        if (!jv || !jv->is_array()) return fail(jv ? "is not a JSON array of port numbers" : detail::json_problem(v));
        config_ports ports;
        for (const auto& e : jv->as_array()) {
            if (!((e.is_int64() && e.as_int64() >= 0 && e.as_int64() <= 65535) || (e.is_uint64() && e.as_uint64() <= 65535)))
                return fail("holds an element that is not a port number from 0 to 65535");
            ports.push_back(static_cast<std::uint16_t>(e.is_int64() ? e.as_int64() : static_cast<std::int64_t>(e.as_uint64())));
        }
        return result(config_value(std::move(ports)));
    }
    case config_type::string_list: {
        auto jv = detail::config_json(v);
        if (!jv || !jv->is_array()) return fail(jv ? "is not a JSON array of strings" : detail::json_problem(v));
        config_strings strings;
        for (const auto& e : jv->as_array()) {
            if (!e.is_string()) return fail("holds an element that is not a string");
            strings.emplace_back(e.as_string());
        }
        return result(config_value(std::move(strings)));
    }
    case config_type::string_map: {
        auto jv = detail::config_json(v);
        if (!jv || !jv->is_object()) return fail(jv ? "is not a JSON object" : detail::json_problem(v));
        config_pairs pairs;
        for (const auto& m : jv->as_object()) {
            // ECS_ENGINE_AUTH_DATA's values are objects; the others' strings.
            if (m.value().is_string())
                pairs.emplace_back(std::string(m.key()), std::string(m.value().as_string()));
            else if (variable.secret)
                pairs.emplace_back(std::string(m.key()), std::string());
            else
                return fail("holds a value that is not a string");
        }
        return result(config_value(std::move(pairs)));
    }
    case config_type::comma_list: {
        config_strings parts;
        for (std::size_t start = 0;;) {
            std::size_t comma = v.find(',', start);
            parts.emplace_back(v.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
            if (comma == std::string_view::npos) break;
            start = comma + 1;
        }
        return result(config_value(std::move(parts)));
    }
    case config_type::enumeration: {
        std::string_view allowed = variable.allowed;
        for (std::size_t start = 0;;) {
            std::size_t bar = allowed.find('|', start);
            std::string_view a = allowed.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start);
            bool same = a.size() == v.size();
            for (std::size_t i = 0; same && i < a.size(); ++i)
                same = variable.case_insensitive ? ((a[i] | 0x20) == (v[i] | 0x20)) : a[i] == v[i];
            if (same) return result(config_value(std::string(v)));
            if (bar == std::string_view::npos) break;
            start = bar + 1;
        }
        std::string list(allowed);
        for (char& c : list)
            if (c == '|') c = ',';
        return fail(std::string("is not one of ") + list);
    }
    case config_type::integer_pair: {
        std::size_t comma = v.find(',');
        auto a = detail::go_int(v.substr(0, comma));
        auto b = comma == std::string_view::npos ? std::nullopt : detail::go_int(v.substr(comma + 1));
        if (!a || !b || *a <= 0 || *b <= 0) return fail("is not two numbers above 0 separated by a comma, such as 40,60");
        return result(config_value(config_integer_pair{*a, *b}));
    }
    case config_type::port_range: {
        std::size_t dash = v.find('-');
        auto a = detail::go_int(v.substr(0, dash));
        auto b = dash == std::string_view::npos ? std::nullopt : detail::go_int(v.substr(dash + 1));
        if (!a || !b || *a < 1 || *b > 65535 || *a > *b)
            return fail("is not a range of ports such as 49152-65535 (the first no greater than the last)");
        return result(config_value(config_ports{static_cast<std::uint16_t>(*a), static_cast<std::uint16_t>(*b)}));
    }
    }
    return fail("has a type the agent does not read");
}

} // namespace awsmodel::ecs_agent

#endif
