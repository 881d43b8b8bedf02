// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
//
// YAML templates, from libyaml's events: libyaml is the parser cfn-lint itself runs (PyYAML's
// CSafeLoader), so a template that one reads the other reads, with the same positions. (yaml-cpp
// 0.7 was tried first: it reads `- !Sub |` in a sequence, and a tagged block scalar whose lines
// start at the tag's column, as an empty string followed by a syntax error; 10 of the 382 templates
// of ../shared/cfn-corpus are written so.) Building the JSON from events lets the reader see
// repeated keys, keep each node's position and bound what aliases copy.

#include "reader.hpp"

#include <yaml.h>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace awsmodel::cloudformation::detail {
namespace {

location at(const yaml_mark_t& m) noexcept { return {std::uint32_t(m.line + 1), std::uint32_t(m.column + 1)}; }

std::string text_of(const yaml_char_t* s) { return s ? reinterpret_cast<const char*>(s) : ""; }

// A local tag (!Ref, !Sub, ...) is a short form: cfn-lint's names, Ref and Condition as they are
// and Fn:: before any other, so an unknown !Foo reaches the rules as Fn::Foo.
std::string function_of(const std::string& tag) {
    if (tag.size() < 2 || tag[0] != '!') return {};
    std::string name = tag.substr(1);
    return name == "Ref" || name == "Condition" ? name : "Fn::" + name;
}

constexpr std::string_view core_schema = "tag:yaml.org,2002:";

class builder {
public:
    builder(const read_options& options, parsed_template& out) : options_(options), out_(out) {}

    void document_start(location where) {
        if (documents_++)
            fail(core::rules::syntax, "", where,
                 "YAML: a second document begins here; a template is one document (remove the `---` or split the file)");
    }

    // A plain scalar is typed by its text (YAML 1.1); quoted, block and tagged ones are strings
    // unless a core tag (!!int) says otherwise.
    void scalar(location where, const std::string& tag, const std::string& anchor, bool plain, const std::string& text) {
        if (expecting_key()) {
            if (!function_of(tag).empty())
                fail(core::rules::syntax, frames_.back().pointer, where,
                     core::cat("YAML: the mapping key \"", text, "\" has the tag ", tag, "; a key is a plain name"));
            if (plain && tag.empty() && resolve_plain_scalar(text).is_null())
                fail(core::rules::syntax, frames_.back().pointer, where,
                     "YAML: a mapping key is empty or null; CloudFormation's keys are names");
            node_start(anchor, where);
            take_key(text, where, anchor);
            return;
        }
        node_start(anchor, where);
        const std::string fn = function_of(tag);
        if (fn.empty()) {
            finish(typed(tag, plain, text, where), where, anchor);
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
        const std::string pointer = node_pointer() + token(fn);
        record(pointer, where);
        if (argument.is_array())
            for (std::size_t i = 0; i < argument.as_array().size(); ++i) record(core::cat(pointer, "/", i), where);
        boost::json::object wrapped;
        wrapped[fn] = std::move(argument);
        finish(std::move(wrapped), where, anchor);
    }

    void alias(location where, const std::string& name) {
        auto it = anchors_.find(name);
        if (it == anchors_.end())
            fail(core::rules::syntax, expecting_key() ? frames_.back().pointer : node_pointer(), where,
                 core::cat("YAML: the alias *", name, " names no anchor defined before it"));
        const anchored& a = it->second;
        if (!a.complete)
            fail(core::rules::syntax, node_pointer(), where,
                 core::cat("YAML: the alias *", name, " is inside the node its anchor names, so the node would contain itself"));
        copied_ += a.locations.size();
        if (copied_ > options_.max_alias_values)
            fail(core::rules::limit, node_pointer(), where,
                 core::cat("YAML: aliases copy more than ", options_.max_alias_values,
                           " values in all (an alias of aliases doubles a tree at each step)"));
        if (expecting_key()) {
            if (!a.value.is_string())
                fail(core::rules::syntax, frames_.back().pointer, where, "YAML: a mapping key is an alias of a collection");
            take_key(std::string(a.value.as_string()), where, {});
            return;
        }
        const std::string pointer = node_pointer();
        for (const auto& [relative, at] : a.locations) record(pointer + relative, at);
        attach(boost::json::value(a.value));
    }

    void open(location where, const std::string& tag, const std::string& anchor, boost::json::value container) {
        if (expecting_key())
            fail(core::rules::syntax, frames_.back().pointer, where,
                 "YAML: a mapping key is itself a mapping or a sequence; CloudFormation's keys are names");
        if (frames_.size() >= options_.max_depth)
            fail(core::rules::limit, node_pointer(), where,
                 core::cat("the template nests more than ", options_.max_depth, " levels of mappings and sequences"));
        node_start(anchor, where);
        frame f;
        f.anchor = anchor;
        f.function = function_of(tag);
        f.pointer = node_pointer();
        record(f.pointer, where);
        if (!f.function.empty()) {
            f.pointer += token(f.function);
            record(f.pointer, where);
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

    bool empty() const noexcept { return documents_ == 0; }
    std::vector<std::pair<std::string, location>>& entries() noexcept { return entries_; }

private:
    struct frame {
        boost::json::value value; // the array or object being filled
        std::string pointer;      // of the array or object (inside the function of a short form)
        std::string function;     // the short form's long name, or empty
        std::string anchor;
        bool has_key = false;
        std::string key;
    };
    struct anchored {
        location defined;
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

    // PyYAML's composer refuses an anchor defined twice, and so does cfn-lint.
    void node_start(const std::string& anchor, location where) {
        if (anchor.empty()) return;
        auto [it, fresh] = anchors_.try_emplace(anchor);
        if (!fresh)
            fail(core::rules::syntax, expecting_key() ? frames_.back().pointer : node_pointer(), where,
                 core::cat("YAML: the anchor &", anchor, " is defined a second time (first at line ", it->second.defined.line,
                           ", column ", it->second.defined.column, ")"));
        it->second.defined = where;
        it->second.first = entries_.size();
        it->second.pointer = expecting_key() ? std::string() : node_pointer();
    }

    void take_key(std::string key, location where, const std::string& anchor) {
        frame& f = frames_.back();
        const std::string pointer = f.pointer + token(key);
        if (f.value.as_object().contains(key))
            fail(core::rules::duplicate, pointer, where,
                 core::cat("the key \"", key, "\" is given twice in one mapping; CloudFormation would keep only one of the "
                                          "two values"));
        if (!anchor.empty()) {
            anchored& a = anchors_[anchor];
            a.complete = true;
            a.value = key;
            a.locations.emplace_back("", where);
        }
        f.has_key = true;
        f.key = std::move(key);
    }

    boost::json::value typed(const std::string& tag, bool plain, const std::string& text, location where) {
        if (tag.empty()) return plain ? resolve_plain_scalar(text) : boost::json::value(text);
        if (!tag.starts_with(core_schema)) return boost::json::value(text); // "!", or a global tag
        const std::string_view type = std::string_view(tag).substr(core_schema.size());
        if (type == "null") return nullptr;
        if (type == "bool" || type == "int" || type == "float") {
            boost::json::value v = resolve_plain_scalar(text);
            if ((type == "bool" && v.is_bool()) || (type != "bool" && v.is_number())) return v;
            fail(core::rules::syntax, node_pointer(), where, core::cat("YAML: \"", text, "\" is tagged !!", type, " but is not one"));
        }
        return boost::json::value(text); // !!str, !!binary, !!timestamp: the text
    }

    void finish(boost::json::value v, location where, const std::string& anchor) {
        record(node_pointer(), where);
        complete_anchor(anchor, v);
        attach(std::move(v));
    }

    void complete_anchor(const std::string& anchor, const boost::json::value& v) {
        if (anchor.empty()) return;
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
    std::map<std::string, anchored> anchors_;
    std::size_t copied_ = 0;
    int documents_ = 0;
};

struct parser_deleter {
    void operator()(yaml_parser_t* p) const noexcept {
        yaml_parser_delete(p);
        delete p;
    }
};
struct event_guard {
    yaml_event_t event;
    ~event_guard() { yaml_event_delete(&event); }
};

} // namespace

void read_yaml(std::string_view text, const read_options& options, parsed_template& out) {
    std::unique_ptr<yaml_parser_t, parser_deleter> parser(new yaml_parser_t);
    if (!yaml_parser_initialize(parser.get())) throw std::bad_alloc();
    yaml_parser_set_input_string(parser.get(), reinterpret_cast<const unsigned char*>(text.data()), text.size());
    builder b(options, out);
    for (bool done = false; !done;) {
        event_guard e;
        if (!yaml_parser_parse(parser.get(), &e.event)) {
            if (parser->error == YAML_MEMORY_ERROR) throw std::bad_alloc();
            std::string problem = text_of(reinterpret_cast<const yaml_char_t*>(parser->problem));
            if (parser->context) problem = core::cat(parser->context, ": ", problem);
            fail(core::rules::syntax, "", at(parser->problem_mark), "YAML syntax: " + problem);
        }
        const location where = at(e.event.start_mark);
        switch (e.event.type) {
        case YAML_STREAM_END_EVENT: done = true; break;
        case YAML_DOCUMENT_START_EVENT: b.document_start(where); break;
        case YAML_ALIAS_EVENT: b.alias(where, text_of(e.event.data.alias.anchor)); break;
        case YAML_SCALAR_EVENT: {
            const auto& s = e.event.data.scalar;
            b.scalar(where, text_of(s.tag), text_of(s.anchor), s.plain_implicit && s.style == YAML_PLAIN_SCALAR_STYLE,
                     std::string(reinterpret_cast<const char*>(s.value), s.length));
            break;
        }
        case YAML_SEQUENCE_START_EVENT:
            b.open(where, text_of(e.event.data.sequence_start.tag), text_of(e.event.data.sequence_start.anchor),
                   boost::json::array());
            break;
        case YAML_MAPPING_START_EVENT:
            b.open(where, text_of(e.event.data.mapping_start.tag), text_of(e.event.data.mapping_start.anchor),
                   boost::json::object());
            break;
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT: b.close(); break;
        default: break;
        }
    }
    if (b.empty()) out.root = boost::json::object(); // an empty file is an empty template, as to cfn-lint
    for (auto& [pointer, where] : b.entries()) out.locations.add(std::move(pointer), where);
}

} // namespace awsmodel::cloudformation::detail
