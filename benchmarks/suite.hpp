// The operations measured, once per document kind: each runs over every document of a set and
// returns a checksum so that the compiler cannot drop the work. Shared by the Google Benchmark
// harness, the memory measurement and the callgrind driver, so all three measure the same code.
#ifndef AWSMODEL_BENCHMARKS_SUITE_HPP
#define AWSMODEL_BENCHMARKS_SUITE_HPP

#include "documents.hpp"
#include "nlohmann_mapping.hpp"

#include <awsmodel/core/json.hpp>
#include <awsmodel/core/validate.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <array>
#include <cstdio>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace bench {

// awsmodel_decode_validate validates each document right after decoding it, as a service does:
// its values are still in cache. awsmodel_validate walks the values of the whole set, decoded
// beforehand, which for the 15 MB set means reading some 27 MB of values from memory again.
enum class op { boost_parse, boost_serialize, awsmodel_decode, awsmodel_encode, awsmodel_validate, nlohmann_decode,
                nlohmann_encode, awsmodel_decode_validate };
inline constexpr std::array all_ops{op::boost_parse,       op::boost_serialize, op::awsmodel_decode,
                                    op::awsmodel_encode,   op::awsmodel_validate, op::nlohmann_decode,
                                    op::nlohmann_encode,   op::awsmodel_decode_validate};

constexpr std::string_view name_of(op o) {
    constexpr std::array<std::string_view, 8> names{"boost_parse",       "boost_serialize",   "awsmodel_decode",
                                                    "awsmodel_encode",   "awsmodel_validate", "nlohmann_decode",
                                                    "nlohmann_encode",   "awsmodel_decode_validate"};
    return names[static_cast<std::size_t>(o)];
}

class suite {
public:
    virtual ~suite() = default;
    const std::string& name() const noexcept { return set_.name; }
    const document_set& set() const noexcept { return set_; }
    std::size_t bytes() const noexcept { return bytes_; }
    /// Documents of the set that awsmodel rejected (they are left out of every measurement).
    std::size_t rejected() const noexcept { return rejected_; }

    /// Builds what the encode and validate operations start from: DOMs, typed values, plain structs.
    virtual void prepare() = 0;
    virtual std::size_t run(op o) const = 0;
    /// Every document decoded by `o` (boost_parse, awsmodel_decode or nlohmann_decode) and held,
    /// for measuring what the decoded values take in memory.
    virtual std::shared_ptr<void> decode_all(op o) const = 0;

protected:
    explicit suite(document_set s) : set_(std::move(s)) {}
    document_set set_;
    std::size_t bytes_ = 0;
    std::size_t rejected_ = 0;
};

template <class Aws, class Plain>
class typed_suite final : public suite {
public:
    explicit typed_suite(document_set s, bool quiet = false) : suite(std::move(s)) {
        // Only documents awsmodel accepts are measured, so that every operation does the same work;
        // rejections are reported (they would be conformance bugs: the sets hold accepted documents).
        std::vector<std::string> kept;
        for (auto& d : set_.documents) {
            auto r = awsmodel::core::decode<Aws>(d);
            if (r) {
                kept.push_back(std::move(d));
                continue;
            }
            ++rejected_;
            if (!quiet && rejected_ <= 3)
                std::fprintf(stderr, "%s: awsmodel rejects a document: %s: %s: %s\n", set_.name.c_str(),
                             r.diagnostics().front().pointer.c_str(), std::string(r.diagnostics().front().rule).c_str(),
                             r.diagnostics().front().message.c_str());
        }
        set_.documents = std::move(kept);
        bytes_ = set_.bytes();
    }

    void prepare() override {
        if (!values_.empty()) return;
        for (const auto& d : set_.documents) {
            doms_.push_back(boost::json::parse(d));
            values_.push_back(*awsmodel::core::decode<Aws>(d));
            plains_.push_back(nlohmann::json::parse(d).get<Plain>());
        }
    }

    std::size_t run(op o) const override {
        std::size_t n = 0;
        switch (o) {
        case op::boost_parse:
            for (const auto& d : set_.documents) n += boost::json::parse(d).as_object().size();
            break;
        case op::boost_serialize:
            for (const auto& v : doms_) n += boost::json::serialize(v).size();
            break;
        case op::awsmodel_decode:
            for (const auto& d : set_.documents) n += awsmodel::core::decode<Aws>(d).has_value();
            break;
        case op::awsmodel_encode:
            for (const auto& v : values_) n += awsmodel::core::encode(v).size();
            break;
        case op::awsmodel_validate:
            for (const auto& v : values_) n += awsmodel::core::validate(v).size() + 1;
            break;
        case op::awsmodel_decode_validate:
            for (const auto& d : set_.documents) {
                auto r = awsmodel::core::decode<Aws>(d);
                n += r.has_value() ? awsmodel::core::validate(*r).size() + 1 : 0;
            }
            break;
        case op::nlohmann_decode:
            for (const auto& d : set_.documents) {
                Plain p = nlohmann::json::parse(d).get<Plain>();
                n += sizeof p;
            }
            break;
        case op::nlohmann_encode:
            for (const auto& p : plains_) n += nlohmann::json(p).dump().size();
            break;
        }
        return n;
    }

    std::shared_ptr<void> decode_all(op o) const override {
        switch (o) {
        case op::boost_parse: return hold<boost::json::value>([](const std::string& d) { return boost::json::parse(d); });
        case op::awsmodel_decode: return hold<Aws>([](const std::string& d) { return *awsmodel::core::decode<Aws>(d); });
        case op::nlohmann_decode:
            return hold<Plain>([](const std::string& d) { return nlohmann::json::parse(d).get<Plain>(); });
        default: return nullptr;
        }
    }

private:
    template <class V, class F>
    std::shared_ptr<void> hold(F decode) const {
        auto all = std::make_shared<std::vector<V>>();
        all->reserve(set_.documents.size());
        for (const auto& d : set_.documents) all->push_back(decode(d));
        return all;
    }

    std::vector<boost::json::value> doms_;
    std::vector<Aws> values_;
    std::vector<Plain> plains_;
};

/// Every measured set: generated (throughput) and the corpus (real documents), per kind.
std::vector<std::unique_ptr<suite>> make_suites(const std::string& corpus_dir, std::size_t task_definitions = 2000,
                                                std::size_t volume_pages = 500, std::size_t instance_pages = 300,
                                                bool quiet = false);

} // namespace bench

#endif
