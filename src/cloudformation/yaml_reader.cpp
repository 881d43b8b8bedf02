// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
//
// YAML templates, from yaml-cpp's events rather than its node tree: the events carry each node's
// position and whether a scalar was quoted (yaml-cpp's tag "!" for quoted, "?" for plain), and
// building the JSON here lets the reader see repeated keys, which YAML::Load drops silently, and
// bound what aliases copy.

#include "reader.hpp"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace awsmodel::cloudformation::detail {
namespace {

location at(const YAML::Mark& m) noexcept {
    return m.is_null() ? location{} : location{std::uint32_t(m.line + 1), std::uint32_t(m.column + 1)};
}

// A local tag (!Ref, !Sub, ...) is a short form: cfn-lint's names, Ref and Condition as they are
// and Fn:: before any other, so an unknown !Foo reaches the rules as Fn::Foo.
std::string function_of(const std::string& tag) {
    if (tag.size() < 2 || tag[0] != '!' || tag[1] == '<') return {};
    std::string name = tag.substr(1);
    return name == "Ref" || name == "Condition" ? name : "Fn::" + name;
}

constexpr std::string_view core_schema = "tag:yaml.org,2002:";

class builder final : public YAML::EventHandler {
public:
    builder(const read_options& options, parsed_template& out) : options_(options), out_(out) {}

    void OnDocumentStart(const YAML::Mark& m) override {
        if (documents_++)
            fail(core::rules::syntax, "", at(m),
                 "YAML: a second document begins here; a template is one document (remove the `---` or split the file)");
    }
    void OnDocumentEnd() override {}

    void OnAnchor(const YAML::Mark&, const std::string& name) override { pending_anchor_name_ = name; }

    void OnNull(const YAML::Mark& m, YAML::anchor_t anchor) override {
        if (expecting_key())
            fail(core::rules::syntax, frames_.back().pointer, at(m),
                 "YAML: a mapping key is empty or null; CloudFormation's keys are names");
        node_start(anchor);
        finish(nullptr, at(m), anchor);
    }

    void OnScalar(const YAML::Mark& m, const std::string& tag, YAML::anchor_t anchor, const std::string& text) override {
        if (expecting_key()) {
            if (!function_of(tag).empty())
                fail(core::rules::syntax, frames_.back().pointer, at(m),
                     core::cat("YAML: the mapping key \"", text, "\" has the tag ", tag, "; a key is a plain name"));
            node_start(anchor);
            take_key(text, at(m), anchor);
            return;
        }
        node_start(anchor);
        const location where = at(m);
        const std::string fn = function_of(tag);
        if (fn.empty()) {
            finish(scalar(tag, text, where), where, anchor);
            return;
        }
        // a short form with a scalar argument: the argument is the text as written, never a number
        boost::json::value argument(text);
        if (fn == "Fn::GetAtt") {
            // !GetAtt Resource.Attribute: split at the first dot only (attributes have dots)
            const std::size_t dot = text.find('.');
            boost::json::array parts;
            parts.emplace_back(text.substr(0, dot));
            if (dot != std::string::npos) parts.emplace_back(text.substr(dot + 1));
            argument = std::move(parts);
        }
        const std::string pointer = node_pointer();
        record(pointer + token(fn), where);
        if (argument.is_array())
            for (std::size_t i = 0; i < argument.as_array().size(); ++i)
                record(core::cat(pointer, token(fn), "/", i), where);
        boost::json::object wrapped;
        wrapped[fn] = std::move(argument);
        finish(std::move(wrapped), where, anchor);
    }

    void OnAlias(const YAML::Mark& m, YAML::anchor_t anchor) override {
        auto it = anchors_.find(anchor);
        if (it == anchors_.end()) fail(core::rules::syntax, node_pointer(), at(m), "YAML: an alias to an unknown anchor");
        if (!it->second.complete)
            fail(core::rules::syntax, node_pointer(), at(m),
                 core::cat("YAML: the alias *", it->second.name,
                           " is inside the node its anchor names, so the node would contain itself"));
        copied_ += it->second.locations.size();
        if (copied_ > options_.max_alias_values)
            fail(core::rules::limit, node_pointer(), at(m),
                 core::cat("YAML: aliases copy more than ", options_.max_alias_values,
                           " values in all (an alias of aliases doubles a tree at each step)"));
        const anchored& a = it->second;
        if (expecting_key()) {
            if (!a.value.is_string())
                fail(core::rules::syntax, frames_.back().pointer, at(m), "YAML: a mapping key is an alias of a collection");
            take_key(std::string(a.value.as_string()), at(m), 0);
            return;
        }
        const std::string pointer = node_pointer();
        for (const auto& [relative, where] : a.locations) record(pointer + relative, where);
        attach(boost::json::value(a.value));
    }

    void OnSequenceStart(const YAML::Mark& m, const std::string& tag, YAML::anchor_t anchor, YAML::EmitterStyle::value) override {
        open(m, tag, anchor, boost::json::array());
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& m, const std::string& tag, YAML::anchor_t anchor, YAML::EmitterStyle::value) override {
        open(m, tag, anchor, boost::json::object());
    }
    void OnMapEnd() override { close(); }

    bool empty() const noexcept { return documents_ == 0; }
    std::vector<std::pair<std::string, location>>& entries() noexcept { return entries_; }

private:
    struct frame {
        boost::json::value value;  // the array or object being filled
        std::string pointer;       // of the array or object (inside the function of a short form)
        std::string function;      // the short form's long name, or empty
        location where;
        YAML::anchor_t anchor = 0;
        bool has_key = false;
        std::string key;
    };
    struct anchored {
        std::string name;
        bool complete = false;
        boost::json::value value;
        std::size_t first = 0; // the node's first entry in entries_ while it is open
        std::string pointer;
        std::vector<std::pair<std::string, location>> locations; // relative to the node
    };

    static std::string token(std::string_view name) {
        std::string t;
        core::append_token(t, name);
        return t;
    }

    bool expecting_key() const noexcept {
        return !frames_.empty() && frames_.back().value.is_object() && !frames_.back().has_key;
    }

    // The pointer of the node that starts now.
    std::string node_pointer() const {
        if (frames_.empty()) return {};
        const frame& f = frames_.back();
        if (f.value.is_object()) return f.pointer + token(f.key);
        return core::cat(f.pointer, "/", f.value.as_array().size());
    }

    void record(std::string pointer, location where) { entries_.emplace_back(std::move(pointer), where); }

    void node_start(YAML::anchor_t anchor) {
        if (!anchor) return;
        anchored& a = anchors_[anchor];
        a = anchored{};
        a.name = std::move(pending_anchor_name_);
        a.first = entries_.size();
        a.pointer = expecting_key() ? std::string() : node_pointer();
    }

    void take_key(std::string key, location where, YAML::anchor_t anchor) {
        frame& f = frames_.back();
        const std::string pointer = f.pointer + token(key);
        if (f.value.as_object().contains(key))
            fail(core::rules::duplicate, pointer, where,
                 core::cat("the key \"", key, "\" is given twice in one mapping; CloudFormation would keep only one of the "
                                          "two values"));
        if (anchor) {
            anchored& a = anchors_[anchor];
            a.complete = true;
            a.value = key;
        }
        f.has_key = true;
        f.key = std::move(key);
    }

    boost::json::value scalar(const std::string& tag, const std::string& text, location where) {
        if (tag == "?") return resolve_plain_scalar(text);
        if (tag == "!" || !tag.starts_with(core_schema)) return boost::json::value(text);
        const std::string_view type = std::string_view(tag).substr(core_schema.size());
        if (type == "null") return nullptr;
        if (type == "bool" || type == "int" || type == "float") {
            boost::json::value v = resolve_plain_scalar(text);
            if ((type == "bool" && v.is_bool()) || (type != "bool" && v.is_number())) return v;
            fail(core::rules::syntax, node_pointer(), where,
                 core::cat("YAML: \"", text, "\" is tagged !!", type, " but is not one"));
        }
        return boost::json::value(text); // !!str, !!binary, !!timestamp: the text
    }

    void open(const YAML::Mark& m, const std::string& tag, YAML::anchor_t anchor, boost::json::value container) {
        if (expecting_key())
            fail(core::rules::syntax, frames_.back().pointer, at(m),
                 "YAML: a mapping key is itself a mapping or a sequence; CloudFormation's keys are names");
        if (frames_.size() >= options_.max_depth)
            fail(core::rules::limit, node_pointer(), at(m),
                 core::cat("the template nests more than ", options_.max_depth, " levels of mappings and sequences"));
        node_start(anchor);
        frame f;
        f.where = at(m);
        f.anchor = anchor;
        f.function = function_of(tag);
        f.pointer = node_pointer();
        record(f.pointer, f.where);
        if (!f.function.empty()) {
            f.pointer += token(f.function);
            record(f.pointer, f.where);
        }
        f.value = std::move(container);
        frames_.push_back(std::move(f));
    }

    void close() {
        frame f = std::move(frames_.back());
        frames_.pop_back();
        boost::json::value v = std::move(f.value);
        if (!f.function.empty()) {
            boost::json::object wrapped;
            wrapped[f.function] = std::move(v);
            v = std::move(wrapped);
        }
        complete_anchor(f.anchor, v);
        attach(std::move(v));
    }

    void finish(boost::json::value v, location where, YAML::anchor_t anchor) {
        record(node_pointer(), where);
        complete_anchor(anchor, v);
        attach(std::move(v));
    }

    void complete_anchor(YAML::anchor_t anchor, const boost::json::value& v) {
        if (!anchor) return;
        anchored& a = anchors_[anchor];
        a.complete = true;
        a.value = v;
        for (std::size_t i = a.first; i < entries_.size(); ++i)
            a.locations.emplace_back(entries_[i].first.substr(a.pointer.size()), entries_[i].second);
    }

    void attach(boost::json::value v) {
        if (frames_.empty()) {
            out_.root = std::move(v);
            return;
        }
        frame& f = frames_.back();
        if (f.value.is_array()) {
            f.value.as_array().push_back(std::move(v));
            return;
        }
        f.value.as_object().emplace(f.key, std::move(v));
        f.has_key = false;
    }

    std::vector<std::pair<std::string, location>> entries_; // pointer and position, in document order
    const read_options& options_;
    parsed_template& out_;
    std::vector<frame> frames_;
    std::map<YAML::anchor_t, anchored> anchors_;
    std::string pending_anchor_name_;
    std::size_t copied_ = 0;
    int documents_ = 0;
};

} // namespace

void read_yaml(std::string_view text, const read_options& options, parsed_template& out) {
    std::istringstream in{std::string(text)};
    builder b(options, out);
    try {
        YAML::Parser parser(in);
        while (parser.HandleNextDocument(b)) {
        }
    } catch (const YAML::DeepRecursion& e) {
        fail(core::rules::limit, "", at(e.mark),
             core::cat("the template nests more than ", options.max_depth, " levels of mappings and sequences"));
    } catch (const YAML::Exception& e) {
        fail(core::rules::syntax, "", at(e.mark), "YAML syntax: " + e.msg);
    }
    if (b.empty()) out.root = boost::json::object(); // an empty file is an empty template, as to cfn-lint
    for (auto& [pointer, where] : b.entries()) out.locations.add(std::move(pointer), where);
}

} // namespace awsmodel::cloudformation::detail
