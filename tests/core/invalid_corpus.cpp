// tests/data/invalid: malformed documents, each listed in MANIFEST.tsv with the rule and pointer
// it must be rejected with. Decoding runs first; a document that decodes is validated.
#include "robustness_probe.hpp"

#include <awsmodel/core/json.hpp>
#include <awsmodel/core/validate.hpp>
#include <awsmodel/ec2/ebs_volume.hpp>
#include <awsmodel/testing/boost_test.hpp>

#include <boost/json/parse.hpp>
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <string>

using namespace awsmodel;

namespace {

const std::string dir = AWSMODEL_TEST_DATA "/invalid";

struct row {
    std::string file, kind, pointer, rule;
};

std::vector<row> manifest() {
    std::vector<row> rows;
    std::ifstream in(dir + "/MANIFEST.tsv");
    std::string line;
    bool header = true;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        if (header) {
            header = false;
            continue;
        }
        std::istringstream fields(line);
        row r;
        std::getline(fields, r.file, '\t');
        std::getline(fields, r.kind, '\t');
        std::getline(fields, r.pointer, '\t');
        std::getline(fields, r.rule, '\t');
        rows.push_back(r);
    }
    return rows;
}

std::string read(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(f), {});
}

// Every finding: decoding's, then, when the document decodes, validation's.
template <class T>
core::diagnostics findings(std::string_view text) {
    auto r = core::decode<T>(text);
    core::diagnostics ds = r.diagnostics();
    if (r) {
        auto more = core::validate(*r);
        ds.insert(ds.end(), more.begin(), more.end());
    }
    return ds;
}

template <class T>
core::diagnostics dom_findings(const boost::json::value& v) {
    return core::decode<T>(v).diagnostics();
}

struct kind_entry {
    core::diagnostics (*text)(std::string_view);
    core::diagnostics (*dom)(const boost::json::value&);
};

template <class T>
kind_entry entry() {
    return {&findings<T>, &dom_findings<T>};
}

const std::map<std::string, kind_entry> kinds = {
    {"create-volume", entry<ec2::create_volume_request>()},
    {"volume", entry<ec2::volume>()},
    {"describe-volumes-result", entry<ec2::describe_volumes_result>()},
    {"probe", entry<robustness::probe>()},
};

} // namespace

BOOST_AUTO_TEST_SUITE(invalid_corpus)

BOOST_AUTO_TEST_CASE(every_file_is_rejected_with_its_rule_at_its_pointer) {
    auto rows = manifest();
    BOOST_TEST(rows.size() >= 25u);
    for (const row& r : rows) {
        BOOST_TEST_CONTEXT(r.file << " (" << r.kind << ")") {
            auto k = kinds.find(r.kind);
            BOOST_TEST_REQUIRE((k != kinds.end()), "unknown kind " << r.kind);
            std::string text = read(dir + "/" + r.file);
            auto ds = k->second.text(text);
            BOOST_TEST(core::has_errors(ds));
            BOOST_TEST(testing::reports(ds, r.rule, r.pointer),
                       "expected " << r.rule << " at \"" << r.pointer << "\"; got " << testing::verdict(ds).message().str());
        }
    }
}

// A DOM cannot hold what the parser rejects, nor repeated keys, nor (here) deep nesting; every
// other finding is the same whether text or a boost::json::value is decoded.
BOOST_AUTO_TEST_CASE(a_dom_of_the_same_document_is_rejected_alike) {
    const std::set<std::string> text_only = {"AWSMODEL-SYNTAX", "AWSMODEL-DUPLICATE", "AWSMODEL-LIMIT"};
    std::size_t compared = 0;
    for (const row& r : manifest()) {
        if (text_only.count(r.rule) || r.rule.rfind("EBS-", 0) == 0) continue;
        BOOST_TEST_CONTEXT(r.file) {
            boost::system::error_code ec;
            auto v = boost::json::parse(read(dir + "/" + r.file), ec);
            BOOST_TEST_REQUIRE(!ec);
            auto ds = kinds.at(r.kind).dom(v);
            BOOST_TEST(testing::reports(ds, r.rule, r.pointer), testing::verdict(ds).message().str());
            ++compared;
        }
    }
    BOOST_TEST(compared >= 15u);
}

BOOST_AUTO_TEST_CASE(the_manifest_lists_every_file) {
    std::set<std::string> listed, present;
    for (const row& r : manifest()) BOOST_TEST(listed.insert(r.file).second, r.file << " is listed twice");
    for (const auto& e : std::filesystem::directory_iterator(dir))
        if (e.path().filename() != "MANIFEST.tsv") present.insert(e.path().filename().string());
    BOOST_TEST((listed == present));
}

BOOST_AUTO_TEST_SUITE_END()
