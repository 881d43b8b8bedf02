// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_SRC_CLOUDFORMATION_READER_HPP
#define AWSMODEL_SRC_CLOUDFORMATION_READER_HPP

// The two readers behind cloudformation::parse_template, and what they share.

#include <awsmodel/cloudformation/template.hpp>

#include <string>
#include <string_view>

namespace awsmodel::cloudformation::detail {

/// Where the byte at `offset` is: 1-based line and column, columns counted in characters.
location position_of(std::string_view text, std::size_t offset) noexcept;

/// Thrown by a reader to stop at its first error; parse_template reports it.
struct stop {
    located_diagnostic finding;
};

[[noreturn]] inline void fail(core::rule_id rule, std::string pointer, location at, std::string message) {
    throw stop{{{std::move(pointer), rule, core::severity::error, std::move(message)}, at}};
}

/// Fills `out.root` and `out.locations` from JSON text, or throws stop.
void read_json(std::string_view text, const read_options& options, parsed_template& out);

/// The same from YAML text.
void read_yaml(std::string_view text, const read_options& options, parsed_template& out);

/// A plain (unquoted, untagged) YAML scalar as YAML 1.1 types it, as PyYAML's SafeLoader does
/// (and so cfn-lint): booleans yes/no/on/off/true/false in three casings, null ~/null/empty,
/// integers in decimal, 0b binary, 0 octal, 0x hexadecimal and base 60 (1:30), with underscores;
/// floats need a dot (1e3 is a string, 1.0e+3 a number). What YAML 1.1 reads as a timestamp, and
/// infinities and NaN, which JSON cannot hold, stay the strings they were written as.
boost::json::value resolve_plain_scalar(std::string_view text);

} // namespace awsmodel::cloudformation::detail

#endif
