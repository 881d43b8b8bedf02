// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#include "cloudformation_template.hpp"
#include "pretty_json.hpp"
#include "read_file.hpp"

#include <awsmodel/cfn/resources.hpp>
#include <awsmodel/cloudformation/template.hpp>

#include <boost/json/serialize.hpp>

#include <iostream>
#include <map>

namespace awsmodel::cli {
namespace {

// The other kinds' line, `FILE:/POINTER: RULE: message`, after the position where one is known
// (`FILE:LINE:COLUMN: /POINTER: ...`), as compilers write it, so that editors jump to it.
void print(const std::string& file, const cloudformation::located_diagnostic& f) {
    const core::diagnostic& d = f.diagnostic;
    std::cerr << file << ':';
    if (f.at.known()) std::cerr << f.at.line << ':' << f.at.column << ": ";
    std::cerr << (d.pointer.empty() ? "/" : d.pointer) << ": " << d.rule << ": "
              << (d.level == core::severity::warning ? "warning: " : "") << d.message << '\n';
}

boost::json::object as_json(const std::string& file, const cloudformation::located_diagnostic& f) {
    boost::json::object o{{"file", file},
                          {"pointer", f.diagnostic.pointer},
                          {"rule", f.diagnostic.rule},
                          {"severity", core::to_string(f.diagnostic.level)},
                          {"message", f.diagnostic.message}};
    if (f.at.known()) {
        o["line"] = f.at.line;
        o["column"] = f.at.column;
    }
    return o;
}

// A list of types for the --verbose note, each with its count.
std::string listed(const std::map<std::string, int>& types) {
    std::string s;
    for (const auto& [type, n] : types) s += core::cat(s.empty() ? "" : ", ", type, n > 1 ? core::cat(" (", n, ")") : "");
    return s;
}

// The findings of one template: the reader's, then each modelled resource's, at its pointer in
// the template. Resources whose Properties are a whole Fn::If are not guessed at.
std::vector<cloudformation::located_diagnostic> check(const std::string& file, const std::string& text,
                                                      const core::decode_options& options, bool verbose) {
    cloudformation::parsed_template t = cloudformation::read_template(text);
    std::vector<cloudformation::located_diagnostic> out = std::move(t.diagnostics);
    const boost::json::object* root = t.root.if_object();
    const boost::json::value* resources = root ? root->if_contains("Resources") : nullptr;
    if (!resources || !resources->is_object()) return out;
    std::map<std::string, int> left_alone, serverless;
    int loops = 0;
    const boost::json::object empty;
    for (const auto& [id, resource] : resources->as_object()) {
        if (std::string_view(id).starts_with("Fn::ForEach::")) {
            ++loops;
            continue;
        }
        const boost::json::object* r = resource.if_object();
        const boost::json::value* type = r ? r->if_contains("Type") : nullptr;
        if (!type || !type->is_string()) continue; // CFN-TPL-002 said so
        const std::string_view name = type->as_string();
        if (!cfn::is_supported(name)) {
            ++(name.starts_with("AWS::Serverless::") ? serverless : left_alone)[std::string(name)];
            continue;
        }
        const boost::json::value* properties = r->if_contains("Properties");
        if (properties && !properties->is_object()) continue; // CFN-TPL-003 said so
        std::string base = "/Resources";
        core::append_token(base, id);
        base += "/Properties";
        if (properties && properties->as_object().size() == 1 && properties->as_object().contains("Fn::If")) {
            if (verbose)
                std::cerr << file << ": " << base << ": Properties is a whole Fn::If; its branches are not validated\n";
            continue;
        }
        auto findings = cfn::validate_properties(name, properties ? *properties : boost::json::value(empty), options);
        if (!findings) continue;
        for (core::diagnostic& d : *findings) {
            d.pointer = base + d.pointer;
            const cloudformation::location at = t.locations.nearest(d.pointer);
            out.push_back({std::move(d), at});
        }
    }
    if (verbose) {
        if (!serverless.empty())
            std::cerr << file << ": SAM resources are not modelled and are left alone: " << listed(serverless) << '\n';
        if (loops)
            std::cerr << file << ": " << loops << " Fn::ForEach loop" << (loops > 1 ? "s" : "")
                      << " of the AWS::LanguageExtensions transform left alone: the resources they make are not validated\n";
        if (!left_alone.empty())
            std::cerr << file << ": resources of types awsmodel does not model are left alone: " << listed(left_alone) << '\n';
    }
    return out;
}

} // namespace

int validate_templates(const std::vector<std::string>& files, const core::decode_options& options, bool json,
                       bool verbose) {
    bool errors = false;
    boost::json::array all;
    for (const std::string& file : files) {
        std::string text;
        std::vector<cloudformation::located_diagnostic> findings;
        if (!read_file(file, text))
            findings.push_back({{"", core::rules::syntax, core::severity::error, "cannot read the file"}, {}});
        else
            findings = check(file, text, options, verbose);
        for (const auto& f : findings) {
            errors |= f.diagnostic.level == core::severity::error;
            if (json)
                all.push_back(as_json(file, f));
            else
                print(file, f);
        }
    }
    if (json) std::cout << boost::json::serialize(all) << '\n';
    return errors ? 1 : 0;
}

int reencode_template(const std::string& file) {
    std::string text;
    if (!read_file(file, text)) {
        std::cerr << file << ": cannot read the file\n";
        return 1;
    }
    // Only the syntax: the template's structure and references are validation's to check.
    cloudformation::parsed_template t = cloudformation::parse_template(text);
    bool failed = !t.ok();
    for (const auto& f : t.diagnostics) print(file, f);
    if (t.root.is_null()) return 1;
    boost::json::object* root = t.root.if_object();
    boost::json::value* resources = root ? root->if_contains("Resources") : nullptr;
    if (resources && resources->is_object())
        for (auto& [id, resource] : resources->as_object()) {
            boost::json::object* r = resource.if_object();
            const boost::json::value* type = r ? r->if_contains("Type") : nullptr;
            boost::json::value* properties = r ? r->if_contains("Properties") : nullptr;
            if (!type || !type->is_string() || !properties || !properties->is_object()) continue;
            std::string base = "/Resources";
            core::append_token(base, id);
            base += "/Properties";
            auto c = cfn::reencode_properties(type->as_string(), *properties);
            if (!c) continue; // not modelled: as it was
            for (core::diagnostic d : c->value.diagnostics()) {
                d.pointer = base + d.pointer;
                print(file, {d, t.locations.nearest(d.pointer)});
            }
            for (const cfn::note& n : c->not_carried_over) std::cerr << file << ':' << base << n.pointer << ": note: " << n.text << '\n';
            if (!c->value) {
                failed = true;
                continue;
            }
            *properties = std::move(*c->value);
        }
    pretty_print(std::cout, t.root);
    return failed ? 1 : 0;
}

int fmt_template(const std::string& file) {
    std::string text;
    if (!read_file(file, text)) {
        std::cerr << file << ": cannot read the file\n";
        return 1;
    }
    cloudformation::parsed_template t = cloudformation::parse_template(text);
    for (const auto& f : t.diagnostics) print(file, f);
    if (!t.ok()) return 1;
    pretty_print(std::cout, t.root);
    return 0;
}

} // namespace awsmodel::cli
