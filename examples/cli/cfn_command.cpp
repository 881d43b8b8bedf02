// awsmodel cfn: an API document as a CloudFormation template of the resource it creates, and
// (with --to-api) the resource of such a template as the API document again.
//
//   awsmodel cfn [--logical-id ID] KIND FILE|-
//   awsmodel cfn --to-api KIND FILE|-
//   awsmodel cfn --reencode FILE|-
#include "cfn_command.hpp"
#include "cloudformation_template.hpp"
#include "pretty_json.hpp"
#include "read_file.hpp"

#include <awsmodel/cfn/encode_cloudformation.hpp>
#include <awsmodel/cfn/resources.hpp>
#include <awsmodel/ec2/ebs_volume.hpp>
#include <awsmodel/ec2/key_pair.hpp>
#include <awsmodel/ec2/run_instances.hpp>
#include <awsmodel/ecs/cluster.hpp>
#include <awsmodel/ecs/service.hpp>
#include <awsmodel/ecs/task_definition.hpp>

#include <boost/json/parse.hpp>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iostream>
#include <iterator>

namespace awsmodel::cli {
namespace {

constexpr std::string_view cfn_usage = "usage: awsmodel cfn [--logical-id ID] KIND FILE|-\n"
                                       "       awsmodel cfn --to-api KIND FILE|-\n"
                                       "       awsmodel cfn --reencode FILE|-\n"
                                       "KIND is one of task-definition, cluster, create-service, run-instances,\n"
                                       "  create-volume, create-key-pair, import-key-pair.\n"
                                       "Without --to-api, FILE is that API document and the template is printed;\n"
                                       "with it, FILE is a template, and the API document of its resource is printed.\n"
                                       "With --reencode, FILE is a template (JSON or YAML), printed as JSON with each\n"
                                       "modelled resource's Properties decoded and encoded again, functions kept.\n"
                                       "What the other form cannot hold is written to standard error as notes.\n";

int cfn_error(std::string_view why) {
    std::cerr << "awsmodel cfn: " << why << "\n" << cfn_usage;
    return 2;
}

void print_finding(const std::string& file, const core::diagnostic& d) {
    std::cerr << file << ':' << (d.pointer.empty() ? "/" : d.pointer) << ": " << d.rule << ": " << d.message << '\n';
}

void print_notes(const std::string& file, const std::vector<cfn::note>& notes) {
    for (const cfn::note& n : notes) std::cerr << file << ':' << n.pointer << ": note: " << n.text << '\n';
}

template <class T>
int to_template(const std::string& file, const std::string& text, std::string_view logical_id) {
    auto r = core::decode<T>(text);
    for (const auto& d : r.diagnostics()) print_finding(file, d);
    if (!r) return 1;
    std::vector<cfn::note> notes;
    std::string tmpl = core::encode_cloudformation(*r, notes, {.logical_id = logical_id});
    print_notes(file, notes);
    pretty_print(std::cout, boost::json::parse(tmpl));
    return 0;
}

template <class T>
int to_api(const std::string& file, const std::string& text) {
    using R = cfn::resource_of<T>;
    boost::system::error_code ec;
    boost::json::value tmpl = boost::json::parse(text, ec);
    if (ec) {
        std::cerr << file << ": not JSON: " << ec.message() << '\n';
        return 1;
    }
    const auto* resources = tmpl.is_object() ? tmpl.as_object().if_contains("Resources") : nullptr;
    const boost::json::value* properties = nullptr;
    std::string id;
    if (resources && resources->is_object())
        for (const auto& kv : resources->as_object()) {
            const auto* res = kv.value().if_object();
            const auto* type = res ? res->if_contains("Type") : nullptr;
            if (!type || !type->is_string() || type->as_string() != R::type) continue;
            if (properties) {
                std::cerr << file << ": more than one " << R::type << " resource; keep one\n";
                return 1;
            }
            static const boost::json::value empty = boost::json::object();
            properties = res->if_contains("Properties");
            if (!properties) properties = &empty;
            id = kv.key();
        }
    if (!properties) {
        std::cerr << file << ": no resource of type " << R::type << " in /Resources\n";
        return 1;
    }
    auto c = cfn::to_api<R>(*properties);
    std::string where = file + ":/Resources/" + id + "/Properties";
    for (const auto& d : c.value.diagnostics()) print_finding(where, d);
    print_notes(where, c.not_carried_over);
    if (!c.value) return 1;
    std::cout << core::encode(*c.value) << '\n';
    return 0;
}

template <class T>
int run(bool reverse, const std::string& file, const std::string& text, std::string_view logical_id) {
    return reverse ? to_api<T>(file, text) : to_template<T>(file, text, logical_id);
}

} // namespace

int cmd_cfn(std::vector<std::string> args) {
    bool reverse = false, reencode = false;
    std::string logical_id;
    for (auto it = args.begin(); it != args.end();) {
        if (*it == "--to-api") {
            reverse = true;
            it = args.erase(it);
        } else if (*it == "--reencode") {
            reencode = true;
            it = args.erase(it);
        } else if (*it == "--logical-id") {
            if (std::next(it) == args.end()) return cfn_error("--logical-id takes an ID");
            logical_id = *std::next(it);
            it = args.erase(it, std::next(it, 2));
        } else if (it->size() > 1 && it->front() == '-') {
            return cfn_error("unknown option " + *it);
        } else {
            ++it;
        }
    }
    if (reencode) {
        if (reverse || !logical_id.empty()) return cfn_error("--reencode takes no other option");
        if (args.size() != 1) return cfn_error("cfn --reencode takes one FILE");
        return reencode_template(args[0]);
    }
    if (args.size() != 2) return cfn_error("cfn takes a KIND and one FILE");
    // CloudFormation's logical ids are alphanumeric (A-Za-z0-9), at most 255 characters
    if (!logical_id.empty() &&
        (logical_id.size() > 255 || !std::all_of(logical_id.begin(), logical_id.end(), [](unsigned char c) {
             return std::isalnum(c) != 0;
         })))
        return cfn_error("a logical id is 1-255 letters and digits, not \"" + logical_id + "\"");
    std::string text;
    if (!read_file(args[1], text)) {
        std::cerr << args[1] << ": cannot read the file\n";
        return 1;
    }
    const std::string& kind = args[0];
    const std::string& file = args[1];
    if (kind == "task-definition") return run<ecs::register_task_definition_request>(reverse, file, text, logical_id);
    if (kind == "cluster") return run<ecs::create_cluster_request>(reverse, file, text, logical_id);
    if (kind == "create-service") return run<ecs::create_service_request>(reverse, file, text, logical_id);
    if (kind == "run-instances") return run<ec2::run_instances_request>(reverse, file, text, logical_id);
    if (kind == "create-volume") return run<ec2::create_volume_request>(reverse, file, text, logical_id);
    if (kind == "create-key-pair") return run<ec2::create_key_pair_request>(reverse, file, text, logical_id);
    if (kind == "import-key-pair") return run<ec2::import_key_pair_request>(reverse, file, text, logical_id);
    return cfn_error("no CloudFormation resource for kind \"" + kind + "\"");
}

} // namespace awsmodel::cli
