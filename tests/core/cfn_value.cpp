// cfn::value<T>: a CloudFormation property, a literal T or an intrinsic function, decoded by the
// one codec, re-encoded as it came, validated as T only when it is a literal.
#include <awsmodel/cfn/intrinsic.hpp>
#include <awsmodel/cfn/value.hpp>
#include <awsmodel/core/json.hpp>
#include <awsmodel/core/json_schema.hpp>
#include <awsmodel/core/validate.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

using namespace awsmodel;

namespace cfn_sample {
struct endpoint : core::model {
    std::string host;
    std::optional<std::int32_t> port;
    static constexpr auto fields() {
        return core::fields<core::as_given, core::field<&endpoint::host, core::with{.name = "Host", .min = 1}>,
                            core::field<&endpoint::port, core::with{.name = "Port"}>>();
    }
    friend bool operator==(const endpoint&, const endpoint&) = default;
};
inline void validate_rules(const endpoint& e, core::checker_like auto& c) {
    if (e.port && *e.port > 65535) c.error(core::rule_id::custom("TEST-001"), "/Port", "a port is at most 65535");
}

struct props : core::model {
    std::optional<cfn::value<std::string>> name;
    std::optional<cfn::value<std::int32_t>> count;
    std::optional<cfn::value<std::vector<std::string>>> zones;
    std::optional<cfn::value<endpoint>> target;
    static constexpr auto fields() {
        using T = props;
        return core::fields<core::pascal_case, core::field<&T::name>, core::field<&T::count>, core::field<&T::zones>,
                            core::field<&T::target>>();
    }
    friend bool operator==(const props&, const props&) = default;
};

std::string findings(std::string_view text) {
    auto r = core::decode<props>(text);
    core::diagnostics ds = r ? core::validate(*r) : r.diagnostics();
    std::string out;
    for (const auto& d : ds) out += d.pointer + " " + std::string(d.rule) + " " + d.message + "\n";
    return out;
}

// One document per intrinsic, each in the place of a literal.
const std::vector<std::string> every_function = {
    R"({"Ref":"MyParam"})",
    R"({"Fn::GetAtt":["MyBucket","Arn"]})",
    R"({"Fn::GetAtt":"MyBucket.Arn"})",
    R"({"Fn::Sub":"arn:${AWS::Partition}:s3:::${Bucket}"})",
    R"({"Fn::Sub":["${A}-${B}",{"A":"x","B":{"Ref":"B"}}]})",
    R"({"Fn::Join":[",",["a",{"Ref":"B"},"c"]]})",
    R"({"Fn::If":["IsProd",{"Fn::Sub":"${Name}-prod"},"dev"]})",
    R"({"Fn::Select":[0,{"Fn::GetAZs":""}]})",
    R"({"Fn::ImportValue":{"Fn::Sub":"${Net}-VpcId"}})",
    R"({"Fn::FindInMap":["RegionMap",{"Ref":"AWS::Region"},"AMI"]})",
    R"({"Fn::Base64":"#!/bin/sh\necho hi"})",
    R"({"Fn::GetAZs":"eu-west-1"})",
    R"({"Fn::Split":[",",{"Fn::ImportValue":"Subnets"}]})",
    R"({"Fn::Cidr":["10.0.0.0/16",6,5]})",
};
} // namespace cfn_sample

using namespace cfn_sample;

BOOST_AUTO_TEST_SUITE(cfn_value)

BOOST_AUTO_TEST_CASE(literals_decode_by_their_own_codec) {
    const std::string text = R"({"Name":"web","Count":3,"Zones":["a","b"],"Target":{"Host":"h","Port":80}})";
    auto r = core::decode<props>(text);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(*cfn::literal(*r->name) == "web");
    BOOST_TEST(*cfn::literal(*r->count) == 3);
    BOOST_TEST(cfn::literal(*r->zones)->size() == 2u);
    BOOST_TEST(cfn::literal(*r->target)->host == "h");
    BOOST_TEST(!cfn::is_intrinsic(*r->target));
    BOOST_TEST(core::encode(*r) == text);
}

BOOST_AUTO_TEST_CASE(every_function_decodes_in_place_of_each_kind_and_round_trips) {
    for (const std::string& f : every_function) {
        for (std::string_view member : {"Name", "Count", "Zones", "Target"}) {
            std::string text = "{\"" + std::string(member) + "\":" + f + "}";
            auto r = core::decode<props>(text);
            BOOST_TEST_REQUIRE(r.has_value(), text << "\n" << findings(text));
            BOOST_TEST(core::encode(*r) == text);
            // value_from builds the same value
            BOOST_TEST(boost::json::value_from(*r) == boost::json::parse(text), text);
        }
    }
    auto r = core::decode<props>(R"({"Name":{"Fn::Join":["-",["a",{"Ref":"B"}]]},"Target":{"Ref":"Ep"}})");
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(cfn::function(*r->name)->function() == "Fn::Join");
    BOOST_TEST(*cfn::function(*r->target)->ref == "Ep");
}

BOOST_AUTO_TEST_CASE(nested_functions_read_as_functions) {
    auto r = core::decode<props>(R"({"Name":{"Fn::If":["IsProd",{"Fn::Sub":"${N}-prod"},{"Ref":"AWS::NoValue"}]}})");
    BOOST_TEST_REQUIRE(r.has_value());
    const cfn::intrinsic& f = *cfn::function(*r->name);
    BOOST_TEST_REQUIRE(f.if_.has_value());
    BOOST_TEST((*f.if_)[0].get() == boost::json::value("IsProd"));
    auto then = cfn::as_intrinsic((*f.if_)[1]);
    BOOST_TEST_REQUIRE(then.has_value());
    BOOST_TEST(*then->sub->get_if<std::string>() == "${N}-prod");
    BOOST_TEST(*cfn::as_intrinsic((*f.if_)[2])->ref == "AWS::NoValue");

    auto j = core::decode<props>(R"({"Count":{"Fn::Join":["",[{"Ref":"A"},"b"]]}})");
    BOOST_TEST_REQUIRE(j.has_value());
    const auto& list = (*cfn::function(*j->count)->join)[1].get().as_array();
    BOOST_TEST(*cfn::as_intrinsic(list[0])->ref == "A");
    BOOST_TEST(!cfn::as_intrinsic(list[1]).has_value()); // a literal is not a function
}

BOOST_AUTO_TEST_CASE(a_structure_literal_and_a_function_are_told_apart_by_the_first_key) {
    auto lit = core::decode<props>(R"({"Target":{"Host":"h"}})");
    BOOST_TEST_REQUIRE(lit.has_value());
    BOOST_TEST(!cfn::is_intrinsic(*lit->target));
    // any other key is the literal's: its own findings
    BOOST_TEST(findings(R"({"Target":{"Hots":"h"}})") ==
               "/Target/Hots COMMON-001 unknown member \"Hots\"; this object takes: Host, Port\n"
               "/Target/Host AWSMODEL-REQUIRED the required member \"Host\" is missing\n");
    BOOST_TEST(findings(R"({"Target":{"Host":"h","Port":"80"}})") ==
               "/Target/Port COMMON-002 expected an integer, got a string (\"80\")\n");
}

BOOST_AUTO_TEST_CASE(literal_findings_keep_their_pointers) {
    BOOST_TEST(findings(R"({"Count":"three"})") ==
               "/Count COMMON-002 expected an integer or an object, got a string (\"three\")\n");
    BOOST_TEST(findings(R"({"Zones":["a",1]})") == "/Zones/1 COMMON-002 expected a string, got a number (1)\n");
    BOOST_TEST(findings(R"({"Name":["x"]})") == "/Name COMMON-002 expected a string or an object, got an array\n");
}

BOOST_AUTO_TEST_CASE(an_unknown_function_is_named_with_the_known_ones) {
    BOOST_TEST(findings(R"({"Name":{"Fn::Frobnicate":"x"}})") ==
               "/Name/Fn::Frobnicate COMMON-001 unknown member \"Fn::Frobnicate\"; this object takes: Ref, Fn::GetAtt, "
               "Fn::Sub, Fn::Join, Fn::If, Fn::Select, Fn::ImportValue, Fn::FindInMap, Fn::Base64, Fn::GetAZs, Fn::Split, "
               "Fn::Cidr\n");
    BOOST_TEST(findings(R"({"Count":{"fn::sub":"x"}})") ==
               "/Count/fn::sub COMMON-001 unknown member \"fn::sub\"; member names are case-sensitive: did you mean "
               "\"Fn::Sub\"?\n");
    BOOST_TEST(findings(R"({"Name":{"Ref":"A","Fn::Sub":"b"}})") ==
               "/Name/Fn::Sub COMMON-001 \"Fn::Sub\" is a second member; this object holds exactly one: remove all but one\n");
    BOOST_TEST(findings(R"({"Name":{}})").starts_with("/Name AWSMODEL-REQUIRED the object is empty; it holds exactly one of: Ref, Fn::GetAtt"));
}

BOOST_AUTO_TEST_CASE(a_wrong_argument_shape_is_found_at_the_argument) {
    BOOST_TEST(findings(R"({"Name":{"Fn::GetAtt":["A","B","C"]}})") ==
               "/Name/Fn::GetAtt COMMON-002 the array has 3 elements; it takes exactly 2: [logical name, attribute]\n");
    BOOST_TEST(findings(R"({"Name":{"Fn::Join":","}})") == "/Name/Fn::Join COMMON-002 expected an array, got a string (\",\")\n");
    BOOST_TEST(findings(R"({"Count":{"Fn::If":["C",1]}})") ==
               "/Count/Fn::If COMMON-002 the array has 2 elements; it takes exactly 3: [condition, value if true, value if false]\n");
    BOOST_TEST(findings(R"({"Zones":{"Ref":["A"]}})") == "/Zones/Ref COMMON-002 expected a string, got an array\n");
    BOOST_TEST(findings(R"({"Target":{"Fn::Sub":7}})") ==
               "/Target/Fn::Sub COMMON-002 expected a string or an array, got a number (7)\n");
    BOOST_TEST(findings(R"({"Name":{"Fn::Cidr":["10.0.0.0/16",6]},"Count":{"Fn::Select":[0]}})") ==
               "/Name/Fn::Cidr COMMON-002 the array has 2 elements; it takes exactly 3: [ip block, count, cidr bits]\n"
               "/Count/Fn::Select COMMON-002 the array has 1 element; it takes exactly 2: [index, list]\n");
}

BOOST_AUTO_TEST_CASE(an_argument_is_any_json_that_can_be_written_back) {
    BOOST_TEST(findings(R"({"Name":{"Fn::Join":[",",[1e400]]}})") ==
               "/Name/Fn::Join/1 COMMON-002 the number 1e400 is beyond a double's range (about 1.8e308), so this value "
               "cannot be kept\n");
    // escapes, nesting and every scalar kind come back in awsmodel's own forms
    const std::string text = R"({"Name":{"Fn::Base64":{"a":[true,false,null,-1,18446744073709551615,0.5,"\"\u00e9"],"b":{}}}})";
    auto r = core::decode<props>(text);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(core::encode(*r) == R"({"Name":{"Fn::Base64":{"a":[true,false,null,-1,18446744073709551615,0.5,"\")"
                                   "\xC3\xA9"
                                   R"("],"b":{}}}})");
}

BOOST_AUTO_TEST_CASE(a_dom_decodes_as_text_does) {
    auto r = core::decode<props>(boost::json::parse(R"({"Name":{"Fn::Join":[",",[{"Ref":"A"},null,1.5]]}})"));
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(core::encode(*r) == R"({"Name":{"Fn::Join":[",",[{"Ref":"A"},null,1.5]]}})");
}

BOOST_AUTO_TEST_CASE(builders_write_what_a_template_holds) {
    props p;
    p.name = cfn::join(",", {cfn::ref("A"), "b", cfn::get_att("Res", "Arn")});
    p.count = cfn::if_("IsProd", cfn::sub("${N}"), 1);
    p.zones = cfn::split(",", cfn::import_value("Subnets"));
    p.target = cfn::ref("Ep");
    BOOST_TEST(core::encode(p) ==
               R"({"Name":{"Fn::Join":[",",[{"Ref":"A"},"b",{"Fn::GetAtt":["Res","Arn"]}]]},)"
               R"("Count":{"Fn::If":["IsProd",{"Fn::Sub":"${N}"},1]},)"
               R"("Zones":{"Fn::Split":[",",{"Fn::ImportValue":"Subnets"}]},"Target":{"Ref":"Ep"}})");
    auto back = core::decode<props>(core::encode(p));
    BOOST_TEST_REQUIRE(back.has_value());
    BOOST_TEST((*back == p));

    auto text = [](const cfn::intrinsic& f) { return boost::json::serialize(cfn::to_argument(f).get()); };
    BOOST_TEST(text(cfn::get_att("Res.Arn")) == R"({"Fn::GetAtt":"Res.Arn"})");
    BOOST_TEST(text(cfn::sub("${A}", {{"A", "x"}})) == R"({"Fn::Sub":["${A}",{"A":"x"}]})");
    BOOST_TEST(text(cfn::select(1, cfn::get_azs())) == R"({"Fn::Select":[1,{"Fn::GetAZs":""}]})");
    BOOST_TEST(text(cfn::find_in_map("M", cfn::ref("AWS::Region"), "AMI")) ==
               R"({"Fn::FindInMap":["M",{"Ref":"AWS::Region"},"AMI"]})");
    BOOST_TEST(text(cfn::base64(cfn::sub("x"))) == R"({"Fn::Base64":{"Fn::Sub":"x"}})");
    BOOST_TEST(text(cfn::cidr("10.0.0.0/16", 6, 5)) == R"({"Fn::Cidr":["10.0.0.0/16",6,5]})");
    BOOST_TEST(cfn::ref("X").function() == "Ref");
    BOOST_TEST(cfn::intrinsic{}.function() == "");
}

BOOST_AUTO_TEST_CASE(validation_checks_a_literal_and_skips_a_function) {
    BOOST_TEST(findings(R"({"Target":{"Host":"h","Port":70000}})") == "/Target/Port TEST-001 a port is at most 65535\n");
    BOOST_TEST(findings(R"({"Target":{"Ref":"Ep"}})") == "");
    BOOST_TEST(core::codec<cfn::value<endpoint>>::has_checks());
    BOOST_TEST(!core::codec<cfn::intrinsic>::has_checks());
}

BOOST_AUTO_TEST_CASE(the_schema_is_the_literal_or_a_function) {
    auto s = core::json_schema<props>();
    const auto& defs = s.at("$defs").as_object();
    const auto& props_schema = defs.at("cfn_sample.props").as_object().at("properties").as_object();
    BOOST_TEST(props_schema.at("Name") ==
               boost::json::parse(R"({"anyOf":[{"type":"string"},{"$ref":"#/$defs/cfn.intrinsic"}]})"));
    BOOST_TEST(props_schema.at("Target") ==
               boost::json::parse(R"({"anyOf":[{"$ref":"#/$defs/cfn_sample.endpoint"},{"$ref":"#/$defs/cfn.intrinsic"}]})"));
    const auto& f = defs.at("cfn.intrinsic").as_object();
    BOOST_TEST(f.at("minProperties") == 1);
    BOOST_TEST(f.at("maxProperties") == 1);
    BOOST_TEST(f.at("additionalProperties") == false);
    const auto& fp = f.at("properties").as_object();
    BOOST_TEST(fp.size() == 12u);
    BOOST_TEST(fp.at("Ref") == boost::json::parse(R"({"type":"string"})"));
    BOOST_TEST(fp.at("Fn::GetAtt") ==
               boost::json::parse(R"({"anyOf":[{"type":"string"},{"type":"array","minItems":2,"maxItems":2,)"
                                  R"("description":"[logical name, attribute]"}]})"));
    BOOST_TEST(fp.at("Fn::Base64") == boost::json::object());
}

BOOST_AUTO_TEST_SUITE_END()
