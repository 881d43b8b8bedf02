// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.

#include "reader.hpp"

#include <boost/json/object.hpp>

namespace awsmodel::cloudformation {
namespace detail {

location position_of(std::string_view text, std::size_t offset) noexcept {
    offset = std::min(offset, text.size());
    std::uint32_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset; ++i)
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    return {line, column};
}

namespace {

// The offset of the first byte that is not UTF-8, or npos: CloudFormation reads templates as
// UTF-8, and this gives JSON and YAML one message for it.
std::size_t invalid_utf8(std::string_view s) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    for (std::size_t i = 0, n = s.size(); i < n;) {
        const unsigned c = p[i];
        std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (len == 0 || i + len > n || (len == 2 && c < 0xC2)) return i;
        for (std::size_t k = 1; k < len; ++k)
            if ((p[i + k] & 0xC0) != 0x80) return i;
        if (len == 3) {
            const unsigned c1 = p[i + 1];
            if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0)) return i; // overlong, surrogate
        }
        if (len == 4) {
            const unsigned c1 = p[i + 1];
            if ((c == 0xF0 && c1 < 0x90) || c > 0xF4 || (c == 0xF4 && c1 >= 0x90)) return i;
        }
        i += len;
    }
    return std::string_view::npos;
}

bool looks_like_json(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    return first != std::string_view::npos && text[first] == '{';
}

std::string_view kind_of(const boost::json::value& v) {
    switch (v.kind()) {
    case boost::json::kind::object: return "a mapping";
    case boost::json::kind::array: return "a sequence";
    case boost::json::kind::string: return "a string";
    case boost::json::kind::bool_: return "a boolean";
    case boost::json::kind::null: return "null";
    default: return "a number";
    }
}

// A loop of the AWS::LanguageExtensions transform, `Fn::ForEach::Name: [Identifier, Collection,
// {template fragment}]`, stands where logical ids do; CloudFormation expands it before reading
// resources, so it is neither a resource nor a logical id.
bool is_for_each(std::string_view key) { return key.starts_with("Fn::ForEach::"); }

bool alphanumeric(std::string_view id) {
    if (id.empty() || id.size() > 255) return false;
    for (char c : id)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
    return true;
}

// CloudFormation's pseudo parameters, which every template may Ref.
constexpr std::string_view pseudo_parameters[] = {"AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue", "AWS::Partition",
                                                  "AWS::Region",    "AWS::StackId",          "AWS::StackName", "AWS::URLSuffix"};

// Every Ref and Fn::GetAtt under `v` names something the template defines. `pointer` is v's.
template <class Report>
void check_references(const boost::json::value& v, std::string& pointer, const boost::json::object* parameters,
                      const boost::json::object& resources, Report& report) {
    const std::size_t size = pointer.size();
    if (const auto* o = v.if_object()) {
        if (o->size() == 1) {
            const auto& [name, argument] = *o->begin();
            if (name == "Ref" && argument.is_string()) {
                const std::string_view target = argument.as_string();
                bool known = resources.contains(target) || (parameters && parameters->contains(target));
                for (std::string_view p : pseudo_parameters) known = known || p == target;
                if (!known)
                    report(pointer + "/Ref", core::cat("Ref names \"", target.substr(0, 300),
                                                       "\", which is neither a parameter nor a resource of the template, "
                                                       "nor a pseudo parameter such as AWS::Region"));
                return;
            }
            if (name == "Fn::GetAtt") {
                std::string_view target;
                std::string at = pointer + "/Fn::GetAtt";
                if (argument.is_string()) {
                    target = argument.as_string();
                    target = target.substr(0, target.find('.'));
                } else if (argument.is_array() && !argument.as_array().empty() && argument.as_array()[0].is_string()) {
                    target = argument.as_array()[0].as_string();
                    at += "/0";
                }
                if (!target.empty() && !resources.contains(target))
                    report(at, core::cat("Fn::GetAtt names \"", target.substr(0, 300),
                                         "\", which is not a resource of the template"));
            }
        }
        for (const auto& [key, member] : *o) {
            core::append_token(pointer, key);
            check_references(member, pointer, parameters, resources, report);
            pointer.resize(size);
        }
    } else if (const auto* a = v.if_array()) {
        for (std::size_t i = 0; i < a->size(); ++i) {
            pointer += core::cat("/", i);
            check_references((*a)[i], pointer, parameters, resources, report);
            pointer.resize(size);
        }
    }
}

} // namespace
} // namespace detail

parsed_template parse_template(std::string_view text, const read_options& options) {
    parsed_template out;
    out.format = detail::looks_like_json(text) ? template_format::json : template_format::yaml;
    try {
        if (text.size() > options.max_bytes)
            detail::fail(core::rules::limit, "", {},
                         core::cat("the template is ", text.size(), " bytes, over CloudFormation's limit of ",
                                   options.max_bytes, " bytes for a template body"));
        if (std::size_t bad = detail::invalid_utf8(text); bad != std::string_view::npos)
            detail::fail(core::rules::syntax, "", detail::position_of(text, bad),
                         core::cat("the template is not UTF-8 text (byte ", bad, ")"));
        if (out.format == template_format::json) {
            try {
                detail::read_json(text, options, out);
                return out;
            } catch (const detail::stop& json_error) {
                // `{Resources: ...}` is YAML in flow style; when that fails too, the JSON error is the one
                if (json_error.finding.diagnostic.rule != core::rules::syntax) throw;
                parsed_template yaml;
                try {
                    detail::read_yaml(text, options, yaml);
                } catch (const detail::stop&) {
                    throw json_error;
                }
                yaml.format = template_format::yaml;
                return yaml;
            }
        }
        detail::read_yaml(text, options, out);
    } catch (const detail::stop& s) {
        out.root = nullptr;
        out.locations = {};
        out.diagnostics.push_back(s.finding);
    }
    return out;
}

std::vector<located_diagnostic> check_structure(const boost::json::value& root, const location_map& locations) {
    std::vector<located_diagnostic> ds;
    auto error = [&](core::rule_id rule, std::string pointer, std::string message) {
        const location where = locations.nearest(pointer);
        ds.push_back({{std::move(pointer), rule, core::severity::error, std::move(message)}, where});
    };
    const boost::json::object* sections = root.if_object();
    if (!sections) {
        error(rules::resources, "", core::cat("a template is a mapping of sections (Resources, Parameters, ...), not ",
                                              detail::kind_of(root)));
        return ds;
    }
    const boost::json::value* resources = sections->if_contains("Resources");
    if (!resources) {
        error(rules::resources, "", "the template has no Resources section; CloudFormation requires one, with at least one resource");
        return ds;
    }
    const boost::json::object* by_id = resources->if_object();
    if (!by_id || by_id->empty()) {
        error(rules::resources, "/Resources",
              by_id ? std::string("Resources is empty; CloudFormation requires at least one resource")
                    : core::cat("Resources is a mapping of logical ids to resources, not ", detail::kind_of(*resources)));
        return ds;
    }
    const boost::json::object* parameters = nullptr;
    if (const boost::json::value* p = sections->if_contains("Parameters")) parameters = p->if_object();
    for (const auto& section : {"Parameters", "Resources", "Outputs"}) {
        const boost::json::value* v = sections->if_contains(section);
        if (!v || !v->is_object()) continue;
        for (const auto& entry : v->as_object()) {
            if (detail::is_for_each(entry.key())) continue;
            std::string pointer = core::cat("/", section);
            core::append_token(pointer, entry.key());
            if (!detail::alphanumeric(entry.key()))
                error(rules::logical_id, pointer,
                      core::cat("the logical id \"", std::string_view(entry.key()).substr(0, 300),
                                "\" is not 1-255 letters and digits (A-Za-z0-9), as CloudFormation requires"));
        }
    }
    for (const auto& entry : *by_id) {
        if (detail::is_for_each(entry.key())) continue;
        std::string pointer = "/Resources";
        core::append_token(pointer, entry.key());
        if (parameters && parameters->contains(entry.key()))
            error(rules::logical_id, pointer,
                  core::cat("\"", entry.key(), "\" names a parameter and a resource; a logical id is unique in the template, "
                                               "and a Ref to it would be ambiguous"));
        const boost::json::object* resource = entry.value().if_object();
        if (!resource) {
            error(rules::resource_type, pointer, core::cat("a resource is a mapping with a Type, not ", detail::kind_of(entry.value())));
            continue;
        }
        const boost::json::value* type = resource->if_contains("Type");
        if (!type)
            error(rules::resource_type, pointer, "the resource has no Type (such as AWS::ECS::TaskDefinition)");
        else if (!type->is_string())
            error(rules::resource_type, pointer + "/Type",
                  core::cat("Type is a string such as AWS::EC2::Instance, not ", detail::kind_of(*type)));
        if (const boost::json::value* properties = resource->if_contains("Properties"); properties && !properties->is_object())
            error(rules::properties, pointer + "/Properties",
                  core::cat("Properties is a mapping of property names to values, not ", detail::kind_of(*properties)));
    }
    // A transform (SAM, LanguageExtensions, a macro) makes resources and names of its own, which
    // only CloudFormation knows: references are checked in templates without one.
    if (!sections->contains("Transform")) {
        auto report = [&](std::string pointer, std::string message) { error(rules::reference, std::move(pointer), std::move(message)); };
        for (const char* section : {"Resources", "Outputs", "Conditions"})
            if (const boost::json::value* v = sections->if_contains(section)) {
                std::string pointer = core::cat("/", section);
                detail::check_references(*v, pointer, parameters, *by_id, report);
            }
    }
    return ds;
}

parsed_template read_template(std::string_view text, const read_options& options) {
    parsed_template t = parse_template(text, options);
    if (t.diagnostics.empty()) t.diagnostics = check_structure(t.root, t.locations);
    return t;
}

} // namespace awsmodel::cloudformation
