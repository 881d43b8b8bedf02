// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CLOUDFORMATION_LOCATION_HPP
#define AWSMODEL_CLOUDFORMATION_LOCATION_HPP

// Where a value of a template was written: what lets a finding at a JSON Pointer name the line
// and column a person edits.

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>

namespace awsmodel::cloudformation {

/// A position in the template's text, 1-based; line 0 means unknown. Columns count characters
/// (UTF-8 code points), as editors and cfn-lint do.
struct location {
    std::uint32_t line = 0;
    std::uint32_t column = 0;

    constexpr bool known() const noexcept { return line != 0; }
    friend constexpr bool operator==(location, location) = default;
    friend std::ostream& operator<<(std::ostream& os, location at) { return os << at.line << ':' << at.column; }
};

/// JSON Pointer (RFC 6901, as `core::diagnostic` spells them) to the position of the value there.
/// A value an alias copied has the position of the node the alias names; a long form built from a
/// short form (`!GetAtt a.b`) has the tag's position at every pointer inside it.
class location_map {
public:
    void add(std::string pointer, location at) { map_.insert_or_assign(std::move(pointer), at); }

    /// The value's own position, or an unknown location when no value is at the pointer.
    location find(std::string_view pointer) const {
        auto it = map_.find(std::string(pointer));
        return it == map_.end() ? location{} : it->second;
    }

    /// The position of the value at the pointer or, when there is none (a finding about a member
    /// that is absent), of the nearest enclosing value.
    location nearest(std::string_view pointer) const {
        for (;;) {
            if (location at = find(pointer); at.known() || pointer.empty()) return at;
            pointer = pointer.substr(0, pointer.rfind('/'));
        }
    }

    std::size_t size() const noexcept { return map_.size(); }

private:
    std::unordered_map<std::string, location> map_;
};

} // namespace awsmodel::cloudformation

#endif
