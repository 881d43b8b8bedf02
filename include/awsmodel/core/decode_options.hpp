// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CORE_DECODE_OPTIONS_HPP
#define AWSMODEL_CORE_DECODE_OPTIONS_HPP

#include <cstddef>

namespace awsmodel::core {

/// What decoding does with a member name the shape does not have.
enum class unknown_members {
    reject, ///< a finding (COMMON-001), as botocore and AWS do; the default
    ignore, ///< dropped silently
    keep,   ///< kept as raw JSON in the type's `extra` and re-encoded (types that declare `extra`)
};
// Types with open members (core::has_open_members) keep unknown members under `reject` too,
// unless `strict` is set.

/// Limits protect a service that decodes documents from elsewhere; the defaults admit every
/// document AWS itself accepts or returns.
struct decode_options {
    unknown_members unknown = unknown_members::reject;
    /// Strict decoding of documents whose producer promises to add members (the ECS agent's,
    /// core::has_open_members): an unknown member is then a finding, as for every other type.
    /// Validation's counterpart is core::strict in the validation context (unknown members of
    /// an enumeration the producer keeps open).
    bool strict = false;
    /// A repeated object key is a finding with the pointer of the second occurrence.
    bool reject_duplicate_keys = true;
    /// Deepest nesting of objects and arrays (the deepest AWS shape here nests 8 levels).
    std::size_t max_depth = 64;
    /// Largest document, in bytes (the largest DescribeInstances pages are a few MiB).
    std::size_t max_document_bytes = std::size_t(16) << 20;
    /// Most elements of one array.
    std::size_t max_array_length = 100000;
    /// Most memory the elements of all lists and maps of one document may take, in bytes (each
    /// element counts its `sizeof`). A typed element is much larger than its text: `{}` is 2 bytes
    /// of JSON and an `ec2::volume` of 664, so without this budget a 16 MiB document of empty
    /// objects would take gigabytes.
    std::size_t max_element_bytes = std::size_t(256) << 20;
    /// Decoding stops after this many findings.
    std::size_t max_diagnostics = 200;
};

} // namespace awsmodel::core

#endif
