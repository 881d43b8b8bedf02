// awsmodel: decode, re-encode and validate AWS ECS and EC2 documents.
//
//   awsmodel kinds
//   awsmodel fmt KIND FILE|-
//   awsmodel validate [--json] [--lenient] KIND FILE...
#include "kind.hpp"

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace {
using namespace awsmodel;

constexpr std::string_view usage =
    "usage: awsmodel kinds\n"
    "       awsmodel fmt [--lenient] KIND FILE|-\n"
    "       awsmodel validate [--json] [--lenient] KIND FILE...\n"
    "KIND is one of the names `awsmodel kinds` lists; - reads standard input.\n"
    "--lenient ignores members the shape does not have instead of reporting them.\n";

const cli::kind* find_kind(std::string_view name) {
    auto& ks = cli::registry();
    auto it = std::find_if(ks.begin(), ks.end(), [&](const cli::kind& k) { return k.name == name; });
    return it == ks.end() ? nullptr : &*it;
}

bool read_file(const std::string& path, std::string& out) {
    if (path == "-") {
        out.assign(std::istreambuf_iterator<char>(std::cin), {});
        return true;
    }
    std::ifstream f(path, std::ios::binary);
    if (!f) return false;
    out.assign(std::istreambuf_iterator<char>(f), {});
    return !f.bad();
}

int usage_error(std::string_view why) {
    std::cerr << "awsmodel: " << why << "\n" << usage;
    return 2;
}

int cmd_kinds() {
    auto ks = cli::registry();
    std::sort(ks.begin(), ks.end(), [](const cli::kind& a, const cli::kind& b) { return a.name < b.name; });
    for (const auto& k : ks) std::cout << k.name << '\t' << k.service << '\t' << k.shape << '\n';
    return 0;
}

void print_line(const std::string& file, const core::diagnostic& d) {
    std::cerr << file << ':' << (d.pointer.empty() ? "/" : d.pointer) << ": " << d.rule << ": "
              << (d.level == core::severity::warning ? "warning: " : "") << d.message << '\n';
}

int cmd_fmt(const std::vector<std::string>& args, const core::decode_options& opt) {
    if (args.size() != 2) return usage_error("fmt takes a KIND and one FILE");
    const cli::kind* k = find_kind(args[0]);
    if (!k) return usage_error("unknown kind \"" + args[0] + "\"; `awsmodel kinds` lists them");
    std::string text, out;
    if (!read_file(args[1], text)) {
        std::cerr << args[1] << ": cannot read the file\n";
        return 1;
    }
    core::diagnostics ds;
    bool ok = k->fmt(text, opt, out, ds);
    for (const auto& d : ds) print_line(args[1], d);
    if (!ok) return 1;
    std::cout << out << '\n';
    return 0;
}

int cmd_validate(const std::vector<std::string>& args, const core::decode_options& opt, bool json) {
    if (args.size() < 2) return usage_error("validate takes a KIND and at least one FILE");
    const cli::kind* k = find_kind(args[0]);
    if (!k) return usage_error("unknown kind \"" + args[0] + "\"; `awsmodel kinds` lists them");
    bool errors = false;
    boost::json::array findings;
    for (std::size_t i = 1; i < args.size(); ++i) {
        std::string text;
        core::diagnostics ds;
        if (!read_file(args[i], text))
            ds.push_back({"", core::rules::syntax, core::severity::error, "cannot read the file"});
        else
            k->validate(text, opt, ds);
        for (const auto& d : ds) {
            errors |= d.level == core::severity::error;
            if (json)
                findings.push_back(boost::json::object{{"file", args[i]},
                                                       {"pointer", d.pointer},
                                                       {"rule", d.rule},
                                                       {"severity", core::to_string(d.level)},
                                                       {"message", d.message}});
            else
                print_line(args[i], d);
        }
    }
    if (json) std::cout << boost::json::serialize(findings) << '\n';
    return errors ? 1 : 0;
}

} // namespace

int main(int argc, char** argv) try {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) return usage_error("no command");
    std::string cmd = args.front();
    args.erase(args.begin());
    core::decode_options opt;
    bool json = false;
    for (auto it = args.begin(); it != args.end();) {
        if (*it == "--json")
            json = true;
        else if (*it == "--lenient")
            opt.unknown = core::unknown_members::ignore;
        else if (it->size() > 1 && it->front() == '-' && *it != "-")
            return usage_error("unknown option " + *it);
        else {
            ++it;
            continue;
        }
        it = args.erase(it);
    }
    if (cmd == "kinds") return cmd_kinds();
    if (cmd == "fmt") return cmd_fmt(args, opt);
    if (cmd == "validate") return cmd_validate(args, opt, json);
    if (cmd == "--help" || cmd == "-h" || cmd == "help") {
        std::cout << usage;
        return 0;
    }
    return usage_error("unknown command \"" + cmd + "\"");
} catch (const std::exception& e) {
    std::cerr << "awsmodel: " << e.what() << '\n';
    return 2;
}
