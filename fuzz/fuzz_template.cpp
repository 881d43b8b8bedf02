// libFuzzer target: arbitrary bytes as a CloudFormation template, JSON or YAML. The reader must
// end in findings or a template, never in a crash, a leak or undefined behaviour; and a template
// it reads, written out as JSON, reads back as the same JSON with a position for every value.
#include <awsmodel/cloudformation/template.hpp>

#include <boost/json/serialize.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {
namespace cf = awsmodel::cloudformation;

[[noreturn]] void broken(const char* invariant, std::string_view input, const cf::parsed_template& t) {
    std::fprintf(stderr, "awsmodel fuzz_template: %s\ninput: %.*s\n", invariant, static_cast<int>(input.size() > 4096 ? 4096 : input.size()),
                 input.data());
    for (const auto& d : t.diagnostics)
        std::fprintf(stderr, "  %u:%u %s: %.*s: %s\n", d.at.line, d.at.column, d.diagnostic.pointer.c_str(),
                     static_cast<int>(d.diagnostic.rule.size()), d.diagnostic.rule.data(), d.diagnostic.message.c_str());
    std::abort();
}

// Every value of the tree has a recorded position.
bool positioned(const boost::json::value& v, std::string& pointer, const cf::location_map& locations) {
    if (!locations.find(pointer).known()) return false;
    const std::size_t size = pointer.size();
    bool ok = true;
    if (const auto* o = v.if_object())
        for (const auto& [key, member] : *o) {
            awsmodel::core::append_token(pointer, key);
            ok = ok && positioned(member, pointer, locations);
            pointer.resize(size);
        }
    else if (const auto* a = v.if_array())
        for (std::size_t i = 0; ok && i < a->size(); ++i) {
            pointer += '/';
            pointer += std::to_string(i);
            ok = positioned((*a)[i], pointer, locations);
            pointer.resize(size);
        }
    return ok;
}

// Equal, but for the last bit of a double: Boost.JSON 1.81 does not read every double back exactly
// (fuzz/README.md), which is not this reader's to fix.
bool same(const boost::json::value& a, const boost::json::value& b) {
    if (a.is_double() || b.is_double()) {
        if (!a.is_number() || !b.is_number()) return false;
        const double x = a.to_number<double>(), y = b.to_number<double>();
        return x == y || std::abs(x - y) <= 1e-15 * std::max(std::abs(x), std::abs(y));
    }
    if (a.kind() != b.kind()) return false;
    if (const auto* o = a.if_object()) {
        const auto& p = b.as_object();
        if (o->size() != p.size()) return false;
        for (const auto& [key, member] : *o)
            if (!p.contains(key) || !same(member, p.at(key))) return false;
        return true;
    }
    if (const auto* x = a.if_array()) {
        const auto& y = b.as_array();
        if (x->size() != y.size()) return false;
        for (std::size_t i = 0; i < x->size(); ++i)
            if (!same((*x)[i], y[i])) return false;
        return true;
    }
    return a == b;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    cf::read_options options;
    options.max_alias_values = 10'000; // keeps each input fast; the limit itself is what is tested
    const cf::parsed_template t = cf::read_template(input, options);
    for (const auto& d : t.diagnostics)
        if (d.diagnostic.rule.empty() || d.diagnostic.message.empty() ||
            (!d.diagnostic.pointer.empty() && d.diagnostic.pointer[0] != '/'))
            broken("a finding without a rule, a message or a JSON Pointer", input, t);
    if (t.root.is_null()) {
        if (t.ok()) broken("no template and no error", input, t);
        return 0;
    }
    std::string pointer;
    const bool empty_file = t.locations.size() == 0 && t.root.is_object() && t.root.as_object().empty();
    if (!empty_file && !positioned(t.root, pointer, t.locations)) broken("a value without a position", input, t);
    // a template is an object, which reads as JSON; other roots re-read as YAML, whose `1E300`
    // is a string (YAML 1.1 floats need a dot), so only objects round-trip
    if (!t.root.is_object()) return 0;
    const std::string json = boost::json::serialize(t.root);
    const cf::parsed_template again = cf::parse_template(json, options);
    if (!again.ok()) broken("the JSON written from the template does not read", json, again);
    if (!same(again.root, t.root)) broken("the JSON written from the template reads as another", json, again);
    return 0;
}
