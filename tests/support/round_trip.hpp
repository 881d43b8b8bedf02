// Round trips of top-level shapes, shared by the shape tests: a document decodes, re-encodes to
// the same JSON value and decodes again to an equal value; a broken document is refused with the
// finding at its pointer; and the corpus rows of some botocore shapes, with botocore's verdicts.
#ifndef AWSMODEL_TESTS_SUPPORT_ROUND_TRIP_HPP
#define AWSMODEL_TESTS_SUPPORT_ROUND_TRIP_HPP

#include <awsmodel/core/codec_fwd.hpp>
#include <awsmodel/core/timestamp.hpp>
#include <awsmodel/testing/boost_test.hpp>
#include "corpus.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <initializer_list>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::test_support {

// Where `out` (the encoder's JSON) differs from `in` (the document), or "" when it does not.
// Numbers compare by value (0.0 and 0 alike), and a timestamp the document writes in ISO 8601
// equals the epoch seconds ECS's encoder writes for the same instant (to the millisecond).
inline std::string json_difference(const boost::json::value& in, const boost::json::value& out,
                                   const std::string& at = "") {
    auto number = [](const boost::json::value& v) { return v.is_number() ? v.to_number<double>() : 0.0; };
    if (in.is_number() && out.is_number())
        return number(in) == number(out) ? "" : at + ": " + boost::json::serialize(in) + " became " +
                                                    boost::json::serialize(out);
    if (in.is_string() && out.is_number()) {
        auto tp = core::parse_iso8601(std::string_view(in.get_string()));
        double seconds = tp ? static_cast<double>(tp->time_since_epoch().count()) / 1e6 : 0.0;
        return tp && std::abs(seconds - number(out)) < 1e-3 ? "" : at + ": " + boost::json::serialize(in) +
                                                                      " became " + boost::json::serialize(out);
    }
    if (in.is_object() && out.is_object()) {
        const auto &a = in.get_object(), &b = out.get_object();
        for (const auto& kv : a) {
            std::string here = at + "/" + std::string(kv.key());
            if (!b.contains(kv.key())) return here + ": lost";
            if (auto d = json_difference(kv.value(), b.at(kv.key()), here); !d.empty()) return d;
        }
        for (const auto& kv : b)
            if (!a.contains(kv.key())) return at + "/" + std::string(kv.key()) + ": added";
        return "";
    }
    if (in.is_array() && out.is_array()) {
        const auto &a = in.get_array(), &b = out.get_array();
        if (a.size() != b.size()) return at + ": " + std::to_string(a.size()) + " elements became " + std::to_string(b.size());
        for (std::size_t i = 0; i < a.size(); ++i)
            if (auto d = json_difference(a[i], b[i], at + "/" + std::to_string(i)); !d.empty()) return d;
        return "";
    }
    return in == out ? "" : at + ": " + boost::json::serialize(in) + " became " + boost::json::serialize(out);
}

// Decodes `text` as T, re-encodes it, and checks that the encoding has the document's JSON value
// (exactly, with `exact`; up to json_difference's equivalences otherwise) and decodes to an equal T.
template <class T>
void check_round_trip(std::string_view text, bool exact = true) {
    auto first = core::decode<T>(text);
    BOOST_TEST_REQUIRE(first.has_value(), testing::verdict(first.diagnostics()).message().str());
    const std::string encoded = core::encode(*first);
    const auto in = boost::json::parse(text), out = boost::json::parse(encoded);
    if (exact)
        BOOST_TEST((in == out), "re-encoded as " << encoded);
    else
        BOOST_TEST(json_difference(in, out).empty(), json_difference(in, out));
    auto second = core::decode<T>(encoded);
    BOOST_TEST_REQUIRE(second.has_value(), testing::verdict(second.diagnostics()).message().str());
    BOOST_TEST((*second == *first));
}

// Decoding `text` as T fails, with a finding of `rule` at `pointer`.
template <class T>
void check_refused(std::string_view text, std::string_view rule, std::string_view pointer) {
    auto r = core::decode<T>(text);
    BOOST_TEST(!r.has_value(), "accepted " << text);
    BOOST_TEST(testing::reports(r.diagnostics(), rule, pointer),
               "no " << rule << " at " << pointer << ": " << testing::verdict(r.diagnostics()).message().str());
}

// A corpus document as T: botocore accepts it, and it decodes and round-trips; or botocore
// rejects it, and so does the decoder (at botocore's pointer, when botocore names one).
template <class T>
void check_corpus_row(const corpus_row& row) {
    const std::string text = read_text(AWSMODEL_CORPUS "/" + row.file);
    if (row.expect == "accept") {
        check_round_trip<T>(text, false);
        return;
    }
    auto r = core::decode<T>(text);
    BOOST_TEST(!r.has_value(), row << ": botocore rejects it at " << row.pointer);
    if (!row.pointer.empty()) {
        bool named = std::any_of(r.diagnostics().begin(), r.diagnostics().end(),
                                 [&](const core::diagnostic& d) { return d.pointer == row.pointer; });
        BOOST_TEST(named, row << ": botocore names " << row.pointer << "; "
                              << testing::verdict(r.diagnostics()).message().str());
    }
}

} // namespace awsmodel::test_support

#endif
