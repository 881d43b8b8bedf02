// awsmodel-integration-requests: the requests the integration tests send through the AWS CLI to
// moto. They are built with awsmodel's types and written by core::encode, so that botocore (the
// CLI's validator and serializer) and the mock service judge exactly what awsmodel produces.
//
//   awsmodel-integration-requests list
//   awsmodel-integration-requests NAME [ARG...]
//
// NAME's request goes to standard output as JSON (the CLI's --cli-input-json form). Every finding of
// core::validate goes to standard error as POINTER: RULE: message; any error makes the exit status
// 1, so a test can also show that awsmodel rejects a request AWS rejects and moto accepts.
#include <awsmodel/core/json.hpp>
#include <awsmodel/core/validate.hpp>
#include <awsmodel/ec2/ebs_volume.hpp>
#include <awsmodel/ec2/key_pair.hpp>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace {
using namespace awsmodel;
using namespace awsmodel::core::literals;

using args = std::vector<std::string>;

struct request_maker {
    std::string_view name;
    std::string_view usage; ///< the arguments after NAME
    std::size_t arg_count;
    std::string_view about;
    /// Writes the request to `json` and returns its findings.
    core::diagnostics (*make)(const args&, std::string& json);
};

template <core::reflected T>
core::diagnostics emit(const T& request, std::string& json) {
    json = core::encode(request);
    return core::validate(request);
}

// A builder's result: the request, or the findings that stopped it (then nothing is printed).
// build() has run core::validate already; its warnings come with the value.
template <class T>
core::diagnostics emit(core::result<T> built, std::string& json) {
    if (built) json = core::encode(*built);
    return std::move(built.diagnostics());
}

// Every volume carries the run's tag, so a test finds its own volumes with a tag filter even when
// other tests share the server.
std::vector<ec2::tag_specification> volume_tags(const std::string& name, const std::string& run) {
    ec2::tag_specification spec;
    spec.resource_type = ec2::resource_type::volume;
    spec.tags = std::vector<ec2::tag>{{{}, "Name", name}, {{}, "awsmodel-run", run}};
    return {spec};
}

core::diagnostics create_volume_gp3(const args& a, std::string& json) {
    ec2::create_volume_request r;
    r.availability_zone = "us-east-1a";
    r.volume_type = ec2::volume_type::gp3;
    r.size = 100_GiB;
    r.iops = 4000_iops;
    r.throughput = 250_MiBps;
    r.tag_specifications = volume_tags("awsmodel-it-gp3", a[0]);
    return emit(r, json);
}

core::diagnostics create_volume_io2(const args& a, std::string& json) {
    ec2::create_volume_request r;
    r.availability_zone = "us-east-1b";
    r.volume_type = ec2::volume_type::io2;
    r.size = 40_GiB;
    r.iops = 20000_iops; // 500 IOPS per GiB, within io2's 1000
    r.multi_attach_enabled = true;
    r.encrypted = true;
    r.tag_specifications = volume_tags("awsmodel-it-io2", a[0]);
    return emit(r, json);
}

// No VolumeType: the API's default (gp2) applies, which the response must state.
core::diagnostics create_volume_default_type(const args& a, std::string& json) {
    ec2::create_volume_request r;
    r.availability_zone = "us-east-1c";
    r.size = 8_GiB;
    r.tag_specifications = volume_tags("awsmodel-it-default", a[0]);
    return emit(r, json);
}

// 6000 IOPS on 10 GiB of gp3 is 600 per GiB; AWS allows 500 (EBS-CV-008). moto accepts it.
core::diagnostics create_volume_gp3_iops_ratio_exceeded(const args& a, std::string& json) {
    ec2::create_volume_request r;
    r.availability_zone = "us-east-1a";
    r.volume_type = ec2::volume_type::gp3;
    r.size = 10_GiB;
    r.iops = 6000_iops;
    r.tag_specifications = volume_tags("awsmodel-it-ratio", a[0]);
    return emit(r, json);
}

// Key pairs go through the builders, which check the required members while compiling; names are
// runtime strings (the run id makes them unique), checked by build().
core::diagnostics create_key_pair_rsa(const args& a, std::string& json) {
    return emit(ec2::create_key_pair_builder{}.key_name(core::runtime(a[0])).tag("awsmodel-run", a[1]).build(), json);
}

core::diagnostics create_key_pair_ed25519(const args& a, std::string& json) {
    return emit(ec2::create_key_pair_builder{}
                    .key_name(core::runtime(a[0]))
                    .key_type(ec2::key_type::ed25519)
                    .key_format(ec2::key_format::pem)
                    .tag("awsmodel-run", a[1])
                    .build(),
                json);
}

// The public key file as ssh-keygen wrote it; the builder encodes it to the wire's base64 once.
core::diagnostics import_key_pair(const args& a, std::string& json) {
    std::ifstream f(a[1], std::ios::binary);
    if (!f) return {{"", core::rules::syntax, core::severity::error, "cannot read the public key file " + a[1]}};
    std::string content(std::istreambuf_iterator<char>(f), {});
    return emit(ec2::import_key_pair_builder{}
                    .key_name(core::runtime(a[0]))
                    .public_key(content)
                    .tag("awsmodel-run", a[2])
                    .build(),
                json);
}

constexpr request_maker makers[] = {
    {"create-volume-gp3", "RUN", 1, "gp3, 100 GiB, 4000 IOPS, 250 MiB/s", create_volume_gp3},
    {"create-volume-io2", "RUN", 1, "io2, 40 GiB, 20000 IOPS, Multi-Attach, encrypted", create_volume_io2},
    {"create-volume-default-type", "RUN", 1, "8 GiB, no VolumeType (gp2)", create_volume_default_type},
    {"create-volume-gp3-iops-ratio-exceeded", "RUN", 1, "gp3, 10 GiB, 6000 IOPS: breaks EBS-CV-008",
     create_volume_gp3_iops_ratio_exceeded},
    {"create-key-pair-rsa", "KEY_NAME RUN", 2, "RSA key pair (the default type and format)", create_key_pair_rsa},
    {"create-key-pair-ed25519", "KEY_NAME RUN", 2, "ED25519 key pair, PEM", create_key_pair_ed25519},
    {"import-key-pair", "KEY_NAME PUBLIC_KEY_FILE RUN", 3, "the public key of PUBLIC_KEY_FILE", import_key_pair},
};

int usage(std::string_view why) {
    std::cerr << "awsmodel-integration-requests: " << why
              << "\nusage: awsmodel-integration-requests list\n"
                 "       awsmodel-integration-requests NAME [ARG...]\n";
    return 2;
}

} // namespace

int main(int argc, char** argv) try {
    args a(argv + 1, argv + argc);
    if (a.empty()) return usage("no request named");
    if (a[0] == "list") {
        for (const auto& m : makers) std::cout << m.name << ' ' << m.usage << "\t" << m.about << '\n';
        return 0;
    }
    auto it = std::find_if(std::begin(makers), std::end(makers), [&](const request_maker& m) { return m.name == a[0]; });
    if (it == std::end(makers)) return usage("unknown request \"" + a[0] + "\"; `list` names them");
    a.erase(a.begin());
    if (a.size() != it->arg_count) return usage(std::string(it->name) + " takes " + std::string(it->usage));
    std::string json;
    core::diagnostics ds = it->make(a, json);
    bool errors = false;
    for (const auto& d : ds) {
        errors |= d.level == core::severity::error;
        std::cerr << (d.pointer.empty() ? "/" : d.pointer) << ": " << d.rule << ": " << d.message << '\n';
    }
    if (!json.empty()) std::cout << json << '\n';
    return errors ? 1 : 0;
} catch (const std::exception& e) {
    std::cerr << "awsmodel-integration-requests: " << e.what() << '\n';
    return 2;
}
